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
            {("Lawrence Wong", "Bộ trưởng Phát triển Quốc gia và Tài chính", "", "Singapore")},
        ),
        (
            "Cựu bộ trưởng tư pháp Nguyễn Đình Lộc cũng đồng ý.",
            {("Nguyễn Đình Lộc", "bộ trưởng", "nguyên", "Bộ Tư pháp")},
        ),
        # "Phó phòng X" is Trưởng phòng X, qualifier phó; the company of the department is the body
        (
            "Phó phòng Marketing Công ty Thông tin di động VMS Lục Minh Hoàn cho biết, đây là thẻ.",
            {("Lục Minh Hoàn", "Trưởng phòng Marketing", "phó", "Công ty Thông tin di động VMS")},
        ),
        (
            "CT UBND tỉnh Quảng Nam Lê Trí Thanh đã ký.",
            {("Lê Trí Thanh", "Chủ tịch UBND tỉnh", "", "Quảng Nam")},  # abbreviated role in full words
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # appointed, elected, took office: the verb phrase links the name to the title
        (
            "Ông Trần Văn Phong được bổ nhiệm làm Giám đốc Sở Xây dựng Hà Nội.",
            {("Trần Văn Phong", "Giám đốc Sở Xây dựng", "", "Hà Nội")},
        ),
        (
            "Ông Nguyễn Văn Bình được bầu giữ chức Bí thư Tỉnh ủy Đồng Nai.",
            {("Nguyễn Văn Bình", "Bí thư Tỉnh ủy", "", "Đồng Nai")},
        ),
        (
            "Bà Nguyễn Thị Kim Ngân được bầu làm Chủ tịch Quốc hội.",
            {("Nguyễn Thị Kim Ngân", "Chủ tịch", "", "Quốc hội")},
        ),
        (
            "Ông Lê Minh Khái được Thủ tướng bổ nhiệm làm Tổng Thanh tra Chính phủ.",
            {("Lê Minh Khái", "Tổng Thanh tra", "", "Thanh tra Chính phủ")},
        ),
        (
            "Ông Lê Văn Hưng đảm nhiệm chức Phó Giám đốc Công an tỉnh Nghệ An.",
            {("Lê Văn Hưng", "Giám đốc Công an tỉnh", "phó", "Nghệ An")},
        ),
        ("Ông Phạm Minh Chính trở thành Thủ tướng Chính phủ.", {("Phạm Minh Chính", "Thủ tướng", "", "")}),
        (
            "Ông Đỗ Văn Chiến kiêm Trưởng Ban Dân vận Trung ương.",
            {("Đỗ Văn Chiến", "Trưởng Ban", "", "Ban Dân vận Trung ương")},
        ),
        (
            "Ông Nguyễn Văn Hiếu, 52 tuổi, vừa được bổ nhiệm làm Giám đốc Bệnh viện Đa khoa tỉnh Quảng Nam.",
            {("Nguyễn Văn Hiếu", "Giám đốc", "", "Bệnh viện Đa khoa tỉnh Quảng Nam")},
        ),
        (
            "Đinh Ngọc Hệ với tư cách là Chủ tịch HĐQT công ty Thái Sơn đã ký.",
            {("Đinh Ngọc Hệ", "Chủ tịch HĐQT", "", "công ty Thái Sơn")},
        ),
        # used to hold it, or left it: "nguyên"
        (
            "Ông Lê Văn Quý từng giữ chức Chủ tịch UBND huyện Đông Anh.",
            {("Lê Văn Quý", "Chủ tịch UBND huyện", "nguyên", "Đông Anh")},
        ),
        (
            "Ông Lê Văn Quý từng làm Phó Chủ tịch UBND huyện Đông Anh.",
            {("Lê Văn Quý", "Chủ tịch UBND huyện", "nguyên phó", "Đông Anh")},
        ),
        (
            "Ông Nguyễn Văn Hùng bị cách chức Chủ tịch UBND xã Tân Phú.",
            {("Nguyễn Văn Hùng", "Chủ tịch UBND xã", "nguyên", "Tân Phú")},
        ),
        (
            "Ông Trần Văn Nam thôi giữ chức Bí thư Tỉnh ủy Bình Dương.",
            {("Trần Văn Nam", "Bí thư Tỉnh ủy", "nguyên", "Bình Dương")},
        ),
        # a former rank, and "kiêm", carry the status to the title
        (
            "Nguyễn Hữu Bách (SN 1963) - nguyên Đại tá, Phó Cục trưởng thuộc bộ Công an bị truy tố.",
            {("Nguyễn Hữu Bách", "Cục trưởng", "nguyên phó", "")},
        ),
        (
            "Phùng Danh Thắm (53 tuổi, cựu Đại tá, cựu Chủ tịch kiêm Tổng giám đốc tổng công ty Thành An) bị xử.",
            {
                ("Phùng Danh Thắm", "Chủ tịch", "nguyên", ""),
                ("Phùng Danh Thắm", "Tổng giám đốc", "nguyên", "tổng công ty Thành An"),
            },
        ),
    ],
)
def test_positions_after_verbs(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = {(p.person, p.title, p.qualifier, p.org_or_place) for p in extract_positions(text)}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # a condition or a plan is no former title; a verb without a title gives nothing
        "Phe đối lập đòi lập chính phủ mới với điều kiện ông Hun Sen thôi giữ chức thủ tướng.",
        "Ông Nguyễn Văn Sáu được bầu vào Ban Chấp hành.",
        "Ông Nguyễn Văn Sáu trở thành nạn nhân của vụ lừa đảo.",
    ],
)
def test_positions_verbs_not_overread(text: str) -> None:
    assert extract_positions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class word ("báo", "hãng") between the title and the body's name
        (
            "Tổng biên tập báo Tuổi Trẻ Lê Văn Nam cho biết.",
            {("Lê Văn Nam", "Tổng biên tập", "", "Tuổi Trẻ")},
        ),
        # a dash before the name
        (
            "Nguyên thứ trưởng Bộ Thương mại - Mai Văn Dâu bị bắt tạm giam.",
            {("Mai Văn Dâu", "thứ trưởng", "nguyên", "Bộ Thương mại")},
        ),
        # an organ in lower case, its place left implicit
        (
            "Theo ông Bí thư đảng ủy xã Huỳnh Văn Hiệp, khu vực này có nhiều trâu.",
            {("Huỳnh Văn Hiệp", "Bí thư đảng ủy xã", "", "")},
        ),
        # abbreviated titles written as they are
        ("PV Lê Hùng đã ghi nhận.", {("Lê Hùng", "PV", "", "")}),
        ("LS Trần Đình Triển cho rằng vụ án có dấu hiệu oan sai.", {("Trần Đình Triển", "Luật sư", "", "")}),
        ("HLV Park Hang-seo đã công bố danh sách.", {("Park Hang-seo", "HLV", "", "")}),
        (
            "HLV phó CLB Tiền Giang Phạm Văn Rạng nhận định.",
            {("Phạm Văn Rạng", "HLV", "phó", "CLB Tiền Giang")},
        ),
        # a short body in any case, then the name set off by commas, or "là ông"
        (
            "Tổng giám đốc liên doanh, ông Cao Hồng Định, cho hay việc triển khai sẽ nhanh.",
            {("Cao Hồng Định", "Tổng giám đốc", "", "liên doanh")},
        ),
        (
            "Cơ quan điều tra đã bắt tạm giam nguyên Giám đốc TTKC Sóc Trăng là ông Ngô Hồng Phi và 5 người khác.",
            {("Ngô Hồng Phi", "Giám đốc", "nguyên", "TTKC Sóc Trăng")},
        ),
        (
            "Việc cho mượn xe không phải chỉ đến đời tổng giám đốc (TGĐ) Bùi Tiến Dũng mới xảy ra.",
            {("Bùi Tiến Dũng", "tổng giám đốc", "", "")},
        ),
    ],
)
def test_positions_title_before_name_forms(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = {(p.person, p.title, p.qualifier, p.org_or_place) for p in extract_positions(text)}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institution alone: an affiliation with an empty title
        (
            "Ông Phạm Phụ (Trường ĐH Bách khoa TPHCM) nhận định thị trường sẽ khó khăn.",
            {("Phạm Phụ", "", "", "Trường ĐH Bách khoa TPHCM")},
        ),
        (
            "Theo ông Nguyễn Minh Phong, Viện Quản lý kinh tế Trung ương, lạm phát còn cao.",
            {("Nguyễn Minh Phong", "", "", "Viện Quản lý kinh tế Trung ương")},
        ),
        # an aside in parentheses (or a nickname) before the title
        (
            "Vũ Văn Minh (sinh 1976, Vĩnh Phúc), nhân viên Công ty TNHH Hoà Bình bị bắt.",
            {("Vũ Văn Minh", "nhân viên", "", "Công ty TNHH Hòa Bình")},
        ),
        (
            "Phạm Văn Phương (Phương 'Vicarrent', nguyên phó tổng giám đốc Liên doanh Vicarrent) bị bắt.",
            {("Phạm Văn Phương", "tổng giám đốc", "nguyên phó", "Liên doanh Vicarrent")},
        ),
        (
            "Nguyễn Mạnh Thắng (sinh 1960) tổ trưởng tổ tư vấn giám sát cũng đồng lõa.",
            {("Nguyễn Mạnh Thắng", "tổ trưởng", "", "")},
        ),
        (
            "Các bị can Dương Kiến Hương, Nguyễn Danh Chi (cùng là nhân viên kiểm hóa) bị truy tố.",
            {
                ("Dương Kiến Hương", "nhân viên kiểm hóa", "", ""),
                ("Nguyễn Danh Chi", "nhân viên kiểm hóa", "", ""),
            },
        ),
        # a department's name is part of the title; the hospital or company is the body
        (
            "TS Nguyễn Văn Tuấn, Trưởng khoa Hồi sức, Bệnh viện Chợ Rẫy, cho biết.",
            {("Nguyễn Văn Tuấn", "Trưởng khoa Hồi sức", "", "")},
        ),
        (
            "Ông Lê Văn Thành, Trưởng phòng Kinh doanh Công ty Vinamilk, cho biết.",
            {("Lê Văn Thành", "Trưởng phòng Kinh doanh", "", "Công ty Vinamilk")},
        ),
        # an occupation's lower-case complement
        (
            "Ông Lê Văn Cường, nhân viên bảo vệ Công ty Hòa Phát, phát hiện vụ cháy.",
            {("Lê Văn Cường", "nhân viên bảo vệ", "", "Công ty Hòa Phát")},
        ),
        # hyphenated foreign names
        (
            "Con tin Hàn Quốc Kim Sun-il bị bắt cóc, HLV Park Hang-seo chia buồn.",
            {("Park Hang-seo", "HLV", "", "")},
        ),
    ],
)
def test_positions_after_name_forms(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    got = {(p.person, p.title, p.qualifier, p.org_or_place) for p in extract_positions(text)}
    assert got == expected


def test_reporter_title_is_only_the_named_reporters() -> None:
    # "trao đổi với PV ..." names the reporter's paper, not the official quoted after the comma
    for text in (
        "Trao đổi với PV báo Người Đưa Tin, ông Nguyễn Văn Hùng cho biết.",
        "Chiều 4/5, trao đổi với PV báo Người Đưa Tin, Trung tá Nguyễn Trung Kiên – Trưởng Công an phường cho biết.",
        "Trao đổi với PV báo Người Đưa Tin, luật sư Trần Cảnh Nhứt xác nhận.",
    ):
        assert all(p.title != "PV" for p in extract_positions(text))


def test_title_in_apposition_to_an_earlier_name() -> None:
    got = extract_positions(
        "Dự lễ có anh Nguyễn Quang Thông - Tổng thư ký tòa soạn báo Thanh Niên, nhà báo Đức Liên - Trưởng văn"
        " phòng đại diện báo Thanh Niên tại Đà Lạt."
    )
    assert {(p.person, p.title) for p in got} == {
        ("Nguyễn Quang Thông", "Tổng thư ký tòa soạn"),
        ("Đức Liên", "nhà báo"),
        ("Đức Liên", "Trưởng văn phòng đại diện"),
    }
    # a list of titled names keeps each title with its name
    got = extract_positions("Trong các bức thư gửi Tổng thống Bush, Thủ tướng Anh Tony Blair cảnh báo.")
    assert ("Tony Blair", "Thủ tướng", "Anh") in {(p.person, p.title, p.org_or_place) for p in got}


def test_decomposed_diacritics() -> None:
    import unicodedata

    text = unicodedata.normalize(
        "NFD", "Ông Phan Ngọc Khuê, nguyên Giám đốc khách sạn Công đoàn Hà Tĩnh, đầu thú."
    )
    got = extract_positions(text)
    assert [(p.title, p.qualifier) for p in got] == [(unicodedata.normalize("NFD", "Giám đốc"), "nguyên")]
    assert all(p.title in text for p in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department written in lower case, or continued in lower case after a fused organ
        (
            "Theo Trưởng phòng giáo dục tiểu học Sở Giáo dục và đào tạo TP HCM Nguyễn Thị Hoa Mai cho biết.",
            {("Nguyễn Thị Hoa Mai", "Trưởng phòng giáo dục tiểu học", "")},
        ),
        (
            "Ông Nguyễn Tiến Phúc, Trưởng phòng Giáo dục chuyên nghiệp, Sở Giáo dục và Đào tạo Điện Biên, cho biết.",
            {("Nguyễn Tiến Phúc", "Trưởng phòng Giáo dục chuyên nghiệp", "")},
        ),
        ("Ông Trần Văn Bình, trưởng phòng đã ký quyết định.", {("Trần Văn Bình", "trưởng phòng", "")}),
        # a named branch keeps its place inside the body
        (
            "Ông Bùi Công Sơn, Giám đốc Chi nhánh Cấp nước Nhà Bè, cho biết.",
            {("Bùi Công Sơn", "Giám đốc", "")},
        ),
        # functional titles and assistants
        (
            "Còn giám đốc kỹ thuật Andreas Mueller thì cho biết ông đã thông báo.",
            {("Andreas Mueller", "giám đốc kỹ thuật", "")},
        ),
        ("Tạm thời, HLV thủ môn Olivier Reck sẽ dẫn dắt đội.", {("Olivier Reck", "HLV thủ môn", "")}),
        (
            "Mỹ đang quyết tâm, trợ lý Tổng chưởng lý Christopher Wray khẳng định.",
            {("Christopher Wray", "trợ lý Tổng chưởng lý", "")},
        ),
        # an occupation's complement stops before a place
        (
            "Ông Nguyễn Anh Tuấn (sinh 1955), chủ tiệm hớt tóc trên đường Hồ Bá Kiện, nhận Danh vào học.",
            {("Nguyễn Anh Tuấn", "chủ tiệm hớt tóc", "")},
        ),
        (
            "Anh Đoàn Anh Tuấn (sinh 1980) là thợ rửa xe gần đó chạy tới.",
            {("Đoàn Anh Tuấn", "thợ rửa xe", "")},
        ),
        # "(nay là ...)": the present title after a former one
        (
            "Đơn tố cáo ông Hoàng Công Hoàn, Phó bí thư thường trực (nay là bí thư tỉnh uỷ) lợi dụng chức vụ.",
            {("Hoàng Công Hoàn", "bí thư thường trực", "phó"), ("Hoàng Công Hoàn", "bí thư tỉnh uỷ", "")},
        ),
        # foreign ministers: the portfolio is part of the title, the country is the place
        (
            "Ông sẽ gặp Bộ trưởng Ngoại giao Trung Quốc Lý Triều Tinh.",
            {("Lý Triều Tinh", "Bộ trưởng Ngoại giao", "")},
        ),
        # a counted apposition after a list is each member's; a plain one only the last member's
        (
            "Ông Nguyễn Văn An và ông Trần Văn Bình, hai cán bộ Công an xã Tân Phú, đã bị kỷ luật.",
            {("Nguyễn Văn An", "cán bộ Công an xã", ""), ("Trần Văn Bình", "cán bộ Công an xã", "")},
        ),
        (
            "Ông Nguyễn Văn An và ông Trần Văn Bình, cán bộ Công an xã Tân Phú, đã bị kỷ luật.",
            {("Trần Văn Bình", "cán bộ Công an xã", "")},
        ),
        # a plural title before a colon list
        (
            "Ban huấn luyện có các trợ lý HLV: Nguyễn Văn Sỹ, Đặng Trần Chỉnh và Phạm Minh Đức.",
            {
                ("Nguyễn Văn Sỹ", "trợ lý HLV", ""),
                ("Đặng Trần Chỉnh", "trợ lý HLV", ""),
                ("Phạm Minh Đức", "trợ lý HLV", ""),
            },
        ),
        ("PV: Ông Nguyễn Văn An nghĩ sao?", set()),
        # the subject of the next clause is not an apposition
        ("Cũng theo ông Nguyễn Ngọc Hồng, Thủ tướng đã có chỉ đạo tiếp.", set()),
        ("Ứng viên là Huub Stevens, HLV đã giúp Schalke đoạt UEFA Cup.", {("Huub Stevens", "HLV", "")}),
        # abbreviations are titles as written; a deputy's abbreviation gives the head's
        ("Ông Nguyễn Văn An, PGĐ Công ty Sông Đà, cho biết.", {("Nguyễn Văn An", "Giám đốc", "phó")}),
        ("Bà Lê Thị Hoa, nguyên TGĐ Oceanbank, bị bắt.", {("Lê Thị Hoa", "Tổng Giám đốc", "nguyên")}),
        # co-chairs and interim titles are their own titles
        ("Đồng Chủ tịch Ủy ban hỗn hợp Nguyễn Văn An phát biểu.", {("Nguyễn Văn An", "Đồng Chủ tịch", "")}),
        ("Tổng thống lâm thời Hamid Karzai phát biểu.", {("Hamid Karzai", "Tổng thống lâm thời", "")}),
        # ranks, degrees, procedural roles and kinship stay out
        ("Trung tá Lê Như Anh cho biết bị cáo Trần Văn Hải và con trai là Trần Văn Bình đã khai.", set()),
    ],
)
def test_positions_unseen_text_classes(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(p.person, p.title, p.qualifier) for p in extract_positions(text)} == expected


def test_latest_status_joins_an_abbreviation_and_its_full_form() -> None:
    # "TGĐ" is given in full words, and the former title wins over the current one of the same body
    text = "Bà Nguyễn Minh Thu, nguyên TGĐ Công ty Sông Đà, bị bắt. Trước đó bà Nguyễn Minh Thu, Tổng Giám đốc Công ty Sông Đà, đã ký."
    assert {(p.title, p.qualifier) for p in extract_positions(text)} == {("Tổng Giám đốc", "nguyên")}


# Recall fixes: lists across asides and "gồm", residences before an apposition, "một" + occupation,
# a clause-opening "Title Org, ông X", job fields and vehicles, former titles at another body.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Lê Thị Hoa, Hiệu trưởng trường tiểu học Tân Lập, bị kỷ luật. Trước đó, bà Lê Thị Hoa từng làm Hiệu trưởng trường tiểu học Phú Mỹ.",
            [
                ("Lê Thị Hoa", "Hiệu trưởng", "trường tiểu học Tân Lập", ""),
                ("Lê Thị Hoa", "Hiệu trưởng", "trường tiểu học Phú Mỹ", "nguyên"),
            ],
        ),
        (
            "Luật sư Trần Văn Bảo (người bào chữa cho cầu thủ Lê Văn Cường) cho biết.",
            [("Trần Văn Bảo", "Luật sư", "", ""), ("Lê Văn Cường", "cầu thủ", "", "")],
        ),
        (
            "Các tài xế Nguyễn Văn Sáu (ngụ quận 3), Phạm Văn Bảy (ngụ quận 5) và Hồ Văn Tám bị phạt.",
            [
                ("Nguyễn Văn Sáu", "tài xế", "", ""),
                ("Phạm Văn Bảy", "tài xế", "", ""),
                ("Hồ Văn Tám", "tài xế", "", ""),
            ],
        ),
        (
            "Bộ có ba Thứ trưởng gồm các ông Nguyễn Văn Hải, Trần Văn Sơn, và Lê Minh Đức.",
            [
                ("Nguyễn Văn Hải", "Thứ trưởng", "", ""),
                ("Trần Văn Sơn", "Thứ trưởng", "", ""),
                ("Lê Minh Đức", "Thứ trưởng", "", ""),
            ],
        ),
        (
            "Chị Phạm Thị Lan (40 tuổi), tạm trú 12 Lê Lợi, phường 4, TP. Đà Lạt (Lâm Đồng) - Giám đốc điều hành công ty, cho biết.",
            [("Phạm Thị Lan", "Giám đốc điều hành", "", "")],
        ),
        (
            "Theo ông Mark Brown, một chuyên gia kinh tế tại Singapore, giá sẽ tăng.",
            [("Mark Brown", "chuyên gia kinh tế", "", "")],
        ),
        (
            "Theo tin từ Sở Y tế tỉnh Nghệ An, Chánh Thanh tra Sở, ông Hồ Văn Minh vừa ký văn bản.",
            [("Hồ Văn Minh", "Chánh Thanh tra", "Thanh tra Sở", "")],
        ),
        (
            "Cảnh sát đã phạt tài xế xe khách Đỗ Văn Tùng 5 triệu đồng.",
            [("Đỗ Văn Tùng", "tài xế xe khách", "", "")],
        ),
        (
            "Thống đốc bang Texas Greg Abbott nói.",
            [("Greg Abbott", "Thống đốc", "Texas", "")],
        ),
        (
            "Ngân hàng bổ nhiệm ông Lý Văn Phúc vào vị trí Phó Tổng giám đốc.",
            [("Lý Văn Phúc", "Tổng giám đốc", "", "phó")],
        ),
        (
            "Thủ tướng bổ nhiệm ông Đặng Văn Hòa, Hàm Vụ trưởng, Thư ký giúp việc Thủ tướng.",
            [("Đặng Văn Hòa", "Thư ký", "", "")],
        ),
        (
            "Hai cán bộ quản lý thị trường Võ Văn Tâm, Lê Văn Nghĩa đã lập biên bản.",
            [
                ("Võ Văn Tâm", "cán bộ quản lý thị trường", "", ""),
                ("Lê Văn Nghĩa", "cán bộ quản lý thị trường", "", ""),
            ],
        ),
        (
            "Tòa xử Nguyễn Văn Khang, Trần Minh Quý (cùng nhân viên Công ty Xăng dầu Hà Bắc) về tội tham ô.",
            [
                ("Nguyễn Văn Khang", "nhân viên", "Công ty Xăng dầu Hà Bắc", ""),
                ("Trần Minh Quý", "nhân viên", "Công ty Xăng dầu Hà Bắc", ""),
            ],
        ),
        (
            "Phó phòng cảnh sát giao thông Hà Nội Vũ Văn Thành cho biết.",
            [("Vũ Văn Thành", "Trưởng phòng cảnh sát giao thông", "Hà Nội", "phó")],
        ),
        (
            "Hai phó tổng cục trưởng Tổng cục Hậu cần là thiếu tướng Ngô Văn Định và ông Lê Văn Hậu đã đến.",
            [("Ngô Văn Định", "tổng cục trưởng", "Tổng cục Hậu cần", "phó")],
        ),
        (
            "Bà Hà Thị Mai – Phó chi cục bảo vệ thực vật cho biết.",
            [("Hà Thị Mai", "Chi cục trưởng", "", "phó")],
        ),
        (
            "bà Nguyễn Thị Cúc (ngụ Bến Tre) đến nhờ Trần Thị Hạnh, Giám đốc Trung tâm Sao Mai giúp đỡ.",
            [("Trần Thị Hạnh", "Giám đốc", "Trung tâm Sao Mai", "")],
        ),
        (
            "Ông Lê Văn Tám, ngụ xã Hòa Bình, huyện Tân Phú, nhân viên bảo vệ của công ty, cho biết.",
            [("Lê Văn Tám", "nhân viên bảo vệ", "", "")],
        ),
        (
            "Sáu cán bộ kiểm hóa gồm: Vi Văn Niệm, Đinh Văn Tân và Bế Ngọc Kiên bị phạt.",
            [
                ("Vi Văn Niệm", "cán bộ kiểm hóa", "", ""),
                ("Đinh Văn Tân", "cán bộ kiểm hóa", "", ""),
                ("Bế Ngọc Kiên", "cán bộ kiểm hóa", "", ""),
            ],
        ),
    ],
)
def test_positions_recall(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert extract_positions(text) == [Position(*e) for e in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Trần Văn Bình, PGĐ CA tỉnh Hà Tây, cho biết.",
            ("Trần Văn Bình", "Giám đốc CA tỉnh", "Hà Tây", "phó"),
        ),
        (
            "Ông Lê Văn Cường, Trưởng CA huyện Đông Anh, cho biết.",
            ("Lê Văn Cường", "Trưởng CA huyện", "Đông Anh", ""),
        ),
        ("BS Trần Văn Bình khám cho bệnh nhân.", ("Trần Văn Bình", "Bác sĩ", "", "")),
        (
            "Ông Lê Văn Cường, PCT UBND TP Hà Nội, cho biết.",
            ("Lê Văn Cường", "Chủ tịch UBND TP", "Hà Nội", "phó"),
        ),
        (
            "Ông Đinh Văn Năm - Phó Chủ tịch UBND huyện Tam Nông.",
            ("Đinh Văn Năm", "Chủ tịch UBND huyện", "Tam Nông", "phó"),
        ),
    ],
)
def test_abbreviated_titles_and_organs(text: str, expected: tuple[str, str, str, str]) -> None:
    """Shorthand roles come out in full words, "CA" + level is the police, names ending in a
    common word ("Năm") stay whole."""
    assert [(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)] == [expected]


def test_chair_verb_is_no_title() -> None:
    got = extract_positions("Đồng chí Nguyễn Phú Trọng, Tổng Bí thư, chủ trì hội nghị.")
    assert [(p.person, p.title) for p in got] == [("Nguyễn Phú Trọng", "Tổng Bí thư")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ĐB" / "ĐBQH": a deputy of the National Assembly, in full words
        (
            "Trả lời chất vấn của ĐB Lê Văn Cường (Thanh Hóa), Bộ trưởng trình bày.",
            ("Lê Văn Cường", "Đại biểu", "", ""),
        ),
        ("ĐBQH Trần Thị Hoa phát biểu tại hội trường.", ("Trần Thị Hoa", "Đại biểu", "Quốc hội", "")),
        # "(khi đó)" between a title and the name: the title held at the time
        (
            "Sau đó, bộ trưởng Bộ GTVT (lúc đó) - ông Đinh Văn Lâm - có thông báo.",
            ("Đinh Văn Lâm", "bộ trưởng", "Bộ Giao thông vận tải", "nguyên"),
        ),
        (
            "Ông Nguyễn Văn Thọ (lúc này là thứ trưởng Bộ GTVT) đã ký văn bản.",
            ("Nguyễn Văn Thọ", "thứ trưởng", "Bộ Giao thông vận tải", "nguyên"),
        ),
        # "Chi cục phó", "nhóm phó", "phó tiểu ban": deputies of the unit's head
        (
            "Ông Lê Văn Minh, Chi cục phó Chi cục Kiểm lâm, cho biết.",
            ("Lê Văn Minh", "Chi cục trưởng Chi cục Kiểm lâm", "", "phó"),
        ),
        ("Anh Trần Văn Quy, nhóm phó, kể lại.", ("Trần Văn Quy", "Nhóm trưởng", "", "phó")),
        # a former title right after a name, no comma (lists of defendants)
        (
            "Có mặt ông Triệu Văn Kế nguyên Cục trưởng Cục Cảnh sát điều tra tại tòa.",
            ("Triệu Văn Kế", "Cục trưởng", "Cục Cảnh sát điều tra", "nguyên"),
        ),
        # a bare "tướng" after the comma, like a full rank
        (
            "Người phát ngôn Bộ Nội vụ Campuchia, tướng Khieu Sopheak xác nhận tin này.",
            ("Khieu Sopheak", "Người phát ngôn", "Bộ Nội vụ Campuchia", ""),
        ),
        # the portfolio between the title and the name
        (
            "Ông Tư giao cho phó chủ tịch phụ trách nhà đất Nguyễn Văn Nam chỉ đạo.",
            ("Nguyễn Văn Nam", "chủ tịch", "", "phó"),
        ),
    ],
)
def test_more_title_forms(text: str, expected: tuple[str, str, str, str]) -> None:
    got = [(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)]
    assert expected in got


def test_quote_speaker_after_dash_is_not_apposition() -> None:
    text = (
        "Việc này hoàn toàn thuộc thẩm quyền của Thủ tướng Chính phủ và Hội đồng quốc gia Giáo dục"
        " – ông Lê Văn Tần khẳng định."
    )
    assert extract_positions(text) == []


def test_employer_in_parentheses_is_not_part_of_title() -> None:
    got = extract_positions("Tại Công ty Hải Bình, ông Nguyễn Văn Hòa (kế toán trưởng công ty) đã ký.")
    assert [(p.person, p.title) for p in got] == [("Nguyễn Văn Hòa", "kế toán trưởng")]


def test_place_name_ending_in_thanh_is_no_level() -> None:
    got = extract_positions(
        "Ông Hoàng Văn Hải, nguyên kế toán trưởng Xí nghiệp vật liệu xây dựng Long Thành, bị bắt."
    )
    assert [(p.title, p.org_or_place, p.qualifier) for p in got] == [
        ("kế toán trưởng", "Xí nghiệp vật liệu xây dựng Long Thành", "nguyên")
    ]


def test_front_shortened_name_is_the_fuller_name() -> None:
    text = (
        "Cựu Thủ tướng Thái Lan Yingluck đã bỏ trốn. "
        "Cuộc điều tra cựu Thủ tướng Yingluck Shinawatra đi đến giai đoạn cuối."
    )
    got = {(p.person, p.title, p.qualifier) for p in extract_positions(text)}
    assert got == {("Yingluck Shinawatra", "Thủ tướng", "nguyên")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Hùng, Phó trưởng ban Tuyên giáo Tỉnh ủy Kon Tum, cho biết.",
            ("Lê Văn Hùng", "trưởng ban Tuyên giáo Tỉnh ủy", "Kon Tum", "phó"),
        ),
        (
            "Ông Lê Văn Hùng, Thứ trưởng Thường trực Bộ Ngoại giao, cho biết.",
            ("Lê Văn Hùng", "Thứ trưởng", "Bộ Ngoại giao", ""),
        ),
        (
            "Ông Lê Văn Hùng, Trưởng khoa Ngoại Bệnh viện Việt Đức, cho biết.",
            ("Lê Văn Hùng", "Trưởng khoa Ngoại", "Bệnh viện Việt Đức", ""),
        ),
        (
            "Ông Lê Văn Hùng, Trưởng phòng tổ chức cán bộ Sở Y tế Hà Nội, cho biết.",
            ("Lê Văn Hùng", "Trưởng phòng tổ chức cán bộ", "Sở Y tế Hà Nội", ""),
        ),
    ],
)
def test_department_titles_with_their_parent_body(text: str, expected: tuple[str, str, str, str]) -> None:
    assert [(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)] == [expected]


def test_kinship_aside_and_firm_names() -> None:
    """ "X, vợ ông Y, là Z": Z is X's; "Văn phòng luật sư Bình An" names a firm, not a lawyer."""
    got = extract_positions("Bà Lê Thị Cúc, vợ ông An, là giáo viên trường tiểu học Kim Liên.")
    assert [(p.person, p.title) for p in got] == [("Lê Thị Cúc", "giáo viên")]
    got = extract_positions("Luật sư Trần Văn Bình (Văn phòng luật sư Bình An) bào chữa cho bị cáo.")
    assert [(p.person, p.title) for p in got] == [("Trần Văn Bình", "Luật sư")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department head of an association: the department stays in the title, the association
        # with its place is the body
        (
            "Ông Ngô Phát Đạt, nguyên Trưởng Ban Đào tạo Hiệp hội Bất động sản Việt Nam, đã có dấu hiệu lừa đảo.",
            [("Ngô Phát Đạt", "Trưởng Ban Đào tạo", "Hiệp hội Bất động sản Việt Nam", "nguyên")],
        ),
        # "nước chủ nhà": the host country, not an occupation
        (
            "Trong cuộc gặp gỡ với người đứng đầu nước chủ nhà, Thủ tướng Berlusconi thảo luận vấn đề Trung Đông.",
            [("Berlusconi", "Thủ tướng", "", "")],
        ),
        # a member of a family is kinship
        ("Drew Barrymore là thành viên thứ năm của triều đại Barrymore nhận ngôi sao.", []),
        # a bare job after a comma, then a verb: the subject of the next clause, not an apposition
        ("Trong quá trình tu sửa phòng họp của Nguyễn Văn Hùng, công nhân đã tìm thấy một thiết bị.", []),
        ("Anh Lê Văn Tâm, công nhân, đã phát hiện sự việc.", [("Lê Văn Tâm", "công nhân", "", "")]),
        # "là chị X" / "là anh X" after a title, like "là ông/bà X"
        (
            "Theo điều tra, chủ cửa hàng là chị Đào Thị Ánh Tuyết, trú tại xã An Đồng.",
            [("Đào Thị Ánh Tuyết", "chủ cửa hàng", "", "")],
        ),
        # "(xin) vào làm": hired as
        (
            "Chị Phạm Thị Hồng Tươi bị thương. Chị Tươi mới vừa xin vào làm công nhân được gần 1 tháng thì gặp nạn.",
            [("Phạm Thị Hồng Tươi", "công nhân", "", "")],
        ),
        # "tân" (new) before a title is no part of it
        (
            "Ông Nguyễn Văn An được bổ nhiệm làm tân Giám đốc Sở Y tế.",
            [("Nguyễn Văn An", "Giám đốc Sở Y tế", "", "")],
        ),
        # an appointee named right after the appointing verb, an aside, then "làm" and the office
        (
            "Quốc vương Abdullah II bổ nhiệm Marouf al-Bakhit, đại sứ Jordan tại Israel làm tân cố vấn an ninh quốc gia.",
            [
                ("Abdullah II", "Quốc vương", "", ""),
                ("Marouf al-Bakhit", "đại sứ", "Jordan", ""),
                ("Marouf al-Bakhit", "cố vấn an ninh quốc gia", "", ""),
            ],
        ),
        (
            "Tỉnh cử ông Nguyễn Văn An, Phó Giám đốc Sở Y tế, đi học tập kinh nghiệm làm việc tại Nhật.",
            [("Nguyễn Văn An", "Giám đốc Sở Y tế", "", "phó")],
        ),
        # a lower-case title and body opening a clause, then ", ông <name>"
        (
            "Đây là nơi gặp gỡ giữa Tổng thư ký Kofi Annan và trưởng văn phòng Geneva, ông Sergei Ordzhonikidze.",
            [
                ("Kofi Annan", "Tổng thư ký", "", ""),
                ("Sergei Ordzhonikidze", "trưởng văn phòng", "Geneva", ""),
            ],
        ),
        # football positions with a side or a role
        (
            "Trong đó có tiền đạo Dado Prso và tiền vệ phải Ivica Mornar.",
            [("Dado Prso", "tiền đạo", "", ""), ("Ivica Mornar", "tiền vệ phải", "", "")],
        ),
        ("Hậu vệ trái Ashley Cole đã bình phục.", [("Ashley Cole", "Hậu vệ trái", "", "")]),
        # occupations added to the gazetteer
        ("Trong khi đó, giáo sĩ Moqtada Sadr đã tỏ thái độ ủng hộ.", [("Moqtada Sadr", "giáo sĩ", "", "")]),
        (
            "Ông Bill Howard, cha tay trống Dominic Howard, đã qua đời.",
            [("Dominic Howard", "tay trống", "", "")],
        ),
    ],
)
def test_positions_round4(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert extract_positions(text) == [Position(*e) for e in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title heading a line of names after a colon (team lists), optionally counted
        (
            "Danh sách đội tuyển:\nHLV: Đặng Xuân Vui, Lý Hào Phong.\n8 VĐV: Thạch Hữu Tâm, Danh Saphal.",
            [
                ("Đặng Xuân Vui", "HLV", "", ""),
                ("Lý Hào Phong", "HLV", "", ""),
                ("Thạch Hữu Tâm", "VĐV", "", ""),
                ("Danh Saphal", "VĐV", "", ""),
            ],
        ),
        # examples of a plural title after "như"
        (
            "Hãy theo các nhà tạo mẫu thời trang như Jean Paul Gaultier và đến với màu vàng.",
            [("Jean Paul Gaultier", "nhà tạo mẫu thời trang", "", "")],
        ),
        ("Không Puff Daddy thì có vũ công Cris Judd.", [("Cris Judd", "vũ công", "", "")]),
        # a title after an aside in parentheses that names another person is that person's
        (
            "Ông Lê Văn Nam cho biết bà Thủy (con đại tá Huỳnh Văn Hoàng, giám đốc công an tỉnh) đã nhận.",
            [("Huỳnh Văn Hoàng", "giám đốc công an tỉnh", "", "")],
        ),
        # a workplace in parentheses after "công tác tại": the police unit with the crime field it is named after
        (
            "Chồng của Tuyết là thiếu tá Hà Mạnh Lợi (công tác tại Phòng Cảnh sát điều tra tội phạm về trật "
            "tự xã hội, Công an Lạng Sơn) cũng được xác định là đồng phạm.",
            [("Hà Mạnh Lợi", "", "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội", "")],
        ),
        # a degree is no title: the institution after "tại" is the affiliation
        (
            "Giáo sư Ed Diener tại Đại học Illinois, cho biết.",
            [("Ed Diener", "", "Đại học Illinois", "")],
        ),
    ],
)
def test_positions_round5(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert extract_positions(text) == [Position(*e) for e in expected]


def test_line_heading_reaches_names_the_scan_missed() -> None:
    # the heading covers each name of its line, also past a name that is not recognised
    got = extract_positions("Danh sách:\nHLV: Đặng Xuân Vui, Tomasak, Lý Hào Phong.")
    assert Position("Lý Hào Phong", "HLV", "", "") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Một nhân chứng khác là bà Lê Thị Tâm, chủ một quán nước đối diện hiện trường, cũng khẳng định.",
            [("Lê Thị Tâm", "chủ quán", "", "")],
        ),
        (
            "Ông Nguyễn Văn Tâm, chủ một cửa hàng điện thoại ở quận 1, cho biết.",
            [("Nguyễn Văn Tâm", "chủ cửa hàng", "", "")],
        ),
        ("Ông Nguyễn Văn Tâm, chủ một gia đình nghèo, cho biết.", []),
    ],
)
def test_owner_of_one(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    # "chủ một quán nước": an owner's occupation with the article between
    assert extract_positions(text) == [Position(*e) for e in expected]


def test_examples_of_a_plural_title_past_unrecognised_names() -> None:
    text = "Hãy theo các nhà tạo mẫu thời trang như Julien Mac Donald, Chloe &amp; Jean Paul Gaultier."
    assert Position("Jean Paul Gaultier", "nhà tạo mẫu thời trang", "", "") in extract_positions(text)


def test_title_after_of_is_the_possessor_not_the_named_person() -> None:
    # "cố vấn ... của quốc vương là X": X is the adviser; the king's title is not X's
    text = (
        "Bên cạnh đó có cố vấn tôn giáo nhiều ảnh hưởng của quốc vương là Izzedine Khatib al-Tamimi "
        "và các phụ tá hàng đầu về kinh tế."
    )
    assert all(p.title.lower() != "quốc vương" for p in extract_positions(text))
    # a title after "của" still names the person when no "là" stands between ("phát biểu của Bộ trưởng X")
    keys = {
        (p.person, p.title)
        for p in extract_positions("Theo phát biểu của Bộ trưởng Nguyễn Văn An, dự án sẽ xong.")
    }
    assert ("Nguyễn Văn An", "Bộ trưởng") in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ranking between an occupation and the name
        (
            "Tương tự, tay vợt số 1 thế giới, Roger Federer cũng giành danh hiệu.",
            ("Roger Federer", "tay vợt"),
        ),
    ],
)
def test_ranked_occupation(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(p.person, p.title) for p in extract_positions(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ĐKTQT Đào Thiên Hải thắng ván đầu.", ("Đào Thiên Hải", "Đại kiện tướng")),
        ("Kỳ thủ Nguyễn Ngọc Trường Sơn giành ngôi nhì.", ("Nguyễn Ngọc Trường Sơn", "Kỳ thủ")),
        (
            "ông Nguyễn Văn Hùng, trưởng ban điều hành Giải Vô địch quốc gia, cho biết.",
            ("Nguyễn Văn Hùng", "trưởng ban điều hành"),
        ),
        ("Học viên Trần Văn Nam bị kỷ luật.", ("Trần Văn Nam", "Học viên")),
        ("DS Lê Thị Hoa cho biết thuốc này đã hết.", ("Lê Thị Hoa", "Dược sĩ")),
        ("CN Nguyễn Văn Sơn làm ở Công ty May Trường Lợi.", ("Nguyễn Văn Sơn", "Công nhân")),
        ("Sĩ quan cảnh sát Firas Gaiti cho biết.", ("Firas Gaiti", "Sĩ quan cảnh sát")),
    ],
)
def test_titles_added_in_round6(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(p.person, p.title) for p in extract_positions(text)}


def test_plural_title_does_not_chain_onto_the_next_title() -> None:
    # "các HV, Phó Chủ tịch UBND TP X": the trainees are others; X is only the vice-chairman
    text = "Đến chia vui với các HV, Phó Chủ tịch UBND TP Nguyễn Thành Tài cho biết."
    assert {(p.person, p.title) for p in extract_positions(text)} == {
        ("Nguyễn Thành Tài", "Chủ tịch UBND TP")
    }


def test_semicolon_after_a_birth_year_aside() -> None:
    # "(SN 1981; Giám đốc Công ty ...)": the semicolon ends the aside like a comma
    text = (
        "6 bị can gồm: Vũ Thuỵ Hồng Ngọc (SN 1978, vợ cũ ông Thái), Phan Nguyễn Duy Thanh (SN 1981; "
        "Giám đốc Công ty Vệ sĩ S.T., trụ sở quận Tân Phú, TP. HCM); Nguyễn Thanh Phong (SN 1978, quê Trà Vinh)."
    )
    assert ("Phan Nguyễn Duy Thanh", "Giám đốc") in {(p.person, p.title) for p in extract_positions(text)}


def test_title_after_a_workplace_and_also() -> None:
    # "đang công tác tại Học viện X, đồng thời là hiệu trưởng Trường Y": the title is his too
    text = (
        "Học viện đang thu thập thông tin về ông Mai Ngọc Sơn, đang công tác tại Học viện Hành chính "
        "Quốc gia - TPHCM, đồng thời là hiệu trưởng Trường Ngoại ngữ Quốc học và các hoạt động quảng cáo."
    )
    assert ("Mai Ngọc Sơn", "hiệu trưởng") in {(p.person, p.title) for p in extract_positions(text)}


def test_current_workplace_is_an_affiliation() -> None:
    text = "Ông Mai Ngọc Sơn, đang công tác tại Học viện Hành chính Quốc gia, cho biết như vậy."
    assert [(p.person, p.title, p.org_or_place) for p in extract_positions(text)] == [
        ("Mai Ngọc Sơn", "", "Học viện Hành chính Quốc gia")
    ]


def test_title_with_a_demonstrative_is_another_person() -> None:
    # "đối tượng Nhi, điều tra viên này cũng cho biết": "this investigator" is not Nhi
    text = (
        "Theo một điều tra viên, Nghiêm Thị Nhi rất bức xúc. Nhắc đến độ xảo quyệt của đối tượng "
        "Nghiêm Thị Nhi, điều tra viên này cũng cho biết Nhi đã phi tang."
    )
    assert not [p for p in extract_positions(text) if p.title == "điều tra viên"]


def test_second_name_starting_a_clause_is_no_list() -> None:
    # "của HLV Magath, Ballack đóng vai trò": Ballack starts the next clause, he is no coach
    text = (
        "Michael Ballack sẽ rời Bayern. Trong đội hình 11 người của HLV Felix Magath, Michael Ballack "
        "đóng vai trò dẫn dắt."
    )
    assert {(p.person, p.title) for p in extract_positions(text)} == {("Felix Magath", "HLV")}
    # a list still shares the title
    listed = "Các luật sư Nguyễn Huy Thiệp, Phạm Văn Đàm bào chữa cho bị cáo."
    assert {(p.person, p.title) for p in extract_positions(listed)} == {
        ("Nguyễn Huy Thiệp", "luật sư"),
        ("Phạm Văn Đàm", "luật sư"),
    }
    # a longer list after a plural title: every member shares it
    longer = "Thủ tướng Phan Văn Khải và các Phó thủ tướng: Nguyễn Tấn Dũng, Vũ Khoan, Phạm Gia Khiêm đã dự."
    assert ("Phạm Gia Khiêm", "thủ tướng") in {(p.person, p.title) for p in extract_positions(longer)}


def test_title_after_a_contrastive_conjunction_opens_a_clause() -> None:
    # "... nhưng HLV Inter Milan, ông Mancini, không giấu ...": "nhưng" opens a clause like a comma
    text = "Đối thủ chỉ là đội vừa thăng hạng nhưng HLV Inter Milan, ông Mancini, không giấu sự hài lòng."
    assert ("Mancini", "HLV", "Inter Milan") in {
        (p.person, p.title, p.org_or_place) for p in extract_positions(text)
    }


def test_nationality_between_occupation_and_name() -> None:
    # "tiền đạo người Pháp David Trezeguet": the nationality between the occupation and the name
    text = "Juventus thắng nhờ bàn thắng của tiền đạo người Pháp David Trezeguet ở phút 36."
    assert ("David Trezeguet", "tiền đạo") in {(p.person, p.title) for p in extract_positions(text)}


def test_expert_with_a_field_before_the_name() -> None:
    # "Chuyên gia thẩm mỹ Lucy Glancey": the expert's field between the title and the name
    text = "Chuyên gia thẩm mỹ Lucy Glancey nói, hẳn Jane đã nhờ tới phép nhiệm màu."
    assert [(p.person, p.title) for p in extract_positions(text)] == [("Lucy Glancey", "Chuyên gia thẩm mỹ")]
    # a verb after the title is no field
    assert not extract_positions("Các chuyên gia cho biết Lucy Glancey đã nói vậy.")


def test_winger_is_a_midfielder_title() -> None:
    text = "Hai cầu thủ mới là tiền vệ chạy cánh Simon Davies và hậu vệ Mikel Arteta."
    assert ("Simon Davies", "tiền vệ chạy cánh") in {(p.person, p.title) for p in extract_positions(text)}


def test_lineup_lists_take_their_position_word() -> None:
    # "Đội hình xuất phát: Thủ môn: X; hậu vệ: A, B; Tiền đạo: C, D.": each name of a list after "role:"
    text = (
        "Đội hình xuất phát của Việt Nam: Thủ môn: Xuân Nam; hậu vệ: Đặng Văn Tường, Nguyễn Thế Trường; "
        "Tiền đạo: Huỳnh Phúc Hiệp, Nguyễn Văn Khải."
    )
    got = {(p.person, p.title) for p in extract_positions(text)}
    assert {
        ("Đặng Văn Tường", "hậu vệ"),
        ("Nguyễn Thế Trường", "hậu vệ"),
        ("Huỳnh Phúc Hiệp", "Tiền đạo"),
        ("Nguyễn Văn Khải", "Tiền đạo"),
    } <= got


def test_an_election_names_no_office_holder() -> None:
    # "ứng viên thất bại trong cuộc bầu cử tổng thống Ukraina Viktor Yanukovich": a candidate
    text = "Ứng viên thất bại trong cuộc bầu cử tổng thống Ukraina Viktor Yanukovich hôm qua ngăn cản lễ nhậm chức."
    assert not [p for p in extract_positions(text) if p.title.lower() == "tổng thống"]


def test_nanny_is_an_occupation() -> None:
    text = "Liên quan đến vụ bảo mẫu Trần Thị Hồng Phúc ở trường mầm non Ánh Sao Vàng bị cáo buộc tát bé."
    assert ("Trần Thị Hồng Phúc", "bảo mẫu") in {(p.person, p.title) for p in extract_positions(text)}


def test_a_roles_lower_case_field_is_part_of_the_title() -> None:
    # "Giám đốc tuyển sinh", "thư ký báo chí", "Trưởng phòng kế hoạch": the title as written
    cases = {
        "Bà Jennifer Stephens, Giám đốc tuyển sinh của trường, nói sẽ có học bổng.": (
            "Jennifer Stephens",
            "Giám đốc tuyển sinh",
        ),
        "Scott McClellan, thư ký báo chí của Nhà Trắng cho hay.": ("Scott McClellan", "thư ký báo chí"),
        "Ông Lê Tấn Phát, Trưởng phòng quản lý đào tạo trường ĐH Ngân hàng, cho biết.": (
            "Lê Tấn Phát",
            "Trưởng phòng quản lý đào tạo",
        ),
        "Thượng tá Nguyễn Xuân Hùng, điều tra viên cao cấp của Công an TP. Hà Nội, cho rằng.": (
            "Nguyễn Xuân Hùng",
            "điều tra viên cao cấp",
        ),
    }
    for text, want in cases.items():
        assert want in {(p.person, p.title) for p in extract_positions(text)}, text


def test_a_field_tail_names_the_body_after_it_and_spares_ministers() -> None:
    got = extract_positions("Trưởng phòng thị trường Viettour JSC, Trịnh Thế Ninh, cho biết: khách giảm.")
    assert [(p.title, p.org_or_place) for p in got] == [("Trưởng phòng thị trường", "Viettour JSC")]
    # a minister's portfolio is the ministry, not a field of the title
    got = extract_positions("Nguyên bộ trưởng tài chính Hồ Tế nói.")
    assert [(p.title, p.org_or_place) for p in got] == [("bộ trưởng", "Bộ Tài chính")]
    # a verb after the title is never taken as its field
    got = extract_positions("Giám đốc Nguyễn Văn An quản lý công ty từ năm 2000.")
    assert [p.title for p in got] == ["Giám đốc"]


def test_the_fuller_form_of_one_role_stands_for_both() -> None:
    text = (
        "Phó cảnh sát trưởng quốc gia Thái Lan Srivara Ransibrahmanakul cho biết. "
        "Phó cảnh sát trưởng Srivara Ransibrahmanakul nói thêm."
    )
    assert [p.title for p in extract_positions(text)] == ["cảnh sát trưởng quốc gia"]


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(p.person, p.title, p.qualifier) for p in extract_positions(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department of two fields joined by a dash; "môi trường" is no school ("trường")
        (
            "Theo ông Phạm Văn Bình (nguyên trưởng phòng Tài nguyên môi trường - giao thông xây dựng huyện), đất đã giao.",
            ("Phạm Văn Bình", "trưởng phòng Tài nguyên môi trường - giao thông xây dựng huyện", "nguyên"),
        ),
        # a board named by its task (a country is no place of a territorial organ): the role alone
        (
            "Ông Lê Văn Tâm - Phó Ban Tổ chức hội chợ hàng Việt Nam chất lượng cao - cho biết hội chợ sẽ mở.",
            ("Lê Văn Tâm", "Trưởng ban", "phó"),
        ),
        # a chain of lower-case titles may take the lower-case tail of a body the scan cut short
        (
            "Phát biểu tại buổi lễ, ủy viên Bộ Chính trị, trưởng Ban Tư tưởng - văn hóa trung ương Nguyễn Văn Bảy nêu bốn nhiệm vụ.",
            ("Nguyễn Văn Bảy", "trưởng Ban", ""),
        ),
        # an unmarked body "của" a marked body right before the name
        (
            "Viện trưởng Viện nghiên cứu lập pháp của Uỷ ban thường vụ Quốc hội Nguyễn Văn Tư cho biết như vậy.",
            ("Nguyễn Văn Tư", "Viện trưởng", ""),
        ),
        # a unit in lower case before its body in an aside: an affiliation
        (
            "TS Nguyễn Văn Tám (khoa tâm lý học Trường ĐH Sư phạm TP. HCM) đề nghị như vậy.",
            ("Nguyễn Văn Tám", "", ""),
        ),
        # a career list: each office a former one
        (
            "Ông Nguyễn Văn Hòa được bầu làm Chủ tịch UBND tỉnh. Ông Hòa từng đảm nhiệm nhiều chức vụ như Phó chủ "
            "tịch UBND thị xã Sơn Tây; Giám đốc Sở Tài chính; Phó chủ tịch tỉnh Hòa Bình.",
            ("Nguyễn Văn Hòa", "Giám đốc Sở Tài chính", "nguyên"),
        ),
        # dismissed from an office "đối với ông X": a former office
        (
            "Ban Bí thư đã kỷ luật cách chức Bí thư Ban cán sự đảng Bộ Công Thương giai đoạn 2011-2016 đối với ông "
            "Nguyễn Văn Mười.",
            ("Nguyễn Văn Mười", "Bí thư", "nguyên"),
        ),
        (
            "Khách mời có nhà phê bình Phạm Văn Mười và nhà thơ Lê Văn Hai.",
            ("Phạm Văn Mười", "nhà phê bình", ""),
        ),
        (
            "Trường do tiến sĩ Lim Chee Seng, một nhà giáo dục học nổi tiếng, thành lập.",
            ("Lim Chee Seng", "nhà giáo dục học", ""),
        ),
        (
            "Công tố viên đặc biệt Robert Miller đang điều tra.",
            ("Robert Miller", "Công tố viên đặc biệt", ""),
        ),
    ],
)
def test_round10_rules(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_round10_what_is_not_a_position() -> None:
    # the name after "TITLE của TITLE2, ông X" is the first title's, not the second's
    got = _found("Luật sư riêng của Tổng thống Mỹ, ông Michael Brown được cho là đã tự dàn xếp vụ việc.")
    assert ("Michael Brown", "Tổng thống", "") not in got
    # ... unless the first title is an earlier name's
    got = _found(
        "Ông Gerhard Weber, cố vấn đặc biệt của Chủ tịch Hội đồng quản trị Tập đoàn Ringier - ông Paul Keller - "
        "đã đến thăm."
    )
    assert ("Paul Keller", "Chủ tịch Hội đồng quản trị", "") in got
    # a one-word "name" that is the unit the title heads ("Tổ" of "Tổ đo vẽ")
    got = _found("Ông Trần Tổ là nông dân. Anh Lê Văn Năm (nguyên tổ trưởng Tổ đo vẽ) cũng bị truy tố.")
    assert ("Trần Tổ", "tổ trưởng", "nguyên") not in got and ("Lê Văn Năm", "tổ trưởng", "nguyên") in got
    # a state honour is no position
    assert _found("Nhà giáo Nhân dân Trần Văn Bảy, hiệu trưởng đầu tiên của trường, đã dự.") == {
        ("Trần Văn Bảy", "hiệu trưởng", "")
    }
    # a board of a local party committee keeps its department in the title
    assert _found("Ông Trần Văn Hòa, Phó Ban Tư tưởng - Văn hóa Thành ủy TPHCM, đã nhận xét như vậy.") == {
        ("Trần Văn Hòa", "Trưởng ban Tư tưởng", "phó")
    }


def test_a_former_deputy_office_drops_its_current_form_not_the_head_office() -> None:
    text = (
        "Thủ tướng phê chuẩn ông Nguyễn Văn Hòa, Phó chủ tịch UBND tỉnh Hòa Bình, làm Chủ tịch tỉnh. "
        "Ông Nguyễn Văn Hòa giữ chức Chủ tịch UBND tỉnh Hòa Bình. "
        "Ông Hòa từng đảm nhiệm nhiều chức vụ như Giám đốc Sở Tài chính; Phó chủ tịch tỉnh Hòa Bình."
    )
    got = _found(text)
    assert ("Nguyễn Văn Hòa", "chủ tịch tỉnh", "nguyên phó") in got
    assert ("Nguyễn Văn Hòa", "Chủ tịch UBND tỉnh", "") in got
    assert ("Nguyễn Văn Hòa", "chủ tịch UBND tỉnh", "phó") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trial a judge presides over is not part of the title
        ("Ông Lê Văn Mười, chủ tọa phiên tòa, đã tuyên án.", ("Lê Văn Mười", "chủ tọa", "")),
        # a department's capitalised name runs on to its parent body
        (
            "Ông Trần Văn Hai, Trưởng phòng Giáo dục Trung học Sở GD-ĐT Hà Nội, cho biết như vậy.",
            ("Trần Văn Hai", "Trưởng phòng Giáo dục Trung học", ""),
        ),
        # "hai phó trưởng ban là ông A, TITLE, và ông B, TITLE": the counted title covers both names
        (
            "Hai phó trưởng ban là ông Lê Văn Ba, Chủ tịch UBND tỉnh Điện Biên, và ông Trần Văn Bốn, "
            "Giám đốc Sở Tư pháp.",
            ("Trần Văn Bốn", "trưởng ban", "phó"),
        ),
        # the head of a uniquely named unit, then the unit's name: the title is the head's
        (
            "Ông Trần Văn Sáu, Cục trưởng Cục Quản lý dược, cho biết.",
            ("Trần Văn Sáu", "Cục trưởng", ""),
        ),
        # (a territorial organ keeps the organ in the title, the place apart)
        (
            "Ông Lê Văn Năm - Phó chi cục trưởng Chi cục Kiểm lâm Bình Thuận cho hay như vậy.",
            ("Lê Văn Năm", "chi cục trưởng Chi cục Kiểm lâm", "phó"),
        ),
        # a rank between a title with its body and the name, after a comma
        (
            "Theo Phó phòng Cảnh sát điều tra, thượng tá Lê Văn Bảy, vụ án sẽ sớm kết thúc.",
            ("Lê Văn Bảy", "Trưởng phòng Cảnh sát điều tra", "phó"),
        ),
        # an occupation, "tên", then the name
        ("Bà Lê Thị Hoa và một tài xế tên Trần Văn Tám có quen biết.", ("Trần Văn Tám", "tài xế", "")),
        ("Bị can Hòa là người soát vé trên xe khách.", ("Hòa", "người soát vé", "")),
        # a level-only body after an occupation joins the title
        (
            "Bà Nguyễn Thị Chín, nguyên nhân viên Hải quan tỉnh, bị truy tố.",
            ("Nguyễn Thị Chín", "nhân viên Hải quan tỉnh", "nguyên"),
        ),
        # the field of an artist, a player or an athlete right before the name
        ("Cầu thủ bóng đá Marco Rossi đến dự.", ("Marco Rossi", "Cầu thủ bóng đá", "")),
        # the late holder, and "khi còn là": former offices
        ("Con trai của cố tổng thống Ivan Petrov lên nắm quyền.", ("Ivan Petrov", "tổng thống", "nguyên")),
        (
            "Khi còn là Bí thư Tỉnh ủy, ông Nguyễn Văn Mười đã ký nhiều quyết định.",
            ("Nguyễn Văn Mười", "Bí thư Tỉnh ủy", "nguyên"),
        ),
        # a real name after a stage name: the title is the one person's
        (
            "Ông Brown muốn mua sự im lặng của Lily Stone – tên thật là Mary Smith - một diễn viên.",
            ("Lily Stone", "diễn viên", ""),
        ),
    ],
)
def test_round11_rules(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_round11_what_is_not_a_position() -> None:
    # "cố vấn" is an adviser, not a late holder
    assert _found("Ông Lê Văn Tám, cố vấn của Chủ tịch, đã phát biểu.") == {("Lê Văn Tám", "cố vấn", "")}
    # a body's head word read as a one-word name takes no title
    got = _found("Ông Trần Văn Hùng, Tổng giám đốc Khu quản lý đường bộ 2, cho biết việc thí điểm đã dừng.")
    assert all(p[0] != "Khu" for p in got)
    # the real name gets no title of its own
    got = _found("Ông Brown muốn mua sự im lặng của Lily Stone – tên thật là Mary Smith - một diễn viên.")
    assert all(p[0] != "Mary Smith" for p in got)
    # a counted title before "là" covers the list, not a name after a plain "và"
    got = _found("Giám đốc là ông Lê Văn Một, Chủ tịch Hội Nông dân xã, và ông Trần Văn Hai cũng dự.")
    assert ("Trần Văn Hai", "Giám đốc", "") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit named by its level and a number keeps the level in the organ's title
        (
            "Ông Lê Văn Bốn, Phó Chủ tịch UBND quận 10, đề nghị tạm dừng thi công.",
            ("Lê Văn Bốn", "Chủ tịch UBND quận", "phó"),
        ),
        (
            "Trần Văn Năm (nguyên trưởng công an phường 7, quận 3) bị phạt 3 năm tù.",
            ("Trần Văn Năm", "trưởng công an phường", "nguyên"),
        ),
        # new lexicon entries: a commentator, an envoy, a fashion designer's abbreviation
        ("Bình luận viên Mark Jones của tờ báo cho rằng vậy.", ("Mark Jones", "Bình luận viên", "")),
        ("Li Wei, phái viên Trung Quốc tại Liên hợp quốc, nói.", ("Li Wei", "phái viên", "")),
        ("Theo NTK Lê Thanh Hòa, bộ sưu tập gồm 30 mẫu.", ("Lê Thanh Hòa", "Nhà thiết kế", "")),
        (
            "Chỉ huy lực lượng vũ trang Iraq Abdul Karim cho biết.",
            ("Abdul Karim", "Chỉ huy lực lượng vũ trang", ""),
        ),
        # a department's name before a parenthesised parent body
        (
            "Tiến sĩ Lê Văn Sáu, Trưởng khoa Y học lao động (Viện Pasteur Nha Trang) khẳng định.",
            ("Lê Văn Sáu", "Trưởng khoa Y học lao động", ""),
        ),
        # a job field of several words closed by punctuation
        (
            "Anh Lê Văn Bảy, nhân viên quản lý bảo vệ rừng, cho biết.",
            ("Lê Văn Bảy", "nhân viên quản lý bảo vệ rừng", ""),
        ),
        # a capitalised title, a few words of its body, a dash and the honorific
        ("Trưởng BTC cuộc thi – ông Lê Văn Tám cũng bảo vệ.", ("Lê Văn Tám", "Trưởng BTC", "")),
        # "Từng là" opening the sentence: a former office
        (
            'Thời hạn ngắn thì không nổi". Từng là phó chánh án Tòa án nhân dân tối cao, ông Lê Văn Chín lại nói.',
            ("Lê Văn Chín", "chánh án", "nguyên phó"),
        ),
    ],
)
def test_round12_rules(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_round12_what_is_not_a_position() -> None:
    # a state honour is no position
    assert _found("NSND Lê Thị Mười đã dự buổi lễ.") == set()
    # the paper's dateline after a name is no affiliation
    got = _found("Ảnh: Lê Văn Mười (NLĐ) - Ngày 25-3, gần 1.500 học sinh đã dự.")
    assert all(p[0] != "Lê Văn Mười" for p in got)
    # the short "Chủ tịch" of a head of state is the same office
    got = _found("Chủ tịch nước Lê Văn Một lên đường. Cùng đi với Chủ tịch Lê Văn Một có nhiều quan chức.")
    assert got == {("Lê Văn Một", "Chủ tịch nước", "")}
    # "từng là" after another name's clause is that person's, not the next name's
    got = _found("Ông Lê Văn Ba từng là Giám đốc Sở Y tế, ông Trần Văn Tư nói.")
    assert all(p[0] != "Trần Văn Tư" for p in got)


def test_round13_place_offices_and_new_titles() -> None:
    # an office that is the place's own drops the level word: "thị trưởng", not "thị trưởng thành phố"
    got = _found("Ông Lê Văn Năm, thị trưởng thành phố Hòa Bình, lên án vụ việc.")
    assert ("Lê Văn Năm", "thị trưởng", "") in got
    got = _found("Trần Văn Sáu, công tố viên quận Ba Đình, nói hôm qua.")
    assert ("Trần Văn Sáu", "công tố viên", "") in got
    # an organ keeps its level word
    got = _found("Chủ tịch UBND thành phố Đà Nẵng Lê Văn Bảy phát biểu.")
    assert ("Lê Văn Bảy", "Chủ tịch UBND thành phố", "") in got
    # new lexicon entries: luật gia, người sáng lập, chủ thuyền
    assert ("Ngô Văn Tám", "Luật gia", "") in _found("Luật gia Ngô Văn Tám cho rằng luật cần sửa.")
    assert ("Hồ Văn Chín", "người sáng lập", "") in _found("Anh Hồ Văn Chín, người sáng lập nhóm, cho biết.")
    assert ("Lê Văn Mười", "chủ thuyền rồng", "") in _found(
        "Ông Lê Văn Mười, một chủ thuyền rồng trên sông, nói."
    )


def test_round14_second_title_lower_bodies_lists_and_aliases() -> None:
    # "và là": a second title of the same person, even after body words the first title did not take
    got = _found("Ông Lê Văn Một, Giám đốc Trung tâm bảo tồn thiên nhiên và là thành viên Hội Làm vườn, nói.")
    assert ("Lê Văn Một", "Giám đốc", "") in got
    assert ("Lê Văn Một", "thành viên", "") in got
    # ... but not another name's title after "và"
    got = _found("Ông Lê Văn Một, giám đốc công ty và là người quen của bà Hoa, cho biết.")
    assert [p for p in got if p[0] == "Lê Văn Một"] == [("Lê Văn Một", "giám đốc", "")]
    # a body after a lower-case head word, before the name (with or without a comma)
    for text in (
        "Chủ tịch hiệp hội Cà phê Việt Nam, Trần Văn Hai cũng nhận định như vậy.",
        "Chủ tịch hiệp hội Cà phê Việt Nam Trần Văn Hai cũng nhận định như vậy.",
    ):
        assert ("Trần Văn Hai", "Chủ tịch", "") in _found(text)
    assert not [p for p in _found("Giám đốc hỗ trợ Trần Văn Hai cho biết.") if p[0] == "Trần Văn Hai"]
    # an institution alone in parentheses after a list of names is each member's affiliation
    ps = extract_positions("Đó là Ngô Văn Ba và Trương Thị Bốn (Trường THCS Lê Lợi).")
    assert {(p.person, p.title, p.org_or_place) for p in ps} == {
        ("Ngô Văn Ba", "", "Trường THCS Lê Lợi"),
        ("Trương Thị Bốn", "", "Trường THCS Lê Lợi"),
    }
    # new lexicon entries and fields
    assert ("Trần Văn Lộc", "nhà bình luận", "") in _found(
        "Ông Trần Văn Lộc, 46 tuổi, một nhà bình luận, bị bắn."
    )
    assert ("Lê Văn Sáu", "giáo viên chủ nhiệm", "") in _found(
        "Thầy Lê Văn Sáu - giáo viên chủ nhiệm lớp 7A3 - đặt ra nội quy."
    )
    assert ("Tom Beaver", "Giám đốc học vụ", "") in _found(
        "Liên hệ ông Tom Beaver, Giám đốc học vụ của trường."
    )
    # a surname fused to an initial ("John B.Smith") is that person's later mention
    got = _found("Chánh án John B.Smith ra phán quyết. Luật sư cho rằng thẩm phán Smith đã sai.")
    assert ("John B.Smith", "thẩm phán", "") in got
    assert all(p[0] != "Smith" for p in got)


def test_round15_rules() -> None:
    # a naval rank between a title with its (foreign) body and the name
    assert ("Ivan Petrov", "Tư lệnh", "") in _found("Tư lệnh Hải quân Nga, Đô đốc Ivan Petrov nhấn mạnh.")
    assert ("Trần Văn Hiển", "Tư lệnh", "") in _found("Tư lệnh Hải quân, Phó Đô đốc Trần Văn Hiển phát biểu.")
    # "hàng không" inside a lower-case body is no negation
    assert ("Somchai Wong", "Cục trưởng", "") in _found(
        "Theo Cục trưởng Cục hàng không Thái Lan Somchai Wong, hãng sẽ được cấp phép."
    )
    # a department's parent organ is not part of the department's name
    ps = extract_positions("Theo ông Lê Văn Tám, Trưởng phòng Quản lý đô thị Sở Xây dựng TP HCM, dự án chậm.")
    assert [(p.person, p.title) for p in ps] == [("Lê Văn Tám", "Trưởng phòng Quản lý đô thị")]
    # ... but a director of the Sở keeps it
    ps = extract_positions("Theo ông Lê Văn Tám, Giám đốc Sở Xây dựng TP HCM, dự án chậm.")
    assert [(p.person, p.title) for p in ps] == [("Lê Văn Tám", "Giám đốc Sở Xây dựng")]
    # new occupations
    assert ("John Smith", "nhà sưu tập", "") in _found(
        "Sau khi nhà sưu tập người Anh John Smith mua xe tăng."
    )
    assert ("Peter Brown", "nhân viên ngoại giao", "nguyên") in _found(
        "Trung Quốc bắt giữ cựu nhân viên ngoại giao Canada Peter Brown hôm qua."
    )


def test_round16_rules() -> None:
    # a short party body left unmarked, a comma, then the next title of the chain
    got = _found("Dự họp có Bí thư Đảng đoàn, Chủ tịch Hội Nông dân Việt Nam Trần Văn Bình phát biểu.")
    assert ("Trần Văn Bình", "Bí thư", "") in got
    assert ("Trần Văn Bình", "Chủ tịch", "") in got
    got = _found("Dự họp có Uỷ viên Đảng đoàn, Phó Chủ tịch Hội Nông dân Việt Nam Lê Thị Hoa.")
    assert ("Lê Thị Hoa", "Uỷ viên", "") in got
    assert ("Lê Thị Hoa", "Chủ tịch", "phó") in got
    # two titles with the comma left out
    got = _found("Phát biểu có Phó chủ tịch Tổng thư ký Hội Nông dân Việt Nam Lê Văn Sơn.")
    assert ("Lê Văn Sơn", "Tổng thư ký", "") in got
    assert ("Lê Văn Sơn", "chủ tịch", "phó") in got
    # a name's last word "Quyền" is no "acting" for the next person's title
    got = _found("Có mặt Chủ tịch Hội Nông dân Việt Nam Trần Văn Quyền; Phó Bí thư Đảng uỷ Lê Văn Sơn.")
    assert ("Lê Văn Sơn", "Bí thư", "phó") in got
    assert all(q != "quyền phó" for _, _, q in got)
    # an abbreviated unit level in full words
    assert ("Trần Văn Bình", "Chủ tịch UBND huyện", "") in _found(
        "Ông Trần Văn Bình, Chủ tịch UBND H. Tân Châu, cho biết."
    )
    # a province in brackets after the body, then the name
    assert ("Lê Văn Sơn", "Chủ tịch UBND TP.", "phó") in _found(
        "Sáng 26/2, Phó Chủ tịch UBND TP. Nha Trang (Khánh Hoà), ông Lê Văn Sơn, cho biết."
    )
    # "TT" (Tổng thống) in full words; an elected president; the title of "được chọn làm"
    assert ("Putin", "Tổng thống", "") in _found('TT Putin " vạch mặt " kẻ tấn công.')
    assert ("Jean Dupont", "Tổng thống", "") in _found("Tổng thống Pháp đắc cử Jean Dupont sẽ nhậm chức.")
    assert ("Maria Lopez", "đại sứ", "") in _found(
        "Maria Lopez vừa được chọn làm đại sứ thiện chí của UNICEF."
    )
    # new titles
    assert ("Hoàng Văn Lâm", "báo cáo viên", "") in _found(
        "Tham dự có ông Hoàng Văn Lâm, báo cáo viên Học viện Chính trị quốc gia Hồ Chí Minh."
    )
    assert ("Jane Smith", "Đệ nhất Phu nhân", "nguyên") in _found(
        "Vai trò của cựu Đệ nhất Phu nhân Mỹ Jane Smith được so sánh."
    )
    assert ("Lê Thị Mai", "chủ nhiệm lớp", "") in _found(
        "Cô Lê Thị Mai (chủ nhiệm lớp 2A7) cũng bị kiểm điểm."
    )
    # a plural title before one word: a line of kings, no person
    assert _found("Lễ dâng hương tưởng niệm các Vua Hùng - những người có công dựng nước.") == set()
    # "chủ nhà hàng X" when the article also writes "nhà hàng X": X is the restaurant
    got = _found(
        "Phường phạt bà Lê Thị Mai, chủ nhà hàng Thành Đạt (số 5 Trần Phú) 20 triệu đồng. "
        "Nhà hàng Thành Đạt chính là nơi bị tố."
    )
    assert all(p != "Thành Đạt" for p, _, _ in got)
    assert ("Trần Văn Bình", "chủ nhà hàng", "") in _found(
        "Phường phạt chủ nhà hàng Trần Văn Bình 20 triệu đồng."
    )


def test_round17_full_form_reporter_note_and_committee_level() -> None:
    # a bare title said again after its territorial form is the same office
    got = _found(
        "Chủ tịch UBND tỉnh Long An Nguyễn Văn Tâm chỉ đạo các sở. Chiều qua, chủ tịch Nguyễn Văn Tâm "
        "cho biết sẽ họp tiếp."
    )
    assert {(p, t.lower(), q) for p, t, q in got} == {("Nguyễn Văn Tâm", "chủ tịch ubnd tỉnh", "")}
    # the reporter's note in brackets names no position
    got = _found("Dự án kéo dài tuyến đường (từ ngã ba Lê Lợi đến bến phà Tân Hòa - PV) vẫn chậm.")
    assert not any(t.lower() == "pv" for _, t, _ in got)
    # "Sở X TP": the bare level word is the place, not a part of the department's name
    got = _found("Ông Trần Văn Hùng, Phó Giám đốc Sở GTVT TP (bên trái) đang kiểm tra hiện trường.")
    assert {t for p, t, q in got if p == "Trần Văn Hùng" and q == "phó"} == {"Giám đốc Sở GTVT"}
    # "Quận uỷ Q. X": the level abbreviation after a committee that names it already
    got = _found("Có mặt tại buổi tiếp xúc có Phó bí thư Quận uỷ Q. Tân Bình Lê Văn Tư.")
    assert any(p == "Lê Văn Tư" and t.lower() == "bí thư quận uỷ" and q == "phó" for p, t, q in got)
    # "cùng với ông X, Title đã ...": the title is the next clause's subject, not X's
    got = _found("Cùng với ông Nguyễn Văn Khang, Tổng thanh tra đã yêu cầu các thành viên làm tường trình.")
    assert not any(p == "Nguyễn Văn Khang" for p, _, _ in got)
    # "cựu nhà thầu" is a former occupation
    assert ("John Miller", "nhà thầu", "nguyên") in _found("Vụ việc do cựu nhà thầu John Miller tiết lộ.")


def test_round18_rules() -> None:
    # "A, Title X và cô B, Title2 Y": B's own title, not A's (a lower-case honorific before B)
    got = _found(
        "Đề nghị kiểm điểm cô Trần Thị Mai, Hiệu trưởng Trường HBT và cô Lê Thị Hồng, Chủ tịch công đoàn "
        "Trường HBT, vì thiếu trách nhiệm."
    )
    assert ("Trần Thị Mai", "Hiệu trưởng", "") in got
    assert not any(p == "Lê Thị Hồng" and t == "Hiệu trưởng" for p, t, _ in got)
    # an affiliation followed by its parent body in brackets
    got = _found("Giải thưởng trao cho TS. Nguyễn Văn Long - Trường ĐH Bách khoa (ĐH Quốc gia TP. HCM).")
    assert ("Nguyễn Văn Long", "", "") in got
    # an ethnic group after an occupation is no person
    assert not _found("Dự án giúp 500 hộ nông dân Khơme thiếu tư liệu sản xuất vượt khó.")
    # the last word of a school's name spelt out by its acronym is no person
    assert not _found("Vụ Hiệu phó Trường tiểu học Đông Bắc Lân (ĐBL), xã Tân Hiệp lừa đảo ngân hàng.")


def test_round19_rules() -> None:
    # "đại diện" is a title for the positions step only (the verb "đại diện cho" is none)
    assert ("Nguyễn Văn Phú", "Đại diện", "") in _found(
        "Đại diện NXB ĐHQG, ông Nguyễn Văn Phú cũng cho biết."
    )
    assert not _found("Ông Nguyễn Văn An đại diện cho gia đình phát biểu tại buổi lễ.")
    assert not any(
        t == "đại diện"
        for _, t, _ in _found("Email của ứng viên tổng thống đại diện Đảng Dân chủ Hillary Clinton.")
    )
    # "cựu chỉ huy NATO X": an office with its body; "chỉ huy lực lượng" alone is a verb
    assert ("John Galvin", "chỉ huy", "nguyên") in _found("Thư có chữ ký của cựu chỉ huy NATO John Galvin.")
    # "huyện uỷ viên, bí thư ..., nguyên bí thư chi bộ": a chain after a dash
    got = _found(
        "Kỷ luật ông Trần A Hùng - huyện uỷ viên, bí thư Đảng uỷ thị trấn Cái Rồng, nguyên bí thư chi bộ."
    )
    assert {(t.lower(), q) for p, t, q in got if p == "Trần A Hùng"} >= {
        ("huyện uỷ viên", ""),
        ("bí thư chi bộ", "nguyên"),
    }
    # a plural title heading a ";" list: each listed person holds it too
    got = _found(
        "Dự lễ có các Ủy viên T.Ư Đảng: Bộ trưởng Bộ Văn hóa - Thông tin Phạm Quang Nghị; Chủ tịch Tổng "
        "LĐLĐ Việt Nam Cù Thị Hậu; Tư lệnh Quân khu II, trung tướng Ma Thanh Toàn cùng đồng bào."
    )
    assert {p for p, t, _ in got if t == "Ủy viên"} == {"Phạm Quang Nghị", "Cù Thị Hậu", "Ma Thanh Toàn"}
    # a mass organisation of a commune is a territorial organ
    got = _found("Khởi tố Đỗ Thị Lịt, Phó chủ tịch Hội nông dân xã Phương Sơn, về tội lừa đảo.")
    assert ("Đỗ Thị Lịt", "chủ tịch Hội nông dân xã", "phó") in got
    # a department written in lower case, then its place
    got = _found("Theo ông Trần Quang Phượng, Phó giám đốc Sở giao thông công chính TP HCM, cần phân luồng.")
    assert ("Trần Quang Phượng", "giám đốc Sở giao thông công chính", "phó") in got
    # a department of two fields joined by a dash; a dash before the body is no part of it
    got = _found(
        "Theo BS Cao Ngọc Duy, Phó Trưởng khoa Phẫu thuật hàm mặt – Phẫu thuật tạo hình, Bệnh viện X."
    )
    assert ("Cao Ngọc Duy", "Trưởng khoa Phẫu thuật hàm mặt – Phẫu thuật tạo hình", "phó") in got
    # "KTS" in full words; "N. Bagabandi" is the president named in full before
    assert ("Hoàng Thúc Hào", "Kiến trúc sư", "") in _found(
        "Ngược lại, KTS Hoàng Thúc Hào cho rằng có thể chấp nhận."
    )
    got = _found("Tổng thống Mông Cổ Natsagyn Bagabandi đến Hà Nội. Tổng thống N. Bagabandi sẽ hội đàm.")
    assert {p for p, _, _ in got} == {"Natsagyn Bagabandi"}


def test_leader_title() -> None:
    # "nhà lãnh đạo/lãnh đạo + country + name": a positions-only title, the country as the place
    got = _found("Nhà lãnh đạo Triều Tiên Kim Jong-un đã gặp Tổng thống Mỹ Donald Trump tại Singapore.")
    assert ("Kim Jong-un", "Nhà lãnh đạo", "") in got
    # the verb "lãnh đạo" (no body after it) is no office, and no person is made of it
    assert not _found("Ông Kim Jong-un lãnh đạo đất nước từ năm 2011.")
    assert not _found("Đảng lãnh đạo Nhà nước và xã hội, ông Nguyễn Văn C nói.")


def test_round20_rules() -> None:
    # a verb-like title with a unit the scan did not mark, a police field, or the organisers
    got = _found("Chúng tôi sẽ phân tích, chỉ huy Hạm đội Phương Bắc, Đô đốc Nikolay Evmenov nhấn mạnh.")
    assert ("Nikolay Evmenov", "chỉ huy", "") in got
    got = _found("Tôi xin nói rõ, Sarah Stewart, chỉ huy cảnh sát khu vực, nói.")
    assert ("Sarah Stewart", "chỉ huy cảnh sát khu vực", "") in got
    got = _found("IS được thành lập từ năm 2014 với thủ lĩnh tối cao là Abu Bakr al - Baghdadi.")
    assert ("Abu Bakr al - Baghdadi", "thủ lĩnh tối cao", "") in got
    # "và" goes on with a department's name
    got = _found("Theo Phó giám đốc Sở Nông nghiệp và Phát triển Hà Nội Đào Duy Tâm, cần hỗ trợ.")
    assert ("Đào Duy Tâm", "giám đốc Sở Nông nghiệp và Phát triển", "phó") in got
    got = _found("Richard Aslin, cựu trưởng khoa Nghệ thuật và Khoa học là người đầu tiên cảnh báo.")
    assert ("Richard Aslin", "trưởng khoa Nghệ thuật và Khoa học", "nguyên") in got
    # the person said again by a pronoun; the office held when arrested
    got = _found("Ông Đỗ Quang Hiển là một doanh nhân giàu có, hiện ông giữ chức Chủ tịch HĐQT tập đoàn T&T.")
    assert ("Đỗ Quang Hiển", "Chủ tịch HĐQT", "") in got
    got = _found(
        "Riêng về trường hợp ông Đào Tiến Dũng, khi bị bắt đang là phó tổng giám đốc, ông Hà cho biết."
    )
    assert ("Đào Tiến Dũng", "tổng giám đốc", "phó") in got
    # "lái xe" right after an aside, with no comma, is the verb
    got = _found("Ngày 17-6, tài xế Lê Văn Trường (41 tuổi) lái xe khách của nhà xe Cúc Mừng chạy tuyến.")
    assert got == {("Lê Văn Trường", "tài xế", "")}
    # the kind of business before its name
    assert ("Phạm Thùy Linh", "chủ tiệm vàng", "") in _found(
        "Đó là chị Phạm Thùy Linh, chủ tiệm vàng Kim Sung."
    )
    # a board named by its task is a uniquely named body; a local agency keeps its field and level
    got = _found("Ông Nguyễn Văn Nguyên, Trưởng Ban chỉ đạo lễ hội của huyện, cho biết.")
    assert ("Nguyễn Văn Nguyên", "Trưởng Ban", "") in got
    got = _found("Ông Trần Việt Hùng, Chi cục trưởng Bảo vệ Môi trường tỉnh Thừa Thiên - Huế cho biết.")
    assert ("Trần Việt Hùng", "Chi cục trưởng Bảo vệ Môi trường tỉnh", "") in got


def test_round20_dedup() -> None:
    text = (
        "Bộ trưởng Quốc phòng Nhật Bản Onodera khẳng định. Bộ trưởng Quốc phòng Itsunori Onodera nói. "
        "Bị can Mai Minh Ảnh (nguyên giám đốc Sở Nông nghiệp tỉnh Phú Yên) được đình chỉ. "
        "Giám đốc Mai Minh Ảnh đã ký 3 hợp đồng."
    )
    got = {(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)}
    assert ("Itsunori Onodera", "Bộ trưởng", "Bộ Quốc phòng", "") not in got
    assert ("Itsunori Onodera", "Bộ trưởng Quốc phòng", "Nhật Bản", "") in got
    assert not any(p == "Mai Minh Ảnh" and q == "" for p, _, _, q in got)


def test_round21_rules() -> None:
    def full(text: str) -> set[tuple[str, str, str, str]]:
        return {(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)}

    # a department takes no level word ("Giám đốc Sở Tư pháp", "TPHCM")
    assert ("Chu Phú Mỹ", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Long An", "phó") in full(
        "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An Chu Phú Mỹ nói."
    )
    # the deputy of a longer title, then the body's name
    got = _found("Hôm qua, Phó Ban chỉ đạo Quốc gia phòng chống dịch cúm gà Bùi Bá Bổng cho biết.")
    assert ("Bùi Bá Bổng", "Trưởng ban", "phó") in got
    # examples after a plural occupation are no field
    assert not _found("Nhiều nghệ sĩ như Phan Anh, Hà Vy đã kêu gọi ủng hộ.")
    # a couple written with a dash shares the apposition
    got = _found("Nạn nhân là vợ chồng anh Lâm Hồng Lâm - Phạm Thùy Linh, chủ tiệm vàng Kim Sung.")
    assert {("Lâm Hồng Lâm", "chủ tiệm vàng", ""), ("Phạm Thùy Linh", "chủ tiệm vàng", "")} <= got
    # "Ông cũng hiện là ..." goes on about the person just named
    got = _found(
        "Ông Đỗ Quang Hiển là doanh nhân giàu có.\nÔng cũng hiện là Chủ tịch hiệp hội Doanh nghiệp vừa và nhỏ."
    )
    assert ("Đỗ Quang Hiển", "Chủ tịch", "") in got
    # a field after "nhà khoa học"; a retired holder is a former one
    assert ("Sreeram Chaulia", "nhà khoa học chính trị", "") in _found(
        '" Không phải ai cũng được ôm ", nhà khoa học chính trị Sreeram Chaulia nói.'
    )
    assert ("Rajeev Dogra", "nhà ngoại giao", "Ấn Độ", "nguyên") in full(
        '" Một số người lo lắng ", nhà ngoại giao Ấn Độ đã nghỉ hưu Rajeev Dogra cho biết.'
    )
    # a candidate for vice-president holds no office; a title followed by another full name is that name's
    got = _found(
        "Ông từng nói chuyện với ứng cử viên phó tổng thống Loren Legarda, thủ lĩnh của phe thiểu số trong "
        "quốc hội Francis Escudero và một nhân vật đối lập."
    )
    assert not any(p == "Loren Legarda" for p, _, _ in got)
    assert ("Nguyễn Văn An", "luật sư", "") in _found(
        "Ông Nguyễn Văn An, luật sư của bị cáo Trần Văn Bình nói."
    )
    # a region's leader; the owner of a business named like a person; an address before "làm"
    assert ("Carles Puigdemont", "Lãnh đạo", "Catalonia", "") in full(
        "Lãnh đạo vùng Catalonia, ông Carles Puigdemont (phải), đứng vỗ tay."
    )
    assert ("Lê Thanh Điểu", "thuyền trưởng", "") in _found(
        "Tàu cá cùng 31 ngư dân do ông Lê Thanh Điểu quê ở xã Bình Chánh, huyện Bình Sơn làm thuyền trưởng bị chìm."
    )
    # "kiêm" after the rest of a body the first title did not take
    got = _found(
        "Chị Lâm Thị Phương Thanh, trưởng Ban thanh niên trường học kiêm phó chủ tịch thường trực Hội Sinh viên VN."
    )
    assert ("Lâm Thị Phương Thanh", "chủ tịch thường trực", "phó") in got


def test_round22_rules() -> None:
    def full(text: str) -> set[tuple[str, str, str, str]]:
        return {(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)}

    # "nữ" before an occupation in apposition; the kind of business in two words before its name
    assert ("Pia Ranada", "phóng viên", "") in _found("Bà Pia Ranada, nữ phóng viên của Rappler, nói.")
    assert ("Nguyễn Thị Ngọc Hạnh", "chủ tiệm cầm đồ", "") in _found(
        "Chị Nguyễn Thị Ngọc Hạnh - chủ tiệm cầm đồ Hoàn Vũ tại đường Hòa Bình - cho biết."
    )
    # a state senator: the state is the place, not part of the title
    assert ("Joe Biden", "thượng nghị sĩ", "Delaware", "") in full(
        "Ông Joe Biden là thượng nghị sĩ tiểu bang Delaware từ năm 1973."
    )
    # the president's spokesperson is not the president (but "của Tổng thống X" names the president)
    got = _found("Cô tranh luận với người phát ngôn tổng thống Roque về bài báo.")
    assert ("Roque", "người phát ngôn", "") in got and not any(t == "tổng thống" for _, t, _ in got)
    # the Youth Union of a place, not a person named Đoàn
    assert full("Anh Võ Minh Toàn, bí thư Đoàn phường Tràng Tiền, chia sẻ.") == {
        ("Võ Minh Toàn", "bí thư Đoàn phường", "Tràng Tiền", "")
    }
    # a verb-like title opening a line after a headline; a retired official of a field
    assert ("Rodrigo Duterte", "Nhà lãnh đạo", "Philippines", "") in full(
        "Ông Duterte cấm cửa phóng viên vào phủ tổng thống\n\nNhà lãnh đạo Philippines Rodrigo Duterte vừa ra lệnh."
    )
    assert ("Rana Banerji", "quan chức tình báo", "nguyên") in _found(
        '" Ông Trump và ông Modi có vẻ hoà hợp ", Rana Banerji, một quan chức tình báo đã nghỉ hưu ở New Delhi, nói.'
    )
    assert not _found("Ông John Smith, một quan chức Mỹ, cho biết.")


def test_round23_rules() -> None:
    def full(text: str) -> set[tuple[str, str, str, str]]:
        return {(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)}

    # a title and its body, then the parent body or the post's place, then ", ông X"
    assert ("Nguyễn Danh Sáo", "Vụ trưởng", "phó") in _found(
        "Tin vắn\nPhó Vụ trưởng Vụ Tây Á - châu Phi của Bộ Ngoại giao, ông Nguyễn Danh Sáo cho biết, tàu đã về."
    )
    assert ("Đỗ Mạnh Hùng", "Đại biện lâm thời", "") in _found(
        "Tin vắn\nNgày 11/11, Đại biện lâm thời Đại sứ quán Việt Nam tại Tazania, ông Đỗ Mạnh Hùng đã tới thăm."
    )
    # a field that goes on past a word starting with a non-ASCII lower-case letter; a verb still ends it
    assert ("Phạm Hữu Nam", "Trưởng phòng quản lý giao thông đô thị", "") in _found(
        "Ông Phạm Hữu Nam, Trưởng phòng quản lý giao thông đô thị, Sở Giao thông công chính Hà Nội, cho biết."
    )
    assert ("Kim An - soo", "thủ lĩnh biểu tình", "") in _found("Ông Kim An - soo, thủ lĩnh biểu tình, nói.")
    # a second title after "và" once the first title's body was cut short
    assert ("Alexander Graf Lambsdorff", "chủ tịch", "phó") in _found(
        "Alexander Graf Lambsdorff, thành viên đảng Dân chủ Tự do Đức (FDP) và phó chủ tịch hội đồng châu Âu"
        " gọi trang bìa là vô vị."
    )
    # ... but not a title that a later name owns
    assert ("Lê Văn A", "Chủ tịch", "") not in _found(
        "Ông Lê Văn A, giám đốc công ty Hoa Mai và Chủ tịch Tập Cận Bình đã gặp nhau."
    )
    # "quan chức" of a named body only; "Trưởng đặc khu"; a body's post "tại" a place before the name
    assert full("Ông John Smith, quan chức Bộ Ngoại giao Mỹ, cho biết.") == {
        ("John Smith", "quan chức", "Bộ Ngoại giao Mỹ", "")
    }
    assert not _found("Các quan chức Mỹ cho biết.")
    assert ("Lương Chấn Anh", "Trưởng đặc khu", "") in _found(
        "Trưởng đặc khu Hong Kong Lương Chấn Anh phát biểu."
    )
    assert ("Lee Jae-yong", "Trưởng đại diện", "") in _found(
        "Trưởng đại diện Hãng Samsung tại Việt Nam Lee Jae-yong nói."
    )


def test_round24_positions() -> None:
    def full(text: str) -> set[tuple[str, str, str, str]]:
        return {(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)}

    # "other" holders are a plural, no one's title; the next title is the name's
    found = _found(
        "Vụ án có sự tham gia của một số cán bộ khác, Thủ tướng Chính phủ Phan Văn Khải đã yêu cầu kiểm điểm."
    )
    assert ("Phan Văn Khải", "Thủ tướng", "") in found
    assert not any(t.endswith("khác") for _, t, _ in found)
    # "chủ xe", "chánh thư ký", "pháp chủ"
    assert ("Trần Thị Quán", "chủ xe", "") in _found("Họ gồm chủ xe Trần Thị Quán và phụ xe Lê Duy Phương.")
    # a leader's title right before a name is no verb; not after another name (its subject)
    assert ("Kim Jong-un", "lãnh đạo", "") in _found("Việc này do lãnh đạo Kim Jong-un chỉ đạo.")
    assert not _found("Ông Nguyễn Văn A lãnh đạo Nguyễn Văn B nhận giải.")
    # a foreign minister's bare title said again is the same office
    assert full(
        "Bộ trưởng Quốc phòng Thổ Nhĩ Kỳ Hulusi Akar có quan điểm khác. Bộ trưởng Akar tuyên bố như vậy."
    ) == {("Hulusi Akar", "Bộ trưởng Quốc phòng", "Thổ Nhĩ Kỳ", "")}
    # an envoy's issue between the title and the name
    assert ("James Jeffrey", "Đặc phái viên", "") in _found(
        "Mỹ sẽ không có quan hệ tốt với Syria, Đặc phái viên Mỹ về vấn đề Syria James Jeffrey nói."
    )
    # the rest of a body the title did not take, then a comma and a second title
    found = _found(
        "Hoà thượng Thích Trí Quảng - phó pháp chủ Hội đồng chứng minh, trưởng ban trị sự Giáo hội Phật giáo"
        " TP. HCM - đúc kết hội nghị."
    )
    assert ("Thích Trí Quảng", "pháp chủ", "phó") in found
    assert ("Thích Trí Quảng", "trưởng ban trị sự", "") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case body after a title that ends in "trưởng" ("trạm", "đồn", "xí nghiệp")
        ("Ông Lê Văn An, Đội trưởng trạm Đá Giá, cho biết.", [("Lê Văn An", "Đội trưởng", "", "")]),
        # "Theo TITLE A, B đã ...": no list, B takes no title
        ("Theo thẩm phán Alan Moore, Osborne đã nói dối.", [("Alan Moore", "thẩm phán", "", "")]),
        # a team sheet: the label before a colon is each player's title, the club his one affiliation
        (
            "Hậu vệ: Carlos Marchena (Valencia), Sergio Ramos (Real Madrid).",
            [("Carlos Marchena", "Hậu vệ", "Valencia", ""), ("Sergio Ramos", "Hậu vệ", "Real Madrid", "")],
        ),
        # a three-word trade closed by punctuation
        ("Anh Lê Văn Bình, thợ sửa xe máy, cho biết.", [("Lê Văn Bình", "thợ sửa xe máy", "", "")]),
        # "có tên là A và B": the title goes to both names
        (
            "Hai nhân viên bảo vệ có tên là Lê Văn An và Trần Văn Bình đã bị bắt.",
            [("Lê Văn An", "nhân viên bảo vệ", "", ""), ("Trần Văn Bình", "nhân viên bảo vệ", "", "")],
        ),
        # one occupation: "cô giáo" gives way to the same person's "giáo viên ..."
        (
            "Cô giáo Nguyễn Thị Lan, giáo viên dạy văn, cho biết.",
            [("Nguyễn Thị Lan", "giáo viên dạy văn", "", "")],
        ),
        # "chủ nhiệm chính trị" stands alone, its body apart
        (
            "Đại tá Lê Văn Tư, chủ nhiệm chính trị Bộ chỉ huy quân sự tỉnh, cho biết.",
            [("Lê Văn Tư", "chủ nhiệm chính trị", "Bộ chỉ huy quân sự tỉnh", "")],
        ),
    ],
)
def test_round25_positions(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = [(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Ông từng giữ chức A, B, C.": the offices the person just named used to hold, each former
        (
            "Ông Võ Văn Thống tái đắc cử Chủ tịch UBND TP Cần Thơ. Ông từng giữ chức Giám đốc Sở Tài chính, "
            "Phó bí thư Thành uỷ.",
            [
                ("Võ Văn Thống", "Chủ tịch UBND TP", "Cần Thơ", ""),
                ("Võ Văn Thống", "Giám đốc Sở Tài chính", "", "nguyên"),
                ("Võ Văn Thống", "bí thư Thành uỷ", "", "nguyên phó"),
            ],
        ),
        # an expert's field keeps its words before an epithet of eminence ("hàng đầu thế giới")
        (
            "Lý Xương Ngọc, chuyên gia pháp y hàng đầu thế giới, tái hôn.",
            [("Lý Xương Ngọc", "chuyên gia pháp y", "", "")],
        ),
        # "điều dưỡng" is an occupation before a name
        ("Bác sĩ Lê Văn Tình và điều dưỡng Trần Thị Hằng nhận thiết bị.", None),
    ],
)
def test_round26_positions(text: str, expected: list[tuple[str, str, str, str]] | None) -> None:
    got = [(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)]
    if expected is None:
        assert ("Trần Thị Hằng", "điều dưỡng", "", "") in got
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department of two fields joined by "và", then "thuộc" and its parent body
        (
            "Trưởng phòng Quản lý tài nguyên nước và khoáng sản thuộc Sở Tài nguyên môi trường TP HCM "
            "Nguyễn Văn Ngà cho biết, tất cả đều khai thác lậu.",
            ("Nguyễn Văn Ngà", "Trưởng phòng Quản lý tài nguyên nước và khoáng sản", "", ""),
        ),
        # a deputy written after its title
        (
            "Shah Hussain Martazawi, phát ngôn viên phó của Tổng thống Afghanistan, cho biết.",
            ("Shah Hussain Martazawi", "phát ngôn viên", "", "phó"),
        ),
        # at the head of a sentence, the body named by a generic word, then the honorific and the name
        (
            "Giám đốc tuyển sinh của trường ông Jean Pierre sẽ phỏng vấn các sinh viên.",
            ("Jean Pierre", "Giám đốc tuyển sinh", "", ""),
        ),
        # "khi làm" an office: the office held then, a former one
        (
            "Ông Nguyễn Văn An, khi làm Chủ tịch HĐQT (Công ty ABC), đã ký hợp đồng.",
            ("Nguyễn Văn An", "Chủ tịch HĐQT", "", "nguyên"),
        ),
    ],
)
def test_round27_positions(text: str, expected: tuple[str, str, str, str]) -> None:
    got = [(p.person, p.title, p.org_or_place, p.qualifier) for p in extract_positions(text)]
    assert len(got) == 1
    person, title, _org, qual = got[0]
    assert (person, title, qual) == (expected[0], expected[1], expected[3])


def test_round27_generic_body_not_for_occupations() -> None:
    # "Nhân viên công ty ông X": rather Mr X's company, no position for X
    assert extract_positions("Nhân viên công ty ông Nguyễn Văn An cho biết.") == []


def test_round27_before_taking_is_no_former_office() -> None:
    # "trước khi làm X": the office taken after, not a former one
    got = extract_positions(
        "Bà Vũ Thị Sơn, Hiệu trưởng trường tiểu học Yang Hăn, cho biết. Trước khi làm Hiệu trưởng trường "
        "tiểu học Yang Hăn, bà Vũ Thị Sơn từng làm giáo viên."
    )
    assert ("Vũ Thị Sơn", "Hiệu trưởng", "") in [(p.person, p.title, p.qualifier) for p in got]


def _pq(text: str) -> set[tuple[str, str, str]]:
    return {(p.person, p.title, p.qualifier) for p in extract_positions(text)}


def test_round28_late_premier() -> None:
    # "cố thủ tướng": the late premier, a former one ("cố thủ" alone is to hold out)
    got = _pq("Năm 2015, cố thủ tướng Singapore Lý Quang Diệu là người nhận được giải thưởng này.")
    assert got == {("Lý Quang Diệu", "thủ tướng", "nguyên")}


def test_round28_standing_form_dropped_by_bare_title() -> None:
    # "Phó thủ tướng thường trực X ... Phó thủ tướng X": one office, written as the bare title
    got = _pq(
        "Phó thủ tướng thường trực Nguyễn Tấn Dũng vừa ký Công văn. "
        "Phó thủ tướng Nguyễn Tấn Dũng yêu cầu Bộ Tài chính."
    )
    assert got == {("Nguyễn Tấn Dũng", "thủ tướng", "phó")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Email: isc@iscvn.comNgười phụ trách chương trình: Phan Thu Thuỷ \nĐặc biệt, học sinh giỏi.",
            ("Phan Thu Thủy", "Người phụ trách chương trình", ""),
        ),
        (
            "Liên hệ người phụ trách: Nguyễn Thị Lan, điện thoại 0903.",
            ("Nguyễn Thị Lan", "người phụ trách", ""),
        ),
    ],
)
def test_round28_contact_label(text: str, expected: tuple[str, str, str]) -> None:
    # a contact label, a colon and the name (also glued to the previous token)
    assert expected in _pq(text)


def test_round28_artist_spelled_sy() -> None:
    # "nghệ sỹ" is "nghệ sĩ" spelled with y; "Nghệ sỹ Ưu tú" stays an honour, no position
    got = _pq("NSƯT Lê Bình - đạo diễn và cũng là nghệ sỹ tạo hình cho bộ phim chia sẻ: “ Tôi muốn.")
    assert ("Lê Bình", "nghệ sỹ", "") in got
    assert _pq("Nghệ sỹ Ưu tú Lê Khanh đóng vai chính.") == set()


def test_round29_bracket_of_titles_in_name_order() -> None:
    # "A, B (T1 và T2 ...)": one title each, in order; the bracket is no title of the last name alone
    got = _pq(
        "Hai người liên quan bị tạm giữ là Trương Bình Trinh, Hoàng Văn Giang (tiếp tân và bảo vệ khách sạn "
        "Nguyên Thành 2)."
    )
    assert got == {("Trương Bình Trinh", "tiếp tân", ""), ("Hoàng Văn Giang", "bảo vệ", "")}
    # "bảo vệ" is a verb before a name: no title outside such a bracket
    assert _pq("Hy vọng bảo vệ Cúp vô địch của TPHCM sẽ tan biến.") == set()
    assert _pq("Nguyễn Văn An và Trần Văn Bình (cùng 25 tuổi, ngụ quận 3) bị bắt.") == set()


def test_round29_anaphoric_body_before_comma_name() -> None:
    # "Title + a body named before ('khu này'), ông X": the name set off by the anaphoric body
    assert ("Hà Phước Thắng", "Trưởng Ban", "") in _pq(
        "14h, Trưởng Ban quản lý khu này, ông Hà Phước Thắng cho biết 2 nạn nhân đã tử vong."
    )
    assert _pq("Chủ tịch UBND xã này, ông Hà Phước Thắng cho biết.") == {
        ("Hà Phước Thắng", "Chủ tịch UBND xã", "")
    }
    # a time or an occasion is no body
    assert _pq("Giám đốc lần đó, ông Hà Phước Thắng đi công tác.") == set()


def test_round29_person_in_charge_and_new_occupations() -> None:
    assert ("Josefina Vidal", "người phụ trách", "") in _pq(
        "Hãng tin AFP dẫn lời bà Josefina Vidal, người phụ trách các vấn đề Bắc Mỹ tại Bộ ngoại giao Cuba."
    )
    assert ("Võ Nghĩnh", "lái đò", "") in _pq("HĐXX tuyên án treo với ông lái đò Võ Nghĩnh.")
    assert ("Neil Potts", "giám đốc chính sách", "") in _pq(
        '" Chúng tôi tập trung vào quảng cáo ", giám đốc chính sách của Facebook Neil Potts nói.'
    )
    assert ("Ian Vandewalker", "nhà tư vấn", "") in _pq(
        "Ông Ian Vandewalker, một nhà tư vấn lâu năm của Trung tâm Tư pháp Brennan, cho biết."
    )


def test_round29_dismissed_from_two_offices() -> None:
    # "miễn nhiệm chức vụ A đối với ông X và chức vụ B với ông Y": each office former, each its person
    got = _pq(
        "Chủ tịch UBND tỉnh vừa ký quyết định miễn nhiệm chức vụ giám đốc Công ty Thủy sản Cà Mau đối với "
        "ông Trần Quang Chiêu và chức vụ kế toán trưởng với ông Vương Trung Tuấn vì liên quan vụ án."
    )
    assert ("Trần Quang Chiêu", "giám đốc", "nguyên") in got
    assert ("Vương Trung Tuấn", "kế toán trưởng", "nguyên") in got


def test_round29_head_and_deputy_over_two_names() -> None:
    # "trưởng và phó phòng Tài chính B, C": the head is B, the deputy C; "trưởng" is no title of A
    got = _pq(
        "Cơ quan điều tra khởi tố nguyên tổng giám đốc Nguyễn Văn An, trưởng và phó phòng Tài chính "
        "Trần Văn Bình, Lê Thị Cúc."
    )
    assert got == {
        ("Nguyễn Văn An", "tổng giám đốc", "nguyên"),
        ("Trần Văn Bình", "Trưởng phòng Tài chính", ""),
        ("Lê Thị Cúc", "Trưởng phòng Tài chính", "phó"),
    }


def test_round30_department_named_by_capitalised_fields() -> None:
    # "phòng Kinh tế | Kế hoạch": a department of two known fields, then an acronym, "của" or punctuation
    assert _pq("Việc xây dựng do Phạm Tiến Dũng (nguyên Trưởng phòng Kinh tế Kế hoạch PMU18) đảm nhận.") == {
        ("Phạm Tiến Dũng", "Trưởng phòng Kinh tế Kế hoạch", "nguyên")
    }
    assert ("Phạm Tiến Dũng", "Trưởng phòng Kinh tế Kế hoạch", "") in _pq(
        "Ông Phạm Tiến Dũng, Trưởng phòng Kinh tế Kế hoạch của Sở, cho biết."
    )
    # a place is no field: the territorial organ keeps its form
    assert ("Nguyễn Bình Kiên", "Trưởng phòng An ninh kinh tế Công an", "") in _pq(
        "Ông Nguyễn Bình Kiên, Trưởng phòng An ninh kinh tế Công an Hải Phòng, thừa nhận."
    )


def test_round30_known_as_and_degree_from_university() -> None:
    # "còn được biết tới là": the offices the person is known to hold
    got = _pq(
        "Ngoài là công chức của Viện, ông Hà Quốc Quân còn được biết tới là Chủ tịch Hội đồng quản trị, "
        "kiêm Tổng giám đốc Công ty cổ phần Tư vấn xây dựng cảng biển Việt Nam."
    )
    assert {("Hà Quốc Quân", "Chủ tịch Hội đồng quản trị", ""), ("Hà Quốc Quân", "Tổng giám đốc", "")} <= got
    # "TS X từ ĐH Y": a degree is no title, the university is the affiliation
    assert [
        (p.person, p.title, p.org_or_place)
        for p in extract_positions("TS David Blackburn từ ĐH Florida cho biết.")
    ] == [("David Blackburn", "", "ĐH Florida")]
    assert _pq("GS Nguyễn Văn An từ Hà Nội vào thăm.") == set()


def test_round30_foreign_leader_in_apposition() -> None:
    got = _pq(
        "Toà án sẽ xem xét đơn của hai người ủng hộ ly khai, là Jordi Sanchez, thủ lĩnh Hội đồng Quốc gia "
        "Catalonia (ANC), và Jordi Cuixart, thủ lĩnh phong trào Omnium."
    )
    assert {("Jordi Sanchez", "thủ lĩnh", ""), ("Jordi Cuixart", "thủ lĩnh", "")} <= got


def test_mixed11_chief_of_staff_and_base() -> None:
    # "Chánh Văn phòng Nhà Trắng John Kelly." ends a sentence: still the person after the office;
    # "tại căn cứ Al Asad, Tổng thống Trump": the base is no person titled "Tổng thống"
    got = {
        (p.person, p.title, p.org_or_place)
        for p in extract_positions(
            "Đi cùng là Chánh Văn phòng Nhà Trắng John Kelly.\nPhát biểu tại căn cứ Al Asad, Tổng thống Trump nói."
        )
    }
    assert ("John Kelly", "Chánh Văn phòng", "Văn phòng Nhà Trắng") in got
    assert not any(p == "Al Asad" for p, _, _ in got), got


def test_round31_office_held_then() -> None:
    # "lúc bấy giờ"/"khi đó" right after the title (no brackets): the office held then, a former one
    assert ("Sô Lây Tăng", "chủ tịch UBND tỉnh", "nguyên") in _pq(
        "Ông Sô Lây Tăng, chủ tịch UBND tỉnh Gia Lai Kon Tum lúc bấy giờ chỉ đạo cho họ sinh sống."
    )
    assert ("Trần Văn Bình", "Giám đốc Sở Tư pháp", "nguyên") in _pq(
        "Ông Trần Văn Bình, Giám đốc Sở Tư pháp khi đó, cho biết."
    )
    # the title before the name, then the name in brackets after "lúc bấy giờ"
    assert ("Lê Thành Đại", "chủ tịch UBND quận", "nguyên") in _pq(
        "Sawaco chỉ xin 1ha nhưng chủ tịch UBND quận 9 lúc bấy giờ (ông Lê Thành Đại) lại đồng ý."
    )
    # ", khi đó" after a comma opens the next clause: the office is current
    assert ("Trần Văn Bình", "Giám đốc Sở Tư pháp", "") in _pq(
        "Ông Trần Văn Bình, Giám đốc Sở Tư pháp, khi đó cho biết."
    )


def test_round31_once_was_and_storekeeper() -> None:
    # "Nguyên là X, ông Y": opening the sentence, a former office
    assert ("Lê Văn Tám", "Giám đốc Sở Tư pháp", "nguyên") in _pq(
        "Nguyên là Giám đốc Sở Tư pháp, ông Lê Văn Tám nay đã nghỉ hưu."
    )
    assert ("Nguyễn Thị Út", "trưởng kho", "") in _pq(
        "Tòa còn tuyên phạt Nguyễn Thị Út (trưởng kho phân xưởng 6 của kho 301A) 4 năm tù."
    )


def test_round31_department_second_field_after_name() -> None:
    # a department's capitalised name, then "và" and its second field in lower case
    assert ("Nguyễn Văn Hồng", "Trưởng Phòng Đăng ký và kinh tế đất", "") in _pq(
        "Ông Nguyễn Văn Hồng, Trưởng Phòng Đăng ký và kinh tế đất, cho biết."
    )


def test_round31_in_charge_of_a_unit() -> None:
    # "phụ trách" + a unit in apposition: the person heads it
    assert ("Nguyễn Thị La", "phụ trách", "") in _pq(
        "Theo bà Nguyễn Thị La, phụ trách Tổ nghiệp vụ hành chính công quận 3, người dân băn khoăn."
    )
    # a duty, a verb, a deputy's remit: no position of its own
    assert ("Trần Thanh Hải", "phụ trách", "") not in _pq(
        "Ông Trần Thanh Hải - phó viện trưởng, phụ trách kiểm sát hình sự - đến dự."
    )
    assert (
        _pq('Mảng thuốc thì Hạnh giao cho Nguyễn Thanh Tâm (tức Tâm "Lai") phụ trách, mỗi ca Tâm lãi.')
        == set()
    )
    assert not any(
        t.startswith("phụ trách")
        for _, t, _ in _pq("Phó giám đốc phụ trách Sở GD-ĐT Đà Nẵng Lê Thị Bích Thuận cho biết.")
    )


def test_round32_title_opening_a_body_name() -> None:
    # "Thường vụ Quốc hội" is the standing committee's name (an ORG), not a title before the name
    assert ("Triệu Thế Hùng", "Thường vụ", "") not in _pq(
        "Thường vụ Quốc hội phê chuẩn ông Triệu Thế Hùng làm việc."
    )
    assert ("Nguyễn Văn An", "Uỷ viên Ban Thường vụ Thành uỷ", "") in _pq(
        "Uỷ viên Ban Thường vụ Thành uỷ Nguyễn Văn An cho biết."
    )


def test_round32_approved_as_after_a_long_aside() -> None:
    # "phê chuẩn ông X, <title of a long-named committee> làm <office>": the office taken
    assert ("Triệu Thế Hùng", "chủ nhiệm", "phó") in _pq(
        "Thường vụ Quốc hội phê chuẩn ông Triệu Thế Hùng, Uỷ viên Thường trực Uỷ ban Văn hoá, Giáo dục, "
        "Thanh niên, Thiếu niên và Nhi đồng làm Phó chủ nhiệm Uỷ ban."
    )


def test_round32_dashed_name_after_a_clause_comma() -> None:
    # "Theo đó, | Phó Chủ tịch HĐQT của tập đoàn – ông X": the title opens the clause after the comma
    assert ("Nguyễn Thành Trung", "Chủ tịch HĐQT", "phó") in _pq(
        "Theo đó, Phó Chủ tịch HĐQT của tập đoàn – ông Nguyễn Thành Trung vừa đăng ký mua cổ phiếu."
    )


def test_round32_negotiation_delegation_heads() -> None:
    # "đàm phán" is the field of a delegation head; "trưởng phái đoàn" a title of its own
    assert ("Christopher Hill", "trưởng đoàn đàm phán", "nguyên") in _pq(
        "Cựu trưởng đoàn đàm phán Mỹ Christopher Hill lên án chính quyền."
    )
    assert ("Christopher Hill", "trưởng phái đoàn", "nguyên") in _pq(
        "Christopher Hill, từng là trưởng phái đoàn Mỹ tham gia đàm phán 6 bên, nói."
    )
    # a surname "Đàm" is no field: the name stays a name
    assert ("Đàm Văn Phán", "trưởng đoàn", "") in _pq("Ông Đàm Văn Phán, trưởng đoàn, cho biết.")
    assert ("Đàm Vĩnh Hưng", "Trưởng đoàn", "") in _pq("Trưởng đoàn Đàm Vĩnh Hưng cho biết.")


def test_round32_alternating_names_and_titles() -> None:
    # "A, t1, t2, B, t3": when B has its own title after a comma, t2 before B is still A's
    got = _pq(
        "Các đồng chí Lê Hoàng Quân, Ủy viên Trung ương Đảng, Phó Bí thư Thường trực Thành ủy, Lê Thanh Hải, "
        "Phó Bí thư Thành ủy, Chủ tịch UBND TP đã tiếp đoàn."
    )
    assert ("Lê Hoàng Quân", "Bí thư Thường trực Thành ủy", "phó") in got
    assert ("Lê Thanh Hải", "Bí thư Thường trực Thành ủy", "phó") not in got
    assert ("Lê Thanh Hải", "Bí thư Thành ủy", "phó") in got
    # no own title after B: the title right before B is B's ("A, t1, t2 B")
    assert ("Huỳnh Cách Mạng", "chủ tịch UBND", "phó") in _pq(
        "Du Trường Giang, phó tư lệnh Bộ Tư lệnh Quân khu 7, Phó chủ tịch UBND TP. HCM Huỳnh Cách Mạng dự."
    )


def test_office_of_an_unnamed_unit_before_a_name() -> None:
    # "Chủ tịch xã Nguyễn Văn Được": the level word is the office's, the name the holder's
    assert ("Nguyễn Văn Được", "Chủ tịch xã", "") in _pq("Chủ tịch xã Nguyễn Văn Được cho biết.")
    assert ("Lê Văn Tám", "chủ tịch huyện", "phó") in _pq("Phó chủ tịch huyện Lê Văn Tám nói.")
    # a ward named after a person, so written elsewhere in the article, is no holder
    got = _pq(
        "Buộc thôi việc phó chủ tịch phường Nguyễn Thái Bình. Ông Nguyễn Chí Việt, phó chủ tịch UBND "
        "phường, không đến. UBND phường Nguyễn Thái Bình đã liên hệ."
    )
    assert not any(p[0] == "Nguyễn Thái Bình" for p in got), got


def test_verb_words_are_no_body_before_la() -> None:
    # "hậu vệ | vào thay người ở hiệp hai | là Glenn Johnson": a clause, no body of the title
    got = extract_positions("Bàn thắng do công của hậu vệ vào thay người ở hiệp hai là Glenn Johnson.")
    assert not any("thay" in p.org_or_place for p in got), got


def test_occupation_then_named() -> None:
    # "Tài xế có tên là Hùng": an occupation introduces the name as a person's (not a thing's)
    assert ("Hùng", "Tài xế", "") in _pq("Tài xế có tên là Hùng bỏ chạy.")


def test_long_unmarked_body_before_a_name() -> None:
    # a board's name of several lower-case words, then its parent body, then the name
    got = extract_positions(
        "Tham dự có Trưởng ban Nghiên cứu chiến lược an ninh quốc gia Bộ Chính trị Hoàng Xuân Cừ; Tư lệnh."
    )
    assert [(p.person, p.title) for p in got] == [("Hoàng Xuân Cừ", "Trưởng ban")]
    assert got[0].org_or_place.startswith("Nghiên cứu chiến lược")


def test_central_abbreviation_is_no_name() -> None:
    # "T.Ư" (Trung ương) after a body or a title is the body's, never a person's initials
    got = extract_positions("Phó trưởng ban thường trực Ban Kinh tế T.Ư Võ Đức Huy cùng nhiều quan chức.")
    assert [(p.person, p.title, p.org_or_place, p.qualifier) for p in got] == [
        ("Võ Đức Huy", "trưởng ban", "Ban Kinh tế Trung ương", "phó")
    ]
    got = extract_positions("Phó chủ tịch thường trực T.Ư Hội LHTN Việt Nam Nguyễn Văn A nói.")
    assert [p.person for p in got] == ["Nguyễn Văn A"]


def test_person_named_like_his_firm() -> None:
    # "luật sư Nghiêm Quang Vinh, Giám đốc công ty luật TNHH Nghiêm Quang": the firm's short name inside
    # the lawyer's full name is his name, not a mention of the firm
    got = _pq(
        "Luật sư Nghiêm Quang Vinh, Giám đốc công ty luật TNHH Nghiêm Quang cho biết. "
        "Theo luật sư Vinh, nữ tài xế phải chịu trách nhiệm."
    )
    assert ("Nghiêm Quang Vinh", "Luật sư", "") in got
    assert ("Nghiêm Quang Vinh", "Giám đốc", "") in got
    # "Theo A, nữ tài xế phải ...": the occupation is the next clause's subject
    assert not any(t == "tài xế" for _, t, _ in got), got


def test_round34_dismissed_offices() -> None:
    # "cách chức t1, t2 đối với ông X": every office of the list is a former one of X
    got = _pq(
        "Ông Lê Văn Thuỷ là cán bộ huyện. Cơ quan này đã cách chức Uỷ viên ban chấp hành Đảng bộ huyện, "
        "Bí thư chi bộ Phòng Tài nguyên đối với ông Thuỷ."
    )
    assert ("Lê Văn Thủy", "Uỷ viên", "nguyên") in got
    assert ("Lê Văn Thủy", "Bí thư chi bộ Phòng Tài nguyên", "nguyên") in got
    # "X - title bị cách chức": the office just lost is a former one; "bị cảnh cáo" is no loss
    assert ("Lê Văn Thủy", "Trưởng phòng Tài nguyên", "nguyên") in _pq(
        "Theo đó, ông Lê Văn Thuỷ - Trưởng phòng Tài nguyên bị cách chức, chuyển xuống làm chuyên viên."
    )
    assert ("Nguyễn Mạnh Tuấn", "Trưởng phòng", "phó") in _pq(
        "Ông Nguyễn Mạnh Tuấn - Phó phòng kiêm giám đốc Văn phòng đăng ký bị cảnh cáo."
    )


def test_round35_leader_and_nha_leader_one_office() -> None:
    # "Lãnh đạo Triều Tiên X ... nhà lãnh đạo Triều Tiên X": one office, the fuller "nhà lãnh đạo"
    got = _pq(
        "Lãnh đạo Triều Tiên Kim Jong Un chúc mừng Quốc khánh.\n\n"
        "Trong thư, nhà lãnh đạo Triều Tiên Kim Jong Un bày tỏ hi vọng."
    )
    assert ("Kim Jong Un", "nhà lãnh đạo", "") in got
    assert ("Kim Jong Un", "Lãnh đạo", "") not in got


def test_round35_sy_spelling_of_legislator() -> None:
    # "nghị sỹ": the "-sỹ" spelling of "nghị sĩ"
    assert ("Ben Carson", "nghị sỹ", "") in _pq("Ngày 5/7, nghị sỹ Ben Carson cho biết dự luật đã bị bác.")


def test_round35_civil_defence_guard_with_its_ward() -> None:
    # "anh X (dân phòng phường Y) ... dân phòng X": the occupation with its ward, said once
    got = extract_positions(
        "Hiếu bắn anh Trần Văn Sơn (dân phòng phường Bình Trị Đông, Bình Tân) rồi bỏ trốn. "
        "Trước đó dân phòng Sơn nhắc nhở Hiếu."
    )
    assert [(p.person, p.title, p.org_or_place) for p in got] == [
        ("Trần Văn Sơn", "dân phòng phường", "Bình Trị Đông")
    ]


def test_verb_like_office_in_apposition() -> None:
    # capitalised right after a name and a comma, "Chỉ huy" is the person's office, not the verb
    assert ("Allison Cabral", "Chỉ huy", "") in _pq(
        "Bà Allison Cabral, Chỉ huy đồn cảnh sát San Jose, cho biết."
    )
    # the verb stays a verb
    assert not _pq("Ông Nguyễn Văn A chỉ huy lực lượng cứu hộ.")


def test_plural_title_heading_a_list_with_gom() -> None:
    # "Các ĐBQH gồm ông A, bà B và ông C": the plural title is each listed person's
    got = _pq("Các ĐBQH gồm ông Ngô Tuấn Nghĩa, bà Lâm Thị Hoa và ông Phan Văn Khuê đã tiếp xúc cử tri.")
    assert {p for p in got if p[1] == "Đại biểu"} == {
        ("Ngô Tuấn Nghĩa", "Đại biểu", ""),
        ("Lâm Thị Hoa", "Đại biểu", ""),
        ("Phan Văn Khuê", "Đại biểu", ""),
    }
    # the list runs past the dot of "TP." and "Q."; each member keeps their own title too
    got = _pq(
        "Các ĐBQH gồm Chính uỷ Bộ tư lệnh TP. HCM Ngô Tuấn Nghĩa, Phó bí thư Quận uỷ Q. Bình Thạnh Lâm Đình "
        "Thắng và Phó trưởng đoàn Đại biểu Quốc hội TP. HCM Phan Nguyễn Như Khuê."
    )
    assert ("Lâm Đình Thắng", "Đại biểu", "") in got and ("Ngô Tuấn Nghĩa", "Chính uỷ", "") in got


def test_supreme_peoples_assembly_is_a_unique_body() -> None:
    # North Korea's parliament is no provincial People's Council: title "Chủ tịch", the body as org
    got = extract_positions("Chủ tịch Hội đồng Nhân dân Tối cao Kim Yong - nam đã tới.")
    assert [(p.person, p.title, p.org_or_place) for p in got] == [
        ("Kim Yong - nam", "Chủ tịch", "Hội đồng Nhân dân Tối cao Triều Tiên")
    ]


def test_outgoing_office_status_between_title_and_name() -> None:
    # "sắp mãn nhiệm" (outgoing) is the office's status, like "đương nhiệm"
    got = _pq("Trong thời gian chuyển tiếp, Tổng thống sắp mãn nhiệm Leonid Kuchma vẫn nắm quyền.")
    assert ("Leonid Kuchma", "Tổng thống", "") in got


@pytest.mark.parametrize("place", ["châu Âu", "Mỹ", "Úc"])
def test_sentence_ends_after_a_short_capitalised_word(place: str) -> None:
    # "... vào châu Âu. Bộ trưởng ..., ông X,": a capitalised word with a vowel ends its sentence (not an
    # abbreviation such as "TP." or "Th."), so the apposition after the next title is read
    text = f"Người tị nạn tràn vào {place}. Bộ trưởng Nội vụ Đức, ông Horst Seehofer, cho rằng khu vực."
    assert ("Horst Seehofer", "Bộ trưởng Nội vụ", "") in _pq(text)


def test_round36_occupation_field_before_name() -> None:
    # "cô giáo mầm non X", "ca sĩ kiêm diễn viên điện ảnh X": an occupation, its closed field, the name
    assert ("Hà Thị Phương", "cô giáo mầm non", "") in _pq(
        "Ngoài giờ lên lớp, cô giáo mầm non Hà Thị Phương (Chiêm Hoá, Tuyên Quang) cầm đầu đường dây."
    )
    got = _pq(
        "Khi thông tin về cuốn video của ca sĩ kiêm diễn viên điện ảnh Yến Vy bị tung lên mạng, dư luận xôn xao."
    )
    assert got == {("Yến Vy", "ca sĩ", ""), ("Yến Vy", "diễn viên điện ảnh", "")}
    # only the closed fields: a verb and its object are no field
    assert _pq("Diễn viên đóng vai Trần Thị Lan bị bắt.") == set()


def test_round36_occupation_with_field_said_once() -> None:
    # "diễn viên điện ảnh X ... diễn viên X": one occupation, the fuller form
    got = _pq("Hôm qua, diễn viên điện ảnh Yến Vy đã biểu diễn. Chính diễn viên Yến Vy lại làm vậy.")
    assert got == {("Yến Vy", "diễn viên điện ảnh", "")}


def test_round36_head_of_neighbourhood_block() -> None:
    # "trưởng khối phố": the head of a block of an urban ward (central Vietnam's "khu phố")
    got = _pq("Ông Nguyễn Huy Tài, trưởng khối phố số 8, cho biết công ty đồng ý cấp nước.")
    assert got == {("Nguyễn Huy Tài", "trưởng khối phố", "")}


def test_round36_occupation_stops_at_verb() -> None:
    # "Huỳnh Samuel An, ca sĩ gây sốt tại cuộc thi ...": what the singer did is no field of the job
    got = _pq("Huỳnh Samuel An, ca sĩ gây sốt tại cuộc thi Giọng hát Việt 2018.")
    assert got == {("Huỳnh Samuel An", "ca sĩ", "")}


def test_round36_own_apposition_breaks_singular_title_list() -> None:
    # a singular title before "A, B, title of B": B has a title of its own, not A's
    got = _pq("Tham gia có nhạc trưởng Lê Phi Phi, Ninh Đức Hoàng Long, nghệ sĩ piano, và ca sĩ Trọng Hiếu.")
    assert ("Ninh Đức Hoàng Long", "nhạc trưởng", "") not in got
    assert ("Ninh Đức Hoàng Long", "nghệ sĩ piano", "") in got
    assert ("Lê Phi Phi", "nhạc trưởng", "") in got
    # a plural title covers each name of the list all the same
    got = _pq("Tham gia có các luật sư Lê Phi Phi, Ninh Đức Hoàng Long, giám đốc công ty Minh Nguyên.")
    assert ("Ninh Đức Hoàng Long", "luật sư", "") in got
    # a title before the next name heads the next list ("hậu vệ A, B, tiền vệ C"): no apposition of B
    got = _pq("Hà Nội ra sân với hậu vệ Nguyễn Văn An, Trần Văn Bình, tiền vệ Lê Văn Cường.")
    assert ("Trần Văn Bình", "hậu vệ", "") in got
    assert ("Trần Văn Bình", "tiền vệ", "") not in got
    # a list with no apposition of its own keeps the shared title
    got = _pq("Tham gia có luật sư Lê Phi Phi, Ninh Đức Hoàng Long và Trần Văn Nam.")
    assert ("Trần Văn Nam", "luật sư", "") in got


def test_round36_outgoing_office_status() -> None:
    # "tổng thống sắp mãn nhiệm X": the outgoing holder is still in office
    assert _pq("Dưới thời tổng thống sắp mãn nhiệm Benigno Aquino, Philippines thách thức.") == {
        ("Benigno Aquino", "tổng thống", "")
    }


def test_round36_thay_spelling_of_teacher() -> None:
    # "thày giáo": the older spelling of "thầy giáo"
    assert _pq("Thày giáo Hoàng Danh năm nay 70 tuổi.") == {("Hoàng Danh", "Thày giáo", "")}


def test_round36_affiliation_with_its_place() -> None:
    # "GS Nayfeh (Đại học Illimois - Mỹ)": an institution alone in the brackets, then its country
    got = extract_positions("Cộng tác viên như GS Nayfeh (Đại học Illimois - Mỹ) được mời tư vấn.")
    assert [(p.person, p.title, p.org_or_place) for p in got] == [("Nayfeh", "", "Đại học Illimois")]


def test_round37_then_held_office_in_brackets() -> None:
    # "(bấy giờ là X)": the office held then, a former one
    got = _pq("Hai năm sau, ông Nguyễn Thanh Liêm (bấy giờ là Phó chủ tịch UBND huyện Tân Phước) đã ký.")
    assert got == {("Nguyễn Thanh Liêm", "chủ tịch UBND huyện", "nguyên phó")}
    # "bây giờ là" (now) stays current
    got = _pq("Ông Nguyễn Văn A (bây giờ là Chủ tịch UBND huyện Tân Phước) cho biết.")
    assert got == {("Nguyễn Văn A", "Chủ tịch UBND huyện", "")}


def test_round37_incumbent_in_apposition() -> None:
    got = extract_positions("Ông Nguyễn Thanh Liêm, đương chức Chủ tịch UBND huyện Tân Phước, có 14 ha đất.")
    assert [(p.person, p.title, p.org_or_place, p.qualifier) for p in got] == [
        ("Nguyễn Thanh Liêm", "Chủ tịch UBND huyện", "Tân Phước", "")
    ]


def test_round37_appointee_said_again_by_nguoi() -> None:
    got = _pq(
        "Đứng đầu danh sách là Thae Jong - su, người được bổ nhiệm làm phó chủ tịch Uỷ ban Trung ương "
        "đảng Lao động Triều Tiên hồi tháng 10."
    )
    assert got == {("Thae Jong - su", "chủ tịch", "phó")}
    got = _pq("Ông Nguyễn Văn A, người vừa được bầu làm Chủ tịch HĐND tỉnh Nghệ An, cho biết.")
    assert got == {("Nguyễn Văn A", "Chủ tịch HĐND tỉnh", "")}


def test_round37_craftsman_trade_before_name() -> None:
    assert _pq("Đã mai táng thợ máy Phạm Văn Bộ tại quê nhà.") == {("Phạm Văn Bộ", "thợ máy", "")}
    assert _pq("Anh thợ sửa xe Lê Văn Tám đi làm về.") == {("Lê Văn Tám", "thợ sửa xe", "")}
    # no name right after the trade: no position
    assert not _pq("Ông Lê Văn Tám thuê thợ máy đã lâu.")


def test_round37_scout_and_second_driver() -> None:
    assert _pq("Tổ tuần tra truy đuổi. Trinh sát Võ Minh Trung quật ngã, bắt giữ tên Tài.") == {
        ("Võ Minh Trung", "Trinh sát", "")
    }
    assert _pq("Anh ta bỏ mặc phụ lái Nguyễn Thái Bình ở dưới đất.") == {("Nguyễn Thái Bình", "phụ lái", "")}
    # the verb and the plural name no one
    assert not _pq("Các trinh sát phát hiện Nguyễn Văn Tư đang giao hàng.")
    # after a name and a comma, the bare word is the scouts, the subject of the next verb
    assert not _pq("Khám nhà Thịnh, trinh sát thu được 93 hồ sơ đăng ký dự thi.")


def test_round37_foreign_minister_portfolio_in_lower_case() -> None:
    got = extract_positions("Người thứ hai là No Kwang - chol, cựu thứ trưởng quốc phòng Triều Tiên.")
    assert [(p.person, p.title, p.org_or_place, p.qualifier) for p in got] == [
        ("No Kwang - chol", "thứ trưởng quốc phòng", "Triều Tiên", "nguyên")
    ]
    # a Vietnamese deputy minister keeps the bare title
    assert _pq("Ông Lê Văn A, thứ trưởng quốc phòng Việt Nam, cho biết.") == {("Lê Văn A", "thứ trưởng", "")}


def test_round37_department_of_two_fields_joined_by_a_dash() -> None:
    got = _pq(
        "Các ông Nguyễn Duy Lẩu (trưởng phòng kế hoạch - đầu tư), Nguyễn Văn Hùng (trưởng phòng kế toán - "
        "thống kê) đã được triệu tập."
    )
    assert got == {
        ("Nguyễn Duy Lẩu", "trưởng phòng kế hoạch - đầu tư", ""),
        ("Nguyễn Văn Hùng", "trưởng phòng kế toán - thống kê", ""),
    }
    # a dash before a pronoun ends the field
    assert _pq("Ông Lê Văn A, giám đốc kinh doanh - ông cho biết thêm.") == {
        ("Lê Văn A", "giám đốc kinh doanh", "")
    }


def test_round37_post_office_of_a_place() -> None:
    # a provincial or district post office is an organ of its place (as "Bảo hiểm xã hội tỉnh X")
    got = extract_positions("Huỳnh Ngọc Sơn (trưởng Bưu điện huyện Ninh Phước) đã được triệu tập.")
    assert [(p.person, p.title, p.org_or_place) for p in got] == [
        ("Huỳnh Ngọc Sơn", "trưởng Bưu điện huyện", "Ninh Phước")
    ]
    got = extract_positions("Ông Lê Văn A, Tổng giám đốc Bưu điện Việt Nam, cho biết.")
    assert [(p.person, p.title, p.org_or_place) for p in got] == [
        ("Lê Văn A", "Tổng giám đốc", "Bưu điện Việt Nam")
    ]


def test_round37_short_commune_chair_dropped_by_the_full_form() -> None:
    got = _pq(
        "Ông Nguyễn Thanh Liêm, đương chức Chủ tịch UBND huyện Tân Phước, có nhiều đất. Quyết định của "
        "Chủ tịch huyện Nguyễn Thanh Liêm cho phép con trai chuyển nhượng đất."
    )
    assert got == {("Nguyễn Thanh Liêm", "Chủ tịch UBND huyện", "")}
    # alone, the short form stays
    assert _pq("Quyết định của Chủ tịch huyện Nguyễn Thanh Liêm cho phép chuyển nhượng.") == {
        ("Nguyễn Thanh Liêm", "Chủ tịch huyện", "")
    }


def test_round37_department_lower_case_tail_before_a_bracket() -> None:
    # the department's name runs on in lower case up to a bracket (its parent body), as up to a comma
    assert _pq("Ông Vũ Mạnh Cường, Trưởng phòng Quản lý nhà (Cục quản lý nhà, Bộ Xây dựng) cho biết.") == {
        ("Vũ Mạnh Cường", "Trưởng phòng Quản lý nhà", "")
    }


def test_chief_prosecutor_and_place_without_possessive() -> None:
    # "công tố viên trưởng" is a title; "của Istanbul" gives the place without "của"
    got = extract_positions("Công tố viên trưởng của Istanbul, ông Irfan Fidan, cho biết.")
    assert [(p.person, p.title, p.org_or_place) for p in got] == [
        ("Irfan Fidan", "Công tố viên trưởng", "Istanbul")
    ]


def test_school_youth_union_is_no_person() -> None:
    # "bí thư Đoàn trường": the school's Youth Union, not a person named Đoàn
    got = _pq("Cô Trương Thị Thuỳ Trang - bí thư Đoàn trường, giáo viên vật lý - cho biết.")
    assert not any(q[0] == "Đoàn" for q in got), got
    assert ("Trương Thị Thùy Trang", "giáo viên", "") in got or (
        "Trương Thị Thuỳ Trang",
        "giáo viên",
        "",
    ) in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bà Tăng Thị Tuyết Hạnh, nguyên thủ quĩ Công ty Đông Nam, khai.",
            ("Tăng Thị Tuyết Hạnh", "thủ quĩ", "nguyên"),
        ),
        ("Kĩ sư Nguyễn Văn An cho biết.", ("Nguyễn Văn An", "Kĩ sư", "")),
    ],
)
def test_titles_in_both_spellings_of_final_i_y(text: str, want: tuple[str, str, str]) -> None:
    # "thủ quỹ"/"thủ quĩ", "kỹ sư"/"kĩ sư": a final i or y after a consonant is spelt both ways
    assert want in _pq(text)


def test_one_bracket_after_two_names() -> None:
    # "A và B (t)": one title in the bracket is both names'
    got = _pq(
        "Đó là bị can Trương Ngọc Thạnh (chủ tịch) cùng Nguyễn Thiện Chí và Mai Chí Tâm (cán bộ thủy lợi)."
    )
    assert ("Nguyễn Thiện Chí", "cán bộ thủy lợi", "") in got and (
        "Mai Chí Tâm",
        "cán bộ thủy lợi",
        "",
    ) in got
    # not two titles in the bracket (the names' in turn), nor after "lần lượt là"
    got = _pq("4 bị cáo khác là Phạm Gia Nhân và Lê Xuân Hải (kế toán trưởng, cán bộ chi nhánh Công ty X).")
    assert not any(q[0] == "Phạm Gia Nhân" and q[1] == "cán bộ chi nhánh" for q in got)
    got = _pq("Đá thay hai ngôi sao này lần lượt là Robert Kovac và Antonio Chimenti (thủ môn mới đến).")
    assert ("Robert Kovac", "thủ môn", "") not in got
