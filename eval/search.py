"""Search quality: spelling-variant recall and known-item relevance on the shared corpora.

    python -m eval.search                 # full: all 22,644 VietNews test articles (+ --vntc N)
    python -m eval.search --docs 6000 --queries 300 --check   # what the CI gate runs

1. Spelling variants: >= 200 real multi-syllable words (gold-segmented VietNews titles/sapos), each
   typed in every tone placement, case, NFD, without diacritics and with đ typed as d, as a
   phrase and as loose words: every variant must find exactly what the canonical form finds.
2. Known item: for sampled articles, 3-6 content words of the title (half the queries typed
   without diacritics) must put that article (or an exact duplicate of it) in the top 3; MRR@10.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

from diembao.search.index import IndexDoc, SearchIndex
from diembao.text import canonical, search_key
from diembao.text.normalise import _TO_SECOND
from eval.corpora import CorpusDoc, vietnews, vietnews_duplicate_groups, vntc

PINS = Path(__file__).parent / "pins" / "search.json"
STOPWORDS = set(
    "của và là có được cho trong với các những một này đã đang sẽ để từ khi thì mà ở tại về theo như "
    "lại ra vào lên không người năm ngày sau trước bị do vì nên cũng rất nhiều hơn còn đến nhưng hay "
    "hoặc bởi nếu gì ai nào đó đây kia vẫn chỉ mới vừa tới qua giữa trên dưới ngoài".split()
)
_FINAL_OLD = re.compile(r"([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY])(?!\w)")


def new_style(s: str) -> str:
    """The other tone placement ("hòa" -> "hoà"): what half the press types."""
    return _FINAL_OLD.sub(lambda m: _TO_SECOND.get(m.group(1), m.group(1)), s)


def variants(term: str) -> list[str]:
    vs = {
        term,
        new_style(term),
        term.upper(),
        new_style(term).upper(),
        term.title(),
        term.lower(),
        unicodedata.normalize("NFD", term),
        unicodedata.normalize("NFD", new_style(term)),
        search_key(term),
        search_key(term).upper(),
        term.replace("đ", "d").replace("Đ", "D"),
    }
    return sorted(vs)


def load(docs: int, extra_vntc: int) -> list[CorpusDoc]:
    out = list(vietnews(limit=docs))
    if extra_vntc:
        out.extend(vntc(limit=extra_vntc))
    return out


def build_index(corpus: list[CorpusDoc], path: Path) -> tuple[SearchIndex, float]:
    idx = SearchIndex(path, threads=2, heap_mb=256)
    t0 = time.perf_counter()
    idx.add(IndexDoc(id=d.id, title=d.title, sapo=d.sapo, body=d.body) for d in corpus)
    idx.commit()
    return idx, time.perf_counter() - t0


def pick_terms(corpus: list[CorpusDoc], n: int, rng: random.Random) -> list[str]:
    df: Counter[str] = Counter()
    for d in corpus:
        for w in set(d.title_words):
            if " " in w and any(not c.isascii() for c in w) and all(p.isalpha() for p in w.split()):
                df[canonical(w)] += 1
    pool = sorted(t for t, c in df.items() if 2 <= c <= 400)
    # Make sure the hard cases are well represented: oa/oe/uy finals and đ.
    hard = [t for t in pool if _FINAL_OLD.search(t) or "đ" in t.lower()]
    rest = [t for t in pool if t not in set(hard)]
    rng.shuffle(hard)
    rng.shuffle(rest)
    chosen = hard[: n // 2]
    chosen += rest[: n - len(chosen)]
    return sorted(chosen)


def spelling_variants(idx: SearchIndex, terms: list[str]) -> dict[str, object]:
    checked = mismatched = 0
    failures: list[str] = []
    for term in terms:
        for quoted in (True, False):
            want = set(idx.ids(f'"{term}"' if quoted else term))
            for v in variants(term):
                got = set(idx.ids(f'"{v}"' if quoted else v))
                checked += 1
                if got != want:
                    mismatched += 1
                    if len(failures) < 10:
                        failures.append(f"{v!r} ({len(got)}) vs {term!r} ({len(want)})")
    return {"terms": len(terms), "variant_queries": checked, "mismatched": mismatched, "examples": failures}


def known_item(idx: SearchIndex, corpus: list[CorpusDoc], n: int, rng: random.Random) -> dict[str, object]:
    dups = vietnews_duplicate_groups()
    candidates = [d for d in corpus if d.id.startswith("vietnews/")]
    sample = rng.sample(candidates, min(n, len(candidates)))
    top1 = top3 = 0
    rr = 0.0
    lat: list[float] = []
    made = 0
    misses: list[str] = []
    for i, d in enumerate(sample):
        words = [
            w for w in d.title_words if canonical(w).lower() not in STOPWORDS and re.search(r"[^\W\d_]", w)
        ]
        if len(words) < 3:
            continue
        k = rng.randint(3, min(6, len(words)))
        picked_idx = sorted(rng.sample(range(len(words)), k))
        picked = [words[j] for j in picked_idx]
        query = " ".join(search_key(w) if i % 2 else w for w in picked)
        made += 1
        t0 = time.perf_counter()
        res = idx.search(query, limit=10, collapse=False, facets=False)
        lat.append(time.perf_counter() - t0)
        good = dups.get(d.id, set()) | {d.id}
        rank = next((r for r, h in enumerate(res.hits, 1) if h.id in good), None)
        if rank is not None:
            rr += 1.0 / rank
            top1 += rank == 1
            top3 += rank <= 3
        elif len(misses) < 10:
            misses.append(query)
    lat.sort()
    return {
        "queries": made,
        "top1": round(top1 / made, 4),
        "top3": round(top3 / made, 4),
        "mrr10": round(rr / made, 4),
        "p50_ms": round(1000 * lat[len(lat) // 2], 2),
        "misses": misses,
    }


def evaluate(docs: int, queries: int, terms: int, extra_vntc: int = 0, seed: int = 7) -> dict[str, object]:
    rng = random.Random(seed)
    corpus = load(docs, extra_vntc)
    with tempfile.TemporaryDirectory() as tmp:
        idx, secs = build_index(corpus, Path(tmp) / "idx")
        out: dict[str, object] = {"docs": len(corpus), "index_seconds": round(secs, 1)}
        out["spelling"] = spelling_variants(idx, pick_terms(corpus, terms, rng))
        out["known_item"] = known_item(idx, corpus, queries, rng)
    return out


def check(result: dict[str, object], pins: dict[str, float]) -> list[str]:
    problems = []
    sp = result["spelling"]
    ki = result["known_item"]
    assert isinstance(sp, dict) and isinstance(ki, dict)
    if sp["terms"] < pins["min_terms"]:
        problems.append(f"only {sp['terms']} terms (< {pins['min_terms']})")
    if sp["mismatched"] > pins["max_variant_mismatches"]:
        problems.append(f"{sp['mismatched']} spelling variants found something else: {sp['examples']}")
    if ki["top3"] < pins["min_top3"]:
        problems.append(f"known-item top-3 {ki['top3']} < {pins['min_top3']}")
    if ki["mrr10"] < pins["min_mrr10"]:
        problems.append(f"known-item MRR {ki['mrr10']} < {pins['min_mrr10']}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=None, help="VietNews articles to index (default: all)")
    ap.add_argument("--vntc", type=int, default=0, help="VNTC articles added to the haystack")
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--terms", type=int, default=220)
    ap.add_argument("--check", action="store_true", help="fail below the pinned minimums")
    a = ap.parse_args(argv)
    result = evaluate(a.docs or 10**9, a.queries, a.terms, a.vntc)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if a.check:
        problems = check(result, json.loads(PINS.read_text())["gate"])
        for p in problems:
            print("FAIL:", p, file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
