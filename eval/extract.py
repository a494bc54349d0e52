"""Extraction quality: golden pages (ours) + the real VnExpress pages + the seed, scored per field.

    .venv/bin/python -m eval.extract [--check]

Body: token F1 against the expected paragraphs; title, sapo, authors, date: exact match (after NFC
and whitespace clean-up; dates compared on the full ISO string, the htmldate page on its day);
leaks: output body paragraphs that are not in the expected body (boilerplate, captions, comments).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diembao import settings
from diembao.errors import InputError
from diembao.extract import extract_html, extract_text
from diembao.model import Article
from diembao.text import canonical, search_key

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "extract"
SEED = ROOT / "tests" / "data" / "seed_nhandan_soctrang.txt"
PINS = ROOT / "eval" / "pins" / "extract.json"
SHARED_FILES = [
    "vi_news_html/fundus/VnExpress_2025_10_22.html.gz",
    "vi_news_html/fundus_VnExpress_2025_10_22.truth.json",
    "vi_news_html/htmldate/VnExpress.net-Kinh-doanh.html",
    "vi_news_html/htmldate_VnExpress.net-Kinh-doanh.truth.json",
]


def tokens(s: str) -> list[str]:
    return re.findall(r"\w+", canonical(s).lower())


def f1(got: str, exp: str) -> float:
    g, e = Counter(tokens(got)), Counter(tokens(exp))
    common = sum((g & e).values())
    if not g and not e:
        return 1.0
    if not common:
        return 0.0
    p, r = common / sum(g.values()), common / sum(e.values())
    return 2 * p * r / (p + r)


def _k(s: str | None) -> str:
    return " ".join(search_key(s or "").split())


@dataclass
class Scores:
    f1: list[float] = field(default_factory=list)
    exact: dict[str, list[bool]] = field(
        default_factory=lambda: {k: [] for k in ("title", "sapo", "authors", "date")}
    )
    leaks: int = 0
    body_lines: int = 0
    errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, got: Article, exp: dict[str, Any], fields: tuple[str, ...]) -> None:
        exp_paras = [p["text"] for p in exp.get("paragraphs", [])]
        self.f1.append(f1(got.text, "\n\n".join(exp_paras)))
        exp_keys = {_k(p) for p in exp_paras}
        for p in got.paragraphs:
            self.body_lines += 1
            if _k(p.text) not in exp_keys:
                self.leaks += 1
                self.misses.append(f"{name}: extra body line {p.text[:70]!r}")
        checks = {
            "title": lambda: canonical(got.title) == canonical(exp["title"]),
            "sapo": lambda: _k(got.sapo) == _k(exp.get("sapo")),
            "authors": lambda: (
                [canonical(a) for a in got.authors] == [canonical(a) for a in exp.get("authors", [])]
            ),
            "date": lambda: (got.published or "")[: len(exp["published"])] == exp["published"],
        }
        for f in fields:
            ok = checks[f]()
            self.exact[f].append(ok)
            if not ok:
                self.misses.append(f"{name}: {f} differs")

    def summary(self) -> dict[str, float]:
        out = {"docs": float(len(self.f1)), "body_f1": sum(self.f1) / max(1, len(self.f1))}
        out["body_f1_min"] = min(self.f1) if self.f1 else 0.0
        for k, v in self.exact.items():
            out[f"{k}_exact"] = sum(v) / max(1, len(v))
        out["leaks"] = float(self.leaks)
        out["leak_rate"] = self.leaks / max(1, self.body_lines)
        out["errors"] = float(len(self.errors))
        return out


def sha256_of(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def evaluate(shared: Path | None = None) -> dict[str, float]:
    """Score every golden page, the seed and (when `shared` is given) the real VnExpress pages."""
    s = Scores()
    for j in sorted(GOLDEN.glob("*.json")):
        exp = json.loads(j.read_text(encoding="utf-8"))
        try:
            got = extract_html(j.with_suffix(".html").read_bytes(), source=j.stem)
        except InputError as e:
            s.errors.append(f"{j.stem}: {e}")
            continue
        s.add(j.stem, got, exp, ("title", "sapo", "authors", "date"))
    seed = extract_text(SEED.read_text(encoding="utf-8"), "seed")
    seed_exp = {
        "title": "Ngành Tuyên giáo đổi mới sáng tạo, đi trước mở đường",
        "authors": ["Trung Hiếu"],
        "sapo": "Ngành Tuyên giáo đã nhân rộng các điển hình tiên tiến, gương người tốt, việc tốt trong "
        "bảo vệ nền tảng tư tưởng của Đảng.",
        "paragraphs": [
            {"text": re.sub(r"\./\.$", ".", p)}
            for p in SEED.read_text(encoding="utf-8").split("\n\n")[5:12]
            if "(Ảnh:" not in p
        ],
    }
    s.add("seed", seed, seed_exp, ("title", "sapo", "authors"))
    if shared is not None:
        d = shared / "vi_news_html"
        truth = json.loads((d / "fundus_VnExpress_2025_10_22.truth.json").read_text())["expected"]["V1"]
        cap = truth["images"][0]["caption"]
        exp = {
            "title": truth["title"],
            "sapo": truth["body"]["summary"][0],
            "authors": truth["authors"],
            "published": truth["publishing_date"].replace(" ", "T"),
            "paragraphs": [
                {"text": p} for p in truth["body"]["sections"][0]["paragraphs"] if not p.startswith(cap)
            ],
        }
        got = extract_html(gzip.decompress((d / "fundus" / "VnExpress_2025_10_22.html.gz").read_bytes()))
        s.add("fundus_vnexpress", got, exp, ("title", "sapo", "authors", "date"))
        hd = json.loads((d / "htmldate_VnExpress.net-Kinh-doanh.truth.json").read_text())["expected"]
        got = extract_html((d / "htmldate" / hd["file"]).read_bytes())
        ok = (got.published or "")[:10] == hd["date"]
        s.exact["date"].append(ok)
        if not ok:
            s.misses.append("htmldate_vnexpress: date differs")
    out = s.summary()
    for m in s.misses[:40] + s.errors:
        print("  miss:", m, file=sys.stderr)
    return out


def check(result: dict[str, float], gate: dict[str, float]) -> list[str]:
    """Gate failures: every min_* must be reached and every max_* not exceeded."""
    fails = []
    for k, v in gate.items():
        name = k[4:]
        if k.startswith("min_") and result.get(name, 0.0) < v:
            fails.append(f"{name} = {result.get(name)} < {v}")
        if k.startswith("max_") and result.get(name, 0.0) > v:
            fails.append(f"{name} = {result.get(name)} > {v}")
    return fails


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="exit 1 below the pins")
    args = ap.parse_args()
    shared = settings.shared_data()
    pins = json.loads(PINS.read_text())
    if shared is not None:
        for rel, digest in pins["data"].items():
            if sha256_of(shared / rel) != digest:
                raise SystemExit(f"{rel} changed: re-measure and re-pin")
    else:
        print("shared data absent: golden pages and seed only", file=sys.stderr)
    t = time.perf_counter()
    res = evaluate(shared)
    for k, v in res.items():
        print(f"{k:16s} {v:.4f}")
    print(f"{'seconds':16s} {time.perf_counter() - t:.2f}")
    if args.check:
        fails = check(res, pins["gate"])
        for f in fails:
            print("FAIL", f)
        sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
