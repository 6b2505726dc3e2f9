"""`python -m tests.bench.crawl`: crawl throughput against the replay site, without and with faults.

A bulk replay site (tests/fixtures/bulk_site.py: real hkcnews text, one sitemap) is crawled
twice through the real Scrapy engine into fresh archives: once clean, once with 20 % of pages
failing on first request (503, 429 Retry-After 0, or a reset connection; the server's
``--fault-rate``). Prints pages per second, peak memory of the crawl process, retries, and
lost or duplicated articles (both must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.replay_server import start_in_thread
from tests.fixtures.bulk_site import make_bulk_site

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def crawl(site: Path, db_path: Path, fault_rate: float) -> dict:
    server, url = start_in_thread(site, fault_rate=fault_rate)
    command = [
        str(BIN / "scrapy"), "crawl", "rfa", "-a", "discover=sitemap",
        "-s", f"ARCHIVE_DB={db_path}", "-s", f"REPLAY_URL={url}", "-s", "LOG_LEVEL=WARNING",
        "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    server.shutdown()
    with sqlite3.connect(db_path) as db:
        articles, distinct = db.execute("select count(*), count(distinct url) from articles").fetchone()
        errors, resolved = db.execute(
            "select count(*) - count(resolved_at), count(resolved_at) from fetch_errors"
        ).fetchone()
        stats = db.execute("select stats from crawl_runs").fetchone()[0]
    retries = json.loads(stats).get("retry/count", 0)
    return {
        "status": os.waitstatus_to_exitcode(status),
        "seconds": elapsed,
        "articles": articles,
        "duplicates": articles - distinct,
        "fetch_errors": errors,
        "resolved": resolved,
        "retries": retries,
        "peak_mb": usage.ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        urls = make_bulk_site(site, args.pages)
        print(f"crawl: {len(urls)} article pages (+ robots.txt, sitemap), replay site on 127.0.0.1")
        for rate in (0.0, 0.2):
            result = crawl(site, Path(folder) / f"archive-{rate}.db", rate)
            lost = len(urls) - result["articles"] + result["duplicates"]
            print(
                f"  faults {rate:>4.0%}: {result['articles'] / result['seconds']:6.1f} pages/s "
                f"({result['seconds']:.1f} s), peak RSS {result['peak_mb']:.0f} MB, "
                f"{result['retries']} retries, {result['fetch_errors']} fetch errors "
                f"(+{result['resolved']} resolved by retries), "
                f"lost {lost}, duplicated {result['duplicates']}, exit {result['status']}"
            )


if __name__ == "__main__":
    main()
