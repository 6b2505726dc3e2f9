"""What spiders hand to the pipelines: one fetched page, raw bytes kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from scrapy.http import Response


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
    redirect_urls: list[str] = field(default_factory=list)  # URLs that redirected to ``url``
    fault_reasons: list[str] = field(default_factory=list)  # transient faults retried before success
    record: dict[str, Any] | None = field(default=None, repr=False)
    error: str | None = None
    error_reason: str | None = None  # short reason for fetch_errors ("login wall", "empty page")

    @classmethod
    def from_response(cls, response: Response, spider: str, **fields: Any) -> PageItem:
        """The item for a response: its URL, status, headers and raw bytes, fetched now."""
        referer = response.request.headers.get("Referer") if response.request else None
        values: dict[str, Any] = {
            "url": response.url,
            "status": response.status,
            "headers": header_dict(response),
            "body": response.body,
            "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "spider": spider,
            "discovered_from": referer.decode("latin-1") if referer else None,
            "redirect_urls": list(response.meta.get("redirect_urls", [])),
            "fault_reasons": list(response.meta.get("fault_reasons", [])),
        }
        return cls(**{**values, **fields})


def header_dict(response: Response) -> dict[str, str]:
    return {
        key.decode("latin-1"): b", ".join(values).decode("latin-1")
        for key, values in response.headers.items()
    }


@dataclass
class FetchError:
    """A request that failed for good (after retries): stored in ``fetch_errors``."""

    url: str
    reason: str  # e.g. "timeout", "http 503", "too many redirects" (see crawler/fetch_errors.py)
    detail: str
    attempts: int
    spider: str
    seen_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
