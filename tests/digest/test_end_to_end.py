"""The main job end to end: the demo builds a store from the bundled sample, and the `digest`,
`report` and `run` verbs work on it. What was produced is opened and checked."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from diembao.cli import cli
from diembao.text import search_key

BAD_CHARS = ("\ufffd", "?")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from diembao import demo as demo_mod

    out = tmp_path_factory.mktemp("demo") / "out"
    assert demo_mod.main(str(out)) == 0
    return out


def test_demo_writes_every_output(demo: Path) -> None:
    for name in (
        "diem-bao-2007-10-28.html",
        "diem-bao-2007-10-28.docx",
        "diem-bao-2007-10-28.pdf",
        "diem-bao-2007-10-28.md",
        "trends.csv",
        "trends.png",
        "trends.svg",
        "bao-cao-2007-10.html",
        "bao-cao-2007-10.docx",
    ):
        p = demo / name
        assert p.is_file() and p.stat().st_size > 0, name
    assert (demo / "trends.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (demo / "trends.svg").read_bytes()[:2000]


def test_demo_docx_has_each_story_once_and_intact_vietnamese(demo: Path) -> None:
    import docx

    doc = docx.Document(str(demo / "diem-bao-2007-10-28.docx"))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert any(h == "ĐIỂM BÁO" for h in [p.text for p in doc.paragraphs][:3])
    sections = [h for h in headings if h[:2].rstrip(".").isdigit() and h.count(".") == 1]
    assert any("Thiên tai và khí hậu" in h for h in sections)
    stories = [h.split(". ", 1)[1] for h in headings if h.count(".") >= 2 and h[0].isdigit()]
    assert stories, "no story headings"
    # A story can be listed under two watchlists, but never twice in one.
    per_section: dict[str, Counter[str]] = {}
    current = ""
    for h in headings:
        head = h.split(" ", 1)[0]
        if head.count(".") == 1:
            current = h
        elif head.count(".") == 2:
            per_section.setdefault(current, Counter())[search_key(h.split(" ", 1)[1])] += 1
    for sec, c in per_section.items():
        assert max(c.values()) == 1, (sec, c.most_common(2))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "\ufffd" not in text
    assert "Đăng lại trên" in text or "đăng lại trên" in text
    assert "bão" in text


def test_demo_digest_is_spike_and_copies_aware(demo: Path) -> None:
    md = (demo / "diem-bao-2007-10-28.md").read_text(encoding="utf-8")
    # The storm watchlist carries the day's coverage; copies by the fictional aggregators are folded
    # into their story ("Đăng lại trên N báo: Trang tin tổng hợp ...") instead of listed again.
    assert "## " in md and "Thiên tai và khí hậu" in md
    assert "Trang tin tổng hợp" in md
    headlines = [line for line in md.splitlines() if line.startswith("### ")]
    assert not any(h.endswith("- tin tổng hợp") for h in headlines), (
        "a republished copy was listed as its own story"
    )


def test_demo_html_parses(demo: Path) -> None:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser((demo / "bao-cao-2007-10.html").read_text(encoding="utf-8"))
    assert tree.css_first("h1") is not None
    titles = [h.text() for h in tree.css("h2")]
    assert any("Số bài theo báo" in t for t in titles)
    assert any("Sắc thái" in t for t in titles)
    imgs = tree.css("img")
    assert imgs and all((i.attributes.get("src") or "").startswith("data:image/png;base64,") for i in imgs)


def test_digest_cli_formats(demo: Path, tmp_path: Path) -> None:
    db = str(demo / "diembao.db")
    r = CliRunner().invoke(cli, ["digest", "--db", db, "--date", "2007-10-28", "--format", "md"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("# ĐIỂM BÁO") and "Ngày 28/10/2007" in r.output
    out = tmp_path / "d"
    r = CliRunner().invoke(
        cli, ["digest", "--db", db, "--since", "2007-10-26", "--until", "2007-10-28",
              "--watchlist", "Thiên tai và khí hậu", "--format", "pdf", "--format", "docx", "-o", str(out)],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    pdf = out.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "ĐIỂM BÁO" in text and "Từ ngày 26/10/2007 đến ngày 28/10/2007" in text
    assert "Biển, đảo" not in text  # only the asked watchlist
    assert out.with_suffix(".docx").stat().st_size > 0


def test_digest_cli_errors_are_clear(demo: Path, tmp_path: Path) -> None:
    db = str(demo / "diembao.db")
    r = CliRunner().invoke(cli, ["digest", "--db", db, "--date", "2007-13-01", "--format", "md"])
    assert r.exit_code == 2 and "2007-13-01" in r.output
    r = CliRunner().invoke(cli, ["digest", "--db", db, "--watchlist", "Không có", "--format", "md"])
    assert r.exit_code == 2 and "no watchlist named" in r.output
    empty = str(tmp_path / "empty.db")
    r = CliRunner().invoke(cli, ["digest", "--db", empty, "--format", "md"])
    assert r.exit_code == 2 and "watchlists add" in r.output


def test_report_cli_month(demo: Path, tmp_path: Path) -> None:
    db = str(demo / "diembao.db")
    out = tmp_path / "r.md"
    r = CliRunner().invoke(
        cli, ["report", "--db", db, "--month", "2007-10", "--format", "md", "-o", str(out)]
    )
    assert r.exit_code == 0, r.output
    md = out.read_text(encoding="utf-8")
    assert "Tháng 10/2007" in md and "Số bài theo báo" in md and "VnExpress" in md
    assert list((tmp_path / "charts").glob("*.png"))
    r = CliRunner().invoke(cli, ["report", "--db", db, "--month", "10-2007"])
    assert r.exit_code == 2 and "2024-01" in r.output


def test_run_once_writes_the_day_digest_once(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIEMBAO_DIGEST_TIME", "00:00")
    db = str(demo / "diembao.db")
    args = ["run", "--once", "--no-crawl", "--db", db, "--out-dir", str(tmp_path), "--format", "md"]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    written = list(tmp_path.glob("diem-bao-*.md"))
    assert len(written) == 1 and "wrote" in r.output
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0 and "wrote" not in r.output  # once per day


def test_search_finds_demo_story_with_either_spelling(demo: Path) -> None:
    db = str(demo / "diembao.db")
    outs = []
    for q in ("bão số 7", "bao so 7"):
        args = ["search", "--db", db, q, "--all-copies", "--limit", "1000", "--format", "json"]
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 0, r.output
        outs.append({h["id"] for h in json.loads(r.output)})
    # The same articles either way (typed diacritics only change the ranking).
    assert outs[0] and outs[0] == outs[1]
