"""Crash safety: `diembao ingest` killed with SIGKILL at random moments never corrupts or doubles.

The records are generated here (unique texts, some with URLs), so the expected count is exact.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_DOCS = 3000
KILLS = 10


def _write_corpus(path: Path, n: int) -> None:
    rnd = random.Random(7)
    words = "tỉnh ủy hội nghị tổng kết công tác tuyên giáo năm nhân dân phát triển kinh tế xã hội".split()
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            body = " ".join(rnd.choice(words) for _ in range(60))
            rec = {"id": f"doc-{i}", "title": f"Bài số {i}", "text": f"{body}\n\nĐoạn {i} kết thúc."}
            if i % 3 == 0:
                rec["url"] = f"https://example.vn/tin/{i}.html"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _group_gone(pgid: int, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db, timeout=1.0)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def _check(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        distinct = conn.execute("SELECT COUNT(DISTINCT identity) FROM articles").fetchone()[0]
        versions = conn.execute("SELECT COUNT(*) FROM article_versions").fetchone()[0]
        raws = conn.execute("SELECT COUNT(*) FROM raw_docs").fetchone()[0]
    finally:
        conn.close()
    assert n == distinct and versions == n and raws == n
    return int(n)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_sigkill_at_random_moments_loses_and_doubles_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, N_DOCS)
    db = tmp_path / "store.db"
    cmd = [sys.executable, "-m", "diembao", "ingest", str(corpus), "--db", str(db), "--quiet", "--no-index"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    rnd = random.Random(11)
    # Kill points spread over the whole run: when the store holds `target` articles, plus jitter,
    # so kills land during start-up, reading, extraction and commits alike.
    targets = sorted(rnd.sample(range(50, N_DOCS - 50), KILLS))
    counts = []
    for target in targets:
        proc = subprocess.Popen(cmd, env=env, start_new_session=True, stderr=subprocess.DEVNULL)
        while proc.poll() is None and _count(db) < target:
            time.sleep(0.01)
        time.sleep(rnd.uniform(0.0, 0.05))
        # Only the main process is killed, as a crash would: its workers must go away by themselves.
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        gone = _group_gone(proc.pid, 10.0)
        if not gone:
            os.killpg(proc.pid, signal.SIGKILL)
        assert gone, "extraction workers outlived the killed ingest"
        counts.append(_check(db))
    # Most kills landed mid-run (the rest after the last commit): nothing was ever more than N.
    assert sum(c < N_DOCS for c in counts) >= KILLS // 2, counts
    assert all(c <= N_DOCS for c in counts)
    done = subprocess.run(cmd, env=env, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert _check(db) == N_DOCS
    # Ingesting the same corpus again changes nothing.
    again = subprocess.run([*cmd[:-2], "--no-index", "--json"], env=env, capture_output=True, timeout=60)
    summary = json.loads(again.stdout)
    assert summary["new"] == 0 and summary["unchanged"] == N_DOCS
    assert _check(db) == N_DOCS
