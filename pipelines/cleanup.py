"""Line-level clean-up of generic extractions: headline repeats, page meta lines, tail furniture.

Chinese portals print the headline, a date/source line and font-size buttons above
the story and share prompts, QR-code blurbs and copyright below it; extractors
often keep some of these as paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter

COUNTED = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
META_LINE = re.compile(
    r"^[\s\-–—(（\[【]*(?:"
    r"原标题|本文原标题|发布日期|发布时间|信息来源|来源[:：|]|文章来源|字号|"
    r"更新时间|图片来源|转载请注明|特别声明|声明[:：]|Notice:|Copyright|©|版权所有|"
    r"本文为|点击进入|扫描下方|扫一扫|长按|关注我们|分享到|加载更多|返回顶部|THE END|"
    r"网友评论仅供|更多猛料|打开.{0,8}APP|下载.{0,8}客户端|微博[:：]|微信[:：]|今日头条[:：]|抖音[:：]"
    r")",
    re.I,
)
DATE_SOURCE_LINE = re.compile(r"^\s*(?:19|20)\d{2}[-/年.]\d{1,2}[-/月.]\d{1,2}.{0,20}(?:来源|來源|作者|编辑)")
SPACED_COPYRIGHT = re.compile(r"版\s*权\s*所\s*有")


def counted(text: str) -> Counter:
    return Counter(COUNTED.findall(text))


def char_f1(a: str, b: str) -> float:
    """Bag-of-characters F1 over CJK, letters and digits: how much two texts agree."""
    ca, cb = counted(a), counted(b)
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ca.values()), common / sum(cb.values())
    return 2 * precision * recall / (precision + recall)


def is_meta_line(line: str) -> bool:
    line = line.strip()
    return bool(META_LINE.match(line) or DATE_SOURCE_LINE.match(line) or SPACED_COPYRIGHT.search(line))


def is_headline_repeat(line: str, title: str) -> bool:
    """The headline (or its truncated form, as some sites print it) repeated as a paragraph."""
    stem = line.strip().rstrip(".…").strip()
    return bool(title) and len(stem) >= 4 and (stem == title or (len(stem) >= 8 and title.startswith(stem)))


def clean_paragraphs(paragraphs: list[str], title: str) -> list[str]:
    """Drop headline repeats and page meta lines; list markers kept off the text."""
    kept = []
    for paragraph in paragraphs:
        text = re.sub(r"^[-•·]\s+", "", paragraph).strip()
        if not text or is_meta_line(text) or is_headline_repeat(text, title):
            continue
        kept.append(text)
    return kept
