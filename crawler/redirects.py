"""Redirects that end: a loop is dropped at once with a reason, not left to the dupe filter.

Scrapy's RedirectMiddleware stops a chain after ``REDIRECT_MAX_TIMES`` hops; a loop
(A -> B -> A) would otherwise vanish silently into the duplicate filter.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest


class LoopAwareRedirectMiddleware(RedirectMiddleware):
    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        visited = [*request.meta.get("redirect_urls", []), request.url]
        if redirected.url in visited:
            raise IgnoreRequest(f"redirect loop: {' -> '.join([*visited, redirected.url])}")
        return super()._redirect(redirected, request, reason)
