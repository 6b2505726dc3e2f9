"""Replay site: serve recorded pages by host and path from a fixtures folder.

Requests arrive as ``http://127.0.0.1:PORT/<host>/<path>?<query>`` (the
:class:`crawler.replay.ReplayDownloadHandler` rewrites real URLs that way).
Files live at ``<root>/<host>/<path>``; a URL ending in ``/`` maps to
``index.html``; a query string is appended to the file name after ``@``.
An optional sidecar ``<file>.meta.json`` gives ``{"status": 404, "headers": {...}}``.
A variant (``--variant NAME``, the site as it is later) serves ``<root>/_variants/NAME/...``
where such a file exists, and the base file elsewhere: a changed or removed page.

Faults on demand (the hostile web, see :mod:`crawler.replay_faults`): a sidecar may name a
``"fault"`` (reset, timeout, stall, truncate, burst, large, gzip-bomb, endless-archive), and
``--fault-rate 0.2`` makes that share of first requests for pages fail transiently.

Run: ``python -m crawler.replay_server --root tests/fixtures/replay --port 0``;
it prints ``REPLAY_URL=http://127.0.0.1:PORT`` once listening. With a command
after ``--``, it serves only while that command runs, with ``REPLAY_URL`` in its
environment: ``python -m crawler.replay_server -- scrapy crawl rfa -a topic=xiami``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from crawler import replay_faults

DEFAULT_TYPES = {".html": "text/html", ".htm": "text/html", "": "text/html", ".xml": "application/xml"}


def fixture_path(root: Path, host: str, path: str, query: str = "") -> Path:
    """Map a recorded URL's host, path and query to its file under ``root``."""
    relative = unquote(path).lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    if query:
        relative += "@" + unquote(query)
    candidate = (root / host / relative).resolve()
    if root.resolve() not in candidate.parents:
        raise ValueError(f"path escapes the replay root: {path!r}")
    return candidate


def _content_type(path: Path) -> str:
    suffix = path.suffix.lower() if "@" not in path.name else ""
    return DEFAULT_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _locate(root: Path, host: str, path: str, query: str) -> tuple[Path, Path]:
    """A URL's file and sidecar under root; a generated page (no file for its query) uses the
    sidecar of the query-less path."""
    file = fixture_path(root, host, path, query)
    meta_file = file.with_name(file.name + ".meta.json")
    if query and not file.exists() and not meta_file.is_file():
        meta_file = fixture_path(root, host, path).with_name(file.name.split("@")[0] + ".meta.json")
    return file, meta_file


class ReplayHandler(BaseHTTPRequestHandler):
    server_version = "ReplaySite/1.0"
    root: Path
    variant: str | None = None
    delay: float = 0.0  # seconds before each answer, to make a crawl slow enough to interrupt
    faults: replay_faults.FaultState

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        time.sleep(self.delay)
        parts = urlsplit(self.path)
        host, _, path = parts.path.lstrip("/").partition("/")
        try:
            roots = [self.root / "_variants" / self.variant] if self.variant else []
            found = [_locate(root, host, "/" + path, parts.query) for root in [*roots, self.root]]
        except ValueError:
            self._send(400, {"Content-Type": "text/plain"}, b"bad path", send_body)
            return
        file, meta_file = next((f for f in found if f[0].is_file() or f[1].is_file()), found[-1])
        meta = json.loads(meta_file.read_text("utf-8")) if meta_file.is_file() else {}
        if self.faults.inject(self, parts.path, meta, send_body):
            return
        if not file.is_file() and not meta_file.is_file():
            self._send(404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>", send_body)
            return
        body = file.read_bytes() if file.is_file() else b""  # a sidecar alone: a redirect or an error
        # Like most servers, an ETag from the content, and 304 when the client has it already.
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": _content_type(file), "ETag": etag, **meta.get("headers", {})}
        status = int(meta.get("status", 200))
        if status == 200 and self.headers.get("If-None-Match") == headers["ETag"]:
            self._send(304, {"ETag": headers["ETag"]}, b"", send_body=False)
            return
        self._send(status, headers, body, send_body)

    def _send(self, status: int, headers: dict[str, str], body: bytes, send_body: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


def make_server(
    root: Path, port: int = 0, variant: str | None = None, delay: float = 0.0, fault_rate: float = 0.0
) -> ThreadingHTTPServer:
    """A replay server on 127.0.0.1 (port 0 picks a free port); call serve_forever()."""
    attributes = {
        "root": Path(root),
        "variant": variant,
        "delay": delay,
        "faults": replay_faults.FaultState(fault_rate),
    }
    handler = type("BoundReplayHandler", (ReplayHandler,), attributes)
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True  # a stalled answer must not hold up shutdown
    return server


def start_in_thread(
    root: Path, port: int = 0, variant: str | None = None, delay: float = 0.0, fault_rate: float = 0.0
) -> tuple[ThreadingHTTPServer, str]:
    """Start a replay server in a daemon thread; returns the server and its base URL."""
    server = make_server(root, port, variant, delay, fault_rate)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("tests/fixtures/replay"))
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--variant", help="serve the site as in tests/fixtures/replay/_variants/VARIANT")
    parser.add_argument(
        "--fault-rate", type=float, default=0.0, help="share of first page requests that fail (0-1)"
    )
    parser.add_argument("command", nargs=argparse.REMAINDER, help="run this, then stop")
    args = parser.parse_args()
    if not args.root.is_dir():
        parser.error(f"replay root not found: {args.root}")
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        server = make_server(args.root, args.port, args.variant, fault_rate=args.fault_rate)
        print(f"REPLAY_URL=http://127.0.0.1:{server.server_address[1]}", flush=True)
        server.serve_forever()
    server, url = start_in_thread(args.root, args.port, args.variant, fault_rate=args.fault_rate)
    print(f"replay site {args.root} at {url}", file=sys.stderr, flush=True)
    try:
        returncode = subprocess.call(command, env={**os.environ, "REPLAY_URL": url})
    finally:
        server.shutdown()
    sys.exit(returncode)


if __name__ == "__main__":
    main()
