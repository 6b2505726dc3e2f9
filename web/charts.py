"""Charts as inline SVG, drawn server-side: no JavaScript, no CDN, works offline."""

from __future__ import annotations

from calendar import monthrange
from collections import defaultdict
from datetime import date
from html import escape

PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]


def stacked_bars_svg(rows: list[dict], width: int = 900, height: int = 320) -> str:
    """Stacked bars from rows of {"week": "YYYY-MM-DD", "source": str, "n": int}."""
    if not rows:
        return ""
    weeks = sorted({row["week"] for row in rows})
    sources = sorted({row["source"] for row in rows})
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        counts[row["week"]][row["source"]] = row["n"]
    top = max(sum(c.values()) for c in counts.values())
    left, bottom, plot_h = 40, 60, height - 90
    step = (width - left - 10) / len(weeks)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-label="Articles per week by source">'
    ]
    parts.append(f'<text x="{left}" y="14" font-size="12">max {top} articles/week</text>')
    for i, week in enumerate(weeks):
        y = height - bottom
        for j, source in enumerate(sources):
            n = counts[week].get(source, 0)
            if not n:
                continue
            h = n / top * plot_h
            y -= h
            parts.append(
                f'<rect x="{left + i * step + 1:.1f}" y="{y:.1f}" width="{max(step - 2, 1):.1f}" '
                f'height="{h:.1f}" fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(week)} '
                f"{escape(source)}: {n}</title></rect>"
            )
        if len(weeks) <= 12 or i % max(len(weeks) // 12, 1) == 0:
            x = left + i * step + step / 2
            parts.append(
                f'<text x="{x:.1f}" y="{height - bottom + 14}" font-size="10" '
                f'text-anchor="middle">{escape(week)}</text>'
            )
    for j, source in enumerate(sources):
        x = left + j * 140
        parts.append(
            f'<rect x="{x}" y="{height - 22}" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>'
        )
        parts.append(f'<text x="{x + 16}" y="{height - 12}" font-size="12">{escape(source)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def as_day(value: str, end: bool = False) -> date:
    """A day for an ISO value of any granularity: 2021-03-05T00:00, 2021-03-05, 2015-03, 2015."""
    parts = value[:10].split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        return date(year, month, int(parts[2]))
    return date(year, month, monthrange(year, month)[1] if end else 1)


def timeline_svg(points: list[dict], width: int = 900, row_height: int = 22) -> str:
    """Points on a time axis from rows of {"value_start", "value_end", "surface", "sentence", "url", "title"}.

    Each mention is a dot (or a bar for a span) linking to its article, with the sentence as tooltip.
    """
    dated = [p for p in points if p.get("value_start")]
    if not dated:
        return ""
    starts = [as_day(p["value_start"]) for p in dated]
    ends = [as_day(p.get("value_end") or p["value_start"], end=True) for p in dated]
    first, last = min(starts), max(ends)
    span = max((last - first).days, 1)
    left, right = 90, 20
    height = 40 + row_height * len(dated)

    def x_of(day: date) -> float:
        return left + (day - first).days / span * (width - left - right)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" aria-label="Timeline of dates mentioned">'
    ]
    parts.append(f'<line x1="{left}" y1="24" x2="{width - right}" y2="24" stroke="#999"/>')
    parts.append(f'<text x="{left}" y="16" font-size="11">{first.isoformat()}</text>')
    parts.append(
        f'<text x="{width - right}" y="16" font-size="11" text-anchor="end">{last.isoformat()}</text>'
    )
    order = sorted(range(len(dated)), key=lambda i: starts[i])
    for row, i in enumerate(order):
        point, y = dated[i], 40 + row * row_height
        x1, x2 = x_of(starts[i]), x_of(ends[i])
        tooltip = escape(f"{point['surface']} → {point['value_start']}: {point.get('sentence') or ''}")
        mark = (
            f'<rect x="{x1:.1f}" y="{y - 5}" width="{max(x2 - x1, 6):.1f}" height="10" rx="4" '
            'fill="#4e79a7"/>'
        )
        parts.append(f'<a href="{escape(point.get("url") or "#")}"><g><title>{tooltip}</title>{mark}</g></a>')
        parts.append(f'<text x="4" y="{y + 4}" font-size="11">{escape(point["value_start"][:10])}</text>')
    parts.append("</svg>")
    return "".join(parts)
