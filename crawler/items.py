"""What spiders hand to the pipelines: one fetched page, raw bytes kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PageItem:
    """A fetched article page. The pipelines add ``record`` (the extracted data)."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    spider: str
    source: str = "rfa"
    lang: str | None = None
    topic: str | None = None
    discovered_from: str | None = None
    via: str = "live"
    record: dict[str, Any] | None = field(default=None, repr=False)
    error: str | None = None
