"""`make eval`: extraction scored against hand-made gold for 12 real Chinese news pages.

Body text: character-level precision, recall and F1 over CJK characters, letters and
digits (whitespace and punctuation ignored), as bags of characters. Dates: right to
the day. Authors: the set of names equals the gold set. Our pipeline is scored side
by side with trafilatura alone and readability-lxml alone, on the same bytes.
"""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import lxml.html
import trafilatura
from readability import Document

from pipelines.html import paragraphs_of
from pipelines.process import process_page

GOLD_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "gne"
AUTHOR_ROLES = {"reporter", "editor", "web_editor", "writer", "author"}  # not proofreaders
COUNTED = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")


def counted_chars(text: str) -> Counter:
    return Counter(COUNTED.findall(text or ""))


def char_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    pred, ref = counted_chars(predicted), counted_chars(gold)
    common = sum((pred & ref).values())
    precision = common / max(sum(pred.values()), 1)
    recall = common / max(sum(ref.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def ours(url: str, body: bytes) -> dict:
    record = process_page(url, body)
    return {
        "body": record["body_text"],
        "date": record["published_at"],
        "authors": [entry["name"] for entry in record["bylines"] if entry["role"] in AUTHOR_ROLES],
    }


def trafilatura_alone(url: str, body: bytes) -> dict:
    document = trafilatura.bare_extraction(body, url=url, with_metadata=True, include_comments=False)
    if document is None:
        return {"body": "", "date": None, "authors": []}
    authors = [a.strip() for a in re.split(r"[;,、]", document.author or "") if a.strip()]
    return {"body": document.text or "", "date": document.date, "authors": authors}


def readability_alone(url: str, body: bytes) -> dict:
    summary = Document(body, url=url).summary(html_partial=True)
    text = "\n".join(paragraphs_of(lxml.html.fromstring(summary))) if summary.strip() else ""
    return {"body": text, "date": None, "authors": []}


EXTRACTORS: dict[str, Callable[[str, bytes], dict]] = {
    "ours": ours,
    "trafilatura": trafilatura_alone,
    "readability": readability_alone,
}


def score_page(name: str, gold: dict, extractor: Callable[[str, bytes], dict]) -> dict:
    body = (GOLD_DIR / name).read_bytes()
    url = gold["url"] or f"https://example.invalid/{name}"
    try:
        result = extractor(url, body)
    except ValueError as error:
        result = {"body": "", "date": None, "authors": [], "error": str(error)}
    precision, recall, f1 = char_prf(result["body"], gold["body_text"])
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "date_ok": bool(result["date"]) and result["date"][:10] == gold["published"][:10],
        "author_ok": set(result["authors"]) == set(gold["author"]),
        "date": result["date"],
        "authors": result["authors"],
    }


def evaluate() -> dict[str, dict[str, dict]]:
    gold = json.loads((GOLD_DIR / "gold.json").read_text("utf-8"))
    return {
        tool: {name: score_page(name, labels, extractor) for name, labels in sorted(gold.items())}
        for tool, extractor in EXTRACTORS.items()
    }


def main() -> None:
    results = evaluate()
    names = sorted(next(iter(results.values())))
    print(f"Extraction on {len(names)} real pages (tests/fixtures/gne, hand-labelled gold)\n")
    print(f"{'page':<18}" + "".join(f"{tool + ' F1':>16}" for tool in results) + f"{'our date':>28}")
    for name in names:
        row = "".join(f"{results[tool][name]['f1']:>16.3f}" for tool in results)
        mark = "" if results["ours"][name]["date_ok"] else " ✗"
        print(f"{name:<18}{row}{str(results['ours'][name]['date']) + mark:>28}")
    print()
    print(f"{'':<18}" + "".join(f"{tool:>16}" for tool in results))
    for metric in ("precision", "recall", "f1"):
        means = [statistics.mean(r[name][metric] for name in names) for r in results.values()]
        print(f"{'body ' + metric + ' (mean)':<18}" + "".join(f"{m:>16.3f}" for m in means))
    for metric, label in (("date_ok", "date accuracy"), ("author_ok", "author accuracy")):
        values = [sum(r[name][metric] for name in names) / len(names) for r in results.values()]
        print(f"{label:<18}" + "".join(f"{v:>16.3f}" for v in values))


if __name__ == "__main__":
    main()
