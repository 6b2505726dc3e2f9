"""A bug in a processing step must not drop a downloaded page: it is kept as a failed page."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from crawler.items import PageItem
from pipelines import scrapy_pipelines
from pipelines.scrapy_pipelines import ProcessPagePipeline
from tests.test_quotes import SEED


def test_a_crash_inside_processing_keeps_the_page_as_an_extraction_failure(monkeypatch):
    def crashing_step(*args, **kwargs):  # fault injection: stands for a bug such as an IndexError
        raise IndexError("string index out of range")

    monkeypatch.setattr(scrapy_pipelines, "process_page", crashing_step)
    crawler = get_crawler()
    pipeline = ProcessPagePipeline(crawler)
    page = PageItem(
        url="https://www.rfa.org/mandarin/a.html",
        status=200,
        headers={"Content-Type": "text/html"},
        body=SEED.encode(),
        fetched_at="2026-11-24T00:00:00+00:00",
        spider="rfa",
    )
    kept = pipeline.process_item(page)
    assert kept is page and kept.record is None
    assert kept.error_reason == "extraction failed" and kept.error.startswith("IndexError")
    assert crawler.stats.get_value("archive/fetch_errors/extraction failed") == 1
