"""One page in, one record out: the processing every entry point shares.

Scrapy's pipeline, ``archive extract`` and ``archive reprocess`` all call
:func:`process_page`; nothing here knows about Scrapy or SQLite.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipelines.byline import credits_from_author_field, find_page_credits, json_ld_authors, split_byline
from pipelines.date_mentions import find_date_mentions
from pipelines.dates import find_published, parse_date_text, timezone_for
from pipelines.decode import BinaryContentError, DecodeError, decode_html
from pipelines.embedded import embedded_document
from pipelines.extract import ExtractionError, LoginWallError, extract_article
from pipelines.html import ParseError, meta_content, page_text, parse_html
from pipelines.limits import ExtractionTimeout, time_limit
from pipelines.mirror import is_mirror, parse_mirror
from pipelines.normalise import detect_script
from pipelines.quotes import extract_quotes
from pipelines.sites import EMBEDDED_PROFILES, MIRROR_PROFILE, SiteProfile, source_for
from pipelines.topics import match_topics

SENTENCE_ENDS = ("。", "！", "？", "\n")
LANGUAGE_FOLDERS = {"mandarin", "cantonese", "zh", "zh-hans", "zh-hant", "chinese"}


class FileError(ValueError):
    """A saved file that cannot be read."""


class ProcessingCrash(ValueError):
    """A processing step failed on this page with an unexpected error (a bug): the page is kept
    as a failed extraction, like any other, instead of being lost."""


def content_hash(title: str, body_text: str) -> str:
    return hashlib.sha256(f"{title}\n{body_text}".encode()).hexdigest()


def header(headers: dict[str, str] | None, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return value
    return None


def section_of(tree, url: str) -> str | None:
    """The site section: `article:section` meta, else RFA's URL folders (yataibaodao/meiti)."""
    if section := meta_content(tree, "article:section"):
        return section
    if source_for(url) != "rfa":
        return None
    folders = [part for part in urlsplit(url).path.split("/")[1:-1] if part]
    if folders and folders[0] in LANGUAGE_FOLDERS:
        folders = folders[1:]
    folders = [f for f in folders if not f.isdigit()]  # drop /YYYY/MM/DD/
    return "/".join(folders[:2]) or None


def extraction_failure_reason(error: ValueError) -> str:
    """The short reason a page yielded no article (the ``fetch_errors.reason`` column)."""
    reasons: list[tuple[type[ValueError], str]] = [
        (ExtractionTimeout, "extraction timeout"),
        (LoginWallError, "login wall"),
        (BinaryContentError, "binary content"),
        (DecodeError, "undecodable"),
        (ParseError, "unparseable"),
        (ExtractionError, "no article text"),
    ]
    if "empty document" in str(error):
        return "empty page"
    return next((reason for cls, reason in reasons if isinstance(error, cls)), "extraction failed")


def process_page(
    url: str | None,
    body: bytes,
    headers: dict[str, str] | None = None,
    fallback_url: str = "",
    seconds: float | None = None,
) -> dict[str, Any]:
    """Decode, extract and describe one fetched page or mirror file, within ``seconds`` if given.

    Raises ValueError subclasses (DecodeError, ParseError, ExtractionError, MirrorError,
    ExtractionTimeout, ProcessingCrash); :func:`extraction_failure_reason` names them.
    """
    try:
        with time_limit(seconds):
            return _process_page(url, body, headers, fallback_url)
    except ValueError:
        raise
    except Exception as error:
        raise ProcessingCrash(f"{type(error).__name__}: {error}") from error


def _process_page(url: str | None, body: bytes, headers: dict[str, str] | None, fallback_url: str) -> dict:
    text, encoding = decode_html(body, header(headers, "Content-Type"))
    if is_mirror(text):
        record = process_mirror(text, url, fallback_url)
    elif embedded := embedded_document(text):
        record = process_html(url or fallback_url, embedded.html, profile=EMBEDDED_PROFILES[embedded.kind])
        if record["published_source"] == "meta":  # the normalised page's meta carries the data's dates
            record["published_source"] = embedded.kind
        record["external_id"] = embedded.external_id
    else:
        record = process_html(url or fallback_url, text)
    record["encoding"] = encoding
    return annotate(record)


def annotate(record: dict[str, Any]) -> dict[str, Any]:
    """What the body text says, once its publication date is settled: quotes, dates mentioned."""
    body = record["body_text"]
    quotes, statements = extract_quotes(body, block_quotes=record.get("block_quotes", ()))
    record["quotes"] = [quote.as_dict() for quote in quotes]
    record["org_statements"] = [statement.as_dict() for statement in statements]
    record["date_mentions"] = [
        {**mention.as_dict(), "sentence": sentence_around(body, mention.start, mention.end)}
        for mention in find_date_mentions(body, record["published_at"])
    ]
    return record


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (ending in 。！？ or a line break) that holds text[start:end]."""
    left = max(text.rfind(mark, 0, start) for mark in SENTENCE_ENDS) + 1
    right = min((i for i in (text.find(mark, end) for mark in SENTENCE_ENDS) if i >= 0), default=len(text))
    return text[left : right + 1].strip()


def process_file(path: Path, url: str | None = None) -> dict[str, Any]:
    """The record of a saved file: an HTML page (any encoding) or a mirror post with front matter."""
    try:
        body = path.read_bytes()
    except OSError as error:
        raise FileError(f"cannot read {path}: {error.strerror}") from error
    return process_page(url, body, fallback_url=path.resolve().as_uri())


def process_mirror(text: str, url: str | None = None, fallback_url: str = "") -> dict[str, Any]:
    """The record of a mirror post: front matter gives URL, date and author, the body the article."""
    document = parse_mirror(text)
    record = process_html(url or document.url or fallback_url, document.html, profile=MIRROR_PROFILE)
    if document.date and (value := parse_date_text(document.date, timezone_for(record["url"]))):
        record.update(published_at=value, published_source="front-matter")
    if not record["bylines"] and document.authors:
        record["bylines"] = [entry.as_dict() for entry in credits_from_author_field(document.authors)]
    if category := document.front_matter.get("category") or document.front_matter.get("categories"):
        record["section"] = ", ".join(map(str, category)) if isinstance(category, list) else str(category)
    record["front_matter"] = document.front_matter
    record["via"] = "mirror"
    return record


def process_html(url: str, text: str, profile: SiteProfile | None = None) -> dict[str, Any]:
    """The article record of a decoded HTML page."""
    tree = parse_html(text)
    extracted = extract_article(tree, url, profile)
    paragraphs, byline_raw, bylines = split_byline(extracted.paragraphs)
    body_text = "\n".join(paragraphs)
    block_quotes = set(extracted.block_quotes)  # still set off once the byline lines are gone
    if not bylines:
        bylines = json_ld_authors(tree) or find_page_credits(page_text(tree, extracted.title))
    if not body_text.strip():
        raise ExtractionError("no body text after extraction")
    if not extracted.title:
        raise ExtractionError("no title found")
    published = find_published(tree, url, extracted.site_date, extracted.title)
    return {
        "url": url,
        "canonical_url": extracted.canonical_url or url,
        "source": source_for(url),
        "section": section_of(tree, url),
        "title": extracted.title,
        "published_at": published.value if published else None,
        "published_source": published.source if published else None,
        "updated_at": published.updated if published else None,
        "script": detect_script(extracted.title + body_text),
        "byline_raw": byline_raw,
        "bylines": [entry.as_dict() for entry in bylines],
        "body_text": body_text,
        "body_html": extracted.body_html,
        "summary": extracted.description or (paragraphs[0][:200] if paragraphs else None),
        "images": [vars(image) for image in extracted.images],
        "links": [vars(link) for link in extracted.links],
        "topics": [match.as_dict() for match in match_topics(extracted.title, body_text)],
        "extraction_method": extracted.method,
        "content_hash": content_hash(extracted.title, body_text),
        "block_quotes": [p for p in paragraphs if p in block_quotes],
    }
