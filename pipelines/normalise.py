"""Script handling: keep the original, normalise to Simplified only for matching and search."""

from __future__ import annotations

from functools import cache

from opencc import OpenCC


@cache
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, for matching (马云 finds 馬雲); never for storage."""
    return _converter("t2s").convert(text)


def detect_script(text: str, sample: int = 3000) -> str | None:
    """'Hant' or 'Hans' by which conversion changes more characters; None without CJK."""
    text = text[:sample]
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return None
    simplified = to_simplified(text)
    traditional = _converter("s2t").convert(text)
    changed_by_t2s = sum(a != b for a, b in zip(text, simplified, strict=False))
    changed_by_s2t = sum(a != b for a, b in zip(text, traditional, strict=False))
    return "Hant" if changed_by_t2s > changed_by_s2t else "Hans"
