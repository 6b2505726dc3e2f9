"""Script handling: keep the original, normalise to Simplified only for matching and search.

Normalisation maps character by character with OpenCC's own Traditional->Simplified
character table. That keeps the normalised text exactly as long as the original, so
offsets found in one are offsets in the other, and it is fast enough for every page
(OpenCC's phrase-level converter is pure Python here and dominated pipeline time).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import opencc

DICTIONARY = Path(opencc.__file__).parent / "dictionary"


@cache
def _char_table(name: str) -> dict[int, str]:
    """OpenCC single-character mappings that change the character (first candidate wins)."""
    table = {}
    for line in (DICTIONARY / f"{name}.txt").read_text("utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and target != source:
            table[ord(source)] = target
    return table


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, for matching (马云 finds 馬雲); never for storage."""
    return text.translate(_char_table("TSCharacters"))


def to_traditional(text: str) -> str:
    return text.translate(_char_table("STCharacters"))


def detect_script(text: str) -> str | None:
    """'Hant' or 'Hans' by which script's distinctive characters are more frequent; None without CJK."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return None
    traditional, simplified = _char_table("TSCharacters"), _char_table("STCharacters")
    trad_only = sum(1 for ch in text if ord(ch) in traditional)
    simp_only = sum(1 for ch in text if ord(ch) in simplified)
    return "Hant" if trad_only > simp_only else "Hans"
