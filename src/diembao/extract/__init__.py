"""Article extraction: `extract(RawDoc) -> Article` for HTML pages, plain-text dumps and JSONL records."""

from __future__ import annotations

from typing import Any

from diembao.errors import InputError, NoArticleError
from diembao.extract.html import extract_html
from diembao.extract.plaintext import parse_text
from diembao.model import Article, RawDoc

__all__ = ["extract", "extract_html", "extract_record", "extract_text", "looks_like_html"]


def extract_text(text: str, source: str | None = None) -> Article:
    """Split a plain-text dump (category, title, dateline, sapo, captions, body, byline) into an Article."""
    if not text.strip():
        raise NoArticleError("empty input", source)
    if text.count("\x00") or sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f") > 40:
        raise NoArticleError("binary data, not text", source)
    return parse_text(text, source)


def looks_like_html(data: bytes | str) -> bool:
    """Content sniffing: does this input start like an HTML document (or hold HTML markup)?"""
    head = data[:4096]
    low = (head.decode("latin-1") if isinstance(head, bytes) else head).lower()
    low = low.lstrip("\ufeff\xef\xbb\xbf \t\r\n")
    if low.startswith(("<!doctype html", "<html", "<?xml", "<head", "<meta", "<body", "<!--")):
        return True
    return any(t in low for t in ("<html", "<body", "<div", "<p>", "<p ", "<article", "<head>", "<title>"))


def extract_record(record: dict[str, Any], source: str | None = None) -> Article:
    """A JSONL record: {url?, html?} goes through the HTML path; {id?, url?, title?, text, published?,
    outlet?} through the plain-text path, with the given fields taking precedence."""
    if not isinstance(record, dict):
        raise InputError("record is not a JSON object", source)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    src = source or (str(record["id"]) if record.get("id") is not None else url)
    html = record.get("html")
    if isinstance(html, str) and html.strip():
        art = extract_html(html, url=url, source=src)
        if isinstance(record.get("outlet"), str):
            art.outlet = record["outlet"]
        return art
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise NoArticleError("record has neither html nor text", src)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    published = record.get("published") if isinstance(record.get("published"), str) else None
    if published:
        from diembao.extract.dates import parse_iso

        published = parse_iso(published) or published
    outlet = record.get("outlet") if isinstance(record.get("outlet"), str) else None
    return parse_text(text, src, title=title, url=url, outlet=outlet, published=published)


def extract(raw: RawDoc) -> Article:
    """Extract the article of one input; raises NoArticleError when it holds none (home, listing or
    error page, binary, empty) and InputError when it cannot be read. Never returns an empty article."""
    if raw.kind == "record":
        return extract_record(raw.record or {}, raw.source)
    if raw.kind == "text":
        from diembao.text.encodings import decode_bytes

        if not raw.content.strip():
            raise NoArticleError("empty input", raw.source)
        text, _ = decode_bytes(raw.content, None)
        art = extract_text(text, raw.source)
        art.url = art.url or raw.url
        return art
    if raw.kind == "html":
        return extract_html(raw.content, url=raw.url, content_type=raw.content_type, source=raw.source)
    raise InputError(f"unknown input kind {raw.kind!r}", raw.source)
