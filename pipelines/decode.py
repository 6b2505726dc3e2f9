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


# Signatures of files that servers mislabel as text/html.
BINARY_SIGNATURES = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"RIFF": "RIFF media",
    b"\x00\x00\x00": "binary data",
}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can find."""


class BinaryContentError(DecodeError):
    """The bytes are an image, archive or other binary file, whatever the Content-Type says."""


def binary_kind(body: bytes) -> str | None:
    """What binary file this is, if it is one: a known signature or mostly control bytes."""
    for signature, kind in BINARY_SIGNATURES.items():
        if body.startswith(signature):
            return kind
    head = body[:4096]
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return "binary data" if head and controls / len(head) > 0.1 else None


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
    if not body.strip():
        raise DecodeError("empty document")
    if kind := binary_kind(body):
        raise BinaryContentError(f"binary content ({kind}), not text")
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
