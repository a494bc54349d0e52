"""Word-segmentation quality: word F1 of `diembao.enrich.segment` (and of plain pyvi) on the UD
Vietnamese-VTB test split and the VLSP-2013 POS test set, plus throughput on one core.

    python -m eval.segment                 # full test sets, pyvi vs ours
    python -m eval.segment --limit 300     # the first 300 sentences of each (the gate)
    python -m eval.segment --build         # rebuild data/segment_corrections.json (UD train+dev, VietNews)

Word F1: a predicted word counts when its syllable span equals a gold word's span (punctuation
tokens included, as in the usual VLSP scoring).
"""

from __future__ import annotations

import argparse
import gzip
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


VIETNEWS = "vietnews/vietnews_test.jsonl.gz"


def _syllable_key(w: str) -> tuple[str, ...]:
    from diembao.enrich.segment import _key

    return tuple(_key(unicodedata.normalize("NFC", x)) for x in w.split())


def vietnews_sentences(held_out: bool = False) -> list[list[str]]:
    """Gold-segmented sentences of VietNews (RDRsegmenter output, trained on VLSP-2013 data): nine
    documents in ten (`held_out`: the tenth, for validation). Sentences of fewer than 3 tokens and the
    few left unsegmented (under 15% of their words multi-syllable) are skipped."""
    out: list[list[str]] = []
    with gzip.open(require_shared() / VIETNEWS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if (i % 10 == 9) != held_out:
                continue
            r = json.loads(line)
            for part in (r["title_seg"], r["abstract_seg"], r["body_seg"]):
                for sent in part.split("\n"):
                    toks = [t.replace("_", " ") for t in sent.split()]
                    ws = [t for t in toks if t[0].isalpha()]
                    if len(toks) >= 3 and ws and sum(" " in w for w in ws) >= 0.15 * len(ws):
                        out.append(toks)
    return out


def _pyvi_alone(texts: list[str]) -> list[list[str]]:
    """pyvi's words (before any correction) for each text, through our syllable cutting."""
    from diembao.enrich import segment as seg

    tok = seg._pyvi()
    owner: list[int] = []
    sylls: list[list[str]] = []
    for n, text in enumerate(texts):
        for ch in seg._chunks(text):
            owner.append(n)
            sylls.append([unicodedata.normalize("NFC", text[s:e]) for s, e in ch])
    labels = tok.model.predict([tok.sent2features(s, False) for s in sylls])
    out: list[list[str]] = [[] for _ in texts]
    for n, sy, lab in zip(owner, sylls, labels, strict=True):
        word = [sy[0]]
        for i in range(1, len(sy)):
            if lab[i] == "I_W" and seg._joinable(sy[i - 1], sy[i]):
                word.append(sy[i])
            else:
                out[n].append(" ".join(word))
                word = [sy[i]]
        out[n].append(" ".join(word))
    return out


def _disagreements(sents: list[list[str]]) -> dict[str, Any]:
    """Per multi-syllable word: how often gold has it, pyvi misses it, pyvi predicts it wrongly (and
    the gold segmentation of those spans), and how often its syllables occur at all."""
    as_word: Counter[tuple[str, ...]] = Counter()
    missed: Counter[tuple[str, ...]] = Counter()
    pred_count: Counter[tuple[str, ...]] = Counter()
    pred_split: Counter[tuple[str, ...]] = Counter()
    gold_seg: dict[tuple[str, ...], Counter[tuple[int, ...]]] = {}
    for b in range(0, len(sents), 200):
        batch = sents[b : b + 200]
        for gold, pred in zip(batch, _pyvi_alone([" ".join(g) for g in batch]), strict=True):
            if sum(len(w.replace(" ", "")) for w in gold) != sum(len(w.replace(" ", "")) for w in pred):
                continue
            g, p = _spans(gold), _spans(pred)
            gold_at = dict(zip(sorted(g), gold, strict=True))
            for w, sp in zip(gold, sorted(g), strict=True):
                if " " in w:
                    as_word[_syllable_key(w)] += 1
                    missed[_syllable_key(w)] += sp not in p
            for w, sp in zip(pred, sorted(p), strict=True):
                if " " not in w:
                    continue
                k = _syllable_key(w)
                pred_count[k] += 1
                if sp in g:
                    continue
                pred_split[k] += 1
                inside = [gold_at[x] for x in sorted(g) if x[0] >= sp[0] and x[1] <= sp[1]]
                if sum(len(x.split()) for x in inside) == len(k):
                    gold_seg.setdefault(k, Counter())[tuple(len(x.split()) for x in inside)] += 1
    keys = set(as_word) | set(pred_count)
    ngram: Counter[tuple[str, ...]] = Counter()
    for gold in sents:
        sy = [x for w in gold for x in _syllable_key(w)]
        for n in range(2, _MAX_WORD + 1):
            for i in range(len(sy) - n + 1):
                if tuple(sy[i : i + n]) in keys:
                    ngram[tuple(sy[i : i + n])] += 1
    return {
        "as_word": as_word,
        "missed": missed,
        "pred_count": pred_count,
        "pred_split": pred_split,
        "gold_seg": gold_seg,
        "ngram": ngram,
    }


_MAX_WORD = 6


def build_corrections(
    ud_min: int = 2, ud_ratio: float = 0.8, vn_min: int = 5, vn_ratio: float = 0.8, lexicon_min: int = 3
) -> dict[str, list[str]]:
    """Corrections of pyvi learnt from training data only (never a test split we score on):

    - from the UD-VTB train+dev gold: words pyvi splits (merge) or joins wrongly (split), seen at least
      `ud_min` times, in `ud_ratio` of their occurrences;
    - from VietNews (nine documents in ten; RDRsegmenter's VLSP-2013 conventions): the same with
      `vn_min`, `vn_ratio`, unless UD-VTB train+dev has the same syllables at least twice and mostly
      the other way (then the two conventions disagree and pyvi is left alone);
    - a lexicon of known multi-syllable words (VietNews words seen `lexicon_min` times and mostly as a
      word, all UD-VTB words, the merges), ranked by frequency, to split unknown long words.
    Thresholds were chosen on UD-VTB dev and the held-out tenth of VietNews (learning on UD train).
    """
    root = require_shared()
    ud = read_conllu(root / "ud_vi_vtb/vi_vtb-ud-train.conllu") + read_conllu(
        root / "ud_vi_vtb/vi_vtb-ud-dev.conllu"
    )

    def merges(st: dict[str, Any], m: int, r: float) -> set[tuple[str, ...]]:
        return {
            k
            for k, n in st["missed"].items()
            if st["ngram"][k]
            and st["as_word"][k] >= m
            and st["as_word"][k] >= r * st["ngram"][k]
            and n >= 0.5 * st["as_word"][k]
        }

    def splits(st: dict[str, Any], m: int, r: float) -> dict[tuple[str, ...], tuple[int, ...]]:
        out = {}
        for k, n in st["pred_split"].items():
            if (
                n >= m
                and n >= r * st["pred_count"][k]
                and st["as_word"][k] <= (1 - r) * max(1, st["ngram"][k])
            ):
                seg_counts = st["gold_seg"].get(k)
                out[k] = seg_counts.most_common(1)[0][0] if seg_counts else (1,) * len(k)
        return out

    ud_st = _disagreements(ud)
    vn_st = _disagreements(vietnews_sentences())
    ud_words = Counter(_syllable_key(w) for s in ud for w in s)
    ud_ngrams: Counter[tuple[str, ...]] = Counter()
    for s in ud:
        sy = [x for w in s for x in _syllable_key(w)]
        for n in range(2, _MAX_WORD + 1):
            ud_ngrams.update(tuple(sy[i : i + n]) for i in range(len(sy) - n + 1))

    def ud_disagrees(k: tuple[str, ...], joined: bool) -> bool:
        n = ud_ngrams[k]
        return n >= 2 and (ud_words[k] / n >= 0.5) != joined

    ud_merge, ud_split = merges(ud_st, ud_min, ud_ratio), splits(ud_st, ud_min, ud_ratio)
    merge, split = set(ud_merge), dict(ud_split)
    for k in merges(vn_st, vn_min, vn_ratio):
        if k not in ud_split and not ud_disagrees(k, True):
            merge.add(k)
    for k, pattern in splits(vn_st, vn_min, vn_ratio).items():
        if k not in ud_merge and not ud_disagrees(k, False) and k not in merge:
            split[k] = pattern
    lexicon: Counter[tuple[str, ...]] = Counter()
    for k, n in vn_st["as_word"].items():
        if n >= lexicon_min and n >= 0.5 * vn_st["ngram"][k] and k not in split:
            lexicon[k] += n
    for k, n in ud_words.items():
        if len(k) > 1 and k not in split:
            lexicon[k] += n
    for k in merge:
        lexicon[k] += 1

    def parts(k: tuple[str, ...], pattern: tuple[int, ...]) -> str:
        out, i = [], 0
        for n in pattern:
            out.append(" ".join(k[i : i + n]))
            i += n
        return "|".join(out)

    data = {
        "_source": "derived by eval/segment.py --build from UD Vietnamese-VTB train+dev (CC BY-SA 4.0) and"
        " the word segmentation of VietNews (nine documents in ten; research corpus, licence not stated):"
        " word lists only, no text",
        "merge": sorted(" ".join(k) for k in merge),
        "split": sorted(parts(k, p) for k, p in split.items()),
        "lexicon": [" ".join(k) for k, _ in sorted(lexicon.items(), key=lambda kv: (-kv[1], kv[0]))],
    }
    CORRECTIONS.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n")
    from diembao.enrich import segment as seg

    seg._corrections.cache_clear()
    return {"merge": data["merge"], "split": data["split"], "lexicon": data["lexicon"]}


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
        print(
            f"corrections: {len(c['merge'])} merges, {len(c['split'])} splits, {len(c['lexicon'])} known words"
        )
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
