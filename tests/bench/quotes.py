"""`python -m tests.bench.quotes`: quotation extraction throughput on one core (target >= 200 articles/s).

Runs extract_quotes over every article of the labelled set (tests/fixtures/quotes/gold.jsonl,
78 real articles in both scripts) repeatedly for a few seconds in this one process.
"""

from __future__ import annotations

from tests.eval.quotes import load_gold, throughput


def main() -> None:
    texts = [article["text"] for article in load_gold()]
    rate = throughput(texts, min_seconds=5.0)
    mean = sum(map(len, texts)) / len(texts)
    print(f"quotes: {rate:.0f} articles/second on one core ({len(texts)} articles, mean {mean:.0f} chars)")


if __name__ == "__main__":
    main()
