"""Site profiles: the markup a site uses for its own article parts.

Where a profile matches, the extractor reads the article from the site's own
containers; elsewhere it falls back to trafilatura. Add a site by adding an entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from crawler.outlets import load_outlets  # configuration data only, no Scrapy


@dataclass(frozen=True)
class SiteProfile:
    name: str
    hosts: tuple[str, ...]
    body: str  # CSS selector of the article body container
    title: str | None = "h1"
    date: str | None = None  # element whose text is the publication date
    lead_image: str | None = None
    related: str | None = None  # related-stories block outside the body
    drop: str | None = None  # elements inside the body that are not story text
    source: str | None = None  # short source name stored with the article


SITE_PROFILES: tuple[SiteProfile, ...] = (
    SiteProfile(
        name="rfa-legacy",
        hosts=("rfa.org",),
        body="div#storytext",
        date="span#story_date",
        lead_image="div#headerimg",
        related="#related-stories",
        drop="#zoomattribute, script, style, noscript, iframe",
        source="rfa",
    ),
)


# Pages built from mirror files (pipelines.mirror) and from embedded article data
# (pipelines.embedded) put the body in article#mirror-body.
MIRROR_PROFILE = SiteProfile(
    name="mirror",
    hosts=(),
    body="article#mirror-body",
    drop="#zoomattribute, script, style, noscript, iframe",
)
EMBEDDED_PROFILES = {
    kind: SiteProfile(name=kind, hosts=(), body="article#mirror-body", drop="script, style")
    for kind in ("arc-ans", "next-data", "dw-api")
}


@cache
def outlet_profiles() -> tuple[SiteProfile, ...]:
    """Profiles from the parser hints in crawler/outlets.yml (outlets with a body selector)."""
    return tuple(
        SiteProfile(
            name=outlet.name,
            hosts=outlet.domains,
            body=outlet.parser["body"],
            title=outlet.parser.get("title", "h1"),
            related=outlet.parser.get("related"),
            drop=outlet.parser.get("drop", "script, style, noscript, iframe"),
            source=outlet.name,
        )
        for outlet in load_outlets().values()
        if outlet.parser.get("body")
    )


@cache
def outlet_sources() -> dict[str, str]:
    return {domain: outlet.name for outlet in load_outlets().values() for domain in outlet.domains}


def host_matches(host: str, pattern: str) -> bool:
    return host == pattern or host.endswith("." + pattern)


def profiles_for(url: str) -> list[SiteProfile]:
    """Profiles whose hosts match the URL, most specific first."""
    host = (urlsplit(url).hostname or "").lower()
    profiles = SITE_PROFILES + outlet_profiles()
    return [p for p in profiles if any(host_matches(host, h) for h in p.hosts)]


def source_for(url: str) -> str:
    """A short source name: the profile's, else the host without www."""
    for profile in profiles_for(url):
        if profile.source:
            return profile.source
    host = (urlsplit(url).hostname or "").lower()
    for domain, outlet in outlet_sources().items():
        if host_matches(host, domain):
            return outlet
    return host.removeprefix("www.")
