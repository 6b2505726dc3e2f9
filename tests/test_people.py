"""Quoted people across the archive: stored quotes, people matched across scripts, Datasette views."""

from __future__ import annotations

import json
import sqlite3
import urllib.parse

from pipelines import store
from tests.conftest import SEED_URL, get_json


def query(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def test_seed_speakers_are_stored_and_the_reporter_is_not(crawled_db):
    rows = query(
        crawled_db,
        "select q.speaker, q.role from quotes q join articles a on a.id = q.article_id where a.url = ?",
        [SEED_URL],
    )
    named = {(r["speaker"], r["role"]) for r in rows if r["speaker"]}
    assert named == {("王在新", "付费用户"), ("张涛", "时事评论人士"), ("张胜其", "商人")}
    assert any(r["speaker"] is None and r["role"] == "粉丝" for r in rows)
    people = {r["id"]: r for r in query(crawled_db, "select * from people")}
    assert "乔龙" not in people and people["张胜其"]["quote_count"] >= 3


def page(url: str) -> dict:
    """Hand-made minimal stored page for a record (the record itself carries the content)."""
    return {
        "url": url,
        "status": 200,
        "headers": {},
        "body": url.encode(),
        "fetched_at": "2021-01-07T00:00:00+00:00",
    }


def record(url: str, speaker: str, role: str, text: str) -> dict:
    return {
        "url": url,
        "canonical_url": url,
        "title": "t",
        "body_text": text,
        "content_hash": url,
        "quotes": [
            {
                "speaker": speaker,
                "role": role,
                "text": text,
                "verb": "表示",
                "direct": False,
                "start": 0,
                "end": len(text),
            }
        ],
    }


def test_one_person_across_scripts(tmp_path):
    db = store.open_db(str(tmp_path / "archive.db"))
    store.store_page(
        db, page("https://a.invalid/1"), record("https://a.invalid/1", "马云", "阿里巴巴创始人", "创新")
    )
    store.store_page(
        db, page("https://b.invalid/2"), record("https://b.invalid/2", "馬雲", "阿里巴巴創辦人", "監管")
    )
    people = list(db["people"].rows)
    assert len(people) == 1 and people[0]["id"] == "马云"
    assert sorted(json.loads(people[0]["variants"])) == sorted(["马云", "馬雲"])
    assert sorted(json.loads(people[0]["roles"])) == sorted(["阿里巴巴创始人", "阿里巴巴創辦人"])
    assert people[0]["quote_count"] == 2 and people[0]["article_count"] == 2
    # Reprocessing an article without the quote updates the counts; the last quote removes the person.
    store.store_page(
        db, page("https://b.invalid/2"), {**record("https://b.invalid/2", "x", None, "y"), "quotes": []}
    )
    assert db["people"].get("马云")["quote_count"] == 1


def test_who_said_what_and_people_facets(explore_site):
    rows = get_json(
        f"{explore_site}/archive/who_said_what.json?_shape=array&person={urllib.parse.quote('張濤')}"
        "&topic=xiami&since=2021-01-01&until=2021-01-31"
    )
    assert rows and {r["speaker"] for r in rows} == {"张涛"} and rows[0]["url"] == SEED_URL
    data = get_json(f"{explore_site}/archive/people.json?_shape=objects")
    assert "roles" in data["facet_results"]
    assert data["rows"][0]["quote_count"] == max(r["quote_count"] for r in data["rows"])


def test_story_page_lists_its_speakers(explore_site):
    import urllib.request

    import lxml.html

    from pipelines.store import article_id

    html = urllib.request.urlopen(f"{explore_site}/archive/articles/{article_id(SEED_URL)}").read().decode()
    speakers = [li.text_content() for li in lxml.html.fromstring(html).cssselect(".story-quotes li")]
    assert any(s.startswith("王在新 (付费用户)") for s in speakers)
    assert any(s.startswith("(unnamed) (粉丝)") for s in speakers)
