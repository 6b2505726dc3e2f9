"""Retries that honour ``Retry-After`` (429 Too Many Requests, 503 Service Unavailable).

Scrapy's RetryMiddleware retries at once; a server that says when to come back is
waited for (up to ``RETRY_AFTER_MAX`` seconds, default 120) before the retry is sent.
Each retry notes its reason in ``request.meta["fault_reasons"]``, so a page that was
archived after transient faults still leaves a (resolved) row in ``fetch_errors``.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response

from crawler.fetch_errors import failure_reason


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


class RetryAfterMiddleware(RetryMiddleware):
    async def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        header = response.headers.get("Retry-After")
        wait = retry_after_seconds(header.decode("latin-1") if header else None)
        if wait:
            limit = self.crawler.settings.getfloat("RETRY_AFTER_MAX", 120)
            self.crawler.stats.inc_value("retry/retry_after_waits")
            await asyncio.sleep(min(wait, limit))
        return self._retry(request, f"{response.status} (Retry-After {header!r})") or response

    def _retry(self, request: Request, reason: str | Exception | type[Exception]) -> Request | None:
        retry = super()._retry(request, reason)
        if retry is not None:
            retry.meta["fault_reasons"] = [*request.meta.get("fault_reasons", []), short_reason(reason)]
        return retry


def short_reason(reason: str | Exception | type[Exception]) -> str:
    """``"503 (Retry-After ...)"`` -> ``"http 503"``; an exception -> its fetch_errors reason."""
    if isinstance(reason, str):
        status = reason.split(" ", 1)[0]
        return f"http {status}" if status.isdigit() else reason
    return failure_reason(reason if isinstance(reason, BaseException) else reason())
