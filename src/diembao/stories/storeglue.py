"""Glue between the article store and the story tables: online assignment at ingest, re-clustering.

`attach(store)` registers a listener: after each committed ingest batch, new articles join or start
stories, new versions are re-assigned, deleted articles leave theirs. `recluster(store)` rebuilds
every story from the stored articles; both run the same `Clusterer`, so they agree.
The store package is imported lazily (it is only needed here).
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from diembao.model import Article
from diembao.stories.cluster import Clusterer, Record
from diembao.stories.db import MemberMeta, StoryDB
from diembao.stories.diff import paragraph_diff
from diembao.stories.provenance import credited_source

if TYPE_CHECKING:
    from diembao.store import Store

BATCH = 2048


def article_text(a: Article) -> str:
    """The text a story fingerprint is taken from: sapo and body (the headline is often rewritten)."""
    return f"{a.sapo}\n\n{a.text}" if a.sapo else a.text


def article_paragraphs(a: Article) -> list[str]:
    """Sapo and body paragraphs, for credits and diffs."""
    paras = [p.text for p in a.paragraphs] or [p for p in a.text.split("\n\n") if p.strip()]
    return ([a.sapo] if a.sapo else []) + paras


def _first_seen(store: Store, article_id: str) -> str | None:
    try:
        row = store.connection.execute(
            "SELECT first_seen FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
    except sqlite3.Error:
        row = None
    return str(row[0]) if row and row[0] else datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _meta(store: Store, a: Article) -> MemberMeta:
    assert a.id is not None
    return MemberMeta(
        article_id=a.id,
        published=a.published,
        outlet=a.outlet,
        first_seen=_first_seen(store, a.id),
        credited=credited_source(article_paragraphs(a), a.agency),
        title=a.title,
    )


class StoryIndexer:
    """Keeps a store's stories up to date; one per open store (see `attach`)."""

    def __init__(self, store: Store) -> None:
        self.db = StoryDB(store.connection)
        self.clusterer: Clusterer = self.db.load_clusterer()

    def assign(self, store: Store, articles: Sequence[Article]) -> list[str]:
        """Assign stored articles (new or new versions); returns ids whose story changed."""
        arts = [a for a in articles if a.id]
        again = [a.id for a in arts if a.id in self.clusterer]
        changed: list[str] = []
        left: set[str] = set()
        if again:
            with self.db.conn:
                left = self.db.delete_members([i for i in again if i])
            changed += self.clusterer.remove([i for i in again if i])
        records = [Record(a.id or "", article_text(a), a.published, a.outlet) for a in arts]
        changed += self.clusterer.add(records)
        metas = [_meta(store, a) for a in arts]
        touched = self.db.save(self.clusterer, metas, changed)
        if left - touched:
            with self.db.conn:  # stories the new versions left
                self.db.refresh(left - touched)
        self._mirror(store, changed)
        return changed

    def delete(self, store: Store, article_ids: Sequence[str]) -> list[str]:
        """Forget deleted articles; returns the ids of remaining articles whose story changed."""
        with self.db.conn:
            stories = self.db.delete_members(article_ids)
        changed = self.clusterer.remove(article_ids)
        touched = self.db.save(self.clusterer, [], changed)
        with self.db.conn:
            self.db.refresh(stories | touched)
        self._mirror(store, changed)
        return changed

    def _mirror(self, store: Store, changed: Iterable[str]) -> None:
        # The store keeps a story_id column for search/digest; keep it in step.
        for aid in changed:
            if aid in self.clusterer:
                store.set_story(aid, self.clusterer.story_of(aid))

    def on_batch(self, store: Store, changed_ids: list[str], deleted_ids: list[str]) -> None:
        """Store listener: called after each committed batch."""
        if deleted_ids:
            self.delete(store, deleted_ids)
        for i in range(0, len(changed_ids), BATCH):
            ids = changed_ids[i : i + BATCH]
            arts = [a for a in store.iter_articles(ids=ids)]
            self.assign(store, arts)


_INDEXERS: weakref.WeakKeyDictionary[Any, StoryIndexer] = weakref.WeakKeyDictionary()


def indexer(store: Store) -> StoryIndexer:
    """The StoryIndexer of a store (created and loaded on first use)."""
    try:
        ix = _INDEXERS.get(store)
    except TypeError:  # a store that cannot be weakly referenced: no caching
        return StoryIndexer(store)
    if ix is None:
        ix = StoryIndexer(store)
        _INDEXERS[store] = ix
    return ix


def attach(store: Store) -> StoryIndexer:
    """Assign stories online: every committed ingest batch updates them."""
    ix = indexer(store)
    store.add_listener(ix.on_batch)
    return ix


def recluster(store: Store, batch: int = BATCH) -> int:
    """Rebuild every story of the store from its articles; returns the number of stories."""
    db = StoryDB(store.connection)
    db.clear()
    cl = Clusterer()
    metas: list[MemberMeta] = []
    buf: list[Article] = []

    def flush() -> None:
        cl.add([Record(a.id or "", article_text(a), a.published, a.outlet) for a in buf])
        metas.extend(_meta(store, a) for a in buf)
        buf.clear()

    for a in store.iter_articles():
        if a.id:
            buf.append(a)
        if len(buf) >= batch:
            flush()
    flush()
    db.save(cl, metas, [])
    for aid, sid in cl.assignments().items():
        store.set_story(aid, sid)
    try:
        ix = _INDEXERS.get(store)
    except TypeError:
        ix = None
    if ix is not None:
        ix.clusterer = cl  # an attached listener goes on from the rebuilt stories
    return len(cl.stories())


def copy_diff(store: Store, article_id: str) -> dict[str, Any] | None:
    """What an article changed against its story's origin (None when unknown or it is the origin)."""
    db = StoryDB(store.connection)
    sid = db.story_of(article_id)
    story = db.story(sid) if sid else None
    if story is None or story.origin_article_id == article_id:
        return None
    origin = store.get_article(story.origin_article_id)
    copy = store.get_article(article_id)
    if origin is None or copy is None:
        return None
    return paragraph_diff(article_paragraphs(origin), article_paragraphs(copy))


def related_stories(store: Store, article_id: str, limit: int = 5) -> list[tuple[str, float]]:
    """Stories most similar to an article's, excluding its own (its copies)."""
    ix = indexer(store)
    if article_id not in ix.clusterer:
        return []
    return ix.clusterer.related(article_id, limit=limit)
