"""PDF digest with an embedded font covering every Vietnamese glyph.

The font is DejaVu Serif from matplotlib's own data folder (a dependency already), so no system
font is needed; fpdf2 embeds a subset with a ToUnicode map, so the text can be copied back out.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from diembao.digest.model import Digest
from diembao.digest.render.common import (
    documents_line,
    origin_line,
    overview_lines,
    people_line,
    reach_line,
    top_story_line,
)


def font_paths() -> dict[str, Path]:
    import matplotlib

    base = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return {
        "": base / "DejaVuSerif.ttf",
        "B": base / "DejaVuSerif-Bold.ttf",
        "I": base / "DejaVuSerif-Italic.ttf",
    }


class _PDF(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "I", 9)
        self.cell(0, 10, f"{self.page_no()}", align="C")


def write_pdf(d: Digest, out: Path) -> None:
    pdf = _PDF(format="A4", unit="mm")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    for style, path in font_paths().items():
        pdf.add_font("Serif", style, str(path))
    pdf.set_title(f"{d.title} {d.period_label}")
    pdf.set_author(d.unit)
    pdf.set_lang("vi")
    pdf.add_page()
    w = pdf.epw

    def para(text: str, style: str = "", size: float = 12, align: str = "J", gap: float = 1.5) -> None:
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(w, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para(d.unit.upper(), "B", 11, "C", 0)
    para(d.title, "B", 18, "C", 0)
    para(d.period_label, "I", 12, "C", 4)
    para("Tổng quan", "B", 14, "L")
    for line in overview_lines(d):
        para(f"• {line}", size=12, align="L", gap=0.5)
    if d.top_stories:
        para("Tin nổi bật:", "B", 12, "L")
        for i, s in enumerate(d.top_stories, 1):
            para(f"{i}. {top_story_line(s)}", size=12, align="L", gap=0.5)
    for name, rows in d.tables.items():
        para(name, "B", 14, "L")
        for k, v in rows:
            para(f"{k}: {v}", size=11, align="L", gap=0.2)
    for c in d.charts:
        if Path(c.png_path).is_file():
            pdf.image(c.png_path, w=w)
            para(c.title, "I", 10, "C")
    for n, section in enumerate(d.sections, 1):
        pdf.ln(2)
        para(f"{n}. {section.name}", "B", 14, "L")
        if not section.stories:
            para("Không có tin mới trong kỳ.", "I")
        for m, s in enumerate(section.stories, 1):
            para(f"{n}.{m}. {s.headline}", "B", 12.5, "L", 0.5)
            para(f"{origin_line(s)}. {reach_line(s)}", "I", 11, "L", 0.5)
            if s.summary:
                para(" ".join(s.summary))
            if s.people:
                para(f"Nhân vật: {people_line(s)}", size=11, align="L", gap=0.5)
            if s.documents:
                para(f"Văn bản: {documents_line(s)}", size=11, align="L", gap=0.5)
            for link in s.links:
                if link.url:
                    pdf.set_font("Serif", "", 9)
                    pdf.multi_cell(
                        w, 4.5, f"{link.outlet}: {link.url}", link=link.url, new_x="LMARGIN", new_y="NEXT"
                    )
            pdf.ln(2)
    if d.top_people:
        para("Nhân vật được nhắc đến nhiều", "B", 14, "L")
        for person, count in d.top_people:
            para(f"• {person}: {count} bài", size=11, align="L", gap=0.3)
    para(f"Tạo lúc {d.generated_at} bởi diembao.", "I", 9, "L")
    pdf.output(str(out))
