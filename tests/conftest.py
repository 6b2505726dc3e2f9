"""Shared fixtures: the replay site, real crawls into a real archive.db, free ports."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.replay_server import start_in_thread

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
REPLAY_ROOT = FIXTURES / "replay"
BIN = Path(sys.executable).parent
SEED_URL = "https://www.rfa.org/mandarin/yataibaodao/meiti/ql-01062021113811.html"
SEED_FILE = REPLAY_ROOT / "www.rfa.org/mandarin/yataibaodao/meiti/ql-01062021113811.html"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_crawl(db_path: Path, replay_url: str, *spider_args: str) -> subprocess.CompletedProcess:
    """Run the real `scrapy crawl rfa` process against the replay site."""
    command = [str(BIN / "scrapy"), "crawl", "rfa", *spider_args]
    for setting in (
        f"ARCHIVE_DB={db_path}",
        f"REPLAY_URL={replay_url}",
        "AUTOTHROTTLE_ENABLED=0",
        "DOWNLOAD_DELAY=0",
        "LOG_LEVEL=INFO",
    ):
        command += ["-s", setting]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


@pytest.fixture(scope="session")
def replay_url():
    server, url = start_in_thread(REPLAY_ROOT)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def crawled_db(tmp_path_factory, replay_url) -> Path:
    """archive.db after one `scrapy crawl rfa -a topic=xiami` over the replay site."""
    db_path = tmp_path_factory.mktemp("crawl") / "archive.db"
    run_crawl(db_path, replay_url, "-a", "topic=xiami")
    return db_path
