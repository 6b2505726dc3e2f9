"""`make bench`: pipeline throughput and peak memory on the replay corpus, repeated.

Every article page of tests/fixtures/replay is processed and stored under distinct
URLs until at least PAGES pages have gone through; figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from pipelines import store
from pipelines.process import process_page

REPLAY_ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "replay"


def article_pages() -> list[tuple[str, bytes]]:
    pages = []
    for path in sorted(REPLAY_ROOT.rglob("*.html")):
        url = "https://" + path.relative_to(REPLAY_ROOT).as_posix()
        pages.append((url, path.read_bytes()))
    return pages


def workload(total: int) -> list[tuple[str, bytes]]:
    pages = article_pages()
    return [(f"{url}?copy={i}", body) for i in range(total // len(pages) + 1) for url, body in pages][:total]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    work = workload(args.pages)
    print(f"workload: {len(work)} pages ({len(article_pages())} replay article pages repeated)")

    extract_seconds = store_seconds = 0.0
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(str(Path(folder) / "archive.db"))
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        for url, body in work:  # streamed, as in a crawl: peak memory is per page, not per corpus
            started = time.perf_counter()
            record = process_page(url, body)
            extract_seconds += time.perf_counter() - started
            page = {"url": url, "status": 200, "headers": {}, "body": body, "fetched_at": fetched_at}
            started = time.perf_counter()
            store.store_page(db, page, record)
            store_seconds += time.perf_counter() - started
        size = sum(f.stat().st_size for f in Path(folder).glob("archive.db*"))
    print(f"extraction:            {len(work) / extract_seconds:8.1f} pages/s  ({extract_seconds:.1f} s)")
    print(f"storage:               {len(work) / store_seconds:8.1f} pages/s  ({store_seconds:.1f} s)")
    total = extract_seconds + store_seconds
    print(f"extraction + storage:  {len(work) / total:8.1f} pages/s  ({total:.1f} s)")
    print(f"archive size:          {size / 1e6:8.1f} MB")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (RSS):     {peak_kb / 1024:8.1f} MB")


if __name__ == "__main__":
    main()
