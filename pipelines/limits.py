"""A per-page time limit, so one hostile page cannot stall a crawl or an import.

Uses SIGALRM, so it applies in the main thread (Scrapy's pipelines and the CLI run
there); elsewhere the page runs unlimited. A long C call (lxml) finishes before the
limit is noticed, which is why page size is bounded too (DOWNLOAD_MAXSIZE).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ExtractionTimeout(ValueError):
    """Extraction of one page took longer than its time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
