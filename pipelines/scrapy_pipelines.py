"""Thin Scrapy item pipelines over the processing functions and the store.

Order lives in ``ITEM_PIPELINES``: ProcessPagePipeline (300) then StorePipeline (900).
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.items import PageItem
from pipelines import store
from pipelines.process import process_page

logger = logging.getLogger(__name__)


class ProcessPagePipeline:
    """Extract the article from the raw page; a failure is recorded on the item, not dropped."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPagePipeline:
        return cls(crawler)

    def process_item(self, item: PageItem, spider: Any = None) -> PageItem:
        if item.status != 200:
            return item
        try:
            item.record = process_page(item.url, item.body, item.headers)
        except ValueError as error:  # DecodeError, ParseError, ExtractionError
            item.error = f"{type(error).__name__}: {error}"
            logger.warning("extraction failed for %s: %s", item.url, item.error)
            self.crawler.stats.inc_value("archive/extraction_failed")
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

    def process_item(self, item: PageItem, spider: Any = None) -> PageItem:
        page = asdict(item)
        article = store.store_page(self.db, page, item.record, item.error)
        self.crawler.stats.inc_value(
            "archive/articles_stored" if article else "archive/pages_without_article"
        )
        return item

    def spider_closed(self, spider: Any, reason: str) -> None:
        store.finish_run(self.db, self.run_id, reason, self.crawler.stats.get_stats())
        self.db.close()
