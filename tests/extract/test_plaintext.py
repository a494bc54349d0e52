"""Plain-text dumps: the seed and general variants of the same conventions."""

from __future__ import annotations

import pytest

from diembao.errors import NoArticleError
from diembao.extract import extract, extract_text
from diembao.model import RawDoc
from diembao.text import search_key


def test_seed_fields(seed_text: str) -> None:
    a = extract_text(seed_text, source="seed")
    assert a.category == "Xây dựng Đảng"
    assert a.title == "Ngành Tuyên giáo đổi mới sáng tạo, đi trước mở đường"
    assert a.dateline == "Sóc Trăng"
    assert a.sapo == (
        "Ngành Tuyên giáo đã nhân rộng các điển hình tiên tiến, gương người tốt, việc tốt trong bảo vệ nền tảng"
        " tư tưởng của Đảng."
    )
    assert [(c.text, c.credit) for c in a.captions] == [
        ("Quang cảnh buổi tổng kết.", "Trung Hiếu/TTXVN"),
        ("Khen thưởng các đơn vị xuất sắc.", "Trung Hiếu/TTXVN"),
    ]
    assert len(a.paragraphs) == 6
    assert a.paragraphs[0].text.startswith("Ngày 3/1, Tỉnh ủy Sóc Trăng")
    assert a.paragraphs[-1].text.endswith("cải cách hành chính được tăng cường.")
    assert "./." not in a.text
    assert a.authors == ["Trung Hiếu"]
    assert a.agency == "TTXVN"
    everything = search_key(a.to_json())
    assert "tin lien quan" not in everything and "xem them" not in everything
    assert a.text == "\n\n".join(p.text for p in a.paragraphs)


def test_seed_through_rawdoc(seed_text: str) -> None:
    a = extract(RawDoc(source="seed.txt", content=seed_text.encode(), kind="text"))
    assert a.title.startswith("Ngành Tuyên giáo") and a.source == "seed.txt"


BODY = (
    "Theo Bộ Y tế, số ca mắc giảm mạnh trong tuần qua so với tuần trước đó ở nhiều tỉnh, thành phố.\n\n"
    "Bộ trưởng đề nghị các địa phương tiếp tục theo dõi chặt chẽ tình hình, không chủ quan.\n\n"
)


def test_agency_lead_and_theo_line_without_category() -> None:
    text = (
        "Bộ Y tế họp báo về tình hình dịch bệnh cuối năm\n\n"
        "Hà Nội, 3/1 (TTXVN) - Sáng nay, Bộ Y tế họp báo về tình hình dịch bệnh trong cả nước.\n\n"
        + BODY
        + "Theo VOV\n\nTin liên quan\n\nDịch bệnh giảm mạnh ở các tỉnh phía Bắc\n"
    )
    a = extract_text(text)
    assert a.category is None
    assert a.title == "Bộ Y tế họp báo về tình hình dịch bệnh cuối năm"
    assert a.dateline == "Hà Nội"
    assert a.sapo == "Sáng nay, Bộ Y tế họp báo về tình hình dịch bệnh trong cả nước."
    assert a.agency == "VOV"
    assert a.authors == []
    assert len(a.paragraphs) == 2 and "Tin liên quan" not in a.text and "Dịch bệnh giảm" not in a.text


def test_two_author_byline_and_plain_agency_lead() -> None:
    text = (
        "Giá lúa tăng mạnh đầu năm\n(TTXVN) - Giá lúa tại nhiều tỉnh đồng bằng tăng mạnh.\n"
        + BODY
        + "Nguyễn Văn An - Trần Bình\n"
    )
    a = extract_text(text)
    assert a.authors == ["Nguyễn Văn An", "Trần Bình"]
    assert a.agency == "TTXVN"
    assert a.sapo == "Giá lúa tại nhiều tỉnh đồng bằng tăng mạnh."


def test_sentence_starting_with_theo_is_body() -> None:
    text = (
        "Tiêu đề bài viết về chợ hoa quả\n"
        + BODY
        + "Theo TTXVN các gian hàng hoa quả tại chợ Long Biên đông khách.\n"
    )
    a = extract_text(text)
    assert a.agency is None
    assert a.paragraphs[-1].text.startswith("Theo TTXVN các gian hàng")


@pytest.mark.parametrize("text", ["", "   \n\n", "Chỉ một dòng", "\x00\x01\x02" * 100])
def test_no_article(text: str) -> None:
    with pytest.raises(NoArticleError):
        extract_text(text)
