import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.errors import QueryError
from diembao.search.query import DateBound, Filter, Group, Or, Term, parse


def test_words_phrases_filters_and_exclusions() -> None:
    g = parse(
        'văn hóa "Sóc Trăng" -"thời tiết" outlet:"Tuổi Trẻ" since:2024-01 until:2024 person:"Lâm Văn Mẫn"'
    )
    assert g.must[0] == Term(("văn",), ("van",))
    assert g.must[2] == Term(("sóc", "trăng"), ("soc", "trang"), phrase=True)
    assert g.must_not == [Term(("thời", "tiết"), ("thoi", "tiet"), phrase=True)]
    assert Filter("outlet", "tuoi tre") in g.must
    assert Filter("person", "lam van man") in g.must
    bounds = [n for n in g.must if isinstance(n, DateBound)]
    assert [(b.field, b.day.isoformat()) for b in bounds] == [
        ("since", "2024-01-01"),
        ("until", "2024-12-31"),
    ]


def test_or_binds_adjacent_terms_and_groups() -> None:
    g = parse("(bão OR lũ) miền Trung")
    inner = g.must[0]
    assert isinstance(inner, Group) and isinstance(inner.must[0], Or)
    assert [t.keys for t in inner.must[0].options if isinstance(t, Term)] == [("bao",), ("lu",)]
    g2 = parse("a OR b OR c d")
    assert isinstance(g2.must[0], Or) and len(g2.must[0].options) == 3


def test_every_spelling_gives_the_same_keys() -> None:
    spellings = ["văn hóa", "văn hoá", "VĂN HOÁ", "van hoa", "va\u0306n hoa\u0301"]
    keys = {tuple(t.keys for t in parse(s).must if isinstance(t, Term)) for s in spellings}
    assert len(keys) == 1


@pytest.mark.parametrize(
    ("query", "message", "position"),
    [
        ('"Sóc Trăng', "unclosed quote", 0),
        ("foo:bar", "unknown field 'foo'", 0),
        ("OR bão", "OR needs a term on its left", 0),
        ("bão OR", "OR needs a term on its right", 4),
        ("(bão lũ", "unclosed '('", 0),
        ("bão)", "unexpected ')'", 3),
        ("x since:2024-13", "not a valid date", 2),
        ("outlet:", "needs a value", 0),
        ("a -", "'-' must be followed", 2),
        ("()", "empty parentheses", 0),
    ],
)
def test_malformed_queries_say_what_and_where(query: str, message: str, position: int) -> None:
    with pytest.raises(QueryError) as exc:
        parse(query)
    assert message in str(exc.value)
    assert exc.value.position == position


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_no_query_string_crashes_the_parser(s: str) -> None:
    with contextlib.suppress(QueryError):
        parse(s)
