"""Incremental crawls: ask only for what changed since the archive last fetched it.

A downloader middleware (like Scrapy's HTTP cache validation, but keyed on archive.db):
before a request goes out, it looks up the newest archived live response for that URL
and adds ``If-None-Match`` / ``If-Modified-Since`` from its ETag and Last-Modified.
A ``304 Not Modified`` answer is counted and replaced by the archived response (flagged
``not-modified``), so the spider still follows its links and the store records that the
page was seen again, without downloading it again.
Disable with ``ARCHIVE_CONDITIONAL_REQUESTS = False``.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

VALIDATORS = (("If-None-Match", "etag"), ("If-Modified-Since", "last-modified"))


class ConditionalRequestsMiddleware:
    def __init__(self, crawler: Crawler, db_path: str):
        self.crawler = crawler
        self.db_path = db_path
        self.conn: sqlite3.Connection | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestsMiddleware:
        if not crawler.settings.getbool("ARCHIVE_CONDITIONAL_REQUESTS", True):
            raise NotConfigured
        middleware = cls(crawler, crawler.settings.get("ARCHIVE_DB", "archive.db"))
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def archived(self, url: str) -> tuple[dict[str, str], bytes] | None:
        """Headers and body of the newest archived live 200 response for ``url``."""
        if self.conn is None:
            if not Path(self.db_path).exists():
                return None
            self.conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        try:
            row = self.conn.execute(
                "select headers, body from raw_pages where url = ? and status = 200 and via = 'live' "
                "order by last_fetched_at desc limit 1",
                [url],
            ).fetchone()
        except sqlite3.OperationalError:  # an archive without raw_pages yet
            return None
        return (json.loads(row[0]), zlib.decompress(row[1])) if row else None

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        for name, _ in VALIDATORS:  # a redirected request must not carry the old URL's validators
            request.headers.pop(name, None)
        if request.method != "GET" or (archived := self.archived(request.url)) is None:
            return
        headers = {name.lower(): value for name, value in archived[0].items()}
        for name, source in VALIDATORS:
            if source in headers:
                request.headers[name] = headers[source]

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if response.status != 304 or (archived := self.archived(request.url)) is None:
            return response
        self.crawler.stats.inc_value("archive/not_modified")
        headers, body = archived
        response_class = responsetypes.from_args(headers=Headers(headers), url=request.url, body=body)
        return response_class(
            url=request.url,
            status=200,
            headers=headers,
            body=body,
            request=request,
            flags=[*response.flags, "not-modified"],
        )

    def spider_closed(self, spider: Spider) -> None:
        if self.conn is not None:
            self.conn.close()
