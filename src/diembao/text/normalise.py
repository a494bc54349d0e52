"""Canonical Vietnamese text: NFC, one tone-mark placement, look-alikes and invisibles folded.

Tone placement style: the "classic" one used by most of the press and by the annotation
conventions ("hòa", "khỏe", "thủy", "Ủy"). It is decided per syllable by rule, never by word list:
the syllable is split into onset (with "qu" and "gi" as consonants), vowel nucleus and coda; the
tone goes on the last vowel carrying a modifier (ă â ê ô ơ ư: "người", "thuế", "quyết"); else on
the middle of three vowels ("ngoài", "khuỷu"); else, for two vowels, on the second when a coda
follows ("hoàn", "huỳnh") and on the first when none does ("hòa", "khỏe", "thủy", "của", "mái").
Words that do not parse as one Vietnamese syllable (foreign words, "café", "José") are left alone.
Every move swaps the tone between two precomposed letters, so it never changes the length.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
_PLAIN_VOWELS = "aăâeêioôơuưy"
_MODIFIED = frozenset("ăâêôơư")


def _toned(ch: str, tone: str) -> str:
    return unicodedata.normalize("NFC", ch + tone)


def _build_vowel_tables() -> tuple[dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    """split: toned/untoned vowel -> (lowercase base with modifier, tone 0..5); join: the inverse (lowercase)."""
    split: dict[str, tuple[str, int]] = {}
    join: dict[tuple[str, int], str] = {}
    for base in _PLAIN_VOWELS:
        for t, mark in enumerate(("", *_TONES)):
            low = _toned(base, mark) if mark else base
            join[(base, t)] = low
            split[low] = (base, t)
            split[low.upper()] = (base, t)
    return split, join


_SPLIT, _JOIN = _build_vowel_tables()
_TONED = "".join(sorted(c for c, (_, t) in _SPLIT.items() if t))
_TONED_PLAIN = "".join(sorted(c for c, (b, t) in _SPLIT.items() if t and b not in _MODIFIED))
_VOWELS = "".join(sorted(_SPLIT))
_MOD_UNTONED = "".join(sorted(c for c, (b, t) in _SPLIT.items() if not t and b in _MODIFIED))

_ONSETS = re.compile(r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?")
_CODAS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k"})
# Vowel nuclei of Vietnamese (phonotactics, not a word list); True = may take a final consonant.
_NUCLEI: dict[str, bool] = {
    **dict.fromkeys(_PLAIN_VOWELS, True),
    **dict.fromkeys("ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ".split(), False),
    **dict.fromkeys("iê yê oa oă oe oo uâ uê uô ươ uy".split(), True),
    **dict.fromkeys("iêu yêu oai oay oeo uây uôi ươi ươu uya uyu".split(), False),
    "uyê": True,
}


def _target(nucleus: str, has_coda: bool) -> int:
    """Index in the nucleus that carries the tone in the classic style."""
    for k in range(len(nucleus) - 1, -1, -1):
        if nucleus[k] in _MODIFIED:
            return k
    if len(nucleus) == 3:
        return 1
    if len(nucleus) == 2:
        return 1 if has_coda else 0
    return 0


def parse_syllable(word: str) -> tuple[int, int] | None:
    """(index of the tone mark or -1, index where the classic style puts it) for a word that is one
    Vietnamese syllable with at most one tone mark; None for anything else."""
    bases: list[str] = []
    tone_at = -1
    for k, ch in enumerate(word):
        bt = _SPLIT.get(ch)
        if bt is None:
            low = ch.lower()
            if len(low) != 1 or not ("a" <= low <= "z" or low == "đ"):
                return None
            bases.append(low)
        else:
            bases.append(bt[0])
            if bt[1]:
                if tone_at >= 0:
                    return None
                tone_at = k
    s = "".join(bases)
    m = _ONSETS.match(s)
    start = m.end() if m else 0
    if s.startswith("gi") and start == 2 and not any(c in _PLAIN_VOWELS for c in s[2:]):
        start = 1  # "gì", "gìn": the i is the vowel
    end = start
    while end < len(s) and s[end] in _PLAIN_VOWELS:
        end += 1
    nucleus, coda = s[start:end], s[end:]
    if not nucleus or coda not in _CODAS:
        return None
    open_ok = _NUCLEI.get(nucleus)
    if open_ok is None or (coda and not open_ok):
        return None
    if tone_at < 0:
        return -1, -1
    if tone_at < start - 1 or tone_at >= end:
        return None  # a tone on a consonant letter: not a syllable we understand
    if tone_at < start and s[tone_at] not in "iu":
        return None
    return tone_at, start + _target(nucleus, bool(coda))


def _move(word: str, src: int, dst: int) -> str:
    b1, tone = _SPLIT[word[src]]
    b2, _ = _SPLIT[word[dst]]
    c1 = b1 if word[src].islower() else b1.upper()
    c2 = _JOIN[(b2, tone)]
    if not word[dst].islower():
        c2 = c2.upper()
    chars = list(word)
    chars[src], chars[dst] = c1, c2
    return "".join(chars)


@functools.lru_cache(maxsize=65536)
def fix_syllable(word: str) -> str:
    """The word with its tone mark on the classic vowel; unchanged unless it is a Vietnamese syllable."""
    p = parse_syllable(word)
    if p is None or p[0] == p[1]:
        return word
    return _move(word, p[0], p[1])


def _build_moves() -> tuple[dict[str, str], dict[str, str]]:
    """to_first: "oà" -> "òa" (final diphthong); to_second: "òa" -> "oà" (the other style)."""
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


# Kept for callers that generate the other style on purpose (evaluation of search recall).
_TO_FIRST, _TO_SECOND = _build_moves()

_L = r"[^\W\d_]"
# Places where a tone can sit on the wrong vowel; only words containing one are parsed, so text
# already in the canonical style costs one regex scan.
_RE_CANDIDATE = re.compile(
    rf"[{_TONED}][{_VOWELS}]{_L}"  # "hòan", "ngòai": tone too early before a coda / third vowel
    rf"|[{_TONED}][{_MOD_UNTONED}]"  # "ừơ", "ìê": the modified vowel takes it
    rf"|(?<!{_L})(?:[gG][ìíỉĩịÌÍỈĨỊ]|[qQ][ùúủũụÙÚỦŨỤ])[{_VOWELS}]"  # "gìa", "qúa": gi/qu are consonants
    rf"|(?:(?<![qQ])[uU]|(?<![gG])[iI]|[{''.join(c for c in _VOWELS if c not in 'uUiI')}])"
    rf"[{_TONED_PLAIN}](?!{_L})"  # "hoà", "thuỷ", "cuả": open syllable, tone goes first
)
# The same places, found faster: the engine tries every position for the pattern above (each
# alternative starts differently), but every alternative involves a toned vowel, so this one starts
# with it and checks what comes before with lookbehinds. It matches at the toned vowel of each
# match of _RE_CANDIDATE (which starts there or one character earlier) and nowhere else.
_RE_TONED_HIT = re.compile(
    rf"[{_TONED}](?:"
    rf"[{_VOWELS}](?:{_L}|(?<=[{_MOD_UNTONED}])"
    rf"|(?<=(?<!{_L})[gG][ìíỉĩịÌÍỈĨỊ].)|(?<=(?<!{_L})[qQ][ùúủũụÙÚỦŨỤ].))"
    rf"|(?!{_L})(?<=[{_TONED_PLAIN}])"
    rf"(?:(?<=(?<![qQ])[uU].)|(?<=(?<![gG])[iI].)|(?<=[{''.join(c for c in _VOWELS if c not in 'uUiI')}].))"
    ")"
)


def _next_candidate(s: str, pos: int) -> re.Match[str] | None:
    """_RE_CANDIDATE.search(s, pos), at the cost of a scan for toned vowels."""
    hit = _RE_TONED_HIT.search(s, pos)
    if hit is None:
        return None
    # No match of _RE_CANDIDATE starts before hit.start() - 1 (it would have a hit of its own).
    return _RE_CANDIDATE.search(s, max(pos, hit.start() - 1))


_RE_WORD_AT = re.compile(rf"{_L}+")

# Characters that look like Vietnamese letters but are not (seen in OCR, legacy fonts, Icelandic eth).
_LOOKALIKES = {
    "\u00d0": "\u0110",  # Ð (Latin capital eth) -> Đ
    "\u00f0": "\u0111",  # ð -> đ
    "\u0189": "\u0110",  # Ɖ (African D) -> Đ
    "\u0256": "\u0111",  # ɖ -> đ
}
# "D" + combining stroke overlay, typed where the font lacks Đ.
_RE_STROKED_D = re.compile("([DdĐđ])[\u0335\u0336]")
# Removed entirely: zero-width characters, BOM, soft hyphen, word joiner, bidi marks, C0 controls.
_INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u180e\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    + "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F))
)
# Folded to a plain space: non-breaking and typographic spaces; to a newline: Unicode line breaks.
_SPACES = "\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\u1680\t\x0b\x0c"
_NEWLINES = "\r\x85\u2028\u2029"

CHAR_TABLE: dict[int, str | None] = {
    **{ord(k): v for k, v in _LOOKALIKES.items()},
    **dict.fromkeys(map(ord, _INVISIBLE)),
    **dict.fromkeys(map(ord, _SPACES), " "),
    **dict.fromkeys(map(ord, _NEWLINES), "\n"),
}
_RE_NEEDS_TABLE = re.compile("[" + re.escape("".join(chr(c) for c in CHAR_TABLE)) + "]")

# Whitespace normalisation as deletions only (so offset maps can follow it, see offsets.py):
# spaces after a space, spaces before a newline, spaces after a newline; newlines after a blank
# line; spaces and newlines at the ends. Each pattern starts by consuming the character it deletes
# (then looks behind), so the engine only tries positions holding a space or a newline.
RE_WS_SPACES = re.compile(r" (?:(?<=  ) *| *(?=\n)|(?<=\n ) *)")
RE_WS_BLANKS = re.compile(r"\n(?<=\n\n\n)\n*")
RE_WS_EDGES = re.compile(r"\A[ \n]+|(?<![ \n])[ \n]+\Z")
_RE_SPACE_RUN = re.compile(r"  +")
_RE_BLANK_RUN = re.compile(r"\n\n\n+")


def fix_tone_placement(s: str) -> str:
    """Move tone marks to the classic vowel of each syllable; expects NFC; length-preserving."""
    if s.isascii():
        return s
    m = _next_candidate(s, 0)
    if m is None:
        return s
    out: list[str] = []
    last = 0
    pos = m.start()
    n = len(s)
    while m is not None:
        # Expand the hit to its whole word (letters only, so "hoà2" and "hoà-bình" split).
        a = m.start()
        while a > 0 and s[a - 1].isalpha():
            a -= 1
        b = m.end()
        while b < n and s[b].isalpha():
            b += 1
        # A stray combining mark after the word (two tones on one letter): leave it as typed, a
        # move would leave the mark on a bare letter that NFC then composes differently.
        if a >= last and not (b < n and unicodedata.combining(s[b])):
            word = s[a:b]
            fixed = fix_syllable(word)
            if fixed != word:
                out.append(s[last:a])
                out.append(fixed)
                last = b
        pos = max(b, m.start() + 1)
        m = _next_candidate(s, pos)
    if not out:
        return s
    out.append(s[last:])
    return "".join(out)


def _chars(s: str) -> str:
    if _RE_NEEDS_TABLE.search(s) is not None:
        s = s.translate(CHAR_TABLE)
    if "\u0335" in s or "\u0336" in s:
        s = _RE_STROKED_D.sub(lambda m: "Đ" if m.group(1) in "DĐ" else "đ", s)
    return s


# Short strings (words, names) repeat a lot across the enrichment components: their results are
# cached; the cache is emptied when full, so memory stays bounded. Of longer strings, the last one
# is kept: several components canonicalise the same article text.
_CACHE_MAX_LEN = 64
_CACHE_SIZE = 100_000
_cache: dict[str, str] = {}
_last: tuple[str, str] = ("", "")


def canonical_chars(s: str) -> str:
    """Look-alikes, invisibles removed, odd spaces -> ' ', NFC, tone placement; no other whitespace change."""
    global _last
    if len(s) > _CACHE_MAX_LEN:
        last = _last
        if last[0] is s:
            return last[1]
        out = _canonical_chars(s)
        _last = (s, out)
        return out
    hit = _cache.get(s)
    if hit is None:
        if len(_cache) >= _CACHE_SIZE:
            _cache.clear()
        hit = _cache[s] = _canonical_chars(s)
    return hit


def _canonical_chars(s: str) -> str:
    s = _chars(s.replace("\r\n", "\n"))
    if s.isascii():
        return s
    s = unicodedata.normalize("NFC", s)
    return fix_tone_placement(s)


def normalise_whitespace(s: str) -> str:
    """Collapse runs of spaces, trim spaces around newlines, at most one blank line, strip the ends.

    The same result as deleting the matches of RE_WS_SPACES, RE_WS_BLANKS and RE_WS_EDGES in turn
    (what offsets.py does), with plain string operations."""
    if "  " in s:
        s = _RE_SPACE_RUN.sub(" ", s)
    # Runs are single spaces now: drop the one before / after each newline.
    if " \n" in s:
        s = s.replace(" \n", "\n")
    if "\n " in s:
        s = s.replace("\n ", "\n")
    if "\n\n\n" in s:
        s = _RE_BLANK_RUN.sub("\n\n", s)
    return s.strip(" \n")


def canonical(s: str) -> str:
    """The canonical form of a text: every spelling of a Vietnamese word gives the same string."""
    return normalise_whitespace(canonical_chars(s))
