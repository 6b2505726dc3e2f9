"""`archive reprocess`: re-extract stored raw pages offline and update derived data in place."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

from tests.conftest import BIN, ROOT, SEED_URL


def run_archive(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "archive"), *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_reprocess_restores_derived_data_and_reports_changes(crawled_db, tmp_path):
    db_path = tmp_path / "archive.db"
    shutil.copy(crawled_db, db_path)
    with sqlite3.connect(db_path) as conn:
        # Simulate an older extractor: a body with boilerplate, a lost byline, a stale hash.
        conn.execute("update articles set body_text = 'old', content_hash = 'old' where url = ?", [SEED_URL])
        conn.execute("delete from bylines")
        pages = conn.execute("select count(*) from raw_pages where status = 200").fetchone()[0]
    result = run_archive("reprocess", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert f"{pages} pages: 1 changed, {pages - 1} unchanged" in result.stdout
    with sqlite3.connect(db_path) as conn:
        body = conn.execute("select body_text from articles where url = ?", [SEED_URL]).fetchone()[0]
        assert body.startswith("中国电商巨头阿里巴巴")
        assert conn.execute("select count(*) from bylines where name = '乔龙'").fetchone()[0] == 1
        lang, topic = conn.execute("select lang, topic from articles where url = ?", [SEED_URL]).fetchone()
        assert (lang, topic) == ("mandarin", "xiami")  # what only the crawl knew survives
    again = run_archive("reprocess", "--db", str(db_path))
    assert f"{pages} pages: 0 changed, {pages} unchanged" in again.stdout


def test_reprocess_without_archive_is_a_clear_error(tmp_path):
    result = run_archive("reprocess", "--db", str(tmp_path / "missing.db"))
    assert result.returncode != 0 and "missing.db" in result.stderr
