"""Word-like spans of a text, for callers that need Vietnamese-aware tokenisation without a model."""

from __future__ import annotations

import re

# A letter or digit, then letters, digits and combining marks (NFD text keeps its marks in the word).
_RE_SYLLABLE = re.compile(
    r"[^\W_](?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])*"
)


def syllables(s: str) -> list[tuple[int, int]]:
    """(start, end) offsets in `s` of each run of letters/digits (with combining marks), in order."""
    return [m.span() for m in _RE_SYLLABLE.finditer(s)]
