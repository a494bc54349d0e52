"""canonical(), tone placement, search keys: examples from the issue and property tests."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.text import canonical, canonical_chars, fix_tone_placement, fold, search_key, syllables

PAIRS = [
    ("hoà", "hòa"),
    ("khoẻ", "khỏe"),
    ("thuỷ", "thủy"),
    ("Uỷ ban", "Ủy ban"),
    ("Hoà Bình", "Hòa Bình"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("xoá", "xóa"),
    ("hoạ sĩ", "họa sĩ"),
    ("loè", "lòe"),
    ("tuỳ", "tùy"),
    ("hoà2", "hòa2"),
    ("hoà-bình", "hòa-bình"),
    ("uỷ_ban", "ủy_ban"),
    ("(hoà)", "(hòa)"),
    ("gìa", "già"),
    ("qúa", "quá"),
    ("QÚY", "QUÝ"),
    ("hòan", "hoàn"),
    ("ngòai", "ngoài"),
    ("cuả", "của"),
    ("giừơng", "giường"),
    ("Ð", "Đ"),
    ("ð", "đ"),
    ("D\u0335a", "Đa"),
]
UNCHANGED = (
    "hoàn quý quỳnh người quắ quyết huỳnh thuở khuỷu Nguyễn giữa gì gìn nghĩa Đắk café José hòa khỏe".split()
)


@pytest.mark.parametrize(("given_", "want"), PAIRS)
def test_canonical_examples(given_: str, want: str) -> None:
    assert canonical(given_) == want
    assert canonical(unicodedata.normalize("NFD", given_)) == want


@pytest.mark.parametrize("word", UNCHANGED)
def test_words_that_stay(word: str) -> None:
    assert canonical(word) == word


def test_invisibles_spaces_and_whitespace() -> None:
    s = "  Hà\u200b Nội\u00a0\u00a0là\u00ad thủ\u2009đô \n\n\n\n\t tiếp\r\ntheo\ufeff  "
    assert canonical(s) == "Hà Nội là thủ đô\n\ntiếp\ntheo"
    assert canonical_chars("a\u00a0b") == "a b"


def test_search_key_spellings_meet() -> None:
    keys = {
        search_key(s)
        for s in ("van hoa", "văn hóa", "văn hoá", "VĂN HOÁ", unicodedata.normalize("NFD", "văn hoá"))
    }
    assert keys == {"van hoa"}
    assert search_key("Đà Nẵng") == "da nang"


# --- generated Vietnamese syllables ---------------------------------------------------------------

ONSETS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gi",
    "h",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
# (rhyme, index of the tone in classic style, index in the other style)
RHYMES = [
    ("a", 0, 0),
    ("oa", 0, 1),
    ("oe", 0, 1),
    ("uy", 0, 1),
    ("oan", 1, 1),
    ("uyn", 1, 1),
    ("oai", 1, 1),
    ("ươi", 1, 1),
    ("iêt", 1, 1),
    ("ai", 0, 0),
    ("ưa", 0, 0),
    ("uyên", 2, 2),
    ("ang", 0, 0),
    ("ôi", 0, 0),
]
TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


@st.composite
def syllable_pair(draw: st.DrawFn) -> tuple[str, str]:
    """(classic spelling, other-style spelling) of one generated syllable, NFC."""
    onset = draw(st.sampled_from(ONSETS))
    rhyme, classic, other = draw(st.sampled_from(RHYMES))
    if onset == "qu" and rhyme.startswith("u"):
        onset = "h"
    tone = draw(st.sampled_from(TONES))

    def put(i: int) -> str:
        return unicodedata.normalize("NFC", onset + rhyme[: i + 1] + tone + rhyme[i + 1 :])

    return put(classic), put(other)


def variants(word: str) -> list[str]:
    forms = [word, word.upper(), word.capitalize()]
    return forms + [unicodedata.normalize("NFD", f) for f in forms]


@given(st.lists(syllable_pair(), min_size=1, max_size=6))
@settings(max_examples=200, deadline=None)
def test_both_styles_meet(pairs: list[tuple[str, str]]) -> None:
    classic = " ".join(c for c, _ in pairs)
    other = " ".join(o for _, o in pairs)
    assert canonical(other) == canonical(classic) == classic
    keys = {search_key(v) for text in (classic, other) for v in variants(text)}
    assert len(keys) == 1
    assert canonical(other.upper()) == classic.upper()


TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"aAoOeuUyYiqgnh đĐÐ.,-2\n\t",
            "\u00a0",
            "\u200b",
            "\u00ad",
            "\u0300",
            "\u0301",
            "\u0323",
            "\u0309",
            "ơ",
            "ư",
            "ê",
            "\r",
        ]
    ),
    max_size=40,
)


@given(TEXT)
@settings(max_examples=400, deadline=None)
def test_idempotent_and_order_free(s: str) -> None:
    c = canonical(s)
    assert canonical(c) == c
    assert canonical(unicodedata.normalize("NFD", s)) == c
    assert canonical(unicodedata.normalize("NFC", s)) == c
    assert search_key(c) == search_key(s)
    if len(fold(c)) == len(c):  # no stray combining mark left by NFC
        assert fold(c) == search_key(s)
    assert search_key(search_key(s)) == search_key(s)


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_tone_moves_keep_length(s: str) -> None:
    nfc = unicodedata.normalize("NFC", s)
    assert len(fix_tone_placement(nfc)) == len(nfc)
    c = canonical_chars(s)
    assert len(fold(c)) == len(c) or any(unicodedata.combining(ch) for ch in c)


def test_syllables_spans() -> None:
    s = "Ủy ban 2024, hoa\u0300-bình"
    spans = syllables(s)
    assert [s[a:b] for a, b in spans] == ["Ủy", "ban", "2024", "hoa\u0300", "bình"]
