"""Ingest speed: `diembao ingest` of the shared VNTC + VietNews corpora, against `sqlite-utils insert`.

    .venv/bin/python -m bench.ingest_speed [--limit N] [--html-limit M] [--workers W]

Text records (JSONL, the corpora's own fields) and an HTML variant (each record rendered as a news
page, extraction included) are ingested by the CLI in a subprocess; printed: articles/s, peak RSS
of all processes of the run, database size, and the same figures for a plain `sqlite-utils insert`
of the same JSONL (the floor: no extraction, no dedup, no history, no raw kept).
"""

from __future__ import annotations

import argparse
import gzip
import html
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from diembao import settings

CORPORA = ("vntc/vntc_10topics_full.jsonl.gz", "vietnews/vietnews_test.jsonl.gz")


def _records(shared: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    per = None if limit is None else (limit + 1) // 2
    for rel in CORPORA:
        with gzip.open(shared / rel, "rt", encoding="utf-8") as f:
            for line in itertools.islice(f, per):
                yield json.loads(line)


def _page(i: int, rec: dict[str, Any]) -> dict[str, str]:
    """A news page built from a real record (title, sapo, paragraphs) with typical boilerplate."""
    text = rec.get("body") or rec.get("text") or ""
    title = rec.get("title") or text.split("\n", 1)[0]
    paras = [p for p in text.split("\n") if p.strip()]
    sapo = rec.get("abstract")
    esc = html.escape
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    page = (
        f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>{esc(title)} - Báo Mẫu</title>"
        f"<meta property='og:title' content='{esc(title)}'>"
        "<meta property='article:published_time' content='2024-01-03T08:00:00+07:00'></head><body>"
        "<header><nav><a href='/'>Trang chủ</a> <a href='/thoi-su'>Thời sự</a> <a href='/kinh-te'>Kinh tế</a></nav></header>"
        f"<main><article><h1>{esc(title)}</h1>"
        + (f"<p class='sapo'><strong>{esc(sapo)}</strong></p>" if sapo else "")
        + f"<div class='content'>{body}</div></article>"
        "<aside><h3>Tin liên quan</h3><ul><li><a href='/a'>Tin khác một</a></li><li><a href='/b'>Tin khác hai</a></li></ul></aside>"
        "</main><footer>© Báo Mẫu. Giấy phép số 123/GP-BTTTT.</footer></body></html>"
    )
    return {"url": f"https://baomau.example.vn/tin/{i}.html", "html": page}


class _PeakRSS:
    """Peak summed RSS of a process group (main process, extraction workers, forkserver)."""

    def __init__(self, pgid: int) -> None:
        self.pgid = pgid
        self.peak = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _sample(self) -> int:
        total = 0
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
                pgrp = int(stat.rsplit(")", 1)[1].split()[2])
                if pgrp != self.pgid:
                    continue
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            except (OSError, ValueError, IndexError):
                continue
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            time.sleep(0.25)

    def stop(self) -> int:
        self._stop.set()
        self._t.join()
        return self.peak


def _run(cmd: list[str]) -> tuple[float, int, str]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
    meter = _PeakRSS(proc.pid)
    out, _ = proc.communicate()
    secs = time.perf_counter() - t0
    peak = meter.stop()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return secs, peak, out.decode()


def _size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def _ingest(src: Path, db: Path, workers: int | None) -> dict[str, Any]:
    cmd = [
        sys.executable,
        "-m",
        "diembao",
        "ingest",
        str(src),
        "--db",
        str(db),
        "--json",
        "--no-enrich",
        "--no-index",
    ]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    secs, peak, out = _run(cmd)
    summary = json.loads(out.strip().splitlines()[-1])
    return {"seconds": secs, "peak_rss": peak, "db_bytes": _size(db), **summary}


def _floor(src: Path, db: Path) -> dict[str, Any]:
    exe = shutil.which("sqlite-utils") or str(Path(sys.executable).parent / "sqlite-utils")
    secs, peak, _ = _run([exe, "insert", str(db), "articles", str(src), "--nl", "--alter"])
    return {"seconds": secs, "peak_rss": peak, "db_bytes": _size(db)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--limit", type=int, default=None, help="Records in all (half from each corpus).")
    ap.add_argument("--html-limit", type=int, default=10000, help="Pages in the HTML part (0: skip).")
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args(argv)
    shared = settings.shared_data()
    if shared is None or not all((shared / c).exists() for c in CORPORA):
        raise SystemExit(f"shared corpora not found under {settings.get('shared_data')}")
    with tempfile.TemporaryDirectory(prefix="diembao-bench-") as tmp:
        t = Path(tmp)
        text_src, html_src = t / "records.jsonl", t / "pages.jsonl"
        n = m = 0
        # Pages spread over both corpora: every `stride`-th record.
        stride = max(1, (args.limit or 107000) // max(args.html_limit, 1))
        with text_src.open("w", encoding="utf-8") as ft, html_src.open("w", encoding="utf-8") as fh:
            for i, rec in enumerate(_records(shared, args.limit)):
                ft.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
                if m < args.html_limit and i % stride == 0:
                    fh.write(json.dumps(_page(i, rec), ensure_ascii=False) + "\n")
                    m += 1
        rows = []
        r = _ingest(text_src, t / "text.db", args.workers)
        f = _floor(text_src, t / "floor.db")
        rows.append(("diembao ingest, text records", n, r))
        rows.append(("sqlite-utils insert (floor)", n, f))
        if m:
            h = _ingest(html_src, t / "html.db", args.workers)
            fh2 = _floor(html_src, t / "floor_html.db")
            rows.append(("diembao ingest, HTML pages", m, h))
            rows.append(("sqlite-utils insert HTML (floor)", m, fh2))
        print(
            f"{'run':36} {'inputs':>8} {'stored':>8} {'errors':>7} {'secs':>8} {'per s':>9} {'peak RSS MB':>12} {'DB MB':>8}"
        )
        for name, count, res in rows:
            stored = res.get("new", count)
            print(
                f"{name:36} {count:8d} {stored!s:>8} {res.get('errors', 0)!s:>7} {res['seconds']:8.1f} "
                f"{count / res['seconds']:9.0f} {res['peak_rss'] / 2**20:12.0f} {res['db_bytes'] / 2**20:8.1f}"
            )
        print(f"ratio text ingest / sqlite-utils floor: {f['seconds'] / r['seconds']:.2f}x the floor's speed")
        if m:
            print(
                f"ratio HTML ingest / sqlite-utils floor: {fh2['seconds'] / h['seconds']:.2f}x the floor's speed"
            )


if __name__ == "__main__":
    main()
