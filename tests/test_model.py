from diembao.model import (
    Article,
    Caption,
    DateExpr,
    DocRef,
    Enriched,
    Enrichment,
    Entity,
    Mention,
    Paragraph,
    Position,
)


def _article() -> Article:
    return Article(
        url="https://example.vn/a.html",
        outlet="Nhân Dân",
        title="Ngành Tuyên giáo đổi mới sáng tạo",
        sapo="Sapo.",
        paragraphs=[Paragraph("Đoạn một."), Paragraph("Tiêu đề phụ", kind="heading")],
        captions=[Caption("Quang cảnh.", "Trung Hiếu/TTXVN")],
        authors=["Trung Hiếu"],
        agency="TTXVN",
        published="2024-01-03T10:25:00+07:00",
        tags=["tuyên giáo"],
        text="Đoạn một.\n\nTiêu đề phụ",
    )


def test_article_json_round_trip() -> None:
    a = _article()
    assert Article.from_json(a.to_json()) == a
    d = a.to_dict()
    assert d["captions"] == [{"text": "Quang cảnh.", "credit": "Trung Hiếu/TTXVN"}]
    assert d["paragraphs"][1] == {"text": "Tiêu đề phụ", "kind": "heading"}


def test_enriched_round_trip_and_flat() -> None:
    e = Enriched(
        _article(),
        Enrichment(
            entities=[Entity("PER", "Lâm Văn Mẫn", [Mention(0, 11, "Lâm Văn Mẫn")])],
            positions=[Position("Lâm Văn Mẫn", "Bí thư Tỉnh ủy", "Sóc Trăng")],
            docrefs=[
                DocRef(
                    "Nghị quyết số 35-NQ/TW", "Nghị quyết", "35-NQ/TW", None, "Trung ương", "normative", 0, 22
                )
            ],
            dates=[DateExpr("Ngày 3/1", 0, 8, "XXXX-01-03", "2024-01-03")],
            topic="Chinh tri Xa hoi",
        ),
    )
    assert Enriched.from_json(e.to_json()) == e
    flat = e.flat()
    assert flat["title"] == "Ngành Tuyên giáo đổi mới sáng tạo"
    assert flat["entities"][0]["mentions"][0]["surface"] == "Lâm Văn Mẫn"
    assert flat["dates"][0]["resolved"] == "2024-01-03"
