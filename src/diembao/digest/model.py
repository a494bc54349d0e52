"""The digest (điểm báo) as data: what every renderer (DOCX, PDF, HTML, Markdown) prints."""

from __future__ import annotations

from dataclasses import dataclass, field

from diembao.model import JsonMixin


@dataclass
class DigestPerson(JsonMixin):
    name: str
    positions: list[str] = field(
        default_factory=list
    )  # "Bí thư Tỉnh ủy Sóc Trăng", "nguyên Bộ trưởng Bộ Y tế"

    def label(self) -> str:
        return f"{self.name} ({'; '.join(self.positions)})" if self.positions else self.name


@dataclass
class DigestLink(JsonMixin):
    outlet: str
    url: str | None
    published: str | None = None


@dataclass
class DigestStory(JsonMixin):
    story_id: str
    headline: str
    origin_outlet: str
    origin_time: str | None  # ISO 8601
    republished_by: list[str] = field(default_factory=list)  # distinct outlets other than the origin
    summary: list[str] = field(default_factory=list)
    people: list[DigestPerson] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    links: list[DigestLink] = field(default_factory=list)
    topic: str | None = None
    tone: str | None = None

    @property
    def reach(self) -> int:
        return 1 + len(self.republished_by)


@dataclass
class DigestSection(JsonMixin):
    name: str
    query: str
    notes: str = ""
    articles: int = 0
    stories: list[DigestStory] = field(default_factory=list)


@dataclass
class Chart(JsonMixin):
    title: str
    png_path: str
    svg_path: str | None = None


@dataclass
class Digest(JsonMixin):
    """One press review. `period_label` is the Vietnamese date line ("Ngày 04/01/2024")."""

    title: str
    unit: str
    period_label: str
    since: str
    until: str
    generated_at: str
    sections: list[DigestSection] = field(default_factory=list)
    top_stories: list[DigestStory] = field(default_factory=list)
    total_articles: int = 0
    # Period reports add these.
    tables: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    charts: list[Chart] = field(default_factory=list)
    top_people: list[tuple[str, int]] = field(default_factory=list)


def vn_time(iso: str | None) -> str:
    """ "2024-01-03T07:10:00+07:00" -> "07:10 ngày 03/01/2024" (local time as published)."""
    if not iso:
        return ""
    from datetime import datetime

    try:
        dt = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if dt.hour == 0 and dt.minute == 0 and len(iso) <= 10:
        return dt.strftime("ngày %d/%m/%Y")
    return dt.strftime("%H:%M ngày %d/%m/%Y")
