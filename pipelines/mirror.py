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

FRONT_MATTER = re.compile(r"\A\ufeff?---\s*\n(.*?)\n---\s*\n", re.S)
LEADING_NOISE = re.compile(r"\A\s*(?:<!--.*?-->\s*)?(?:\[[^\]\n]*\]\([^)\n]*\)\s*\n[-=]{3,}\s*\n)?", re.S)
MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)[^)]*\)")
MARKDOWN_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)[^)]*\)")
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
    if not re.search(r"<(p|div|br|figure)\b", body, re.I):
        body = markdown_to_html(body)
    title = str(meta.get("title") or "").strip()
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


def markdown_to_html(markdown: str) -> str:
    """Just enough Markdown for news mirrors: paragraphs, headings, images with captions, links."""
    blocks = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        block = block.strip()
        if not block:
            continue
        if image := MARKDOWN_IMAGE.fullmatch(block):
            alt, src = image.groups()
            blocks.append(
                f'<figure><img src="{escape(src)}" alt="{escape(alt)}">'
                f"<figcaption>{escape(alt)}</figcaption></figure>"
            )
            continue
        html = MARKDOWN_LINK.sub(
            lambda m: f'<a href="{escape(m[2])}">{escape(m[1])}</a>', escape(block, quote=False)
        )
        if heading := re.match(r"#{1,6}\s+(.*)", html):
            blocks.append(f"<h3>{heading.group(1)}</h3>")
        else:
            blocks.append("<p>" + html.replace("\n", "<br>") + "</p>")
    return "\n".join(blocks)
