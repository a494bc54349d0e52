"""Search keys: canonical, lowercase, no diacritics, đ -> d."""

from __future__ import annotations

import unicodedata

from diembao.text.normalise import canonical


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord("đ"): "d", ord("Đ"): "d"}
    # Every precomposed Latin letter in the Vietnamese ranges: strip marks, lowercase.
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base and base != ch and base.isascii():
            table[cp] = base.lower()
    return table


_FOLD = _build_fold_table()


def fold(s: str) -> str:
    """Lowercase and strip diacritics of an already-canonical string (length-preserving on NFC)."""
    return s.translate(_FOLD).lower()


def search_key(s: str) -> str:
    """canonical(s), lowercased, diacritics removed and đ -> d: "VĂN HOÁ" -> "van hoa"."""
    return fold(canonical(s))
