"""Wording shared by every renderer, so all formats say the same thing."""

from __future__ import annotations

from diembao.digest.model import Digest, DigestStory, vn_time


def origin_line(s: DigestStory) -> str:
    when = vn_time(s.origin_time)
    return f"Nguồn gốc: {s.origin_outlet}" + (f", {when}" if when else "")


def reach_line(s: DigestStory) -> str:
    if not s.republished_by:
        return "Chỉ đăng trên 1 báo."
    return f"Đăng lại trên {len(s.republished_by)} báo: {', '.join(s.republished_by)}."


def people_line(s: DigestStory) -> str:
    return "; ".join(p.label() for p in s.people)


def documents_line(s: DigestStory) -> str:
    return "; ".join(s.documents)


def overview_lines(d: Digest) -> list[str]:
    lines = [f"Tổng số bài theo dõi: {d.total_articles}."]
    for sec in d.sections:
        lines.append(f"{sec.name}: {sec.articles} bài, {len(sec.stories)} tin.")
    return lines


def top_story_line(s: DigestStory) -> str:
    return f"{s.headline} ({s.origin_outlet}; {s.reach} báo)"
