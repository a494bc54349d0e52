"""Rebuild `data/common_keys.bin`: keys found in at least MIN_DF distinct VNTC training articles.

Run `python -m diembao.stories.commonkeys` (needs the shared corpora). The file holds only 32-bit
hashes of frequent 4-syllable shingles (phrases like "Ủy ban nhân dân tỉnh", credits, templates),
derived from VNTC (MIT licence); no text is shipped.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from diembao import settings
from diembao.stories import fingerprint as fp
from diembao.stories.fingerprint import U32

MIN_DF = 10
OUT = Path(__file__).resolve().parent / "data" / "common_keys.bin"


def frequent_keys(texts: Iterable[str], min_df: int = MIN_DF, batch: int = 256) -> U32:
    """Sorted keys present in at least `min_df` of the (deduplicated) texts; ignores the shipped list."""
    unique = sorted(set(texts))
    parts: list[U32] = []
    saved = fp.common_keys
    fp.common_keys = lambda: np.zeros(0, dtype=np.uint32)  # type: ignore[assignment]
    try:
        for i in range(0, len(unique), batch):
            parts.extend(f.keys for f in fp.fingerprint_batch(unique[i : i + batch]))
    finally:
        fp.common_keys = saved  # type: ignore[method-assign]
    if not parts:
        return np.zeros(0, dtype=np.uint32)
    allk: U32 = np.concatenate(parts)
    keys, counts = np.unique(allk, return_counts=True)
    out: U32 = keys[counts >= min_df].astype(np.uint32)
    return out


def main() -> None:
    root = settings.shared_data()
    if root is None:
        sys.exit("shared corpora not found (set DIEMBAO_SHARED_DATA)")
    texts: list[str] = []
    with gzip.open(root / "vntc" / "vntc_10topics_full.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["split"] == "train":
                texts.append(r["text"])
    keys = frequent_keys(texts)
    OUT.write_bytes(keys.astype("<u4").tobytes())
    print(f"{keys.size} common keys from {len(texts)} articles -> {OUT}")


if __name__ == "__main__":
    main()
