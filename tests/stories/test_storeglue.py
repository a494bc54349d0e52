from pathlib import Path

import pytest

from diembao.model import Article, Paragraph
from diembao.stories.db import StoryDB
from diembao.stories.storeglue import attach, copy_diff, recluster, related_stories
from tests.stories.conftest import make_text

store_mod = pytest.importorskip("diembao.store")


def art(url: str, outlet: str, paras: list[str], published: str, title: str = "T") -> Article:
    return Article(
        url=url,
        outlet=outlet,
        title=title,
        paragraphs=[Paragraph(p) for p in paras],
        text=Article.body_text([Paragraph(p) for p in paras]),
        published=published,
    )


def articles() -> list[Article]:
    a = make_text(1, paragraphs=7)
    b = make_text(2, paragraphs=6)
    return [
        art("https://vov.vn/a", "VOV", a, "2024-01-02T08:00:00+07:00", "Gốc"),
        art(
            "https://baosoctrang.org.vn/a", "Báo Sóc Trăng", [*a[:5], "Theo VOV"], "2024-01-02T10:00:00+07:00"
        ),
        art(
            "https://baocantho.vn/a", "Báo Cần Thơ", ["(VOV) - " + a[0], *a[1:]], "2024-01-02T09:00:00+07:00"
        ),
        art("https://x.vn/b", "Báo X", b, "2024-01-03T08:00:00+07:00", "Khác"),
        art("https://y.vn/f", "Báo Y", [a[1], *make_text(3, paragraphs=5)], "2024-01-04T08:00:00+07:00"),
    ]


def test_online_assignment_matches_recluster(tmp_path: Path) -> None:
    store = store_mod.open_store(tmp_path / "s.db")
    try:
        attach(store)
        arts = articles()
        ids = [store.put_article(a) for a in arts[:2]]  # one batch per article: online
        ids += [store.put_article(a) for a in arts[2:]]
        db = StoryDB(store.connection)
        online = {i: db.story_of(i) for i in ids}
        assert online[ids[0]] == online[ids[1]] == online[ids[2]] == ids[0]
        assert len(set(online.values())) == 3
        assert {i: store.story_of(i) for i in ids} == online  # mirrored in the store
        rows = db.list_stories()
        assert rows[0]["reach"] == 3 and rows[0]["origin_outlet"] == "VOV" and rows[0]["title"] == "Gốc"
        assert [r["reach"] for r in rows] == [3, 1, 1]
        assert rows[1]["latest"] > rows[2]["latest"]  # then by recency
        story = db.story(ids[0])
        assert story is not None and story.origin_article_id == ids[0]
        assert [m.credited_source for m in story.members] == [None, "VOV", "VOV"]
        assert all(m.first_seen for m in story.members)
        diff = copy_diff(store, ids[1])
        assert diff is not None and (diff["removed"], diff["added"]) == (2, 1)
        assert copy_diff(store, ids[0]) is None  # the origin
        assert [s for s, _ in related_stories(store, ids[4])] == [ids[0]]
        assert recluster(store) == 3
        assert {i: db.story_of(i) for i in ids} == online
        assert len(db.list_stories(since="2024-01-03T00:00:00Z")) == 2
    finally:
        store.close()


def test_delete_and_new_version_reassign(tmp_path: Path) -> None:
    store = store_mod.open_store(tmp_path / "s.db")
    try:
        attach(store)
        arts = articles()
        ids = [store.put_article(a) for a in arts]
        db = StoryDB(store.connection)
        assert store.delete(ids[0])
        # the origin is gone: the earliest remaining copy now names the story
        assert db.story_of(ids[0]) is None
        assert db.story_of(ids[1]) == db.story_of(ids[2]) == ids[2]
        assert db.story(ids[0]) is None and db.story(ids[2]) is not None
        # a new version of the Sóc Trăng copy that is now a different article leaves the story
        changed = arts[1]
        changed.paragraphs = [Paragraph(p) for p in make_text(99, paragraphs=5)]
        changed.text = Article.body_text(changed.paragraphs)
        assert store.put_article(changed) == ids[1]
        assert db.story_of(ids[1]) == ids[1] and db.story_of(ids[2]) == ids[2]
        assert sorted(r["size"] for r in db.list_stories()) == [1, 1, 1, 1]
    finally:
        store.close()
