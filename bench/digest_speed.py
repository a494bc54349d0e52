"""Digest speed: one day with 2,000 articles across 20 watchlists (target: under 10 s here).

    python -m bench.digest_speed                 # 2,000 real articles (VNTC test + VietNews test)
    python -m bench.digest_speed --articles 500  # quicker

Set-up (not timed): a fresh store in a temporary folder; the articles, dated over one local day
with republished copies (about 1 in 4 real articles gets 1-3 copies by other outlets, a "Theo ..."
credit and the last paragraph cut), ingested with enrichment, stories and the search index; 20
watchlists (the 8 presets plus 12 provinces with their pre-2025 names). Timed: building the digest
from the store (the 20 watchlist queries, story grouping, origin, summaries, people, documents) and
writing it in each format. No peer tool makes a press review, so the figure is reported against
the target rather than as a ratio.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from eval.corpora import vietnews, vntc

DAY = date(2024, 1, 3)
VN = timezone(timedelta(hours=7))
OUTLETS = ["VnExpress", "Tuổi Trẻ", "Thanh Niên", "Người Lao Động", "Dân trí", "VietnamPlus", "Nhân Dân"]
COPIERS = ["Báo Mới Bắc", "Tin nhanh Trung", "Điểm tin Nam", "Tổng hợp 24h"]
PROVINCES = ["Cần Thơ", "Đà Nẵng", "Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Huế", "Khánh Hòa",
             "Nghệ An", "Thanh Hóa", "Quảng Ninh", "Lâm Đồng", "An Giang"]  # fmt: skip


def records(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    docs = list(vntc(split="test", limit=n)) + list(vietnews(limit=n))
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for d in docs:
        if len(out) >= n:
            break
        if len(d.body) < 300 or d.body[:200] in seen:  # title-only records and exact duplicates
            continue
        seen.add(d.body[:200])
        t = datetime(DAY.year, DAY.month, DAY.day, 5, 0, tzinfo=VN) + timedelta(
            minutes=rng.randrange(17 * 60)
        )
        outlet = rng.choice(OUTLETS)
        body = "\n\n".join(x for x in (d.sapo, d.body) if x)
        out.append({"id": d.id, "title": d.title, "text": body, "outlet": outlet, "published": t.isoformat()})
        if rng.random() < 0.25:
            for k, c in enumerate(rng.sample(COPIERS, rng.randint(1, 3))):
                if len(out) >= n:
                    break
                paras = [x for x in body.splitlines() if x.strip()]
                cut = "\n\n".join(paras[:-1] if len(paras) > 2 else paras)
                title = d.title if rng.random() < 0.5 else f"{d.title} ({c})"
                out.append({
                    "id": f"{d.id}-copy{k}", "title": title, "text": f"(Theo {outlet}) - {cut}",
                    "outlet": c, "published": (t + timedelta(minutes=rng.randrange(10, 300))).isoformat(),
                })  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    args = ap.parse_args()

    from diembao.digest import service
    from diembao.ingest.cli import _attach_subscribers
    from diembao.ingest.pipeline import run
    from diembao.ingest.sources import iter_sources
    from diembao.store import open_store
    from diembao.watch.watchlists import Watchlists, presets, province_watchlist

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        recs = records(args.articles * 105 // 100)  # ~5% of copies are identical once credits go
        src = folder / "day.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        db = folder / "bench.db"
        t = time.perf_counter()
        store = open_store(db)
        lists = Watchlists(store.connection)
        wls = [*presets(), *(province_watchlist(p) for p in PROVINCES)]
        for w in wls:
            lists.add(w.name, w.query, w.notes)
        _attach_subscribers(store)
        rep = run(store, iter_sources([str(src)], store=store), workers=None, enrich=True)
        n_stored = store.stats().as_dict()["articles"]
        store.close()
        print(f"set-up: {n_stored} articles stored ({rep.as_dict()['errors']} errors), {len(wls)} watchlists, "
              f"{time.perf_counter() - t:.1f} s (ingest with enrichment, not timed below)")  # fmt: skip

        ctx = service.open_context(db)
        t = time.perf_counter()
        d = service.make_digest(ctx, DAY, DAY)
        build_s = time.perf_counter() - t
        n_stories = sum(len(s.stories) for s in d.sections)
        print(f"build: {build_s:.2f} s for {d.total_articles} matched articles, {len(d.sections)} sections, "
              f"{n_stories} stories listed")  # fmt: skip
        total = build_s
        for fmt in ("md", "html", "docx", "pdf"):
            t = time.perf_counter()
            out = service.write(d, fmt, folder / f"digest.{fmt}")
            s = time.perf_counter() - t
            total += s
            print(f"render {fmt:4}: {s:.2f} s ({out.stat().st_size / 1024:.0f} KiB)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        verdict = "meets" if total < 10 else "MISSES"
        print(f"total digest (build + all four formats): {total:.2f} s, target < 10 s: {verdict}; "
              f"peak RSS {peak:.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
