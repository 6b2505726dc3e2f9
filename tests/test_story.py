"""Story pages, canned queries and charts through a real Datasette process (HTML over HTTP)."""

from __future__ import annotations

import urllib.parse
import urllib.request

import lxml.html

from pipelines.store import article_id
from tests.conftest import SEED_URL, XSS_URL, get_json


def page(url: str) -> lxml.html.HtmlElement:
    with urllib.request.urlopen(url, timeout=10) as response:
        return lxml.html.fromstring(response.read().decode("utf-8"))


def test_story_page_reads_like_a_story(explore_site):
    tree = page(f"{explore_site}/archive/articles/{article_id(SEED_URL)}")
    assert tree.cssselect("h1.story-title")[0].text_content() == "阿里收缩网络业务 虾米音乐宣布将关停"
    byline = tree.cssselect(".story-byline")[0].text_content()
    assert "乔龙" in byline and "胡力汉" in byline and "瑞哲" in byline
    body = tree.cssselect(".story-body")[0].text_content()
    assert "虾米音乐的付费用户王在新" in body
    captions = [li.text_content() for li in tree.cssselect(".story-images li")]
    assert any("虾米音乐发通告，产品下架，停止注册" in c for c in captions)
    hrefs = [a.get("href") for a in tree.cssselect(".story-links a")]
    assert SEED_URL in hrefs and any(h.startswith("https://web.archive.org/web/") for h in hrefs)
    assert tree.cssselect(".story-versions li")
    assert not tree.cssselect(".story-body img")  # nothing loads from outside the archive


def test_hostile_page_renders_inert(explore_site):
    html = urllib.request.urlopen(f"{explore_site}/archive/articles/{article_id(XSS_URL)}").read().decode()
    story = html[html.index('<article class="story"') : html.index("</article>")]
    assert "这是一个手工制作的测试页面" in story
    for payload in ("pwned", "onerror", "onmouseover", "onload", "javascript:", "<script", "<iframe"):
        assert payload not in story, payload


def test_canned_queries_topic_range_and_history(explore_site):
    rows = get_json(
        f"{explore_site}/archive/articles_by_topic.json?_shape=array&topic=alibaba-antitrust"
        "&since=2020-12-15&until=2020-12-31"
    )
    days = [row["published"] for row in rows]
    assert days and all("2020-12-15" <= day <= "2020-12-31" for day in days)
    history = get_json(
        f"{explore_site}/archive/article_history.json?_shape=array&article={urllib.parse.quote(SEED_URL)}"
    )
    assert len(history) == 1 and history[0]["status"] == "live"


def test_weekly_chart_is_drawn(explore_site):
    tree = page(f"{explore_site}/charts")
    bars = tree.cssselect("svg.chart rect")
    assert len(bars) >= 3
    weekly = get_json(f"{explore_site}/archive/articles_per_week.json?_shape=array")
    assert sum(row["n"] for row in weekly) == 7  # six replay articles and the test page


def test_timeline_of_a_topic(explore_site):
    rows = get_json(f"{explore_site}/archive/timeline.json?_shape=array&topic=xiami&_size=max")
    seed_dates = {(r["surface"], r["value_start"]) for r in rows if r["url"] == SEED_URL}
    assert {
        ("本周二", "2021-01-05"),
        ("2021年3月5日0点", "2021-03-05T00:00"),
        ("2015年3月", "2015-03"),
    } <= seed_dates
    closing = next(r for r in rows if r["surface"] == "2021年3月5日0点")
    assert closing["sentence"].startswith("2021年3月5日0点后，除网页端音乐人授权服务维持运营")
    tree = page(f"{explore_site}/timeline?topic=xiami")
    marks = tree.cssselect("svg.timeline a")
    assert len(marks) == len([r for r in rows if r["value_start"]])
    assert all(a.get("href").startswith("/archive/articles/") for a in marks)


def test_story_lists_dates_mentioned(explore_site):
    tree = page(f"{explore_site}/archive/articles/{article_id(SEED_URL)}")
    items = [li.text_content() for li in tree.cssselect(".story-dates li")]
    assert any("去年11月上旬 → 2020-11-01 – 2020-11-10" in item for item in items)
