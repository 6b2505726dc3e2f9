"""archive.db through sqlite-utils: schema, idempotent upserts, versions, crawl runs.

The only module that knows about SQLite. Each page is stored in one transaction
(sqlite-utils ``atomic``), so a crawl killed half-way leaves no half-stored article.
Derived rows (links, images, bylines, topics, quotes, dates) are replaced whenever a
page is processed again, so re-runs are idempotent.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from pipelines import dedupe
from pipelines.quotes import normalise_name
from pipelines.search import search_tokens

ARTICLE_COLUMNS = {
    "id": str,
    "source": str,
    "url": str,
    "canonical_url": str,
    "title": str,
    "published_at": str,
    "published_source": str,
    "published_month": str,
    "updated_at": str,
    "fetched_at": str,
    "first_seen_at": str,
    "lang": str,
    "script": str,
    "section": str,
    "topic": str,
    "byline_raw": str,
    "body_text": str,
    "body_html": str,
    "summary": str,
    "content_hash": str,
    "extraction_method": str,
    "status": str,
    "removed_at": str,
    "via": str,
    "external_id": str,
}
# (table, columns, primary key, foreign keys); created in this order.
SCHEMA: list[tuple[str, dict[str, Any], str | tuple[str, ...], list[tuple[str, str, str]]]] = [
    ("articles", ARTICLE_COLUMNS, "id", []),
    (
        "raw_pages",
        {
            "id": str,
            "url": str,
            "article_id": str,
            "status": int,
            "headers": str,
            "encoding": str,
            "body": bytes,
            "body_sha256": str,
            "size": int,
            "fetched_at": str,
            "last_fetched_at": str,
            "spider": str,
            "via": str,
            "error": str,
        },
        "id",
        [],
    ),
    (
        "article_versions",
        {
            "article_id": str,
            "content_hash": str,
            "title": str,
            "body_text": str,
            "raw_page_id": str,
            "first_seen_at": str,
            "last_seen_at": str,
        },
        ("article_id", "content_hash"),
        [("article_id", "articles", "id")],
    ),
    (
        "article_urls",
        {"article_id": str, "url": str, "kind": str, "first_seen_at": str},
        ("article_id", "url"),
        [("article_id", "articles", "id")],
    ),
    (
        "links",
        {"article_id": str, "url": str, "anchor": str, "related": int},
        ("article_id", "url"),
        [("article_id", "articles", "id")],
    ),
    (
        "images",
        {"article_id": str, "position": int, "src": str, "alt": str, "caption": str, "lead": int},
        ("article_id", "position"),
        [("article_id", "articles", "id")],
    ),
    (
        "bylines",
        {"article_id": str, "name": str, "role": str},
        ("article_id", "name", "role"),
        [("article_id", "articles", "id")],
    ),
    (
        "topics",
        {"article_id": str, "topic": str, "score": float, "terms": str},
        ("article_id", "topic"),
        [("article_id", "articles", "id")],
    ),
    (
        "people",
        {"id": str, "name": str, "variants": str, "roles": str, "quote_count": int, "article_count": int},
        "id",
        [],
    ),
    (
        "quotes",
        {
            "article_id": str,
            "position": int,
            "person_id": str,
            "speaker": str,
            "role": str,
            "text": str,
            "verb": str,
            "direct": int,
            "start": int,
            "end": int,
        },
        ("article_id", "position"),
        [("article_id", "articles", "id"), ("person_id", "people", "id")],
    ),
    (
        "org_statements",
        {
            "article_id": str,
            "position": int,
            "organisation": str,
            "text": str,
            "verb": str,
            "direct": int,
            "start": int,
            "end": int,
        },
        ("article_id", "position"),
        [("article_id", "articles", "id")],
    ),
    (
        "date_mentions",
        {
            "article_id": str,
            "position": int,
            "surface": str,
            "start": int,
            "end": int,
            "value_start": str,
            "value_end": str,
            "granularity": str,
            "relative": int,
            "sentence": str,
        },
        ("article_id", "position"),
        [("article_id", "articles", "id")],
    ),
    (
        "minhashes",
        {"article_id": str, "signature": bytes},
        "article_id",
        [("article_id", "articles", "id")],
    ),
    (
        "minhash_bands",
        {"band": int, "key": str, "article_id": str},
        ("band", "key", "article_id"),
        [("article_id", "articles", "id")],
    ),
    (
        "near_duplicates",
        {"article_id": str, "other_id": str, "similarity": float},
        ("article_id", "other_id"),
        [("article_id", "articles", "id"), ("other_id", "articles", "id")],
    ),
    (
        "duplicate_groups",
        {"article_id": str, "group_id": str},
        "article_id",
        [("article_id", "articles", "id")],
    ),
    (
        "fetch_errors",
        {
            "url": str,
            "reason": str,
            "detail": str,
            "attempts": int,
            "times_seen": int,
            "first_seen_at": str,
            "last_seen_at": str,
            "resolved_at": str,
            "spider": str,
        },
        "url",
        [],
    ),
    (
        "crawl_runs",
        {
            "id": int,
            "spider": str,
            "args": str,
            "started_at": str,
            "finished_at": str,
            "finish_reason": str,
            "items": int,
            "stats": str,
        },
        "id",
        [],
    ),
]
# Derived rows are replaced wholesale when a page is (re)processed.
CHILD_TABLES = ("links", "images", "bylines", "topics", "date_mentions", "quotes", "org_statements")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_id(canonical_url: str) -> str:
    """Stable key of an article: a short hash of its canonical URL."""
    return hashlib.sha1(canonical_url.encode()).hexdigest()[:16]


SQLITE_HEADER = b"SQLite format 3\x00"


class ArchiveError(Exception):
    """archive.db cannot be used as it is; the message names the path and why."""


def check_archive(path: str | os.PathLike, must_exist: bool = False) -> None:
    """Refuse a path that is not, and cannot become, a sound archive, without writing to it."""
    file = Path(path)
    if file.is_dir():
        raise ArchiveError(f"{path}: is a folder, not an archive file")
    if not file.exists():
        if must_exist:
            raise ArchiveError(f"no archive at {path}: run a crawl first (make demo)")
        if not file.parent.is_dir():
            raise ArchiveError(f"{path}: folder {file.parent} does not exist")
        return
    try:
        with file.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ArchiveError(f"{path}: cannot read ({error.strerror})") from error
    if header and header != SQLITE_HEADER:
        raise ArchiveError(f"{path}: not a SQLite database")
    if header:
        _check_readable(file)


def _check_readable(file: Path) -> None:
    """Read the schema and first pages read-only: a truncated or scrambled file fails here. A crash
    (even mid-checkpoint) leaves a WAL beside the file that completes it, so read through the WAL
    then; the file alone may hold half a commit."""
    wal_left = Path(f"{file}-wal").exists()
    mode = "mode=ro" if wal_left else "immutable=1"
    try:
        with sqlite3.connect(f"{file.resolve().as_uri()}?{mode}", uri=True) as db:
            db.execute("select count(*) from sqlite_master").fetchone()
            (result,) = db.execute("pragma quick_check(1)").fetchone()
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{file}: damaged database ({_one_line(str(error))})") from error
    if result != "ok":
        raise ArchiveError(f"{file}: damaged database ({_one_line(result)})")


def _one_line(message: str) -> str:
    return "; ".join(line.strip() for line in message.splitlines() if line.strip())


def open_db(path: str) -> sqlite_utils.Database:
    """Open (and if needed create) the archive, in WAL mode so readers never block a crawl."""
    db = sqlite_utils.Database(path)
    db.enable_wal()
    # WAL with synchronous=NORMAL stays consistent after a crash; only the last commits may be lost.
    db.execute("pragma synchronous = normal")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    for name, columns, pk, foreign_keys in SCHEMA:
        table = db.table(name)
        if not table.exists():
            table.create(columns, pk=pk, foreign_keys=foreign_keys or None)
        else:  # new columns added by later versions
            missing = {c: t for c, t in columns.items() if c not in table.columns_dict}
            for column, column_type in missing.items():
                table.add_column(column, column_type)
    # Chinese search: bigram text in a stock FTS5 table, rowid = articles.rowid (see pipelines/search.py).
    db.execute(
        "create virtual table if not exists articles_search using fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 0')"
    )
    for table, columns in [
        ("articles", ["published_at"]),
        ("articles", ["source"]),
        ("articles", ["url"]),
        ("raw_pages", ["url"]),
        ("raw_pages", ["article_id"]),
        ("articles", ["external_id"]),
        ("article_urls", ["url"]),
        ("links", ["url"]),
        ("bylines", ["name"]),
        ("topics", ["topic"]),
        ("date_mentions", ["value_start"]),
        ("quotes", ["person_id"]),
        ("minhash_bands", ["article_id"]),
        ("duplicate_groups", ["group_id"]),
    ]:
        db.table(table).create_index(columns, if_not_exists=True)


def raw_page_row(page: dict[str, Any]) -> dict[str, Any]:
    body: bytes = page["body"]
    digest = hashlib.sha256(body).hexdigest()
    return {
        # The same bytes fetched live and from the Wayback Machine are two records of the page.
        "id": hashlib.sha1(f"{page['url']}\n{page.get('via', 'live')}\n{digest}".encode()).hexdigest()[:16],
        "url": page["url"],
        "status": page.get("status", 200),
        "headers": json.dumps(page.get("headers") or {}, ensure_ascii=False),
        "body": zlib.compress(body, 6),
        "body_sha256": digest,
        "size": len(body),
        "fetched_at": page["fetched_at"],
        "last_fetched_at": page["fetched_at"],
        "spider": page.get("spider"),
        "via": page.get("via", "live"),
    }


def raw_body(row: dict[str, Any]) -> bytes:
    return zlib.decompress(row["body"])


def store_page(
    db: sqlite_utils.Database,
    page: dict[str, Any],
    record: dict[str, Any] | None,
    error: str | None = None,
) -> str | None:
    """Store one fetched page and, if extraction worked, its article. Returns the article id.

    A page whose extraction failed is still stored (raw bytes and the error), so
    ``archive reprocess`` can retry it once the extractor improves.
    """
    raw = raw_page_row(page)
    with db.atomic():
        existing = db.execute("select fetched_at from raw_pages where id = ?", [raw["id"]]).fetchone()
        if existing:
            raw["fetched_at"] = existing[0]
        if page.get("status", 200) in (404, 410):
            return _mark_removed(db, raw, page)
        raw["error"] = error
        raw["article_id"] = resolve_article(db, record, page) if record else None
        if record:
            raw["encoding"] = record.get("encoding")
        db["raw_pages"].upsert(raw, pk="id")
        if record is None:
            reason = page.get("error_reason") or "extraction failed"
            _record_fetch_error(
                db, page["url"], reason, error or "", 1, page.get("spider"), page["fetched_at"]
            )
            return None
        if faults := page.get("fault_reasons"):  # archived, but only after transient faults
            detail = f"archived after {len(faults)} failed attempts: {', '.join(faults)}"
            _record_fetch_error(
                db, page["url"], faults[-1], detail, len(faults) + 1, page.get("spider"), page["fetched_at"]
            )
        _resolve_fetch_error(db, page["url"], page["fetched_at"])
        return save_record(db, record, raw_page_id=raw["id"], page=page)


def record_fetch_error(db: sqlite_utils.Database, error: dict[str, Any]) -> None:
    """A request that failed for good: one row per URL, counting how often it was seen failing."""
    with db.atomic():
        _record_fetch_error(
            db,
            error["url"],
            error["reason"],
            error["detail"],
            error["attempts"],
            error["spider"],
            error["seen_at"],
        )


def _record_fetch_error(db, url: str, reason: str, detail: str, attempts: int, spider, seen_at: str) -> None:
    previous = db.execute(
        "select first_seen_at, times_seen from fetch_errors where url = ?", [url]
    ).fetchone()
    db["fetch_errors"].upsert(
        {
            "url": url,
            "reason": reason,
            "detail": detail,
            "attempts": attempts,
            "times_seen": (previous[1] if previous else 0) + 1,
            "first_seen_at": previous[0] if previous else seen_at,
            "last_seen_at": seen_at,
            "resolved_at": None,
            "spider": spider,
        },
        pk="url",
    )


def _resolve_fetch_error(db, url: str, seen_at: str) -> None:
    db.execute(
        "update fetch_errors set resolved_at = ? where url = ? and resolved_at is null", [seen_at, url]
    )


def resolve_article(db: sqlite_utils.Database, record: dict[str, Any], page: dict[str, Any]) -> str:
    """The article a page belongs to: one already known under the publisher's story id or under
    any of its URLs (canonical, fetched, the URLs that redirected here), else a new one.

    When the page shows that two archived articles are one story (a legacy URL that now
    redirects to a page already archived under its new URL), they are merged into the older.
    """
    found = []
    if record.get("external_id"):
        found += [
            r[0] for r in db.execute("select id from articles where external_id = ?", [record["external_id"]])
        ]
    urls = [record["canonical_url"], page["url"], *(page.get("redirect_urls") or [])]
    marks = ",".join("?" * len(urls))
    found += [
        r[0] for r in db.execute(f"select distinct article_id from article_urls where url in ({marks})", urls)
    ]
    found = list(dict.fromkeys(found))
    if not found:
        return article_id(record["canonical_url"])
    keep, *others = sorted(found, key=lambda key: _first_seen(db, key))
    for other in others:
        _merge_article(db, keep, other)
    return keep


def _first_seen(db, key: str) -> str:
    row = db.execute("select first_seen_at from articles where id = ?", [key]).fetchone()
    return (row[0] if row else None) or "9999"


def _merge_article(db, keep: str, other: str) -> None:
    """Fold ``other`` into ``keep``: its history, raw pages and URLs move; derived rows are rebuilt."""
    for table in ("article_versions", "article_urls"):
        db.execute(f"update or ignore {table} set article_id = ? where article_id = ?", [keep, other])
    db.execute("update raw_pages set article_id = ? where article_id = ?", [keep, other])
    speakers = [
        r[0] for r in db.execute("select distinct person_id from quotes where article_id = ?", [other])
    ]
    for table in (
        *CHILD_TABLES,
        "article_versions",
        "article_urls",
        "minhashes",
        "minhash_bands",
        "duplicate_groups",
    ):
        db[table].delete_where("article_id = ?", [other])
    db["near_duplicates"].delete_where("article_id = ? or other_id = ?", [other, other])
    rowid = db.execute("select rowid from articles where id = ?", [other]).fetchone()
    if rowid:
        db.execute("delete from articles_search where rowid = ?", [rowid[0]])
    db["articles"].delete_where("id = ?", [other])
    _refresh_people(db, {p for p in speakers if p})


def save_record(
    db: sqlite_utils.Database,
    record: dict[str, Any],
    raw_page_id: str,
    page: dict[str, Any],
) -> str:
    """Upsert an article and its derived rows; a new content hash adds a version.

    The article row shows the newest content seen: an older capture (from the Wayback
    Machine, say) arriving later only adds its version to the history.
    """
    key = resolve_article(db, record, page)
    seen_at = page["fetched_at"]
    previous = next(db["articles"].rows_where("id = ?", [key], select="first_seen_at, fetched_at"), None)
    _save_version(db, key, record, raw_page_id, seen_at)
    if previous and seen_at < previous["fetched_at"]:
        db["articles"].update(key, {"first_seen_at": min(previous["first_seen_at"], seen_at)})
        return key
    row = {column: record.get(column) for column in ARTICLE_COLUMNS if column in record}
    row.update(
        id=key,
        published_month=(record.get("published_at") or "")[:7] or None,
        fetched_at=seen_at,
        first_seen_at=min(previous["first_seen_at"], seen_at) if previous else seen_at,
        via=page.get("via", "live"),
        status="live",
        removed_at=None,
    )
    # What only the crawl knows (edition, crawl topic) is kept when reprocessing leaves it out.
    row.update({k: page[k] for k in ("lang", "topic") if page.get(k)})
    db["articles"].upsert(row, pk="id")
    _record_urls(db, key, record, page, seen_at)
    _index_for_search(db, key, record)
    _replace_children(db, key, record)
    _link_near_duplicates(db, key, record["body_text"])
    return key


def _record_urls(db, key: str, record: dict[str, Any], page: dict[str, Any], seen_at: str) -> None:
    """Every URL the story was found under: fetched, canonical, and those that redirected to it."""
    urls = [(page["url"], "fetched"), (record["canonical_url"], "canonical")]
    urls += [(url, "redirected") for url in page.get("redirect_urls") or []]
    db["article_urls"].insert_all(
        ({"article_id": key, "url": url, "kind": kind, "first_seen_at": seen_at} for url, kind in urls),
        pk=("article_id", "url"),
        ignore=True,
    )


def _index_for_search(db, key: str, record: dict[str, Any]) -> None:
    rowid = db.execute("select rowid from articles where id = ?", [key]).fetchone()[0]
    db.execute("delete from articles_search where rowid = ?", [rowid])
    db.execute(
        "insert into articles_search (rowid, title, body) values (?, ?, ?)",
        [rowid, search_tokens(record["title"]), search_tokens(record["body_text"])],
    )


def _save_version(db, key: str, record: dict[str, Any], raw_page_id: str, seen_at: str) -> None:
    version_key = [key, record["content_hash"]]
    seen = db.execute(
        "select first_seen_at, last_seen_at from article_versions where article_id = ? and content_hash = ?",
        version_key,
    ).fetchone()
    if seen:
        db["article_versions"].update(
            version_key, {"first_seen_at": min(seen[0], seen_at), "last_seen_at": max(seen[1], seen_at)}
        )
        return
    db["article_versions"].insert(
        {
            "article_id": key,
            "content_hash": record["content_hash"],
            "title": record["title"],
            "body_text": record["body_text"],
            "raw_page_id": raw_page_id,
            "first_seen_at": seen_at,
            "last_seen_at": seen_at,
        }
    )


def _replace_children(db, key: str, record: dict[str, Any]) -> None:
    speakers_before = {
        row[0]
        for row in db.execute(
            "select person_id from quotes where article_id = ? and person_id is not null", [key]
        )
    }
    for table in CHILD_TABLES:
        db[table].delete_where("article_id = ?", [key])
    quotes = [
        {
            "article_id": key,
            "position": position,
            "person_id": normalise_name(q["speaker"]) if q["speaker"] else None,
            "speaker": q["speaker"],
            "role": q["role"],
            "text": q["text"],
            "verb": q["verb"],
            "direct": int(q["direct"]),
            "start": q["start"],
            "end": q["end"],
        }
        for position, q in enumerate(record.get("quotes", []))
    ]
    _refresh_people(db, {q["person_id"] for q in quotes if q["person_id"]}, placeholder=True)
    db["quotes"].insert_all(quotes, pk=("article_id", "position"))
    db["org_statements"].insert_all(
        (
            {"article_id": key, "position": position, **s, "direct": int(s["direct"])}
            for position, s in enumerate(record.get("org_statements", []))
        ),
        pk=("article_id", "position"),
    )
    _refresh_people(db, speakers_before | {q["person_id"] for q in quotes if q["person_id"]})
    db["links"].insert_all(
        (
            {"article_id": key, "url": link["url"], "anchor": link["anchor"], "related": int(link["related"])}
            for link in record.get("links", [])
        ),
        pk=("article_id", "url"),
        ignore=True,
    )
    db["images"].insert_all(
        (
            {
                "article_id": key,
                "position": position,
                "src": image["src"],
                "alt": image.get("alt"),
                "caption": image.get("caption"),
                "lead": int(image.get("lead", False)),
            }
            for position, image in enumerate(record.get("images", []))
        ),
        pk=("article_id", "position"),
    )
    db["bylines"].insert_all(
        ({"article_id": key, **entry} for entry in record.get("bylines", [])),
        pk=("article_id", "name", "role"),
        ignore=True,
    )
    db["date_mentions"].insert_all(
        (
            {"article_id": key, "position": position, **mention, "relative": int(mention["relative"])}
            for position, mention in enumerate(record.get("date_mentions", []))
        ),
        pk=("article_id", "position"),
    )
    db["topics"].insert_all(
        (
            {
                "article_id": key,
                "topic": match["topic"],
                "score": match["score"],
                "terms": json.dumps(match["terms"], ensure_ascii=False),
            }
            for match in record.get("topics", [])
        ),
        pk=("article_id", "topic"),
    )


def _link_near_duplicates(db, key: str, body_text: str) -> None:
    """Index the article's MinHash and link it to articles with nearly the same text."""
    minhash = dedupe.signature(body_text)
    bands = dedupe.band_keys(minhash)
    partners_before = {
        r[0] for r in db.execute("select other_id from near_duplicates where article_id = ?", [key])
    }
    for table in ("minhash_bands", "near_duplicates"):
        db[table].delete_where("article_id = ?", [key])
    db["near_duplicates"].delete_where("other_id = ?", [key])
    db["minhashes"].upsert({"article_id": key, "signature": dedupe.to_bytes(minhash)}, pk="article_id")
    db["minhash_bands"].insert_all(
        ({"band": band, "key": band_key, "article_id": key} for band, band_key in enumerate(bands)),
        pk=("band", "key", "article_id"),
    )
    pairs_sql = " or ".join(["(band = ? and key = ?)"] * len(bands))
    candidates = db.execute(
        "select article_id, signature from minhashes where article_id in (select distinct article_id from "
        f"minhash_bands where ({pairs_sql}) and article_id != ?)",
        [value for band in enumerate(bands) for value in band] + [key],
    ).fetchall()
    pairs = []
    for other, stored in candidates:
        score = dedupe.similarity(minhash, dedupe.from_bytes(stored))
        if score >= dedupe.THRESHOLD:
            pairs += [
                {"article_id": key, "other_id": other, "similarity": score},
                {"article_id": other, "other_id": key, "similarity": score},
            ]
    db["near_duplicates"].insert_all(pairs, pk=("article_id", "other_id"), replace=True)
    partners = {pair["other_id"] for pair in pairs if pair["article_id"] == key}
    if partners_before - partners:
        _regroup(db, key)  # a link disappeared: the group may have split
    elif partners:
        _join_groups(db, key, partners)


def _join_groups(db, key: str, partners: set[str]) -> None:
    """Put an article and its near-duplicates in one group, merging their groups."""
    members = partners | {key}
    marks = ",".join("?" * len(members))
    groups = {
        r[0]
        for r in db.execute(
            f"select group_id from duplicate_groups where article_id in ({marks})", list(members)
        )
    }
    target = min(members | groups)
    for group in groups - {target}:
        db.execute("update duplicate_groups set group_id = ? where group_id = ?", [target, group])
    db["duplicate_groups"].insert_all(
        ({"article_id": member, "group_id": target} for member in members), pk="article_id", replace=True
    )


def _regroup(db, key: str) -> None:
    """Duplicate groups are the connected sets of near_duplicates; a group is named by its smallest id."""
    members, frontier = {key}, [key]
    while frontier:
        current = frontier.pop()
        for (other,) in db.execute("select other_id from near_duplicates where article_id = ?", [current]):
            if other not in members:
                members.add(other)
                frontier.append(other)
    old_groups = {
        row[0]
        for row in db.execute(
            f"select group_id from duplicate_groups where article_id in ({','.join('?' * len(members))})",
            list(members),
        )
    }
    for group in old_groups:  # groups that may have split are rebuilt from their members
        db["duplicate_groups"].delete_where("group_id = ?", [group])
    if len(members) > 1:
        group_id = min(members)
        db["duplicate_groups"].insert_all(
            ({"article_id": member, "group_id": group_id} for member in members),
            pk="article_id",
            replace=True,
        )


def _refresh_people(db, person_ids: set[str], placeholder: bool = False) -> None:
    """Recompute each person's row from their quotes: name variants, roles seen, counts.

    People are keyed on the OpenCC-normalised name, so 马云 and 馬雲 are one person.
    With ``placeholder``, only make sure the rows exist (quotes reference them).
    """
    for person_id in person_ids:
        if placeholder:
            db["people"].insert({"id": person_id, "name": person_id}, pk="id", ignore=True)
            continue
        rows = list(db.query("select speaker, role, article_id from quotes where person_id = ?", [person_id]))
        if not rows:
            db["people"].delete_where("id = ?", [person_id])
            continue
        variants = sorted({r["speaker"] for r in rows})
        db["people"].upsert(
            {
                "id": person_id,
                "name": rows[0]["speaker"],
                "variants": json.dumps(variants, ensure_ascii=False),
                "roles": json.dumps(sorted({r["role"] for r in rows if r["role"]}), ensure_ascii=False),
                "quote_count": len(rows),
                "article_count": len({r["article_id"] for r in rows}),
            },
            pk="id",
        )


def _mark_removed(db, raw: dict[str, Any], page: dict[str, Any]) -> str | None:
    """A 404/410 for an archived article marks it removed; its versions stay."""
    found = db.execute(
        "select id from articles where url = ? or canonical_url = ?", [page["url"], page["url"]]
    ).fetchone()
    if not found:
        return None
    raw["article_id"] = found[0]
    db["raw_pages"].upsert(raw, pk="id")
    db["articles"].update(found[0], {"status": "removed", "removed_at": page["fetched_at"]})
    return found[0]


def start_run(db: sqlite_utils.Database, spider: str, args: dict[str, Any]) -> int:
    with db.atomic():
        table = db["crawl_runs"].insert(
            {
                "spider": spider,
                "args": json.dumps(args, ensure_ascii=False, default=str),
                "started_at": now(),
            }
        )
    return table.last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, reason: str, stats: dict[str, Any]) -> None:
    with db.atomic():
        db["crawl_runs"].update(
            run_id,
            {
                "finished_at": now(),
                "finish_reason": reason,
                "items": stats.get("item_scraped_count", 0),
                "stats": json.dumps(stats, ensure_ascii=False, default=str, sort_keys=True),
            },
        )


def stored_pages(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """The newest successful raw page of every URL, for reprocessing."""
    yield from db.query(
        """select * from raw_pages where status = 200 and id in (
             select id from raw_pages r where r.url = raw_pages.url and r.status = 200
             order by r.last_fetched_at desc, r.fetched_at desc limit 1)
           order by url"""
    )
