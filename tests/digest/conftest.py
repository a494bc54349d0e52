import pytest

from diembao.digest.model import Digest, DigestLink, DigestPerson, DigestSection, DigestStory


def _story(i: int, headline: str, outlets: list[str]) -> DigestStory:
    return DigestStory(
        story_id=f"s{i}",
        headline=headline,
        origin_outlet="TTXVN",
        origin_time="2024-01-03T07:10:00+07:00",
        republished_by=outlets,
        summary=[
            "Ngày 3/1, Tỉnh ủy Sóc Trăng tổ chức Hội nghị tổng kết công tác Tuyên giáo năm 2023.",
            "Ngành nhân rộng các điển hình tiên tiến, gương người tốt, việc tốt.",
        ],
        people=[DigestPerson("Lâm Văn Mẫn", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Sóc Trăng"])],
        documents=["Nghị quyết số 35-NQ/TW"],
        links=[
            DigestLink("TTXVN", f"https://example.vn/{i}.html"),
            DigestLink("Nhân Dân", f"https://nhandan.example/{i}"),
        ],
    )


@pytest.fixture
def digest() -> Digest:
    s1 = _story(
        1, "Ngành Tuyên giáo đổi mới sáng tạo, đi trước mở đường", ["Nhân Dân", "Báo Sóc Trăng", "VOV"]
    )
    s2 = _story(2, "Khánh Hòa: Thủy điện xả lũ, người dân được hỗ trợ kịp thời", [])
    return Digest(
        title="ĐIỂM BÁO",
        unit="Sở Thông tin và Truyền thông tỉnh Sóc Trăng",
        period_label="Ngày 04/01/2024",
        since="2024-01-03",
        until="2024-01-03",
        generated_at="2024-01-04 06:00",
        sections=[
            DigestSection("Chuyển đổi số", "chuyển đổi số", articles=4, stories=[s1]),
            DigestSection("Thiên tai, khí hậu", "bão OR lũ", articles=1, stories=[s2]),
            DigestSection("Biển, đảo", "biển đảo", articles=0, stories=[]),
        ],
        top_stories=[s1, s2],
        total_articles=5,
    )
