"""Offset maps: spans found on the canonical text (or its search key) point back into the original.

Every length-changing step of the text layer is done here as a regex substitution whose edits are
recorded in two arrays (start and end, in the original, of the source of each output character),
so the map costs O(n) machine integers, not a dict per character.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from diembao.text import normalise as _n

_Repl = Callable[[re.Match[str]], str]


class OffsetMap:
    """Maps offsets of a derived text (canonical form, search key) to the original text and back."""

    __slots__ = ("_ends", "_orig_len", "_starts")

    def __init__(self, starts: array[int], ends: array[int], orig_len: int) -> None:
        self._starts = starts  # original offset where the source of derived char i starts
        self._ends = ends  # original offset where it ends (exclusive)
        self._orig_len = orig_len

    def __len__(self) -> int:
        return len(self._starts)

    def is_identity(self) -> bool:
        """True when every derived character sits at the same offset as its original one."""
        n = len(self._starts)
        return self._orig_len == n and self._starts == array(self._starts.typecode, range(n))

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        return cls(array("q", range(n)), array("q", range(1, n + 1)), n)

    def _point(self, i: int) -> int:
        n = len(self._starts)
        if i < n:
            return self._starts[i]
        return self._ends[n - 1] if n else 0

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Span [start, end) of the derived text -> the span of the original it came from."""
        n = len(self._starts)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if start == end:
            p = self._point(start)
            return p, p
        return self._starts[start], self._ends[end - 1]

    def to_canonical(self, start: int, end: int) -> tuple[int, int]:
        """Span [start, end) of the original -> the smallest derived span covering what came from it."""
        start = min(max(start, 0), self._orig_len)
        end = min(max(end, start), self._orig_len)
        i = bisect_right(self._ends, start)  # first derived char ending after `start`
        if start == end:
            return i, i
        j = bisect_left(self._starts, end)  # first derived char starting at or after `end`
        return i, max(i, j)


def sub_with_map(
    pattern: re.Pattern[str], repl: _Repl, text: str, starts: array[int], ends: array[int]
) -> tuple[str, array[int], array[int]]:
    """re.sub(pattern, repl, text) that also carries the per-character source arrays along.

    Equal-length replacements map character by character; others map every new character to the
    whole replaced span (so composed letters cover their combining marks)."""
    pieces: list[str] = []
    ns: array[int] = array("q")
    ne: array[int] = array("q")
    last = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        r = repl(m)
        if r == m.group(0):
            continue
        pieces.append(text[last:a])
        ns.extend(starts[last:a])
        ne.extend(ends[last:a])
        if len(r) == b - a:
            ns.extend(starts[a:b])
            ne.extend(ends[a:b])
        elif r:
            if b > a:
                s0, e0 = starts[a], ends[b - 1]
            else:  # pure insertion: anchor on the next character
                s0 = starts[a] if a < len(starts) else (ends[a - 1] if a else 0)
                e0 = s0
            ns.extend([s0] * len(r))
            ne.extend([e0] * len(r))
        pieces.append(r)
        last = b
    if not pieces:
        return text, starts, ends
    pieces.append(text[last:])
    ns.extend(starts[last:])
    ne.extend(ends[last:])
    return "".join(pieces), ns, ne


def _delete(_: re.Match[str]) -> str:
    return ""


_RE_CRLF = re.compile(r"\r(?=\n)")
_RE_TABLE = re.compile("[" + re.escape("".join(chr(c) for c in _n.CHAR_TABLE)) + "]")
_RE_STROKED = _n._RE_STROKED_D
# A base character with the combining marks after it: the unit NFC composes.
_RE_CLUSTER = re.compile(r"(?s).[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_RE_NONSPACE = re.compile(r"\S+")


def _table_repl(m: re.Match[str]) -> str:
    return m.group(0).translate(_n.CHAR_TABLE)


def _stroked_repl(m: re.Match[str]) -> str:
    return "Đ" if m.group(1) in "DĐ" else "đ"


def _nfc_repl(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFC", m.group(0))


def _nfc_with_map(text: str, starts: array[int], ends: array[int]) -> tuple[str, array[int], array[int]]:
    if unicodedata.is_normalized("NFC", text):
        return text, starts, ends
    target = unicodedata.normalize("NFC", text)
    out = sub_with_map(_RE_CLUSTER, _nfc_repl, text, starts, ends)
    if out[0] == target:
        return out
    # Compositions beyond base+marks (Hangul, some Indic signs): fall back to whole tokens.
    out = sub_with_map(_RE_NONSPACE, _nfc_repl, text, starts, ends)
    if out[0] == target:
        return out
    return target, array("q", [0] * len(target)), array("q", [len(text)] * len(target))


def _tone_repl(m: re.Match[str]) -> str:
    return _n.fix_syllable(m.group(0))


_RE_WORD = re.compile(r"[^\W\d_]+")


def canonical_chars_with_map(s: str, omap: OffsetMap | None = None) -> tuple[str, OffsetMap]:
    """canonical_chars(s) and the map of its offsets to `s` (or through `omap` when given)."""
    if omap is None:
        omap = OffsetMap.identity(len(s))
    starts, ends = omap._starts, omap._ends
    t = s
    if "\r" in t:
        t, starts, ends = sub_with_map(_RE_CRLF, _delete, t, starts, ends)
    if _RE_TABLE.search(t):
        t, starts, ends = sub_with_map(_RE_TABLE, _table_repl, t, starts, ends)
    if "\u0335" in t or "\u0336" in t:
        t, starts, ends = sub_with_map(_RE_STROKED, _stroked_repl, t, starts, ends)
    if not t.isascii():
        t, starts, ends = _nfc_with_map(t, starts, ends)
        fixed = _n.fix_tone_placement(t)
        if fixed != t:  # equal length, one character per character: the arrays stay as they are
            assert len(fixed) == len(t)
            t = fixed
    return t, OffsetMap(starts, ends, omap._orig_len)


def canonical_with_map(s: str, *, legacy: bool = False) -> tuple[str, OffsetMap]:
    """canonical(s) (after fix_legacy(s) when `legacy`) and the map of its offsets back to `s`."""
    omap = None
    t = s
    if legacy:
        from diembao.text.legacy import fix_legacy_with_map

        t, omap = fix_legacy_with_map(s)
    t, omap = canonical_chars_with_map(t, omap)
    starts, ends = omap._starts, omap._ends
    for rx in (_n.RE_WS_SPACES, _n.RE_WS_BLANKS, _n.RE_WS_EDGES):
        t, starts, ends = sub_with_map(rx, _delete, t, starts, ends)
    return t, OffsetMap(starts, ends, len(s))


_RE_MARKS = re.compile(r"[\u0300-\u036f]")


def search_key_with_map(s: str, *, legacy: bool = False) -> tuple[str, OffsetMap]:
    """search_key(s) and the map of its offsets back to `s`."""
    from diembao.text.fold import fold

    t, omap = canonical_with_map(s, legacy=legacy)
    k = fold(t)
    if len(k) == len(t):
        return k, omap
    # Stray combining marks that NFC could not compose are dropped by fold: follow them.
    t2, starts, ends = sub_with_map(_RE_MARKS, _delete, t, omap._starts, omap._ends)
    k = fold(t2)
    for rx in (_n.RE_WS_SPACES, _n.RE_WS_BLANKS, _n.RE_WS_EDGES):
        k, starts, ends = sub_with_map(rx, _delete, k, starts, ends)
    return k, OffsetMap(starts, ends, len(s))
