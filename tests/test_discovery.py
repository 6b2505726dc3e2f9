"""RFA discovery by date and topic: Arc content API, RSS, sitemaps from robots.txt (replay site)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import run_crawl

WINDOW = (
    "-a",
    "since=2020-12-01",
    "-a",
    "until=2021-01-31",
    "-a",
    "depth=0",
    "-s",
    "RFA_ARC_DEPLOYMENT=1789",
)


def discover(tmp_path, replay_url, path: str, topic: str = "alibaba-antitrust") -> tuple[set[str], dict]:
    db_path = tmp_path / "archive.db"
    run_crawl(db_path, replay_url, "-a", f"topic={topic}", "-a", f"discover={path}", *WINDOW)
    with sqlite3.connect(db_path) as conn:
        urls = {row[0] for row in conn.execute("select url from articles")}
        stats = json.loads(conn.execute("select stats from crawl_runs").fetchone()[0])
    return urls, stats


def test_arc_content_api_pages_through_the_window_and_skips_off_topic(tmp_path, replay_url):
    urls, stats = discover(tmp_path, replay_url, "api")
    assert stats["rfa/discovered/api"] == 5 and len(urls) == 5
    assert stats["rfa/skipped/off_topic"] == 2  # 银保监会 story and an unrelated one
    assert "https://www.rfa.org/mandarin/Xinwen/7-12312020114645.html" not in urls


def test_rss_feed(tmp_path, replay_url):
    urls, stats = discover(tmp_path, replay_url, "rss")
    assert stats["rfa/discovered/rss"] == 2 and len(urls) == 2


def test_sitemaps_listed_in_robots_txt_within_the_window(tmp_path, replay_url):
    urls, stats = discover(tmp_path, replay_url, "sitemap")
    assert stats["rfa/discovered/sitemap"] == 2 and stats["rfa/skipped/out_of_window"] == 1
    assert "https://www.rfa.org/mandarin/yataibaodao/meiti/ql-01062021113811.html" in urls


def test_unknown_language_is_a_clear_error(tmp_path, replay_url):
    with pytest.raises(AssertionError, match="unknown RFA language 'uyghur'"):
        run_crawl(tmp_path / "archive.db", replay_url, "-a", "lang=uyghur")


def test_traditional_headline_matches_simplified_topic_terms():
    from crawler.spiders.rfa import topic_matches
    from crawler.topics import get_topic

    topic = get_topic("alibaba-antitrust")
    assert topic_matches(topic, "螞蟻集團暫緩上市 馬雲被約談")  # 蚂蚁集团, 马云 in Simplified
    assert not topic_matches(topic, "香港天文台發出黃色暴雨警告")


def test_cantonese_edition_starts_from_its_own_seeds(tmp_path, replay_url):
    db_path = tmp_path / "archive.db"
    run_crawl(db_path, replay_url, "-a", "topic=alibaba-antitrust", "-a", "lang=cantonese", "-a", "depth=0")
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("select url, script, lang from articles").fetchall()
    assert rows == [
        ("https://www.rfa.org/cantonese/news/china/2021/08/09/alibaba-assault-case/", "Hant", "cantonese")
    ]


def test_arc_deployment_is_read_from_pages():
    from crawler.spiders.rfa import arc_deployment
    from tests.conftest import REPLAY_ROOT

    page = REPLAY_ROOT / "www.rfa.org/cantonese/news/china/2021/08/09/alibaba-assault-case/index.html"
    assert arc_deployment(page.read_text("utf-8")) == "1789"
    assert arc_deployment("<html>legacy Plone page</html>") is None
