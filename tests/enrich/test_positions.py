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
            [("Trần Văn Minh", "Chủ tịch UBND TP.", "Đà Nẵng", "nguyên phó")],
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organ word fused with the title ("Trưởng phòng") and a place
        (
            "Trưởng phòng Cảnh sát điều tra Công an Hà Tây Trần Ngọc Thanh cho biết.",
            ("Trần Ngọc Thanh", "Trưởng phòng Cảnh sát điều tra Công an", "Hà Tây", ""),
        ),
        # asides before the apposition, and deputy forms written as one word
        (
            "Cơ quan điều tra bắt Trần Quang (45 tuổi, Giám đốc Công ty Interpet Vũng Tàu) hôm qua.",
            ("Trần Quang", "Giám đốc", "Công ty Interpet Vũng Tàu", ""),
        ),
        (
            "Vụ án do Lê Xuân Trường, đội phó đội cầu 5, thực hiện.",
            ("Lê Xuân Trường", "Đội trưởng", "", "phó"),
        ),
        (
            "Ông Phan Hữu Tuấn, nguyên Tổng cục phó Tổng cục Tình báo.",
            ("Phan Hữu Tuấn", "Tổng cục trưởng", "Tổng cục Tình báo", "nguyên phó"),
        ),
        ("Ông Tuấn nguyên là Tổ trưởng tổ bến bãi.", ("Tuấn", "Tổ trưởng", "", "nguyên")),
        ("Dưới sự chủ trì của Phó thủ tướng Vũ Khoan.", ("Vũ Khoan", "thủ tướng", "", "phó")),
        ("Cô giáo bị hiệu trưởng Hoàng Thiện nhắc nhở.", ("Hoàng Thiện", "hiệu trưởng", "", "")),
        # a place after a bare level word
        (
            "Ông Nguyễn Văn Nguyệt, chủ tịch xã Tân Nghĩa, có mặt.",
            ("Nguyễn Văn Nguyệt", "chủ tịch xã", "Tân Nghĩa", ""),
        ),
        (
            "Ông Dương Ngọc Hải - Viện trưởng Viện Kiểm sát nhân dân (VKSND) TP. HCM cho biết.",
            ("Dương Ngọc Hải", "Viện trưởng Viện Kiểm sát nhân dân", "TP. HCM", ""),
        ),
    ],
)
def test_more_positions(text: str, expected: tuple[str, str, str, str]) -> None:
    assert Position(*expected) in extract_positions(text)


def test_shared_apposition_and_next_name() -> None:
    got = extract_positions(
        "Hội đồng gồm Trương Vĩnh Thủy, Nguyễn Hoàng Tiến và Trương Thị Minh Thơ (đều là thẩm phán của TAND tối cao)."
    )
    assert {p.person for p in got if p.title == "thẩm phán"} == {
        "Trương Vĩnh Thủy",
        "Nguyễn Hoàng Tiến",
        "Trương Thị Minh Thơ",
    }
    # the title belongs to the name after it, not to the one before the comma
    got = extract_positions(
        "Sau khi Công ty trả nợ cho Lã Thị Kim Oanh, luật sư Nguyễn Trọng Tỵ cho rằng như vậy."
    )
    assert [(p.person, p.title) for p in got] == [("Nguyễn Trọng Tỵ", "luật sư")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các ông Nguyễn Văn An, Trần Văn Bình lần lượt là Chủ tịch và Phó Chủ tịch HĐQT.",
            {("Nguyễn Văn An", "Chủ tịch", ""), ("Trần Văn Bình", "Chủ tịch HĐQT", "phó")},
        ),
        (
            "Ông Nguyễn Hoàng Minh Trí, Phó công an xã Phước Hậu, Long Hồ bị đình chỉ.",
            {("Nguyễn Hoàng Minh Trí", "Trưởng công an xã", "phó")},
        ),
        (
            "Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Mười cho biết.",
            {("Nguyễn Văn Mười", "Giám đốc Công an tỉnh", "")},
        ),
        ("Do bà Nguyễn Thị Nhâm làm Giám đốc, vốn 30 tỷ đồng.", {("Nguyễn Thị Nhâm", "Giám đốc", "")}),
        (
            "Ông Lê Văn Tư, Chủ tịch UBND tỉnh Quảng Nam, kiêm Bí thư Tỉnh ủy đã ký.",
            {("Lê Văn Tư", "Chủ tịch UBND tỉnh", ""), ("Lê Văn Tư", "Bí thư Tỉnh ủy", "")},
        ),
        ("Phó trưởng Công an huyện Lê Văn Tám cho biết.", {("Lê Văn Tám", "trưởng Công an huyện", "phó")}),
        (
            "Trên sân, cầu thủ Bật Hiếu, Hải Lâm thi đấu tốt.",
            {("Bật Hiếu", "cầu thủ", ""), ("Hải Lâm", "cầu thủ", "")},
        ),
        (
            "Ông Trần Văn Hải, Trưởng Ban quản lý dự án thuỷ điện III khẳng định.",
            {("Trần Văn Hải", "Trưởng Ban", "")},
        ),
    ],
)
def test_positions_from_fresh_articles(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(p.person, p.title, p.qualifier) for p in extract_positions(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body the entity scan did not mark, between the title and the name
        (
            "Yêu cầu là vậy, song theo Vụ trưởng Quản lý Ngoại hối Trương Văn Phước, cần cảm thông.",
            {("Trương Văn Phước", "Vụ trưởng", "", "Quản lý Ngoại hối")},
        ),
        (
            "Cục phó Quản lý nước và Công trình thủy lợi Nguyễn Đình Ninh sáng nay cảnh báo.",
            {("Nguyễn Đình Ninh", "Cục trưởng", "phó", "Quản lý nước và Công trình thủy lợi")},
        ),
        (
            "HSBC sẽ cân nhắc, Tổng giám đốc HSBC tại Việt Nam Alain Cany đỡ lời.",
            {("Alain Cany", "Tổng giám đốc", "", "HSBC")},
        ),
        (
            "Như đã thông tin, vụ chạy tội cho nguyên tổng giám đốc PMU 18 Bùi Tiến Dũng đã rõ.",
            {("Bùi Tiến Dũng", "tổng giám đốc", "nguyên", "PMU 18")},
        ),
        (
            "Phát biểu, Bộ trưởng Phát triển Quốc gia và Tài chính Singapore ông Lawrence Wong đánh giá cao.",
            {("Lawrence Wong", "Bộ trưởng", "", "Phát triển Quốc gia và Tài chính Singapore")},
        ),
        (
            "Cựu bộ trưởng tư pháp Nguyễn Đình Lộc cũng đồng ý.",
            {("Nguyễn Đình Lộc", "bộ trưởng", "nguyên", "Bộ Tư pháp")},
        ),
        # "Phó phòng X" is Trưởng phòng X, qualifier phó
        (
            "Phó phòng Marketing Công ty Thông tin di động VMS Lục Minh Hoàn cho biết, đây là thẻ.",
            {("Lục Minh Hoàn", "Trưởng phòng Marketing Công ty Thông tin di động VMS", "phó", "")},
        ),
        (
            "CT UBND tỉnh Quảng Nam Lê Trí Thanh đã ký.",
            {("Lê Trí Thanh", "Chủ tịch UBND tỉnh", "", "Quảng Nam")},
        ),
        (
            "Một quan chức là ông Lê Văn Tám, người từng giữ chức Chủ tịch UBND huyện Hòa Vang, đã nghỉ.",
            {("Lê Văn Tám", "Chủ tịch UBND huyện", "nguyên", "Hòa Vang")},
        ),
        (
            "Ông Trần Văn Tá là Thứ trưởng Bộ Tài chính còn ông Vương Đình Huệ đang giữ cương vị Phó tổng kiểm toán.",
            {
                ("Trần Văn Tá", "Thứ trưởng", "", "Bộ Tài chính"),
                ("Vương Đình Huệ", "tổng kiểm toán", "phó", ""),
            },
        ),
        ("Tổng thống Mỹ Trump đã cho phép dùng kho dự trữ.", {("Trump", "Tổng thống", "", "Mỹ")}),
        # the company in parentheses after a name is no person
        (
            "Bị cáo còn phải trả tiền cho ông Trần Quý Thanh (Tổng giám đốc Tân Hiệp Phát).",
            {("Trần Quý Thanh", "Tổng giám đốc", "", "Tân Hiệp Phát")},
        ),
    ],
)
def test_positions_title_body_name(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = {(p.person, p.title, p.qualifier, p.org_or_place) for p in extract_positions(text)}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nga sẽ cung cấp hệ thống cho chính quyền Tổng thống Syria Bashar al - Assad trong thời gian tới.",
        "Chủ tịch UBND tỉnh chỉ đạo Nguyễn Văn An xử lý.",
        "Ban Thường vụ Tỉnh uỷ quyết định cảnh cáo ông Lê Như Tuấn vì sai phạm.",
        "Giám đốc Sở Y tế tỉnh Nghệ An khen ông Nguyễn Văn Nam.",
    ],
)
def test_positions_body_not_overread(text: str) -> None:
    got = extract_positions(text)
    assert all(p.qualifier != "quyền" for p in got)
    assert all(p.person not in ("Nguyễn Văn An", "Lê Như Tuấn", "Nguyễn Văn Nam") for p in got)
