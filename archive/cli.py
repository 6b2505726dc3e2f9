"""``archive``: work with archive.db and with single saved pages.

archive extract page.html --url https://www.rfa.org/...   # debug extraction, JSON on stdout
archive reprocess                                           # re-extract every stored raw page
archive stats                                               # what the archive holds
archive serve                                               # Datasette with the project's metadata
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from pipelines import store
from pipelines.process import extraction_failure_reason, process_file, process_page
from pipelines.search import fts_query

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
DB_OPTION = click.option(
    "--db",
    "db_path",
    default="archive.db",
    show_default=True,
    envvar="ARCHIVE_DB",
    help="Path of the SQLite archive.",
)


def open_existing(db_path: str):
    """The archive at ``db_path``; a clear error when there is none (never create one by accident)."""
    return open_archive(db_path, must_exist=True)


def open_archive(db_path: str, must_exist: bool = False):
    """Open the archive after checking it, so a damaged or misplaced file is refused untouched."""
    try:
        store.check_archive(db_path, must_exist=must_exist)
    except store.ArchiveError as error:
        raise click.ClickException(str(error)) from error
    return store.open_db(db_path)


@click.group()
@click.version_option(package_name="rfa-archive")
def cli() -> None:
    """Chinese-language news archive: extraction, storage and Datasette."""


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--url", help="The page's real URL (guides site parsers and dates).")
def extract(file: Path, url: str | None) -> None:
    """Extract one saved page (HTML in any encoding, or a Jekyll/Markdown mirror post)
    and print the record as JSON."""
    try:
        record = process_file(file, url)
    except ValueError as error:
        click.echo(f"archive extract: {file}: {error}", err=True)
        sys.exit(1)
    click.echo(json.dumps(record, ensure_ascii=False, indent=2, default=str))


MIRROR_SUFFIXES = {".md", ".markdown", ".html", ".htm", ".txt"}


def mirror_files(path: Path) -> list[Path]:
    """The file itself, or a folder's posts: files that open with a YAML front matter block
    (READMEs and layouts in a Jekyll tree are not articles). Raises OSError if unreadable."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise FileNotFoundError(2, "no such file or folder", str(path))
    next(path.iterdir(), None)  # an unreadable folder fails here, not half-way
    candidates = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MIRROR_SUFFIXES)
    return [p for p in candidates if _opens_with_front_matter(p)]


def _opens_with_front_matter(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(8).lstrip(b"\xef\xbb\xbf").startswith(b"---")
    except OSError:
        return True  # import it, so the failure is reported with its path


@cli.command("import")
@click.argument("path", type=click.Path(readable=False, path_type=Path))  # checked below, one line
@DB_OPTION
def import_command(path: Path, db_path: str) -> None:
    """Import mirrored articles: Jekyll posts (like the seed) and Markdown files with YAML
    front matter, from one file or a folder. Idempotent; a file that fails is reported
    with its path and reason (and kept in raw_pages), and the import goes on."""
    try:
        files = mirror_files(path)
    except OSError as error:
        raise click.ClickException(f"cannot read {path}: {error.strerror}") from error
    db = open_archive(db_path)
    run_id = store.start_run(db, "import", {"path": str(path)})
    counts = {"imported": 0, "failed": 0}
    with click.progressbar(files, label=f"Importing {len(files)} files", file=sys.stderr) as progress:
        for file in progress:
            counts[_import_one(db, file)] += 1
    store.finish_run(db, run_id, "finished", {"item_scraped_count": counts["imported"], **counts})
    click.echo(f"{len(files)} files: {counts['imported']} imported, {counts['failed']} failed")
    if counts["failed"]:
        sys.exit(1)  # the import went on, but not everything could be archived


def _import_one(db, file: Path) -> str:
    try:
        body = file.read_bytes()
    except OSError as error:
        click.echo(f"\narchive import: {file}: cannot read ({error.strerror})", err=True)
        return "failed"
    page = {
        "url": file.resolve().as_uri(),
        "status": 200,
        "headers": {},
        "body": body,
        "fetched_at": store.now(),
        "spider": "import",
        "via": "mirror",
    }
    try:
        record = process_page(None, body, fallback_url=page["url"])
    except ValueError as error:
        click.echo(f"\narchive import: {file}: {error}", err=True)
        page["error_reason"] = extraction_failure_reason(error)
        store.store_page(db, page, None, f"{type(error).__name__}: {error}")
        return "failed"
    store.store_page(db, {**page, "url": record["url"]}, record)
    return "imported"


@cli.command()
@DB_OPTION
def reprocess(db_path: str) -> None:
    """Re-run extraction over every stored raw page (no network) and update the archive."""
    db = open_existing(db_path)
    pages = list(store.stored_pages(db))
    counts = {"changed": 0, "unchanged": 0, "new": 0, "failed": 0}
    with click.progressbar(pages, label="Reprocessing", file=sys.stderr) as progress:
        for row in progress:
            counts[_reprocess_one(db, row)] += 1
    click.echo(
        f"{len(pages)} pages: {counts['changed']} changed, {counts['unchanged']} unchanged, "
        f"{counts['new']} newly extracted, {counts['failed']} failed"
    )


def _reprocess_one(db, row: dict) -> str:
    headers = json.loads(row["headers"] or "{}")
    previous = (
        row["article_id"]
        and db.execute("select content_hash from articles where id = ?", [row["article_id"]]).fetchone()
    )
    try:
        record = process_page(row["url"], store.raw_body(row), headers)
    except ValueError as error:
        with db.atomic():
            db["raw_pages"].update(row["id"], {"error": f"{type(error).__name__}: {error}"})
        return "failed"
    page = {"url": row["url"], "fetched_at": row["last_fetched_at"], "via": row["via"]}
    with db.atomic():
        key = store.save_record(db, record, raw_page_id=row["id"], page=page)
        db["raw_pages"].update(row["id"], {"error": None, "article_id": key, "encoding": record["encoding"]})
    if not previous:
        return "new"
    return "unchanged" if previous[0] == record["content_hash"] else "changed"


@cli.command()
@DB_OPTION
def stats(db_path: str) -> None:
    """Print what the archive holds: articles, bylines, images, links, failures."""
    db = open_existing(db_path)
    for table in ("articles", "bylines", "images", "links", "raw_pages", "crawl_runs"):
        click.echo(f"{table:>12}: {db[table].count}")
    failed = db.execute("select count(*) from raw_pages where error is not null").fetchone()[0]
    click.echo(f"{'failed pages':>12}: {failed}")


@cli.command("fts-query")
@click.argument("query", nargs=-1, required=True)
def fts_query_command(query: tuple[str, ...]) -> None:
    """Print the FTS5 MATCH expression for a Chinese query, for use from the sqlite3 shell:

    sqlite3 archive.db "select title from articles where rowid in
    (select rowid from articles_search where articles_search match '$(archive fts-query 虾米音乐)')"
    """
    click.echo(fts_query(" ".join(query)))


@cli.command(context_settings={"ignore_unknown_options": True})
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.argument("datasette_args", nargs=-1, type=click.UNPROCESSED)
def serve(db_path: str, host: str, port: int, datasette_args: tuple[str, ...]) -> None:
    """Start Datasette on the archive with web/metadata.yml, templates and plugins."""
    open_existing(db_path).close()  # also brings an older archive's schema up to date
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        db_path,
        "--metadata",
        str(WEB_DIR / "metadata.yml"),
        "--template-dir",
        str(WEB_DIR / "templates"),
        "--plugins-dir",
        str(WEB_DIR / "plugins"),
        "--static",
        f"static:{WEB_DIR / 'static'}",
        # Facets come from web/metadata.yml; suggesting more would re-run every search many times.
        "--setting",
        "suggest_facets",
        "off",
        "--host",
        host,
        "--port",
        str(port),
        *datasette_args,
    ]
    os.execv(sys.executable, command)
