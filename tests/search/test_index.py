import contextlib
import threading
import unicodedata
from datetime import UTC, datetime
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


def test_phrases_of_three_words_need_the_words_in_a_row() -> None:
    docs = [
        IndexDoc(id="p1", title="Tin", body="Giá trên thị trường bất động sản tăng."),
        IndexDoc(id="p2", title="Tin", body="Thị trường và ngôi trường bất ngờ đóng cửa."),
        IndexDoc(id="p3", title="Tin", body="Thị trường. Bất động sản ế."),
    ]
    found = {h.id for h in search_docs(docs, '"thị trường bất động"', collapse=False).hits}
    assert found == {"p1"}
    assert {h.id for h in search_docs(docs, '"thi truong"', collapse=False).hits} == {"p1", "p2", "p3"}
    assert {h.id for h in search_docs(docs, '"truong bat"', collapse=False).hits} == {"p1", "p2"}
    assert {h.id for h in search_docs(docs, '"trường bất"', collapse=False).hits} == {"p1", "p2"}
    assert search_docs(docs, '"bất động sản tăng giá"', collapse=False).hits == []


def test_phrase_typed_with_diacritics_prefers_the_exact_phrase() -> None:
    docs = [
        IndexDoc(id="q1", title="Tin", body="Ông nói má con đã về."),
        IndexDoc(id="q2", title="Tin", body="Ông nói mà con đã về."),
    ]
    hits = search_docs(docs, '"nói mà con"', collapse=False).hits
    assert [h.id for h in hits] == ["q2", "q1"]
    idx = SearchIndex()
    idx.add(docs)
    idx.commit()
    assert idx.ids('"nói mà con"', strict=True) == ["q2"]
    assert sorted(idx.ids('"noi ma con"', strict=True)) == ["q1", "q2"]


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


def test_common_syllables_are_part_of_the_index_format() -> None:
    """The pair tokens written at indexing depend on the common-syllable list: an index written with
    another list answers phrases wrongly. Changing the list must bump INDEX_FORMAT (then update both)."""
    import hashlib

    from diembao.search import index as ix

    digest = hashlib.sha256(ix.COMMON_SYLLABLES.read_bytes()).hexdigest()
    assert (ix.INDEX_FORMAT, digest) == (
        "4",
        "a1b280cee64292e007e9dbd8a7e6a6f0e5af49bc4cbe8789a612cdecb00b8860",
    )
    common = ix.common_syllables()
    assert len(common) == 500 and {"va", "cua", "thi", "truong"} <= common


def test_pairs_only_between_common_words_and_never_across_a_barrier() -> None:
    from diembao.search.index import pairs, prepare

    exact, folded = prepare("Thị trường Sóc Trăng. Giá thị trường tăng")
    px, pf = pairs(exact, folded)
    assert "thị|trường" in px.split() and "thi|truong" in pf.split()
    assert not any("soc" in p or "qqzb" in p for p in pf.split())  # "Sóc" is not common; no barrier pairs
    assert len(px.split()) == len(pf.split())


def test_exact_tier_comes_first_and_never_adds_what_the_query_excludes() -> None:
    docs = [
        IndexDoc(
            id="r1", title="Tin", body="Ông mà nói thì báo đăng.", published="2024-01-01T08:00:00+07:00"
        ),
        IndexDoc(id="r2", title="Tin", body="Chuyện ma ở làng.", published="2024-06-01T08:00:00+07:00"),
        IndexDoc(id="r3", title="Tin", body="Ai mà biết.", published="2020-01-01T08:00:00+07:00"),
    ]
    idx = SearchIndex()
    idx.add(docs)
    idx.commit()
    assert [h.id for h in idx.search("mà -bão", collapse=False).hits] == ["r3", "r2"]
    assert [h.id for h in idx.search("mà", collapse=False).hits][2:] == ["r2"]
    # a strong recency boost reorders within a tier, not across tiers
    res = idx.search("mà", collapse=False, recency_days=30, now=datetime(2024, 1, 2, tzinfo=UTC))
    assert [h.id for h in res.hits] == ["r1", "r3", "r2"]
    # by date: one list, newest first
    assert [h.id for h in idx.search("mà", collapse=False, sort="date").hits] == ["r2", "r1", "r3"]
    # paging goes on across the tiers
    assert [h.id for h in idx.search("mà", collapse=False, limit=1, offset=2).hits] == ["r2"]
    assert idx.search("mà", collapse=False, facets=False).total is None
    assert idx.search("mà", collapse=False, facets=False, count=True).total == 3
    assert idx.search("mà", collapse=False).total == 3


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="thịtrườngThỊ TRƯỜNG đàĐànẵngcủavàcóhoáhòa.,;-\n\u0301\u0300xyz_|", max_size=60))
def test_pairs_fast_path_equals_tokenising_each_view(text: str) -> None:
    from diembao.search.index import _pairs_slow, pairs, prepare

    exact, folded = prepare(text)
    assert pairs(exact, folded) == _pairs_slow(exact, folded)
