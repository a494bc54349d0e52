"""Summary quality: ROUGE-1/2/L (F1) of our extractive summary vs LEAD-3 against VietNews abstracts.

    python -m eval.summary                    # all 22,644 VietNews test articles
    python -m eval.summary --docs 1000 --check   # what the CI gate runs (first 1,000 articles)

ROUGE is our own implementation (no ROUGE package is installed): F1 over syllables tokenised as
``\\w+`` on diembao.text.search_key (so tone-mark style and case do not count), ROUGE-L on the
longest common subsequence of the whole summary (no sentence-level union), no stemming/stopwords.
The body is given as one paragraph (its corpus line breaks joined by spaces) so our sentence
splitter does the work for both systems; LEAD-3 = the first 3 sentences of that same split.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

from diembao.enrich.summary import sentences, summarize
from diembao.text import search_key
from eval.corpora import report, require_shared, sha256_of, vietnews

PINS = Path(__file__).parent / "pins" / "summary.json"
DATA = "vietnews/vietnews_test.jsonl.gz"
_WORD = re.compile(r"\w+")


def tokens(s: str) -> list[str]:
    return _WORD.findall(search_key(s))


def _f1(overlap: int, n_sys: int, n_ref: int) -> float:
    if overlap == 0:
        return 0.0
    p, r = overlap / n_sys, overlap / n_ref
    return 2 * p * r / (p + r)


def _ngrams(t: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(t[i : i + n]) for i in range(len(t) - n + 1))


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge(system: str, reference: str) -> dict[str, float]:
    """ROUGE-1, -2 and -L F1 of ``system`` against ``reference``."""
    s, r = tokens(system), tokens(reference)
    out = {}
    for n in (1, 2):
        a, b = _ngrams(s, n), _ngrams(r, n)
        out[f"rouge{n}"] = _f1(sum((a & b).values()), sum(a.values()), sum(b.values()))
    out["rougeL"] = _f1(_lcs(s, r), len(s), len(r))
    return out


def evaluate(docs: int | None = None) -> dict[str, object]:
    systems = ("ours", "lead3", "lead2")
    sums: dict[str, Counter[str]] = {k: Counter() for k in systems}
    n = 0
    t_ours = 0.0
    for d in vietnews(limit=docs):
        body = " ".join(d.body.split("\n"))
        t0 = time.perf_counter()
        ours = " ".join(summarize(body, n=3, title=d.title))
        t_ours += time.perf_counter() - t0
        sents = [s.text for s in sentences(body)]
        for name, summary in (("ours", ours), ("lead3", " ".join(sents[:3])), ("lead2", " ".join(sents[:2]))):
            sums[name].update(rouge(summary, d.sapo))
        n += 1
    return {
        "docs": n,
        "rouge_impl": "own, search_key syllables, F1",
        **{k: {m: round(v / n, 4) for m, v in sums[k].items()} for k in systems},
        "ours_docs_per_s": round(n / t_ours, 1),
    }


def check(result: dict[str, object], gate: dict[str, float]) -> list[str]:
    ours, lead = result["ours"], result["lead3"]
    assert isinstance(ours, dict) and isinstance(lead, dict)
    errors = []
    for m in ("rouge1", "rouge2", "rougeL"):
        if ours[m] < gate[f"min_{m}"]:
            errors.append(f"{m} {ours[m]} < pin {gate[f'min_{m}']}")
        if ours[m] < lead[m]:
            errors.append(f"{m} {ours[m]} below LEAD-3 {lead[m]}")
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=None)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    print("data sha256", sha256_of(require_shared() / DATA))
    report(evaluate(args.docs), check if args.check else None, PINS)


if __name__ == "__main__":
    main()
