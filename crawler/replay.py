"""Route every download to the replay site when ``REPLAY_URL`` is set.

The handler rewrites ``https://www.rfa.org/a/b?q`` to ``REPLAY_URL/www.rfa.org/a/b?q``
just for the transfer and gives the response back its real URL, so spiders,
middlewares (redirects, robots.txt, dupe filter) and stored data only ever see
real URLs. Without ``REPLAY_URL`` it is Scrapy's ordinary HTTP/1.1 handler.
``REPLAY_HOST_MAP`` ({host: base URL}) sends chosen hosts elsewhere, e.g. to a closed
port to play a site that is down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


def replay_url_for(replay_base: str, url: str) -> str:
    """The replay-site address of a real URL."""
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{replay_base.rstrip('/')}/{parts.netloc}{parts.path or '/'}{query}"


class ReplayDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.replay_base: str | None = crawler.settings.get("REPLAY_URL") or None
        self.host_map: dict[str, str] = crawler.settings.getdict("REPLAY_HOST_MAP")

    async def download_request(self, request: Request) -> Response:
        if not self.replay_base:
            return await super().download_request(request)
        base = self.host_map.get(urlsplit(request.url).hostname or "", self.replay_base)
        replayed = request.replace(url=replay_url_for(base, request.url))
        response = await super().download_request(replayed)
        return response.replace(url=request.url, request=request)
