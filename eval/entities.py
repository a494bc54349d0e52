"""Entity and position quality on hand-annotated news: `python -m eval.entities [--split dev|test|all]`.

Gold: eval/data/entities/gold.jsonl (42 texts from VNTC, VietNews and the seed, annotated by the
conventions of ANNOTATION.md from eval/data/entities/spec.txt; `--rebuild` regenerates it from the
spec and the shared corpora). Scores are document-level distinct-surface P/R/F1, micro-averaged
over documents: per document the set of distinct (type, surface) pairs, flat (an ORG/LOC mention
inside a longer ORG/LOC mention of another entity is left out, on both sides). Positions are
scored as distinct (person, title, qualifier) tuples, and also with org_or_place; names and titles
are compared by search key (case and diacritics folded).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from diembao.enrich.entities import extract_entities
from diembao.enrich.positions import extract_positions
from diembao.model import Entity
from diembao.text import search_key

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "entities" / "gold.jsonl"
SPEC = HERE / "data" / "entities" / "spec.txt"
PIN = HERE / "pins" / "entities.json"
TYPES = ("PER", "ORG", "LOC")


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        text = d["text"]
        assert hashlib.sha256(text.encode()).hexdigest() == d["sha256"], d["id"]
        for key in ("persons", "orgs", "locs"):
            for ent in d[key]:
                for m in ent["mentions"]:
                    assert text[m["start"] : m["end"]] == m["surface"], (d["id"], m)
        docs.append(d)
    return docs


def gold_sets(d: dict[str, Any]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for key, t in (("persons", "PER"), ("orgs", "ORG"), ("locs", "LOC")):
        for ent in d[key]:
            for m in ent["mentions"]:
                if not m.get("nested", False):
                    out.add((t, m["surface"]))
    return out


def predicted_sets(entities: list[Entity]) -> set[tuple[str, str]]:
    """What the system claims, read as the blind harness reads it: every entity's ``mentions``
    (the flat view; mentions inside another entity's name are in ``nested`` and not counted)."""
    return {(e.type, m.surface) for e in entities for m in e.mentions}


def _pos_key(p: dict[str, str], with_org: bool) -> tuple[str, ...]:
    base = (search_key(p["person"]), search_key(p["title"]), search_key(p["qualifier"]))
    return (*base, search_key(p["org_or_place"])) if with_org else base


def _docref_spans(text: str) -> list[tuple[int, int]]:
    try:
        from diembao.enrich.docrefs import find_docrefs
    except ImportError:
        return []
    return sorted((r.start, r.end) for r in find_docrefs(text))


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def evaluate(docs: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    counts = {t: [0, 0, 0] for t in (*TYPES, "POS", "POS+ORG")}
    seconds = 0.0
    chars = 0
    for d in docs:
        text = d["text"]
        t0 = time.perf_counter()
        spans = _docref_spans(text)
        t1 = time.perf_counter()
        ents = extract_entities(text, docref_spans=spans)
        positions = extract_positions(text, ents)
        seconds += time.perf_counter() - t1
        del t0
        chars += len(text)
        gold = gold_sets(d)
        pred = predicted_sets(ents)
        for t in TYPES:
            g = {x for x in gold if x[0] == t}
            p = {x for x in pred if x[0] == t}
            counts[t][0] += len(g & p)
            counts[t][1] += len(p - g)
            counts[t][2] += len(g - p)
            if verbose and (p - g or g - p):
                print(f"  {d['id']} {t} FP={sorted(s for _, s in p - g)} FN={sorted(s for _, s in g - p)}")
        for label, with_org in (("POS", False), ("POS+ORG", True)):
            g2 = {_pos_key(p, with_org) for p in d["positions"]}
            p2 = {_pos_key(p.to_dict(), with_org) for p in positions}
            counts[label][0] += len(g2 & p2)
            counts[label][1] += len(p2 - g2)
            counts[label][2] += len(g2 - p2)
            if verbose and label == "POS" and (p2 - g2 or g2 - p2):
                print(f"  {d['id']} POS FP={sorted(p2 - g2)} FN={sorted(g2 - p2)}")
    scores: dict[str, Any] = {k: prf(*v) for k, v in counts.items()}
    scores["macro_f1"] = round(sum(scores[t]["f1"] for t in TYPES) / 3, 4)
    scores["docs"] = len(docs)
    scores["ms_per_doc"] = round(1000 * seconds / max(1, len(docs)), 2)
    scores["kb_per_s"] = round(chars / 1000 / seconds, 1) if seconds else 0.0
    return scores


def rebuild() -> None:
    """Regenerate gold.jsonl from spec.txt and the shared corpora (offsets found by search)."""
    from eval.entities_gold import main

    main()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--verbose", action="store_true", help="list each document's errors")
    ap.add_argument("--rebuild", action="store_true", help="regenerate gold.jsonl from spec.txt first")
    args = ap.parse_args(argv)
    if args.rebuild:
        rebuild()
    docs = load_gold()
    out: dict[str, Any] = {}
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        sel = [d for d in docs if d["split"] == split]
        out[split] = evaluate(sel, verbose=args.verbose)
        s = out[split]
        print(f"[{split}] {s['docs']} docs, {s['ms_per_doc']} ms/doc ({s['kb_per_s']} KB/s)")
        for t in (*TYPES, "POS", "POS+ORG"):
            v = s[t]
            print(f"  {t:8s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}")
        print(f"  macro F1 (PER/ORG/LOC) = {s['macro_f1']:.3f}")
    print(json.dumps(out, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
