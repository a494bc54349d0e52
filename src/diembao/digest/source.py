"""The store side of the digest: turn stored articles, their enrichment and their stories into
the `ArticleInfo` records `build_digest` works on.

Everything is read through the `Store` protocol and the stories tables; results are cached per
`StoreSource`, so a digest over 20 watchlists reads each article once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from diembao.digest.build import ArticleInfo
from diembao.model import Article, Enrichment
from diembao.text import search_key


def _topic_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        from diembao.enrich.topic import display_name
    except ImportError:  # pragma: no cover - enrichment not installed
        return label
    return display_name(label)


def _names_a_document(label: str, number: str | None, kind: str) -> bool:
    """Worth listing in a digest: a numbered document, a named one ("Luật Đất đai", "Hiến pháp"),
    not a bare mention such as "văn bản", "tờ trình" or "nghị quyết này"."""
    if number:
        return True
    key = search_key(label)
    return key == "hien phap" or (label[:1].isupper() and key != search_key(kind) and len(label.split()) > 1)


def _documents(enr: Enrichment | None) -> list[str]:
    """Distinct document references, legal documents first, in order of appearance."""
    if enr is None:
        return []
    seen: set[str] = set()
    out: list[str] = []
    for d in sorted(enr.docrefs, key=lambda d: (d.article is not None, d.start)):
        if d.article:  # "Điều 219" alone is not a document
            continue
        label = " ".join(d.surface.split())
        if not _names_a_document(label, d.number, d.type):
            continue
        k = search_key(d.number or label)
        if k and k not in seen:
            seen.add(k)
            out.append(label)
    return out


def _looks_like_name(name: str) -> bool:
    """What a reader accepts as a person's name in a digest: 2-5 capitalised syllables, letters only
    (a display filter: the enrichment keeps every entity it found)."""
    parts = name.split()
    return 2 <= len(parts) <= 5 and all(p.isalpha() and p[0].isupper() for p in parts)


def _persons(enr: Enrichment | None) -> list[str]:
    if enr is None:
        return []
    pers = [e for e in enr.entities if e.type == "PER" and _looks_like_name(e.name)]
    pers.sort(key=lambda e: (-len(e.mentions), e.mentions[0].start if e.mentions else 0))
    return [e.name for e in pers]


def article_info(
    a: Article, enr: Enrichment | None, story_id: str | None, credited: str | None = None
) -> ArticleInfo:
    """One stored article as the digest sees it."""
    return ArticleInfo(
        id=a.id or "",
        title=a.title or (a.text[:120] if a.text else a.id or ""),
        outlet=a.outlet or "",
        url=a.url,
        published=a.published,
        story_id=story_id,
        summary=list(enr.summary) if enr else [],
        positions=list(enr.positions) if enr else [],
        persons=_persons(enr),
        documents=_documents(enr),
        credited_source=credited,
        topic=_topic_name(enr.topic if enr else None),
        tone=enr.tone if enr else None,
    )


class StoreSource:
    """`lookup` and `story_members` for `build_digest`, backed by a store."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._cache: dict[str, ArticleInfo | None] = {}
        self._credits: dict[str, str | None] = {}
        self._members: dict[str, list[str]] = {}
        try:
            from diembao.stories.db import StoryDB

            self._stories: Any = StoryDB(store.connection)
        except Exception:  # stories not installed or not clustered yet: each article is its own story
            self._stories = None

    def _story_rows(self, story_id: str) -> list[str]:
        if story_id not in self._members:
            ids: list[str] = []
            if self._stories is not None:
                story = self._stories.story(story_id)
                if story is not None:
                    for m in story.members:
                        ids.append(m.article_id)
                        self._credits[m.article_id] = m.credited_source
            self._members[story_id] = ids
        return self._members[story_id]

    def _story_of(self, article_id: str) -> str | None:
        fn = getattr(self.store, "story_of", None)
        sid = fn(article_id) if callable(fn) else None
        if sid is None and self._stories is not None:
            sid = self._stories.story_of(article_id)
        return sid

    def _load(self, article_id: str) -> ArticleInfo | None:
        if article_id in self._cache:
            return self._cache[article_id]
        a = self.store.get_article(article_id)
        info = None
        if a is not None:
            get_enr = getattr(self.store, "get_enrichment", None)
            enr = get_enr(article_id) if callable(get_enr) else None
            sid = self._story_of(article_id)
            if sid is not None:
                self._story_rows(sid)  # fills the credit of every member
            info = article_info(a, enr, sid, self._credits.get(article_id))
        self._cache[article_id] = info
        return info

    def lookup(self, ids: Sequence[str]) -> dict[str, ArticleInfo]:
        out: dict[str, ArticleInfo] = {}
        for i in ids:
            info = self._load(i)
            if info is not None:
                out[i] = info
        return out

    def story_members(self, story_id: str) -> list[ArticleInfo]:
        return list(self.lookup(self._story_rows(story_id)).values())
