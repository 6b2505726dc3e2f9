"""Shared fixtures: the replay site, real crawls into a real archive.db, free ports."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
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


# Hand-made hostile page (labelled): a legacy-layout article whose body carries script,
# event-handler and javascript: payloads, as a compromised or malicious page might.
XSS_URL = "https://www.rfa.org/mandarin/yataibaodao/meiti/xss-01082021120000.html"
XSS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>XSS test page</title>
<script>document.title = "pwned-head";</script></head><body>
<h1>测试页面：恶意脚本不得执行</h1><span id="story_date">2021-01-08</span>
<div id="storytext">
<p>这是一个手工制作的测试页面，正文里藏着脚本。<script>document.title = "pwned";</script></p>
<p><img src="x" onerror="document.title = 'pwned-img'">图片加载失败时会触发事件处理器。</p>
<p><a href="javascript:document.title='pwned-link'">点击这个链接</a>不应执行任何代码。</p>
<p onmouseover="document.title='pwned-hover'">鼠标经过这段文字也不应触发脚本。</p>
<svg onload="document.title='pwned-svg'"></svg><iframe src="javascript:alert(1)"></iframe>
<p>记者：测试</p></div></body></html>"""


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@contextmanager
def datasette_server(db_path: Path):
    """`archive serve` as a real process on a free port; yields its base URL."""
    port = free_port()
    # A file, not a pipe: an unread pipe fills with access-log lines and stalls the server.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [str(BIN / "archive"), "serve", "--db", str(db_path), "--port", str(port)],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    get_json(f"{base}/-/versions.json")
                    break
                except OSError:
                    time.sleep(0.2)
            else:
                log.seek(0)
                raise RuntimeError(log.read().decode())
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def explore_db(tmp_path_factory, crawled_db) -> Path:
    """The replay crawl plus the hostile page, crawled through a scratch replay root."""
    folder = tmp_path_factory.mktemp("explore")
    db_path = folder / "archive.db"
    shutil.copy(crawled_db, db_path)
    page = folder / "replay" / "www.rfa.org/mandarin/yataibaodao/meiti/xss-01082021120000.html"
    page.parent.mkdir(parents=True)
    page.write_text(XSS_PAGE, "utf-8")
    server, url = start_in_thread(folder / "replay")
    try:
        run_crawl(db_path, url, "-a", f"urls={XSS_URL}", "-a", "depth=0")
    finally:
        server.shutdown()
    return db_path


@pytest.fixture(scope="session")
def explore_site(explore_db):
    with datasette_server(explore_db) as base:
        yield base
