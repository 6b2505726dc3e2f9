"""Replay site: serve recorded pages by host and path from a fixtures folder.

Requests arrive as ``http://127.0.0.1:PORT/<host>/<path>?<query>`` (the
:class:`crawler.replay.ReplayDownloadHandler` rewrites real URLs that way).
Files live at ``<root>/<host>/<path>``; a URL ending in ``/`` maps to
``index.html``; a query string is appended to the file name after ``@``.
An optional sidecar ``<file>.meta.json`` gives ``{"status": 404, "headers": {...}}``.
A variant (``--variant NAME``, the site as it is later) serves ``<root>/_variants/NAME/...``
where such a file exists, and the base file elsewhere: a changed or removed page.

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


class ReplayHandler(BaseHTTPRequestHandler):
    server_version = "ReplaySite/1.0"
    root: Path
    variant: str | None = None
    delay: float = 0.0  # seconds before each answer, to make a crawl slow enough to interrupt

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        time.sleep(self.delay)
        parts = urlsplit(self.path)
        host, _, path = parts.path.lstrip("/").partition("/")
        try:
            file = fixture_path(self.root, host, "/" + path, parts.query)
            if self.variant:
                override = fixture_path(self.root / "_variants" / self.variant, host, "/" + path, parts.query)
                file = (
                    override
                    if override.is_file() or override.with_name(override.name + ".meta.json").is_file()
                    else file
                )
        except ValueError:
            self._send(400, {"Content-Type": "text/plain"}, b"bad path", send_body)
            return
        meta_file = file.with_name(file.name + ".meta.json")
        if not file.is_file() and not meta_file.is_file():
            self._send(404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>", send_body)
            return
        meta = json.loads(meta_file.read_text("utf-8")) if meta_file.is_file() else {}
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
    root: Path, port: int = 0, variant: str | None = None, delay: float = 0.0
) -> ThreadingHTTPServer:
    """A replay server on 127.0.0.1 (port 0 picks a free port); call serve_forever()."""
    attributes = {"root": Path(root), "variant": variant, "delay": delay}
    handler = type("BoundReplayHandler", (ReplayHandler,), attributes)
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


def start_in_thread(
    root: Path, port: int = 0, variant: str | None = None, delay: float = 0.0
) -> tuple[ThreadingHTTPServer, str]:
    """Start a replay server in a daemon thread; returns the server and its base URL."""
    server = make_server(root, port, variant, delay)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("tests/fixtures/replay"))
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--variant", help="serve the site as in tests/fixtures/replay/_variants/VARIANT")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="run this, then stop")
    args = parser.parse_args()
    if not args.root.is_dir():
        parser.error(f"replay root not found: {args.root}")
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        server = make_server(args.root, args.port, args.variant)
        print(f"REPLAY_URL=http://127.0.0.1:{server.server_address[1]}", flush=True)
        server.serve_forever()
    server, url = start_in_thread(args.root, args.port, args.variant)
    print(f"replay site {args.root} at {url}", file=sys.stderr, flush=True)
    try:
        returncode = subprocess.call(command, env={**os.environ, "REPLAY_URL": url})
    finally:
        server.shutdown()
    sys.exit(returncode)


if __name__ == "__main__":
    main()
