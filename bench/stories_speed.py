"""Story clustering speed on one core: fingerprint + assign, side by side with rensa and datasketch.

    python -m bench.stories_speed                  # 20,000 VietNews + VNTC articles
    python -m bench.stories_speed --docs 5000 --million   # + a synthetic 1,000,000-article index

Every system shingles the same search-key tokens (rensa/datasketch: 3-syllable string shingles,
128 permutations, LSH at threshold 0.5, query + insert per article); times include shingling.
Memory: bytes per article held by our index (keys, postings, anchor pairs), measured with
tracemalloc; --million fills an index with 1,000,000 synthetic fingerprints of the corpus' mean
key count and reports the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
import tracemalloc

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

from diembao.stories.cluster import Clusterer, Record
from diembao.stories.fingerprint import Fingerprint, fingerprint_batch, tokens_of
from eval.corpora import vietnews, vntc


def load(n: int) -> list[Record]:
    out: list[Record] = []
    for d in vietnews(limit=n // 2):
        out.append(Record(d.id, f"{d.sapo}\n\n{d.body}"))
    for d in vntc(split="test", limit=n - len(out)):
        out.append(Record(d.id, d.body))
    return out


def run_ours(recs: list[Record], batch: int = 1024) -> tuple[float, float, Clusterer]:
    t = time.perf_counter()
    for i in range(0, len(recs), batch):
        fingerprint_batch([r.text for r in recs[i : i + batch]])
    t_fp = time.perf_counter() - t
    cl = Clusterer()
    t = time.perf_counter()
    for i in range(0, len(recs), batch):
        cl.add(recs[i : i + batch])
    return len(recs) / t_fp, len(recs) / (time.perf_counter() - t), cl


def _shingles(text: str) -> list[str]:
    t = tokens_of(text)
    return [" ".join(t[i : i + 3]) for i in range(max(1, len(t) - 2))]


def run_rensa(recs: list[Record]) -> float:
    from rensa import RMinHash, RMinHashLSH

    lsh = RMinHashLSH(threshold=0.5, num_perm=128, num_bands=16)
    t = time.perf_counter()
    for n, r in enumerate(recs):
        mh = RMinHash(num_perm=128, seed=42)
        mh.update(_shingles(r.text))
        lsh.query(mh)
        lsh.insert(n, mh)
    return len(recs) / (time.perf_counter() - t)


def run_datasketch(recs: list[Record]) -> float:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    t = time.perf_counter()
    for r in recs:
        mh = MinHash(num_perm=128)
        mh.update_batch([s.encode() for s in _shingles(r.text)])
        lsh.query(mh)
        lsh.insert(r.id, mh)
    return len(recs) / (time.perf_counter() - t)


def index_bytes_per_article(recs: list[Record]) -> tuple[float, float]:
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    cl = Clusterer()
    for i in range(0, len(recs), 1024):
        cl.add(recs[i : i + 1024])
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    mean_keys = float(np.mean(cl.nkeys))
    return used / len(recs), mean_keys


def million(mean_keys: float, n: int = 1_000_000, batch: int = 8192) -> tuple[float, float]:
    """Peak RSS (MB) after indexing n synthetic fingerprints; and seconds taken."""
    rng = np.random.default_rng(0)
    cl = Clusterer()
    t = time.perf_counter()
    for start in range(0, n, batch):
        m = min(batch, n - start)
        sizes = rng.poisson(mean_keys, m)
        recs = [Record(f"a{start + i}", "") for i in range(m)]
        fps = [
            Fingerprint(np.unique(rng.integers(0, 2**32 // 8, s, dtype=np.uint32)), int(s) * 8) for s in sizes
        ]
        cl.add_fingerprints(recs, fps)
    secs = time.perf_counter() - t
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--baseline-docs", type=int, default=5000, help="articles for rensa/datasketch")
    ap.add_argument("--million", action="store_true", help="also fill a 1,000,000-article index")
    a = ap.parse_args()
    recs = load(a.docs)
    chars = sum(len(r.text) for r in recs) / len(recs)
    print(f"{len(recs)} articles, mean {chars:.0f} characters")
    fp_rate, rate, cl = run_ours(recs)
    print(f"diembao fingerprint only      : {fp_rate:9.0f} articles/s")
    print(f"diembao fingerprint + assign  : {rate:9.0f} articles/s  ({len(cl.stories())} stories)")
    base = recs[: a.baseline_docs]
    r_rate = run_rensa(base)
    print(f"rensa RMinHash + RMinHashLSH  : {r_rate:9.0f} articles/s  (ratio {rate / r_rate:.1f}x)")
    d_rate = run_datasketch(base)
    print(f"datasketch MinHash + LSH      : {d_rate:9.0f} articles/s  (ratio {rate / d_rate:.1f}x)")
    per, mean_keys = index_bytes_per_article(recs)
    print(f"index memory                  : {per:9.0f} bytes/article (mean {mean_keys:.1f} keys)")
    print(f"  -> 1,000,000 articles        : {per * 1e6 / 2**30:9.2f} GiB (extrapolated)")
    if a.million:
        rss, secs = million(mean_keys)
        print(f"  -> 1,000,000 synthetic       : {rss:9.0f} MiB peak RSS, filled in {secs:.0f} s")


if __name__ == "__main__":
    main()
