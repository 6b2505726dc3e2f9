"""Crawls through the real Scrapy engine over HTTP against the replay site, asserting on archive.db."""

from __future__ import annotations

import json
import shutil
import sqlite3

import lxml.html

from crawler.replay_server import start_in_thread
from tests.conftest import REPLAY_ROOT, SEED_FILE, SEED_URL, run_crawl

SEED_FIRST_PARAGRAPH = (
    "中国电商巨头阿里巴巴旗下的“虾米音乐”近日宣布，虾米音乐播放器业务将于今年2月5日正式关停。"
    "面对当局的政策性整肃，此举凸显阿里巴巴正消减网络业务。"
)
RELATED_URLS = {
    "https://www.rfa.org/mandarin/Xinwen/7-12312020114645.html",
    "https://www.rfa.org/mandarin/Xinwen/5-12262020105342.html",
    "https://www.rfa.org/mandarin/yataibaodao/jingmao/ql2-12242020023044.html",
    "https://www.rfa.org/mandarin/yataibaodao/jingmao/hc-12162020155901.html",
    "https://www.rfa.org/mandarin/yataibaodao/jingmao/hj-12142020135230.html",
}


def query(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


def seed_article(db_path) -> dict:
    rows = query(db_path, "select * from articles where url = ?", [SEED_URL])
    assert len(rows) == 1
    return rows[0]


def rebuilt_chrome_texts() -> list[str]:
    """Text of the hand-rebuilt page furniture of the seed page (nav, sidebar, footer, related...)."""
    tree = lxml.html.parse(str(SEED_FILE)).getroot()
    selectors = (
        "#topbar, #header, #portal-globalnav, #breadcrumbs, #sharebar, #sidebar, #footer, #related-stories"
    )
    texts = []
    for element in tree.cssselect(selectors):
        for line in element.text_content().split("\n"):
            if len(line.strip()) >= 4:
                texts.append(line.strip())
    assert len(texts) > 10
    return texts


def test_seed_article_title_date_and_byline(crawled_db):
    article = seed_article(crawled_db)
    assert article["title"] == "阿里收缩网络业务 虾米音乐宣布将关停"
    assert article["published_at"].startswith("2021-01-06")
    assert article["source"] == "rfa" and article["lang"] == "mandarin"
    bylines = query(crawled_db, "select name, role from bylines where article_id = ?", [article["id"]])
    assert sorted((b["role"], b["name"]) for b in bylines) == [
        ("editor", "何平"),
        ("editor", "胡力汉"),
        ("reporter", "乔龙"),
        ("web_editor", "瑞哲"),
    ]


def test_byline_is_not_part_of_body(crawled_db):
    article = seed_article(crawled_db)
    assert article["body_text"].startswith(SEED_FIRST_PARAGRAPH)
    assert article["body_text"].endswith("约1100万用户。")
    assert "记者" not in article["body_text"] and "乔龙" not in article["body_text"]
    assert article["byline_raw"].startswith("记者：乔龙")


def test_body_holds_no_rebuilt_page_furniture(crawled_db):
    body = seed_article(crawled_db)["body_text"]
    leaked = [text for text in rebuilt_chrome_texts() if text in body]
    assert leaked == []
    for related_title in ("中国银保监会建议所有互联网平台自查并整改", "中国反垄断的“大刀”砍向科技巨头"):
        assert related_title not in body


def test_images_and_captions_go_to_images_not_body(crawled_db):
    article = seed_article(crawled_db)
    images = query(crawled_db, "select * from images where article_id = ? order by position", [article["id"]])
    assert [image["caption"] for image in images] == [
        "虾米音乐发通告，产品下架，停止注册。（网络图片）",
        "中国电商巨头阿里巴巴旗下的“虾米音乐”。（网络图片）",
    ]
    assert all(image["src"].startswith("https://www.rfa.org/") for image in images)
    assert "网络图片" not in article["body_text"]


def test_related_links_are_recorded(crawled_db):
    article = seed_article(crawled_db)
    links = query(
        crawled_db, "select url, anchor from links where article_id = ? and related = 1", [article["id"]]
    )
    assert {link["url"] for link in links} == RELATED_URLS
    assert any(link["anchor"] == "阿里巴巴股价暴跌 网民：马云反正对钱没兴趣" for link in links)


def test_crawl_follows_related_links_and_archives_with_real_urls(crawled_db):
    urls = {row["url"] for row in query(crawled_db, "select url from articles")}
    assert RELATED_URLS | {SEED_URL} <= urls
    raw_urls = {row["url"] for row in query(crawled_db, "select url from raw_pages")}
    assert all(url.startswith("https://www.rfa.org/") for url in raw_urls), raw_urls
    stats = query(crawled_db, "select spider, args, finish_reason, items from crawl_runs")
    assert stats[0]["spider"] == "rfa" and stats[0]["finish_reason"] == "finished"
    assert '"topic": "xiami"' in stats[0]["args"]


def test_raw_page_is_kept_compressed(crawled_db):
    import zlib

    row = query(crawled_db, "select body, size from raw_pages where url = ?", [SEED_URL])[0]
    assert zlib.decompress(row["body"]) == SEED_FILE.read_bytes()
    assert len(row["body"]) < row["size"]


def test_depth_limit_stops_following(tmp_path, replay_url):
    db_path = tmp_path / "archive.db"
    run_crawl(db_path, replay_url, "-a", f"urls={SEED_URL}", "-a", "depth=0")
    assert [row["url"] for row in query(db_path, "select url from articles")] == [SEED_URL]


def test_second_identical_crawl_adds_only_a_run(tmp_path, replay_url):
    db_path = tmp_path / "archive.db"
    tables = ("articles", "article_versions", "links", "images", "bylines", "raw_pages", "topics")
    run_crawl(db_path, replay_url, "-a", "topic=xiami")
    before = {t: query(db_path, f"select count(*) as n from {t}")[0]["n"] for t in tables}
    run_crawl(db_path, replay_url, "-a", "topic=xiami")
    after = {t: query(db_path, f"select count(*) as n from {t}")[0]["n"] for t in tables}
    assert after == before
    assert before["articles"] >= 6
    runs = query(db_path, "select stats from crawl_runs order by id")
    assert len(runs) == 2
    # The second run downloads no unchanged article: conditional requests answered 304.
    second = json.loads(runs[1]["stats"])
    assert second["downloader/response_status_count/304"] == before["articles"]
    assert second["archive/not_modified"] == before["articles"]
    assert second["item_scraped_count"] == json.loads(runs[0]["stats"])["item_scraped_count"]


def test_article_that_now_answers_404_is_marked_removed_and_keeps_its_versions(tmp_path):
    root = tmp_path / "replay"
    folder = root / "www.rfa.org/mandarin/yataibaodao/meiti"
    folder.mkdir(parents=True)
    shutil.copy(SEED_FILE, folder / SEED_FILE.name)
    db_path = tmp_path / "archive.db"
    server, url = start_in_thread(root)
    try:
        run_crawl(db_path, url, "-a", f"urls={SEED_URL}", "-a", "depth=0")
        (folder / f"{SEED_FILE.name}.meta.json").write_text('{"status": 404}')  # hand-made: the page is gone
        run_crawl(db_path, url, "-a", f"urls={SEED_URL}", "-a", "depth=0")
    finally:
        server.shutdown()
    article = query(db_path, "select id, status, removed_at, body_text from articles")[0]
    assert article["status"] == "removed" and article["removed_at"]
    assert article["body_text"].startswith(SEED_FIRST_PARAGRAPH)
    assert query(db_path, "select count(*) as n from article_versions")[0]["n"] == 1


def test_failed_extraction_is_recorded_and_crawl_goes_on(tmp_path):
    # Hand-made fixture: the seed page plus a broken page (no article in it) in a scratch replay root.
    root = tmp_path / "replay"
    folder = root / "www.rfa.org/mandarin/yataibaodao/meiti"
    folder.mkdir(parents=True)
    shutil.copy(SEED_FILE, folder / SEED_FILE.name)
    broken_url = "https://www.rfa.org/mandarin/yataibaodao/meiti/broken-01072021000000.html"
    (folder / "broken-01072021000000.html").write_bytes(b"\x00\x01\x02 not a page \xff\xfe")
    server, url = start_in_thread(root)
    try:
        db_path = tmp_path / "archive.db"
        run_crawl(db_path, url, "-a", f"urls={broken_url},{SEED_URL}", "-a", "depth=0")
    finally:
        server.shutdown()
    failed = query(db_path, "select url, error, article_id from raw_pages where url = ?", [broken_url])
    assert len(failed) == 1 and failed[0]["error"] and failed[0]["article_id"] is None
    assert [row["url"] for row in query(db_path, "select url from articles")] == [SEED_URL]


def test_replay_root_has_the_v1_corpus():
    pages = [p for p in REPLAY_ROOT.rglob("*") if p.is_file() and p.suffix != ".md"]
    assert len(pages) >= 8


def test_story_moved_to_a_new_url_stays_one_article_with_every_url(tmp_path):
    # Hand-made: the legacy page first; later the legacy URL redirects (301) to a new-style URL.
    root = tmp_path / "replay"
    legacy = root / "www.rfa.org/mandarin/yataibaodao/meiti" / SEED_FILE.name
    legacy.parent.mkdir(parents=True)
    shutil.copy(SEED_FILE, legacy)
    new_url = "https://www.rfa.org/mandarin/news/china/2021/01/06/xiami-shutdown/"
    db_path = tmp_path / "archive.db"
    server, url = start_in_thread(root)
    try:
        run_crawl(db_path, url, "-a", f"urls={SEED_URL}", "-a", "depth=0")
        moved = root / "www.rfa.org/mandarin/news/china/2021/01/06/xiami-shutdown/index.html"
        moved.parent.mkdir(parents=True)
        shutil.move(legacy, moved)
        legacy.write_text("")
        (legacy.parent / f"{legacy.name}.meta.json").write_text(
            json.dumps({"status": 301, "headers": {"Location": new_url}})
        )
        run_crawl(db_path, url, "-a", f"urls={SEED_URL}", "-a", "depth=0")
    finally:
        server.shutdown()
    assert query(db_path, "select count(*) as n from articles")[0]["n"] == 1
    urls = {(r["url"], r["kind"]) for r in query(db_path, "select url, kind from article_urls")}
    assert (SEED_URL, "fetched") in urls and (new_url, "fetched") in urls
    assert query(db_path, "select url from raw_pages where url = ?", [new_url])


def test_recrawl_of_the_site_later_records_the_edit_and_the_removal(tmp_path):
    db_path = tmp_path / "archive.db"
    server, url = start_in_thread(REPLAY_ROOT)
    later, later_url = start_in_thread(REPLAY_ROOT, variant="later")
    try:
        run_crawl(db_path, url, "-a", "topic=xiami")
        run_crawl(db_path, later_url, "-a", "topic=xiami")
    finally:
        server.shutdown()
        later.shutdown()
    versions = {
        r["url"]: r["n"]
        for r in query(
            db_path,
            "select a.url, count(*) as n from article_versions v"
            " join articles a on a.id = v.article_id group by a.url",
        )
    }
    edited = "https://www.rfa.org/mandarin/Xinwen/7-12312020114645.html"
    removed = "https://www.rfa.org/mandarin/yataibaodao/jingmao/hc-12162020155901.html"
    assert versions[edited] == 2 and all(n == 1 for u, n in versions.items() if u != edited)
    status = {r["url"]: r["status"] for r in query(db_path, "select url, status from articles")}
    assert status[removed] == "removed" and status[edited] == "live" and status[SEED_URL] == "live"
    second = json.loads(query(db_path, "select stats from crawl_runs order by id desc limit 1")[0]["stats"])
    assert second["archive/not_modified"] == 4  # the four unchanged articles were not downloaded again
