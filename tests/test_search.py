"""Chinese full-text search: 2-character words, unspaced phrases, either script; sqlite3-readable."""

from __future__ import annotations

import sqlite3
import subprocess
import urllib.parse
import urllib.request

import pytest

from pipelines.search import fts_query, search_tokens
from tests.conftest import SEED_URL, get_json
from tests.test_datasette import datasette  # noqa: F401 (fixture)


def test_index_form_is_normalised_bigrams():
    assert search_tokens("馬雲創辦") == "马云 云创 创办"
    assert search_tokens("88会员的VIP") == "88 会员 员的 vip"
    assert fts_query("虾米音乐关停") == '"虾米 米音 音乐 乐关 关停"'
    assert fts_query("馬雲 阿里") == '"马云" "阿里"'


def articles_containing(db_path, text: str) -> set[str]:
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("select url, title, body_text from articles").fetchall()
    from pipelines.normalise import to_simplified

    return {url for url, title, body in rows if to_simplified(text) in to_simplified(title + "\n" + body)}


@pytest.mark.parametrize(
    "query", ["马云", "虾米", "阿里", "虾米音乐关停", "阿里巴巴", "馬雲", "反垄断", "蚂蚁集团"]
)
def test_stock_sqlite3_search_finds_every_article_containing_the_query(crawled_db, query):
    expected = articles_containing(crawled_db, query)
    sql = (
        "select a.url from articles a where a.rowid in "
        f"(select rowid from articles_search where articles_search match '{fts_query(query)}')"
    )
    result = subprocess.run(["sqlite3", str(crawled_db), sql], capture_output=True, text=True, check=True)
    assert set(result.stdout.split()) == expected


def test_search_box_json_api_script_insensitive(datasette, crawled_db):  # noqa: F811
    def search(q: str) -> set[str]:
        url = f"{datasette}/archive/articles.json?_shape=array&_search={urllib.parse.quote(q)}"
        return {row["url"] for row in get_json(url)}

    assert SEED_URL in search("虾米")
    assert search("馬雲") == search("马云") == articles_containing(crawled_db, "马云")
    assert len(search("马云")) >= 2
    assert SEED_URL in search("虾米音乐") and search("虾米音乐关停") <= search("虾米音乐")


def test_canned_search_query_ranks_and_highlights(datasette):  # noqa: F811
    url = f"{datasette}/archive/search.json?_shape=array&q={urllib.parse.quote('虾米音乐')}"
    rows = get_json(url)
    assert rows[0]["url"] == SEED_URL  # the story about Xiami ranks first
    assert "【虾米音乐】" in rows[0]["snippet"]
    html = (
        urllib.request.urlopen(f"{datasette}/archive/search?q={urllib.parse.quote('馬雲')}").read().decode()
    )
    assert "<mark>马云</mark>" in html
