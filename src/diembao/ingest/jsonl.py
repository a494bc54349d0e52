"""JSONL (and .jsonl.gz) records: `{url?, html?, ...}` pages and `{id?, url?, title?, text, ...}` articles.

Field names of the public corpora map onto the Article: VNTC's `label` is the category and the
first line of its `text` the title; VietNews' `abstract` is the sapo and `body` the text.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from diembao.errors import NoArticleError
from diembao.ingest import ByteMeter, SourceError
from diembao.model import Article, Paragraph, RawDoc

_GZIP_MAGIC = b"\x1f\x8b"
_METER_EVERY = 64  # lines between two updates of the byte meter

# Field names seen in public corpora and news dumps, first match wins.
TITLE_KEYS = ("title", "headline")
SAPO_KEYS = ("sapo", "abstract", "description", "summary", "lead")
TEXT_KEYS = ("text", "body", "content", "article")
CATEGORY_KEYS = ("category", "label", "topic", "section")
PUBLISHED_KEYS = ("published", "date", "published_at", "publish_date", "pubdate", "datePublished")
OUTLET_KEYS = ("outlet", "site", "source_name", "domain", "publisher")
AUTHOR_KEYS = ("authors", "author")
HTML_KEYS = ("html", "raw_html", "page")

_PARA_SPLIT = re.compile(r"\n\s*\n|\n")


def _first(rec: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = rec.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def _authors(rec: dict[str, Any]) -> list[str]:
    for k in AUTHOR_KEYS:
        v = rec.get(k)
        if isinstance(v, str) and v.strip():
            return [a.strip() for a in v.split(",") if a.strip()]
        if isinstance(v, list):
            return [str(a).strip() for a in v if str(a).strip()]
    return []


def record_article(rec: dict[str, Any], source: str) -> Article:
    """The Article of a text record (fields already split: no HTML machinery).

    Raises NoArticleError when the record has no text.
    """
    body = _first(rec, TEXT_KEYS)
    title = _first(rec, TITLE_KEYS)
    lines = [ln.strip() for ln in _PARA_SPLIT.split(body or "") if ln.strip()]
    if title is None and len(lines) > 1:
        # VNTC and most plain dumps: the first line is the title.
        title, lines = lines[0], lines[1:]
    if not lines:
        what = "only a title" if title else "no text"
        raise NoArticleError(f"record has {what} (fields: {', '.join(sorted(rec)) or 'none'})", source)
    paragraphs = [Paragraph(ln) for ln in lines]
    tags = rec.get("tags")
    url = rec.get("url")
    return Article(
        url=url if isinstance(url, str) and url.strip() else None,
        outlet=_first(rec, OUTLET_KEYS),
        title=title or "",
        sapo=_first(rec, SAPO_KEYS),
        paragraphs=paragraphs,
        authors=_authors(rec),
        published=_first(rec, PUBLISHED_KEYS),
        category=_first(rec, CATEGORY_KEYS),
        tags=[str(t) for t in tags] if isinstance(tags, list) else [],
        text=Article.body_text(paragraphs),
        source=source,
    )


def record_to_raw(rec: dict[str, Any], source: str) -> RawDoc:
    """A RawDoc for one record: an HTML page when it carries HTML, else a text record."""
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    for k in HTML_KEYS:
        html = rec.get(k)
        if isinstance(html, str) and html.strip():
            meta = {key: v for key, v in rec.items() if key not in HTML_KEYS}
            return RawDoc(
                source=source,
                content=html.encode("utf-8"),
                kind="html",
                url=url,
                fetched_at=rec.get("fetched_at") if isinstance(rec.get("fetched_at"), str) else None,
                record=meta,
            )
    return RawDoc(source=source, kind="record", url=url, record=rec)


def _open(path: Path, raw: IO[bytes]) -> IO[bytes]:
    head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    if head == _GZIP_MAGIC or path.name.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def read_lines(
    stream: IO[bytes], label: str, meter: ByteMeter | None = None
) -> Iterator[RawDoc | SourceError]:
    """Records of an open JSONL byte stream (already decompressed), one error per bad line."""
    n = 0
    try:
        for n, line in enumerate(stream, start=1):
            if meter is not None and n % _METER_EVERY == 0:
                _update(meter, stream)
            if not line.strip():
                continue
            where = f"{label}:{n}"
            try:
                rec = json.loads(line)
            except ValueError as exc:
                yield SourceError(where, f"invalid JSON: {exc}")
                continue
            if not isinstance(rec, dict):
                yield SourceError(where, f"JSON line is a {type(rec).__name__}, not an object")
                continue
            yield record_to_raw(rec, where)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield SourceError(label, f"truncated or corrupt gzip after line {n}: {exc}")
    except OSError as exc:
        yield SourceError(label, f"read error after line {n}: {exc}")


def _update(meter: ByteMeter, stream: IO[bytes]) -> None:
    inner = getattr(stream, "fileobj", None) or stream
    with contextlib.suppress(OSError, ValueError):
        meter.current = inner.tell()


def read_jsonl(path: Path, meter: ByteMeter | None = None) -> Iterator[RawDoc | SourceError]:
    """Records of a .jsonl / .jsonl.gz file; bad lines and truncation become SourceErrors."""
    label = str(path)
    try:
        raw = open(path, "rb")  # noqa: SIM115 (closed in finally, generator may stop early)
    except OSError as exc:
        yield SourceError(label, f"cannot open: {exc.strerror or exc}")
        return
    try:
        stream = _open(path, raw)
        yield from read_lines(stream, label, meter)
    finally:
        raw.close()
