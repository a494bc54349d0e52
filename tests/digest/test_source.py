from diembao.digest.source import _documents, _looks_like_name, _persons, article_info
from diembao.model import Article, DocRef, Enrichment, Entity, Mention, Position


def _enr() -> Enrichment:
    return Enrichment(
        entities=[
            Entity("PER", "Lâm Văn Mẫn", [Mention(0, 11, "Lâm Văn Mẫn"), Mention(50, 53, "Mẫn")]),
            Entity("PER", "Lạc. Từ", [Mention(20, 27, "Lạc. Từ")]),
            Entity("ORG", "Tỉnh ủy Sóc Trăng", [Mention(30, 47, "Tỉnh ủy Sóc Trăng")]),
            Entity("PER", "Trần Văn Lâu", [Mention(60, 72, "Trần Văn Lâu")]),
        ],
        positions=[Position("Lâm Văn Mẫn", "Bí thư Tỉnh ủy", "Sóc Trăng")],
        docrefs=[
            DocRef("Nghị quyết số 35-NQ/TW", "Nghị quyết", "35-NQ/TW", None, "TW", "normative", 80, 102),
            DocRef("Nghị quyết 35-NQ/TW", "Nghị quyết", "35-NQ/TW", None, "TW", "normative", 200, 219),
            DocRef("Điều 219", "Bộ luật", None, None, None, "normative", 300, 308, article="219"),
            DocRef("Luật Đất đai", "Luật", None, 2024, None, "normative", 120, 132),
            DocRef("văn bản", "văn bản", None, None, None, "individual", 140, 147),
            DocRef("tờ trình", "tờ trình", None, None, None, "individual", 150, 158),
        ],
        summary=["Câu một.", "Câu hai."],
        topic="chinh-tri-xa-hoi",
        tone="positive",
    )


def test_people_are_filtered_for_display_and_ordered_by_mentions() -> None:
    assert _persons(_enr()) == ["Lâm Văn Mẫn", "Trần Văn Lâu"]
    assert not _looks_like_name("Việt") and not _looks_like_name("Lạc. Từ")


def test_documents_are_distinct_and_exclude_bare_articles() -> None:
    assert _documents(_enr()) == ["Nghị quyết số 35-NQ/TW", "Luật Đất đai"]
    assert _documents(None) == []


def test_article_info_carries_enrichment() -> None:
    a = Article(title="Tiêu đề", outlet="Nhân Dân", published="2024-01-04T07:00:00+07:00", id="a1")
    info = article_info(a, _enr(), "s1", "TTXVN")
    assert info.id == "a1" and info.story_id == "s1" and info.credited_source == "TTXVN"
    assert info.summary == ["Câu một.", "Câu hai."] and info.positions[0].title == "Bí thư Tỉnh ủy"
    assert info.tone == "positive" and info.topic
    bare = article_info(Article(text="Nội dung không tiêu đề", id="a2"), None, None)
    assert bare.title.startswith("Nội dung") and bare.summary == [] and bare.persons == []
