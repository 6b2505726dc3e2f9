"""Datasette plugin: Chinese search over articles_search (bigram FTS5, see pipelines/search.py).

- SQL functions for canned queries: ``zh_fts_query(q)`` (the MATCH expression) and
  ``zh_snippet(text, q)`` (a window around the first match, terms marked with 【】 in SQL
  output; rendered as <mark> in the HTML tables).
- The table search box and the JSON API: ``?_search=虾米音乐关停`` on the articles table
  is rewritten to the bigram phrase before Datasette runs it (searchmode raw).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from markupsafe import Markup, escape

from pipelines.quotes import normalise_name
from pipelines.search import fts_query, snippet

OPEN, CLOSE = "【", "】"
SEARCHABLE_PATHS = ("/archive/articles",)


def zh_snippet(text: str | None, query: str | None) -> str | None:
    if not text or not query:
        return text
    window, spans = snippet(text, query)
    out, position = [], 0
    for start, end in spans:
        if start < position:
            continue
        out += [window[position:start], OPEN, window[start:end], CLOSE]
        position = end
    out.append(window[position:])
    return "…" + "".join(out) + "…"


@hookimpl
def prepare_connection(conn):
    # Search over a large archive reads much of the FTS index: map it instead of paging it in.
    conn.execute("pragma mmap_size = 2147483648")
    conn.execute("pragma cache_size = -65536")
    conn.create_function("zh_fts_query", 1, lambda q: fts_query(q or ""), deterministic=True)
    conn.create_function("zh_snippet", 2, zh_snippet, deterministic=True)
    conn.create_function("zh_simplified", 1, lambda text: normalise_name(text or ""), deterministic=True)


@hookimpl
def render_cell(value, column):
    if column == "snippet" and isinstance(value, str) and OPEN in value:
        marked = str(escape(value)).replace(OPEN, "<mark>").replace(CLOSE, "</mark>")
        return Markup(marked)
    return None


def rewrite_search(query_string: str) -> str:
    params = parse_qsl(query_string, keep_blank_values=True)
    if not any(key == "_search" for key, _ in params):
        return query_string
    rewritten = [(k, fts_query(v) if k == "_search" and not v.startswith('"') else v) for k, v in params]
    return urlencode(rewritten)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def chinese_search(scope, receive, send):
            path = scope.get("path", "")
            if (
                scope.get("type") == "http"
                and path.startswith(SEARCHABLE_PATHS)
                and scope.get("query_string")
            ):
                query_string = rewrite_search(scope["query_string"].decode("latin-1"))
                scope = dict(scope, query_string=query_string.encode("latin-1"))
            await app(scope, receive, send)

        return chinese_search

    return wrap
