"""Politeness: Retry-After is honoured, robots.txt and the User-Agent are on by default."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from crawler.retry_after import retry_after_seconds
from tests.conftest import SEED_FILE, SEED_URL, run_crawl


def test_retry_after_header_forms():
    now = datetime(2021, 1, 6, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("Wed, 06 Jan 2021 12:00:05 GMT", now) == 5.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


class BusyThenOk(BaseHTTPRequestHandler):
    """Hand-made server: 429 with Retry-After: 1 on the first article request, then the seed page."""

    hits: list[tuple[float, str]] = []

    def do_GET(self):  # noqa: N802
        if self.path.endswith("robots.txt"):
            self.send_response(404)
            self.end_headers()
            return
        BusyThenOk.hits.append((time.monotonic(), self.headers.get("User-Agent", "")))
        if len(BusyThenOk.hits) == 1:
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        body = SEED_FILE.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_429_is_retried_after_the_time_the_server_asks(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), BusyThenOk)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        db_path = tmp_path / "archive.db"
        run_crawl(
            db_path, f"http://127.0.0.1:{server.server_address[1]}", "-a", f"urls={SEED_URL}", "-a", "depth=0"
        )
    finally:
        server.shutdown()
    (first, agent), (second, _) = BusyThenOk.hits[:2]
    assert second - first >= 1.0  # waited as asked before retrying
    assert agent.startswith("rfa-archive/") and "+http" in agent  # names the project and a contact URL
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 1
