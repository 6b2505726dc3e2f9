"""Which URLs a crawl may follow, and the one form each is archived under.

Crawl traps live in URLs: session ids make one page endless pages, ``javascript:`` and
``mailto:`` are not pages, and a link to ``127.0.0.1`` or ``10.x`` must never make an
archiving crawler probe a private network. :class:`SafeUrlMiddleware` enforces the last
for every request, seeds included.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy import Request
from scrapy.exceptions import IgnoreRequest

SESSION_PARAMS = re.compile(r"^(phpsessid|jsessionid|sid|sessionid|session_id|utm_\w+)$", re.I)
PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sessionid)=[^/?#]*", re.I)
MAX_URL_LENGTH = 2083  # what browsers and Scrapy's UrlLengthMiddleware accept
LOCAL_NAMES = ("localhost", ".localhost", ".local", ".internal", ".lan", ".home.arpa")


def clean_url(url: str) -> str:
    """The URL without fragment and session ids (path parameters and query parameters)."""
    parts = urlsplit(url)
    path = PATH_SESSION.sub("", parts.path)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not SESSION_PARAMS.match(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept, safe=":/")
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def is_private_host(host: str | None) -> bool:
    """Loopback, private, link-local and other non-public addresses, and local-only names."""
    if not host:
        return True
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(LOCAL_NAMES):
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return not address.is_global


def skip_reason(url: str) -> str | None:
    """Why a link must not be followed (None when it may be)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "not_http"
    if len(url) > MAX_URL_LENGTH:
        return "url_too_long"
    if is_private_host(parts.hostname):
        return "private_address"
    return None


class SafeUrlMiddleware:
    """Downloader middleware: refuse requests to private or loopback addresses (seeds too)."""

    def process_request(self, request: Request, spider=None) -> None:
        if is_private_host(urlsplit(request.url).hostname):
            raise IgnoreRequest(f"private address: {request.url} is not on the public web")
