"""Search keys: canonical, lowercase, no diacritics, đ -> d."""

from __future__ import annotations

import unicodedata

from diembao.text.normalise import canonical, normalise_whitespace


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


def fold(s: str) -> str:
    """Lowercase and strip diacritics of an already-canonical string.

    Length-preserving on NFC text without stray combining marks (all NFC Vietnamese)."""
    if s.isascii():
        return s.lower()
    return s.translate(_FOLD).lower()


def search_key(s: str) -> str:
    """canonical(s), lowercased, diacritics removed and đ -> d: "VĂN HOÁ" -> "van hoa"."""
    c = canonical(s)
    k = fold(c)
    # Dropping a stray combining mark can leave a space at an edge or beside another one.
    return k if len(k) == len(c) else normalise_whitespace(k)
