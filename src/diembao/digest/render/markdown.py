"""Markdown digest, for chat and e-mail."""

from __future__ import annotations

from diembao.digest.model import Digest
from diembao.digest.render.common import (
    documents_line,
    origin_line,
    overview_lines,
    people_line,
    reach_line,
    top_story_line,
)


def _esc(s: str) -> str:
    return s.replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]")


def to_markdown(d: Digest) -> str:
    out = [f"# {d.title}", "", f"**{_esc(d.unit)}** — {d.period_label}", ""]
    out += ["## Tổng quan", ""] + [f"- {_esc(x)}" for x in overview_lines(d)] + [""]
    if d.top_stories:
        out += ["**Tin nổi bật:**", ""] + [
            f"{i}. {_esc(top_story_line(s))}" for i, s in enumerate(d.top_stories, 1)
        ]
        out.append("")
    for name, rows in d.tables.items():
        out += [f"## {_esc(name)}", "", "| | Số bài |", "|---|---:|"]
        out += [f"| {_esc(k)} | {v} |" for k, v in rows] + [""]
    for c in d.charts:
        out += [f"![{_esc(c.title)}]({c.png_path})", ""]
    for n, sec in enumerate(d.sections, 1):
        out += [f"## {n}. {_esc(sec.name)}", ""]
        if not sec.stories:
            out += ["_Không có tin mới trong kỳ._", ""]
        for m, s in enumerate(sec.stories, 1):
            out += [f"### {n}.{m}. {_esc(s.headline)}", ""]
            out.append(f"*{_esc(origin_line(s))}. {_esc(reach_line(s))}*")
            out.append("")
            if s.summary:
                out += [_esc(" ".join(s.summary)), ""]
            if s.people:
                out += [f"- **Nhân vật:** {_esc(people_line(s))}"]
            if s.documents:
                out += [f"- **Văn bản:** {_esc(documents_line(s))}"]
            for link in s.links:
                if link.url:
                    out.append(f"- [{_esc(link.outlet)}]({link.url})")
            out.append("")
    if d.top_people:
        out += (
            ["## Nhân vật được nhắc đến nhiều", ""]
            + [f"- {_esc(p)}: {c} bài" for p, c in d.top_people]
            + [""]
        )
    out.append(f"_Tạo lúc {d.generated_at} bởi diembao._")
    return "\n".join(out) + "\n"
