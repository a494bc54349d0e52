"""Speed of the text layer: canonical() + search_key() on real news text, MB/s on one core.

Text: the first 20 MB of VNTC article text from the shared corpora (the seed article, repeated,
when they are absent). Baseline measured in the same run: the usual hand-rolled way (unicodedata
NFC, then NFD and a loop dropping combining marks, đ -> d, lowercase).

    .venv/bin/python -m bench.text_speed [MB]
"""

from __future__ import annotations

import gzip
import json
import sys
import time
import unicodedata
from pathlib import Path

from diembao import settings
from diembao.text import canonical, search_key

SEED = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed_nhandan_soctrang.txt"


def load_text(mb: float) -> tuple[str, str]:
    limit = int(mb * 1024 * 1024)
    root = settings.shared_data()
    path = root / "vntc" / "vntc_10topics_full.jsonl.gz" if root else None
    if path is not None and path.exists():
        parts: list[str] = []
        size = 0
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                t = json.loads(line)["text"]
                parts.append(t)
                size += len(t.encode("utf-8"))
                if size >= limit:
                    break
        return "\n\n".join(parts), f"VNTC ({path.name})"
    seed = SEED.read_text(encoding="utf-8")
    return (seed * (limit // len(seed.encode("utf-8")) + 1)), "seed article, repeated"


def naive_key(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c)).lower()


def ours(docs: list[str]) -> None:
    for d in docs:
        canonical(d)
        search_key(d)


def naive(docs: list[str]) -> None:
    for d in docs:
        unicodedata.normalize("NFC", d)
        naive_key(d)


def measure(fn, docs: list[str]) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn(docs)
    return time.perf_counter() - t


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    text, source = load_text(mb)
    docs = text.split("\n\n")
    size = len(text.encode("utf-8")) / 1e6
    print(f"text: {source}, {size:.1f} MB UTF-8, {len(docs)} documents")
    t_ours = measure(ours, docs)
    t_naive = measure(naive, docs)
    print(f"diembao canonical + search_key : {size / t_ours:6.1f} MB/s ({t_ours:.2f} s)")
    print(f"naive NFC + strip-marks loop   : {size / t_naive:6.1f} MB/s ({t_naive:.2f} s)")
    print(f"ratio (diembao / naive)        : {t_naive / t_ours:6.2f}x")


if __name__ == "__main__":
    main()
