"""Persistence of stories in the store's SQLite file (own tables, own migrations).

`StoryDB` keeps, per article: its story, canonical order key, outlet, times, credited source and
fingerprint keys (a uint32 blob: ~256 bytes an article), and per story: origin, reach, dates. The
clustering itself runs in memory (`Clusterer`), rebuilt from the stored keys once per process.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from diembao.model import Story, StoryMember
from diembao.stories.cluster import Clusterer, MatchParams, Record, utc_key
from diembao.stories.fingerprint import Fingerprint
from diembao.stories.provenance import build_story

COMPONENT = "stories"
# Append-only: never edit a released step, add a new one (see diembao.store.migrations).
STEPS: list[str] = [
    """
    CREATE TABLE story_members (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        published TEXT,                 -- as the source gave it
        outlet TEXT,
        first_seen TEXT,                -- when this copy was first seen (UTC ISO)
        credited TEXT,                  -- outlet credited as the source, if any
        title TEXT NOT NULL DEFAULT '',
        keys BLOB NOT NULL              -- fingerprint keys, little-endian uint32, sorted
    );
    CREATE INDEX story_members_story ON story_members(story_id);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,            -- id of the canonical earliest member
        origin_article_id TEXT NOT NULL,
        origin_outlet TEXT,
        title TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL,
        reach INTEGER NOT NULL,         -- distinct outlets
        first TEXT NOT NULL,            -- earliest member instant (UTC, "~" when undated)
        latest TEXT NOT NULL            -- latest member instant (UTC)
    );
    CREATE INDEX stories_rank ON stories(reach DESC, latest DESC);
    CREATE INDEX stories_latest ON stories(latest);
    """
]


@dataclass
class MemberMeta:
    """What the story tables keep about one article besides its fingerprint."""

    article_id: str
    published: str | None = None
    outlet: str | None = None
    first_seen: str | None = None
    credited: str | None = None
    title: str = ""


class StoryDB:
    """Story tables on an open sqlite3 connection (the store's, or any other)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        from diembao.store import migrations

        self.conn = conn
        migrations.apply(conn, COMPONENT, STEPS)

    # ------------------------------------------------------------------ writing

    def load_clusterer(self, params: MatchParams | None = None, batch: int = 4096) -> Clusterer:
        """A Clusterer holding every stored fingerprint (same stories as stored, by construction)."""
        cl = Clusterer(params) if params else Clusterer()
        cur = self.conn.execute("SELECT article_id, published, keys FROM story_members ORDER BY article_id")
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                break
            recs = [Record(r[0], "", r[1]) for r in rows]
            fps = [Fingerprint(np.frombuffer(r[2], dtype="<u4").astype(np.uint32), 0) for r in rows]
            cl.add_fingerprints(recs, fps)
        return cl

    def save(self, cl: Clusterer, metas: Iterable[MemberMeta], changed: Iterable[str]) -> set[str]:
        """Write new members (`metas`) and the story of every `changed` article; refresh stories.

        Returns the ids of the stories written or deleted. Runs in one transaction.
        """
        touched: set[str] = set()
        with self.conn:
            for m in metas:
                n = cl._num[m.article_id]
                self.conn.execute(
                    "INSERT OR REPLACE INTO story_members(article_id, story_id, published, outlet, first_seen,"
                    " credited, title, keys) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        m.article_id,
                        cl.story_of(m.article_id),
                        m.published,
                        m.outlet,
                        m.first_seen,
                        m.credited,
                        m.title,
                        cl.keys_of(n).astype("<u4").tobytes(),
                    ),
                )
                touched.add(cl.story_of(m.article_id))
            for aid in changed:
                if aid not in cl:
                    continue
                row = self.conn.execute(
                    "SELECT story_id FROM story_members WHERE article_id = ?", (aid,)
                ).fetchone()
                new = cl.story_of(aid)
                if row is not None:
                    touched.add(row[0])
                    if row[0] != new:
                        self.conn.execute(
                            "UPDATE story_members SET story_id = ? WHERE article_id = ?", (new, aid)
                        )
                touched.add(new)
            self.refresh(touched)
        return touched

    def delete_members(self, article_ids: Sequence[str]) -> set[str]:
        """Drop members (their stories are refreshed by the next `save`); returns their story ids."""
        out: set[str] = set()
        for aid in article_ids:
            row = self.conn.execute(
                "SELECT story_id FROM story_members WHERE article_id = ?", (aid,)
            ).fetchone()
            if row:
                out.add(row[0])
                self.conn.execute("DELETE FROM story_members WHERE article_id = ?", (aid,))
        return out

    def clear(self) -> None:
        """Forget every story (before a full re-clustering)."""
        with self.conn:
            self.conn.execute("DELETE FROM story_members")
            self.conn.execute("DELETE FROM stories")

    def refresh(self, story_ids: Iterable[str]) -> None:
        for sid in sorted(set(story_ids)):
            story = self._build(sid)
            if story is None:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (sid,))
                continue
            times = [utc_key(m.published) for m in story.members]
            dated = [t for t in times if t != "~"]
            self.conn.execute(
                "INSERT OR REPLACE INTO stories(id, origin_article_id, origin_outlet, title, size, reach, first,"
                " latest) VALUES (?,?,?,?,?,?,?,?)",
                (
                    sid,
                    story.origin_article_id,
                    story.origin_outlet,
                    story.title,
                    len(story.members),
                    story.reach,
                    min(dated) if dated else "~",
                    max(dated) if dated else "~",
                ),
            )

    # ------------------------------------------------------------------ reading

    def _build(self, story_id: str) -> Story | None:
        rows = self.conn.execute(
            "SELECT article_id, outlet, published, first_seen, credited, title FROM story_members"
            " WHERE story_id = ?",
            (story_id,),
        ).fetchall()
        if not rows:
            return None
        rows.sort(key=lambda r: (utc_key(r[2]), r[0]))
        members = [StoryMember(r[0], r[1], r[2], r[3], r[4]) for r in rows]
        return build_story(story_id, members, {r[0]: r[5] for r in rows})

    def story(self, story_id: str) -> Story | None:
        """One story with its members (canonical order), or None."""
        return self._build(story_id)

    def story_of(self, article_id: str) -> str | None:
        """The story id of an article, or None when it has not been clustered."""
        row = self.conn.execute(
            "SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def list_stories(
        self, since: str | None = None, until: str | None = None, limit: int | None = 50
    ) -> list[dict[str, Any]]:
        """Stories by reach (distinct outlets), then recency; since/until bound the latest member (UTC)."""
        sql = "SELECT id, origin_article_id, origin_outlet, title, size, reach, first, latest FROM stories"
        where: list[str] = []
        args: list[Any] = []
        if since:
            where.append("latest >= ?")
            args.append(since)
        if until:
            where.append("first <= ?")
            args.append(until)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY reach DESC, latest DESC, id"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        cols = ["id", "origin_article_id", "origin_outlet", "title", "size", "reach", "first", "latest"]
        return [dict(zip(cols, r, strict=True)) for r in self.conn.execute(sql, args)]
