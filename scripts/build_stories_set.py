"""Write the seeded story-clustering evaluation set as JSONL, to inspect it or feed `diembao cluster`.

    python scripts/build_stories_set.py --split test -o stories_test.jsonl
    diembao cluster stories_test.jsonl > predicted.jsonl

Each line: {id, title, text, published, outlet, story (gold), edits}; a second file
`<out>.negatives.jsonl` lists the hard-negative pairs {a, b, kind}. The set is built from the
shared corpora (see eval/stories.py); do not commit the output (VietNews has no stated licence).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.stories import build_set


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test"], default="test")
    ap.add_argument("-o", "--out", type=Path, required=True)
    a = ap.parse_args()
    es = build_set(a.split)
    with a.out.open("w", encoding="utf-8") as f:
        for d in es.docs:
            f.write(json.dumps({**d.record(), "story": d.story, "edits": d.edits}, ensure_ascii=False) + "\n")
    neg = a.out.with_suffix(".negatives.jsonl")
    with neg.open("w", encoding="utf-8") as f:
        for x, y, kind in es.hard_negatives:
            f.write(json.dumps({"a": x, "b": y, "kind": kind}, ensure_ascii=False) + "\n")
    print(f"{len(es.docs)} articles -> {a.out}; {len(es.hard_negatives)} hard-negative pairs -> {neg}")


if __name__ == "__main__":
    main()
