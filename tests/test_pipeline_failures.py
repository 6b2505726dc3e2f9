"""A bug in a processing step must not drop a downloaded page: it is kept as a failed page."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from crawler.items import PageItem
from pipelines import process
from pipelines.process import ProcessingCrash, extraction_failure_reason, process_page
from pipelines.scrapy_pipelines import ProcessPagePipeline
from tests.test_quotes import SEED

PAGE = f"<html><body><h1>虾米音乐</h1><p>{SEED}</p></body></html>".encode()


@pytest.fixture
def crashing_quotes(monkeypatch):
    def crashing_step(body_text, block_quotes=()):  # fault injection: stands for a bug such as an IndexError
        raise IndexError("string index out of range")

    monkeypatch.setattr(process, "extract_quotes", crashing_step)


def test_a_crash_in_any_step_is_a_failed_extraction_for_every_caller(crashing_quotes):
    """process_page is shared by the crawl, `archive import/extract` and `archive reprocess`, which all
    keep a page that raises ValueError as a failed extraction."""
    with pytest.raises(ProcessingCrash, match="IndexError: string index out of range") as caught:
        process_page("https://www.rfa.org/mandarin/a.html", PAGE, {"Content-Type": "text/html"})
    assert isinstance(caught.value, ValueError)
    assert extraction_failure_reason(caught.value) == "extraction failed"


def test_a_crash_inside_processing_keeps_the_page_as_an_extraction_failure(crashing_quotes):
    crawler = get_crawler()
    pipeline = ProcessPagePipeline(crawler)
    page = PageItem(
        url="https://www.rfa.org/mandarin/a.html",
        status=200,
        headers={"Content-Type": "text/html"},
        body=PAGE,
        fetched_at="2026-11-24T00:00:00+00:00",
        spider="rfa",
    )
    kept = pipeline.process_item(page)
    assert kept is page and kept.record is None
    assert kept.error_reason == "extraction failed" and kept.error.startswith("ProcessingCrash: IndexError")
    assert crawler.stats.get_value("archive/fetch_errors/extraction failed") == 1
