import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from diembao.search.index import IndexDoc, SearchIndex
from diembao.watch.trends import draw_chart, to_csv, trend_rows
from diembao.watch.watchlists import Watchlist, WatchlistError, Watchlists, preset, presets, refresh_counts


@pytest.fixture
def index() -> SearchIndex:
    idx = SearchIndex(None)
    docs = []
    for i in range(30):
        day = 1 + i % 6
        docs.append(
            IndexDoc(
                id=f"b{i}",
                title="Bão số 3 đổ bộ" if i % 3 else "Báo chí đưa tin",
                body="Cơn bão gây mưa lớn." if i % 3 else "Các cơ quan báo chí.",
                outlet=["VnExpress", "Tuổi Trẻ", "VOV"][i % 3],
                published=f"2024-09-{day:02d}T{8 + i % 10:02d}:00:00+07:00",
                topic="Xa hoi",
                tone="negative" if i % 2 else "neutral",
            )
        )
    idx.add(docs)
    idx.commit()
    return idx


def test_crud_and_toml_round_trip() -> None:
    w = Watchlists(sqlite3.connect(":memory:"))
    w.add("Bão lũ", "bão OR lũ", "theo dõi mùa mưa")
    with pytest.raises(WatchlistError, match="already exists"):
        w.add("Bão lũ", "bão")
    with pytest.raises(WatchlistError, match="invalid query"):
        w.add("Hỏng", '"không đóng')
    w.edit("Bão lũ", query='bão OR "lũ quét"', new_name="Thiên tai")
    assert w.get("Thiên tai").query == 'bão OR "lũ quét"'
    with pytest.raises(WatchlistError, match="no watchlist named 'Bão lũ'"):
        w.get("Bão lũ")
    exported = w.export_toml()
    other = Watchlists(sqlite3.connect(":memory:"))
    assert [x.to_dict() for x in other.import_toml(exported)] == [x.to_dict() for x in w.list()]
    with pytest.raises(WatchlistError, match="already exist"):
        other.import_toml(exported)
    w.remove("Thiên tai")
    assert w.list() == []


def test_presets_are_valid_and_findable() -> None:
    names = [p.name for p in presets()]
    assert "Chuyển đổi số" in names and "Thiên tai và khí hậu" in names and len(names) >= 8
    assert preset("chuyen doi so").name == "Chuyển đổi số"


def test_strict_counts_do_not_mix_bao_and_bao(index: SearchIndex) -> None:
    assert index.count("bão", strict=True) == 20  # the storm
    assert index.count("báo", strict=True) == 10  # the press
    assert index.count("bão") == 30  # search meets every spelling: folded
    assert index.count("bao", strict=True) == 30  # typed without diacritics: any accents


def test_daily_counts_refresh_idempotently(index: SearchIndex) -> None:
    w = Watchlists(sqlite3.connect(":memory:"))
    w.add("Bão", "bão")
    refresh_counts(w, index)
    daily = w.daily("Bão")
    assert sum(daily.values()) == 20 and sorted(daily) == [
        "2024-09-02",
        "2024-09-03",
        "2024-09-05",
        "2024-09-06",
    ]
    refresh_counts(w, index, days={"2024-09-01", "2024-09-10"})
    again = w.daily("Bão")
    assert sum(again.values()) == 20 and again["2024-09-10"] == 0


def test_trend_rows_csv_and_chart(index: SearchIndex, tmp_path: Path) -> None:
    rows = trend_rows(index, [Watchlist("Bão", "bão")], by="day", split="outlet")
    assert sum(r.count for r in rows) == 20
    assert {r.split for r in rows} == {"Tuổi Trẻ", "VOV", ""}  # "" = a zero-filled quiet day (09-04)
    assert [r.count for r in rows if r.period == "2024-09-04"] == [0]
    csv_text = to_csv(rows)
    assert csv_text.splitlines()[0] == "period,watchlist,split,count"
    weekly = trend_rows(index, [Watchlist("Bão", "bão"), Watchlist("Báo", "báo")], by="week")
    totals = {name: sum(r.count for r in weekly if r.watchlist == name) for name in ("Bão", "Báo")}
    assert totals == {"Bão": 20, "Báo": 10}
    # Weeks start on Monday: Sunday 2024-09-01 belongs to the week of 2024-08-26.
    assert [(r.period, r.count) for r in weekly if r.watchlist == "Báo"] == [
        ("2024-08-26", 5),
        ("2024-09-02", 5),
    ]
    png, svg = draw_chart(weekly, tmp_path / "chart")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    from matplotlib import image

    assert image.imread(str(png)).std() > 0.01


def test_province_watchlist_follows_2025_merger() -> None:
    from diembao.watch.watchlists import PROVINCES_2025, province_watchlist, validate_query

    assert len(PROVINCES_2025) == 34
    old = sum(len(v) for v in PROVINCES_2025.values())
    assert old - 1 == 29  # 63 provinces before = 34 + 29 merged away ("Thừa Thiên Huế" is a rename)
    w = province_watchlist("Sóc Trăng")  # a pre-2025 name selects the new province
    assert w.name == "Tỉnh/TP Cần Thơ" and '"Sóc Trăng"' in w.query and '"Hậu Giang"' in w.query
    validate_query(w.query)
    hb = province_watchlist("Phú Thọ")
    assert 'OR "Hòa Bình"' not in hb.query and '"tỉnh Hòa Bình"' in hb.query  # "hòa bình" also means peace
    with pytest.raises(WatchlistError, match="unknown province"):
        province_watchlist("Atlantis")
    # The ways people write a name: prefixes, abbreviations, no diacritics.
    for typed in ("Thành phố Hồ Chí Minh", "TP.HCM", "Sài Gòn", "tp ho chi minh"):
        assert province_watchlist(typed).name == "TP Hồ Chí Minh"
    for typed in ("tỉnh Sóc Trăng", "TP. Cần Thơ", "thanh pho can tho"):
        assert province_watchlist(typed).name == "Tỉnh/TP Cần Thơ"


def test_story_reach_from_index() -> None:
    idx = SearchIndex(None)
    idx.add(
        IndexDoc(id=str(i), title=f"Tin {i}", outlet=["A", "B", "C"][i % 3], story="s1" if i < 5 else f"t{i}",
                 published=f"2024-01-0{1 + i % 5}T10:00:00+07:00")
        for i in range(9)
    )  # fmt: skip
    idx.commit()
    wide = idx.stories("", min_outlets=2)
    assert [(s["id"], s["outlets"], s["articles"]) for s in wide] == [("s1", ["A", "B", "C"], 5)]
    assert wide[0]["title"] == "Tin 0" and wide[0]["first_published"] == "2024-01-01T10:00:00+07:00"
