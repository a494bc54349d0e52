"""Bytes and legacy encodings -> Unicode text. (First version; the text-layer owner extends it.)"""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def _lookup(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a page or file: BOM, then a declared charset that actually decodes, then UTF-8,
    then detection. Returns (text, encoding used)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), enc
    candidates: list[str] = []
    for name in (declared, *(m.group(1).decode("ascii", "ignore") for m in _META_CHARSET.finditer(data[:4096]))):
        found = _lookup(name)
        if found and found not in candidates:
            candidates.append(found)
    if "utf-8" not in candidates:
        candidates.append("utf-8")
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return data.decode("cp1258", errors="replace"), "cp1258"
