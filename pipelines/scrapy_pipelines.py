"""Thin Scrapy item pipelines over the processing functions and the store.

Order lives in ``ITEM_PIPELINES``: ProcessPagePipeline (300) then StorePipeline (900).
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.items import FetchError, PageItem
from pipelines import store
from pipelines.process import extraction_failure_reason, process_page

logger = logging.getLogger(__name__)


class ProcessPagePipeline:
    """Extract the article from the raw page; a failure is recorded on the item, not dropped."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.time_limit = crawler.settings.getfloat("EXTRACTION_TIME_LIMIT", 30.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPagePipeline:
        return cls(crawler)

    def process_item(self, item: PageItem | FetchError, spider: Any = None) -> PageItem | FetchError:
        if not isinstance(item, PageItem) or item.status != 200:
            return item
        try:
            item.record = process_page(item.url, item.body, item.headers, seconds=self.time_limit)
        except ValueError as error:  # DecodeError, ParseError, ExtractionError, ExtractionTimeout
            item.error = f"{type(error).__name__}: {error}"
            item.error_reason = extraction_failure_reason(error)
            logger.warning("extraction failed for %s: %s", item.url, item.error)
            self.crawler.stats.inc_value("archive/extraction_failed")
            self.crawler.stats.inc_value(f"archive/fetch_errors/{item.error_reason}")
        return item


class StorePipeline:
    """Write every page to archive.db (ARCHIVE_DB) and record the crawl run with its stats."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.db_path = crawler.settings.get("ARCHIVE_DB", "archive.db")
        self.db = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        pipeline = cls(crawler)
        # The run is finished on spider_closed, once Scrapy has set finish_reason.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        self.db = store.open_db(self.db_path)
        self.run_id = store.start_run(self.db, spider.name, getattr(spider, "crawl_args", {}))

    def process_item(self, item: PageItem | FetchError, spider: Any = None) -> PageItem | FetchError:
        if isinstance(item, FetchError):
            store.record_fetch_error(self.db, asdict(item))
            return item
        page = asdict(item)
        article = store.store_page(self.db, page, item.record, item.error)
        self.crawler.stats.inc_value(
            "archive/articles_stored" if article else "archive/pages_without_article"
        )
        return item

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        store.finish_run(self.db, self.run_id, reason, stats)
        self.db.close()
        logger.info("archive: %s", closing_summary(stats))


def closing_summary(stats: dict[str, Any]) -> str:
    """One line for the end of a crawl: what was stored and every kind of failure, counted."""
    prefix = "archive/fetch_errors/"
    failures = sorted((key[len(prefix) :], count) for key, count in stats.items() if key.startswith(prefix))
    stored = stats.get("archive/articles_stored", 0)
    described = ", ".join(f"{reason} {count}" for reason, count in failures) or "none"
    return f"{stored} article pages stored; failures: {sum(c for _, c in failures)} ({described})"
