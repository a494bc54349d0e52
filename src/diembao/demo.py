"""The main job on the embedded default (`make demo`).

From nothing to a press review: a fresh SQLite store under `demo-out/`, the bundled sample ingested
(extracted, enriched, grouped into stories, indexed), the preset watchlists switched on, the digest
of the busiest day written as HTML, DOCX, PDF and Markdown, a month report, a trends chart, and the
alert check. Every output path is printed at the end.
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).resolve().parent / "demo_data" / "sample.jsonl"
DIGEST_DAY = date(2007, 10, 28)  # the sample's last full day (its storm coverage peaks there)
PERIOD = (date(2007, 10, 1), date(2007, 10, 28))
PROVINCE = "Đà Nẵng"


def _say(msg: str) -> None:
    print(msg, flush=True)


def _examples() -> None:
    """The bundled example pages, extracted: what `diembao extract` makes of a news page."""
    from diembao.extract.cli import extract_bytes
    from diembao.samples import example_paths

    for p in example_paths():
        try:
            a = extract_bytes(p.read_bytes(), p.name)
        except Exception as e:  # a sample that fails is reported, the demo goes on
            _say(f"  {p.name}: error: {e}")
            continue
        authors = ", ".join(a.authors) or "-"
        _say(f"  {p.name}: {a.title!r} | {a.outlet or '-'} | {a.published or '-'} | {authors} | "
             f"{len(a.paragraphs)} paragraphs, {len(a.captions)} captions")  # fmt: skip


def _ingest(store: Any) -> Any:
    from diembao.ingest.cli import _attach_subscribers
    from diembao.ingest.pipeline import run
    from diembao.ingest.sources import iter_sources

    _attach_subscribers(store)
    return run(store, iter_sources([str(SAMPLE)], store=store), workers=None, enrich=True)


def main(out_dir: str = "demo-out") -> int:
    from diembao.digest import service
    from diembao.watch.trends import draw_chart, to_csv, trend_rows
    from diembao.watch.watchlists import Watchlists, presets, province_watchlist

    out = Path(out_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    db = out / "diembao.db"
    t0 = time.perf_counter()

    _say("1. Extraction of the bundled example pages:")
    _examples()

    _say(f"2. Ingesting {SAMPLE.name} into a fresh store {db} (extract, enrich, stories, index)...")
    from diembao.store import open_store

    store = open_store(db)
    try:
        lists = Watchlists(store.connection)
        for w in [*presets(), province_watchlist(PROVINCE)]:
            lists.add(w.name, w.query, w.notes)
        report = _ingest(store)
        stats = store.stats().as_dict()
        errors = store.errors()
    finally:
        store.close()
    summary: dict[str, Any] = getattr(report, "as_dict", dict)()
    _say(f"   {stats.get('articles')} articles stored; report: {summary}")
    for e in errors[:5]:
        _say(f"   recorded error: {e}")

    ctx = service.open_context(db)
    n_lists = len(ctx.lists.list(enabled_only=True))
    _say(f"3. {n_lists} watchlists on (presets + province {PROVINCE}).")

    _say(f"4. Digest of {DIGEST_DAY.isoformat()}:")
    digest = service.make_digest(ctx, DIGEST_DAY, DIGEST_DAY)
    written: list[Path] = []
    for fmt in ("html", "docx", "pdf", "md"):
        written.append(service.write(digest, fmt, out / f"diem-bao-{DIGEST_DAY.isoformat()}.{fmt}"))
    for s in digest.sections:
        if s.stories:
            top = s.stories[0]
            _say(f"   {s.name}: {s.articles} articles, {len(s.stories)} stories; first: {top.headline!r} "
                 f"({top.origin_outlet}, {top.reach} outlets)")  # fmt: skip

    _say("5. Trends over the month:")
    rows = trend_rows(ctx.index, ctx.lists.list(enabled_only=True), by="day",
                      since=PERIOD[0].isoformat(), until=PERIOD[1].isoformat())  # fmt: skip
    (out / "trends.csv").write_text(to_csv(rows), encoding="utf-8")
    png, svg = draw_chart(rows, out / "trends", title="Số bài theo danh mục theo dõi, tháng 10/2007")
    written += [out / "trends.csv", png, svg]

    _say("6. Month report:")
    rep = service.make_report(ctx, PERIOD[0], PERIOD[1], out / "charts", label="Tháng 10/2007")
    for fmt in ("html", "docx"):
        written.append(service.write(rep, fmt, out / f"bao-cao-2007-10.{fmt}"))

    _say(f"7. Alert check for {DIGEST_DAY.isoformat()} (dry run: nothing is sent):")
    from diembao.watch.service import check_alerts

    for line in check_alerts(db, DIGEST_DAY, dry_run=True):
        _say(f"   {line}")

    _say(f"\nDone in {time.perf_counter() - t0:.1f} s. Files:")
    for p in written:
        _say(f"  {p}")
    _say(f"\nTry: .venv/bin/diembao search --db {db} 'bão miền Trung'")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
