"""Mirrored articles: Jekyll posts / Markdown files with YAML front matter (like the seed).

The front matter gives the original URL, title and date; the body (HTML or
Markdown) becomes an HTML page that the ordinary extractor reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

import yaml
from markdown_it import MarkdownIt

FRONT_MATTER = re.compile(r"\A\ufeff?---\s*\n(.*?)\n---\s*\n", re.S)
LEADING_NOISE = re.compile(r"\A\s*(?:<!--.*?-->\s*)?(?:\[[^\]\n]*\]\([^)\n]*\)\s*\n[-=]{3,}\s*\n)?", re.S)
FOOTER_MAX_CHARS = 400
URL_KEYS = ("from", "original_url", "url", "canonical_url", "link")


class MirrorError(ValueError):
    """A mirror file whose front matter cannot be read."""


@dataclass
class MirrorDocument:
    url: str | None
    title: str
    date: str | None
    authors: list[str]
    front_matter: dict[str, Any]
    html: str  # a whole HTML page built from the body


def is_mirror(text: str) -> bool:
    return bool(FRONT_MATTER.match(text))


def parse_mirror(text: str) -> MirrorDocument:
    match = FRONT_MATTER.match(text)
    if not match:
        raise MirrorError("no YAML front matter (expected a leading '---' block)")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        raise MirrorError(f"malformed front matter: {error}") from error
    if not isinstance(meta, dict):
        raise MirrorError("front matter is not a mapping")
    body = LEADING_NOISE.sub("", text[match.end() :], count=1)
    title = str(meta.get("title") or "").strip()
    if not re.search(r"<(p|div|br)\b", body, re.I):
        body = markdown_to_html(body, title)
    url = next((str(meta[k]).strip() for k in URL_KEYS if meta.get(k)), None)
    date = meta.get("date")
    author = meta.get("author") or []
    page = (
        f'<html><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>'
        f'<h1>{escape(title)}</h1><article id="mirror-body">{body}</article></body></html>'
    )
    return MirrorDocument(
        url=url,
        title=title,
        date=date.isoformat() if hasattr(date, "isoformat") else (str(date) if date else None),
        authors=[str(a) for a in author] if isinstance(author, list) else [str(author)],
        front_matter=meta,
        html=page,
    )


def markdown_to_html(markdown: str, title: str = "") -> str:
    """Markdown (with raw HTML figures, as mirrors keep them) to HTML; the repeated headline
    and a short footer after a closing rule (subscription pleas) are left out."""
    markdown = re.sub(rf"\A\s*#\s+{re.escape(title)}\s*\n", "", markdown) if title else markdown
    head, rule, tail = markdown.rpartition("\n---\n")
    if rule and len(tail.strip()) < FOOTER_MAX_CHARS:
        markdown = head
    return MarkdownIt("commonmark").render(markdown)
