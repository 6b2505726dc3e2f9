"""Boilerplate removal and article parts: title, paragraphs, images, links.

Site profiles (``pipelines.sites``) guide extraction where a site's markup is
known; trafilatura handles everything else.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from html import escape
from urllib.parse import urljoin, urlsplit

import nh3
import trafilatura
from lxml.html import HtmlElement, fromstring, tostring
from readability import Document
from readability.readability import Unparseable

from pipelines.cleanup import char_f1, clean_paragraphs
from pipelines.html import block_quote_paragraphs, first, meta_content, paragraphs_of, text_of
from pipelines.sites import SiteProfile, profiles_for

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "figure",
    "figcaption",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"}}


class ExtractionError(ValueError):
    """The page holds no article we can extract."""


class LoginWallError(ExtractionError):
    """The page asks for a login instead of showing the article."""


LOGIN_WALL_MAX_TEXT = 400  # characters: an article behind a password form shows little else


def check_login_wall(tree: HtmlElement) -> None:
    """A short page whose main content is a password form is a login wall, not an article."""
    if not tree.xpath("//input[translate(@type, 'PASSWORD', 'password') = 'password']"):
        return
    text = "".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style or ancestor::form)]"))
    if len("".join(text.split())) < LOGIN_WALL_MAX_TEXT:
        raise LoginWallError("login wall: a password form and no article text")


@dataclass
class Image:
    src: str
    alt: str | None = None
    caption: str | None = None
    lead: bool = False


@dataclass
class Link:
    url: str
    anchor: str
    related: bool = False


@dataclass
class Extracted:
    title: str
    paragraphs: list[str]
    body_html: str
    method: str
    canonical_url: str | None = None
    description: str | None = None
    site_date: str | None = None
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    block_quotes: list[str] = field(default_factory=list)  # paragraphs set off as <blockquote>

    def as_dict(self) -> dict:
        return asdict(self)


def sanitise_html(html: str, images: bool = True) -> str:
    """Only harmless markup survives: no scripts, event handlers or javascript: URLs."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS if images else ALLOWED_TAGS - {"img"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
    )


def extract_article(tree: HtmlElement, url: str, profile: SiteProfile | None = None) -> Extracted:
    """Extract the article from a parsed page, by site profile or by trafilatura."""
    check_login_wall(tree)
    for candidate in [profile] if profile else profiles_for(url):
        if (body := first(tree, candidate.body)) is not None:
            return _extract_with_profile(tree, body, url, candidate)
    return _extract_generic(tree, url)


def canonical_url(tree: HtmlElement, url: str) -> str | None:
    href = tree.xpath('string(//link[@rel="canonical"]/@href)').strip() or meta_content(tree, "og:url")
    return urljoin(url, href) if href else None


def page_title(tree: HtmlElement, selector: str | None = "h1") -> str:
    return (
        text_of(first(tree, selector))
        or meta_content(tree, "og:title", "twitter:title")
        or text_of(first(tree, "title"))
    )


def _extract_with_profile(tree: HtmlElement, body: HtmlElement, url: str, profile: SiteProfile) -> Extracted:
    body = copy.deepcopy(body)
    images = _lead_images(tree, url, profile) + _figures(body, url)
    links = _links(body, url, related_selector="ul a, ol a")
    if profile.related and (related := first(tree, profile.related)) is not None:
        links += _links(related, url, related_selector="a")
    _drop(body, profile.drop)
    _drop_link_lists(body)
    paragraphs = paragraphs_of(_without(body, "figure"))
    quoted = block_quote_paragraphs(body)
    return Extracted(
        title=page_title(tree, profile.title),
        paragraphs=paragraphs,
        body_html=sanitise_html(_inner_html(body)),
        method=f"site:{profile.name}",
        canonical_url=canonical_url(tree, url),
        description=meta_content(tree, "description", "og:description"),
        site_date=text_of(first(tree, profile.date)) or None,
        images=images,
        links=_dedupe_links(links),
        block_quotes=[p for p in paragraphs if p in quoted],
    )


def _extract_generic(tree: HtmlElement, url: str) -> Extracted:
    title = page_title(tree)
    candidates = {
        name: cleaned
        for name, paragraphs in _generic_candidates(tree, url).items()
        if (cleaned := clean_paragraphs(paragraphs, title))
    }
    if not candidates:
        raise ExtractionError("no article text found (trafilatura and readability both empty)")
    method, paragraphs = _consensus(candidates)
    quoted = block_quote_paragraphs(tree)
    return Extracted(
        title=title,
        paragraphs=paragraphs,
        body_html="".join(
            f"<blockquote><p>{escape(p)}</p></blockquote>" if p in quoted else f"<p>{escape(p)}</p>"
            for p in paragraphs
        ),
        method=method,
        canonical_url=canonical_url(tree, url),
        description=meta_content(tree, "description", "og:description"),
        block_quotes=[p for p in paragraphs if p in quoted],
    )


def _generic_candidates(tree: HtmlElement, url: str) -> dict[str, list[str]]:
    """Body paragraphs as trafilatura (precise and default) and readability see them."""
    candidates = {}
    for name, options in (("trafilatura-precision", {"favor_precision": True}), ("trafilatura", {})):
        document = trafilatura.bare_extraction(
            copy.deepcopy(tree), url=url, include_comments=False, include_tables=True, **options
        )
        candidates[name] = (document.text or "").split("\n") if document else []
    try:
        summary = Document(tostring(tree, encoding="unicode"), url=url).summary(html_partial=True)
        candidates["readability"] = paragraphs_of(fromstring(summary)) if summary.strip() else []
    except Unparseable:
        candidates["readability"] = []
    return candidates


def _consensus(candidates: dict[str, list[str]]) -> tuple[str, list[str]]:
    """The candidate that agrees most with the others: boilerplate rarely survives in all of them."""
    texts = {name: "\n".join(paragraphs) for name, paragraphs in candidates.items()}

    def agreement(name: str) -> float:
        others = [other for other in texts if other != name]
        return sum(char_f1(texts[name], texts[o]) for o in others) / max(len(others), 1)

    best = max(texts, key=agreement)  # ties go to the first: trafilatura's precise mode
    return best, candidates[best]


def _lead_images(tree: HtmlElement, url: str, profile: SiteProfile) -> list[Image]:
    container = first(tree, profile.lead_image)
    if container is None:
        return []
    images = _figures(copy.deepcopy(container), url, any_img=True)
    for image in images:
        image.lead = True
    return images


def _figures(element: HtmlElement, url: str, any_img: bool = False) -> list[Image]:
    """One Image per <figure> (first <img> and its figcaption); or per <img> in a lead block."""
    images = []
    holders = element.xpath(".//figure") or ([element] if any_img else [])
    for holder in holders:
        img = first(holder, "img")
        if img is None or not img.get("src"):
            continue
        caption = text_of(first(holder, "figcaption, .caption, .image-caption, p")) or None
        images.append(Image(src=urljoin(url, img.get("src")), alt=img.get("alt"), caption=caption))
    return images


def _links(element: HtmlElement, url: str, related_selector: str) -> list[Link]:
    related = element.cssselect(related_selector)  # held so lxml keeps the same proxies
    links = []
    for anchor in element.xpath(".//a[@href]"):
        if anchor.xpath("ancestor::figure"):
            continue  # image zoom links are not story links
        href = urljoin(url, anchor.get("href").strip())
        if urlsplit(href).scheme in ("http", "https"):
            links.append(Link(url=href.split("#")[0], anchor=text_of(anchor), related=anchor in related))
    return links


def _dedupe_links(links: list[Link]) -> list[Link]:
    seen: dict[str, Link] = {}
    for link in links:
        if link.url in seen:
            seen[link.url].related |= link.related
        else:
            seen[link.url] = link
    return list(seen.values())


def _drop(element: HtmlElement, selector: str | None) -> None:
    for node in element.cssselect(selector) if selector else []:
        node.drop_tree()


def _drop_link_lists(element: HtmlElement) -> None:
    """Lists made only of links are related-story lists, not story text."""
    for node in element.xpath(".//ul | .//ol"):
        items = node.xpath("./li")
        if items and all(text_of(li) == " ".join(text_of(a) for a in li.xpath(".//a")) for li in items):
            node.drop_tree()


def _without(element: HtmlElement, selector: str) -> HtmlElement:
    stripped = copy.deepcopy(element)
    _drop(stripped, selector)
    return stripped


def _inner_html(element: HtmlElement) -> str:
    children = "".join(tostring(child, encoding="unicode") for child in element)
    return escape(element.text or "") + children
