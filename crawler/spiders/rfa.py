"""Radio Free Asia: start from a topic's seeds, follow related stories and section archives.

scrapy crawl rfa -a topic=xiami -a depth=2
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.items import PageItem
from crawler.topics import get_topic

RFA_HOSTS = ("www.rfa.org", "rfa.org")
# Legacy Plone: /mandarin/<section>/<sub>/<code>-<MMDDYYYYHHMMSS>.html; Arc XP: /<lang>/.../YYYY/MM/DD/<slug>/
ARTICLE_URL = re.compile(r"^/(mandarin|cantonese)/.+(-\d{14}\.html|/\d{4}/\d{2}/\d{2}/[^/]+/?)$")
ARCHIVE_URL = re.compile(r"/story_archive$")
DEFAULT_DEPTH = 2


def is_rfa(url: str) -> bool:
    return urlsplit(url).hostname in RFA_HOSTS


def is_article_url(url: str) -> bool:
    return is_rfa(url) and bool(ARTICLE_URL.match(urlsplit(url).path))


def is_archive_url(url: str) -> bool:
    return is_rfa(url) and bool(ARCHIVE_URL.search(urlsplit(url).path))


def lang_of(url: str) -> str | None:
    match = re.match(r"^/(mandarin|cantonese)/", urlsplit(url).path)
    return match.group(1) if match else None


class RfaSpider(scrapy.Spider):
    name = "rfa"
    allowed_domains = ["rfa.org"]

    def __init__(self, topic: str = "xiami", depth: str | int | None = None, urls: str = "", **kwargs: Any):
        super().__init__(**kwargs)
        self.topic = get_topic(topic)
        self.max_depth = int(depth) if depth is not None else DEFAULT_DEPTH
        self.start_urls = [u.strip() for u in urls.split(",") if u.strip()] or list(self.topic.seeds)
        self.crawl_args = {"topic": topic, "depth": self.max_depth, "urls": urls, **kwargs}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if is_archive_url(response.url):
            yield from self.parse_archive(response)
        else:
            yield from self.parse_article(response)

    def parse_article(self, response: Response) -> Iterator[Any]:
        yield PageItem.from_response(
            response, self.name, source="rfa", lang=lang_of(response.url), topic=self.topic.name
        )
        if response.status == 200 and isinstance(response, TextResponse):
            for href in response.css("#storytext a::attr(href), #related-stories a::attr(href)"):
                yield from self._follow(response, href.get(), self.parse)

    def parse_archive(self, response: Response) -> Iterator[Any]:
        for href in response.css("div.sectionteaser h2 a::attr(href)").getall():
            yield from self._follow(response, href, self.parse)
        for href in response.css(".listingBar a.next::attr(href)").getall():
            yield from self._follow(response, href, self.parse)

    def _follow(self, response: Response, href: str, callback: Any) -> Iterator[scrapy.Request]:
        url = response.urljoin(href).split("#")[0]
        if not (is_article_url(url) or is_archive_url(url)):
            return
        if response.meta.get("depth", 0) >= self.max_depth:
            self.crawler.stats.inc_value("rfa/skipped/depth_limit")
            return
        yield response.follow(url, callback=callback)
