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
