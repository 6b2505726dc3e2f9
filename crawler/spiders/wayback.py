"""The Wayback Machine: captures of a URL prefix in a date window, archived under the original URL.

    scrapy crawl wayback -a url='rfa.org/mandarin/yataibaodao/*' -a since=2020-10 -a until=2021-06

Queries the CDX API, keeps one capture per (URL, content digest), fetches each raw
capture (`id_` URLs, the bytes as archived, without the Wayback toolbar) and yields it
with the original URL, the capture time and ``via="wayback"``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response

from crawler.arguments import check_window
from crawler.fetch_errors import RecordsFetchErrors
from crawler.items import PageItem
from crawler.spiders.rfa import lang_of
from pipelines.sites import source_for

CDX_ENDPOINT = "https://web.archive.org/cdx/search/cdx"
CDX_FIELDS = "timestamp,original,statuscode,digest,mimetype"


def cdx_url(prefix: str, since: str, until: str) -> str:
    """CDX query for 200-status captures of ``prefix`` between two months (YYYY-MM)."""
    params = {
        "url": prefix,
        "from": since.replace("-", "")[:8],
        "to": until.replace("-", "")[:8],
        "output": "json",
        "fl": CDX_FIELDS,
        "filter": "statuscode:200",
        "collapse": "digest",
    }
    return f"{CDX_ENDPOINT}?{urlencode(params, safe='*:/,')}"


def capture_url(timestamp: str, original: str) -> str:
    return f"https://web.archive.org/web/{timestamp}id_/{original}"


def unique_captures(rows: list[list[str]]) -> list[dict[str, str]]:
    """CDX rows (first row is the header) -> one capture per (original URL, digest), earliest first."""
    if not rows:
        return []
    header, seen, captures = rows[0], set(), []
    for row in sorted(rows[1:], key=lambda r: r[header.index("timestamp")]):
        capture = dict(zip(header, row, strict=False))
        key = (capture["original"], capture["digest"])
        if key not in seen:
            seen.add(key)
            captures.append(capture)
    return captures


class WaybackSpider(RecordsFetchErrors, scrapy.Spider):
    name = "wayback"
    allowed_domains = ["web.archive.org"]

    def __init__(self, url: str = "", since: str = "2020-10", until: str = "2021-06", **kwargs: Any):
        super().__init__(**kwargs)
        if not url:
            raise ValueError("wayback spider needs -a url=PREFIX (e.g. rfa.org/mandarin/*)")
        self.prefix = url
        self.since, self.until = check_window(since, until)
        self.crawl_args = {"url": url, "since": since, "until": until, **kwargs}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(cdx_url(self.prefix, self.since, self.until), callback=self.parse_cdx)

    def parse_cdx(self, response: Response) -> Iterator[scrapy.Request]:
        captures = unique_captures(json.loads(response.text or "[]"))
        self.crawler.stats.set_value("wayback/captures", len(captures))
        for capture in captures:
            yield scrapy.Request(
                capture_url(capture["timestamp"], capture["original"]),
                callback=self.parse_capture,
                cb_kwargs={"capture": capture},
            )

    def parse_capture(self, response: Response, capture: dict[str, str]) -> Iterator[PageItem]:
        captured = datetime.strptime(capture["timestamp"], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        yield PageItem.from_response(
            response,
            self.name,
            url=capture["original"],
            fetched_at=captured.isoformat(timespec="seconds"),
            source=source_for(capture["original"]),
            lang=lang_of(capture["original"]),
            via="wayback",
            discovered_from=response.url,
        )
