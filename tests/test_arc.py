"""RFA's Arc XP generation: the story from `Fusion.globalContent` (ANS), crawled over the replay site."""

from __future__ import annotations

import sqlite3

from pipelines.embedded import from_arc_ans
from pipelines.process import process_html
from pipelines.sites import EMBEDDED_PROFILES
from tests.conftest import run_crawl

ARC_URL = "https://www.rfa.org/cantonese/news/china/2021/08/09/alibaba-assault-case/"


def test_ans_elements_become_story_parts():
    # Hand-made minimal ANS: text, header, image with caption, and a raw_html embed with a script.
    ans = (
        'Fusion.globalContent = {"headlines": {"basic": "標題"}, '
        '"first_publish_date": "2024-05-01T21:30:00Z", '
        '"credits": {"by": [{"name": "記者甲"}]}, "content_elements": ['
        '{"type": "text", "content": "第一段<b>重點</b>。"}, {"type": "header", "content": "小標題"}, '
        '{"type": "image", "url": "https://www.rfa.org/a.jpg", "caption": "圖片說明"}, '
        '{"type": "raw_html", "content": "<script>x()</script>廣告"}]};'
    )
    document = from_arc_ans(f"<html><script>{ans}</script></html>")
    record = process_html(
        "https://www.rfa.org/cantonese/a/2024/05/01/x/",
        document.html,
        profile=EMBEDDED_PROFILES[document.kind],
    )
    assert record["title"] == "標題" and record["body_text"] == "第一段重點。\n小標題"
    assert record["images"][0]["caption"] == "圖片說明" and "廣告" not in record["body_text"]
    assert record["bylines"] == [{"name": "記者甲", "role": "author"}]


def test_cantonese_arc_page_crawled_and_tagged_by_a_simplified_topic(tmp_path, replay_url):
    db_path = tmp_path / "archive.db"
    run_crawl(db_path, replay_url, "-a", f"urls={ARC_URL}", "-a", "depth=0")
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        article = dict(conn.execute("select * from articles").fetchone())
        topics = [r["topic"] for r in conn.execute("select topic from topics")]
    assert article["url"] == ARC_URL and article["lang"] == "cantonese" and article["script"] == "Hant"
    assert article["extraction_method"] == "site:arc-ans" and article["published_source"] == "arc-ans"
    assert article["published_at"] == "2021-08-09T10:05:00+00:00"
    assert article["updated_at"] == "2021-08-09T12:40:00+00:00" and article["section"] == "中國"
    assert article["body_text"].startswith("阿里巴巴女員工控訴被灌醉後")
    assert "trackEmbed" not in article["body_text"] and "最多人閱讀" not in article["body_text"]
    assert topics == ["alibaba-antitrust"]


def test_story_moved_to_arc_is_one_article_under_all_its_urls(tmp_path):
    from crawler.replay_server import start_in_thread
    from tests.conftest import REPLAY_ROOT, SEED_URL

    new_url = "https://www.rfa.org/mandarin/news/china/2021/01/06/xiami-shutdown/"
    amp_url = "https://www.rfa.org/mandarin/news/china/2021/01/06/xiami-shutdown-amp/"
    db_path = tmp_path / "archive.db"
    legacy, legacy_url = start_in_thread(REPLAY_ROOT)
    arc, arc_url = start_in_thread(REPLAY_ROOT, variant="arc")
    try:
        run_crawl(db_path, legacy_url, "-a", f"urls={SEED_URL}", "-a", "depth=0")
        run_crawl(db_path, arc_url, "-a", f"urls={SEED_URL},{amp_url}", "-a", "depth=0")
    finally:
        legacy.shutdown()
        arc.shutdown()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 1
        urls = {row[0] for row in conn.execute("select url from article_urls")}
        external = conn.execute("select external_id, extraction_method from articles").fetchone()
        versions = conn.execute("select count(*) from article_versions").fetchone()[0]
    assert {SEED_URL, new_url, amp_url} <= urls
    assert external == ("arc:RFAXIAMI20210106SEED", "site:arc-ans")
    assert versions == 1  # the same words on the new platform are the same version
