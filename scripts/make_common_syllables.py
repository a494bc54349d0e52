"""Write src/diembao/search/common_syllables.txt: the most widespread folded syllables of Vietnamese news.

The search index writes an adjacent-pair token wherever two of these syllables meet, so a quoted
phrase of common words ("thị trường", "cho người") is one posting list instead of a position check
on every document of two huge lists (diembao.search.index.pairs). The list is part of the index
format: changing it means bumping INDEX_FORMAT (a test pins its hash).

Source: document frequency over the VNTC train split (MIT licence), title and body, through the
search index's own text preparation. Deterministic:  .venv/bin/python scripts/make_common_syllables.py
"""

from __future__ import annotations

import re
from collections import Counter

from diembao.search.index import BARRIER, COMMON_SYLLABLES, prepare
from eval.corpora import vntc

TOP = 500
_WORD = re.compile(r"[^\W\d_]+")  # syllables, not numbers


def main() -> None:
    df: Counter[str] = Counter()
    n = 0
    for d in vntc(split="train"):
        _, folded = prepare(f"{d.title}\n{d.body}")
        df.update(set(_WORD.findall(folded)))
        n += 1
    df.pop(BARRIER, None)
    top = sorted(df.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    header = f"# top {TOP} folded syllables by document frequency in the VNTC train split ({n} docs); see scripts/make_common_syllables.py\n"
    COMMON_SYLLABLES.write_text(header + "".join(f"{w}\n" for w, _ in top), encoding="utf-8")
    print(f"{COMMON_SYLLABLES}: {len(top)} syllables, last df {top[-1][1] / n:.3f}")


if __name__ == "__main__":
    main()
