"""Small lxml helpers shared by the extractors: parsing, text with paragraph breaks."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator

import lxml.html
from lxml.html import HtmlElement

BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "blockquote",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "figure",
    "figcaption",
    "pre",
    "dd",
    "dt",
    "header",
    "footer",
}
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# C0 controls (but tab, newline, carriage return) and NUL: not allowed in XML trees, never text.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Hostile markup that libxml2 would silently cut (it drops content nested deeper than 256
# elements and attribute values over 10 MB): long runs of bare wrappers become one, and
# enormous attribute values (never article text) become empty.
WRAPPER_RUN = re.compile(
    r"""(?:<(div|span|section)(?:\s+(?:class|style)\s*=\s*(?:"[^"<>]{0,200}"|'[^'<>]{0,200}'))?\s*>\s*){64,}""",
    re.I,
)
CLOSING_RUN = re.compile(r"(?:</(?:div|span|section)\s*>\s*){64,}", re.I)
HUGE_ATTRIBUTE = re.compile(r"""(\s[\w:.-]+\s*=\s*)(?:"[^"]{4096,}"|'[^']{4096,}')""")
SPACES = re.compile(r"[ \t\r\f\v\u3000\xa0]+")


class ParseError(ValueError):
    """The text is not an HTML document we can read."""


def parse_html(text: str) -> HtmlElement:
    """Parse decoded HTML text into an lxml tree."""
    text = defuse(CONTROL_CHARS.sub("", XML_DECLARATION.sub("", text, count=1)))
    if not text.strip():
        raise ParseError("empty document")
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ParseError(f"not parseable as HTML: {error}") from error
    return tree


def defuse(text: str) -> str:
    """Markup a parser would choke on or silently truncate, made harmless (see WRAPPER_RUN)."""
    text = HUGE_ATTRIBUTE.sub(r'\1""', text)
    text = WRAPPER_RUN.sub(lambda run: f"<{run.group(1)}>", text)
    return CLOSING_RUN.sub(lambda run: run.group(0)[: run.group(0).index(">") + 1], text)


def paragraphs_of(element: HtmlElement) -> list[str]:
    """The element's text as paragraphs: block elements and <br> break lines."""
    element = lxml.html.fromstring(lxml.html.tostring(element, encoding="unicode"))
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "br" or node.tag in BLOCK_TAGS:
            node.tail = "\n" + (node.tail or "")
        if node.tag in BLOCK_TAGS:
            node.text = "\n" + (node.text or "")
    lines = (SPACES.sub(" ", line).strip() for line in element.text_content().split("\n"))
    return [line for line in lines if line]


def block_quote_paragraphs(element: HtmlElement) -> set[str]:
    """The paragraphs the page sets off as block quotations (<blockquote>) inside ``element``."""
    return {line for node in element.iter("blockquote") for line in paragraphs_of(node)}


def text_of(element: HtmlElement | None) -> str:
    if element is None:
        return ""
    return SPACES.sub(" ", element.text_content()).strip()


def first(tree: HtmlElement, selector: str | None) -> HtmlElement | None:
    if not selector:
        return None
    found = tree.cssselect(selector)
    return found[0] if found else None


def meta_content(tree: HtmlElement, *names: str) -> str | None:
    """Content of the first <meta property|name=...> present among ``names``."""
    for name in names:
        for node in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content'):
            if node.strip():
                return node.strip()
    return None


def page_text(tree: HtmlElement, start_at: str = "", limit: int = 20000) -> str:
    """Visible text of a page (no scripts or styles), from ``start_at`` (e.g. the headline) on."""
    tree = copy.deepcopy(tree)
    for node in tree.xpath("//script|//style|//noscript"):
        node.drop_tree()
    body = tree.find("body")
    text = (body if body is not None else tree).text_content()
    start = text.find(start_at) if start_at else -1
    return text[max(start, 0) :][:limit]


def json_ld_nodes(tree: HtmlElement) -> Iterator[dict]:
    """Every object in the page's JSON-LD blocks (top level, lists and @graph)."""
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for node in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(node, dict):
                yield node
