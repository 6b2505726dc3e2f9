"""The hostile web, through the real Scrapy engine against the replay site's fault variant.

tests/fixtures/replay/_variants/hostile is built by tests/fixtures/hostile/make_site.py
(hand-made pages around real article text; expected.json holds the known text and the
reason each fault must be recorded with).
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from crawler.replay_server import start_in_thread
from tests.conftest import FIXTURES, REPLAY_ROOT, free_port, run_crawl

EXPECTED = json.loads((FIXTURES / "hostile" / "expected.json").read_text("utf-8"))
HOSTILE_ARCHIVE = "https://www.rfa.org/mandarin/hostile/story_archive"
# Short timeouts keep the test quick; the faults are the same at any scale.
FAST_FAILURES = ("-s", "RETRY_TIMES=2", "-s", "DOWNLOAD_TIMEOUT=2")


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory):
    """One crawl of the hostile section; rfa.org (no www) is a host that refuses connections."""
    db_path = tmp_path_factory.mktemp("hostile") / "archive.db"
    server, url = start_in_thread(REPLAY_ROOT, variant="hostile")
    refused = json.dumps({"rfa.org": f"http://127.0.0.1:{free_port()}"})
    try:
        result = run_crawl(
            db_path, url, "-a", f"urls={HOSTILE_ARCHIVE}", "-a", "depth=1",
            *FAST_FAILURES, "-s", f"REPLAY_HOST_MAP={refused}",
        )  # fmt: skip
    finally:
        server.shutdown()
    return db_path, result


def rows(db_path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db_path) as db:
        return db.execute(sql, params).fetchall()


def test_every_fault_is_recorded_with_its_reason(hostile_crawl):
    db_path, _ = hostile_crawl
    recorded = dict(rows(db_path, "select url, reason from fetch_errors where resolved_at is null"))
    assert recorded == EXPECTED["errors"]


def test_faults_ridden_out_by_retries_are_counted_as_resolved(hostile_crawl):
    db_path, _ = hostile_crawl
    resolved = {
        url.rsplit("/", 1)[1].split("-0")[0]: (reason, attempts)
        for url, reason, attempts in rows(
            db_path, "select url, reason, attempts from fetch_errors where resolved_at is not null"
        )
    }
    assert resolved == {
        "burst": ("http 502", 3),  # 503, then 502, then the page
        "ratelimited": ("http 429", 2),
        "random-reset": ("connection lost", 2),
    }


def test_transient_faults_were_retried_and_permanent_ones_counted_attempts(hostile_crawl):
    db_path, _ = hostile_crawl
    attempts = dict(rows(db_path, "select reason, max(attempts) from fetch_errors group by reason"))
    for reason in ("timeout", "http 503", "connection lost", "truncated body", "connection refused"):
        assert attempts[reason] == 3, reason  # the first try and RETRY_TIMES=2 retries
    for url in ("burst", "ratelimited", "random-reset"):  # failed first, then served
        assert rows(db_path, "select count(*) from articles where url like ?", [f"%/{url}-%"]) == [(1,)]


def test_no_valid_article_is_lost_and_every_text_is_exact(hostile_crawl):
    db_path, _ = hostile_crawl
    stored = {
        url: (title, body) for url, title, body in rows(db_path, "select url, title, body_text from articles")
    }
    assert set(stored) == set(EXPECTED["valid"])
    for url, page in EXPECTED["valid"].items():
        assert stored[url] == (page["title"], "\n".join(page["paragraphs"])), url


def test_encodings_are_detected_and_recorded(hostile_crawl):
    db_path, _ = hostile_crawl
    encodings = dict(
        rows(db_path, "select replace(url, rtrim(url, replace(url, '/', '')), ''), encoding from raw_pages")
    )
    assert encodings["enc-gbk-said-utf8-01062021120000.html"] == "gb18030"
    assert encodings["enc-big5-said-utf8-01062021120000.html"] == "big5hkscs"
    assert encodings["enc-big5-none-01062021120000.html"] == "big5hkscs"
    assert encodings["enc-gb2312-header-01062021120000.html"] == "gb18030"


def test_hostile_markup_leaves_no_script_comment_or_nul_in_the_text(hostile_crawl):
    db_path, _ = hostile_crawl
    bodies = "".join(body for (body,) in rows(db_path, "select body_text from articles"))
    for hidden in ("隐藏脚本文字", "样式文字", "注释里藏着的文字", "条件注释文字", "\x00"):
        assert hidden not in bodies


def test_stats_and_closing_summary_count_every_failure(hostile_crawl):
    db_path, result = hostile_crawl
    (stats,) = rows(db_path, "select stats from crawl_runs order by id desc limit 1")[0]
    counted = {
        k.split("/")[-1]: v for k, v in json.loads(stats).items() if k.startswith("archive/fetch_errors/")
    }
    reasons = list(EXPECTED["errors"].values())
    assert counted == {reason: reasons.count(reason) for reason in reasons}
    assert f"20 article pages stored; failures: {len(reasons)} (" in result.stderr


def test_failed_pages_keep_their_raw_bytes(hostile_crawl):
    db_path, _ = hostile_crawl
    kept = rows(db_path, "select url, error from raw_pages where article_id is null and status = 200")
    assert {url.split("/")[-1].split("-")[0] for url, _ in kept} == {"empty", "blank", "login", "binary"}
    assert all(error for _, error in kept)


def test_a_page_over_its_extraction_time_limit_is_recorded_and_the_crawl_goes_on(tmp_path):
    db_path = tmp_path / "archive.db"
    server, url = start_in_thread(REPLAY_ROOT, variant="hostile")
    nested = "https://www.rfa.org/mandarin/hostile/html-nested-01062021120000.html"
    try:
        run_crawl(db_path, url, "-a", f"urls={nested}", "-a", "depth=0", "-s", "EXTRACTION_TIME_LIMIT=0.001")
    finally:
        server.shutdown()
    assert rows(db_path, "select url, reason from fetch_errors") == [(nested, "extraction timeout")]
    assert rows(
        db_path, "select count(*) from raw_pages where url = ? and error like '%took longer%'", [nested]
    )


def test_a_crawl_trap_ends_by_itself_within_its_depth(tmp_path):
    """An endless section archive whose links carry fresh session ids, javascript:, mailto:,
    private and offsite links: the crawl ends at its depth, fetching each article once."""
    db_path = tmp_path / "archive.db"
    server, url = start_in_thread(REPLAY_ROOT, variant="hostile")
    try:
        result = run_crawl(
            db_path, url, "-a", "urls=https://www.rfa.org/mandarin/trap/story_archive", "-a", "depth=12"
        )
    finally:
        server.shutdown()
    (stats,) = rows(db_path, "select stats from crawl_runs")[0]
    stats = json.loads(stats)
    assert stats["finish_reason"] == "finished"
    assert stats["rfa/skipped/depth_limit"] >= 1
    for skipped in ("not_http", "private_address", "not_rfa_article"):
        assert stats[f"rfa/skipped/{skipped}"] >= 12, skipped
    # 12 archive pages (depth 0..11), each article once despite a new session id on every page.
    assert rows(db_path, "select count(*) from raw_pages") == [(2,)]
    assert stats["downloader/request_count"] <= 12 + 1 + 2 + 1  # archive pages, depth 12, articles, robots
    assert not rows(db_path, "select url from article_urls where url like '%sess%' or url like '%SESS%'")
    assert "192.168.1.1" not in result.stderr and "127.0.0.1:8080" not in result.stderr  # never requested


def test_transient_faults_on_a_fifth_of_pages_lose_and_duplicate_nothing(tmp_path, crawled_db):
    db_path = tmp_path / "archive.db"
    server, url = start_in_thread(REPLAY_ROOT, fault_rate=0.2)
    try:
        run_crawl(db_path, url, "-a", "topic=xiami")
    finally:
        server.shutdown()
    expected = rows(crawled_db, "select url from articles order by url")
    assert rows(db_path, "select url from articles order by url") == expected
    assert rows(db_path, "select count(*) from fetch_errors where resolved_at is null") == [(0,)]
    (stats,) = rows(db_path, "select stats from crawl_runs")[0]
    assert json.loads(stats)["retry/count"] >= 1  # faults did happen, and were ridden out
    # archived pages that needed retries are on record, resolved (retried links to pages the
    # replay corpus does not hold end as 404s, which are not articles)
    resolved = rows(db_path, "select url from fetch_errors where resolved_at is not null")
    assert resolved and {url for (url,) in resolved} <= {url for (url,) in expected}
    assert rows(db_path, "select count(*) - count(distinct article_id) from article_versions") == [(0,)]
