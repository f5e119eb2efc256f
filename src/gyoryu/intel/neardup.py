"""Near-duplicate articles across outlets: the same agency copy with another headline, byline or
footer. MinHash signatures over character shingles (so Korean and Chinese, written without
spaces between every word, are compared like English), looked up through datasketch's LSH."""

from __future__ import annotations

import unicodedata

from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.7  # estimated Jaccard similarity of the shingle sets


def signature(text: str) -> LeanMinHash:
    flat = "".join(unicodedata.normalize("NFKC", text).lower().split())
    shingles = {flat[i:i + SHINGLE] for i in range(max(1, len(flat) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch([s.encode("utf-8") for s in shingles])
    return LeanMinHash(m)


def to_bytes(m: LeanMinHash) -> bytes:
    """datasketch's own serialisation: it keeps the seed and the hashing scheme with the values."""
    buf = bytearray(m.bytesize())
    m.serialize(buf)
    return bytes(buf)


def from_bytes(raw: bytes) -> LeanMinHash:
    return LeanMinHash.deserialize(raw)


class NearDuplicates:
    """An index of signatures by key (an article id): `find` returns the most similar one at or
    above the threshold."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[int, LeanMinHash] = {}

    def add(self, key: int, m: LeanMinHash) -> None:
        if key not in self._sigs:
            self._sigs[key] = m
            self._lsh.insert(key, m)

    def find(self, m: LeanMinHash) -> tuple[int, float] | None:
        scored = [(key, m.jaccard(self._sigs[key])) for key in self._lsh.query(m)]
        scored = [(key, score) for key, score in scored if score >= self.threshold]
        return max(scored, key=lambda pair: (pair[1], -pair[0])) if scored else None
