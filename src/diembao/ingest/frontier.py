"""The crawl frontier: one row per URL in the store's SQLite file (component "crawl").

States: queued (to fetch, once `next_attempt_at` has passed), fetched, failed (permanent error or
too many attempts), skipped (robots.txt, off-site...). ETag/Last-Modified are kept per URL for
conditional requests. Because every state change is committed, a stopped crawl resumes where it was.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from diembao.store.migrations import apply

State = Literal["queued", "fetched", "failed", "skipped"]
Kind = Literal["page", "feed", "sitemap"]

STEPS: list[str] = [
    """
    CREATE TABLE crawl_frontier (
        url TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'page' CHECK (kind IN ('page', 'feed', 'sitemap')),
        outlet TEXT,
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'fetched', 'failed', 'skipped')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL DEFAULT 0,
        etag TEXT,
        last_modified TEXT,
        http_status INTEGER,
        error TEXT,
        source_feed TEXT,
        title TEXT,
        published TEXT,
        discovered_at REAL NOT NULL,
        fetched_at REAL
    );
    CREATE INDEX crawl_frontier_due ON crawl_frontier (state, next_attempt_at);
    CREATE INDEX crawl_frontier_outlet ON crawl_frontier (outlet, state);
    """,
]


@dataclass
class FrontierRow:
    url: str
    host: str
    kind: Kind
    outlet: str | None
    state: State
    attempts: int
    next_attempt_at: float
    etag: str | None
    last_modified: str | None
    http_status: int | None
    error: str | None
    source_feed: str | None
    title: str | None
    published: str | None


_COLUMNS = (
    "url, host, kind, outlet, state, attempts, next_attempt_at, etag, last_modified, "
    "http_status, error, source_feed, title, published"
)


def host_of(url: str) -> str:
    """scheme://host[:port] of a URL: the unit of politeness (robots.txt, delay, one connection)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Frontier:
    """URL states of the crawl, in tables of the given SQLite connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        apply(conn, "crawl", STEPS)

    def _commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.commit()

    def add(
        self,
        urls: Iterable[str],
        *,
        kind: Kind = "page",
        outlet: str | None = None,
        source_feed: str | None = None,
        titles: dict[str, str | None] | None = None,
        published: dict[str, str | None] | None = None,
    ) -> int:
        """Queue URLs not seen before (known URLs keep their state); returns how many were new."""
        now = time.time()
        titles = titles or {}
        published = published or {}
        cur = self.conn.executemany(
            "INSERT INTO crawl_frontier (url, host, kind, outlet, source_feed, title, published, discovered_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO NOTHING",
            [
                (u, host_of(u), kind, outlet, source_feed, titles.get(u), published.get(u), now)
                for u in dict.fromkeys(urls)
            ],
        )
        self._commit()
        return max(cur.rowcount, 0)

    def requeue(self, urls: Iterable[str], *, kind: Kind | None = None, outlet: str | None = None) -> None:
        """Queue URLs again even if fetched before (feeds on every crawl, explicit fetches);
        their ETag/Last-Modified stay so the refetch is conditional."""
        now = time.time()
        for u in dict.fromkeys(urls):
            self.conn.execute(
                "INSERT INTO crawl_frontier (url, host, kind, outlet, discovered_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(url) DO UPDATE SET state = 'queued', attempts = 0, next_attempt_at = 0, "
                "error = NULL, kind = coalesce(?, kind), outlet = coalesce(?, outlet)",
                (u, host_of(u), kind or "page", outlet, now, kind, outlet),
            )
        self._commit()

    def get(self, url: str) -> FrontierRow | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM crawl_frontier WHERE url = ?", (url,)).fetchone()
        return FrontierRow(*row) if row else None

    @staticmethod
    def _where(
        kinds: Sequence[Kind],
        outlets: Sequence[str] | None,
        only: Sequence[str] | None,
        exclude: Iterable[str] | None = None,
    ) -> tuple[str, list[object]]:
        sql = f"state = 'queued' AND kind IN ({','.join('?' * len(kinds))})"
        params: list[object] = [*kinds]
        if outlets is not None:
            sql += f" AND outlet IN ({','.join('?' * len(outlets))})"
            params.extend(outlets)
        if only is not None:
            # json_each keeps one bound parameter however many URLs are asked for.
            sql += " AND url IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(only)))
        if exclude:
            sql += " AND url NOT IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(exclude)))
        return sql, params

    def due(
        self,
        *,
        kinds: Sequence[Kind] = ("page",),
        outlets: Sequence[str] | None = None,
        only: Sequence[str] | None = None,
        exclude: Iterable[str] | None = None,
        now: float | None = None,
        limit: int = 1000,
    ) -> list[FrontierRow]:
        """Queued URLs (minus `exclude`) whose next attempt time has passed, oldest discovery first."""
        now = time.time() if now is None else now
        where, params = self._where(kinds, outlets, only, exclude)
        sql = (
            f"SELECT {_COLUMNS} FROM crawl_frontier WHERE {where} AND next_attempt_at <= ? "
            "ORDER BY discovered_at, rowid LIMIT ?"
        )
        return [FrontierRow(*r) for r in self.conn.execute(sql, [*params, now, limit])]

    def next_due_time(
        self,
        *,
        kinds: Sequence[Kind] = ("page",),
        outlets: Sequence[str] | None = None,
        only: Sequence[str] | None = None,
        exclude: Iterable[str] | None = None,
    ) -> float | None:
        """Earliest next_attempt_at among queued URLs (None when nothing is queued)."""
        where, params = self._where(kinds, outlets, only, exclude)
        row = self.conn.execute(
            f"SELECT min(next_attempt_at) FROM crawl_frontier WHERE {where}", params
        ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def mark_fetched(
        self,
        url: str,
        *,
        http_status: int,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """Record a successful fetch (200 or 304); validators are kept unless new ones came."""
        self.conn.execute(
            "UPDATE crawl_frontier SET state = 'fetched', attempts = attempts + 1, http_status = ?, "
            "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), error = NULL, "
            "fetched_at = ? WHERE url = ?",
            (http_status, etag, last_modified, time.time(), url),
        )
        self._commit()

    def mark_failed(self, url: str, reason: str, *, http_status: int | None = None) -> None:
        """Record a permanent failure (no more attempts)."""
        self.conn.execute(
            "UPDATE crawl_frontier SET state = 'failed', attempts = attempts + 1, http_status = ?, "
            "error = ? WHERE url = ?",
            (http_status, reason, url),
        )
        self._commit()

    def mark_skipped(self, url: str, reason: str) -> None:
        """Record that the URL will not be fetched (robots.txt, not a page...)."""
        self.conn.execute(
            "UPDATE crawl_frontier SET state = 'skipped', error = ? WHERE url = ?", (reason, url)
        )
        self._commit()

    def mark_retry(
        self, url: str, reason: str, *, delay: float, max_attempts: int, http_status: int | None = None
    ) -> State:
        """Count a transient failure: queue again after `delay` seconds, or fail after max_attempts."""
        row = self.conn.execute("SELECT attempts FROM crawl_frontier WHERE url = ?", (url,)).fetchone()
        attempts = (int(row[0]) if row else 0) + 1
        state: State = "failed" if attempts >= max_attempts else "queued"
        self.conn.execute(
            "UPDATE crawl_frontier SET state = ?, attempts = ?, next_attempt_at = ?, http_status = ?, "
            "error = ? WHERE url = ?",
            (state, attempts, time.time() + delay, http_status, reason, url),
        )
        self._commit()
        return state

    def counts(self, *, kind: Kind | None = None) -> dict[str, int]:
        """Number of URLs per state (optionally of one kind)."""
        sql = "SELECT state, count(*) FROM crawl_frontier"
        params: tuple[object, ...] = ()
        if kind is not None:
            sql += " WHERE kind = ?"
            params = (kind,)
        sql += " GROUP BY state"
        return {str(s): int(n) for s, n in self.conn.execute(sql, params)}
