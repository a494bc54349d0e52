"""Legal-document references: numbers, named laws, article prefixes, drafts, exclusions, offsets."""

from __future__ import annotations

import unicodedata

import pytest

from diembao.enrich.docrefs import ISSUERS, find_docrefs, inside


def _surfaces(text: str) -> list[str]:
    refs = find_docrefs(text)
    for r in refs:
        assert text[r.start : r.end] == r.surface
    return [r.surface for r in refs]


def test_numbered_documents_and_issuers() -> None:
    text = (
        "triển khai Nghị quyết số 35-NQ/TW của Bộ Chính trị; theo Nghị định 100/2019/NĐ-CP ngày "
        "30/12/2019, Quyết định 1234/QĐ-TTg và Thông tư 05/2024/TT-BTC, Chỉ thị 03/CT-TTg."
    )
    refs = {r.surface: r for r in find_docrefs(text)}
    nq = refs["Nghị quyết số 35-NQ/TW"]
    assert (nq.type, nq.number, nq.issuer, nq.kind) == ("Nghị quyết", "35-NQ/TW", "Bộ Chính trị", "normative")
    nd = refs["Nghị định 100/2019/NĐ-CP"]
    assert (nd.type, nd.year, nd.issuer) == ("Nghị định", 2019, "Chính phủ")
    qd = refs["Quyết định 1234/QĐ-TTg"]
    assert (qd.issuer, qd.kind, qd.year) == ("Thủ tướng Chính phủ", "individual", None)
    assert refs["Thông tư 05/2024/TT-BTC"].issuer == "Bộ Tài chính"
    assert refs["Chỉ thị 03/CT-TTg"].type == "Chỉ thị"


@pytest.mark.parametrize(
    ("number", "issuer"),
    [
        ("22-NQ/TƯ", "Ban Chấp hành Trung ương"),
        ("11/NQ-CP", "Chính phủ"),
        ("45/2013/QH13", "Quốc hội"),
        ("07/2024/TT-BCT", "Bộ Công Thương"),
        ("12/2023/QĐ-UBND", "Ủy ban nhân dân"),
    ],
)
def test_issuer_codes_are_decoded(number: str, issuer: str) -> None:
    (ref,) = find_docrefs(f"Thực hiện văn bản số {number} về việc này.")
    assert ref.number == number
    assert ref.issuer == issuer


def test_signing_year_and_year_in_name() -> None:
    refs = find_docrefs("Nghị định số 87/CP ngày 12/12/1995 của Chính phủ. Bộ luật Hình sự năm 2015 quy định")
    assert [(r.surface, r.year) for r in refs] == [
        ("Nghị định số 87/CP", 1995),
        ("Bộ luật Hình sự năm 2015", 2015),
    ]
    assert refs[0].issuer == "Chính phủ"


def test_named_laws_and_article_prefix() -> None:
    text = (
        "vi phạm khoản 2 Điều 285 Bộ luật Hình sự năm 2015. Luật Đất đai quy định rõ; "
        "Luật Hàng không dân dụng Việt Nam (sửa đổi), Luật Phòng chống HIV/AIDS, Nghị quyết Trung ương 9."
    )
    refs = {r.surface: r for r in find_docrefs(text)}
    assert refs["Bộ luật Hình sự năm 2015"].article == "khoản 2 Điều 285"
    assert "Luật Đất đai" in refs
    assert "Luật Hàng không dân dụng Việt Nam" in refs
    assert "Luật Phòng chống HIV/AIDS" in refs
    assert refs["Nghị quyết Trung ương 9"].issuer == "Ban Chấp hành Trung ương"


def test_amending_law_and_draft_status() -> None:
    text = "Quốc hội thảo luận dự án Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân."
    (ref,) = find_docrefs(text)
    assert ref.surface == "Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân"
    assert ref.status == "draft"
    (draft,) = find_docrefs("Bộ Tài chính trình dự thảo Nghị định về khung giá đất.")
    assert (draft.surface, draft.status) == ("Nghị định", "draft")


def test_unnumbered_decisions_and_letters() -> None:
    text = (
        "Cơ quan điều tra đã ra quyết định khởi tố bị can. UBND quận có công văn hoả tốc. "
        "Sở có văn bản hướng dẫn các quận."
    )
    refs = find_docrefs(text)
    assert [(r.surface, r.kind) for r in refs] == [
        ("quyết định", "individual"),
        ("công văn", "individual"),
        ("văn bản hướng dẫn", "normative"),
    ]


def test_anaphoric_type_word() -> None:
    assert _surfaces("Quyết định trên của TAND tỉnh được đưa ra ngày 28/4.") == ["Quyết định"]


@pytest.mark.parametrize(
    "text",
    [
        "Tòa quyết định chuyển hồ sơ sang cơ quan điều tra.",
        "Chỉ Thủ tướng mới quyết định cách chức được.",
        "Xử lý theo quy định của pháp luật.",
        "vi phạm các nghị định của Chính phủ",
        "bị khởi tố về tội Lừa đảo chiếm đoạt tài sản",
        "Cơ quan điều tra ra lệnh bắt khẩn cấp; theo cáo trạng và bản án sơ thẩm.",
        "kế hoạch và quy hoạch của tỉnh, đề án mới",
        "Luật sư Nguyễn Văn A cho biết; sinh viên ĐH Luật; xử lý kỷ luật 383 thí sinh",
        "xe ôtô khách chở quá quy định 84 người",
    ],
)
def test_exclusions(text: str) -> None:
    assert _surfaces(text) == []


def test_lowercase_law_name_only_when_known() -> None:
    assert _surfaces("đúng với luật đất đai hiện hành") == []  # "luật" lower + lower name: generic
    assert _surfaces("theo Luật đất đai năm 2003") == ["Luật đất đai năm 2003"]
    assert _surfaces("theo luật Đất đai, người dân") == ["luật Đất đai"]
    assert _surfaces("theo luật Ấn Độ, tuổi kết hôn") == []


def test_code_abbreviation() -> None:
    assert _surfaces("quy định tại điểm n khoản 2 Điều 249, BLHS năm 2015") == ["BLHS năm 2015"]


def test_offsets_into_decomposed_text() -> None:
    text = unicodedata.normalize("NFD", "Thực hiện Nghị quyết số 35-NQ/TW và Luật Đất đai.")
    refs = find_docrefs(text)
    assert len(refs) == 2
    for r in refs:
        assert text[r.start : r.end] == r.surface


def test_issuer_table_has_the_main_bodies() -> None:
    for code in ("TW", "CP", "TTg", "BTC", "QH", "UBND", "BCT"):
        assert ISSUERS[code]


def test_inside() -> None:
    spans = [(10, 20), (30, 40)]
    assert inside(spans, 15, 16) and inside(spans, 5, 11) and inside(spans, 39, 45)
    assert not inside(spans, 20, 30) and not inside(spans, 0, 10) and not inside([], 0, 5)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "",
        "a" * 5_000_000,
        "1/" * 1_000_000,
        "Luật " * 200_000,
        "Nghị quyết 中文 العربية 35-NQ/TW 😀 " * 20_000,
    ],
)
def test_bad_and_huge_input(text: str) -> None:
    for r in find_docrefs(text):
        assert text[r.start : r.end] == r.surface


def test_spaced_codes_of_segmented_text() -> None:
    # VietNews' detokenised text keeps spaces around the separators of a document number.
    refs = find_docrefs(
        "hỗ trợ theo Nghị định 116 / NĐ - CP của Chính phủ; UBND ban hành Công văn số 5309 / UBND - TM "
        "ngày 27/10/2011; theo Nghị định 76 / CP. Vi phạm khoản 4 - Bộ luật Hình sự."
    )
    by = {r.surface: r for r in refs}
    assert by["Nghị định 116 / NĐ - CP"].issuer == "Chính phủ"
    assert by["Công văn số 5309 / UBND - TM"].year == 2011
    assert by["Nghị định 76 / CP"].number == "76 / CP"
    assert "Bộ luật Hình sự" in by


def test_compound_serial_and_joint_circular() -> None:
    assert _surfaces("được thành lập theo Quyết định số 01-06/QĐHNB ngày 4-1-2006") == [
        "Quyết định số 01-06/QĐHNB"
    ]
    (ref,) = find_docrefs("- Thông tư liên ngành số 01/TTLN ngày 8/9/1988 của VKSND Tối cao")
    assert (ref.surface, ref.type) == ("Thông tư liên ngành số 01/TTLN", "Thông tư liên tịch")


def test_named_regulation_constitution_and_party_resolution() -> None:
    text = (
        "Nghị định 07/CP ngày 29/01/1994 ban hành Quy chế kiểm toán độc lập trong nền kinh tế quốc dân thì "
        "hoạt động kiểm toán... Việc cấm là trái với Hiến pháp; Hiến pháp năm 2013 quy định. "
        "Đưa Nghị quyết Đại hội IX vào cuộc sống. Bộ Tài chính hoàn thành dự thảo Quy chế về đấu giá đất."
    )
    got = _surfaces(text)
    assert "Quy chế kiểm toán độc lập trong nền kinh tế quốc dân" in got
    assert "Hiến pháp" in got and "Hiến pháp năm 2013" in got
    assert "Nghị quyết Đại hội IX" in got
    assert "Quy chế" in got  # "Quy chế về ...": unnamed, the subject is not part of the surface


def test_subject_anaphora_and_adopted_resolutions() -> None:
    text = (
        "Về quản lý đầu tư, nghị quyết nêu rõ các nguyên tắc. HĐND TP đã thông qua nghị quyết miễn nhiệm "
        "ông A. Ủy ban thường vụ Quốc hội đã ra nghị quyết chốt lại danh sách. Các doanh nghiệp triển khai "
        "quyết định của Thủ tướng."
    )
    assert _surfaces(text) == ["nghị quyết", "nghị quyết", "nghị quyết", "quyết định"]


def test_deciding_is_not_a_document() -> None:
    for text in (
        "Nhà quản lý cần biết nhiều cách ra quyết định.",
        "Microsoft chưa đưa ra quyết định cuối cùng về mức giá.",
        "Minh nên có quyết định rõ ràng với cô ấy.",
        "Các phần tử đã tấn công văn phòng một công ty dầu khí.",
        "Cơ quan điều tra kết luận 2 ông Đảo và Quyết đã vận chuyển hàng.",
        "LS Trương Thanh Đức, công ty Luật BASICO khẳng định; Công ty trách nhiệm hữu hạn Luật Hà Nội.",
        "Doanh nghiệp thông báo việc triển khai các nghị định.",
    ):
        assert _surfaces(text) == [], text
    assert _surfaces("Cơ quan điều tra đã ra quyết định khởi tố bị can.") == ["quyết định"]


def test_guidance_letter_with_number_and_known_compound_law() -> None:
    assert _surfaces("Bộ đã có văn bản hướng dẫn số 16, gửi các doanh nghiệp") == ["văn bản hướng dẫn số 16"]
    assert _surfaces("so với Luật Khiếu nại và tố cáo. Luật Khiếu nại tố cáo lại quy định") == [
        "Luật Khiếu nại và tố cáo",
        "Luật Khiếu nại tố cáo",
    ]
    assert _surfaces("hỗ trợ theo Nghị Định 116 của Chính Phủ") == ["Nghị Định 116"]


def test_abbreviated_type_needs_a_code() -> None:
    refs = find_docrefs("theo NĐ 61/CP nên; QĐ 58/QĐ-UB lại yêu cầu; trong NĐ31/2001/NĐ-CP của Chính phủ")
    assert [(r.surface, r.type, r.issuer) for r in refs] == [
        ("NĐ 61/CP", "Nghị định", "Chính phủ"),
        ("QĐ 58/QĐ-UB", "Quyết định", None),
        ("NĐ31/2001/NĐ-CP", "Nghị định", "Chính phủ"),
    ]
    assert _surfaces("SLNA thắng NĐ 2-1 trên sân nhà; tàu NĐ 07-46 bị bắt") == []


def test_decisive_and_on_are_not_documents() -> None:
    assert _surfaces("Phillani cho trận cầu quyết định này.") == []
    assert _surfaces("virus xóa các chương trình và văn bản trên ổ cứng") == []
    assert _surfaces("Tại văn bản trên, Viện KSND tối cao đề nghị") == ["văn bản"]


def test_resolution_of_a_body_and_paper_classifier() -> None:
    text = (
        "Nghị quyết của Bộ Chính trị về bảo vệ môi trường vừa ban hành. Theo bản nghị quyết, ngân sách có "
        'mục chi riêng. "Nếu quy chế này được thông qua". Ông nhận được văn bản quyết định do Chủ tịch ký.'
    )
    assert _surfaces(text) == ["Nghị quyết", "nghị quyết", "quy chế", "văn bản"]


def test_issuing_time_and_regulation_name_ends() -> None:
    assert _surfaces("đăng công báo trong vòng 10 ngày kể từ ngày ra quyết định.") == ["quyết định"]
    assert _surfaces("Bộ Công nghiệp trình Thủ tướng Quy chế điều hành thị trường thép. Tuy nhiên") == [
        "Quy chế điều hành thị trường thép"
    ]
    assert _surfaces("mà cho qua. Quy chế quy định việc đánh giá các chuyên đề") == []
    assert _surfaces('Luật sư Tỵ khẳng định: "Hai văn bản này đã chứng minh') == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Việt Nam tham gia Hiệp định thương mại Việt - Mỹ từ năm 2001.", "Hiệp định thương mại Việt - Mỹ"),
        (
            "Hiệp định Thương mại song phương Việt Nam - Hoa Kỳ có hiệu lực.",
            "Hiệp định Thương mại song phương Việt Nam - Hoa Kỳ",
        ),
        ("Hai bên ký Hiệp định bảo hộ đầu tư Việt - Nhật.", "Hiệp định bảo hộ đầu tư Việt - Nhật"),
        ("Hiệp định Ưu đãi thuế quan được áp dụng.", "Hiệp định Ưu đãi thuế quan"),
    ],
)
def test_named_treaties_with_a_lower_case_field(text: str, surface: str) -> None:
    """A treaty named by its field and its parties; nothing inside it is a place (the guide's rule)."""
    from diembao.enrich.pipeline import enrich_text

    e = enrich_text(text)
    assert surface in [d.surface for d in e.docrefs]
    within = [
        m
        for x in e.entities
        for m in x.mentions
        if text.find(surface) <= m.start < text.find(surface) + len(surface)
    ]
    assert within == []


def test_a_treaty_field_without_parties_is_generic() -> None:
    assert [d.surface for d in find_docrefs("Các nước đã ký hiệp định thương mại tự do.")] == []
    assert [d.surface for d in find_docrefs("Hiệp định thương mại được ký tại Hà Nội.")] == []
