"""diembao.store: the article store (Store protocol; SQLite by default)."""

from __future__ import annotations

from pathlib import Path

from diembao.store.base import (
    ArticleVersion,
    BatchResult,
    DocRecord,
    ErrorRecord,
    Listener,
    Store,
    StoreStats,
)

__all__ = [
    "ArticleVersion",
    "BatchResult",
    "DocRecord",
    "ErrorRecord",
    "Listener",
    "Store",
    "StoreStats",
    "default_db_path",
    "open_store",
]


def default_db_path() -> Path:
    """The store file used when none is given: DIEMBAO_DB, else the per-user data folder."""
    from diembao import settings

    return Path(settings.get("db")).expanduser()


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at `path` (default: `default_db_path()`).

    ":memory:" gives a throw-away in-memory store.
    """
    from diembao.store.sqlite import SQLiteStore

    if path is None:
        path = default_db_path()
    elif str(path) != ":memory:":
        path = Path(path).expanduser()
    return SQLiteStore(path)
