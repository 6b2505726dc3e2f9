"""`make bench` (search part): Chinese search and story pages through Datasette on a large archive.

The archive is generated from real article text in tests/fixtures (replay pages, mirror
posts, GNE pages): each generated article takes a real title and 6-14 real paragraphs
drawn at random (fixed seed), so the texts are real sentences in new combinations.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from pipelines import store
from pipelines.process import process_file
from pipelines.search import search_tokens
from tests.conftest import FIXTURES, datasette_server

QUERIES = [
    "马云",
    "虾米",
    "阿里",
    "馬雲",
    "阿里巴巴",
    "反垄断",
    "蚂蚁集团",
    "螞蟻集團",
    "虾米音乐",
    "腾讯",
    "市场监管总局",
    "监管",
    "上市",
    "音乐平台",
    "互联网",
    "香港",
    "警方",
    "政府",
    "记者",
    "中国",
    "美国",
    "特朗普",
    "华为",
    "任正非",
    "罚款",
    "垄断行为",
    "股价",
    "投资者",
    "虾米音乐关停",
    "阿里巴巴反垄断",
    "金融",
    "科技巨头",
    "平台经济",
    "立案调查",
    "银保监会",
    "数据",
    "用户",
    "网民",
    "评论",
    "经济",
    "法院",
    "选举",
    "立法会",
    "示威",
    "疫情",
    "武漢肺炎",
    "習近平",
    "北京",
    "台湾",
    "嫦娥五号",
    "空间站",
    "集成电路",
    "邮轮母港",
    "郑板桥",
    "退休制度",
]


def corpus() -> tuple[list[str], list[str]]:
    files = [
        *sorted((FIXTURES / "replay").rglob("*.html")),
        *sorted((FIXTURES / "mirror").glob("*.*")),
        *sorted((FIXTURES / "gne").glob("*.html")),
    ]
    titles, paragraphs = [], []
    for file in files:
        try:
            record = process_file(file)
        except ValueError:
            continue
        titles.append(record["title"])
        paragraphs += [p for p in record["body_text"].split("\n") if len(p) > 20]
    return titles, paragraphs


def build(db_path: Path, count: int) -> float:
    titles, paragraphs = corpus()
    rng = random.Random(20210106)
    db = store.open_db(str(db_path))
    rows, search_rows = [], []
    for i in range(count):
        body = "\n".join(rng.sample(paragraphs, rng.randint(6, 14)))
        title = rng.choice(titles)
        day = f"20{rng.randint(18, 21)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        url = f"https://bench.invalid/article/{i}.html"
        rows.append(
            {
                "id": store.article_id(url),
                "url": url,
                "canonical_url": url,
                "title": title,
                "body_text": body,
                "body_html": "".join(f"<p>{p}</p>" for p in body.split("\n")),
                "source": rng.choice(["rfa", "hkcnews.com", "voachinese"]),
                "published_at": day,
                "published_month": day[:7],
                "status": "live",
            }
        )
        search_rows.append((i + 1, search_tokens(title), search_tokens(body)))
    db["articles"].insert_all(rows, batch_size=1000)
    started = time.perf_counter()
    with db.conn:
        db.conn.executemany("insert into articles_search (rowid, title, body) values (?, ?, ?)", search_rows)
    index_seconds = time.perf_counter() - started
    db.close()
    print(f"archive: {count} articles from {len(titles)} real titles and {len(paragraphs)} real paragraphs")
    return index_seconds


def timed_get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


def report(label: str, millis: list[float]) -> None:
    p95 = statistics.quantiles(millis, n=20)[-1]
    print(f"{label:<34} median {statistics.median(millis):7.1f} ms   p95 {p95:7.1f} ms   (n={len(millis)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50000)
    parser.add_argument("--keep", type=Path, help="build the archive at this path, or reuse it if present")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_path = args.keep or Path(folder) / "archive.db"
        if not db_path.exists():
            started = time.perf_counter()
            index_seconds = build(db_path, args.articles)
            print(f"build: {time.perf_counter() - started:.1f} s in all, search index {index_seconds:.1f} s")
        size = sum(f.stat().st_size for f in db_path.parent.glob(db_path.name + "*"))
        print(f"database size: {size / 1e6:.1f} MB")
        with datasette_server(db_path) as base:
            ids = [
                store.article_id(f"https://bench.invalid/article/{i}.html")
                for i in range(0, args.articles, 997)
            ]
            timed_get(f"{base}/archive/articles.json?_search=%E9%A9%AC%E4%BA%91")  # warm up
            table = [
                timed_get(f"{base}/archive/articles.json?_size=20&_search={urllib.parse.quote(q)}")
                for q in QUERIES
            ]
            canned = [timed_get(f"{base}/archive/search.json?q={urllib.parse.quote(q)}") for q in QUERIES]
            stories = [timed_get(f"{base}/archive/articles/{i}") for i in ids]
        print(f"{len(QUERIES)} queries of 2-8 characters, Simplified and Traditional:")
        report("search box / JSON API (_search)", table)
        report("canned search (ranked, snippets)", canned)
        report("story page", stories)


if __name__ == "__main__":
    main()
