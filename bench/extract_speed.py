"""Extraction speed against trafilatura on the same pages, in the same run.

    .venv/bin/python -m bench.extract_speed [--repeat 5]

Pages: the golden pages (tests/data/extract) plus the two real VnExpress pages when the shared
data is present. trafilatura runs `bare_extraction(html, with_metadata=True)` (its full pipeline,
metadata included, as our extractor does). Also prints both tools' body token F1 on the golden
pages, so speed is never bought with quality.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import warnings

import trafilatura

from diembao import settings
from diembao.errors import InputError
from diembao.extract import extract_html
from eval.extract import GOLDEN, f1


def pages() -> list[tuple[str, bytes]]:
    out = [(p.stem, p.read_bytes()) for p in sorted(GOLDEN.glob("*.html"))]
    shared = settings.shared_data()
    if shared is not None:
        d = shared / "vi_news_html"
        out.append(
            (
                "fundus_vnexpress",
                gzip.decompress((d / "fundus" / "VnExpress_2025_10_22.html.gz").read_bytes()),
            )
        )
        out.append(("htmldate_vnexpress", (d / "htmldate" / "VnExpress.net-Kinh-doanh.html").read_bytes()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    docs = pages()
    # trafilatura takes str or bytes; both tools get the same bytes
    t0 = time.perf_counter()
    ours = {}
    for _ in range(args.repeat):
        for name, data in docs:
            try:
                ours[name] = extract_html(data).text
            except InputError:
                ours[name] = ""
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    theirs = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(args.repeat):
            for name, data in docs:
                doc = trafilatura.bare_extraction(data, with_metadata=True)
                theirs[name] = (getattr(doc, "text", None) or "") if doc is not None else ""
    t_traf = time.perf_counter() - t0
    n = len(docs) * args.repeat
    ps_ours, ps_traf = n / t_ours, n / t_traf
    print(f"pages            {len(docs)} x {args.repeat} = {n}")
    print(f"diembao          {ps_ours:8.1f} pages/s")
    print(f"trafilatura      {ps_traf:8.1f} pages/s")
    print(f"ratio            {ps_ours / ps_traf:8.2f} x trafilatura")
    f_ours, f_traf = [], []
    for p in sorted(GOLDEN.glob("*.json")):
        exp = "\n\n".join(x["text"] for x in json.loads(p.read_text(encoding="utf-8"))["paragraphs"])
        f_ours.append(f1(ours[p.stem], exp))
        f_traf.append(f1(theirs[p.stem], exp))
    print(
        f"body F1 golden   diembao {sum(f_ours) / len(f_ours):.4f}  trafilatura {sum(f_traf) / len(f_traf):.4f}"
    )


if __name__ == "__main__":
    main()
