"""Faults the replay site serves on demand, so tests meet the hostile web on loopback.

A sidecar ``<file>.meta.json`` names the fault of one URL::

    {"fault": "reset"}                          close the connection without an answer
    {"fault": "timeout", "seconds": 30}         answer only after the client gave up
    {"fault": "stall", "seconds": 30}           send half the body, then nothing
    {"fault": "truncate"}                       Content-Length promises more than is sent
    {"fault": "burst", "statuses": [503, 502]}  the first requests fail, then the page is served
    {"fault": "large", "size": 52428800}        an enormous page
    {"fault": "gzip-bomb", "size": 268435456}   a small gzip body that inflates without end
    {"fault": "endless-archive", "articles": [...]}   a section archive whose "next" never ends

A burst entry is a status, ``"reset"`` or ``{"status": 429, "headers": {"Retry-After": "1"}}``.
``fault_rate`` (``--fault-rate``) makes that share of pages fail once (503, 429, a reset)
before they are served: transient faults a crawl must ride out without losing a page.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import socket
import struct
import threading
import time
import uuid
from collections import Counter
from functools import cache
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

CHUNK = 1 << 16
TRANSIENT = ("503", "429", "reset")


class Handler(Protocol):  # the parts of BaseHTTPRequestHandler used here
    connection: socket.socket
    path: str
    close_connection: bool

    def send_response(self, code: int) -> None: ...
    def send_header(self, keyword: str, value: str) -> None: ...
    def end_headers(self) -> None: ...

    @property
    def wfile(self) -> io.BufferedIOBase: ...


class FaultState:
    """Per-server fault bookkeeping: how often each path was asked for, the random fault rate."""

    def __init__(self, fault_rate: float = 0.0):
        self.fault_rate = fault_rate
        self.requests: Counter[str] = Counter()
        self.lock = threading.Lock()

    def count(self, path: str) -> int:
        with self.lock:
            self.requests[path] += 1
            return self.requests[path]

    def inject(self, handler: Handler, path: str, meta: dict[str, Any], send_body: bool) -> bool:
        """Serve a fault for this request if one is due (``meta``: the URL's sidecar); True when
        the request was answered."""
        attempt = self.count(path)
        fault = meta.get("fault")
        if fault is None:
            return self._random_fault(handler, path, attempt)
        if fault == "burst":
            statuses = meta.get("statuses", [503])
            if attempt > len(statuses):
                return False
            entry = statuses[attempt - 1]
            entry = entry if isinstance(entry, dict) else {"status": entry}
            if entry["status"] == "reset":
                reset(handler, meta, send_body)
                return True
            _answer(handler, entry["status"], entry.get("headers", {}), b"<h1>Service Unavailable</h1>")
            return True
        if fault == "timeout":
            time.sleep(float(meta.get("seconds", 30)))
            return False  # the client has long gone; answer into the void
        FAULTS[fault](handler, meta, send_body)
        return True

    def _random_fault(self, handler: Handler, path: str, attempt: int) -> bool:
        if attempt > 1 or not self.fault_rate or not path.endswith(".html"):
            return False
        roll = int(hashlib.sha1(path.encode()).hexdigest()[:8], 16)
        if roll % 10_000 >= self.fault_rate * 10_000:
            return False
        kind = TRANSIENT[roll % len(TRANSIENT)]
        if kind == "reset":
            reset(handler, {}, True)
        else:
            headers = {"Retry-After": "0"} if kind == "429" else {}
            _answer(handler, int(kind), headers, b"<h1>Try again</h1>")
        return True


def _answer(handler: Handler, status: int, headers: dict[str, str], body: bytes) -> None:
    handler.send_response(status)
    for name, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def reset(handler: Handler, meta: dict[str, Any], send_body: bool) -> None:
    """Abort the connection (RST): the client sees it lost before any answer."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


def stall(handler: Handler, meta: dict[str, Any], send_body: bool) -> None:
    body = _filler_page(20_000)
    _headers(handler, {"Content-Length": str(len(body))})
    handler.wfile.write(body[: len(body) // 2])
    handler.wfile.flush()
    time.sleep(float(meta.get("seconds", 30)))
    handler.close_connection = True


def truncate(handler: Handler, meta: dict[str, Any], send_body: bool) -> None:
    body = _filler_page(20_000)
    _headers(handler, {"Content-Length": str(len(body) + 4096)})
    handler.wfile.write(body)
    handler.wfile.flush()
    handler.connection.shutdown(socket.SHUT_RDWR)
    handler.close_connection = True


def large(handler: Handler, meta: dict[str, Any], send_body: bool) -> None:
    size = int(meta.get("size", 50 * 1024 * 1024))
    _headers(handler, {"Content-Length": str(size)})
    chunk = _filler_page(CHUNK)[:CHUNK]
    try:
        for _ in range(size // CHUNK):
            handler.wfile.write(chunk)
        handler.wfile.write(chunk[: size % CHUNK])
    except OSError:  # the client stopped reading: that is the point
        handler.close_connection = True


def gzip_bomb(handler: Handler, meta: dict[str, Any], send_body: bool) -> None:
    body = _compressed_zeros(int(meta.get("size", 256 * 1024 * 1024)))
    _headers(handler, {"Content-Length": str(len(body)), "Content-Encoding": "gzip"})
    try:
        handler.wfile.write(body)
    except OSError:
        handler.close_connection = True


def endless_archive(handler: Handler, meta: dict[str, Any], send_body: bool) -> None:
    """A legacy section archive that always has a next page, every link with a fresh session id."""
    query = parse_qs(urlsplit(handler.path).query)
    start = int(query.get("b_start:int", ["0"])[0])
    session = uuid.uuid4().hex[:12]
    teasers = "".join(
        f'<div class="sectionteaser"><h2><a href="{href}?PHPSESSID={session}">第{start + i}条</a></h2></div>'
        for i, href in enumerate(meta.get("articles", []))
    )
    traps = "".join(
        f'<div class="sectionteaser"><h2><a href="{href}">陷阱</a></h2></div>'
        for href in meta.get("trap_links", [])
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>档案 {start}</title></head><body>{teasers}"
        f'<div class="listingBar"><a class="next" href="story_archive?b_start:int={start + 15}'
        f'&amp;sessionid={session}">下一页</a></div>'
        f'<a href="calendar?month={start}&amp;sid={session}">日历</a>{traps}</body></html>'
    ).encode()
    _answer(handler, 200, {}, page)


def _headers(handler: Handler, headers: dict[str, str]) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()


@cache
def _filler_page(size: int) -> bytes:
    paragraph = "<p>这是一个填充段落，用来制造一个很大的页面。</p>\n".encode()
    return b"<html><body>" + paragraph * (size // len(paragraph) + 1)


@cache
def _compressed_zeros(size: int) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as bomb:
        zeros = bytes(CHUNK * 16)
        for _ in range(size // len(zeros)):
            bomb.write(zeros)
    return buffer.getvalue()


FAULTS = {
    "reset": reset,
    "stall": stall,
    "truncate": truncate,
    "large": large,
    "gzip-bomb": gzip_bomb,
    "endless-archive": endless_archive,
}
