"""Datasette plugin: numbers for the home page (counts by source and topic, date span)."""

from __future__ import annotations

from datasette import hookimpl


@hookimpl
def extra_template_vars(template, datasette):
    if template != "index.html" or "archive" not in datasette.databases:
        return {}

    async def archive_overview():
        db = datasette.get_database("archive")
        if not await db.table_exists("articles"):
            return {}
        span = (
            await db.execute(
                "select count(*), min(substr(published_at, 1, 10)), max(substr(published_at, 1, 10))"
                " from articles"
            )
        ).first()
        sources = await db.execute(
            "select source, count(*) as n from articles group by source order by n desc"
        )
        topics = await db.execute(
            "select topic, count(distinct article_id) as n from topics group by topic order by n desc"
        )
        overview = {
            "articles": span[0],
            "first": span[1],
            "last": span[2],
            "sources": [dict(row) for row in sources.rows],
            "topics": [dict(row) for row in topics.rows],
        }
        return {"archive_overview": overview}

    return archive_overview  # Datasette awaits it and merges the dict into the template context
