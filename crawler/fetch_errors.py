"""Failed fetches become data: every request that ends in an error yields a FetchError item.

:class:`FetchErrorsMiddleware` (a spider middleware) gives every request without an
errback the spider's ``fetch_failed`` (from :class:`RecordsFetchErrors`), so a URL that
times out, is refused, redirects forever or is too large is stored in ``fetch_errors``
with a plain reason and the number of attempts, after Scrapy's retries gave up.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_errors
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed, ResponseNeverReceived

from crawler.items import FetchError

# Checked in order: the first class the exception is an instance of names the reason.
EXCEPTION_REASONS: list[tuple[tuple[type[BaseException], ...], str]] = [
    ((DownloadConnectionRefusedError, twisted_errors.ConnectionRefusedError), "connection refused"),
    ((DownloadTimeoutError, twisted_errors.TimeoutError, TimeoutError), "timeout"),
    ((ResponseDataLossError,), "truncated body"),
    ((DownloadCancelledError,), "too large"),
    ((CannotResolveHostError, twisted_errors.DNSLookupError), "host not found"),
    (
        (
            DownloadFailedError,
            ResponseNeverReceived,
            ResponseFailed,
            twisted_errors.ConnectionLost,
            twisted_errors.ConnectionDone,
        ),
        "connection lost",
    ),
]
# IgnoreRequest is raised for many reasons; its message tells which.
IGNORE_REASONS = {
    "max redirections": "too many redirects",
    "redirect loop": "redirect loop",
    "during decompression": "decompression bomb",
    "robots.txt": "forbidden by robots.txt",
    "private address": "private address",
}


def failure_reason(exception: BaseException) -> str:
    """A short, stable reason for a failed request (the ``fetch_errors.reason`` column)."""
    if isinstance(exception, HttpError):
        return f"http {exception.response.status}"
    if isinstance(exception, IgnoreRequest):
        message = str(exception)
        return next((reason for key, reason in IGNORE_REASONS.items() if key in message), "ignored")
    for classes, reason in EXCEPTION_REASONS:
        if isinstance(exception, classes):
            return reason
    return type(exception).__name__


def attempts_of(failure: Failure) -> int:
    request = getattr(failure, "request", None)
    return (request.meta.get("retry_times", 0) if request is not None else 0) + 1


class RecordsFetchErrors:
    """Spider mixin: the errback that turns a failed request into a FetchError item."""

    name: str
    crawler: Any

    def fetch_failed(self, failure: Failure) -> Iterator[FetchError]:
        request = failure.request
        reason = failure_reason(failure.value)
        if reason == "ignored":  # offsite or filtered by Scrapy itself: not a fault of the site
            return
        self.crawler.stats.inc_value(f"archive/fetch_errors/{reason}")
        yield FetchError(
            url=request.meta.get("redirect_urls", [request.url])[0],  # the URL the crawl asked for
            reason=reason,
            detail=str(failure.value)[:500] or type(failure.value).__name__,
            attempts=attempts_of(failure),
            spider=self.name,
        )


class FetchErrorsMiddleware(BaseSpiderMiddleware):
    """Give every request without an errback the spider's ``fetch_failed``."""

    def get_processed_request(self, request: scrapy.Request, response: Any) -> scrapy.Request:
        spider = self.crawler.spider
        if request.errback is None and isinstance(spider, RecordsFetchErrors):
            request.errback = spider.fetch_failed
        return request
