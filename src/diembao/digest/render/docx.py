"""DOCX digest as Vietnamese offices circulate it: A4, Times New Roman 14 pt, numbered sections."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from diembao.digest.model import Digest
from diembao.digest.render.common import (
    documents_line,
    origin_line,
    overview_lines,
    people_line,
    reach_line,
    top_story_line,
)

FONT = "Times New Roman"
BODY_PT = 14


def _font(style_or_run: object, size: float | None = None, bold: bool | None = None) -> None:
    font = style_or_run.font  # type: ignore[attr-defined]
    font.name = FONT
    font.color.rgb = RGBColor(0, 0, 0)
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    # Word picks the East Asian / complex-script font slots for some Vietnamese letters; pin them all.
    element = style_or_run.element  # type: ignore[attr-defined]
    rpr = element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)


def _hyperlink(paragraph: object, url: str, text: str) -> None:
    part = paragraph.part  # type: ignore[attr-defined]
    r_id = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "1F4E99")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(color)
    rpr.append(underline)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)  # type: ignore[attr-defined]


def write_docx(d: Digest, out: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(30), Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    _font(doc.styles["Normal"], BODY_PT)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 16), ("Heading 1", 14), ("Heading 2", 14)):
        _font(doc.styles[name], size, bold=True)
    doc.core_properties.title = f"{d.title} {d.period_label}"
    doc.core_properties.author = d.unit
    doc.core_properties.language = "vi-VN"

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(d.unit.upper()), 13, bold=True)
    title = doc.add_heading(d.title, level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    period = p.add_run(d.period_label)
    _font(period, BODY_PT)
    period.italic = True

    doc.add_heading("Tổng quan", level=1)
    for line in overview_lines(d):
        doc.add_paragraph(line, style="List Bullet")
    if d.top_stories:
        doc.add_paragraph().add_run("Tin nổi bật:").bold = True
        for s in d.top_stories:
            doc.add_paragraph(top_story_line(s), style="List Number")
    for name, rows in d.tables.items():
        doc.add_heading(name, level=1)
        table = doc.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "", "Số bài"
        for k, v in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = k, str(v)
    for c in d.charts:
        if Path(c.png_path).is_file():
            doc.add_picture(c.png_path, width=Mm(150))
            cap = doc.add_paragraph(c.title)
            cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for n, section in enumerate(d.sections, 1):
        doc.add_heading(f"{n}. {section.name}", level=1)
        if not section.stories:
            doc.add_paragraph("Không có tin mới trong kỳ.").runs[0].italic = True
        for m, s in enumerate(section.stories, 1):
            doc.add_heading(f"{n}.{m}. {s.headline}", level=2)
            meta = doc.add_paragraph()
            run = meta.add_run(f"{origin_line(s)}. {reach_line(s)}")
            run.italic = True
            if s.summary:
                body = doc.add_paragraph(" ".join(s.summary))
                body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if s.people:
                para = doc.add_paragraph()
                para.add_run("Nhân vật: ").bold = True
                para.add_run(people_line(s))
            if s.documents:
                para = doc.add_paragraph()
                para.add_run("Văn bản: ").bold = True
                para.add_run(documents_line(s))
            for link in s.links:
                if link.url:
                    para = doc.add_paragraph(f"{link.outlet}: ")
                    _hyperlink(para, link.url, link.url)
    if d.top_people:
        doc.add_heading("Nhân vật được nhắc đến nhiều", level=1)
        for person, count in d.top_people:
            doc.add_paragraph(f"{person}: {count} bài", style="List Bullet")
    foot = doc.add_paragraph(f"Tạo lúc {d.generated_at} bởi diembao.")
    foot.runs[0].italic = True
    doc.save(str(out))
