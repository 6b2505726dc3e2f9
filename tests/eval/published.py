"""Publication dates against labels: every replay page, the 12 GNE pages, the 200 hkcnews posts.

Replay pages: labelled by hand below (the dates the pages show, see tests/fixtures/replay/README.md).
GNE pages: `published` in tests/fixtures/gne/gold.json (hand-labelled). hkcnews posts: the
mirror's front matter `date`. A date is right when its day matches.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import yaml

from pipelines.process import process_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPLAY_GOLD = {
    "www.rfa.org/mandarin/yataibaodao/meiti/ql-01062021113811.html": "2021-01-06",
    "www.rfa.org/mandarin/Xinwen/7-12312020114645.html": "2020-12-31",
    "www.rfa.org/mandarin/Xinwen/5-12262020105342.html": "2020-12-26",
    "www.rfa.org/mandarin/yataibaodao/jingmao/ql2-12242020023044.html": "2020-12-24",
    "www.rfa.org/mandarin/yataibaodao/jingmao/hc-12162020155901.html": "2020-12-16",
    "www.rfa.org/mandarin/yataibaodao/jingmao/hj-12142020135230.html": "2020-12-14",
}


def labelled_pages() -> list[tuple[str, Path, str | None, str]]:
    """(set, file, url, gold day) for every labelled page."""
    pages = [
        ("replay", FIXTURES / "replay" / path, "https://" + path, day) for path, day in REPLAY_GOLD.items()
    ]
    gne = json.loads((FIXTURES / "gne" / "gold.json").read_text("utf-8"))
    pages += [
        ("gne", FIXTURES / "gne" / name, g["url"], g["published"][:10]) for name, g in sorted(gne.items())
    ]
    for post in sorted((FIXTURES / "hkcnews").glob("article_*.md")):
        front = yaml.safe_load(post.read_text("utf-8").split("---\n", 2)[1])
        pages.append(("hkcnews", post, None, str(front["date"])[:10]))
    return pages


def evaluate() -> list[dict]:
    results = []
    for group, file, url, gold in labelled_pages():
        record = process_file(file, url)
        got = record["published_at"] or ""
        results.append(
            {
                "set": group,
                "file": file.name,
                "gold": gold,
                "got": got,
                "source": record["published_source"],
                "ok": got[:10] == gold,
            }
        )
    return results


def main() -> None:
    results = evaluate()
    print("Publication dates (right to the day)\n")
    for group in ("replay", "gne", "hkcnews"):
        rows = [r for r in results if r["set"] == group]
        right = sum(r["ok"] for r in rows)
        sources = Counter(r["source"] for r in rows)
        print(f"{group:<8} {right:>4}/{len(rows):<4} {right / len(rows):6.1%}   sources: {dict(sources)}")
        for r in rows:
            if not r["ok"]:
                print(f"    wrong: {r['file']} gold {r['gold']} got {r['got']} ({r['source']})")
    right = sum(r["ok"] for r in results)
    print(f"{'all':<8} {right:>4}/{len(results):<4} {right / len(results):6.1%}")


if __name__ == "__main__":
    main()
