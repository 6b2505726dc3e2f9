"""Outlet configuration (crawler/outlets.yml): where each related outlet's articles are found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

OUTLETS_FILE = Path(__file__).with_name("outlets.yml")


@dataclass(frozen=True)
class Outlet:
    name: str
    title: str
    domains: tuple[str, ...]
    lang: str | None = None
    script: str | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    article_patterns: tuple[str, ...] = ()
    article_api: str | None = None
    parser: dict = field(default_factory=dict)

    def article_match(self, url: str) -> re.Match | None:
        """The pattern match if ``url`` is one of this outlet's article pages."""
        host = (urlsplit(url).hostname or "").lower()
        if not any(host == d or host.endswith("." + d) for d in self.domains):
            return None
        path = urlsplit(url).path
        return next((m for p in self.article_patterns if (m := re.search(p, path))), None)


@cache
def load_outlets(path: Path = OUTLETS_FILE) -> dict[str, Outlet]:
    raw = yaml.safe_load(path.read_text("utf-8")) or {}
    return {
        name: Outlet(
            name=name,
            title=entry.get("title", name),
            domains=tuple(entry.get("domains", ())),
            lang=entry.get("lang"),
            script=entry.get("script"),
            feeds=tuple(entry.get("feeds", ())),
            sitemaps=tuple(entry.get("sitemaps", ())),
            article_patterns=tuple(entry.get("article_patterns", ())),
            article_api=entry.get("article_api"),
            parser=entry.get("parser") or {},
        )
        for name, entry in raw.items()
    }


def get_outlet(name: str) -> Outlet:
    outlets = load_outlets()
    if name not in outlets:
        raise ValueError(f"unknown outlet {name!r}; known outlets: {', '.join(sorted(outlets))}")
    return outlets[name]
