"""Search over a store: the index lives beside the SQLite file and is derived from it.

`reindex` rebuilds it from the store (the source of truth); `attach` subscribes the index to a
store's committed batches so new or changed articles are searchable right after ingest and
deleted ones disappear.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from diembao import settings
from diembao.search.index import IndexDoc, SearchIndex, SearchResults, doc_from_article, index_path_for

log = logging.getLogger(__name__)


def db_path(db: str | Path | None) -> Path:
    return Path(db) if db else Path(settings.get("db"))


def open_index(db: str | Path | None = None, **kw: Any) -> SearchIndex:
    return SearchIndex(index_path_for(db_path(db)), **kw)


def _story_of(store: Any, article_id: str) -> str | None:
    fn = getattr(store, "story_of", None)
    return fn(article_id) if callable(fn) else None


def index_docs(store: Any, ids: Iterable[str]) -> list[IndexDoc]:
    """IndexDocs for stored articles (with their enrichment and story, when present)."""
    out = []
    for i in ids:
        art = store.get_article(i)
        if art is None:
            continue
        get_enr = getattr(store, "get_enrichment", None)
        enr = get_enr(i) if callable(get_enr) else None
        out.append(doc_from_article(art, enr, _story_of(store, i)))
    return out


def update(index: SearchIndex, store: Any, changed: Iterable[str], deleted: Iterable[str]) -> None:
    """Apply one committed store batch to the index and commit it."""
    deleted = list(deleted)
    if deleted:
        index.delete(deleted)
    index.add(index_docs(store, changed))
    index.commit()


def attach(store: Any, index: SearchIndex | None = None) -> SearchIndex:
    """Keep `index` in step with `store` from now on (ingest calls this)."""
    idx = index or SearchIndex(index_path_for(store.path))
    store.add_listener(lambda st, changed, deleted: update(idx, st, changed, deleted))
    return idx


def reindex(store: Any, batch: int = 2000) -> int:
    """Rebuild the whole index from the store; returns the number of documents indexed."""
    idx = SearchIndex(index_path_for(store.path), threads=2, heap_mb=256, rebuild=True)
    idx.clear()
    n = 0
    pending: list[str] = []
    for art in store.iter_articles():
        pending.append(art.id)
        if len(pending) >= batch:
            n += idx.add(index_docs(store, pending))
            pending = []
    n += idx.add(index_docs(store, pending))
    idx.commit()
    return n


def search(
    query: str,
    *,
    db: str | Path | None = None,
    limit: int = 10,
    offset: int = 0,
    sort: str = "relevance",
    recency_days: float | None = None,
    collapse: bool = True,
) -> SearchResults:
    """Search the store at `db` (default store when None). Raises QueryError on a bad query."""
    from diembao.store import open_store

    store = open_store(db_path(db))
    idx = open_index(db)

    def text_of(article_id: str) -> str | None:
        a = store.get_article(article_id)
        if a is None:
            return None
        return "\n\n".join(x for x in (a.title, a.sapo or "", a.text) if x)

    return idx.search(
        query,
        limit=limit,
        offset=offset,
        sort=sort,
        recency_days=recency_days,
        collapse=collapse,
        text_lookup=text_of,
    )
