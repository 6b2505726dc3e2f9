"""Radio Free Asia: start from a topic's seeds, follow related stories and section archives.

scrapy crawl rfa -a topic=xiami -a depth=2
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.arguments import check_count, check_window
from crawler.fetch_errors import RecordsFetchErrors
from crawler.items import PageItem
from crawler.spiders.outlet import sitemap_links
from crawler.topics import Topic, get_topic
from crawler.urls import clean_url, skip_reason
from pipelines.normalise import to_simplified

RFA_HOSTS = ("www.rfa.org", "rfa.org")
# Legacy Plone: /mandarin/<section>/<sub>/<code>-<MMDDYYYYHHMMSS>.html; Arc XP: /<lang>/.../YYYY/MM/DD/<slug>/
ARTICLE_URL = re.compile(r"^/(mandarin|cantonese)/.+(-\d{14}\.html|/\d{4}/\d{2}/\d{2}/[^/]+/?)$")
ARCHIVE_URL = re.compile(r"/story_archive$")
DEFAULT_DEPTH = 2
API_PAGE_SIZE = 4  # small pages keep the replay corpus small; the live API allows up to 100


def topic_matches(topic: Topic, text: str) -> bool:
    """Any of the topic's terms in the text, compared in Simplified script."""
    simplified = to_simplified(text)
    return any(term in simplified for term in topic.terms)


def arc_deployment(text: str) -> str | None:
    """The deployment number an Arc XP page announces (`Fusion.deployment="1789"`)."""
    match = re.search(r'Fusion\.deployment\s*=\s*"?(\d+)', text)
    return match.group(1) if match else None


def rss_day(pub_date: str) -> str | None:
    """YYYY-MM-DD of an RSS pubDate (RFC 822) or ISO date."""
    try:
        return parsedate_to_datetime(pub_date).date().isoformat()
    except (TypeError, ValueError):
        return pub_date[:10] or None


def is_rfa(url: str) -> bool:
    return urlsplit(url).hostname in RFA_HOSTS


def is_article_url(url: str) -> bool:
    return is_rfa(url) and bool(ARTICLE_URL.match(urlsplit(url).path))


def is_archive_url(url: str) -> bool:
    return is_rfa(url) and bool(ARCHIVE_URL.search(urlsplit(url).path))


def lang_of(url: str) -> str | None:
    match = re.match(r"^/(mandarin|cantonese)/", urlsplit(url).path)
    return match.group(1) if match else None


class RfaSpider(RecordsFetchErrors, scrapy.Spider):
    name = "rfa"
    allowed_domains = ["rfa.org"]

    def __init__(
        self,
        topic: str = "xiami",
        depth: str | int | None = None,
        urls: str = "",
        lang: str = "mandarin",
        discover: str = "seeds",
        since: str = "",
        until: str = "",
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        if lang not in ("mandarin", "cantonese"):
            raise ValueError(f"unknown RFA language {lang!r}: mandarin or cantonese")
        self.topic = get_topic(topic)
        self.lang = lang
        self.max_depth = check_count("depth", depth, DEFAULT_DEPTH)
        seeds = [seed for seed in self.topic.seeds if lang_of(seed) == lang]
        self.start_urls = [u.strip() for u in urls.split(",") if u.strip()] or seeds
        self.discover = {d.strip() for d in discover.split(",") if d.strip()}
        self.since, self.until = check_window(since, until)
        self.crawl_args = {
            "topic": topic,
            "depth": self.max_depth,
            "urls": urls,
            "lang": lang,
            "discover": discover,
            "since": since,
            "until": until,
            **kwargs,
        }

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if "seeds" in self.discover:
            for url in self.start_urls:
                yield scrapy.Request(url, callback=self.parse)
        if "rss" in self.discover:
            yield scrapy.Request(
                f"https://www.rfa.org/arc/outboundfeeds/{self.lang}/rss/", callback=self.parse_rss
            )
        if "sitemap" in self.discover:
            yield scrapy.Request(
                "https://www.rfa.org/robots.txt", callback=self.parse_robots, dont_filter=True
            )
        if "api" in self.discover:  # the front page tells the current Arc deployment number
            yield scrapy.Request(
                f"https://www.rfa.org/{self.lang}/", callback=self.start_api, dont_filter=True
            )

    def start_api(self, response: Response) -> Iterator[scrapy.Request]:
        found = arc_deployment(response.text) if isinstance(response, TextResponse) else None
        self.deployment = found or self.settings.get("RFA_ARC_DEPLOYMENT") or "0"
        yield self.api_request(offset=0)

    # --- discovery by date: RSS, sitemaps, Arc content API ---------------------------------

    def admit(self, url: str, day: str | None, text: str | None) -> bool:
        """Whether a discovered candidate is an article in the date window and on topic (when known)."""
        return is_article_url(url) and self.in_window(day) and (text is None or self.on_topic(text))

    def in_window(self, day: str | None) -> bool:
        if day and ((self.since and day[:10] < self.since) or (self.until and day[:10] > self.until)):
            self.crawler.stats.inc_value("rfa/skipped/out_of_window")
            return False
        return True

    def on_topic(self, text: str) -> bool:
        if topic_matches(self.topic, text):
            return True
        self.crawler.stats.inc_value("rfa/skipped/off_topic")
        return False

    def parse_rss(self, response: Response) -> Iterator[scrapy.Request]:
        for item in response.xpath("//item"):
            url = item.xpath("link/text()").get("").strip()
            day = rss_day(item.xpath("pubDate/text()").get(""))
            text = " ".join(item.xpath("title/text() | description/text()").getall())
            if self.admit(url, day, text):
                self.crawler.stats.inc_value("rfa/discovered/rss")
                yield scrapy.Request(url, callback=self.parse)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        for line in response.text.splitlines():
            if line.lower().startswith("sitemap:"):
                yield scrapy.Request(line.split(":", 1)[1].strip(), callback=self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        pages, sitemaps = sitemap_links(response.body)
        for url in sitemaps:
            day = re.search(r"/sitemap/(\d{4}-\d{2}-\d{2})/", url)
            if self.in_window(day.group(1) if day else None):
                yield scrapy.Request(url, callback=self.parse_sitemap)
        for url in pages:
            if self.admit(url, None, None):
                self.crawler.stats.inc_value("rfa/discovered/sitemap")
                yield scrapy.Request(url, callback=self.parse)

    def api_request(self, offset: int) -> scrapy.Request:
        deployment = getattr(self, "deployment", None) or self.settings.get("RFA_ARC_DEPLOYMENT") or "0"
        window = f"display_date:[{self.since or '*'} TO {self.until or '*'}]"
        query = json.dumps(
            {"feature": "results-list", "offset": offset, "query": window, "size": API_PAGE_SIZE},
            separators=(",", ":"),
            ensure_ascii=False,
        )
        url = (
            f"https://www.rfa.org/pf/api/v3/content/fetch/story-feed-query?query={quote(query, safe='')}"
            f"&d={deployment}&_website=rfa-{self.lang}"
        )
        return scrapy.Request(url, callback=self.parse_api, cb_kwargs={"offset": offset})

    def parse_api(self, response: Response, offset: int) -> Iterator[scrapy.Request]:
        data = json.loads(response.text)
        for story in data.get("content_elements", []):
            url = response.urljoin(story.get("canonical_url", ""))
            headline = (story.get("headlines") or {}).get("basic")
            summary = (story.get("description") or {}).get("basic")
            if self.admit(url, story.get("display_date"), " ".join(filter(None, [headline, summary]))):
                self.crawler.stats.inc_value("rfa/discovered/api")
                yield scrapy.Request(url, callback=self.parse)
        if data.get("next"):
            yield self.api_request(offset=int(data["next"]))

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
        url = clean_url(response.urljoin(href.strip()))
        if reason := skip_reason(url):
            self.crawler.stats.inc_value(f"rfa/skipped/{reason}")
            return
        if not (is_article_url(url) or is_archive_url(url)):
            self.crawler.stats.inc_value("rfa/skipped/not_rfa_article")
            return
        if response.meta.get("depth", 0) >= self.max_depth:
            self.crawler.stats.inc_value("rfa/skipped/depth_limit")
            return
        yield response.follow(url, callback=callback)
