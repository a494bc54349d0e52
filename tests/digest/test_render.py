import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm

from diembao.digest.model import Digest
from diembao.digest.render import render


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def _strings(d: Digest) -> list[str]:
    out = [d.title, d.period_label]
    for sec in d.sections:
        out.append(sec.name)
        for s in sec.stories:
            out += [s.headline, *s.summary, *(p.name for p in s.people), *s.documents]
    return out


def test_docx_reads_back(tmp_path: Path, digest: Digest) -> None:
    path = render(digest, "docx", tmp_path / "d.docx")
    doc = Document(str(path))
    sec = doc.sections[0]
    assert abs(sec.page_width - Mm(210)) < Mm(1) and abs(sec.page_height - Mm(297)) < Mm(1)
    normal = doc.styles["Normal"].font
    assert normal.name == "Times New Roman" and 13 <= normal.size.pt <= 14
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert (
        "1. Chuyển đổi số" in headings and "2. Thiên tai, khí hậu" in headings and "3. Biển, đảo" in headings
    )
    story_heads = [h for h in headings if re.match(r"\d+\.\d+\. ", h)]
    # each story exactly once
    assert len(story_heads) == 2 and len(set(story_heads)) == 2
    text = "\n".join(p.text for p in doc.paragraphs)
    for s in _strings(digest):
        assert s in text, s
    assert "Đăng lại trên 3 báo: Nhân Dân, Báo Sóc Trăng, VOV." in text
    assert digest.unit.upper() in text  # the issuing unit heads the page in capitals
    assert "?" not in text.replace("https://", "") and "\ufffd" not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_pdf_text_and_pages(tmp_path: Path, digest: Digest) -> None:
    path = render(digest, "pdf", tmp_path / "d.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSerif" in fonts and all(" yes " in line for line in fonts.splitlines()[2:] if line.strip())
    text = _norm(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    for s in _strings(digest):
        assert _norm(s) in text, s
    assert "\ufffd" not in text
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    from matplotlib import image

    for p in pages:
        img = image.imread(str(p))
        assert img.std() > 0.01, f"{p.name} is blank"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.meta: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "meta":
            self.meta.append(dict(attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_complete(tmp_path: Path, digest: Digest) -> None:
    path = render(digest, "html", tmp_path / "d.html")
    html = path.read_text(encoding="utf-8")
    p = _Collect()
    p.feed(html)
    text = _norm(" ".join(p.text))
    for s in _strings(digest):
        assert _norm(s) in text, s
    assert any(m.get("name") == "viewport" for m in p.meta)
    assert "<link" not in html and "<script" not in html and 'src="http' not in html
    assert p.tags.count("article") == 2


def test_markdown(tmp_path: Path, digest: Digest) -> None:
    md = render(digest, "md", tmp_path / "d.md").read_text(encoding="utf-8")
    assert md.startswith("# ĐIỂM BÁO")
    assert "## 1. Chuyển đổi số" in md and "### 1.1. Ngành Tuyên giáo" in md
    assert md.count("Ngành Tuyên giáo đổi mới sáng tạo, đi trước mở đường") == 2  # top story + section
    assert "[TTXVN](https://example.vn/1.html)" in md


def test_unknown_format(tmp_path: Path, digest: Digest) -> None:
    with pytest.raises(ValueError, match="unknown digest format"):
        render(digest, "odt", tmp_path / "d.odt")
