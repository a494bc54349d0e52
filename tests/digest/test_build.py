from collections.abc import Sequence
from datetime import date

from diembao.digest.build import ArticleInfo, build_digest, pick_origin
from diembao.model import Position
from diembao.search.index import IndexDoc, SearchIndex
from diembao.watch.watchlists import Watchlist

ARTICLES = [
    # one wire story carried by four outlets (TTXVN credited), one local story, one off-topic
    ArticleInfo("a1", "Bão số 3 gây thiệt hại", "Báo Quảng Ninh", "https://qn/1", "2024-09-07T09:00:00+07:00", "s1",
                credited_source="TTXVN", positions=[Position("Phạm Minh Chính", "Thủ tướng")],
                documents=["Công điện số 85/CĐ-TTg"]),
    ArticleInfo("a2", "Bão Yagi: thiệt hại nặng", "TTXVN", "https://ttxvn/2", "2024-09-07T10:00:00+07:00", "s1",
                summary=["Bão số 3 gây thiệt hại lớn.", "Thủ tướng chỉ đạo khắc phục."],
                positions=[Position("Phạm Minh Chính", "Thủ tướng")], persons=["Phạm Minh Chính"]),
    ArticleInfo("a3", "Bão số 3: thiệt hại", "VOV", "https://vov/3", "2024-09-07T11:00:00+07:00", "s1", credited_source="TTXVN"),
    ArticleInfo("a4", "Bão số 3 gây thiệt hại (đăng lại)", "Nhân Dân", "https://nd/4", "2024-09-07T12:00:00+07:00", "s1",
                credited_source="TTXVN"),
    ArticleInfo("a5", "Bão làm đổ cây ở Hải Phòng", "Báo Hải Phòng", "https://hp/5", "2024-09-07T15:00:00+07:00", "s2"),
    ArticleInfo("a6", "Báo chí tuyên truyền", "VOV", "https://vov/6", "2024-09-07T08:00:00+07:00", "s3"),
    ArticleInfo("a7", "Bão số 3 (tin cũ)", "VOV", "https://vov/7", "2024-09-01T08:00:00+07:00", "s4"),
]  # fmt: skip
BY_ID = {a.id: a for a in ARTICLES}


def _index() -> SearchIndex:
    idx = SearchIndex(None)
    idx.add(
        IndexDoc(id=a.id, title=a.title, outlet=a.outlet, published=a.published, story=a.story_id)
        for a in ARTICLES
    )
    idx.commit()
    return idx


def lookup(ids: Sequence[str]) -> dict[str, ArticleInfo]:
    return {i: BY_ID[i] for i in ids if i in BY_ID}


def members(story: str) -> list[ArticleInfo]:
    return [a for a in ARTICLES if a.story_id == story]


def test_origin_is_credited_source_else_earliest() -> None:
    assert pick_origin(members("s1")).id == "a2"  # TTXVN credited although a1 came first
    assert pick_origin([BY_ID["a5"], BY_ID["a6"]]).id == "a6"


def test_digest_groups_copies_and_orders_by_reach() -> None:
    wl = [Watchlist("Thiên tai", "bão"), Watchlist("Báo chí", "báo"), Watchlist("Trống", '"không có gì"')]
    d = build_digest(
        _index(), wl, lookup, members, since=date(2024, 9, 7), until=date(2024, 9, 7), unit="Sở TT&TT"
    )
    storm = d.sections[0]
    assert storm.articles == 5  # a1-a5; a7 is outside the period, a6 is "báo"
    assert [s.story_id for s in storm.stories] == ["s1", "s2"]  # each story once, biggest first
    s1 = storm.stories[0]
    assert s1.origin_outlet == "TTXVN" and s1.headline == "Bão Yagi: thiệt hại nặng"
    assert s1.republished_by == ["Báo Quảng Ninh", "VOV", "Nhân Dân"] and s1.reach == 4
    assert [p.label() for p in s1.people] == ["Phạm Minh Chính (Thủ tướng)"]
    assert s1.documents == ["Công điện số 85/CĐ-TTg"]
    assert s1.links[0].outlet == "TTXVN" and len(s1.links) == 4
    assert [s.story_id for s in d.sections[1].stories] == ["s3"]
    assert d.sections[2].stories == [] and d.sections[2].articles == 0
    assert d.period_label == "Ngày 07/09/2024" and d.total_articles == 6
    assert d.top_stories[0].story_id == "s1"
