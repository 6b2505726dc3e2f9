"""Datasette plugin: an article's row page as a readable story.

Title, source, dates, byline, paragraphs (HTML sanitised again with nh3 at render
time), images with captions, speakers, dates mentioned, links to the original and to
the Wayback Machine, and the version history with a diff between versions.
"""

from __future__ import annotations

import difflib
import re
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils import tilde_decode
from markupsafe import Markup

from pipelines.extract import sanitise_html

WAYBACK = "https://web.archive.org/web/*/"


def readable_paragraphs(html: str) -> str:
    """Legacy RFA bodies separate paragraphs with <br><br>; show them as paragraphs, no empty ones."""
    html = re.sub(r"(?:<br>\s*){2,}", "</p><p>", html)
    return re.sub(r"<p>(?:\s|<br>|&nbsp;)*</p>", "", html)


def version_diffs(versions: list[dict]) -> list[dict]:
    """Each version with a unified diff of its body against the previous one (oldest first)."""
    out = []
    for previous, current in zip([None, *versions], versions, strict=False):
        diff = None
        if previous is not None:
            diff = "\n".join(
                difflib.unified_diff(
                    (previous["title"] + "\n" + previous["body_text"]).splitlines(),
                    (current["title"] + "\n" + current["body_text"]).splitlines(),
                    fromfile=previous["first_seen_at"],
                    tofile=current["first_seen_at"],
                    lineterm="",
                    n=1,
                )
            )
        out.append({**current, "diff": diff})
    return out


async def _rows(db, sql: str, params: list) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


async def load_story(db, article_id: str) -> dict | None:
    found = await _rows(db, "select * from articles where id = ?", [article_id])
    if not found:
        return None
    story = found[0]
    # Pictures stay on their original servers: the page shows captions and links, and loads
    # nothing from outside the archive (see the Content-Security-Policy in the template).
    story["body_html"] = Markup(readable_paragraphs(sanitise_html(story["body_html"] or "", images=False)))
    story["wayback_url"] = WAYBACK + quote(story["url"], safe=":/?=&")
    story["bylines"] = await _rows(db, "select name, role from bylines where article_id = ?", [article_id])
    story["images"] = await _rows(
        db, "select src, alt, caption, lead from images where article_id = ? order by position", [article_id]
    )
    story["links"] = await _rows(
        db, "select url, anchor from links where article_id = ? and related = 1", [article_id]
    )
    story["topics"] = await _rows(db, "select topic, terms from topics where article_id = ?", [article_id])
    versions = await _rows(
        db,
        "select content_hash, title, body_text, first_seen_at, last_seen_at from article_versions "
        "where article_id = ? order by first_seen_at",
        [article_id],
    )
    story["versions"] = version_diffs(versions)
    if await db.table_exists("quotes"):
        story["quotes"] = await _rows(
            db,
            "select speaker, role, text, verb, direct from quotes where article_id = ? order by start",
            [article_id],
        )
    if await db.table_exists("date_mentions"):
        story["date_mentions"] = await _rows(
            db,
            "select surface, value_start, value_end, granularity from date_mentions "
            "where article_id = ? order by start",
            [article_id],
        )
    return story


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    if database != "archive" or table != "articles" or not template.startswith("row"):
        return {}

    async def story_vars():
        article_id = tilde_decode(request.url_vars["pks"])
        return {"story": await load_story(datasette.get_database(database), article_id)}

    return story_vars
