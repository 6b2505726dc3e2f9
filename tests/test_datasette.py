"""Datasette started as a real process over a crawled archive.db, queried over HTTP."""

from __future__ import annotations

import shutil
import urllib.request

import pytest

from tests.conftest import SEED_URL, datasette_server, get_json


@pytest.fixture(scope="module")
def datasette(crawled_db, tmp_path_factory):
    db_path = tmp_path_factory.mktemp("serve") / "archive.db"
    shutil.copy(crawled_db, db_path)
    with datasette_server(db_path) as base:
        yield base


def test_json_api_returns_the_seed_article(datasette):
    rows = get_json(f"{datasette}/archive/articles.json?_shape=array&url={SEED_URL}")
    assert len(rows) == 1
    assert rows[0]["title"] == "阿里收缩网络业务 虾米音乐宣布将关停"
    assert rows[0]["published_at"].startswith("2021-01-06")


def test_articles_sorted_newest_first_with_default_facets(datasette):
    data = get_json(f"{datasette}/archive/articles.json?_shape=objects")
    dates = [row["published_at"] for row in data["rows"]]
    assert dates == sorted(dates, reverse=True) and len(dates) >= 6
    assert {"source", "section", "published_month"} <= set(data["facet_results"])


def test_metadata_describes_every_table_and_column(datasette, crawled_db):
    import sqlite3

    metadata = get_json(f"{datasette}/-/metadata.json")
    assert metadata["title"] == "Chinese News Archive"
    described = metadata["databases"]["archive"]["tables"]
    with sqlite3.connect(crawled_db) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            if table.startswith("sqlite_") or table.startswith("articles_search_"):
                continue  # SQLite internals and FTS5 shadow tables
            assert described[table]["description"], table
            columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
            assert set(columns) <= set(described[table]["columns"]), table


def get_text(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def test_home_page_tells_what_the_archive_holds(datasette):
    html = get_text(f"{datasette}/")
    assert "What the archive holds" in html
    assert "2020-12-14" in html and "2021-01-06" in html  # date span of the replay crawl
    assert ">rfa<" in html and ">xiami<" in html
