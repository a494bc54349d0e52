"""Build src/diembao/enrich/gazetteer/words2.txt: common two/three-syllable Vietnamese words.

The entity extractor uses it to tell where a capitalised name ends ("Sở Y tế | cho biết"): a
lowercase syllable continues an organisation name only when it completes a common word begun by
the capitalised one. Words are taken from the gold word segmentation of the VietNews corpus
(`*_seg` fields, research corpus) using only all-lowercase occurrences seen at least 5 times, so
the list holds common words, never names. Words are kept with their diacritics: the extractor
matches text as written, so "về tỉnh" never looks like "vệ tinh" (diacritic-free keys are added at load
time for text typed without diacritics). Run: .venv/bin/python scripts/train_ner_lexicon.py
"""

from __future__ import annotations

import collections
import gzip
import json
from pathlib import Path

from diembao import settings
from diembao.text import canonical

OUT = Path(__file__).resolve().parents[1] / "src/diembao/enrich/gazetteer/words2.txt"
# Words the corpus has too rarely: they end a place name ("huyện miền núi X") or continue an
# organisation's ("ĐH Bán công", "Vụ Tiền lương tiền công").
MANUAL = ("miền núi", "vùng núi", "bán công", "tiền công")


def main() -> None:
    shared = settings.shared_data()
    if shared is None:
        raise SystemExit("shared data not found")
    counts: collections.Counter[str] = collections.Counter()
    with gzip.open(shared / "vietnews" / "vietnews_test.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for fld in ("title_seg", "abstract_seg", "body_seg"):
                for w in r[fld].split():
                    if "_" in w and w.islower() and w.count("_") <= 2 and w.replace("_", "").isalpha():
                        counts[w] += 1
    words = sorted(
        {canonical(w.replace("_", " ")).lower() for w, c in counts.items() if c >= 5} | set(MANUAL)
    )
    header = (
        "# Common multi-syllable words as written (lowercase, one tone placement), from lowercase VietNews\n"
        "# gold segmentation; see scripts/train_ner_lexicon.py\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(len(words), "words ->", OUT)


if __name__ == "__main__":
    main()
