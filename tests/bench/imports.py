"""`make bench` (import part): `archive import` throughput on a large Markdown mirror.

The 200 real hkcnews posts in tests/fixtures/hkcnews are written once as they are; the
rest of the ARTICLES files reuse a real post's front matter (with its own original_url)
over 8-20 real paragraphs drawn at random (fixed seed) from all 200 posts, so that the
copies are distinct articles rather than 100 near-duplicates of each post (which would
measure duplicate linking, not import). The real `archive import` command imports the
folder into a fresh archive. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import BIN, FIXTURES, ROOT


def write_mirror(folder: Path, count: int) -> None:
    posts = sorted((FIXTURES / "hkcnews").glob("article_*.md"))
    texts = [p.read_text("utf-8") for p in posts]
    split = [text.split("\n---\n", 1) for text in texts]
    paragraphs = [p for _, body in split for p in body.split("\n\n") if len(p.strip()) > 30]
    rng = random.Random(20210106)
    for i in range(count):
        front, body = split[i % len(split)]
        copy = i // len(texts)
        if copy:
            front = re.sub(r'^(original_url: ".*?)"', rf'\1?copy={copy}"', front, count=1, flags=re.M)
            body = "\n\n".join(rng.sample(paragraphs, rng.randint(8, 20)))
        (folder / f"{i:06d}.md").write_text(f"{front}\n---\n{body}", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        mirror = Path(folder) / "posts"
        mirror.mkdir()
        write_mirror(mirror, args.articles)
        print(
            f"mirror: {args.articles} Markdown files (200 real hkcnews posts, then their real paragraphs "
            "recombined under their front matter, distinct URLs)"
        )
        started = time.perf_counter()
        result = subprocess.run(
            [str(BIN / "archive"), "import", str(mirror), "--db", f"{folder}/archive.db"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        print(result.stdout.strip() or result.stderr[-500:], file=sys.stdout)
        size = sum(f.stat().st_size for f in Path(folder).glob("archive.db*"))
        print(
            f"import: {args.articles / seconds:.1f} articles/s ({seconds:.1f} s), archive {size / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
