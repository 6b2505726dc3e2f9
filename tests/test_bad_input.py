"""Bad input on every command: one line naming the input, a non-zero exit, nothing touched."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import BIN, FIXTURES, ROOT

SEED_POST = FIXTURES / "mirror" / "000_e765935a961253ff.txt"


def crawl(*arguments: str, db: Path) -> subprocess.CompletedProcess:
    command = [
        str(BIN / "scrapy"),
        "crawl",
        *arguments,
        "-s",
        f"ARCHIVE_DB={db}",
        "-s",
        "REPLAY_URL=http://127.0.0.1:9",
    ]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def archive(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "archive"), *arguments], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(result: subprocess.CompletedProcess, *names: str) -> None:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for name in names:
        assert name in lines[0], lines[0]


@pytest.fixture
def damaged_archives(tmp_path, crawled_db) -> dict[str, Path]:
    """A file of noise, a real archive cut to a third, and a real archive with scrambled pages."""
    real = crawled_db.read_bytes()
    files = {
        "noise": os.urandom(20_000),
        "truncated": real[: len(real) // 3],
        "scrambled": real[:8192] + os.urandom(16384) + real[24576:],
    }
    for name, data in files.items():
        (tmp_path / f"{name}.db").write_bytes(data)
    return {name: tmp_path / f"{name}.db" for name in files}


@pytest.mark.parametrize(
    "arguments, named",
    [
        (["-a", "topc=xiami"], "-a topc"),
        (["-a", "since=2021-13-01"], "since"),
        (["-a", "since=2021-02-30"], "since"),
        (["-a", "since=2021-02-01", "-a", "until=2021-01-01"], "since=2021-02-01"),
        (["-a", "depth=deep"], "depth"),
        (["-a", "lang=klingon"], "klingon"),
        (["-a", "topic=nothing"], "nothing"),
    ],
)
def test_crawl_refuses_bad_spider_arguments(tmp_path, arguments, named):
    db = tmp_path / "archive.db"
    result = crawl("rfa", *arguments, db=db)
    assert_one_line_error(result, named)
    assert not db.exists()  # nothing was started


def test_crawl_refuses_a_bad_archive_path_and_leaves_it_untouched(tmp_path, damaged_archives):
    for name, path in damaged_archives.items():
        before = digest(path)
        assert_one_line_error(crawl("rfa", db=path), str(path))
        assert digest(path) == before, name
        assert not Path(f"{path}-wal").exists()
    assert_one_line_error(crawl("rfa", db=tmp_path / "missing" / "archive.db"), "missing")
    assert_one_line_error(crawl("rfa", db=tmp_path), "folder")


@pytest.mark.parametrize(
    "command", [["stats"], ["reprocess"], ["serve", "--port", "9"], ["import", str(SEED_POST)]]
)
def test_archive_commands_refuse_a_damaged_or_missing_archive(tmp_path, damaged_archives, command):
    for name, path in damaged_archives.items():
        before = digest(path)
        result = archive(*command, "--db", str(path))
        assert_one_line_error(result, str(path))
        assert digest(path) == before, name
    assert_one_line_error(archive(*command, "--db", str(tmp_path)), "folder")
    if command[0] != "import":  # import creates a new archive; the others never do
        missing = tmp_path / "none.db"
        assert_one_line_error(archive(*command, "--db", str(missing)), str(missing))
        assert not missing.exists()


def test_import_refuses_a_missing_or_unreadable_folder(tmp_path):
    db = tmp_path / "archive.db"
    shutil.copy(SEED_POST, tmp_path / "seed.md")
    archive("import", str(tmp_path / "seed.md"), "--db", str(db))
    before = digest(db)
    assert_one_line_error(
        archive("import", str(tmp_path / "no-such-folder"), "--db", str(db)), "no-such-folder"
    )
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    # root reads any folder: drop the capabilities that let it, so the folder is unreadable
    without_override = (
        ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    )
    try:
        result = subprocess.run(
            [*without_override, str(BIN / "archive"), "import", str(locked), "--db", str(db)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        locked.chmod(0o700)
    assert_one_line_error(result, str(locked), "Permission denied")
    assert digest(db) == before


def test_import_reports_an_unreadable_file_and_exits_non_zero(tmp_path):
    folder = tmp_path / "posts"
    folder.mkdir()
    shutil.copy(SEED_POST, folder / "seed.md")
    (folder / "broken.md").symlink_to("/proc/self/mem")  # exists, but reading it fails even for root
    result = archive("import", str(folder), "--db", str(tmp_path / "archive.db"))
    assert result.returncode == 1
    assert "broken.md: cannot read" in result.stderr
    assert "2 files: 1 imported, 1 failed" in result.stdout


def test_extract_names_a_missing_file(tmp_path):
    assert_one_line_error(archive("extract", str(tmp_path / "gone.html")), "gone.html")
