"""`python -m tests.bench.quotes`: quotation extraction throughput on one core (target >= 200 articles/s).

Runs extract_quotes over every article of the labelled set (tests/fixtures/quotes/gold.jsonl,
real articles in both scripts) repeatedly for a few seconds in this one process.
"""

from __future__ import annotations

from tests.eval.quotes import load_gold, throughput


def main() -> None:
    articles = load_gold()
    rate = throughput(articles, min_seconds=5.0)
    mean = sum(len(article["text"]) for article in articles) / len(articles)
    print(f"quotes: {rate:.0f} articles/second on one core ({len(articles)} articles, mean {mean:.0f} chars)")


if __name__ == "__main__":
    main()
