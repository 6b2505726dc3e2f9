"""Bylines: the 记者/责编/网编 line at the foot of a story, split into people and roles."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

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
LABEL = re.compile(rf"(?:^|(?<=[\s、，,；;]))({_LABELS})\s*[：:]?\s*")
# A byline line: starts with a role label and is short; names are 2-4 CJK chars (or Latin words).
# The label must be followed by a colon or a space: 记者了解到，… is story text.
BYLINE_LINE = re.compile(rf"^\s*(?:{_LABELS})\s*[：:\s]\s*[^。！？，]{{1,80}}$")
NAME_SEPARATORS = re.compile(r"[、，,/／;；\s]+")


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
        for name in NAME_SEPARATORS.split(names.strip("（）() 　")):
            if name:
                entries.append(BylineEntry(name=name, role=ROLE_LABELS[label]))
    return entries


def split_byline(paragraphs: list[str]) -> tuple[list[str], str | None, list[BylineEntry]]:
    """Take the byline off the end of a story's paragraphs.

    Returns (paragraphs without the byline, the raw byline line, its entries).
    Only the last two paragraphs are considered: a 记者 earlier on is story text.
    """
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 3, -1), -1):
        line = paragraphs[index].strip()
        if BYLINE_LINE.match(line) and (entries := parse_byline(line)):
            return paragraphs[:index] + paragraphs[index + 1 :], line, entries
    return paragraphs, None, []
