"""Dates: surfaces and iso by ANNOTATION.md, resolution against the publish date, non-dates, bad input."""

from __future__ import annotations

import unicodedata

import pytest

from diembao.enrich.dates import find_dates


def _pairs(text: str, published: str | None = None, **kw: bool) -> list[tuple[str, str]]:
    out = find_dates(text, published, **kw)
    for d in out:
        assert text[d.start : d.end] == d.surface
    return [(d.surface, d.iso) for d in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 3/1, Tỉnh ủy họp.", [("Ngày 3/1", "XXXX-01-03")]),
        ("Hôm 16-3 và (20.2) vừa qua", [("Hôm 16-3", "XXXX-03-16"), ("20.2", "XXXX-02-20")]),
        ("kế hoạch tháng 7/2024 và năm 2023", [("tháng 7/2024", "2024-07"), ("năm 2023", "2023")]),
        ("Ông A (SN 1985) bị bắt", [("SN 1985", "1985")]),
        ("quý II/2005 tăng trưởng", [("quý II/2005", "2005-Q2")]),
        ("nhiệm kỳ 2020 - 2025", [("nhiệm kỳ 2020 - 2025", "2020/2025")]),
        ("từ 1/1 đến 15/3 hằng năm", [("từ 1/1 đến 15/3", "XXXX-01-01/XXXX-03-15")]),
        ("sáng 22/10 tại Hà Nội", [("sáng 22/10", "XXXX-10-22")]),
        ("Lúc 14h30 ngày 30/1/2019, xe", [("14h30 ngày 30/1/2019", "2019-01-30")]),
        (
            "Chiều ngày 30/1 và 23h15 ngày 23/6",
            [("Chiều ngày 30/1", "XXXX-01-30"), ("23h15 ngày 23/6", "XXXX-06-23")],
        ),
        ("dự kiến vào đầu tháng 5/2006", [("đầu tháng 5/2006", "2006-05")]),
        ("ngày 3 tháng 1 năm 2024", [("ngày 3 tháng 1 năm 2024", "2024-01-03")]),
        ("từ tháng 9.2005 đến nay", [("tháng 9.2005", "2005-09")]),
        ("tại World Cup 2006 và từ 1998", [("2006", "2006"), ("1998", "1998")]),
        ("vào tháng 11 năm ngoái", [("tháng 11 năm ngoái", "XXXX-11")]),
    ],
)
def test_surfaces_and_iso(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(text) == expected


def test_clock_time() -> None:
    (d,) = find_dates("khoảng 14h30 ngày 30/1/2019")
    assert d.time == "14:30"


@pytest.mark.parametrize(
    "text",
    [
        "thời hạn 12 tháng, 7 ngày, tạm giam 4 tháng",
        "Nghị định 100/2019/NĐ-CP",
        "đợt II/2005 tuyển sinh",
        "xe mang biển kiểm soát 29A-123.45",
        "1/3 dân số, 16/24 bộ ngành",
        "2000 người tham gia, thắng 3-1",
        "hôm qua, sáng nay, năm nay, cách đây 13 năm",
        "Năm\n1975",
    ],
)
def test_not_dates(text: str) -> None:
    assert _pairs(text) == []


def test_partial_dates_resolve_against_publish_date() -> None:
    out = find_dates("Ngày 3/1, hội nghị; ngày 28/12 trước đó; tháng 7 tới; quý II", "2024-01-04")
    assert [(d.iso, d.resolved) for d in out] == [
        ("XXXX-01-03", "2024-01-03"),
        ("XXXX-12-28", "2023-12-28"),
        ("XXXX-07", "2024-07"),
        ("XXXX-Q2", "2024-Q2"),
    ]
    assert find_dates("Ngày 3/1")[0].resolved is None  # no publish date: nothing guessed


def test_relative_expressions_only_on_request() -> None:
    text = "Hôm qua, sáng nay, thứ Hai tuần này, tuần trước, tháng trước, năm ngoái và tháng 8 năm ngoái"
    assert _pairs(text, "2024-01-04") == [("tháng 8 năm ngoái", "XXXX-08")]
    out = find_dates(text, "2024-01-04", include_relative=True)
    got = {d.surface: (d.iso, d.resolved) for d in out}
    assert got["Hôm qua"] == ("", "2024-01-03")
    assert got["sáng nay"] == ("", "2024-01-04")
    assert got["thứ Hai tuần này"] == ("", "2024-01-01")
    assert got["tuần trước"] == ("", "2023-W52")
    assert got["tháng trước"] == ("", "2023-12")
    assert got["năm ngoái"] == ("", "2023")
    assert got["tháng 8 năm ngoái"] == ("XXXX-08", "2023-08")


def test_docref_spans_are_skipped() -> None:
    text = "Nghị quyết 05/2024 ngày 5/3/2024"
    assert _pairs(text) == [("ngày 5/3/2024", "2024-03-05")]
    assert _pairs(text, docref_spans=[]) != _pairs(text)


def test_offsets_into_decomposed_text() -> None:
    text = unicodedata.normalize("NFD", "Sáng 22/10, từ tháng 10/2016 đến 9/2017, quý II/2005")
    out = find_dates(text)
    assert [unicodedata.normalize("NFC", d.surface) for d in out] == [
        "Sáng 22/10",
        "từ tháng 10/2016 đến 9/2017",
        "quý II/2005",
    ]
    for d in out:
        assert text[d.start : d.end] == d.surface


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "",
        "1" * 5_000_000,
        "1/" * 1_000_000,
        "ngày " * 500_000,
        "中文 العربية 3/1/2024 😀 " * 50_000,
        " " * 5_000_000,
    ],
)
def test_bad_and_huge_input(text: str) -> None:
    for d in find_dates(text, "2024-01-04"):
        assert text[d.start : d.end] == d.surface


def test_bad_publish_date_is_ignored() -> None:
    (d,) = find_dates("Ngày 3/1", "not a date")
    assert d.resolved is None
