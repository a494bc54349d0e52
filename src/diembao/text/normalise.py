"""Canonical Vietnamese text: NFC, one tone-mark placement, look-alikes and invisibles folded.

Tone placement style: the "classic" one used by most of the press and by the annotation
conventions ("hòa", "khỏe", "thủy", "Ủy"). Rule (no word list): when a syllable *ends* in the
diphthong oa / oe / uy (nothing after it), the tone sits on the first vowel; when anything follows
(hoàn, quyết, huỳnh, ngoài), it sits on the second. After "q", "u" belongs to the consonant, so
the tone always goes on "y" (quý, quỳnh). Every move swaps two code points of the NFC string, so
it never changes the length.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng


def _toned(ch: str, tone: str) -> str:
    return unicodedata.normalize("NFC", ch + tone)


def _build_moves() -> tuple[dict[str, str], dict[str, str]]:
    """to_first: "oà" -> "òa" (final diphthong); to_second: "òa" -> "oà" (something follows)."""
    to_first: dict[str, str] = {}
    to_second: dict[str, str] = {}
    for first, seconds in (("o", "ae"), ("u", "y")):
        for f in (first, first.upper()):
            for s0 in seconds:
                for s in (s0, s0.upper()):
                    for t in _TONES:
                        new = f + _toned(s, t)
                        old = _toned(f, t) + s
                        to_first[new] = old
                        to_second[old] = new
    return to_first, to_second


_TO_FIRST, _TO_SECOND = _build_moves()
_FIRST_CLASS = "".join(sorted({k[0] for k in _TO_SECOND}))
_SECOND_CLASS = "".join(sorted({k[1] for k in _TO_FIRST}))
# q/Q + u + toned y is already right; (?<![qQ]) keeps "quý" and turns a stray "qúy" into "quý".
_RE_TO_FIRST = re.compile(rf"(?<![qQ])([oOuU][{_SECOND_CLASS}])(?!\w)")
_RE_TO_SECOND = re.compile(rf"([{_FIRST_CLASS}][aAeEyY])(?=\w)")
_RE_Q_FIX = re.compile(rf"(?<=[qQ])([{_FIRST_CLASS}][yY])")

# Characters that look like Vietnamese letters but are not (seen in OCR, legacy fonts, Icelandic eth).
_LOOKALIKES = {
    "\u00d0": "\u0110",  # Ð (Latin capital eth) -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u0189": "\u0110",  # Ɖ (African D) -> Đ
    "\u0256": "\u0111",  # ɖ -> đ
}
# Removed entirely: zero-width characters, BOM, soft hyphen, word joiner, bidi marks.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u180e"
# Folded to a plain space: non-breaking and typographic spaces.
_SPACES = (
    "\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\t\x0b\x0c"
)

_CHAR_TABLE = str.maketrans({**_LOOKALIKES, **dict.fromkeys(_INVISIBLE), **dict.fromkeys(_SPACES, " ")})
_RE_SPACES = re.compile(r" {2,}")
_RE_LINE_EDGES = re.compile(r" *\n *")
_RE_BLANKS = re.compile(r"\n{3,}")


def fix_tone_placement(s: str) -> str:
    """Move tone marks of oa/oe/uy to the canonical vowel; expects NFC; length-preserving."""
    if not s.isascii():
        s = _RE_TO_FIRST.sub(lambda m: _TO_FIRST.get(m.group(1), m.group(1)), s)
        s = _RE_TO_SECOND.sub(lambda m: _TO_SECOND.get(m.group(1), m.group(1)), s)
        s = _RE_Q_FIX.sub(lambda m: _TO_SECOND.get(m.group(1), m.group(1)), s)
    return s


def canonical_chars(s: str) -> str:
    """NFC, look-alikes, tone placement; no whitespace changes beyond folding odd spaces to ' '."""
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
        s = s.translate(_CHAR_TABLE)
        s = fix_tone_placement(s)
    else:
        s = s.translate(_CHAR_TABLE)
    return s


def canonical(s: str) -> str:
    """The canonical form of a text: every spelling of a Vietnamese word gives the same string."""
    s = canonical_chars(s.replace("\r\n", "\n").replace("\r", "\n"))
    s = _RE_SPACES.sub(" ", s)
    s = _RE_LINE_EDGES.sub("\n", s)
    s = _RE_BLANKS.sub("\n\n", s)
    return s.strip()
