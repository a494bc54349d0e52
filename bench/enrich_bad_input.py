"""Enrichment on bad input: time and outcome of `enrich_text` on inputs no article should be.

    python -m bench.enrich_bad_input

Empty text, one character repeated (200 KB and 5 MB), mixed scripts, a real article repeated to
1 MB and 5 MB, and two phrases repeated to 1 MB that once made a scan grow with the square of the
text or nest to the recursion limit ("Hà Nội ", "Sở Y tế tỉnh "). Each must finish in bounded time
with no exception; a component that rejects the text (no words to classify) is reported and left
empty by the pipeline. The article is the demo sample's first (shipped in the package), so no shared corpus is needed.
"""

from __future__ import annotations

import json
import time

from diembao.demo import SAMPLE
from diembao.enrich.pipeline import enrich_text


def _article() -> str:
    """The first article of the demo sample shipped in the package, title and text."""
    first = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])
    return "\n\n".join(first.get(k) or "" for k in ("title", "sapo", "text", "body")).strip()


def cases(article: str) -> dict[str, str]:
    return {
        "empty": "",
        "one character x 200,000": "x" * 200_000,
        "one character x 5,000,000": "a" * 5_000_000,
        "mixed scripts": "中文 العربية Русский 😀 ngày 3/1 " * 10_000,
        "an article repeated to ~1 MB": article * (1_000_000 // len(article)),
        "an article repeated to ~5 MB": article * (5_000_000 // len(article)),
        "'Hà Nội ' repeated to 1 MB": "Hà Nội " * 143_000,
        "'Sở Y tế tỉnh ' repeated to 1 MB": "Sở Y tế tỉnh " * 77_000,
    }


def main() -> None:
    enrich_text("Ông A nói.")  # load the models outside the timings
    for name, text in cases(_article()).items():
        t0 = time.perf_counter()
        res = enrich_text(text, "2024-01-04")
        took = time.perf_counter() - t0
        print(f"{name:34s} {len(text):>10,d} chars {took:6.1f} s  {len(res.entities)} entities")


if __name__ == "__main__":
    main()
