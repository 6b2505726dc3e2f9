"""Bylines: the 记者/责编/网编 line at the foot of a story, split into people and roles."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from lxml.html import HtmlElement

from pipelines.html import json_ld_nodes

# Longest labels first so 责任编辑 is not read as 编辑.
ROLE_LABELS = {
    "责任编辑": "editor",
    "責任編輯": "editor",
    "记者": "reporter",
    "記者": "reporter",
    "责编": "editor",
    "責編": "editor",
    "网编": "web_editor",
    "網編": "web_editor",
    "编辑": "editor",
    "編輯": "editor",
    "撰稿": "writer",
    "作者": "author",
    "采访": "reporter",
    "採訪": "reporter",
    "特约记者": "reporter",
    "特約記者": "reporter",
}
_LABELS = "|".join(sorted(map(re.escape, ROLE_LABELS), key=len, reverse=True))
# A label starts the line or follows a space or separator: 中国组记者翁维恺 is one name.
LABEL = re.compile(rf"(?:^|(?<=[\s、，,；;]))({_LABELS})\s*[：:|｜]?\s*")
# A byline line: starts with a role label and is short; names are 2-4 CJK chars (or Latin words).
# The label must be followed by a colon or a space: 记者了解到，… is story text.
BYLINE_LINE = re.compile(rf"^\s*(?:{_LABELS})\s*[：:|｜\s]\s*[^。！？，]{{1,80}}$")
BRACKETS = "（）()【】[] "
# Credit lines sit at the foot of a story, sometimes followed by a few lines of page furniture.
TAIL_LINES = 6
NAME_SEPARATORS = re.compile(r"[、，,/／;；&＆\s]+")


@dataclass(frozen=True)
class BylineEntry:
    name: str
    role: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def parse_byline(line: str) -> list[BylineEntry]:
    """`记者：乔龙 责编：胡力汉、何平   网编 瑞哲` -> reporter 乔龙, editors 胡力汉 and 何平, ..."""
    parts = LABEL.split(line.strip())
    entries: list[BylineEntry] = []
    for label, names in zip(parts[1::2], parts[2::2], strict=False):
        for name in NAME_SEPARATORS.split(names.strip(BRACKETS + "　")):
            if name:
                entries.append(BylineEntry(name=name, role=ROLE_LABELS[label]))
    return entries


def split_byline(paragraphs: list[str]) -> tuple[list[str], str | None, list[BylineEntry]]:
    """Take the credit lines (记者/责编/网编...) off the foot of a story.

    Returns (paragraphs without them, the raw credit lines joined, their entries).
    Only the last few paragraphs are considered: a 记者 earlier on is story text.
    """
    first_tail = max(len(paragraphs) - TAIL_LINES, 0)
    kept, raw_lines, entries = paragraphs[:first_tail], [], []
    for paragraph in paragraphs[first_tail:]:
        line = paragraph.strip().strip(BRACKETS)
        if BYLINE_LINE.match(line) and (found := parse_byline(line)):
            raw_lines.append(line)
            entries += [entry for entry in found if entry not in entries]
        else:
            kept.append(paragraph)
    return kept, " ".join(raw_lines) or None, entries


# Credits printed around the story rather than at its foot: "(责编：汤诗瑶、丁涛)", "责任编辑：宪瑞",
# "编辑|禤志杰", and wire datelines "新华社巴黎12月9日电（记者唐霁 尹世杰）".
_NAMES = r"[\u4e00-\u9fff]{2,4}(?:(?:[、，,&＆/]|[ \t\u3000\xa0]+)[\u4e00-\u9fff]{2,4}){0,3}"
PAGE_CREDIT = re.compile(
    rf"({_LABELS})\s*[：:|｜/]\s*({_NAMES})"
    rf"(?=[ \t\u3000\xa0]*(?:\n|$)|[)）】\]|]|{_LABELS})"
)
DATELINE_REPORTERS = re.compile(rf"电[（(](?:记者|記者)\s*({_NAMES})[）)]")


def find_page_credits(text: str) -> list[BylineEntry]:
    """Credits anywhere in a page's visible text, for pages without a byline at the story's foot."""
    entries: list[BylineEntry] = []
    for match in DATELINE_REPORTERS.finditer(text):
        entries += [BylineEntry(name, "reporter") for name in NAME_SEPARATORS.split(match[1]) if name]
    for label, names in PAGE_CREDIT.findall(text):
        entries += [BylineEntry(name, ROLE_LABELS[label]) for name in NAME_SEPARATORS.split(names) if name]
    return list(dict.fromkeys(entries))


def credits_from_author_field(authors: list[str]) -> list[BylineEntry]:
    """A mirror's `author:` field: `特約記者葉潔明` -> reporter 葉潔明; a bare name is the author."""
    entries: list[BylineEntry] = []
    for author in authors:
        entries += parse_byline(author) or [BylineEntry(author.strip(), "author")]
    return [entry for entry in dict.fromkeys(entries) if entry.name]


def json_ld_authors(tree: HtmlElement) -> list[BylineEntry]:
    """Authors a page's JSON-LD NewsArticle names (`author: {"name": ...}` or a list of them)."""
    entries: list[BylineEntry] = []
    for node in json_ld_nodes(tree):
        authors = node.get("author") or []
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and author.get("@type") == "Organization":
                continue  # the outlet itself, not a person
            name = author.get("name") if isinstance(author, dict) else str(author)
            if name:
                entries.append(BylineEntry(name.strip(), "author"))
    return list(dict.fromkeys(entries))
