"""Resumable crawls (``-s JOBDIR=...``) that lose nothing when killed.

Scrapy persists the pending request queue and the seen-request fingerprints in JOBDIR.
A crawl killed with SIGKILL has already marked as seen the requests it had dequeued but
not finished, so a resumed crawl would never fetch them. This filter remembers requests
for one session only: the resumed crawl walks again from its seeds, conditional requests
make pages already archived cost a 304, and the idempotent store adds no duplicates.
"""

from __future__ import annotations

from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.request import RequestFingerprinterProtocol


class SessionDupeFilter(RFPDupeFilter):
    def __init__(
        self,
        path: str | None = None,
        debug: bool = False,
        *,
        fingerprinter: RequestFingerprinterProtocol | None = None,
    ) -> None:
        super().__init__(None, debug, fingerprinter=fingerprinter)  # never read or write JOBDIR
