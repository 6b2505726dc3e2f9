"""Common Chinese words, read from the dictionary bundled with jieba (nothing is downloaded).

Rules that find names by surname (房产, 台湾, 投资 all start with one) ask here whether a
candidate is an ordinary word instead.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

# jieba's frequencies are counts in its training corpus; below this a "word" is often a name.
MIN_FREQUENCY = 300
# Rarer entries still show a plain word (办公桌, 行踪) unless tagged as a proper name.
RARE_FREQUENCY = 100
NAME_TAGS = ("ns", "nt", "nz")  # place, organisation and other proper names: 普京 is tagged ns


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, tuple[int, str]], frozenset[str]]:
    """One pass over jieba's dictionary: its common words and its set phrases."""
    words: dict[str, tuple[int, str]] = {}
    phrases = set()
    for line in (files("jieba") / "dict.txt").read_text("utf-8").splitlines():
        word, frequency, tag = line.split(" ")
        if 2 <= len(word) <= 3 and int(frequency) >= RARE_FREQUENCY and not tag.startswith("nr"):
            words[word] = (int(frequency), tag)
        if tag in ("i", "l"):
            phrases.add(word)
    return words, frozenset(phrases)


def common_words() -> dict[str, tuple[int, str]]:
    """Two- and three-character words of jieba's dictionary at least RARE_FREQUENCY frequent, with
    (frequency, part of speech); person names (tags nr…) are left out."""
    return _dictionary()[0]


def word_frequency(word: str) -> int:
    """How common ``word`` (Simplified) is as an ordinary word; 0 if it is not one."""
    frequency = common_words().get(word, (0, ""))[0]
    return frequency if frequency >= MIN_FREQUENCY else 0


def is_dictionary_word(word: str) -> bool:
    """``word`` is a plain word of the dictionary, however rare, and not a proper name."""
    _, tag = common_words().get(word, (0, ""))
    return bool(tag) and not tag.startswith(NAME_TAGS)


def is_verb(word: str, min_frequency: int = MIN_FREQUENCY) -> bool:
    frequency, tag = common_words().get(word, (0, ""))
    return frequency >= min_frequency and tag in {"v", "vn", "vd"}


def is_time_word(word: str) -> bool:
    """``word`` is a common time word (凌晨, 傍晚): it starts no name (凌晨至早上)."""
    frequency, tag = common_words().get(word, (0, ""))
    return frequency >= MIN_FREQUENCY and tag == "t"


def idioms() -> frozenset[str]:
    """Set phrases of jieba's dictionary (tags i and l: 难辞其咎, 责无旁贷), at any frequency."""
    return _dictionary()[1]
