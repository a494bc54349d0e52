"""Sentence splitting and the extractive summary."""

from __future__ import annotations

import time

import pytest

from diembao.enrich.summary import sentences, summarize

TEXT = (
    "Ngày 25/2, TAND TP. Đà Nẵng tuyên phạt Hồ Xuân Huy 12 năm tù về tội lừa đảo chiếm đoạt tài sản. "
    "Theo PGS.TS. Nguyễn Văn A., số tiền bị chiếm đoạt là 3,2 tỷ đồng, tương đương 1.000 lượng vàng. "
    "Vợ chồng ông Th. đưa cho Huy hơn 1 tỷ đồng để mua ô tô thanh lý giá rẻ. "
    "“Tôi tin lời Huy vì nghĩ anh ta là sĩ quan công an.” Bà H. kể lại với phóng viên tại phiên tòa. "
    "Ảnh minh họa."
)


def test_sentences_respect_abbreviations_decimals_and_quotes() -> None:
    got = [s.text for s in sentences(TEXT)]
    assert got == [
        "Ngày 25/2, TAND TP. Đà Nẵng tuyên phạt Hồ Xuân Huy 12 năm tù về tội lừa đảo chiếm đoạt tài sản.",
        "Theo PGS.TS. Nguyễn Văn A., số tiền bị chiếm đoạt là 3,2 tỷ đồng, tương đương 1.000 lượng vàng.",
        "Vợ chồng ông Th. đưa cho Huy hơn 1 tỷ đồng để mua ô tô thanh lý giá rẻ.",
        "“Tôi tin lời Huy vì nghĩ anh ta là sĩ quan công an.”",
        "Bà H. kể lại với phóng viên tại phiên tòa.",
        "Ảnh minh họa.",
    ]


def test_sentence_offsets_point_into_the_original() -> None:
    for s in sentences(TEXT):
        assert TEXT[s.start : s.end] == s.text


def test_summary_is_verbatim_in_order_and_skips_captions() -> None:
    out = summarize(TEXT, n=3, title="Lừa đảo 3,2 tỷ đồng ở Đà Nẵng")
    assert len(out) == 3
    assert all(s in TEXT for s in out)
    assert [TEXT.index(s) for s in out] == sorted(TEXT.index(s) for s in out)
    assert "Ảnh minh họa." not in out


def test_first_line_is_the_title_when_none_given() -> None:
    out = summarize("Tiêu đề bài báo\n" + TEXT, n=2)
    assert "Tiêu đề bài báo" not in out and len(out) == 2


@pytest.mark.parametrize(
    "text", ["", "   \n ", "a" * 5_000_000, "Đ" * 100_000, "x. " * 200_000, "Mr. " * 200_000]
)
def test_bad_input_is_bounded(text: str) -> None:
    t0 = time.perf_counter()
    out = summarize(text, n=3)
    assert time.perf_counter() - t0 < 5
    assert all(s in text for s in out) and len(out) <= 3


def test_n_zero() -> None:
    assert summarize(TEXT, n=0) == []


def test_long_sentence_still_ends_at_its_own_abbreviation_only() -> None:
    # the abbreviation test reads the sentence's tail only: a long sentence keeps "TP." and "Th." open
    long = "Trong phiên họp kéo dài suốt buổi sáng, các đại biểu đã thảo luận về dự án ở TP. Huế và ông Th. "
    got = [s.text for s in sentences(long + "Đề nghị được thông qua. Ông nói.")]
    assert got == [long + "Đề nghị được thông qua.", "Ông nói."]
