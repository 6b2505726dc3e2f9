"""Datasette plugin: data for the /charts and /timeline pages (SVG drawn by web/charts.py)."""

from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup

from web.charts import stacked_bars_svg, timeline_svg


async def _weekly(datasette) -> dict:
    db = datasette.get_database("archive")
    query = await datasette.get_canned_query("archive", "articles_per_week", None)  # web/metadata.yml
    rows = [dict(r) for r in (await db.execute(query["sql"])).rows]
    return {"weekly_rows": rows, "weekly_svg": Markup(stacked_bars_svg(rows))}


async def _timeline(datasette, request) -> dict:
    db = datasette.get_database("archive")
    topic = request.args.get("topic", "") if request else ""
    topics = [r[0] for r in (await db.execute("select distinct topic from topics order by topic")).rows]
    if not await db.table_exists("date_mentions"):
        return {"topic": topic, "topics": topics, "points": [], "timeline_svg": ""}
    query = await datasette.get_canned_query("archive", "timeline", None)  # web/metadata.yml
    points = [dict(r) for r in (await db.execute(query["sql"], {"topic": topic})).rows][:500]
    for point in points:
        point["url"] = datasette.urls.row("archive", "articles", point["article_id"])
    return {"topic": topic, "topics": topics, "points": points, "timeline_svg": Markup(timeline_svg(points))}


@hookimpl
def extra_template_vars(template, request, datasette):
    if "archive" not in datasette.databases:
        return {}
    if template == "pages/charts.html":
        return lambda: _weekly(datasette)
    if template == "pages/timeline.html":
        return lambda: _timeline(datasette, request)
    return {}
