"""The default store: one SQLite file in WAL mode (nothing to start), schema by versioned migrations.

Crash safety comes from SQLite itself: every batch is one transaction in the write-ahead log, and
ids are derived from identities, so re-running an interrupted ingest stores each article once.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from diembao import settings
from diembao.model import Article, Enrichment, RawDoc
from diembao.store import migrations
from diembao.store.base import (
    ArticleVersion,
    BatchResult,
    Bound,
    DocRecord,
    ErrorRecord,
    Listener,
    StoreStats,
)
from diembao.store.records import (
    article_id_for,
    compress,
    decompress,
    make_record,
    unpack_raw,
)

log = logging.getLogger(__name__)

# Append-only: never edit a released step, add a new one (see migrations.py).
STEPS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        identity TEXT NOT NULL UNIQUE,     -- url:<canonical url> | hash:<sha256 of canonical text>
        url TEXT,
        outlet TEXT,
        title TEXT NOT NULL DEFAULT '',
        published TEXT,                    -- as the source gave it (ISO 8601)
        first_seen TEXT NOT NULL,          -- UTC, when this store first got the article
        updated_at TEXT NOT NULL,          -- UTC, last new version or reprocess
        ts TEXT NOT NULL,                  -- UTC instant of published (else first_seen), sortable
        day TEXT NOT NULL,                 -- local date of ts (settings.timezone)
        status TEXT NOT NULL DEFAULT 'extracted',   -- extracted | enriched
        version INTEGER NOT NULL DEFAULT 1,
        content_hash TEXT NOT NULL,
        story_id TEXT,
        source TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL                 -- Article JSON (current version, without id)
    );
    CREATE INDEX articles_ts ON articles(ts);
    CREATE INDEX articles_day ON articles(day);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_story ON articles(story_id);
    CREATE TABLE article_versions (
        article_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        data BLOB NOT NULL,                -- zstd(Article JSON)
        PRIMARY KEY (article_id, version)
    ) WITHOUT ROWID;
    CREATE TABLE raw_docs (
        article_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        size INTEGER NOT NULL,             -- compressed bytes
        data BLOB NOT NULL                 -- records.pack_raw: zstd(JSON header + content)
    );
    CREATE TABLE enrichments (
        article_id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE errors (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        stage TEXT NOT NULL,
        reason TEXT NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1,
        UNIQUE (source, stage, reason)
    );
    """,
]

_IN_CHUNK = 500  # ids per `IN (...)` query (SQLite's default variable limit is far higher)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@lru_cache(maxsize=4)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local_zone() -> ZoneInfo:
    return _zone(settings.get("timezone"))


def _parse_instant(value: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    # A date without offset is a local time of the outlet (Vietnamese press: local time).
    return dt if dt.tzinfo else dt.replace(tzinfo=_local_zone())


def when_of(published: str | None, first_seen: str) -> tuple[str, str]:
    """(UTC instant, local day) of an article: its publication time, else when we first saw it."""
    dt = _parse_instant(published) if published else None
    if dt is None:
        dt = _parse_instant(first_seen) or datetime.now(UTC)
    return dt.astimezone(UTC).isoformat(timespec="seconds"), dt.astimezone(_local_zone()).date().isoformat()


def _bound_clause(since: Bound, until: Bound) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    for value, op in ((since, ">="), (until, "<=")):
        if value is None:
            continue
        if isinstance(value, datetime):
            dt = value if value.tzinfo else value.replace(tzinfo=_local_zone())
            clauses.append(f"ts {op} ?")
            params.append(dt.astimezone(UTC).isoformat(timespec="seconds"))
        elif isinstance(value, date):
            clauses.append(f"day {op} ?")
            params.append(value.isoformat())
        elif len(value) <= 10:  # "2024", "2024-01", "2024-01-03": a local day prefix
            clauses.append(f"day {op} ?")
            params.append(value if op == ">=" else value + "\uffff")
        else:
            parsed = _parse_instant(value)
            if parsed is None:
                raise ValueError(f"not a date or ISO timestamp: {value!r}")
            clauses.append(f"ts {op} ?")
            params.append(parsed.astimezone(UTC).isoformat(timespec="seconds"))
    return (" AND ".join(clauses), params)


def _article(article_id: str, data: str) -> Article:
    a = Article.from_json(data)
    a.id = article_id
    return a


class SQLiteStore:
    """The Store protocol on one SQLite file (see `diembao.store.base.Store` for each method)."""

    def __init__(self, path: str | Path) -> None:
        self.path: Path | None = None if str(path) == ":memory:" else Path(path)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), timeout=60.0)
        self._conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a process kill loses nothing committed; only a power cut may lose
        # the last transactions, never corrupts the file.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA busy_timeout=60000")
        self._conn.execute("PRAGMA cache_size=-32768")  # 32 MB page cache: memory stays bounded
        migrations.apply(self._conn, "store", STEPS)
        self._listeners: list[Listener] = []
        self._closed = False

    # ----------------------------------------------------------------- plumbing

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self._conn.in_transaction:
                self._conn.commit()
            self._conn.execute("PRAGMA optimize")
        finally:
            self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_listener(self, fn: Listener) -> None:
        self._listeners.append(fn)

    def remove_listener(self, fn: Listener) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def _notify(self, changed: list[str], deleted: list[str]) -> None:
        if not changed and not deleted:
            return
        for fn in list(self._listeners):
            try:
                fn(self, changed, deleted)  # type: ignore[arg-type]
            except Exception:
                # A failing subscriber (index, watchlists) must not undo or stop the ingest: the
                # store is the source of truth and `diembao reindex` can rebuild derived data.
                log.exception("store listener %r failed", fn)

    def _begin(self) -> None:
        if self._conn.in_transaction:
            self._conn.commit()
        self._conn.execute("BEGIN IMMEDIATE")

    # ----------------------------------------------------------------- writing

    def write_batch(
        self, docs: Sequence[DocRecord], errors: Sequence[tuple[str, str, str]] = ()
    ) -> BatchResult:
        res = BatchResult()
        if not docs and not errors:
            return res
        now = _now()
        c = self._conn
        self._begin()
        try:
            for d in docs:
                self._write_one(d, now, res)
            for source, stage, reason in errors:
                self._insert_error(source, stage, reason, now)
                res.errors += 1
            c.commit()
        except BaseException:
            c.rollback()
            raise
        self._notify(res.changed, [])
        return res

    def _write_one(self, d: DocRecord, now: str, res: BatchResult) -> None:
        c = self._conn
        aid = d.article_id or article_id_for(d.identity)
        row = c.execute(
            "SELECT content_hash, version, first_seen, data FROM articles WHERE id = ?", (aid,)
        ).fetchone()
        if row is None:
            if d.article_id:  # reprocess of an article deleted meanwhile
                res.unchanged += 1
                return
            ts, day = when_of(d.published, now)
            status = "enriched" if d.enrichment_json else "extracted"
            c.execute(
                "INSERT INTO articles(id, identity, url, outlet, title, published, first_seen, updated_at,"
                " ts, day, status, version, content_hash, source, data)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,1,?,?,?)",
                (
                    aid,
                    d.identity,
                    d.url,
                    d.outlet,
                    d.title or "",
                    d.published,
                    now,
                    now,
                    ts,
                    day,
                    status,
                    d.content_hash,
                    d.source,
                    d.article_json,
                ),
            )
            self._add_version(aid, 1, d, now)
            self._put_raw(aid, d)
            if d.enrichment_json:
                self._put_enrichment_json(aid, d.enrichment_json, now)
            res.new += 1
            res.changed.append(aid)
            return
        old_hash, version, first_seen, old_data = row
        if old_hash == d.content_hash and (not d.article_id or old_data == d.article_json):
            if d.enrichment_json and d.article_id:
                self._put_enrichment_json(aid, d.enrichment_json, now)
                c.execute("UPDATE articles SET status = 'enriched' WHERE id = ?", (aid,))
                res.changed.append(aid)
            res.unchanged += 1
            return
        new_version = version + (1 if old_hash != d.content_hash else 0)
        ts, day = when_of(d.published, first_seen)
        status = "enriched" if d.enrichment_json else "extracted"
        c.execute(
            "UPDATE articles SET url = COALESCE(?, url), outlet = COALESCE(?, outlet), title = ?,"
            " published = COALESCE(?, published), updated_at = ?, ts = ?, day = ?, status = ?,"
            " version = ?, content_hash = ?, source = ?, data = ? WHERE id = ?",
            (
                d.url,
                d.outlet,
                d.title or "",
                d.published,
                now,
                ts,
                day,
                status,
                new_version,
                d.content_hash,
                d.source,
                d.article_json,
                aid,
            ),
        )
        if new_version != version:
            self._add_version(aid, new_version, d, now)
        else:  # reprocess without a text change: the stored version follows the new extraction
            c.execute(
                "UPDATE article_versions SET data = ? WHERE article_id = ? AND version = ?",
                (compress(d.article_json.encode("utf-8")), aid, version),
            )
        if d.raw:
            self._put_raw(aid, d)
        if d.enrichment_json:
            self._put_enrichment_json(aid, d.enrichment_json, now)
        else:
            c.execute("DELETE FROM enrichments WHERE article_id = ?", (aid,))
        res.updated += 1
        res.changed.append(aid)

    def _add_version(self, aid: str, version: int, d: DocRecord, now: str) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO article_versions(article_id, version, content_hash, stored_at, source,"
            " data) VALUES(?,?,?,?,?,?)",
            (aid, version, d.content_hash, now, d.source, compress(d.article_json.encode("utf-8"))),
        )

    def _put_raw(self, aid: str, d: DocRecord) -> None:
        if not d.raw:
            return
        self._conn.execute(
            "INSERT OR REPLACE INTO raw_docs(article_id, kind, source, size, data) VALUES(?,?,?,?,?)",
            (aid, d.raw_kind or "unknown", d.source, len(d.raw), d.raw),
        )

    def _put_enrichment_json(self, aid: str, data: str, now: str) -> None:
        self._conn.execute(
            "INSERT INTO enrichments(article_id, data, updated_at) VALUES(?,?,?)"
            " ON CONFLICT(article_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            (aid, data, now),
        )

    def _insert_error(self, source: str, stage: str, reason: str, now: str) -> None:
        self._conn.execute(
            "INSERT INTO errors(source, stage, reason, first_at, last_at) VALUES(?,?,?,?,?)"
            " ON CONFLICT(source, stage, reason) DO UPDATE SET last_at = excluded.last_at,"
            " count = count + 1",
            (source, stage, reason, now, now),
        )

    def put_article(
        self, article: Article, raw: RawDoc | None = None, enrichment: Enrichment | None = None
    ) -> str:
        rec = make_record(article, raw, enrichment)
        self.write_batch([rec])
        return article_id_for(rec.identity)

    def record_error(self, source: str, reason: str, stage: str = "ingest") -> None:
        self.write_batch([], [(source, stage, reason)])

    def delete(self, article_id: str) -> bool:
        c = self._conn
        self._begin()
        try:
            n = c.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
            for table in ("article_versions", "raw_docs", "enrichments"):
                c.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            c.commit()
        except BaseException:
            c.rollback()
            raise
        if n:
            self._notify([], [article_id])
        return bool(n)

    def put_enrichment(self, article_id: str, enrichment: Enrichment) -> None:
        c = self._conn
        self._begin()
        try:
            if not c.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
                raise KeyError(article_id)
            self._put_enrichment_json(article_id, enrichment.to_json(), _now())
            c.execute("UPDATE articles SET status = 'enriched' WHERE id = ?", (article_id,))
            c.commit()
        except BaseException:
            c.rollback()
            raise
        self._notify([article_id], [])

    def set_story(self, article_id: str, story_id: str | None) -> None:
        with self._conn:
            self._conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))

    # ----------------------------------------------------------------- reading

    def get_article(self, article_id: str) -> Article | None:
        row = self._conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(article_id, row[0]) if row else None

    def first_seen(self, article_id: str) -> str | None:
        """When the store first got this article (UTC ISO), or None."""
        row = self._conn.execute("SELECT first_seen FROM articles WHERE id = ?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def iter_articles(
        self, since: Bound = None, until: Bound = None, ids: Iterable[str] | None = None
    ) -> Iterator[Article]:
        where, params = _bound_clause(since, until)
        if ids is not None:
            chunk: list[str] = []
            for i in ids:
                chunk.append(i)
                if len(chunk) >= _IN_CHUNK:
                    yield from self._by_ids(chunk, where, params)
                    chunk = []
            yield from self._by_ids(chunk, where, params)
            return
        # Paged by rowid, not one long cursor: writers may commit between pages without trouble.
        last = 0
        extra = f" AND {where}" if where else ""
        while True:
            rows = self._conn.execute(
                f"SELECT rowid, id, data FROM articles WHERE rowid > ?{extra} ORDER BY rowid LIMIT 500",
                [last, *params],
            ).fetchall()
            if not rows:
                return
            for _rowid, aid, data in rows:
                yield _article(aid, data)
            last = rows[-1][0]

    def _by_ids(self, ids: list[str], where: str, params: list[str]) -> Iterator[Article]:
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        extra = f" AND {where}" if where else ""
        rows = dict(
            self._conn.execute(
                f"SELECT id, data FROM articles WHERE id IN ({marks}){extra}", [*ids, *params]
            ).fetchall()
        )
        for i in ids:
            if i in rows:
                yield _article(i, rows[i])

    def ids(self, since: Bound = None, until: Bound = None) -> list[str]:
        """Ids of stored articles in storage order (within the bounds)."""
        where, params = _bound_clause(since, until)
        sql = "SELECT id FROM articles" + (f" WHERE {where}" if where else "") + " ORDER BY rowid"
        return [r[0] for r in self._conn.execute(sql, params)]

    def count(self, since: Bound = None, until: Bound = None) -> int:
        where, params = _bound_clause(since, until)
        sql = "SELECT COUNT(*) FROM articles" + (f" WHERE {where}" if where else "")
        return int(self._conn.execute(sql, params).fetchone()[0])

    def versions(self, article_id: str) -> list[ArticleVersion]:
        rows = self._conn.execute(
            "SELECT version, content_hash, stored_at, source, data FROM article_versions"
            " WHERE article_id = ? ORDER BY version",
            (article_id,),
        ).fetchall()
        out = []
        for version, h, at, source, blob in rows:
            art = _article(article_id, decompress(blob).decode("utf-8"))
            out.append(ArticleVersion(article_id, version, h, at, source, art))
        return out

    def get_raw(self, article_id: str) -> RawDoc | None:
        row = self._conn.execute("SELECT data FROM raw_docs WHERE article_id = ?", (article_id,)).fetchone()
        return unpack_raw(row[0]) if row else None

    def iter_raw(self, ids: Iterable[str] | None = None) -> Iterator[tuple[str, RawDoc]]:
        if ids is not None:
            for i in ids:
                raw = self.get_raw(i)
                if raw is not None:
                    yield i, raw
            return
        last = 0
        while True:
            rows = self._conn.execute(
                "SELECT rowid, article_id, data FROM raw_docs WHERE rowid > ? ORDER BY rowid LIMIT 200",
                (last,),
            ).fetchall()
            if not rows:
                return
            for _, aid, blob in rows:
                yield aid, unpack_raw(blob)
            last = rows[-1][0]

    def get_enrichment(self, article_id: str) -> Enrichment | None:
        row = self._conn.execute(
            "SELECT data FROM enrichments WHERE article_id = ?", (article_id,)
        ).fetchone()
        return Enrichment.from_json(row[0]) if row else None

    def story_of(self, article_id: str) -> str | None:
        row = self._conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def errors(self, stage: str | None = None, limit: int | None = None) -> list[ErrorRecord]:
        sql = "SELECT source, stage, reason, first_at, last_at, count FROM errors"
        params: list[Any] = []
        if stage:
            sql += " WHERE stage = ?"
            params.append(stage)
        sql += " ORDER BY last_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [ErrorRecord(*r) for r in self._conn.execute(sql, params)]

    def stats(self) -> StoreStats:
        c = self._conn

        def grouped(col: str) -> dict[str, int]:
            rows = c.execute(f"SELECT {col}, COUNT(*) FROM articles GROUP BY {col} ORDER BY {col}")
            return {(k if k is not None else ""): int(n) for k, n in rows}

        return StoreStats(
            articles=self.count(),
            versions=int(c.execute("SELECT COUNT(*) FROM article_versions").fetchone()[0]),
            errors=int(c.execute("SELECT COUNT(*) FROM errors").fetchone()[0]),
            raw_bytes=int(c.execute("SELECT COALESCE(SUM(size), 0) FROM raw_docs").fetchone()[0]),
            by_status=grouped("status"),
            by_outlet=grouped("outlet"),
            by_day=grouped("day"),
        )
