"""Related outlets and the Wayback Machine, crawled through the real Scrapy engine over the replay site."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from crawler.spiders.wayback import unique_captures
from tests.conftest import BIN, ROOT, SEED_URL


def crawl(db_path, replay_url, spider: str, *args: str) -> None:
    command = [str(BIN / "scrapy"), "crawl", spider, *args]
    for setting in (
        f"ARCHIVE_DB={db_path}",
        f"REPLAY_URL={replay_url}",
        "AUTOTHROTTLE_ENABLED=0",
        "DOWNLOAD_DELAY=0",
    ):
        command += ["-s", setting]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


@pytest.fixture(scope="module")
def outlets_db(tmp_path_factory, replay_url):
    db_path = tmp_path_factory.mktemp("outlets") / "archive.db"
    for outlet in ("voachinese", "bbc-zhongwen", "dw-chinese"):
        crawl(db_path, replay_url, "outlet", "-a", f"outlet={outlet}")
    return db_path


def test_voa_articles_from_feed_with_json_ld_dates(outlets_db):
    found = rows(outlets_db, "select * from articles where source = 'voachinese'")
    assert len(found) == 3
    assert all(a["published_source"] == "json-ld" and a["script"] == "Hans" for a in found)
    assert all(a["url"].startswith("https://www.voachinese.com/a/") for a in found)
    assert all(len(a["body_text"]) > 200 for a in found)


def test_bbc_next_data_in_both_scripts(outlets_db):
    found = rows(
        outlets_db,
        "select title, script, body_text, published_at from articles where source = 'bbc-zhongwen'",
    )
    assert {a["script"] for a in found} == {"Hans", "Hant"} and len(found) == 4
    assert any("马云" in a["body_text"] for a in found if a["script"] == "Hans")
    assert any("馬雲" in a["body_text"] for a in found if a["script"] == "Hant")
    assert all(a["published_at"] for a in found)


def test_dw_articles_from_the_graph_api(outlets_db):
    found = rows(
        outlets_db,
        "select url, title, published_at, extraction_method from articles where source = 'dw-chinese'",
    )
    assert len(found) == 2 and all(a["extraction_method"] == "site:dw-api" for a in found)
    assert all(a["url"].startswith("https://www.dw.com/zh/") for a in found)  # the article, not the API URL


def test_wire_story_on_two_outlets_is_one_duplicate_group(outlets_db):
    groups = rows(
        outlets_db,
        """select g.group_id, group_concat(a.source) as sources from duplicate_groups g
                                 join articles a on a.id = g.article_id group by g.group_id""",
    )
    assert any(set(g["sources"].split(",")) == {"voachinese", "dw-chinese"} for g in groups)
    assert rows(outlets_db, "select count(*) as n from articles")[0]["n"] == 9  # linked, not merged


def test_cdx_rows_keep_one_capture_per_url_and_digest():
    header = ["timestamp", "original", "statuscode", "digest", "mimetype"]
    cdx = [
        header,
        ["20210302000000", "https://a/x", "200", "D1", "text/html"],
        ["20210106000000", "https://a/x", "200", "D1", "text/html"],
        ["20210107000000", "https://a/x", "200", "D2", "text/html"],
    ]
    assert [(c["timestamp"], c["digest"]) for c in unique_captures(cdx)] == [
        ("20210106000000", "D1"),
        ("20210107000000", "D2"),
    ]


def test_wayback_captures_join_the_live_articles(crawled_db, tmp_path, replay_url):
    db_path = tmp_path / "archive.db"
    shutil.copy(crawled_db, db_path)
    articles_before = rows(db_path, "select count(*) as n from articles")[0]["n"]
    crawl(
        db_path,
        replay_url,
        "wayback",
        "-a",
        "url=rfa.org/mandarin/yataibaodao/*",
        "-a",
        "since=2020-10",
        "-a",
        "until=2021-06",
    )
    captures = rows(
        db_path, "select url, fetched_at from raw_pages where via = 'wayback' order by fetched_at"
    )
    assert len(captures) == 4  # five CDX rows, one a repeat of the same digest
    seed = [c for c in captures if c["url"] == SEED_URL]
    assert seed == [{"url": SEED_URL, "fetched_at": "2021-01-06T20:00:00+00:00"}]
    # The seed is one article, archived both live and from the Wayback Machine.
    assert rows(db_path, "select count(*) as n from raw_pages where url = ?", [SEED_URL])[0]["n"] == 2
    seed_article = rows(db_path, "select id, first_seen_at, via from articles where url = ?", [SEED_URL])[0]
    assert seed_article["first_seen_at"] == "2021-01-06T20:00:00+00:00" and seed_article["via"] == "live"
    # A page the live site no longer has exists only through the Wayback Machine.
    gone = "https://www.rfa.org/mandarin/yataibaodao/meiti/xm-02052021090000.html"
    assert rows(db_path, "select via from articles where url = ?", [gone]) == [{"via": "wayback"}]
    assert rows(db_path, "select count(*) as n from articles")[0]["n"] == articles_before + 1
