import pytest

from diembao.model import StoryMember
from diembao.stories.provenance import build_story, credited_source, origin_of, outlet_for, parse_credits


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Hà Nội (TTXVN) - Sáng 3/1, ...", "Nội dung."], "TTXVN"),
        (["(Chinhphu.vn) - Chiều nay ...", "Nội dung."], "Báo Chính phủ"),
        (["Nội dung.", "Theo VOV"], "VOV"),
        (["Nội dung.", "Nguồn: Báo Nhân Dân"], "Báo Nhân Dân"),
        (["Nội dung.", "Đoạn cuối của bài báo. (Theo Tuổi Trẻ)"], "Tuổi Trẻ"),
        (["Nội dung.", "THEO CHINHPHU.VN"], "Báo Chính phủ"),
        (["Nội dung.", "Theo VietnamPlus"], "TTXVN"),
        (["Nội dung.", "Theo Báo Sóc Trăng"], "Báo Sóc Trăng"),
        (["Nội dung không ghi nguồn.", "Quang cảnh. (Ảnh: Trung Hiếu/TTXVN)"], None),
        (["Sáng 5/1, tại Hà Nội, Thủ tướng (người đứng đầu Chính phủ) - phát biểu."], None),
    ],
)
def test_credited_source(paragraphs: list[str], expected: str | None) -> None:
    assert credited_source(paragraphs) == expected


def test_photo_credit_is_parsed_but_is_not_the_text_source(seed_text: str) -> None:
    paras = [p for p in seed_text.split("\n\n") if p.strip()]
    credits = parse_credits(paras)
    photos = [(c.name, c.outlet) for c in credits if c.kind == "photo"]
    assert len(photos) == seed_text.count("(Ảnh:") >= 1
    assert set(photos) == {("TTXVN", "TTXVN")}
    assert credited_source(paras, agency="Thông tấn xã Việt Nam") == "TTXVN"


def test_aliases() -> None:
    assert outlet_for("Thông tấn xã Việt Nam") == outlet_for("TTXVN") == outlet_for("vietnamplus") == "TTXVN"
    assert outlet_for("Đài Tiếng nói Việt Nam") == "VOV"
    assert outlet_for(" ") is None and outlet_for(None) is None


def test_origin_is_the_credited_source_else_the_earliest() -> None:
    m = [
        StoryMember("a", "Báo Sóc Trăng", "2024-01-01T08:00:00+07:00", "x", None),
        StoryMember("b", "VOV", "2024-01-01T09:00:00+07:00", "x", None),
        StoryMember("c", "Báo Cần Thơ", "2024-01-01T10:00:00+07:00", "x", "VOV"),
    ]
    origin, outlet = origin_of(m)
    assert (origin.article_id, outlet) == ("b", "VOV")
    origin, outlet = origin_of([m[0], m[2]])  # credited outlet not in the store: earliest member
    assert (origin.article_id, outlet) == ("a", "VOV")
    origin, outlet = origin_of([m[0], m[1]])
    assert (origin.article_id, outlet) == ("a", "Báo Sóc Trăng")
    story = build_story("a", m, {"a": "A", "b": "B"})
    assert (story.origin_article_id, story.title, story.reach) == ("b", "B", 3)
