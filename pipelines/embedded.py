"""Articles embedded as data rather than markup: RFA's Arc XP ANS (`Fusion.globalContent`),
BBC's Next.js `__NEXT_DATA__`, DW's graph API JSON.

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
    kind: str  # profile name: "arc-ans", "next-data" or "dw-api"
    html: str
    external_id: str | None = None  # the publisher's own story id (Arc `_id`, DW content id)


def normalised_page(
    title: str,
    body_html: str,
    published: str | None,
    updated: str | None,
    authors: list[str],
    lang: str | None = None,
    canonical: str | None = None,
    section: str | None = None,
) -> str:
    """A minimal page: dated meta tags, canonical link, headline, body in article#mirror-body."""
    fields = (
        ("article:published_time", published),
        ("article:modified_time", updated),
        ("article:section", section),
    )
    meta = "".join(f'<meta property="{name}" content="{escape(value)}">' for name, value in fields if value)
    if canonical:
        meta += f'<link rel="canonical" href="{escape(canonical)}">'
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
    return EmbeddedDocument("dw-api", html, f"dw:{content['id']}" if content.get("id") else None)


GLOBAL_CONTENT = re.compile(r"Fusion\.globalContent\s*=\s*")


def arc_global_content(text: str) -> dict | None:
    """The ANS story an Arc XP page embeds as `Fusion.globalContent = {...};`."""
    match = GLOBAL_CONTENT.search(text)
    if not match:
        return None
    try:
        content, _ = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        return None
    return content if isinstance(content, dict) and content.get("content_elements") else None


def _ans_element(element: dict) -> str:
    kind = element.get("type")
    if kind == "text":
        return f"<p>{element.get('content', '')}</p>"  # ANS text is HTML; sanitised downstream
    if kind == "header":
        return f"<h3>{element.get('content', '')}</h3>"
    if kind == "image" and element.get("url"):
        caption = escape(element.get("caption") or "")
        image = f'<img src="{escape(element["url"])}" alt="{caption}">'
        return f"<figure>{image}<figcaption>{caption}</figcaption></figure>"
    return ""  # raw_html, embeds, ads: not story text


def from_arc_ans(text: str) -> EmbeddedDocument | None:
    ans = arc_global_content(text)
    if ans is None:
        return None
    sections = (ans.get("taxonomy") or {}).get("sections") or []
    html = normalised_page(
        (ans.get("headlines") or {}).get("basic", ""),
        "".join(_ans_element(e) for e in ans["content_elements"] if isinstance(e, dict)),
        ans.get("first_publish_date") or ans.get("display_date"),
        ans.get("last_updated_date"),
        [c["name"] for c in (ans.get("credits") or {}).get("by", []) if c.get("name")],
        canonical=ans.get("canonical_url"),
        section=sections[0].get("name") if sections else None,
    )
    return EmbeddedDocument("arc-ans", html, f"arc:{ans['_id']}" if ans.get("_id") else None)


def embedded_document(text: str) -> EmbeddedDocument | None:
    """The article as data, if the page or response is one of the known embedded forms."""
    if "Fusion.globalContent" in text:
        return from_arc_ans(text)
    return from_dw_json(text) or (from_next_data(text) if "__NEXT_DATA__" in text else None)
