"""Vietnamese typed in legacy encodings, detected and converted to Unicode.

How such text arrives: bytes of a legacy font encoding (TCVN3/ABC ".Vn" fonts, VNI fonts, or
Windows-1258) or of UTF-8 were decoded as cp1252/latin-1, so the page shows gibberish:
"ViÖt Nam" (TCVN3), "Vieät Nam" (VNI), "Viêòt Nam" (cp1258 read as cp1252), "Viá»‡t Nam"
(UTF-8 mojibake); or the text was typed in VIQR ("Vie^.t Nam"). Every scheme here works on the
characters such a decoding produces, mapping them back to their byte and on to Unicode.

Detection converts each distinct token with each scheme and keeps a scheme only when the tokens
it changes become valid Vietnamese syllables that were not valid before; text that is already
correct Unicode (or English, URLs, code) has nothing to gain and is returned unchanged.

Tables: TCVN3 is TCVN 5712:1993 (VN1, a superset of the VN3 ".Vn" fonts), as glibc's
TCVN5712-1 converter decodes each byte; VNI is the VNI-Windows font layout (base letter followed
by a diacritic byte), as in the xvnkb/unikey tables; VIQR is RFC 1456.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable

from diembao.text.normalise import parse_syllable
from diembao.text.offsets import OffsetMap, _nfc_with_map, sub_with_map

Step = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

# --- the character <-> byte view of cp1252 / latin-1 decoded text ---------------------------------

_CP1252_BYTE: dict[str, int] = {
    bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}


def _byte_chars(b: int) -> list[str]:
    """The characters byte `b` shows as after decoding as latin-1 or as cp1252."""
    chars = [chr(b)]
    chars.extend(c for c, v in _CP1252_BYTE.items() if v == b)
    return chars


def _to_bytes(s: str) -> bytes | None:
    out = bytearray()
    for ch in s:
        o = ord(ch)
        if o < 256:
            out.append(o)
        elif ch in _CP1252_BYTE:
            out.append(_CP1252_BYTE[ch])
        else:
            return None
    return bytes(out)


# --- TCVN3 (TCVN 5712 VN1/VN3) ----------------------------------------------------------------------

_TCVN_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323"
    "àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ"
)
assert len(_TCVN_HIGH) == 128
_TCVN_LOW = {0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự"}
_TCVN_LOW.update({0x13: "Ỳ", 0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ"})


def _tcvn_tables() -> tuple[dict[str, str], dict[str, str]]:
    lower: dict[str, str] = {}
    for b in range(0x80, 0x100):
        u = _TCVN_HIGH[b - 0x80]
        # 0x80-0x9F hold VN1 capitals, but the ".Vn" fonts show cp1252's quotes and dashes there
        # (Word's smart quotes): only their latin-1 control-character form is converted.
        for c in _byte_chars(b) if b >= 0xA0 else [chr(b)]:
            if c != u:
                lower[c] = u
    for b, u in _TCVN_LOW.items():
        lower[chr(b)] = u
    upper = {c: (u.upper() if len(u.upper()) == 1 else u) for c, u in lower.items()}
    return lower, upper


_TCVN, _TCVN_UP = _tcvn_tables()
_TCVN_CLASS = "[" + re.escape("".join(sorted(_TCVN))) + "]"
# Capitals that exist in the ".Vn" fonts themselves (Ă Â Ê Ô Ơ Ư Đ and the VN1 capitals).
_TCVN_CAPS = frozenset(c for c, u in _TCVN.items() if u.isupper())
_RE_ASCII_LOWER = re.compile("[a-z]")
_RE_ASCII_UPPER = re.compile("[A-Z]")
_RE_TCVN_WORD = re.compile(rf"(?:[A-Za-z]|{_TCVN_CLASS})*{_TCVN_CLASS}(?:[A-Za-z]|{_TCVN_CLASS})*")


def _tcvn_word(m: re.Match[str]) -> str:
    w = m.group(0)
    # Capitals were typed with the uppercase ".VnTimeH" fonts, which reuse the lowercase codes:
    # a word with no lowercase ASCII letter and at least two capitals is all-caps.
    upper = False
    if not any("a" <= c <= "z" for c in w):
        caps = sum(1 for c in w if ("A" <= c <= "Z") or c in _TCVN_CAPS)
        if caps >= 2:
            upper = True
        elif caps == 1:  # "§µ" (Đà or ĐÀ?): decided by the words around it
            around = m.string[max(0, m.start() - 30) : m.end() + 30]
            upper = not _RE_ASCII_LOWER.search(around) and len(_RE_ASCII_UPPER.findall(around)) >= 3
    table = _TCVN_UP if upper else _TCVN
    return "".join(table.get(c, c) for c in w)


# --- VNI -------------------------------------------------------------------------------------------

_VNI_ROWS = {  # base -> marks for: no tone, sắc, huyền, hỏi, ngã, nặng (lowercase VNI bytes)
    "a": ("a", ["", "ù", "ø", "û", "õ", "ï"]),
    "â": ("a", ["â", "á", "à", "å", "ã", "ä"]),
    "ă": ("a", ["ê", "é", "è", "ú", "ü", "ë"]),
    "e": ("e", ["", "ù", "ø", "û", "õ", "ï"]),
    "ê": ("e", ["â", "á", "à", "å", "ã", "ä"]),
    "o": ("o", ["", "ù", "ø", "û", "õ", "ï"]),
    "ô": ("o", ["â", "á", "à", "å", "ã", "ä"]),
    "ơ": ("ô", ["", "ù", "ø", "û", "õ", "ï"]),
    "u": ("u", ["", "ù", "ø", "û", "õ", "ï"]),
    "ư": ("ö", ["", "ù", "ø", "û", "õ", "ï"]),
    "y": ("y", ["", "ù", "ø", "û", "õ", "î"]),
}
_VNI_I = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}
_TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {"ñ": "đ", "Ñ": "Đ"}
    for uni_base, (vbase, marks) in _VNI_ROWS.items():
        for tone, mark in zip(_TONE_MARKS, marks, strict=True):
            uni = unicodedata.normalize("NFC", uni_base + tone)
            if vbase == "y" and mark == "î":
                table["î"], table["Î"] = uni, uni.upper()
                continue
            for b in (vbase, vbase.upper()):
                for mk in (mark, mark.upper()):
                    key = b + mk
                    if len(key) > 1 or key != uni:
                        table[key] = uni if b.islower() else uni.upper()
    for k, v in _VNI_I.items():
        if k != v:
            table[k], table[k.upper()] = v, v.upper()
    return table


_VNI = _vni_table()
_RE_VNI = re.compile("|".join(re.escape(k) for k in sorted(_VNI, key=len, reverse=True)))


def _vni_repl(m: re.Match[str]) -> str:
    return _VNI[m.group(0)]


# --- VIQR (RFC 1456) -------------------------------------------------------------------------------

_VIQR_MOD = {
    ("a", "("): "ă",
    ("a", "^"): "â",
    ("e", "^"): "ê",
    ("o", "^"): "ô",
    ("o", "+"): "ơ",
    ("u", "+"): "ư",
}
_VIQR_TONE = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_RE_VIQR = re.compile(
    r"(?<![A-Za-z\\])(?P<d>[dD])[dD](?=[a-zA-Z])"
    r"|(?<!\\)(?P<v>[aeiouyAEIOUY])(?:(?P<m1>[\^(+])(?P<t1>[`'?~.])?|(?P<t2>[`'?~.])(?P<m2>[\^(+])?)"
)
_RE_VIQR_STRONG = re.compile(r"[aeouAEOU][\^(+]|[aeouAEOU][`'?~.][\^(+]|(?<![A-Za-z])[dD][dD][a-zA-Z]")
_RE_LOWER_NEXT = re.compile(r"[ \t]?[a-zđ]")


def _viqr_repl(m: re.Match[str]) -> str:
    if m.group("d"):
        return "Đ" if m.group("d") == "D" else "đ"
    v = m.group("v")
    mod = m.group("m1") or m.group("m2") or ""
    tone = m.group("t1") or m.group("t2") or ""
    base = v.lower()
    if mod:
        got = _VIQR_MOD.get((base, mod))
        if got is None:
            return m.group(0)
        base = got
    tail = ""
    if tone in (".", "?") and m.group(0).endswith(tone):
        # Sentence punctuation, not a tone, at the end of a word that ends a line or the text, and
        # for ".", before a capital (RFC 1456 would escape it as "\\."; real text rarely does).
        rest = m.string[m.end() : m.end() + 3]
        if tone == "?":  # RFC 1456: a diacritic; a question mark only at the very end
            word_goes_on = bool(rest.strip())
        else:
            word_goes_on = rest[:1].isalpha() or rest[:1] in ",;:)" or bool(_RE_LOWER_NEXT.match(rest))
        if not word_goes_on:
            if not mod:
                return m.group(0)
            tone, tail = "", tone
    out = unicodedata.normalize("NFC", base + _VIQR_TONE.get(tone, ""))
    return (out if v.islower() else out.upper()) + tail


# --- UTF-8 mojibake and cp1258 read as cp1252 -----------------------------------------------------


def _class(byte_range: range) -> str:
    return "[" + re.escape("".join(c for b in byte_range for c in _byte_chars(b))) + "]"


_CONT = _class(range(0x80, 0xC0))
_RE_MOJIBAKE = re.compile(
    rf"{_class(range(0xC2, 0xE0))}{_CONT}|{_class(range(0xE0, 0xF0))}{_CONT}{{2}}"
    rf"|{_class(range(0xF0, 0xF5))}{_CONT}{{3}}"
)


def _mojibake_repl(m: re.Match[str]) -> str:
    s = m.group(0)
    raw = _to_bytes(s)
    if raw is None:
        return s
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return s


# "à" is C3 A0; when the no-break space became a plain one, "vÃ  anh" still shows two spaces.
_RE_MOJIBAKE_A = re.compile("\u00c3 (?= )")


def _mojibake_a(m: re.Match[str]) -> str:
    return "à"


def _cp1258_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for b in range(0x80, 0x100):
        try:
            u = bytes([b]).decode("cp1258")
        except UnicodeDecodeError:
            continue
        for c in _byte_chars(b):
            if c != u:
                table[c] = u
    return table


_CP1258 = _cp1258_table()
_RE_CP1258 = re.compile("[" + re.escape("".join(sorted(_CP1258))) + "]")


def _cp1258_repl(m: re.Match[str]) -> str:
    return _CP1258[m.group(0)]


SCHEMES: dict[str, list[Step]] = {
    "utf8-mojibake": [(_RE_MOJIBAKE_A, _mojibake_a), (_RE_MOJIBAKE, _mojibake_repl)],
    "cp1258": [(_RE_CP1258, _cp1258_repl)],
    "tcvn3": [(_RE_TCVN_WORD, _tcvn_word)],
    "vni": [(_RE_VNI, _vni_repl)],
    "viqr": [(_RE_VIQR, _viqr_repl)],
}


def convert(text: str, scheme: str) -> str:
    """Convert `text` from a named legacy scheme (one of SCHEMES) to NFC Unicode, without detection."""
    for rx, repl in SCHEMES[scheme]:
        text = rx.sub(repl, text)
    return unicodedata.normalize("NFC", text)


# --- detection ---------------------------------------------------------------------------------------

_RE_TOKEN = re.compile(r"\S+")
_RE_LETTERS = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 200_000
_MAX_TOKENS = 3_000
_RE_UNICODE_VI = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
_RE_LEGACY_CHAR = re.compile("[\u0080-\u00ff" + re.escape("".join(_CP1252_BYTE)) + "]")
_RE_VIQR_MARK = re.compile(r"[aeiouyAEIOUY][\^(+`'?~.]|(?<![A-Za-z])[dD][dD]")


def _valid_vietnamese(token: str) -> bool:
    """Every letter run of the token is a Vietnamese syllable, and one has a diacritic."""
    token = unicodedata.normalize("NFC", token)
    runs = _RE_LETTERS.findall(token)
    if not runs or token.isascii():
        return False
    return all(parse_syllable(r) is not None for r in runs)


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE_CHARS:
        return text
    k = 4
    w = _SAMPLE_CHARS // k
    step = (len(text) - w) // (k - 1)
    return "\n".join(text[i * step : i * step + w] for i in range(k))


def _score(tokens: Counter[str], scheme: str) -> tuple[int, int, int, int]:
    """(changed, valid after, valid before, strong evidence) over token occurrences."""
    changed = after = before = strong = 0
    for tok, n in tokens.items():
        new = convert(tok, scheme)
        if new == unicodedata.normalize("NFC", tok):
            continue
        changed += n
        ok = _valid_vietnamese(new)
        after += n if ok else 0
        before += n if _valid_vietnamese(tok) else 0
        if (
            ok
            and scheme == "viqr"
            and _RE_VIQR_STRONG.search(tok)
            and len(_RE_LETTERS.sub("", new)) < len(new) - 1
        ):
            strong += n
    return changed, after, before, strong


def detect_legacy(text: str) -> str | None:
    """Name of the legacy scheme `text` is written in (a key of SCHEMES), or None when it looks like
    correct Unicode, plain ASCII or anything we are not sure about."""
    sample = _sample(text)
    schemes: list[str] = []
    unicode_vi = len(_RE_UNICODE_VI.findall(sample))
    if not sample.isascii():
        # Decoded legacy text has no letters beyond cp1252; real Vietnamese Unicode is full of them.
        if unicode_vi <= len(_RE_LEGACY_CHAR.findall(sample)):
            schemes = [s for s in SCHEMES if s != "viqr"]
        elif _RE_MOJIBAKE.search(sample):
            schemes = ["utf8-mojibake"]
    strong = len(_RE_VIQR_STRONG.findall(sample))
    if strong and unicode_vi <= strong:
        schemes.append("viqr")
    if not schemes:
        return None
    tokens = Counter(t for t in _RE_TOKEN.findall(sample) if not t.isascii() or _RE_VIQR_MARK.search(t))
    if len(tokens) > _MAX_TOKENS:
        tokens = Counter(dict(tokens.most_common(_MAX_TOKENS)))
    best: tuple[int, str] | None = None
    for scheme in schemes:
        changed, after, before, strong = _score(tokens, scheme)
        if changed == 0 or after < 0.8 * changed or after - before < 0.5 * changed:
            continue
        if scheme == "viqr" and strong == 0:
            continue
        gain = after - before
        if gain > 0 and (best is None or gain > best[0]):
            best = (gain, scheme)
    return best[1] if best else None


def fix_legacy(text: str) -> str:
    """`text` converted to Unicode when it is in a legacy scheme (see detect_legacy), else unchanged."""
    scheme = detect_legacy(text)
    return convert(text, scheme) if scheme else text


def fix_legacy_with_map(text: str) -> tuple[str, OffsetMap]:
    """fix_legacy(text) and the map of its offsets back to `text`."""
    omap = OffsetMap.identity(len(text))
    scheme = detect_legacy(text)
    if scheme is None:
        return text, omap
    starts: array[int] = omap._starts
    ends: array[int] = omap._ends
    t = text
    for rx, repl in SCHEMES[scheme]:
        t, starts, ends = sub_with_map(rx, repl, t, starts, ends)
    t, starts, ends = _nfc_with_map(t, starts, ends)
    return t, OffsetMap(starts, ends, len(text))
