"""Word-segmentation quality: word F1 of `diembao.enrich.segment` (and of plain pyvi) on the UD
Vietnamese-VTB test split and the VLSP-2013 POS test set, plus throughput on one core.

    python -m eval.segment                 # full test sets, pyvi vs ours
    python -m eval.segment --limit 300     # the first 300 sentences of each (the gate)
    python -m eval.segment --build         # rebuild data/segment_corrections.json from UD train+dev

Word F1: a predicted word counts when its syllable span equals a gold word's span (punctuation
tokens included, as in the usual VLSP scoring).
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from eval.corpora import require_shared, sha256_of

PINS = Path(__file__).resolve().parent / "pins" / "segment.json"
UD_TEST = "ud_vi_vtb/vi_vtb-ud-test.conllu"
VLSP_TEST = "underthesea_vlsp2013_pos_test/test_output.txt"
CORRECTIONS = (
    Path(__file__).resolve().parents[1] / "src" / "diembao" / "enrich" / "data" / "segment_corrections.json"
)


def read_conllu(path: Path) -> list[list[str]]:
    sents: list[list[str]] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        cur.append(cols[1])
    if cur:
        sents.append(cur)
    return sents


def read_vlsp(path: Path) -> list[list[str]]:
    sents: list[list[str]] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(line.split("\t")[0])
    if cur:
        sents.append(cur)
    return sents


def _spans(ws: list[str]) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    pos = 0
    for w in ws:
        n = len(w.replace(" ", "").replace("_", ""))
        out.add((pos, pos + n))
        pos += n
    return out


def _pyvi_words(text: str) -> list[str]:
    from pyvi import ViTokenizer

    return str(ViTokenizer.tokenize(text)).split(" ")


def _underthesea() -> Any:
    try:
        from underthesea import word_tokenize
    except ImportError:
        return None
    return word_tokenize


def _ours(text: str) -> list[str]:
    from diembao.enrich.segment import segment

    return [t.text for t in segment(text)]


def score(sents: list[list[str]], fn: Any) -> dict[str, float]:
    texts = [" ".join(s) for s in sents]
    fn(texts[0])  # load the model outside the clock
    t0 = time.process_time()
    outs = [fn(t) for t in texts]
    dt = time.process_time() - t0
    tp = n_gold = n_pred = 0
    for gold, pred in zip(sents, outs, strict=True):
        g, p = _spans(gold), _spans(pred)
        tp += len(g & p)
        n_gold += len(g)
        n_pred += len(p)
    prec, rec = tp / n_pred, tp / n_gold
    kb = sum(len(t.encode()) for t in texts) / 1024
    return {
        "f1": round(2 * prec * rec / (prec + rec), 4),
        "precision": round(prec, 4),
        "recall": round(rec, 4),
        "kb_per_s": round(kb / dt, 1),
        "sentences": len(sents),
    }


def evaluate(limit: int | None = None, with_pyvi: bool = True) -> dict[str, dict[str, dict[str, float]]]:
    root = require_shared()
    sets = {"ud_vtb_test": read_conllu(root / UD_TEST), "vlsp2013_test": read_vlsp(root / VLSP_TEST)}
    result: dict[str, dict[str, dict[str, float]]] = {}
    for name, sents in sets.items():
        sents = sents[:limit] if limit else sents
        result[name] = {"ours": score(sents, _ours)}
        if with_pyvi:
            result[name]["pyvi"] = score(sents, _pyvi_words)
            peer = _underthesea()
            if peer is not None:  # a peer for comparison only, when installed
                result[name]["underthesea"] = score(sents, peer)
    return result


def build_corrections(min_count: int = 2, min_ratio: float = 0.8) -> dict[str, list[str]]:
    """Words pyvi splits/joins against the UD-VTB train+dev gold (never the test split)."""
    from diembao.enrich import segment as seg

    root = require_shared()
    sents = read_conllu(root / "ud_vi_vtb/vi_vtb-ud-train.conllu") + read_conllu(
        root / "ud_vi_vtb/vi_vtb-ud-dev.conllu"
    )
    seg._corrections.cache_clear()
    CORRECTIONS.write_text(json.dumps({"merge": [], "split": []}))
    seg._corrections.cache_clear()

    def key(w: str) -> tuple[str, ...]:
        return tuple(unicodedata.normalize("NFC", w).lower().split())

    as_word: Counter[tuple[str, ...]] = Counter()
    missed: Counter[tuple[str, ...]] = Counter()
    pred_count: Counter[tuple[str, ...]] = Counter()
    pred_split: Counter[tuple[str, ...]] = Counter()
    ngrams: Counter[tuple[str, ...]] = Counter()
    for gold in sents:
        sylls = [s for w in gold for s in key(w)]
        for n in range(2, 7):
            for i in range(len(sylls) - n + 1):
                ngrams[tuple(sylls[i : i + n])] += 1
        pred = _ours(" ".join(gold))
        g, p = _spans(gold), _spans(pred)
        for w, sp in zip(gold, sorted(g), strict=True):
            if len(key(w)) > 1:
                as_word[key(w)] += 1
                if sp not in p:
                    missed[key(w)] += 1
        for w, sp in zip(pred, sorted(p), strict=True):
            if len(key(w)) > 1:
                pred_count[key(w)] += 1
                if sp not in g:
                    pred_split[key(w)] += 1
    merge = sorted(
        " ".join(k)
        for k, n in missed.items()
        if as_word[k] >= min_count and as_word[k] / ngrams[k] >= min_ratio and n / as_word[k] >= 0.5
    )
    split = sorted(
        " ".join(k)
        for k, n in pred_split.items()
        if n >= min_count and n / pred_count[k] >= min_ratio and as_word[k] == 0
    )
    data = {
        "_source": "derived from UD Vietnamese-VTB train+dev (CC BY-SA 4.0) by eval/segment.py --build",
        "merge": merge,
        "split": split,
    }
    CORRECTIONS.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n")
    seg._corrections.cache_clear()
    return {"merge": merge, "split": split}


def check(result: dict[str, dict[str, dict[str, float]]], gate: dict[str, float]) -> list[str]:
    problems = []
    for name, res in result.items():
        f1 = res["ours"]["f1"]
        if f1 < gate[f"min_f1_{name}"]:
            problems.append(f"{name}: F1 {f1} < {gate[f'min_f1_{name}']}")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--build", action="store_true")
    ap.add_argument("--no-pyvi", action="store_true")
    args = ap.parse_args()
    if args.build:
        c = build_corrections()
        print(f"corrections: {len(c['merge'])} merges, {len(c['split'])} splits")
    root = require_shared()
    for rel in (UD_TEST, VLSP_TEST):
        print(f"{rel} sha256 {sha256_of(root / rel)}")
    res = evaluate(args.limit, with_pyvi=not args.no_pyvi)
    for name, r in res.items():
        for system, s in r.items():
            print(
                f"{name:14} {system:11} F1 {s['f1']:.4f}  P {s['precision']:.4f}  R {s['recall']:.4f}"
                f"  {s['kb_per_s']:.0f} KB/s  ({s['sentences']:.0f} sentences)"
            )
    pins = json.loads(PINS.read_text()) if PINS.exists() else None
    if pins and args.limit != pins["limit"]:
        print(f"gate: pins are for --limit {pins['limit']}")
    elif pins:
        problems = check(res, pins["gate"])
        print("gate:", "OK" if not problems else "; ".join(problems))


if __name__ == "__main__":
    main()
