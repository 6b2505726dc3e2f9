"""Near-duplicates: the same wire story republished by several outlets or mirrors.

MinHash (datasketch) over character 5-grams of the normalised text (Simplified, no
spaces or punctuation), with LSH bands so candidates are found by an index lookup
rather than by comparing every pair. Duplicates are linked, never merged.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

from pipelines.normalise import to_simplified

NUM_PERM = 128
BANDS, ROWS = 32, 4  # a pair with Jaccard 0.7 shares a band with probability > 0.999
SHINGLE = 5
THRESHOLD = 0.7
KEPT = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]+")


def shingles(text: str) -> set[str]:
    letters = "".join(KEPT.findall(to_simplified(text).lower()))
    return {letters[i : i + SHINGLE] for i in range(max(len(letters) - SHINGLE + 1, 1))}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=20210106)
    minhash.update_batch(s.encode() for s in shingles(text))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=20210106, hashvalues=np.frombuffer(data, dtype=np.uint64))


def band_keys(minhash: MinHash) -> list[str]:
    values = minhash.hashvalues.astype(np.uint64)
    return [
        hashlib.blake2b(values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
        for band in range(BANDS)
    ]


def similarity(a: MinHash, b: MinHash) -> float:
    """Estimated Jaccard similarity of the two texts' 5-gram sets."""
    return float(a.jaccard(b))
