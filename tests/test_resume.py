"""A crawl killed with SIGKILL half-way and started again ends with the same archive as one run."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time

from crawler.replay_server import start_in_thread
from tests.conftest import BIN, REPLAY_ROOT, ROOT, run_crawl
from tests.fixtures.bulk_site import make_bulk_site


def article_urls(db_path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return sorted(row[0] for row in conn.execute("select url from articles"))


def stored_pages(db_path) -> int:
    try:
        with sqlite3.connect(db_path, timeout=1) as conn:
            return conn.execute("select count(*) from raw_pages").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_then_resume_gives_the_uninterrupted_article_set(tmp_path, crawled_db):
    expected = article_urls(crawled_db)
    db_path, jobdir = tmp_path / "archive.db", tmp_path / "job"
    server, url = start_in_thread(REPLAY_ROOT, delay=0.4)  # slow site, so there is a half-way
    try:
        command = [
            str(BIN / "scrapy"),
            "crawl",
            "rfa",
            "-a",
            "topic=xiami",
            "-s",
            f"JOBDIR={jobdir}",
            "-s",
            f"ARCHIVE_DB={db_path}",
            "-s",
            f"REPLAY_URL={url}",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            "DOWNLOAD_DELAY=0",
        ]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while stored_pages(db_path) < 2 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        interrupted = article_urls(db_path)
        assert 2 <= len(interrupted) < len(expected)  # killed half-way
        run_crawl(db_path, url, "-a", "topic=xiami", "-s", f"JOBDIR={jobdir}")
    finally:
        server.shutdown()
    assert article_urls(db_path) == expected
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        versions = conn.execute("select count(*) from article_versions").fetchone()[0]
        pages = conn.execute("select count(distinct url), count(*) from raw_pages").fetchone()
    assert versions == len(expected) and pages[0] == pages[1]  # nothing duplicated


def test_ten_sigkills_at_random_moments_never_corrupt_and_the_resumed_crawl_is_complete(tmp_path):
    """Ten SIGKILLs in a row, each at a random moment (after a random number of newly stored
    pages plus a random fraction of a second, so some land mid-transaction); after each the
    archive passes integrity_check with nothing duplicated, and the last run completes it."""
    urls = make_bulk_site(tmp_path / "site", 150)
    db_path, jobdir = tmp_path / "archive.db", tmp_path / "job"
    chance = random.Random(20211231)
    server, url = start_in_thread(tmp_path / "site", delay=0.02)
    command = [
        str(BIN / "scrapy"), "crawl", "rfa", "-a", "discover=sitemap", "-s", f"JOBDIR={jobdir}",
        "-s", f"ARCHIVE_DB={db_path}", "-s", f"REPLAY_URL={url}",
        "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
    ]  # fmt: skip
    kill_points = []
    try:
        for _ in range(10):
            target = stored_pages(db_path) + chance.randint(1, 10)
            process = subprocess.Popen(
                command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            deadline = time.monotonic() + 120
            while stored_pages(db_path) < target and time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.02)
            time.sleep(chance.uniform(0, 0.25))
            assert process.poll() is None, "the crawl finished before it could be killed"
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
            kill_points.append(stored_pages(db_path))
            assert_sound_and_unduplicated(db_path)
        run_crawl(db_path, url, "-a", "discover=sitemap", "-s", f"JOBDIR={jobdir}")
    finally:
        server.shutdown()
    assert len(set(kill_points)) >= 8 and kill_points[-1] < len(urls)  # different points, half-way
    assert article_urls(db_path) == sorted(urls)
    assert_sound_and_unduplicated(db_path)


def assert_sound_and_unduplicated(db_path) -> None:
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        for sql in (
            "select count(*) - count(distinct url) from articles",
            "select count(*) - count(distinct url || body_sha256) from raw_pages",
            "select count(*) - count(distinct article_id || content_hash) from article_versions",
            "select count(*) - count(distinct rowid) from articles_search",
        ):
            assert conn.execute(sql).fetchone()[0] == 0, sql
