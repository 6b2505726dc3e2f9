"""The replay site itself: file mapping, per-file status and headers, real URLs kept."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from crawler.replay import replay_url_for
from crawler.replay_server import fixture_path, start_in_thread


@pytest.fixture
def site(tmp_path):
    # Hand-made fixture files for the server's own behaviour.
    page = tmp_path / "www.rfa.org/mandarin/a/story_archive@b_start:int=15"
    page.parent.mkdir(parents=True)
    page.write_text("<html><body>page two</body></html>")
    gone = tmp_path / "www.rfa.org/mandarin/a/gone.html"
    gone.write_text("<html><body>gone</body></html>")
    Path(f"{gone}.meta.json").write_text(
        json.dumps({"status": 410, "headers": {"Content-Type": "text/html; charset=gb2312", "ETag": '"v1"'}})
    )
    (tmp_path / "www.rfa.org/mandarin/index.html").write_text("<html>index</html>")
    server, url = start_in_thread(tmp_path)
    yield url
    server.shutdown()


def fetch(url: str):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_query_strings_map_to_at_files(site):
    url = replay_url_for(site, "https://www.rfa.org/mandarin/a/story_archive?b_start:int=15")
    status, headers, body = fetch(url)
    assert status == 200 and b"page two" in body and headers["Content-Type"] == "text/html"


def test_sidecar_sets_status_and_headers(site):
    status, headers, _ = fetch(replay_url_for(site, "https://www.rfa.org/mandarin/a/gone.html"))
    assert status == 410
    assert headers["Content-Type"] == "text/html; charset=gb2312" and headers["ETag"] == '"v1"'


def test_trailing_slash_serves_index_and_missing_is_404(site):
    assert fetch(replay_url_for(site, "https://www.rfa.org/mandarin/"))[0] == 200
    assert fetch(replay_url_for(site, "https://www.rfa.org/mandarin/none.html"))[0] == 404


def test_paths_cannot_escape_the_root(tmp_path):
    with pytest.raises(ValueError):
        fixture_path(tmp_path, "www.rfa.org", "/../../etc/passwd")
