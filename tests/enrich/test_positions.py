import pytest

from diembao.enrich.positions import extract_positions
from diembao.model import Position


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chỉ đạo tại Hội nghị, ông Lâm Văn Mẫn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sóc Trăng biểu dương.",
            [
                ("Lâm Văn Mẫn", "Ủy viên", "Trung ương Đảng", ""),
                ("Lâm Văn Mẫn", "Bí thư Tỉnh ủy", "Sóc Trăng", ""),
            ],
        ),
        ("các bài viết của Tổng Bí thư Nguyễn Phú Trọng;", [("Nguyễn Phú Trọng", "Tổng Bí thư", "", "")]),
        (
            "Phó Chủ tịch UBND tỉnh Đồng Tháp Nguyễn Văn Dương cho biết",
            [("Nguyễn Văn Dương", "Chủ tịch UBND tỉnh", "Đồng Tháp", "phó")],
        ),
        ("Bộ trưởng Bộ Tư pháp Lê Thành Long phát biểu", [("Lê Thành Long", "Bộ trưởng", "Bộ Tư pháp", "")]),
        (
            "ông Trần Văn Hùng, Giám đốc Sở Tư pháp TP HCM, nói",
            [("Trần Văn Hùng", "Giám đốc Sở Tư pháp", "TP HCM", "")],
        ),
        (
            "nguyên Phó Chủ tịch UBND TP. Đà Nẵng Trần Văn Minh bị khởi tố",
            [("Trần Văn Minh", "Chủ tịch UBND TP", "Đà Nẵng", "nguyên phó")],
        ),
        (
            "Quốc vương Campuchia Norodom Sihamoni sẽ thăm",
            [("Norodom Sihamoni", "Quốc vương", "Campuchia", "")],
        ),
        ("Cùng đi có Phó Thủ tướng Vũ Khoan.", [("Vũ Khoan", "Thủ tướng", "", "phó")]),
    ],
)
def test_positions(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = extract_positions(text)
    assert got == [Position(*e) for e in expected]


def test_latest_status_wins_and_ranks_are_not_titles() -> None:
    text = "ông Lê Tấn Hùng, nguyên Tổng Giám đốc SAGRI. Sau đó ông Lê Tấn Hùng, Tổng Giám đốc SAGRI, bị bắt."
    got = extract_positions(text)
    assert [(p.title, p.qualifier) for p in got] == [("Tổng Giám đốc", "nguyên")]
    assert extract_positions("Thiếu tá Trần Đức Hòa bị cảnh cáo.") == []


def test_empty() -> None:
    assert extract_positions("") == []
    assert extract_positions("không có ai cả") == []
