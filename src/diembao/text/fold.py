"""Search keys: canonical, lowercase, no diacritics, đ -> d."""

from __future__ import annotations

import codecs
import threading
import unicodedata

from diembao.text.normalise import _SPLIT, canonical, normalise_whitespace


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "d", ord("\u0130"): "i"}
    # Every precomposed Latin letter in the Vietnamese ranges: strip marks, lowercase.
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base and base != ch and base.isascii() and len(base) == 1:
            table[cp] = base.lower()
    # Combining marks that NFC could not attach to a precomposed letter are dropped.
    table.update(dict.fromkeys(range(0x0300, 0x0370)))
    return table


_FOLD = _build_fold_table()

# fold() is `s.translate(_FOLD).lower()`, but str.translate looks every non-ASCII character up in a
# dict, which is slow. The same result comes from an 8-bit charmap, both steps in C: encoding maps
# ASCII to itself and gives each Vietnamese letter (both cases) and the commonest news punctuation
# a byte of its own (0x80-0xff, then the C0 controls other than NUL, tab, LF and CR); decoding maps
# every byte to the fold of its character. Any other character goes through an error handler that
# folds it with the table and leaves a NUL in its place, put back afterwards (texts that contain a
# NUL themselves take the plain translate).
_PUNCT = "“”‘’…–—•·«»°×²³½€£©®™±"
_ERRORS = "diembao.text.fold"
_STATE = threading.local()


def _build_charmap() -> tuple[str, str]:
    slots = [*range(0x80, 0x100), *(b for b in range(0x20) if b not in (0x00, 0x09, 0x0A, 0x0D)), 0x7F]
    letters = sorted({c for c in _SPLIT if not c.isascii()} | {"đ", "Đ"})
    chars = [*letters, *_PUNCT]
    assert len(chars) <= len(slots)
    enc = ["\ufffe" if b in slots else chr(b) for b in range(256)]  # U+FFFE: byte unused
    dec = list(enc)
    for ch, b in zip(chars, slots, strict=False):
        enc[b] = ch
        dec[b] = ch.translate(_FOLD)
    return "".join(enc), "".join(dec)


_ENCODE_TABLE, _DECODE_TABLE = _build_charmap()
_ENCODE_MAP = codecs.charmap_build(_ENCODE_TABLE)


def _fold_other(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    _STATE.saved.append(exc.object[exc.start : exc.end].translate(_FOLD))
    return "\x00", exc.end


codecs.register_error(_ERRORS, _fold_other)


def fold(s: str) -> str:
    """Lowercase and strip diacritics of an already-canonical string.

    Length-preserving on NFC text without stray combining marks (all NFC Vietnamese)."""
    if s.isascii():
        return s.lower()
    if "\x00" in s:
        return s.translate(_FOLD).lower()
    saved: list[str] = []
    _STATE.saved = saved
    data, _ = codecs.charmap_encode(s, _ERRORS, _ENCODE_MAP)
    out, _ = codecs.charmap_decode(data, "strict", _DECODE_TABLE)
    if saved:
        parts = out.split("\x00")
        pieces = [parts[0]]
        for other, part in zip(saved, parts[1:], strict=True):
            pieces.append(other)
            pieces.append(part)
        out = "".join(pieces)
    return out.lower()


def search_key(s: str) -> str:
    """canonical(s), lowercased, diacritics removed and đ -> d: "VĂN HOÁ" -> "van hoa"."""
    c = canonical(s)
    k = fold(c)
    # Dropping a stray combining mark can leave a space at an edge or beside another one.
    return k if len(k) == len(c) else normalise_whitespace(k)
