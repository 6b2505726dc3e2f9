"""Topic configuration (crawler/topics.yml): seeds to start from and terms to match."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

TOPICS_FILE = Path(__file__).with_name("topics.yml")


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    seeds: tuple[str, ...]
    terms: tuple[str, ...]


@cache
def load_topics(path: Path = TOPICS_FILE) -> dict[str, Topic]:
    raw = yaml.safe_load(path.read_text("utf-8")) or {}
    return {
        name: Topic(
            name=name,
            title=entry.get("title", name),
            seeds=tuple(entry.get("seeds", ())),
            terms=tuple(entry.get("terms", ())),
        )
        for name, entry in raw.items()
    }


def get_topic(name: str) -> Topic:
    topics = load_topics()
    if name not in topics:
        raise ValueError(f"unknown topic {name!r}; known topics: {', '.join(sorted(topics))}")
    return topics[name]
