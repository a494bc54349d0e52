"""Enrichment speed: the whole `enrich()` pipeline on real articles (VietNews sample), one core.

    python -m bench.enrich_speed [--limit 300]

Prints articles/s, each component's share of the time, peak memory, and, measured side by side on
the same texts in the same run, the NER of underthesea and ViNLP when they are installed (they
are peers for comparison only; diembao never depends on them). ViNLP pins an old sklearn-crfsuite,
so `make bench` installs it in a side environment, .venv-peers, and it is timed there (bench/peer_ner.py).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from diembao.model import Article, Paragraph
from eval.corpora import require_shared


def load_articles(limit: int) -> list[Article]:
    path = require_shared() / "vietnews" / "vietnews_test_sample300.jsonl"
    arts: list[Article] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            paras = [Paragraph(p) for p in r["body"].split("\n") if p.strip()]
            arts.append(
                Article(
                    title=r["title"],
                    sapo=r["abstract"],
                    paragraphs=paras,
                    text=Article.body_text(paras),
                    published=None,
                )
            )
            if len(arts) >= limit:
                break
    return arts


def _time(fn: Callable[[str], Any], texts: list[str]) -> float:
    fn(texts[0])  # model loading outside the clock
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - t0


def _peer(name: str, loader: Callable[[], Callable[[str], Any]], texts: list[str], ours: float) -> None:
    try:
        fn = loader()
    except Exception as exc:  # a missing or broken peer is reported, never fatal
        print(f"{name:28} skipped: {type(exc).__name__}: {exc}")
        return
    try:
        dt = _time(fn, texts)
    except Exception as exc:
        print(f"{name:28} failed: {type(exc).__name__}: {exc}")
        return
    print(f"{name:28} {len(texts) / dt:8.1f} articles/s   (ours is {dt / ours:.1f}x faster)")


def _underthesea() -> Callable[[str], Any]:
    from underthesea import ner

    return ner  # type: ignore[no-any-return]


def _vinlp() -> Callable[[str], Any]:
    import ViNLP  # type: ignore[import-not-found]

    return ViNLP.ner  # type: ignore[no-any-return]


# Peers that cannot share diembao's environment (ViNLP pins sklearn-crfsuite 0.3.6) are timed in
# a side environment made by `make bench`; DIEMBAO_PEERS_PYTHON names another interpreter.
PEERS_PYTHON = Path(__file__).resolve().parent.parent / ".venv-peers" / "bin" / "python"


def _side_peer(name: str, module: str, texts: list[str], ours: float) -> None:
    """Time ``module.ner`` on ``texts`` in the side environment (bench/peer_ner.py), when it exists."""
    python = Path(os.environ.get("DIEMBAO_PEERS_PYTHON") or PEERS_PYTHON)
    if not python.exists():
        print(f"{name:28} skipped: not installed here, and no side environment at {python} (make bench)")
        return
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(texts, f, ensure_ascii=False)
    try:
        run = subprocess.run(
            [str(python), str(Path(__file__).with_name("peer_ner.py")), module, f.name],
            capture_output=True,
            text=True,
            timeout=3600,
        )
    finally:
        os.unlink(f.name)
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"{name:28} failed in {python}: {last}")
        return
    dt = max(float(json.loads(run.stdout.strip().splitlines()[-1])["seconds"]), 1e-9)
    print(
        f"{name:28} {len(texts) / dt:8.1f} articles/s   (ours is {dt / ours:.1f}x faster; in {python.parent.parent.name})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    from diembao.enrich import pipeline

    arts = load_articles(args.limit)
    texts = [pipeline.article_text(a) for a in arts]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    for a in arts[:3]:
        pipeline.enrich(a)  # load every component's model outside the clock
    pipeline.reset_timings()
    t0 = time.process_time()
    for a in arts:
        pipeline.enrich(a)
    total = time.process_time() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"diembao enrich: {len(arts)} articles ({mb:.2f} MB) in {total:.2f} s CPU")
    print(f"  {len(arts) / total:.1f} articles/s, {mb / total:.2f} MB/s, peak RSS {peak_mb:.0f} MB")
    timings = pipeline.timings()
    for name, sec in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12} {sec:7.3f} s  {100 * sec / total:5.1f}%")

    from diembao.enrich.segment import segment

    seg = _time(segment, texts)
    print(f"word segmentation (ours)     {mb / seg * 1000:8.0f} KB/s")
    print("peers on the same texts (NER only, one core):")
    _peer("underthesea.ner", _underthesea, texts, total)
    try:
        _vinlp()
    except ImportError:
        _side_peer("ViNLP.ner", "ViNLP", texts, total)
    else:
        _peer("ViNLP.ner", _vinlp, texts, total)


if __name__ == "__main__":
    main()
