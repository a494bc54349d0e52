"""Versioned schema migrations, per component, in one SQLite file.

Each component (store, crawl, stories, watch, ...) owns an ordered list of SQL steps; `apply`
runs the ones not yet applied, each in its own transaction, and records the new version in
`schema_version`. Steps are append-only: never edit a released step, add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence


def apply(conn: sqlite3.Connection, component: str, steps: Sequence[str]) -> int:
    """Bring `component` up to len(steps); returns the version now in force."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
    )
    row = conn.execute("SELECT version FROM schema_version WHERE component = ?", (component,)).fetchone()
    current = int(row[0]) if row else 0
    if current > len(steps):
        raise RuntimeError(
            f"database schema for {component!r} is version {current}, newer than this diembao ({len(steps)})"
        )
    for version in range(current + 1, len(steps) + 1):
        # executescript would COMMIT implicitly; run statements one by one inside our own transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _split(steps[version - 1]):
                conn.execute(stmt)
            conn.execute(
                "INSERT INTO schema_version(component, version) VALUES(?, ?) "
                "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                (component, version),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(steps)


def _split(script: str) -> list[str]:
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
