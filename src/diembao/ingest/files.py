"""Single-document files: saved HTML pages and plain-text dumps (like the seed article)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from diembao.errors import InputError
from diembao.model import RawDoc, RawKind

MAX_FILE_BYTES = 50 * 1024 * 1024  # a news page is well under this; bigger files are not articles
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
_HTML_SNIFF = re.compile(rb"<(!doctype\s+html|html|head|body|article|div|p)[\s>]", re.I)


def sniff_kind(data: bytes, name: str = "") -> RawKind:
    """ "html" or "text" for one document, by file suffix, else by its first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "html" if _HTML_SNIFF.search(data[:4096]) else "text"


def is_binary(data: bytes) -> bool:
    """True for data that is no text in any encoding Vietnamese news uses (NUL bytes near the start).

    UTF-16 text has NULs too, so a BOM or an even-position NUL pattern is let through."""
    head = data[:2048]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False
    return b"\x00" in head


def read_document(path: Path) -> RawDoc:
    """One file as a RawDoc; raises InputError when it cannot be read or is not a text document."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file too large for one document ({size} bytes > {MAX_FILE_BYTES})", str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    return document_from_bytes(data, str(path), path.name, mtime=path.stat().st_mtime)


def document_from_bytes(data: bytes, source: str, name: str = "", mtime: float | None = None) -> RawDoc:
    """One document's bytes as a RawDoc (HTML or plain text); InputError for empty or binary data."""
    if not data.strip():
        raise InputError("empty file", source)
    if is_binary(data):
        raise InputError("binary data, not an HTML page or a text dump", source)
    fetched = datetime.fromtimestamp(mtime, UTC).isoformat(timespec="seconds") if mtime else None
    return RawDoc(source=source, content=data, kind=sniff_kind(data, name), fetched_at=fetched)
