"""Processing functions and `archive extract`, on real article text (the seed, the corpus)."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from pipelines.byline import parse_byline, split_byline
from pipelines.dates import date_from_url
from pipelines.decode import decode_html
from pipelines.extract import sanitise_html
from pipelines.process import process_page
from tests.conftest import BIN, FIXTURES, ROOT, SEED_FILE, SEED_URL

SEED_MIRROR = FIXTURES / "mirror" / "000_e765935a961253ff.txt"


def seed_as(encoding: str, declared: str | None) -> bytes:
    """The seed page re-encoded (hand-made variant of a real page) with a given declaration."""
    html = SEED_FILE.read_text("utf-8")
    meta = f'<meta charset="{declared}">' if declared else ""
    html, replaced = re.subn(r"<meta charset=[^>]*>", meta, html)
    assert replaced == 1
    return html.encode(encoding, errors="xmlcharrefreplace")  # » and © are not in GBK


def test_seed_byline_split_by_role():
    entries = parse_byline("记者：乔龙 责编：胡力汉、何平   网编 瑞哲")
    assert [(e.role, e.name) for e in entries] == [
        ("reporter", "乔龙"),
        ("editor", "胡力汉"),
        ("editor", "何平"),
        ("web_editor", "瑞哲"),
    ]


def test_byline_label_inside_a_name_is_not_a_new_role():
    assert [(e.role, e.name) for e in parse_byline("記者：中國組記者翁維愷")] == [
        ("reporter", "中國組記者翁維愷")
    ]


def test_story_sentence_starting_with_reporter_word_stays_in_body():
    paragraphs = ["第一段。", "记者了解到，这家公司已经停止运营，员工都被遣散了。"]
    assert split_byline(paragraphs) == (paragraphs, None, [])


@pytest.mark.parametrize("encoding,declared", [("gb18030", "gb2312"), ("gbk", "gbk"), ("gb18030", None)])
def test_gbk_pages_decode_without_mojibake(encoding, declared):
    text, used = decode_html(seed_as(encoding, declared))
    assert "虾米音乐的付费用户王在新" in text
    assert used == "gb18030"


def test_valid_utf8_wins_over_a_wrong_declaration():
    # Real page from ../shared/corpus: declares GB2312 but its bytes are UTF-8.
    body = (FIXTURES / "gne" / "people-1.html").read_bytes()
    text, used = decode_html(body, "text/html; charset=gb2312")
    assert used == "utf-8"
    assert "\ufffd" not in text


def test_gb2312_declared_page_extracts_like_the_utf8_one():
    utf8 = process_page(SEED_URL, SEED_FILE.read_bytes())
    gbk = process_page(SEED_URL, seed_as("gb18030", "gb2312"), {"Content-Type": "text/html; charset=GB2312"})
    assert gbk["body_text"] == utf8["body_text"] and gbk["title"] == utf8["title"]


def test_legacy_url_stamp_gives_time_in_washington():
    assert date_from_url(SEED_URL) == "2021-01-06T11:38:11-05:00"
    assert date_from_url("https://www.rfa.org/mandarin/china/2026/10/10/some-story/") == "2026-10-10"


def test_sanitiser_removes_scripts_handlers_and_javascript_urls():
    dirty = (
        '<p onclick="x()">ok<script>alert(1)</script><a href="javascript:alert(2)">a</a>'
        '<img src=x onerror="alert(3)"></p>'
    )
    clean = sanitise_html(dirty)
    assert "script" not in clean and "onerror" not in clean and "onclick" not in clean
    assert "javascript:" not in clean and "ok" in clean


def run_extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "archive"), "extract", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_extract_cli_prints_the_record_as_json():
    result = run_extract(str(SEED_FILE), "--url", SEED_URL)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "阿里收缩网络业务 虾米音乐宣布将关停"
    assert record["published_at"] == "2021-01-06T11:38:11-05:00" and record["published_source"] == "site+url"
    assert {b["name"] for b in record["bylines"]} == {"乔龙", "胡力汉", "何平", "瑞哲"}
    assert len(record["images"]) == 2 and sum(link["related"] for link in record["links"]) == 5
    assert {"url", "body_text", "topics", "encoding"} <= set(record)


def test_extract_cli_reads_a_jekyll_mirror_post():
    record = json.loads(run_extract(str(SEED_MIRROR)).stdout)
    assert record["url"] == SEED_URL
    assert record["body_text"].startswith("中国电商巨头阿里巴巴旗下的“虾米音乐”近日宣布")
    assert "乔龙" not in record["body_text"] and record["bylines"][0]["name"] == "乔龙"
    published = (record["published_at"], record["published_source"])
    assert published == ("2021-01-06T16:53:43+00:00", "front-matter")
    mentions = {(m["surface"], m["value_start"], m["value_end"]) for m in record["date_mentions"]}
    assert ("本周二", "2021-01-05", "2021-01-05") in mentions
    assert ("去年11月上旬", "2020-11-01", "2020-11-10") in mentions
    assert {"王在新", "张涛", "张胜其"} == {q["speaker"] for q in record["quotes"] if q["speaker"]}
    assert record["org_statements"] == []


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\xff\xfe binary"])
def test_extract_cli_fails_with_one_line_naming_the_file(tmp_path, content):
    bad = tmp_path / "bad.html"
    bad.write_bytes(content)
    result = run_extract(str(bad))
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and str(bad) in result.stderr


def test_extract_cli_missing_file():
    result = run_extract("/nonexistent/page.html")
    assert result.returncode != 0 and "/nonexistent/page.html" in result.stderr
