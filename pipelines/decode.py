"""Bytes to text for HTML pages, the way Chinese sites actually serve them.

Valid UTF-8 wins whatever the page declares; otherwise the declared charset
(HTTP header, then <meta>), with GB2312/GBK read as their superset GB18030;
with nothing declared, the encoding is detected.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)
# Chinese legacy encodings and what to decode them as (supersets, so no character is lost).
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can find."""


def normalise_encoding(name: str) -> str | None:
    """Canonical codec name, widened to its superset; None if Python has no such codec."""
    try:
        canonical = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    return SUPERSETS.get(name.strip().lower(), SUPERSETS.get(canonical, canonical))


def declared_encoding(body: bytes, content_type: str | None = None) -> str | None:
    """The charset the HTTP header or the page's <meta> declares, if any."""
    if content_type and (match := HEADER_CHARSET.search(content_type)):
        return match.group(1)
    if match := META_CHARSET.search(body[:4096]):
        return match.group(1).decode("ascii")
    return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a page; returns (text, encoding used)."""
    if not body:
        raise DecodeError("empty document")
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", errors="replace"), "utf-8"
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(body, content_type)
    encoding = normalise_encoding(declared) if declared else None
    if encoding in (None, "utf-8"):  # undeclared, or declared UTF-8 that is not
        guess = from_bytes(body[:65536]).best()
        if guess is None:
            raise DecodeError("no text encoding detected (binary data?)")
        encoding = normalise_encoding(guess.encoding) or guess.encoding
    return body.decode(encoding, errors="replace"), encoding
