"""Search over a real store while `diembao ingest` writes to it from another process."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diembao.search.service import search
from diembao.store import open_store

WORDS = ["bão", "lũ", "đê", "sạt lở", "cứu hộ", "ngư dân", "miền Trung", "di dời", "thủy điện", "mưa lớn"]


def _records(n: int, start: int = 0) -> str:
    lines = []
    for i in range(start, start + n):
        w1, w2 = WORDS[i % len(WORDS)], WORDS[(i * 7 + 3) % len(WORDS)]
        text = "\n\n".join(
            f"Đoạn {k} của bài {i}: tỉnh ven biển ứng phó {w1} và {w2}, huy động lực lượng tại chỗ số {i * 13 + k}."
            for k in range(6)
        )
        rec = {"id": f"r{i}", "title": f"Bản tin {i} về {w1}", "text": text, "outlet": f"Báo {i % 5}",
               "published": f"2024-01-{1 + i % 28:02d}T07:00:00+07:00"}  # fmt: skip
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


@pytest.mark.slow
def test_searches_keep_answering_while_ingest_writes(tmp_path: Path) -> None:
    db = tmp_path / "press.db"
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(_records(200), encoding="utf-8")
    second.write_text(_records(2000, start=200), encoding="utf-8")
    cmd = [
        sys.executable,
        "-m",
        "diembao",
        "ingest",
        "--db",
        str(db),
        "--no-enrich",
        "--quiet",
        "--workers",
        "0",
    ]
    subprocess.run([*cmd, str(first)], check=True, timeout=300)
    before = search("bão", db=db, limit=1000, collapse=False).total

    proc = subprocess.Popen([*cmd, str(second)])
    answered, failures, saw_growth = 0, [], False
    try:
        while proc.poll() is None:
            try:
                res = search('bao OR "sạt lở"', db=db, limit=5)
                assert res.hits
                answered += 1
                if search("bão", db=db, limit=1000, collapse=False).total > before:
                    saw_growth = True
            except Exception as exc:
                failures.append(repr(exc))
            time.sleep(0.02)
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0
    assert failures == []
    assert answered >= 3, "ingest finished before searches could run alongside it"
    after = search("bão", db=db, limit=1000, collapse=False).total
    assert after > before
    store = open_store(db)
    assert store.stats().as_dict()["articles"] == 2200
    store.close()
    assert saw_growth, "articles committed by the running ingest never became searchable"
