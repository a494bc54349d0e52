"""Time a peer's NER in its own environment: `PEER_PYTHON bench/peer_ner.py ViNLP TEXTS.json`.

Some peers pin old versions of libraries diembao needs (ViNLP pins sklearn-crfsuite 0.3.6), so they
live in a side environment (`.venv-peers`, made by `make bench`) and are timed there, on the same
texts, by this script. It imports nothing from diembao and prints one JSON line:
``{"seconds": CPU seconds for all texts, "texts": n}`` (model loading outside the clock).
"""

from __future__ import annotations

import importlib
import json
import sys
import time


def main(argv: list[str]) -> int:
    module, path = argv
    ner = importlib.import_module(module).ner
    with open(path, encoding="utf-8") as f:
        texts = json.load(f)
    ner(texts[0])  # model loading outside the clock
    t0 = time.process_time()
    for t in texts:
        ner(t)
    print(json.dumps({"seconds": time.process_time() - t0, "texts": len(texts)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
