"""Chinese full-text search that the stock sqlite3 shell can read.

FTS5's built-in unicode61 tokenizer sees a run of CJK characters as one token,
so the index stores, instead of the text, its overlapping character bigrams
after OpenCC normalisation to Simplified: 马云创办 -> "马云 云创 创办". A query
becomes the phrase of its own bigrams, which matches exactly the texts that
contain it: 2-character words, phrases typed without spaces, either script.
"""

from __future__ import annotations

import re

from pipelines.normalise import to_simplified

TOKEN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+|[a-z0-9]+")


def _is_cjk(char: str) -> bool:
    return not char.isascii()


def search_tokens(text: str) -> str:
    """The indexed form of a text: CJK bigrams (single CJK characters alone), Latin words and numbers."""
    tokens: list[str] = []
    for run in TOKEN_RUN.findall(to_simplified(text).lower()):
        if _is_cjk(run[0]) and len(run) > 1:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            tokens.append(run)
    return " ".join(tokens)


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: each space-separated term as a phrase of its bigrams, all required."""
    phrases = []
    for term in query.split():
        tokens = search_tokens(term)
        if tokens:
            phrases.append(f'"{tokens}"')
    return " ".join(phrases)


def find_terms(text: str, query: str) -> list[tuple[int, int]]:
    """Spans of the query's terms in ``text``, script-insensitively (normalisation keeps offsets)."""
    haystack = to_simplified(text).lower()
    spans = []
    for term in query.split():
        needle = to_simplified(term.strip('"')).lower()
        start = haystack.find(needle) if needle else -1
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = haystack.find(needle, start + len(needle))
    return sorted(spans)


def snippet(text: str, query: str, width: int = 60) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first match, and the match spans inside that window."""
    spans = find_terms(text, query)
    if not spans:
        return text[: width * 2], []
    first = spans[0][0]
    start = max(first - width, 0)
    end = min(first + width, len(text))
    inside = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    return text[start:end], inside
