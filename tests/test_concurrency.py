"""Datasette reads archive.db while a crawl of 2,000 pages writes it: nobody sees `database is locked`.

The crawl writes one transaction per page in WAL mode; Datasette opens the file read-only.
Queries run against the running Datasette for the whole crawl (the site is built by
tests/fixtures/bulk_site.py from real hkcnews text).
"""

from __future__ import annotations

import sqlite3
import subprocess
import urllib.error
import urllib.parse
import urllib.request

from crawler.replay_server import start_in_thread
from pipelines import store
from tests.conftest import BIN, ROOT, datasette_server
from tests.fixtures.bulk_site import make_bulk_site

PAGES = 2000
QUERIES = [
    "/archive.json?sql=select+count(*)+as+n+from+articles&_shape=array",
    "/archive/articles.json?_size=10&_sort_desc=fetched_at&_shape=array",
    "/archive/search.json?q=" + urllib.parse.quote("香港") + "&_shape=array",
    "/archive/articles?_search=" + urllib.parse.quote("政府"),
    "/archive/fetch_errors.json?_shape=array",
    "/archive/people.json?_size=5&_shape=array",
]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def test_datasette_reads_while_a_2000_page_crawl_writes(tmp_path):
    urls = make_bulk_site(tmp_path / "site", PAGES)
    db_path = tmp_path / "archive.db"
    store.open_db(str(db_path)).close()  # the file Datasette opens before the crawl starts
    server, replay = start_in_thread(tmp_path / "site")
    log = tmp_path / "crawl.log"
    answers: list[tuple[str, int, str]] = []
    counts: list[int] = []
    try:
        with datasette_server(db_path) as base, log.open("w") as log_file:
            crawl = subprocess.Popen(
                [str(BIN / "scrapy"), "crawl", "rfa", "-a", "discover=sitemap", "-a", "depth=0",
                 "-s", f"ARCHIVE_DB={db_path}", "-s", f"REPLAY_URL={replay}",
                 "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
                 "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"],
                cwd=ROOT, stdout=log_file, stderr=subprocess.STDOUT,
            )  # fmt: skip
            while crawl.poll() is None:
                for query in QUERIES:
                    status, body = fetch(base + query)
                    answers.append((query, status, body))
                    if query == QUERIES[0] and status == 200:
                        counts.append(int(body.split(":")[1].strip(" }]\n")))
            crawl.wait(timeout=600)
            final = fetch(base + QUERIES[0])
    finally:
        server.shutdown()
    crawl_log = log.read_text()
    assert crawl.returncode == 0, crawl_log[-3000:]
    assert "locked" not in crawl_log and "Traceback" not in crawl_log
    failed = [(query, status, body[:200]) for query, status, body in answers if status != 200]
    assert not failed, failed[:5]
    assert not [query for query, _, body in answers if "database is locked" in body]
    assert len(answers) >= 100  # queries really ran throughout
    assert len(set(counts)) >= 5 and counts == sorted(counts)  # reads saw the archive grow, never shrink
    assert f'"n": {PAGES}' in final[1]
    with sqlite3.connect(db_path) as db:
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        assert db.execute("pragma journal_mode").fetchone() == ("wal",)
        stored = {url for (url,) in db.execute("select url from articles")}
    assert stored == set(urls)
