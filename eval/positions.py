"""Officials' positions on 1105 more annotated articles: `python -m eval.positions [--check] [--verbose]`.

Gold: eval/data/positions/gold.jsonl, positions only (no entity offsets), annotated by the
conventions of ANNOTATION.md in thirty-six rounds of 50, 40, thirty-three of 30 and one of 25 articles (VNTC "Phap luat" and
"Chinh tri Xa hoi", VietNews test; round 3 full-length articles over 2,500 characters; round 4 a
random draw, seed 6061127, of 20 VNTC articles of any topic and 10 VietNews articles of 500 to 2,500
characters with a title-before-name or "ông/bà" pattern, scored unseen before any fix: F1 0.808, P 0.889, R 0.741;
round 5 an unfiltered random draw, seed 7127031, of 20 VNTC articles of any topic and split and 10
VietNews articles, skipping only texts over 4,000 characters or naming no person, scored unseen
before any fix: F1 0.722, P 0.897, R 0.603; strictly, first title form only and optional positions
required: F1 0.614, P 0.795, R 0.500; round 6 the same protocol, seed 26112713, scored unseen before
any fix: F1 0.633, P 0.735, R 0.556, strictly F1 0.537, P 0.647, R 0.458; 0.683 (P 0.824, R 0.583) once three
annotation errors found on reading the output were corrected); round 7 the same protocol, seed 20261127,
scored unseen before any fix: F1 0.722, P 0.813, R 0.650, strictly F1 0.644, P 0.760, R 0.559 (against the gold as
first annotated, unchanged); round 8 the same protocol, seed 8270513, scored unseen before any fix:
F1 0.849, P 0.894, R 0.808, strictly F1 0.710, P 0.809, R 0.633 (gold as first annotated, unchanged); round 9 the same protocol, seed 9112713, scored unseen before any fix:
F1 0.620, P 0.761, R 0.522, strictly F1 0.540, P 0.739, R 0.425 (gold as first annotated, unchanged); round 10
30 articles drawn like the blind set (15 VNTC politics/law, 15 VietNews, seed 10261128), scored unseen before any
fix: F1 0.716, P 0.796, R 0.650, strictly F1 0.598, P 0.700, R 0.522 (one missed position added to the gold after reading the output);
round 11 the same protocol, seed 11271519, scored unseen before any fix: F1 0.805, P 0.846, R 0.767, strictly F1 0.738
(two first title forms corrected afterwards to the territorial-organ rule: 0.854 unseen against the corrected gold);
round 12 the same protocol, seed 12271127: F1 0.835, P 0.873, R 0.800, strictly F1 0.661 (gold as first annotated);
round 13 the same protocol, seed 13270925: F1 0.698, P 0.811, R 0.612, strictly F1 0.581 (gold as first annotated);
round 14 the same protocol, seed 14301127: F1 0.840, P 0.944, R 0.756, strictly F1 0.780 (gold as first annotated);
round 15 the same protocol, seed 15271127: F1 0.800, P 0.878, R 0.735, strictly F1 0.632 (gold as first annotated);
round 16 the same protocol, seed 16301127: F1 0.729, P 0.878, R 0.623, strictly F1 0.613 (gold as first annotated);
round 17 the same protocol, seed 17271127: F1 0.772, P 0.780, R 0.765, strictly F1 0.621 (gold as first annotated);
round 18 the same protocol, seed 18271127: F1 0.892, P 0.917, R 0.868, strictly F1 0.707 (gold as first annotated);
round 19 the same protocol, seed 19271127: F1 0.868, P 0.933, R 0.812, strictly F1 0.706 (gold as first annotated);
round 20 the same protocol, seed 20301127: F1 0.783, P 0.857, R 0.720, strictly F1 0.685 (gold as first annotated);
round 21 the same protocol, seed 21301127: F1 0.804, P 0.911, R 0.719, strictly F1 0.626 (gold as first annotated);
round 22 the same protocol, seed 22301127: F1 0.807, P 0.842, R 0.774, strictly F1 0.651 (gold as first annotated);
round 23 the same protocol, seed 23301127: F1 0.897, P 0.923, R 0.873, strictly F1 0.818 (gold as first annotated);
round 24 the same protocol, seed 24301127: F1 0.800, P 0.840, R 0.764, strictly F1 0.727 (gold as first annotated;
0.835 and 0.768 against it after two corrections read from the output: 'cố Chủ tịch nước' is nguyên, 'Hoà thượng' optional);
round 25 the same protocol, seed 25301127: F1 0.777, P 0.825, R 0.733, strictly F1 0.602 (gold as first annotated; one
first form corrected afterwards to round 14's: 'Chi cục trưởng' for a sub-department named by its field alone).
round 26 the same protocol, seed 26301127: F1 0.816, P 0.879, R 0.761, strictly F1 0.726 (gold as first annotated; one first
form corrected afterwards to the lexicon's: 'TT Putin' is 'Tổng thống');
round 27 the same protocol, seed 27301127: F1 0.873, P 0.939, R 0.816, strictly F1 0.674 (gold as first annotated; one first
form corrected afterwards to earlier rounds': 'Trưởng đoàn' for a head of a National Assembly delegation);
round 28 the same protocol, seed 28301127: F1 0.767, P 0.868, R 0.688, strictly F1 0.644 (gold as first annotated);
round 29 the same protocol, seed 29301127: F1 0.766, P 0.900, R 0.667, strictly F1 0.667 (gold as first annotated);
round 30 the same protocol, seed 30301127: F1 0.767, P 0.917, R 0.660, strictly F1 0.674 (gold as first annotated; two
first forms corrected afterwards to the territorial-organ rule: a police department of a place keeps the organ,
'Trưởng phòng An ninh kinh tế Công an' + Hải Phòng, as the entities gold writes it: 0.791 unseen against the corrected gold);
round 31 the same protocol, seed 31301127: F1 0.657, P 0.815, R 0.550, strictly F1 0.600 (gold as first annotated; one
form added afterwards by the foreign-officials rule, title as written minus the country: 'Đại diện cảnh sát' of New Zealand,
0.687 unseen against the corrected gold);
round 32 the same protocol, seed 32301127: F1 0.898, P 0.926, R 0.872, strictly F1 0.733 (gold as first annotated; two
forms corrected afterwards: a customs sub-department of a border gate keeps its organ by the territorial-organ rule,
'Chi cục trưởng Chi cục Hải quan' + 'cửa khẩu Vĩnh Xương', and 'trưởng phái đoàn' left only to the optional second
position it was written for: 0.910 unseen against the corrected gold);
round 34 the same protocol, seed 34301127: F1 0.786, P 0.887, R 0.705, strictly F1 0.707 (gold as first annotated, unchanged);
round 35 the same protocol, seed 35301127: F1 0.836, P 0.871, R 0.803, strictly F1 0.710 (gold as first annotated; one
form added afterwards by the territorial-organ rule: 'dân phòng phường' + Bình Trị Đông for a ward's civil-defence guard,
0.836 unseen against the corrected gold);
round 36 the same protocol, seed 36301127, scored unseen before any fix: F1 0.803, P 0.864, R 0.750, strictly F1 0.671
(gold as first annotated, unchanged);
round 37 the same protocol, seed 37301127, scored unseen before any fix: F1 0.779, P 0.898, R 0.688, strictly F1 0.651
(gold as first annotated, unchanged; 25 articles, as only 10 of the 30 VNTC candidates state a position).
Texts are read from the shared corpora by id and checked
against their sha256, so the repository holds no corpus text. Each gold position lists the title forms it accepts where the conventions leave the
form open ("Phó Chủ tịch thường trực"), and may be optional (counted neither as hit nor miss).

All rounds were used to find and fix errors (their articles were annotated before the system's
output was read, then studied): this is a regression gate, not an unseen-text measure; the blind
held-out set (`eval.heldout_score`) and the entities test split are that. Scores are distinct
(person, title, qualifier) per document, compared by search key, micro-averaged. `--strict` scores as a
single-answer gold (such as the blind set's) would: the first title form only, optional positions
required; it is reported, not pinned (measured 2026-11-27 on rounds 1-9: 0.733 before titles took their
lower-case field, "Giám đốc tuyển sinh", 0.745 after; 0.754 on all ten rounds after round 10, 0.774 on all eleven after round 11, 0.775 on all twelve after round 12, 0.769 on all thirteen after round 13, 0.778 on all fourteen after round 14, 0.775 on all fifteen after round 15, 0.770 on all sixteen after round 16, 0.770 on all seventeen after round 17, 0.770 on all eighteen after round 18, 0.776 on all nineteen after round 19, 0.773 on all twenty with round 20 before its fixes, 0.786 after them, 0.780 on all twenty-one with round 21 before
its fixes, 0.786 after them, 0.780 on all twenty-two with round 22 before
its fixes, 0.786 after them, 0.791 on all twenty-three with round 23 before its fixes, 0.796 after them, 0.791 on all twenty-four with round 24
before its fixes, 0.794 after them, 0.788 on all twenty-five with round 25 before its fixes, 0.796 after them,
0.794 on all twenty-six with round 26 before its fixes, 0.797 after them,
0.796 on all twenty-seven with round 27 before its fixes, 0.797 after them,
0.793 on all twenty-eight with round 28 before its fixes, 0.794 after them,
0.790 on all twenty-nine with round 29 before its fixes, 0.793 after them,
0.790 on all thirty with round 30 before its fixes, 0.792 after them,
0.788 on all thirty-one with round 31 before its fixes, 0.790 after them,
0.788 on all thirty-two with round 32 before its fixes, 0.790 after them,
0.787 on all thirty-three with round 34 before its fixes, 0.788 after them,
0.790 on all thirty-four with round 35 (measured apart, on its own checkout) before its fixes, 0.790 after them,
0.789 on all thirty-five with round 36 (measured apart, on its own checkout) before its fixes, 0.792 after them,

0.789 on all thirty-five with round 37 (measured apart, on its own checkout) before its fixes, 0.793 after them; 0.794 on all thirty-six once both rounds' fixes were merged).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from diembao.text import search_key
from eval.corpora import require_shared

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "positions" / "gold.jsonl"
PIN = HERE / "pins" / "positions.json"

Key = tuple[str, str, str]


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_texts(docs: Iterable[dict[str, Any]]) -> dict[str, str]:
    """id -> text from the shared corpora, checked against the gold's sha256."""
    want = {d["id"]: d for d in docs}
    shared = require_shared()
    out: dict[str, str] = {}
    with gzip.open(shared / "vntc" / "vntc_10topics_full.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in want:
                out[r["id"]] = r["text"]
    with gzip.open(shared / "vietnews" / "vietnews_test.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in want:
                out[r["id"]] = r["title"] + "\n\n" + r["abstract"] + "\n\n" + r["body"]
    for i, d in want.items():
        assert i in out, f"{i}: not in the shared corpora"
        assert hashlib.sha256(out[i].encode()).hexdigest() == d["sha256"], f"{i}: text changed"
    return out


def _qual(q: str) -> str:
    return search_key(q.replace("cựu", "nguyên"))


def score_doc(
    gold: list[dict[str, Any]], predicted: set[Key], strict: bool = False
) -> tuple[int, int, int, list[str]]:
    """(tp, fp, fn, notes) for one document; optional gold positions count neither way. ``strict``
    scores as a single-answer gold would (the blind set's): the first title form only, and optional
    positions are required."""
    tp = fn = 0
    matched: set[Key] = set()
    notes: list[str] = []
    for g in gold:
        person, qual = search_key(g["person"]), _qual(g["qualifier"])
        titles = {search_key(t) for t in (g["titles"][:1] if strict else g["titles"])}
        optional = g["optional"] and not strict
        hit = next((p for p in predicted if p[0] == person and p[1] in titles and p[2] == qual), None)
        if hit is not None:
            matched.add(hit)
            tp += 0 if optional else 1
        elif not optional:
            fn += 1
            notes.append(f"MISS {g['person']} | {g['titles'][0]} | {g['qualifier']}")
    extra = predicted - matched
    notes.extend(f"FP   {' | '.join(p)}" for p in sorted(extra))
    return tp, len(extra), fn, notes


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def evaluate(
    docs: list[dict[str, Any]],
    texts: dict[str, str],
    extract: Callable[[str], Iterable[Any]] | None = None,
    verbose: bool = False,
    strict: bool = False,
) -> dict[str, Any]:
    if extract is None:
        from diembao.enrich.pipeline import enrich_text

        def extract(text: str) -> Iterable[Any]:
            return enrich_text(text).positions

    totals: dict[str, list[int]] = {}
    for d in docs:
        predicted = {
            (search_key(p.person), search_key(p.title), _qual(p.qualifier)) for p in extract(texts[d["id"]])
        }
        tp, fp, fn, notes = score_doc(d["positions"], predicted, strict)
        for k in ("all", d["round"]):
            t = totals.setdefault(k, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + tp, t[1] + fp, t[2] + fn
        if verbose and notes:
            print(d["id"], *notes, sep="\n  ")
    return {k: {**_prf(*v), "tp": v[0], "fp": v[1], "fn": v[2]} for k, v in sorted(totals.items())}


def check(result: dict[str, Any], gate: dict[str, float]) -> list[str]:
    """The pinned lines whose F1 fell below their pin."""
    return [f"{k}: F1 {result[k]['f1']} < pinned {v}" for k, v in gate.items() if result[k]["f1"] < v]


def gate_main(
    argv: list[str] | None,
    doc: str,
    pin: Path,
    run: Callable[[argparse.Namespace], dict[str, Any]],
    line: Callable[[str, dict[str, Any]], str],
    strict_help: str | None = None,
) -> int:
    """The command line shared by the annotated-set evaluations: print, and with --check fail below pins.
    ``run`` gets the parsed options (``verbose``, and ``strict`` when ``strict_help`` offers it)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help=f"fail below the pins in {pin.relative_to(HERE.parent)}"
    )
    ap.add_argument("--verbose", action="store_true", help="print each document's misses and false positives")
    if strict_help:
        ap.add_argument("--strict", action="store_true", help=strict_help)
    args = ap.parse_args(argv)
    result = run(args)
    for k, v in result.items():
        print(line(k, v))
    if not args.check:
        return 0
    failures = check(result, json.loads(pin.read_text())["gate"])
    for f in failures:
        print("BELOW PIN:", f, file=sys.stderr)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    def run(args: argparse.Namespace) -> dict[str, Any]:
        docs = load_gold()
        return evaluate(docs, load_texts(docs), verbose=args.verbose, strict=args.strict)

    def line(k: str, v: dict[str, Any]) -> str:
        return f"{k:8} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})"

    strict = (
        "score as a single-answer gold would: first title form only, optional positions required (not pinned)"
    )
    return gate_main(argv, __doc__ or "", PIN, run, line, strict_help=strict)


if __name__ == "__main__":
    raise SystemExit(main())
