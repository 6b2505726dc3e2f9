"""`make eval` (dates part): date mentions scored against hand-labelled gold.

Gold: tests/fixtures/dates/mentions_gold.jsonl, 36 real articles (Simplified and
Traditional), split into dev and heldout before the extractor was written (see the
README beside it). Detection: a predicted mention matches a gold one when their spans
overlap by at least half of the longer span (one-to-one, greedy by overlap); precision,
recall and F1 over mentions. Resolution: of the matched mentions, the share whose
value_start and value_end both equal the gold values.

Our extractor (pipelines.date_mentions) is scored side by side with the libraries that
work offline, when installed: jionlp's time extractor (`jio.ner.extract_time`, run on the
text converted to Simplified with OpenCC, offsets kept) and dateparser's `search_dates`.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from pipelines.date_mentions import find_date_mentions, parse_published

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "dates" / "mentions_gold.jsonl"
SPLITS = ("dev", "heldout")

Extractor = Callable[[str, str | None], list[dict]]


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]


def ours(text: str, published: str | None) -> list[dict]:
    return [mention.as_dict() for mention in find_date_mentions(text, published)]


def _span_values(start: str, end: str) -> tuple[str, str, str]:
    """jionlp gives 'YYYY-MM-DD HH:MM:SS' bounds; map them generously onto our granularities and values."""
    lo, hi = datetime.fromisoformat(start), datetime.fromisoformat(end)
    if lo.date() == hi.date():
        if hi - lo < timedelta(hours=1):  # 07:00:00-07:59:59 is the clock time 7 o'clock
            return "time", lo.strftime("%Y-%m-%dT%H:%M"), lo.strftime("%Y-%m-%dT%H:%M")
        return "day", lo.date().isoformat(), lo.date().isoformat()  # 下午, 晚上: still that day
    if lo.time() != datetime.min.time() or hi.strftime("%H:%M:%S") != "23:59:59":
        return "time", lo.strftime("%Y-%m-%dT%H:%M"), hi.strftime("%Y-%m-%dT%H:%M")
    month_end = (date(hi.year + hi.month // 12, hi.month % 12 + 1, 1) - timedelta(days=1)).day
    if lo.day == 1 and hi.day == month_end:
        if lo.month == 1 and hi.month == 12:
            return "year", f"{lo.year:04d}", f"{hi.year:04d}"
        return "month", lo.strftime("%Y-%m"), hi.strftime("%Y-%m")
    return "day", lo.date().isoformat(), hi.date().isoformat()


def jionlp_baseline(text: str, published: str | None) -> list[dict]:
    import jionlp as jio
    from opencc import OpenCC

    converter = OpenCC("t2s")
    simplified = converter.convert(text)
    if len(simplified) != len(text):  # offsets must stay valid: convert character by character
        simplified = "".join(c if len(c) == 1 else char for char in text for c in [converter.convert(char)])
    day = parse_published(published) or date.today()
    base = time.mktime((day.year, day.month, day.day, 12, 0, 0, 0, 0, -1))
    found = []
    logging.disable(logging.ERROR)  # jionlp logs a traceback for every phrase it cannot parse
    try:
        items = jio.ner.extract_time(simplified, time_base=base, with_parsing=True)
    finally:
        logging.disable(logging.NOTSET)
    for item in items:
        if item["type"] not in ("time_point", "time_span"):
            continue  # durations (24小时) and periods (每周五) are not dates
        start, end = item["offset"]
        bounds = item["detail"]["time"]
        try:
            granularity, value_start, value_end = _span_values(bounds[0], bounds[1])
        except (ValueError, TypeError, IndexError):
            granularity, value_start, value_end = "vague", None, None
        found.append(
            {"surface": text[start:end], "start": start, "end": end, "value_start": value_start,
             "value_end": value_end, "granularity": granularity}
        )  # fmt: skip
    return found


def dateparser_baseline(text: str, published: str | None) -> list[dict]:
    from dateparser.search import search_dates

    day = parse_published(published) or date.today()
    settings = {"RELATIVE_BASE": datetime(day.year, day.month, day.day), "RETURN_AS_TIMEZONE_AWARE": False}
    found, cursor = [], 0
    for surface, moment in search_dates(text, languages=["zh"], settings=settings) or []:
        start = text.find(surface, cursor) if surface else -1
        if start < 0:
            continue
        cursor = start + len(surface)
        value = moment.date().isoformat()
        found.append(
            {"surface": surface, "start": start, "end": cursor, "value_start": value, "value_end": value}
        )
    return found


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def baselines() -> dict[str, Extractor]:
    tools: dict[str, Extractor] = {}
    if _available("jionlp"):
        tools["jionlp"] = jionlp_baseline
    if _available("dateparser"):
        tools["dateparser"] = dateparser_baseline
    return tools


def match(predicted: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs whose overlap is at least half of the longer span, largest overlaps first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            longer = max(g["end"] - g["start"], p["end"] - p["start"])
            if overlap > 0 and overlap >= 0.5 * longer:
                candidates.append((overlap / longer, i, j))
    pairs, used_gold, used_pred = [], set(), set()
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def score(articles: list[dict], extractor: Extractor) -> dict:
    n_pred = n_gold = n_match = n_resolved = 0
    errors: list[dict] = []
    for article in articles:
        predicted = extractor(article["text"], article["published"])
        gold = article["mentions"]
        pairs = match(predicted, gold)
        n_pred, n_gold, n_match = n_pred + len(predicted), n_gold + len(gold), n_match + len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        for g, p in pairs:
            if (g["value_start"], g["value_end"]) == (p["value_start"], p["value_end"]):
                n_resolved += 1
            else:
                errors.append({"article": article["id"], "kind": "value", "gold": g, "predicted": p})
        errors += [
            {"article": article["id"], "kind": "missed", "gold": g} for g in gold if id(g) not in matched_gold
        ]
        errors += [
            {"article": article["id"], "kind": "spurious", "predicted": p}
            for p in predicted
            if id(p) not in matched_pred
        ]
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "articles": len(articles),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_match,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "resolution_accuracy": n_resolved / n_match if n_match else 0.0,
        "errors": errors,
    }


def evaluate(include_baselines: bool = False) -> dict[str, dict[str, dict]]:
    """{tool: {split: scores}}; baselines only on request (they are slow to import)."""
    articles = load_gold()
    tools: dict[str, Extractor] = {"ours": ours}
    if include_baselines:
        tools.update(baselines())
    return {
        tool: {split: score([a for a in articles if a["split"] == split], extractor) for split in SPLITS}
        for tool, extractor in tools.items()
    }


def _describe(error: dict) -> str:
    gold, predicted = error.get("gold"), error.get("predicted")
    if error["kind"] == "value":
        return (
            f"{error['article']}: {gold['surface']!r} gold {gold['value_start']}/{gold['value_end']}"
            f" got {predicted['value_start']}/{predicted['value_end']}"
        )
    mention = gold or predicted
    return f"{error['article']}: {error['kind']} {mention['surface']!r} {mention['value_start']}"


def main() -> None:
    results = evaluate(include_baselines=True)
    articles = load_gold()
    total = sum(len(a["mentions"]) for a in articles)
    print(
        f"Date mentions: {total} hand-labelled in {len(articles)} articles"
        f" ({GOLD.relative_to(GOLD.parents[3])})\n"
    )
    header = f"{'tool':<12}{'split':<9}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'resolved':>10}"
    print(header)
    for tool, splits in results.items():
        for split, s in splits.items():
            print(
                f"{tool:<12}{split:<9}{s['gold']:>6}{s['predicted']:>6}{s['precision']:>8.3f}{s['recall']:>8.3f}"
                f"{s['f1']:>8.3f}{s['resolution_accuracy']:>10.3f}"
            )
    missing = {"jionlp", "dateparser"} - set(results)
    if missing:
        print(f"\n(not installed, not measured: {', '.join(sorted(missing))})")
    for split in SPLITS:
        errors = results["ours"][split]["errors"]
        print(f"\nOur errors on {split} ({len(errors)}):")
        for error in errors:
            print("  " + _describe(error))


if __name__ == "__main__":
    main()
