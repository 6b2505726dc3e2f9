"""Related outlets, driven by crawler/outlets.yml: feeds and sitemaps to article pages.

    scrapy crawl outlet -a outlet=voachinese
    scrapy crawl outlet -a outlet=bbc-zhongwen -a limit=50

Discovery reads RSS, Atom and RDF feeds and XML sitemaps (following sitemap indexes);
every link whose path matches one of the outlet's article patterns is fetched (or its
`article_api` JSON, when the outlet has one) and handed to the same pipelines as RFA.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from lxml import etree
from scrapy.http import Response

from crawler.arguments import check_count
from crawler.fetch_errors import RecordsFetchErrors
from crawler.items import PageItem
from crawler.outlets import Outlet, get_outlet

FEED_LINKS = (
    "//*[local-name()='item']/*[local-name()='link']/text()"
    " | //*[local-name()='entry']/*[local-name()='link']/@href"
)
SITEMAP_LOCS = "//*[local-name()='url']/*[local-name()='loc']/text()"
SITEMAP_INDEX_LOCS = "//*[local-name()='sitemap']/*[local-name()='loc']/text()"


def feed_links(body: bytes) -> list[str]:
    """Article links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed."""
    root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False))
    return [link.strip() for link in root.xpath(FEED_LINKS)] if root is not None else []


def sitemap_links(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) of a sitemap or sitemap index."""
    root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False))
    if root is None:
        return [], []
    return [u.strip() for u in root.xpath(SITEMAP_LOCS)], [u.strip() for u in root.xpath(SITEMAP_INDEX_LOCS)]


class OutletSpider(RecordsFetchErrors, scrapy.Spider):
    name = "outlet"

    def __init__(self, outlet: str = "", limit: str | int | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        if not outlet:
            raise ValueError("outlet spider needs -a outlet=NAME (see crawler/outlets.yml)")
        self.outlet: Outlet = get_outlet(outlet)
        self.allowed_domains = list(self.outlet.domains)
        self.limit = check_count("limit", limit, None)
        self.requested = 0
        self.crawl_args = {"outlet": outlet, "limit": limit, **kwargs}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.outlet.feeds:
            yield scrapy.Request(url, callback=self.parse_feed)
        for url in self.outlet.sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        for url in feed_links(response.body):
            yield from self.article_request(url, response.url)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        pages, sitemaps = sitemap_links(response.body)
        for url in sitemaps:
            yield scrapy.Request(url, callback=self.parse_sitemap)
        for url in pages:
            yield from self.article_request(url, response.url)

    def article_request(self, url: str, found_on: str) -> Iterator[scrapy.Request]:
        match = self.outlet.article_match(url)
        if match is None:
            self.crawler.stats.inc_value("outlet/skipped/not_an_article")
            return
        if self.limit is not None and self.requested >= self.limit:
            self.crawler.stats.inc_value("outlet/skipped/limit")
            return
        self.requested += 1
        fetch = self.outlet.article_api.format(**match.groupdict()) if self.outlet.article_api else url
        yield scrapy.Request(
            fetch, callback=self.parse_article, cb_kwargs={"article_url": url}, headers={"Referer": found_on}
        )

    def parse_article(self, response: Response, article_url: str) -> Iterator[PageItem]:
        yield PageItem.from_response(
            response, self.name, url=article_url, source=self.outlet.name, lang=self.outlet.lang
        )
