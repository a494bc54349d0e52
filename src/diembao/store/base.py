"""The `Store` protocol: what every part of diembao may ask of the article store.

The SQLite implementation (`diembao.store.sqlite.SQLiteStore`) is the default; a server-backed
store (PostgreSQL) can be added by implementing the same protocol. Code outside `diembao.store`
types against `Store`, never against SQLiteStore.

Identity: an article is the same article when its canonical URL is the same (courlan-normalised,
fragment dropped) or, without a URL, when the hash of its canonical text is the same. Storing the
same thing twice is a no-op; a changed text under the same identity becomes a new version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from diembao.model import Article, Enrichment, RawDoc

# fn(store, ids_changed, ids_deleted), called after each committed batch.
Listener = Callable[["Store", list[str], list[str]], None]
# since/until bounds: a date (or "YYYY-MM-DD") compares with the article's local day, inclusive;
# a datetime (or a full ISO timestamp) compares with its instant.
Bound = date | datetime | str | None


@dataclass
class DocRecord:
    """One article ready to be written: built by `diembao.store.records.make_record` (in workers)."""

    identity: str  # "url:<canonical url>" or "hash:<sha256 of canonical text>"
    content_hash: str  # sha256 of the canonical title + sapo + text: a change makes a new version
    source: str
    article_json: str  # Article JSON without its id
    raw: bytes  # zstd-compressed input (see records.pack_raw); b"" when there is none
    raw_kind: str = ""  # RawDoc.kind of `raw`
    url: str | None = None
    outlet: str | None = None
    title: str = ""
    published: str | None = None
    enrichment_json: str | None = None
    article_id: str | None = None  # set by reprocess: update this row whatever the identity says


@dataclass
class ErrorRecord:
    """One failed input (the same source, stage and reason are counted once, with `count`)."""

    source: str
    stage: str
    reason: str
    first_at: str
    last_at: str
    count: int = 1

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class BatchResult:
    """What one `write_batch` did. `changed` = ids of new articles and of new versions."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    changed: list[str] = field(default_factory=list)


@dataclass
class ArticleVersion:
    """One stored version of an article (1 = as first seen)."""

    article_id: str
    version: int
    content_hash: str
    stored_at: str
    source: str
    article: Article


@dataclass
class StoreStats:
    """Counts for `diembao stats`; `articles` is the number of stored articles."""

    articles: int
    versions: int
    errors: int
    raw_bytes: int
    by_status: dict[str, int]
    by_outlet: dict[str, int]
    by_day: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@runtime_checkable
class Store(Protocol):
    """The article store. All methods run in the caller's thread; one writer at a time."""

    path: Path | None

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for components that keep their own tables (migrations.apply)."""
        ...

    def write_batch(
        self, docs: Sequence[DocRecord], errors: Sequence[tuple[str, str, str]] = ()
    ) -> BatchResult:
        """Store articles and (source, stage, reason) errors in one transaction, then notify listeners."""
        ...

    def put_article(
        self, article: Article, raw: RawDoc | None = None, enrichment: Enrichment | None = None
    ) -> str:
        """Store one article (deduplicated by identity) and return its id."""
        ...

    def get_article(self, article_id: str) -> Article | None:
        """The current version of an article (its `id` set), or None when there is no such id."""
        ...

    def iter_articles(
        self, since: Bound = None, until: Bound = None, ids: Iterable[str] | None = None
    ) -> Iterator[Article]:
        """Stream articles (current versions) in storage order, optionally bounded by date or ids."""
        ...

    def ids(self, since: Bound = None, until: Bound = None) -> list[str]:
        """Ids of stored articles in storage order (within the bounds)."""
        ...

    def count(self, since: Bound = None, until: Bound = None) -> int:
        """Number of stored articles (within the bounds)."""
        ...

    def delete(self, article_id: str) -> bool:
        """Delete an article with its versions, raw input and enrichment; False if it was not there."""
        ...

    def versions(self, article_id: str) -> list[ArticleVersion]:
        """Every stored version of an article, oldest first."""
        ...

    def get_raw(self, article_id: str) -> RawDoc | None:
        """The input the current version was extracted from (decompressed)."""
        ...

    def iter_raw(self, ids: Iterable[str] | None = None) -> Iterator[tuple[str, RawDoc]]:
        """Stream (article id, raw input) for reprocessing."""
        ...

    def record_error(self, source: str, reason: str, stage: str = "ingest") -> None:
        """Record a failed input with a specific reason (committed at once)."""
        ...

    def errors(self, stage: str | None = None, limit: int | None = None) -> list[ErrorRecord]:
        """Recorded errors, most recent first."""
        ...

    def stats(self) -> StoreStats:
        """Counts by status, outlet and local day."""
        ...

    def put_enrichment(self, article_id: str, enrichment: Enrichment) -> None:
        """Store (replace) the enrichment of an article."""
        ...

    def get_enrichment(self, article_id: str) -> Enrichment | None:
        """The stored enrichment of an article, or None."""
        ...

    def set_story(self, article_id: str, story_id: str | None) -> None:
        """Record which story an article belongs to."""
        ...

    def story_of(self, article_id: str) -> str | None:
        """The story id of an article, or None."""
        ...

    def add_listener(self, fn: Listener) -> None:
        """Call fn(store, ids_changed, ids_deleted) after each committed batch."""
        ...

    def remove_listener(self, fn: Listener) -> None:
        """Stop calling fn."""
        ...

    def close(self) -> None:
        """Close the store (checkpointing the write-ahead log)."""
        ...
