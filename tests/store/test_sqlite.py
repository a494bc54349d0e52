"""The SQLite store: identity, versions, raw input, enrichment, errors, stats, listeners."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diembao.model import Article, Enrichment, Entity, Paragraph, RawDoc
from diembao.store import Store, open_store
from diembao.store.records import canonical_url, unpack_raw


def _art(title: str, body: str, url: str | None = None, **kw: object) -> Article:
    paras = [Paragraph(p) for p in body.split("\n\n")]
    return Article(url=url, title=title, paragraphs=paras, text=Article.body_text(paras), **kw)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "a" / "store.db")
    yield s  # type: ignore[misc]
    s.close()


def test_open_store_is_wal_and_migrated(store: Store, tmp_path: Path) -> None:
    assert isinstance(store, Store)
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version FROM schema_version WHERE component='store'").fetchone()[0] >= 1
    store.close()
    again = open_store(tmp_path / "a" / "store.db")  # reopening does not re-run migrations
    assert again.count() == 0
    again.close()


def test_same_article_twice_is_stored_once_and_roundtrips(store: Store) -> None:
    a = _art(
        "Hội nghị tổng kết",
        "Đoạn một.\n\nĐoạn hai.",
        url="https://Example.vn/tin/1.html#top",
        outlet="Nhân Dân",
    )
    id1 = store.put_article(a)
    id2 = store.put_article(a)
    assert id1 == id2 and store.count() == 1
    got = store.get_article(id1)
    assert got is not None and got.id == id1
    assert got.title == a.title and [p.text for p in got.paragraphs] == ["Đoạn một.", "Đoạn hai."]
    assert store.get_article("nope") is None
    assert canonical_url("https://Example.vn/tin/1.html#top") == "https://example.vn/tin/1.html"


def test_identity_without_url_is_canonical_text_hash(store: Store) -> None:
    # "hoà" and "hòa" are two spellings of one word: the canonical text makes them one article.
    store.put_article(_art("Văn hoá", "Hoà bình và phát triển."))
    store.put_article(_art("Văn hóa", "Hòa bình và phát triển."))
    store.put_article(_art("Văn hóa", "Một bài khác hẳn."))
    assert store.count() == 2


def test_changed_page_keeps_versions(store: Store) -> None:
    url = "https://example.vn/tin/2.html"
    aid = store.put_article(_art("Bão số 3", "Bão đang vào bờ.", url=url))
    first_seen = store.first_seen(aid)  # type: ignore[attr-defined]
    assert store.put_article(_art("Bão số 3", "Bão đã vào bờ, gây mưa lớn.", url=url)) == aid
    assert store.count() == 1
    versions = store.versions(aid)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].article.text == "Bão đang vào bờ."
    assert store.get_article(aid).text == "Bão đã vào bờ, gây mưa lớn."  # type: ignore[union-attr]
    assert store.first_seen(aid) == first_seen  # type: ignore[attr-defined]


def test_raw_input_is_kept_compressed_and_restored(store: Store) -> None:
    raw = RawDoc(source="x.html", content=b"<html><p>xin ch\xc3\xa0o</p></html>" * 50, url="https://e.vn/a")
    aid = store.put_article(_art("T", "B", url="https://e.vn/a"), raw=raw)
    back = store.get_raw(aid)
    assert back is not None and back.content == raw.content and back.url == raw.url and back.kind == "html"
    size = store.connection.execute("SELECT size FROM raw_docs").fetchone()[0]
    assert size < len(raw.content) / 4
    assert [i for i, _ in store.iter_raw()] == [aid]
    rec = RawDoc(source="f.jsonl:3", kind="record", record={"text": "chữ", "n": 1})
    from diembao.store.records import pack_raw

    assert unpack_raw(pack_raw(rec)).record == {"text": "chữ", "n": 1}


def test_enrichment_story_and_delete_notify_listeners(store: Store) -> None:
    seen: list[tuple[list[str], list[str]]] = []
    store.add_listener(lambda st, changed, deleted: seen.append((list(changed), list(deleted))))
    aid = store.put_article(_art("T", "Nội dung."))
    enr = Enrichment(entities=[Entity("LOC", "Sóc Trăng")], topic="thời sự")
    store.put_enrichment(aid, enr)
    assert store.get_enrichment(aid) == enr
    assert store.stats().by_status == {"enriched": 1}
    store.set_story(aid, "s1")
    assert store.story_of(aid) == "s1"
    assert store.delete(aid) and not store.delete(aid)
    assert store.get_article(aid) is None and store.get_enrichment(aid) is None and store.versions(aid) == []
    assert seen == [([aid], []), ([aid], []), ([], [aid])]
    with pytest.raises(KeyError):
        store.put_enrichment(aid, enr)


def test_failing_listener_does_not_undo_the_batch(store: Store) -> None:
    def boom(*_: object) -> None:
        raise RuntimeError("index down")

    store.add_listener(boom)
    store.put_article(_art("T", "B"))
    assert store.count() == 1


def test_errors_are_recorded_once_with_a_count(store: Store) -> None:
    store.record_error("a.jsonl:3", "invalid JSON: x")
    store.record_error("a.jsonl:3", "invalid JSON: x")
    store.record_error(source="https://e.vn/x", stage="crawl", reason="HTTP 404")
    errs = store.errors()
    assert len(errs) == 2
    by_source = {e.source: e for e in errs}
    assert by_source["a.jsonl:3"].count == 2 and by_source["a.jsonl:3"].stage == "ingest"
    assert [e.source for e in store.errors(stage="crawl")] == ["https://e.vn/x"]


def test_dates_bounds_and_stats(store: Store) -> None:
    store.put_article(_art("A", "a", outlet="VnExpress", published="2024-01-03T23:30:00+07:00"))
    store.put_article(
        _art("B", "b", outlet="VnExpress", published="2024-01-03T17:30:00Z")
    )  # 00:30 on the 4th
    store.put_article(_art("C", "c", outlet="Nhân Dân", published="2024-01-05"))
    assert store.count(since="2024-01-04") == 2
    assert [a.title for a in store.iter_articles(until="2024-01-03")] == ["A"]
    assert [a.title for a in store.iter_articles(since="2024-01", until="2024-01")] == ["A", "B", "C"]
    ids = store.ids()
    assert [a.title for a in store.iter_articles(ids=[ids[2], "missing", ids[0]])] == ["C", "A"]
    st = store.stats()
    assert st.articles == 3 and st.versions == 3
    assert st.by_outlet == {"Nhân Dân": 1, "VnExpress": 2}
    assert st.by_day == {"2024-01-03": 1, "2024-01-04": 1, "2024-01-05": 1}
    assert st.as_dict()["articles"] == 3


def test_batch_rolls_back_on_failure(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from diembao.store.records import make_record

    good = make_record(_art("T", "B"))
    bad = make_record(_art("U", "C"))
    bad.article_json = None  # type: ignore[assignment]  # NOT NULL column: the batch must fail whole
    with pytest.raises(sqlite3.IntegrityError):
        store.write_batch([good, bad], [("x", "read", "r")])
    assert store.count() == 0 and store.errors() == []
