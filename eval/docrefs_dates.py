"""Legal-document references and dates: document-level distinct-surface P/R/F1 on a hand-annotated set.

    python -m eval.docrefs_dates              # dev and test splits
    python -m eval.docrefs_dates --split test

Gold: eval/data/docrefs_dates/gold.json — 32 real articles (VNTC sample, VietNews sample, the seed)
annotated by hand by the conventions of ANNOTATION.md; texts are read from the shared corpora by
id (and checked against the stored sha256), not copied. Scores: per document, the set of distinct
gold surfaces against the set of predicted surfaces, summed over documents (micro). Date iso
accuracy: among matched date surfaces, the share whose iso equals the gold iso.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from eval.corpora import require_shared

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "docrefs_dates" / "gold.json"
PINS = HERE / "pins" / "docrefs_dates.json"
SOURCES = {
    "vntc": "vntc/vntc_10topics_sample.jsonl",
    "vietnews": "vietnews/vietnews_test_sample300.jsonl",
    "seed": "../seed/000_3380226ad80e6f91.txt",
}


def load_texts(root: Path) -> dict[tuple[str, str], str]:
    """Texts built exactly as ANNOTATION.md says, keyed by (corpus, id)."""
    texts: dict[tuple[str, str], str] = {}
    for line in (root / SOURCES["vntc"]).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        texts[("vntc", r["id"])] = r["text"]
    for line in (root / SOURCES["vietnews"]).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        texts[("vietnews", r["id"])] = r["title"] + "\n\n" + r["abstract"] + "\n\n" + r["body"]
    seed = root.parent / "seed" / "000_3380226ad80e6f91.txt"
    if not seed.exists():
        seed = root / "seed" / "000_3380226ad80e6f91.txt"
    texts[("seed", "seed/000_3380226ad80e6f91.txt")] = seed.read_text(encoding="utf-8")
    return texts


def gold_docs(split: str | None = None) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))["docs"]
    return [d for d in docs if split in (None, d["split"])]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
    }


def evaluate(split: str | None = None, verbose: bool = False) -> dict[str, Any]:
    from diembao.enrich.dates import find_dates
    from diembao.enrich.docrefs import find_docrefs

    texts = load_texts(require_shared())
    c = {"ref_tp": 0, "ref_pred": 0, "ref_gold": 0, "date_tp": 0, "date_pred": 0, "date_gold": 0, "iso_ok": 0}
    docs = gold_docs(split)
    for d in docs:
        text = texts[(d["corpus"], d["id"])]
        if hashlib.sha256(text.encode()).hexdigest() != d["sha256"]:
            raise SystemExit(f"{d['id']}: text changed since annotation")
        for g in d["docrefs"] + d["dates"]:
            assert text[g["start"] : g["end"]] == g["surface"]
        refs = find_docrefs(text)
        dates = find_dates(text, docref_spans=sorted((r.start, r.end) for r in refs))
        g_ref = {g["surface"] for g in d["docrefs"]}
        p_ref = {r.surface for r in refs}
        g_date = {g["surface"]: g["iso"] for g in d["dates"]}
        p_date = {x.surface: x.iso for x in dates}
        c["ref_tp"] += len(g_ref & p_ref)
        c["ref_pred"] += len(p_ref)
        c["ref_gold"] += len(g_ref)
        matched = set(g_date) & set(p_date)
        c["date_tp"] += len(matched)
        c["date_pred"] += len(p_date)
        c["date_gold"] += len(g_date)
        c["iso_ok"] += sum(g_date[s] == p_date[s] for s in matched)
        if verbose:
            for s in sorted(g_ref - p_ref):
                print(f"  {d['id']}: docref missed {s!r}")
            for s in sorted(p_ref - g_ref):
                print(f"  {d['id']}: docref spurious {s!r}")
            for s in sorted(set(g_date) - set(p_date)):
                print(f"  {d['id']}: date missed {s!r}")
            for s in sorted(set(p_date) - set(g_date)):
                print(f"  {d['id']}: date spurious {s!r}")
            for s in sorted(matched):
                if g_date[s] != p_date[s]:
                    print(f"  {d['id']}: date iso {s!r} {p_date[s]} != gold {g_date[s]}")
    return {
        "docs": len(docs),
        "docrefs": _prf(c["ref_tp"], c["ref_pred"], c["ref_gold"]),
        "dates": {
            **_prf(c["date_tp"], c["date_pred"], c["date_gold"]),
            "iso_accuracy": round(c["iso_ok"] / c["date_tp"], 4) if c["date_tp"] else 1.0,
        },
    }


def check(result: dict[str, Any], gate: dict[str, float]) -> list[str]:
    problems = []
    if result["docrefs"]["f1"] < gate["min_docrefs_f1"]:
        problems.append(f"docrefs F1 {result['docrefs']['f1']} < {gate['min_docrefs_f1']}")
    if result["dates"]["f1"] < gate["min_dates_f1"]:
        problems.append(f"dates F1 {result['dates']['f1']} < {gate['min_dates_f1']}")
    if result["dates"]["iso_accuracy"] < gate["min_iso_accuracy"]:
        problems.append(f"dates iso accuracy {result['dates']['iso_accuracy']} < {gate['min_iso_accuracy']}")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", choices=["dev", "test"], default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    splits = [args.split] if args.split else ["dev", "test"]
    pins = json.loads(PINS.read_text()) if PINS.exists() else None
    for split in splits:
        res = evaluate(split, verbose=args.verbose)
        r, d = res["docrefs"], res["dates"]
        print(
            f"{split:4} ({res['docs']} docs)  docrefs P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}"
            f"  |  dates P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} iso {d['iso_accuracy']:.3f}"
        )
        if pins and split in pins["gate"]:
            problems = check(res, pins["gate"][split])
            print("  gate:", "OK" if not problems else "; ".join(problems))


if __name__ == "__main__":
    main()
