"""Articles embedded as data rather than markup: BBC's Next.js `__NEXT_DATA__`, DW's graph API JSON.

Each converter turns the data into a small normalised HTML page (headline, dated meta
tags, body in ``article#mirror-body``, credits as a byline line) that the ordinary
extractor reads with :data:`pipelines.sites.EMBEDDED_PROFILES`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any

NEXT_DATA = re.compile(r'<script[^>]+id="__NEXT_DATA__"[^>]*>(.*?)</script>', re.S)


@dataclass(frozen=True)
class EmbeddedDocument:
    kind: str  # profile name: "next-data" or "dw-api"
    html: str


def normalised_page(
    title: str,
    body_html: str,
    published: str | None,
    updated: str | None,
    authors: list[str],
    lang: str | None = None,
) -> str:
    meta = "".join(
        f'<meta property="{name}" content="{escape(value)}">'
        for name, value in (("article:published_time", published), ("article:modified_time", updated))
        if value
    )
    byline = f"<p>作者：{escape('、'.join(authors))}</p>" if authors else ""
    return (
        f'<html lang="{escape(lang or "zh")}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'{meta}</head><body><h1>{escape(title)}</h1><article id="mirror-body">{body_html}{byline}'
        "</article></body></html>"
    )


def _epoch_ms(value: Any) -> str | None:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, UTC).isoformat(timespec="seconds")
    return str(value) if value else None


def _texts(block: dict) -> list[str]:
    """Paragraph texts under an Optimo block (BBC's content model)."""
    model = block.get("model", {})
    if block.get("type") in ("paragraph", "fragment") and "text" in model:
        return [model["text"]]
    return [text for child in model.get("blocks", []) for text in _texts(child)]


def from_next_data(text: str) -> EmbeddedDocument | None:
    match = NEXT_DATA.search(text)
    if not match:
        return None
    try:
        page = json.loads(match.group(1))["props"]["pageProps"]["pageData"]
        blocks = page["content"]["model"]["blocks"]
    except (ValueError, KeyError, TypeError):
        return None
    metadata = page.get("metadata", {})
    title = page.get("promo", {}).get("headlines", {}).get("headline") or ""
    body = []
    for block in blocks:
        if block.get("type") == "headline":
            title = title or " ".join(_texts(block))
        elif block.get("type") == "text":
            body += [f"<p>{escape(p)}</p>" for p in _texts(block)]
        elif block.get("type") == "image":
            caption = " ".join(_texts(block))
            body.append(f"<figure><figcaption>{escape(caption)}</figcaption></figure>" if caption else "")
    html = normalised_page(
        title,
        "".join(body),
        _epoch_ms(metadata.get("firstPublished")),
        _epoch_ms(metadata.get("lastPublished")),
        [],
        metadata.get("language"),
    )
    return EmbeddedDocument("next-data", html)


def from_dw_json(text: str) -> EmbeddedDocument | None:
    if not text.lstrip().startswith("{"):
        return None
    try:
        content = json.loads(text)["data"]["content"]
        title, body = content["title"], content["text"]
    except (ValueError, KeyError, TypeError):
        return None
    image = (content.get("mainContentImageLink") or {}).get("description")
    figure = f"<figure><figcaption>{escape(image)}</figcaption></figure>" if image else ""
    authors = [p["fullName"] for p in content.get("persons") or [] if p.get("fullName")]
    published = content.get("firstPublicationDate") or content.get("contentDate")
    html = normalised_page(title, figure + body, published, content.get("contentDate"), authors)
    return EmbeddedDocument("dw-api", html)


def embedded_document(text: str) -> EmbeddedDocument | None:
    """The article as data, if the page or response is one of the known embedded forms."""
    return from_dw_json(text) or (from_next_data(text) if "__NEXT_DATA__" in text else None)
