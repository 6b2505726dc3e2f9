"""Publication dates: from the site's markup, structured data, the URL, visible text, htmldate.

Each finder returns a :class:`PublishedDate` or None; :func:`find_published`
tries them in order of trust and records which one answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from htmldate import find_date
from lxml.html import HtmlElement

from pipelines.embedded import arc_global_content
from pipelines.html import json_ld_nodes, meta_content, page_text

# RFA is published from Washington; Chinese portals from Beijing time.
SOURCE_TIMEZONES = {"rfa.org": "America/New_York"}
DEFAULT_TIMEZONE = "Asia/Shanghai"

LEGACY_RFA_STAMP = re.compile(r"-(\d{2})(\d{2})(\d{4})(\d{2})(\d{2})(\d{2})\.html?$")
PATH_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])/")
VISIBLE_DATE = re.compile(
    r"((?:19|20)\d{2})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?"
)
PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "pubdate",
    "publishdate",
    "PubDate",
    "publish_date",
    "datePublished",
    "weibo:article:create_at",
)
UPDATED_KEYS = ("article:modified_time", "og:updated_time", "dateModified", "lastmod")


@dataclass(frozen=True)
class PublishedDate:
    value: str  # ISO 8601: a datetime with offset, or a bare date
    source: str
    updated: str | None = None


def timezone_for(url: str) -> ZoneInfo:
    host = (urlsplit(url).hostname or "").lower()
    for domain, zone in SOURCE_TIMEZONES.items():
        if host == domain or host.endswith("." + domain):
            return ZoneInfo(zone)
    return ZoneInfo(DEFAULT_TIMEZONE)


def _iso(moment: datetime | date, zone: ZoneInfo) -> str:
    if isinstance(moment, datetime):
        aware = moment if moment.tzinfo else moment.replace(tzinfo=zone)
        return aware.isoformat(timespec="seconds")
    return moment.isoformat()


def parse_date_text(text: str, zone: ZoneInfo) -> str | None:
    """ISO date(time) from text like `2021-01-06`, `2021年1月6日 16:53`, or ISO 8601."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return _iso(datetime.fromisoformat(text.replace("Z", "+00:00")), zone)
    except ValueError:
        pass
    match = VISIBLE_DATE.search(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else None for g in match.groups())
    try:
        if hour is None:
            return date(year, month, day).isoformat()
        return _iso(datetime(year, month, day, hour, minute or 0, second or 0), zone)
    except ValueError:
        return None


def date_from_url(url: str) -> str | None:
    """`...-01062021113811.html` (MMDDYYYYHHMMSS, RFA legacy) or `/2026/10/10/` in the path."""
    path = urlsplit(url).path
    zone = timezone_for(url)
    if match := LEGACY_RFA_STAMP.search(path):
        month, day, year, hour, minute, second = map(int, match.groups())
        try:
            return _iso(datetime(year, month, day, hour, minute, second), zone)
        except ValueError:
            return None
    if match := PATH_DATE.search(path):
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    return None


def _json_ld_dates(tree: HtmlElement) -> tuple[str | None, str | None]:
    for node in json_ld_nodes(tree):
        if node.get("datePublished"):
            return node["datePublished"], node.get("dateModified")
    return None, None


def _arc_dates(tree: HtmlElement) -> tuple[str | None, str | None]:
    """Arc XP pages embed the story as ANS JSON: `Fusion.globalContent = {...};`."""
    for script in tree.xpath("//script[contains(text(), 'Fusion.globalContent')]/text()"):
        if content := arc_global_content(script):
            return content.get("first_publish_date") or content.get("display_date"), content.get(
                "last_updated_date"
            )
    return None, None


def _same_day(a: str, b: str) -> bool:
    return a[:10] == b[:10]


def find_published(
    tree: HtmlElement, url: str, site_date: str | None = None, title: str = ""
) -> PublishedDate | None:
    """The publication date, from the most trusted place that has one."""
    zone = timezone_for(url)
    url_date = date_from_url(url)
    updated = meta_content(tree, *UPDATED_KEYS)
    updated_iso = parse_date_text(updated, zone) if updated else None
    if site_date and (value := parse_date_text(site_date, zone)):
        # The URL stamp carries the time the site's own date line leaves out.
        if url_date and len(value) == 10 and len(url_date) > 10 and _same_day(value, url_date):
            return PublishedDate(url_date, "site+url", updated_iso)
        return PublishedDate(value, "site", updated_iso)
    for finder, source in ((_arc_dates, "arc"), (_json_ld_dates, "json-ld")):
        published, modified = finder(tree)
        if published and (value := parse_date_text(published, zone)):
            return PublishedDate(value, source, parse_date_text(modified or "", zone) or updated_iso)
    if (meta := meta_content(tree, *PUBLISHED_KEYS)) and (value := parse_date_text(meta, zone)):
        return PublishedDate(value, "meta", updated_iso)
    if url_date:
        return PublishedDate(url_date, "url", updated_iso)
    if value := visible_date(tree, zone, title):
        return PublishedDate(value, "text", updated_iso)
    found = find_date(tree, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
    return PublishedDate(found, "htmldate", updated_iso) if found else None


def visible_date(tree: HtmlElement, zone: ZoneInfo, title: str = "") -> str | None:
    """The first full date (with time if shown) in the visible text, from the headline on
    (dates above the headline belong to other stories)."""
    for match in VISIBLE_DATE.finditer(page_text(tree, title)):
        if value := parse_date_text(match.group(0), zone):
            return value
    return None
