"""Publication dates: each source in its order of trust (hand-made minimal pages, labelled)."""

from __future__ import annotations

import json

from pipelines.dates import find_published
from pipelines.html import parse_html
from tests.conftest import SEED_FILE, SEED_URL
from tests.eval.published import evaluate


def published(url: str, html: str, site_date: str | None = None):
    return find_published(parse_html(html), url, site_date)


def test_site_date_line_refined_by_the_url_stamp():
    result = published(SEED_URL, SEED_FILE.read_text("utf-8"), "2021-01-06")
    assert (result.value, result.source) == ("2021-01-06T11:38:11-05:00", "site+url")


def test_arc_fusion_content_dates_with_update():
    ans = {
        "display_date": "2024-05-02T10:00:00Z",
        "first_publish_date": "2024-05-01T21:30:00.000Z",
        "last_updated_date": "2024-05-03T08:00:00Z",
        "headlines": {"basic": "标题"},
        "content_elements": [{"type": "text", "content": "正文"}],
    }
    script = f"Fusion.globalContent = {json.dumps(ans)};Fusion.x=1;"
    html = f"<html><head><script>{script}</script></head><body><p>x</p></body></html>"
    result = published("https://www.rfa.org/mandarin/china/2024/05/02/story/", html)
    assert (result.value, result.source, result.updated) == (
        "2024-05-01T21:30:00+00:00",
        "arc",
        "2024-05-03T08:00:00+00:00",
    )


def test_json_ld_before_meta_before_url():
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2021-04-10T09:00:00+08:00"}</script>'
        '<meta property="article:published_time" content="2021-04-11T00:00:00+08:00">'
        "</head><body></body></html>"
    )
    assert published("https://x.invalid/2021/04/12/a/", html).value == "2021-04-10T09:00:00+08:00"


def test_a_page_whose_only_date_is_in_its_url():
    html = "<html><body><h1>標題</h1><p>沒有日期的正文。</p></body></html>"
    result = published("https://www.rfa.org/cantonese/news/2026/10/10/some-story/", html)
    assert (result.value, result.source) == ("2026-10-10", "url")


def test_visible_chinese_date_line_after_the_headline():
    html = (
        "<html><body><p>2019年1月1日 旧闻</p><h1>新标题</h1><div>2020-11-23 10:22:14 来源：快科技</div>"
        "<p>正文</p></body></html>"
    )
    result = find_published(parse_html(html), "https://x.invalid/a.htm", title="新标题")
    assert (result.value, result.source) == ("2020-11-23T10:22:14+08:00", "text")


def test_every_labelled_page_has_the_right_day():
    results = evaluate()
    wrong = [r for r in results if not r["ok"]]
    assert wrong == [] and len(results) >= 200
