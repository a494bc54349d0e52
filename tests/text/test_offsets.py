"""Offset maps from canonical text and search keys back to the original."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.text import canonical, canonical_with_map, search_key, search_key_with_map, syllables

WORDS = ["Hoà", "Bình", "thuỷ", "điện", "Ủy", "ban", "người", "khoẻ", "2024", "Đà", "Nẵng", "café"]
NOISE = ["", "", "", " ", "  ", "\u00a0", "\u200b", "\u00ad", "\n", "\n\n\n", "\t", "\ufeff", "\r\n"]


@st.composite
def noisy_text(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
    out = []
    for w in words:
        if draw(st.booleans()):
            w = unicodedata.normalize("NFD", w)
        if draw(st.booleans()) and len(w) > 1:
            k = draw(st.integers(1, len(w) - 1))
            if not unicodedata.combining(w[k]):
                w = w[:k] + draw(st.sampled_from(["\u200b", "\u00ad", "\u2060"])) + w[k:]
        out.append(
            draw(st.sampled_from(NOISE)) + w + draw(st.sampled_from([" ", "\u00a0", "  ", "\n", ", "]))
        )
    return "".join(out)


@given(noisy_text())
@settings(max_examples=300, deadline=None)
def test_canonical_spans_map_back(s: str) -> None:
    c, m = canonical_with_map(s)
    assert c == canonical(s)
    spans = syllables(c)
    for i, (a, b) in enumerate(spans):
        oa, ob = m.to_original(a, b)
        assert canonical(s[oa:ob]) == c[a:b]
        assert m.to_canonical(oa, ob) == (a, b)
        if i + 1 < len(spans):  # multi-word spans too
            b2 = spans[i + 1][1]
            oa, ob = m.to_original(a, b2)
            assert canonical(s[oa:ob]) == canonical(c[a:b2])


@given(noisy_text())
@settings(max_examples=200, deadline=None)
def test_search_key_spans_map_back(s: str) -> None:
    k, m = search_key_with_map(s)
    assert k == search_key(s)
    for a, b in syllables(k):
        oa, ob = m.to_original(a, b)
        assert search_key(s[oa:ob]) == k[a:b]


def test_zero_length_and_edges() -> None:
    s = "  a\u0301  b "
    c, m = canonical_with_map(s)
    assert c == "á b"
    assert m.to_original(0, 1) == (2, 4)
    assert m.to_original(0, 0) == (2, 2)
    assert m.to_original(len(c), len(c)) == (7, 7)
    assert m.to_original(0, len(c)) == (2, 7)


def test_legacy_conversion_maps_back() -> None:
    s = "Tin: Vieät Nam vaø Haø Noäi"
    c, m = canonical_with_map(s, legacy=True)
    assert c == "Tin: Việt Nam và Hà Nội"
    a = c.index("Việt")
    assert s[slice(*m.to_original(a, a + 4))] == "Vieät"
    a = c.index("Hà Nội")
    assert s[slice(*m.to_original(a, a + 6))] == "Haø Noäi"


def test_long_text_is_array_based() -> None:
    s = ("Hoà\u00a0bình  thuỷ\u200b điện. " * 20000).strip()
    c, m = canonical_with_map(s)
    assert len(m) == len(c)
    a = c.rindex("thủy")
    assert s[slice(*m.to_original(a, a + 4))] == "thuỷ"
