"""Bytes -> Unicode text: BOM, valid UTF-8, declared charsets checked against the bytes, Vietnamese
single-byte encodings (Windows-1258) and legacy fonts (TCVN3, VNI) read through cp1252."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

from diembao.text.legacy import _valid_vietnamese, detect_legacy, fix_legacy

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE_BYTES = 256 * 1024  # scoring and detection look at this much, so 30 MB inputs stay fast
_RE_TOKEN = re.compile(r"\S+")
_UTF8_MULTI = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    # Bytes cp1252 leaves undefined (0x81, 0x8D, ...) read as their latin-1 characters, as browsers
    # do; the legacy-font tables know both forms.
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("diembao-latin1", _latin1_fallback)


def _decode(data: bytes, enc: str, strict: bool) -> str:
    if enc == "cp1252":
        return data.decode(enc, errors="diembao-latin1")
    return data.decode(enc, errors="strict" if strict else "replace")


def _lookup(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None


def _vietnamese_score(text: str) -> int:
    """How many tokens of the text are Vietnamese syllables with a diacritic (after NFC)."""
    tokens = Counter(t for t in _RE_TOKEN.findall(unicodedata.normalize("NFC", text)) if not t.isascii())
    return sum(n for t, n in tokens.most_common(3000) if _valid_vietnamese(t))


def _finish(text: str, enc: str) -> tuple[str, str]:
    """NFC for encodings with combining marks, legacy-font conversion where detected."""
    if enc == "cp1258":
        text = unicodedata.normalize("NFC", text)
    scheme = detect_legacy(text)
    if scheme is not None:
        return fix_legacy(text), f"{enc}+{scheme}"
    return text, enc


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 apart from a few broken sequences (a truncated or spliced page)."""
    sample = data[:_SAMPLE_BYTES]
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - sample.decode("utf-8", errors="ignore").count("\ufffd")
    good = len(_UTF8_MULTI.findall(sample))
    return bad > 0 and good >= 20 * bad


def _detected(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency, but decoding must not need it
        return None
    best = from_bytes(data[:_SAMPLE_BYTES]).best()
    return _lookup(best.encoding) if best is not None else None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a page or file; returns (text, encoding used).

    BOM first; then valid UTF-8 (whatever was declared: UTF-8 does not happen by accident); then
    the declared charset (HTTP header or <meta>), Windows-1258, cp1252 and charset-normalizer's
    guess, whichever reads as the most Vietnamese. Legacy fonts and mojibake are converted, and the
    encoding name then says so ("cp1252+tcvn3", "utf-8+utf8-mojibake")."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _finish(data[len(bom) :].decode(enc, errors="replace"), enc)
    if data.isascii():
        return _finish(data.decode("ascii"), "ascii")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _finish(data.decode("utf-8", errors="replace"), "utf-8")
    candidates: list[str] = []
    metas = (m.group(1).decode("ascii", "ignore") for m in _META_CHARSET.finditer(data[:8192]))
    for name in (declared, *metas):
        found = _lookup(name)
        if found and found not in ("utf-8", "utf-16", "utf-32") and found not in candidates:
            candidates.append(found)
    for enc in ("cp1258", "cp1252"):
        if enc not in candidates:
            candidates.append(enc)
    guess = _detected(data)
    if guess and guess not in candidates and not guess.startswith("utf"):
        candidates.insert(1 if candidates[0] not in ("cp1258", "cp1252") else 0, guess)
    sample = data[:_SAMPLE_BYTES]
    best: tuple[int, int, str] | None = None
    for rank, enc in enumerate(candidates):
        try:
            text = _decode(sample, enc, strict=True)
        except (UnicodeDecodeError, LookupError):
            continue
        scheme = detect_legacy(text)
        score = _vietnamese_score(fix_legacy(text) if scheme else text)
        if best is None or score > best[0]:
            best = (score, -rank, enc)
    enc = best[2] if best is not None else "cp1258"
    return _finish(_decode(data, enc, strict=False), enc)
