"""A crawl killed with SIGKILL half-way and started again ends with the same archive as one run."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

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


def test_an_archive_killed_mid_checkpoint_is_read_through_its_wal(tmp_path):
    """A kill during a checkpoint leaves the main file with some of the last commit's pages and the
    WAL with all of them; together they are sound, and the next crawl must open them, not refuse them
    as damaged (reading the main file alone would see a half-written tree). Built by hand: half of the
    WAL's frames copied into the file, as a checkpoint cut short would."""
    from pipelines.store import check_archive

    source = tmp_path / "live.db"
    live = sqlite3.connect(source, isolation_level=None)
    live.execute("pragma journal_mode=wal")
    live.execute("pragma wal_autocheckpoint=0")
    live.execute("create table t (id integer primary key, x text)")
    live.executemany("insert into t (x) values (?)", [(f"{i:05d}" * 20,) for i in range(3000)])
    live.execute("pragma wal_checkpoint(truncate)")
    live.execute("update t set x = x || x where id % 2 = 0")  # one commit touching most pages
    crashed = tmp_path / "crashed.db"
    for suffix in ("", "-wal"):
        shutil.copy(f"{source}{suffix}", f"{crashed}{suffix}")
    live.close()
    wal = Path(f"{crashed}-wal").read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    frames = [
        wal[32 + n * (24 + page_size) : 32 + (n + 1) * (24 + page_size)]
        for n in range((len(wal) - 32) // (24 + page_size))
    ]
    assert len(frames) > 20
    with crashed.open("r+b") as main:
        for frame in frames[: len(frames) // 2]:  # the checkpoint was cut short half-way
            main.seek((int.from_bytes(frame[:4], "big") - 1) * page_size)
            main.write(frame[24:])
    check_archive(crashed)
    with sqlite3.connect(crashed) as db:
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert db.execute("select count(*) from t where length(x) = 200").fetchone()[0] == 1500
