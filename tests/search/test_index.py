import contextlib
import threading
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.errors import QueryError
from diembao.model import Article, Caption, DocRef, Enrichment, Entity, Mention
from diembao.search.index import IndexDoc, SearchIndex, doc_from_article, search_docs


def _docs() -> list[IndexDoc]:
    return [
        IndexDoc(
            id="a1",
            title="Hội nghị văn hoá Sóc Trăng",
            body="Ngày 3/1, Tỉnh ủy Sóc Trăng tổ chức hội nghị về văn hóa và con người.",
            outlet="Nhân Dân",
            category="Xây dựng Đảng",
            published="2024-01-03T10:00:00+07:00",
            story="s1",
        ),
        IndexDoc(
            id="a2",
            title="Mưa lớn ở Đà Nẵng",
            body="Mưa lớn ở Đà Nẵng gây ngập. Người dân ở Sóc. Trăng rằm đã lên.",
            outlet="VnExpress",
            category="Thời sự",
            published="2024-02-03T10:00:00+07:00",
            story="s2",
        ),
        IndexDoc(
            id="a3",
            title="Sóc Trăng tổng kết công tác văn hóa",
            body="Ngày 3/1, Tỉnh ủy Sóc Trăng tổ chức hội nghị về văn hóa và con người.",
            outlet="Báo Sóc Trăng",
            category="Xây dựng Đảng",
            published="2024-01-03T12:00:00+07:00",
            story="s1",
        ),
        IndexDoc(
            id="a4",
            title="Chuyện làng",
            body=unicodedata.normalize("NFD", "Ông ấy mà nói thì ai cũng nghe, con ma cũng sợ."),
            outlet="Tuổi Trẻ",
            published="2023-05-01T08:00:00+07:00",
        ),
        IndexDoc(
            id="a5",
            title="Chuyện ma",
            body="Người ta kể chuyện ma ở làng, ma trơi, ma xó.",
            outlet="Tuổi Trẻ",
            published="2023-05-02T08:00:00+07:00",
        ),
    ]


def ids(query: str, **kw: object) -> list[str]:
    return [h.id for h in search_docs(_docs(), query, collapse=False, **kw).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query", ["van hoa", "văn hóa", "văn hoá", "VĂN HOÁ", unicodedata.normalize("NFD", "văn hoá"), "Van Hoa"]
)
def test_every_spelling_meets(query: str) -> None:
    assert sorted(ids(query)) == ["a1", "a3"]


def test_d_folds_to_d() -> None:
    assert ids("da nang") == ["a2"]
    assert ids("Đà Nẵng") == ["a2"]


def test_phrase_does_not_cross_sentence_punctuation() -> None:
    assert sorted(ids('"Sóc Trăng"')) == ["a1", "a3"]
    assert sorted(ids("soc trang")) == ["a1", "a2", "a3"]  # loose words may be anywhere


def test_exact_diacritics_rank_first() -> None:
    assert ids("mà")[0] == "a4"
    assert set(ids("mà")) == {"a4", "a5"}


def test_filters_exclusions_dates_and_or() -> None:
    assert ids("outlet:vnexpress") == ["a2"]
    assert sorted(ids('outlet:"tuoi tre"')) == ["a4", "a5"]
    assert sorted(ids('category:"xay dung dang"')) == ["a1", "a3"]
    assert ids("since:2024-02") == ["a2"]
    assert sorted(ids("until:2023")) == ["a4", "a5"]
    assert sorted(ids("hội nghị -outlet:nhandan")) == ["a1", "a3"]
    assert ids('văn hóa -"tổng kết"') == ["a1"]
    assert sorted(ids("ngập OR trơi")) == ["a2", "a5"]


def test_sort_by_date_and_collapse_by_story() -> None:
    assert ids("", sort="date")[:2] == ["a2", "a3"]
    res = search_docs(_docs(), "văn hóa")
    assert len(res.hits) == 1 and res.hits[0].story_outlets == 2
    assert res.total == 2


def test_snippet_highlights_original_text() -> None:
    res = search_docs(_docs(), "ma")
    hit = next(h for h in res.hits if h.id == "a4")
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked and all(unicodedata.normalize("NFC", m).lower() in ("ma", "mà") for m in marked)


def test_facets() -> None:
    res = search_docs(_docs(), "văn hóa")
    assert dict(res.facets["outlet"]) == {"Nhân Dân": 1, "Báo Sóc Trăng": 1}
    assert dict(res.facets["month"]) == {"2024-01": 2}


def test_enrichment_filters_from_article() -> None:
    a = Article(id="x1", title="Bài", text="Triển khai Nghị quyết số 35-NQ/TW.", captions=[Caption("Ảnh")])
    e = Enrichment(
        entities=[Entity("PER", "Lâm Văn Mẫn", [Mention(0, 1, "M")]), Entity("LOC", "Sóc Trăng")],
        docrefs=[DocRef("Nghị quyết số 35-NQ/TW", "Nghị quyết", "35-NQ/TW", None, None, "normative", 0, 1)],
        topic="Chinh tri Xa hoi",
    )
    docs = [doc_from_article(a, e, story="s9")]
    for query in ['person:"lam van man"', 'place:"Sóc Trăng"', "doc:35-NQ/TW", 'topic:"chinh tri xa hoi"']:
        assert [h.id for h in search_docs(docs, query).hits] == ["x1"], query


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_no_query_crashes_the_engine(s: str) -> None:
    with contextlib.suppress(QueryError):
        search_docs(_docs()[:2], s)


def test_persistent_index_replace_delete_and_concurrent_search(tmp_path: Path) -> None:
    idx = SearchIndex(tmp_path / "idx")
    idx.add(_docs())
    idx.commit()
    reader = SearchIndex(tmp_path / "idx")
    assert reader.num_docs() == 5
    errors: list[BaseException] = []
    stop = threading.Event()

    def searching() -> None:
        try:
            while not stop.is_set():
                reader.index.reload()
                reader.search("văn hóa")
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    t = threading.Thread(target=searching)
    t.start()
    for i in range(30):
        idx.add([IndexDoc(id=f"n{i}", title=f"Tin mới số {i}", body="văn hóa")])
        idx.commit()
    stop.set()
    t.join()
    assert not errors
    reader.index.reload()
    assert reader.num_docs() == 35
    idx.add([IndexDoc(id="a1", title="Đổi tiêu đề", body="khác hẳn")])
    idx.delete(["a2"])
    idx.commit()
    reader.index.reload()
    assert reader.num_docs() == 34
    assert [h.id for h in reader.search("khác hẳn").hits] == ["a1"]
    assert reader.search("da nang").total == 0


def test_index_of_another_format_is_refused_then_rebuilt(tmp_path: Path) -> None:
    from diembao.errors import DiembaoError
    from diembao.search import index as ix

    path = tmp_path / "idx"
    idx = SearchIndex(path)
    idx.add([IndexDoc(id="a", title="Bão số 3 đổ bộ")])
    idx.commit()
    (path / "diembao-index-format").write_text("1\n")
    with pytest.raises(DiembaoError, match="diembao reindex"):
        SearchIndex(path)
    fresh = SearchIndex(path, rebuild=True)
    assert fresh.count("bão") == 0
    assert (path / "diembao-index-format").read_text().strip() == ix.INDEX_FORMAT
