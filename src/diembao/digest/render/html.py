"""Self-contained HTML digest (inline CSS, charts inlined as data URIs), readable on a phone."""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from diembao.digest.model import Digest
from diembao.digest.render.common import (
    documents_line,
    origin_line,
    overview_lines,
    people_line,
    reach_line,
    top_story_line,
)

CSS = """
body{font-family:"Times New Roman",Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#111}
h1{text-align:center;letter-spacing:.08em;margin-bottom:.2rem}
.sub{text-align:center;color:#444;margin-top:0}
h2{border-bottom:1px solid #999;padding-bottom:.2rem;margin-top:2rem}
h3{margin-bottom:.2rem}
.meta{color:#555;font-style:italic;margin:.2rem 0}
ul.links{padding-left:1.2rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}
img{max-width:100%;height:auto}
@media (max-width:600px){body{font-size:1.05rem;padding:.6rem}}
"""


def _img(path: str) -> str:
    p = Path(path)
    if not p.is_file():
        return ""
    data = base64.b64encode(p.read_bytes()).decode("ascii")
    return f'<img alt="" src="data:image/png;base64,{data}">'


def to_html(d: Digest) -> str:
    e = escape
    h = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(d.title)} — {e(d.period_label)}</title><style>{CSS}</style></head><body>",
        f"<header><h1>{e(d.title)}</h1><p class='sub'><strong>{e(d.unit)}</strong><br>{e(d.period_label)}</p></header>",
        "<section id='tong-quan'><h2>Tổng quan</h2><ul>",
    ]
    h += [f"<li>{e(x)}</li>" for x in overview_lines(d)]
    h.append("</ul>")
    if d.top_stories:
        h.append("<p><strong>Tin nổi bật:</strong></p><ol>")
        h += [f"<li>{e(top_story_line(s))}</li>" for s in d.top_stories]
        h.append("</ol>")
    h.append("</section>")
    for name, rows in d.tables.items():
        h.append(f"<section><h2>{e(name)}</h2><table><tr><th></th><th>Số bài</th></tr>")
        h += [f"<tr><td>{e(k)}</td><td>{v}</td></tr>" for k, v in rows]
        h.append("</table></section>")
    for c in d.charts:
        h.append(f"<figure>{_img(c.png_path)}<figcaption>{e(c.title)}</figcaption></figure>")
    for n, sec in enumerate(d.sections, 1):
        h.append(f"<section class='watchlist'><h2>{n}. {e(sec.name)}</h2>")
        if not sec.stories:
            h.append("<p class='meta'>Không có tin mới trong kỳ.</p>")
        for m, s in enumerate(sec.stories, 1):
            h.append(f"<article class='story' data-story='{e(s.story_id)}'><h3>{n}.{m}. {e(s.headline)}</h3>")
            h.append(f"<p class='meta'>{e(origin_line(s))}. {e(reach_line(s))}</p>")
            if s.summary:
                h.append(f"<p>{e(' '.join(s.summary))}</p>")
            if s.people:
                h.append(f"<p><strong>Nhân vật:</strong> {e(people_line(s))}</p>")
            if s.documents:
                h.append(f"<p><strong>Văn bản:</strong> {e(documents_line(s))}</p>")
            links = [lk for lk in s.links if lk.url]
            if links:
                h.append("<ul class='links'>")
                h += [f"<li><a href='{e(lk.url or '')}'>{e(lk.outlet)}</a></li>" for lk in links]
                h.append("</ul>")
            h.append("</article>")
        h.append("</section>")
    if d.top_people:
        h.append("<section><h2>Nhân vật được nhắc đến nhiều</h2><ul>")
        h += [f"<li>{e(p)}: {c} bài</li>" for p, c in d.top_people]
        h.append("</ul></section>")
    h.append(f"<footer><p class='meta'>Tạo lúc {e(d.generated_at)} bởi diembao.</p></footer></body></html>")
    return "\n".join(h) + "\n"
