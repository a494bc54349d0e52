"""The crawl frontier: states, retries, conditional validators, persistence across connections."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from diembao.ingest.frontier import Frontier, host_of


def test_add_is_idempotent_and_keeps_state(tmp_path: Path) -> None:
    f = Frontier(sqlite3.connect(tmp_path / "s.db"))
    assert f.add(["https://a.vn/1", "https://a.vn/2", "https://a.vn/1"], outlet="A") == 2
    f.mark_fetched(
        "https://a.vn/1", http_status=200, etag='"v1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"
    )
    assert f.add(["https://a.vn/1", "https://a.vn/3"]) == 1
    row = f.get("https://a.vn/1")
    assert row is not None and row.state == "fetched" and row.etag == '"v1"' and row.outlet == "A"
    assert [r.url for r in f.due()] == ["https://a.vn/2", "https://a.vn/3"]
    assert f.counts() == {"fetched": 1, "queued": 2}


def test_requeue_keeps_validators_for_conditional_refetch(tmp_path: Path) -> None:
    f = Frontier(sqlite3.connect(tmp_path / "s.db"))
    f.requeue(["https://a.vn/rss"], kind="feed", outlet="A")
    f.mark_fetched("https://a.vn/rss", http_status=200, etag='"e"')
    assert f.due(kinds=("feed",)) == []
    f.requeue(["https://a.vn/rss"], kind="feed")
    (row,) = f.due(kinds=("feed",))
    assert row.etag == '"e"' and row.state == "queued" and row.outlet == "A"
    # A 304 brings no new validators: the old ones stay.
    f.mark_fetched("https://a.vn/rss", http_status=304)
    assert f.get("https://a.vn/rss").etag == '"e"'  # type: ignore[union-attr]


def test_retry_backoff_then_failure(tmp_path: Path) -> None:
    f = Frontier(sqlite3.connect(tmp_path / "s.db"))
    f.add(["https://a.vn/x"])
    assert f.mark_retry("https://a.vn/x", "HTTP 503", delay=100, max_attempts=3, http_status=503) == "queued"
    assert f.due() == []  # not due before its next attempt time
    assert f.due(now=time.time() + 101)[0].attempts == 1
    next_time = f.next_due_time()
    assert next_time is not None and next_time > time.time() + 90
    assert f.mark_retry("https://a.vn/x", "HTTP 503", delay=0, max_attempts=3) == "queued"
    assert f.mark_retry("https://a.vn/x", "HTTP 503", delay=0, max_attempts=3) == "failed"
    row = f.get("https://a.vn/x")
    assert row is not None and row.state == "failed" and row.attempts == 3 and row.error == "HTTP 503"
    assert f.next_due_time() is None


def test_filters_and_persistence(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    f = Frontier(sqlite3.connect(path))
    f.add(["https://a.vn/1"], outlet="A")
    f.add(["https://b.vn/1"], outlet="B")
    f.add(["https://b.vn/2"], outlet="B")
    f.mark_skipped("https://b.vn/2", "disallowed by robots.txt")
    assert [r.url for r in f.due(outlets=["B"])] == ["https://b.vn/1"]
    assert [r.url for r in f.due(only=["https://a.vn/1", "https://zz.vn/"])] == ["https://a.vn/1"]
    f.conn.close()
    # A new connection (a new run) sees the same states: the crawl resumes.
    g = Frontier(sqlite3.connect(path))
    assert g.counts() == {"queued": 2, "skipped": 1}
    assert g.get("https://b.vn/2").error == "disallowed by robots.txt"  # type: ignore[union-attr]


def test_host_of() -> None:
    assert host_of("HTTPS://VnExpress.net/a/b?c") == "https://vnexpress.net"
    assert host_of("http://127.0.0.1:8080/x") == "http://127.0.0.1:8080"
