"""Tone quality: macro F1 of the shipped tone model on a held-out, stratified DANeS split.

    python -m eval.tone            # prints macro F1 (ours, majority-class baseline) and per-class F1
    python -m eval.tone --check    # exits non-zero below the pins in eval/pins/tone.json

DANeS (CC BY 4.0): 2,032 headlines + sapos annotated Tích cực / Trung tính / Tiêu cực. The split is
fixed: per class, ids ordered by sha256(seed:id), the first 20 % held out. scripts/train_tone.py
trains only on the other 80 %.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from eval.corpora import report, require_shared, sha256_of

PINS = Path(__file__).parent / "pins" / "tone.json"
DATA = "danes/danes_annotated_flat.jsonl"
SEED = "diembao-tone-13"
HELD_OUT = 0.2
TONES = {"Tích cực": "positive", "Trung tính": "neutral", "Tiêu cực": "negative"}
LABELS = ("negative", "neutral", "positive")


@dataclass
class ToneDoc:
    id: str
    text: str
    tone: str


def load_danes(path: Path | None = None) -> list[ToneDoc]:
    """Annotated DANeS records with exactly one sentiment, as title + newline + sapo."""
    path = path or require_shared() / DATA
    out = []
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        sent = r.get("sentiment") or []
        if len(sent) != 1 or sent[0] not in TONES:
            continue
        text = f"{r['title']}\n{r.get('description') or ''}".strip()
        if not text or text in seen:  # the same headline twice would leak across the split
            continue
        seen.add(text)
        out.append(ToneDoc(str(r["id"]), text, TONES[sent[0]]))
    return out


def split(docs: list[ToneDoc]) -> tuple[list[ToneDoc], list[ToneDoc]]:
    """(train, held_out): stratified, fixed by SEED."""
    train: list[ToneDoc] = []
    test: list[ToneDoc] = []
    for tone in LABELS:
        group = sorted(
            (d for d in docs if d.tone == tone),
            key=lambda d: hashlib.sha256(f"{SEED}:{d.id}".encode()).hexdigest(),
        )
        k = round(len(group) * HELD_OUT)
        test += group[:k]
        train += group[k:]
    return train, test


def f1s(gold: list[str], pred: list[str]) -> dict[str, float]:
    out = {}
    for c in LABELS:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        out[c] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    out["macro"] = sum(out[c] for c in LABELS) / len(LABELS)
    return out


def evaluate() -> dict[str, object]:
    from diembao.enrich.tone import predict_tone

    train, test = split(load_danes())
    gold = [d.tone for d in test]
    pred = [predict_tone(d.text) for d in test]
    majority = max(LABELS, key=lambda c: sum(d.tone == c for d in train))
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    return {
        "train": len(train),
        "held_out": len(test),
        "ours": f1s(gold, pred),
        "accuracy": acc,
        "majority_class": majority,
        "baseline": f1s(gold, [majority] * len(gold)),
    }


def check(result: dict[str, object], gate: dict[str, float]) -> list[str]:
    ours = result["ours"]
    base = result["baseline"]
    assert isinstance(ours, dict) and isinstance(base, dict)
    errors = []
    if ours["macro"] < gate["min_macro_f1"]:
        errors.append(f"macro F1 {ours['macro']:.4f} < {gate['min_macro_f1']}")
    if ours["macro"] - base["macro"] < gate["min_margin_over_baseline"]:
        errors.append("margin over the majority baseline below the pin")
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    print("data sha256", sha256_of(require_shared() / DATA))
    report(evaluate(), check if args.check else None, PINS)


if __name__ == "__main__":
    main()
