"""Build src/diembao/demo_data/sample.jsonl: the bundled sample the demo ingests.

Real texts from VNTC (MIT licence; RIVF 2007 corpus, 2006-2007 Vietnamese news) chosen for the
preset watchlists. VNTC has no dates, URLs or outlets beyond the source code in its file names;
so, documented in demo_data/README.md:
- outlet = the paper named by the file-name code (VNE VnExpress, NLD Người Lao Động, TT Tuổi Trẻ,
  TN Thanh Niên);
- published = a time we assign, spread over 28 days (2007-10-01 .. 2007-10-28), with storm
  coverage concentrated on the last two days so the trend and spike alert show;
- some articles get republished copies by three FICTIONAL aggregator outlets ("Trang tin tổng hợp
  Bắc/Trung/Nam") with the edits real republication makes (credit line, other tone-mark style,
  last paragraph cut, new headline), so stories with several outlets show.
Seeded; rerun to reproduce: python scripts/build_demo_sample.py
"""

from __future__ import annotations

import gzip
import json
import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

from diembao import settings
from diembao.text import canonical

OUT = Path(__file__).resolve().parents[1] / "src" / "diembao" / "demo_data" / "sample.jsonl"
SUBJECTS = {
    "storm": ["cơn bão", "bão số", "áp thấp nhiệt đới", "lũ lụt", "lũ quét"],
    "admin": ["cải cách hành chính", "thủ tục hành chính"],
    "sea": ["biển đảo", "Trường Sa", "Biển Đông", "ngư dân"],
    "poverty": ["xóa đói giảm nghèo", "giảm nghèo", "hộ nghèo"],
    "ethnic": ["dân tộc thiểu số", "đồng bào dân tộc"],
    "digital": ["chính phủ điện tử", "thương mại điện tử", "công nghệ thông tin"],
    "good": ["người tốt việc tốt", "điển hình tiên tiến", "gương điển hình"],
}
PER_SUBJECT = {"storm": 45, "admin": 25, "sea": 25, "poverty": 25, "ethnic": 20, "digital": 25, "good": 12}
OTHER = 40
OUTLETS = {"VNE": "VnExpress", "NLD": "Người Lao Động", "TT": "Tuổi Trẻ", "TN": "Thanh Niên"}
AGGREGATORS = ["Trang tin tổng hợp Bắc", "Trang tin tổng hợp Trung", "Trang tin tổng hợp Nam"]
VN = timezone(timedelta(hours=7))
START = datetime(2007, 10, 1, 6, 0, tzinfo=VN)


def new_style(s: str) -> str:
    """Re-type a text in the other tone-mark style (hòa -> hoà), as many newsrooms do."""
    from diembao.text.normalise import _TO_SECOND

    return re.sub(r"([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY])(?!\w)", lambda m: _TO_SECOND.get(m[1], m[1]), s)


def split_title(title: str, body: str) -> tuple[str, str]:
    """VNTC keeps some lead paragraphs on the title line ("Tiêu đề (NLĐ) - Hội nghị ..."): move the
    "(CODE) - ..." part back to the body, and drop a leading dash."""
    m = re.match(r"^(.{10,250}?)\s*(\((?:[A-ZĐ]{2,6})\)\s*[-–—].*)$", title.strip())
    if m:
        title, body = m[1], m[2] + "\n" + body
    return title.strip().lstrip("-–— ").strip(), body


def main() -> None:
    data = settings.shared_data()
    if data is None:
        raise SystemExit("needs the shared corpora (DIEMBAO_SHARED_DATA)")
    rng = random.Random(2007)
    pools: dict[str, list[dict[str, str]]] = {k: [] for k in [*SUBJECTS, "other"]}
    with gzip.open(data / "vntc" / "vntc_10topics_full.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r["text"].strip()
            m = re.search(r"_(VNE|NLD|TT|TN)_", r["id"])
            if not m or not 800 <= len(text) <= 3500 or text.count("\n") < 3:
                continue
            low = canonical(text).lower()
            subject = next(
                (k for k, ps in SUBJECTS.items() if any(canonical(p).lower() in low for p in ps)), "other"
            )
            pools[subject].append({"vntc_id": r["id"], "text": text, "code": m[1], "label": r["label"]})
    records = []
    for subject, n in [*PER_SUBJECT.items(), ("other", OTHER)]:
        pool = sorted(pools[subject], key=lambda r: r["vntc_id"])
        for r in rng.sample(pool, min(n, len(pool))):
            if subject == "storm" and rng.random() < 0.6:
                day = rng.choice([26, 27])  # the spike: storm coverage at the end of the window
            else:
                day = rng.randrange(0, 28)
            published = START + timedelta(days=day, minutes=rng.randrange(0, 16 * 60))
            title, body = split_title(*r["text"].partition("\n")[::2])
            records.append(
                {
                    "id": "vntc-" + re.sub(r"\W+", "-", r["vntc_id"]).strip("-").lower(),
                    "title": title.strip(),
                    "text": body.strip(),
                    "outlet": OUTLETS[r["code"]],
                    "category": r["label"],
                    "published": published.isoformat(),
                    "source_note": f"VNTC {r['vntc_id']} (MIT); date assigned by diembao",
                    "_subject": subject,
                }
            )
    copies = []
    for rec in records:
        share = 0.7 if rec["_subject"] == "storm" else 0.25
        if rng.random() > share:
            continue
        for k, agg in enumerate(rng.sample(AGGREGATORS, rng.randint(1, 3))):
            paras = [p for p in rec["text"].split("\n") if p.strip()]
            if len(paras) > 3 and rng.random() < 0.5:
                paras = paras[:-1]  # last paragraph cut
            body = "\n".join(paras) + f"\nTheo {rec['outlet']}"
            if rng.random() < 0.5:
                body = new_style(body)
            title = rec["title"] if rng.random() < 0.5 else f"{rec['title']} - tin tổng hợp"
            t = datetime.fromisoformat(rec["published"]) + timedelta(minutes=30 + 45 * k + rng.randrange(60))
            copies.append(
                {
                    "id": f"{rec['id']}-copy{k + 1}",
                    "title": title,
                    "text": body,
                    "outlet": agg,
                    "category": rec["category"],
                    "published": t.isoformat(),
                    "source_note": "synthetic republication of the record above by a fictional outlet",
                }
            )
    for rec in records:
        del rec["_subject"]
    out = sorted(records + copies, key=lambda r: (r["published"], r["id"]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        f"wrote {len(records)} articles + {len(copies)} republications to {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)"
    )


if __name__ == "__main__":
    main()
