"""`archive import`: mirrored articles (Jekyll posts, Markdown with front matter) into the archive."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

from tests.conftest import BIN, FIXTURES, ROOT, SEED_URL

MIRROR = FIXTURES / "mirror"
SEED_POST = MIRROR / "000_e765935a961253ff.txt"


def run_import(path, db_path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "archive"), "import", str(path), "--db", str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def scalar(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchone()[0]


def test_imported_seed_is_the_same_article_as_the_crawled_page(crawled_db, tmp_path):
    db_path = tmp_path / "archive.db"
    shutil.copy(crawled_db, db_path)
    articles, versions = (
        scalar(db_path, "select count(*) from articles"),
        scalar(db_path, "select count(*) from article_versions"),
    )
    result = run_import(SEED_POST, db_path)
    assert result.returncode == 0, result.stderr
    assert scalar(db_path, "select count(*) from articles") == articles
    assert scalar(db_path, "select count(*) from article_versions") == versions  # same text, same version
    assert scalar(db_path, "select count(*) from raw_pages where url = ? and via = 'mirror'", [SEED_URL]) == 1


def test_markdown_mirror_folder_imports_idempotently(tmp_path):
    db_path = tmp_path / "archive.db"
    first = run_import(MIRROR, db_path)
    assert "7 files: 7 imported, 0 failed" in first.stdout, first.stderr
    counts = [scalar(db_path, f"select count(*) from {t}") for t in ("articles", "raw_pages", "bylines")]
    run_import(MIRROR, db_path)
    assert [
        scalar(db_path, f"select count(*) from {t}") for t in ("articles", "raw_pages", "bylines")
    ] == counts
    with sqlite3.connect(db_path) as conn:
        row = conn.execute(
            "select a.title, a.published_at, a.script, a.section, a.via, b.name, b.role from articles a "
            "join bylines b on b.article_id = a.id where a.url like 'https://www.hkcnews.com/article/10022/%'"
        ).fetchone()
    assert row == (
        "【虐兒系列之四】雷張慎佳批政府講一套做一套\u3000「無方向、無方法、無政策、無對策」".replace(
            "\u3000", " "
        ),
        "2018-02-09",
        "Hant",
        "眾聞",
        "mirror",
        "葉潔明",
        "reporter",
    )


def test_malformed_front_matter_is_reported_and_the_rest_imported(tmp_path):
    folder = tmp_path / "posts"
    folder.mkdir()
    shutil.copy(MIRROR / "article_10022.md", folder)
    bad = folder / "broken.md"  # hand-made: a real post with its front matter broken
    bad.write_text((MIRROR / "article_12741.md").read_text("utf-8").replace('title: "', "title: [", 1))
    db_path = tmp_path / "archive.db"
    result = run_import(folder, db_path)
    assert "2 files: 1 imported, 1 failed" in result.stdout
    assert result.returncode == 1  # not everything was archived
    assert str(bad) in result.stderr and "front matter" in result.stderr
    assert scalar(db_path, "select count(*) from raw_pages where error like '%front matter%'") == 1


def test_file_in_an_undeclared_legacy_encoding_imports(tmp_path):
    # Hand-made: a real Traditional-Chinese post re-encoded as Big5-HKSCS, nothing declared.
    post = tmp_path / "big5.md"
    post.write_bytes((MIRROR / "article_20691.md").read_text("utf-8").encode("big5hkscs", errors="replace"))
    db_path = tmp_path / "archive.db"
    result = run_import(post, db_path)
    assert "1 imported" in result.stdout, result.stderr
    title = scalar(db_path, "select title from articles")
    assert title.startswith("華為創辦人任正非接受內媒訪問")
