"""Topic quality and speed of the shipped model on the VNTC test split.

    python -m eval.topic                    # all 50,373 test articles: accuracy (full, deduplicated), speed
    python -m eval.topic --subset 3000 --check   # what the CI gate runs (fixed stratified subset)

"dedup" leaves out the test articles whose exact duplicate (exact_duplicate_groups.json) is in the
train split; training already dropped those train copies. Speed is articles/s of predict_topic on one
core, text as stored (title on the first line), model already loaded.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from diembao.enrich.topic import predict_topic, topic_model
from eval.corpora import report, require_shared, sha256_of

PINS = Path(__file__).parent / "pins" / "topic.json"
DATA = "vntc/vntc_10topics_full.jsonl.gz"
DUPS = "vntc/exact_duplicate_groups.json"


def cross_duplicates(root: Path) -> set[str]:
    """Test ids whose exact duplicate group has a train member."""
    out: set[str] = set()
    for g in json.loads((root / DUPS).read_text()):
        if any(x.startswith("Train") for x in g):
            out.update(x for x in g if x.startswith("Test"))
    return out


def test_docs(subset: int | None = None) -> list[dict[str, str]]:
    """The test split, or a fixed stratified subset of about ``subset`` docs (by sha256 of id)."""
    with gzip.open(require_shared() / DATA, "rt", encoding="utf-8") as f:
        docs = [r for r in map(json.loads, f) if r["split"] == "test"]
    if subset is None:
        return docs
    by_label: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in docs:
        by_label[r["label"]].append(r)
    out = []
    for group in by_label.values():
        group.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        out += group[: round(subset * len(group) / len(docs))]
    return out


def evaluate(subset: int | None = None) -> dict[str, object]:
    root = require_shared()
    docs = test_docs(subset)
    cross = cross_duplicates(root)
    topic_model()
    t0 = time.perf_counter()
    pred = [predict_topic(r["text"]) for r in docs]
    secs = time.perf_counter() - t0
    ok = [p == r["label"] for p, r in zip(pred, docs, strict=True)]
    dedup = [o for o, r in zip(ok, docs, strict=True) if r["id"] not in cross]
    per: dict[str, list[bool]] = defaultdict(list)
    for o, r in zip(ok, docs, strict=True):
        per[r["label"]].append(o)
    return {
        "docs": len(docs),
        "accuracy": round(sum(ok) / len(ok), 4),
        "dedup_docs": len(dedup),
        "accuracy_dedup": round(sum(dedup) / len(dedup), 4),
        "per_label_accuracy": {k: round(sum(v) / len(v), 4) for k, v in sorted(per.items())},
        "predicted": dict(Counter(pred).most_common()),
        "articles_per_s": round(len(docs) / secs, 1),
    }


def check(result: dict[str, object], gate: dict[str, float]) -> list[str]:
    errors = []
    for key in ("accuracy", "accuracy_dedup", "articles_per_s"):
        value = result[key]
        assert isinstance(value, float)
        if value < gate[f"min_{key}"]:
            errors.append(f"{key} {value} < pin {gate[f'min_{key}']}")
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--subset", type=int, default=None)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    print("data sha256", sha256_of(require_shared() / DATA))
    report(evaluate(args.subset), check if args.check else None, PINS)


if __name__ == "__main__":
    main()
