"""Renderers of a Digest: md, html, docx, pdf. Each takes the Digest and returns text or writes a file."""

from __future__ import annotations

from pathlib import Path

from diembao.digest.model import Digest

FORMATS = ("md", "html", "docx", "pdf")


def render(digest: Digest, fmt: str, out: Path) -> Path:
    """Write `digest` to `out` in format `fmt` (md|html|docx|pdf); returns the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "md":
        from diembao.digest.render.markdown import to_markdown

        out.write_text(to_markdown(digest), encoding="utf-8")
    elif fmt == "html":
        from diembao.digest.render.html import to_html

        out.write_text(to_html(digest), encoding="utf-8")
    elif fmt == "docx":
        from diembao.digest.render.docx import write_docx

        write_docx(digest, out)
    elif fmt == "pdf":
        from diembao.digest.render.pdf import write_pdf

        write_pdf(digest, out)
    else:
        raise ValueError(f"unknown digest format {fmt!r}; use one of {', '.join(FORMATS)}")
    return out
