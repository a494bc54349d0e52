"""Search benchmark: diembao's tantivy index vs SQLite FTS5 on the same articles, same run.

    python -m bench.search_speed                  # 107k real articles + expansion to 1,000,000
    python -m bench.search_speed --total 200000   # smaller

Data: every VietNews test article and every VNTC article (about 107,000 real texts). The
expansion to --total articles is documented and seeded: article i past the real ones takes the
title of real article a, and a body of 3-8 paragraphs drawn from three other real articles,
an outlet among 30 and a publication time in 2015-2025. Vocabulary and lengths stay real;
only the combinations are new.

Queries (--queries, default 500), drawn from real titles, seeded: 1-3 loose words, 2-3 word
phrases, each with or without diacritics, a third of them with an outlet or date filter.
FTS5 gets the same queries in its own syntax (`unicode61 remove_diacritics 2`, bm25, LIMIT 10;
filters as SQL conditions). Reported: build rate, size on disk, p50/p95/p99 latency of each
and the ratio of medians.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from diembao.search.index import IndexDoc, SearchIndex
from diembao.text import search_key
from eval.corpora import CorpusDoc, vietnews, vntc

OUTLETS = [
    "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "VietnamPlus", "Nhân Dân", "Báo Chính phủ", "VOV",
    "Quân đội nhân dân", "Công an nhân dân", "Lao Động", "Tiền Phong", "Người Lao Động", "VietNamNet",
    "Pháp luật TP.HCM", "Sài Gòn Giải Phóng", "Hà Nội Mới", "Báo Đà Nẵng", "Báo Sóc Trăng", "Báo Nghệ An",
    "Báo Quảng Ninh", "Báo Cần Thơ", "Báo Hải Phòng", "Báo Thanh Hóa", "Báo Đắk Lắk", "Báo Lâm Đồng",
    "Báo Bình Dương", "Báo Khánh Hòa", "Báo Huế", "Zing News",
]  # fmt: skip
T0 = 1420070400  # 2015-01-01
T1 = 1767225600  # 2026-01-01


def expand(
    real: list[CorpusDoc], total: int, seed: int = 11
) -> Iterator[tuple[str, str, str, str, str, int]]:
    """(id, title, sapo, body, outlet, epoch) for `total` articles: the real ones, then recombined ones."""
    rng = random.Random(seed)
    paras = [[p for p in d.body.split("\n") if p.strip()] or [d.body] for d in real]
    for i in range(total):
        if i < len(real):
            d = real[i]
            yield d.id, d.title, d.sapo, d.body, OUTLETS[i % len(OUTLETS)], rng.randrange(T0, T1)
            continue
        a = rng.randrange(len(real))
        body: list[str] = []
        for _ in range(3):
            src = paras[rng.randrange(len(real))]
            k = rng.randint(1, 3)
            start = rng.randrange(max(1, len(src) - k + 1))
            body.extend(src[start : start + k])
        yield (
            f"x{i}",
            real[a].title,
            real[a].sapo,
            "\n".join(body),
            rng.choice(OUTLETS),
            rng.randrange(T0, T1),
        )


def make_queries(real: list[CorpusDoc], n: int, seed: int = 5) -> list[tuple[str, str, list[object]]]:
    """(our query, FTS5 MATCH expression, extra SQL params) triples."""
    rng = random.Random(seed)
    out: list[tuple[str, str, list[object]]] = []
    while len(out) < n:
        d = rng.choice(real)
        words = re.findall(r"[^\W\d_]+", d.title)
        if len(words) < 3:
            continue
        kind = rng.choice(["1", "2", "3", "phrase"])
        k = 1 if kind == "1" else 2 if kind == "2" else 3 if kind == "3" else rng.randint(2, 3)
        start = rng.randrange(len(words) - k + 1)
        picked = words[start : start + k] if kind == "phrase" else rng.sample(words, k)
        if rng.random() < 0.5:
            picked = [search_key(w) for w in picked]
        if kind == "phrase":
            ours = '"' + " ".join(picked) + '"'
            fts = '"' + " ".join(picked) + '"'
        else:
            ours = " ".join(picked)
            fts = " AND ".join(f'"{w}"' for w in picked)
        flt = rng.random()
        params: list[object] = []
        if flt < 0.17:
            outlet = rng.choice(OUTLETS)
            ours += f' outlet:"{outlet}"'
            params = ["outlet", outlet]
        elif flt < 0.33:
            year = rng.randint(2016, 2024)
            ours += f" since:{year}"
            params = ["since", int(time.mktime((year, 1, 1, 0, 0, 0, 0, 0, 0)))]
        out.append((ours, fts, params))
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))] * 1000


def dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) if p.is_dir() else p.stat().st_size


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--total", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--real-limit", type=int, default=None, help="use only this many real articles")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--skip-fts5", action="store_true")
    a = ap.parse_args(argv)

    real = list(vietnews(limit=a.real_limit)) + list(vntc(limit=a.real_limit))
    total = max(a.total, 1)
    print(f"real articles: {len(real):,}; total indexed: {total:,}")
    work = a.workdir or Path(tempfile.mkdtemp(prefix="diembao-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, float]] = {}
    queries = make_queries(real, a.queries)

    # ---- diembao / tantivy
    ipath = work / "tantivy"
    shutil.rmtree(ipath, ignore_errors=True)
    idx = SearchIndex(ipath, threads=2, heap_mb=512)
    t0 = time.perf_counter()
    batch: list[IndexDoc] = []
    from datetime import UTC, datetime

    for i, (did, title, sapo, body, outlet, ts) in enumerate(expand(real, total)):
        batch.append(
            IndexDoc(id=did, title=title, sapo=sapo, body=body, outlet=outlet,
                     published=datetime.fromtimestamp(ts, UTC).isoformat())
        )  # fmt: skip
        if len(batch) >= 5000:
            idx.add(batch)
            batch = []
        if i and i % 100_000 == 0:
            print(f"  tantivy: {i:,} in {time.perf_counter() - t0:.0f}s", flush=True)
    idx.add(batch)
    idx.commit()
    build = time.perf_counter() - t0
    lat = []
    for ours, _, _ in queries:
        s = time.perf_counter()
        idx.search(ours, limit=10, collapse=False, facets=False)
        lat.append(time.perf_counter() - s)
    lat_full = []
    for ours, _, _ in queries[:100]:
        s = time.perf_counter()
        idx.search(ours, limit=10)  # with facets and story collapse, as the CLI does
        lat_full.append(time.perf_counter() - s)
    results["diembao (tantivy)"] = {
        "build_s": build,
        "docs_per_s": total / build,
        "size_mb": dir_size(ipath) / 1e6,
        "p50_ms": pct(lat, 0.5),
        "p95_ms": pct(lat, 0.95),
        "p99_ms": pct(lat, 0.99),
        "p50_ms_with_facets": pct(lat_full, 0.5),
    }
    print(json.dumps(results["diembao (tantivy)"], indent=1))

    # ---- SQLite FTS5
    if not a.skip_fts5:
        dbp = work / "fts5.db"
        dbp.unlink(missing_ok=True)
        con = sqlite3.connect(dbp)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE meta(id INTEGER PRIMARY KEY, did TEXT, outlet TEXT, published INTEGER)")
        con.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(title, sapo, body, tokenize='unicode61 remove_diacritics 2')"
        )
        t0 = time.perf_counter()
        rows = []
        for n, (did, title, sapo, body, outlet, ts) in enumerate(expand(real, total), 1):
            rows.append((n, did, outlet, ts, title, sapo, body))
            if len(rows) >= 5000:
                con.executemany("INSERT INTO meta VALUES (?,?,?,?)", [r[:4] for r in rows])
                con.executemany("INSERT INTO fts(rowid, title, sapo, body) VALUES (?,?,?,?)",
                                [(r[0], *r[4:]) for r in rows])  # fmt: skip
                con.commit()
                rows = []
        if rows:
            con.executemany("INSERT INTO meta VALUES (?,?,?,?)", [r[:4] for r in rows])
            con.executemany(
                "INSERT INTO fts(rowid, title, sapo, body) VALUES (?,?,?,?)", [(r[0], *r[4:]) for r in rows]
            )
        con.execute("CREATE INDEX meta_outlet ON meta(outlet)")
        con.execute("CREATE INDEX meta_pub ON meta(published)")
        con.commit()
        con.execute("INSERT INTO fts(fts) VALUES('optimize')")
        con.commit()
        build = time.perf_counter() - t0
        lat = []
        for _, fts, params in queries:
            sql = "SELECT meta.did FROM fts JOIN meta ON meta.id = fts.rowid WHERE fts MATCH ?"
            args: list[object] = [fts]
            if params and params[0] == "outlet":
                sql += " AND meta.outlet = ?"
                args.append(params[1])
            elif params:
                sql += " AND meta.published >= ?"
                args.append(params[1])
            sql += " ORDER BY bm25(fts, 3.0, 1.5, 1.0) LIMIT 10"
            s = time.perf_counter()
            con.execute(sql, args).fetchall()
            lat.append(time.perf_counter() - s)
        con.close()
        results["SQLite FTS5"] = {
            "build_s": build,
            "docs_per_s": total / build,
            "size_mb": dir_size(dbp) / 1e6,
            "p50_ms": pct(lat, 0.5),
            "p95_ms": pct(lat, 0.95),
            "p99_ms": pct(lat, 0.99),
        }

    print(f"\n{'engine':<20}{'docs/s':>10}{'size MB':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for name, r in results.items():
        print(
            f"{name:<20}{r['docs_per_s']:>10.0f}{r['size_mb']:>10.0f}{r['p50_ms']:>9.2f}{r['p95_ms']:>9.2f}{r['p99_ms']:>9.2f}"
        )
    if "SQLite FTS5" in results:
        ours, fts5 = results["diembao (tantivy)"], results["SQLite FTS5"]
        print(f"\nmedian latency: FTS5 / diembao = {fts5['p50_ms'] / ours['p50_ms']:.1f}x")
        print(f"p99 latency:    FTS5 / diembao = {fts5['p99_ms'] / ours['p99_ms']:.1f}x")
        print(f"disk:           FTS5 / diembao = {fts5['size_mb'] / ours['size_mb']:.2f}x")
    print(
        f"(work dir {work}; p50 with facets+collapse: {results['diembao (tantivy)']['p50_ms_with_facets']:.2f} ms)"
    )
    if a.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
