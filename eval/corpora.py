"""Streaming readers of the shared public corpora (VietNews, VNTC) for evaluations and benchmarks."""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diembao import settings


@dataclass
class CorpusDoc:
    id: str
    title: str
    sapo: str
    body: str
    title_words: list[str]  # gold-segmented words of the title when the corpus has them
    label: str | None = None


def require_shared() -> Path:
    p = settings.shared_data()
    if p is None:
        raise SystemExit(
            f"shared corpora not found at {settings.get('shared_data')} (set DIEMBAO_SHARED_DATA)"
        )
    return p


def vietnews(limit: int | None = None) -> Iterator[CorpusDoc]:
    path = require_shared() / "vietnews" / "vietnews_test.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                return
            r = json.loads(line)
            words = [w.replace("_", " ") for w in r["title_seg"].split()]
            yield CorpusDoc("vietnews/" + r["id"], r["title"], r["abstract"], r["body"], words)


def vntc(limit: int | None = None, split: str | None = None) -> Iterator[CorpusDoc]:
    path = require_shared() / "vntc" / "vntc_10topics_full.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        n = 0
        for line in f:
            r = json.loads(line)
            if split and r["split"] != split:
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            title, _, body = r["text"].partition("\n")
            yield CorpusDoc("vntc/" + r["id"], title.strip(), "", body.strip(), title.split(), r["label"])


def vietnews_duplicate_groups() -> dict[str, set[str]]:
    """Doc id -> ids of docs with the same body (test split members only)."""
    groups = json.loads((require_shared() / "vietnews" / "exact_duplicate_bodies.json").read_text())
    out: dict[str, set[str]] = {}
    for g in groups:
        ids = {"vietnews/" + x.split("/", 1)[1] for x in g if x.startswith("test/")}
        for i in ids:
            out[i] = ids
    return out


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def report(result: dict[str, Any], check: Callable[[dict[str, Any], dict[str, Any]], list[str]] | None,
           pins: Path) -> None:  # fmt: skip
    """Print an evaluation's result; with `check`, compare it to the pinned gate and exit 1 on a
    regression (the `--check` of every eval script)."""
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if check is not None:
        errors = check(result, json.loads(pins.read_text())["gate"])
        for e in errors:
            print("FAIL", e)
        sys.exit(1 if errors else 0)
