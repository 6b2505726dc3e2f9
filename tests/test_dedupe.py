"""Near-duplicate groups: the same story republished elsewhere is linked, not merged."""

from __future__ import annotations

from pipelines import dedupe, store
from pipelines.process import process_file
from tests.conftest import FIXTURES

SEED = process_file(FIXTURES / "mirror" / "000_e765935a961253ff.txt")
OTHER = process_file(FIXTURES / "mirror" / "article_20691.md")


def republished(record: dict, url: str, edit: str = "") -> dict:
    """Hand-made republication of a real article: another URL, a new first line, same story."""
    body = edit + record["body_text"]
    return {
        **record,
        "url": url,
        "canonical_url": url,
        "body_text": body,
        "content_hash": url,
        "quotes": [],
        "date_mentions": [],
    }


def save(db, record: dict) -> str:
    page = {
        "url": record["url"],
        "status": 200,
        "headers": {},
        "body": record["url"].encode(),
        "fetched_at": "2021-01-07T00:00:00+00:00",
    }
    return store.store_page(db, page, record)


def test_similarity_survives_script_and_small_edits():
    stored = dedupe.to_bytes(dedupe.signature(SEED["body_text"]))
    assert dedupe.similarity(dedupe.from_bytes(stored), dedupe.signature(SEED["body_text"])) == 1.0
    edited = "（本台综合报道）" + SEED["body_text"][:-40]
    assert dedupe.similarity(dedupe.signature(edited), dedupe.signature(SEED["body_text"])) > 0.85
    assert dedupe.similarity(dedupe.signature(OTHER["body_text"]), dedupe.signature(SEED["body_text"])) < 0.1


def test_republished_story_joins_a_group_and_others_do_not(tmp_path):
    db = store.open_db(str(tmp_path / "archive.db"))
    a = save(db, republished(SEED, "https://www.rfa.org/a.html"))
    b = save(db, republished(SEED, "https://www.voachinese.com/a/b-20210106/1.html", "美国之音转载。"))
    c = save(db, republished(OTHER, "https://www.dw.com/zh/c/a-1"))
    groups = {row["article_id"]: row["group_id"] for row in db["duplicate_groups"].rows}
    assert groups[a] == groups[b] == min(a, b) and c not in groups
    assert db["articles"].count == 3  # linked, not merged
    pair = db.execute("select similarity from near_duplicates where article_id = ? and other_id = ?", [a, b])
    assert pair.fetchone()[0] > 0.9
    d = save(db, republished(SEED, "https://www.bbc.com/zhongwen/simp/d-1", "BBC："))
    assert {row["group_id"] for row in db["duplicate_groups"].rows} == {min(a, b, d)}
