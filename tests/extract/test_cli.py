"""`diembao extract`: one article per input, per-input errors on stderr, exit 1 if any failed."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from diembao.extract.cli import extract_cmd

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "extract"


def test_files_folders_and_failures(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    sub = tmp_path / "pages"
    sub.mkdir()
    (sub / "a.html.gz").write_bytes(gzip.compress((GOLDEN / "dantri_like_1.html").read_bytes()))
    (sub / "empty.html").write_bytes(b"")
    (sub / "notes.json").write_text("{}")  # not an article file: skipped inside folders
    res = CliRunner().invoke(extract_cmd, [str(tmp_path / "seed.txt"), str(sub), "--format", "jsonl"])
    assert res.exit_code == 1
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["title"][:10] for r in rows] == [
        "Ngành Tuyê",
        json.loads((GOLDEN / "dantri_like_1.json").read_text())["title"][:10],
    ]
    assert "empty.html" in res.stderr and "notes.json" not in res.stderr + res.stdout


def test_stdin_json_and_md(seed_text: str) -> None:
    res = CliRunner().invoke(extract_cmd, ["-", "--format", "json"], input=seed_text.encode())
    assert res.exit_code == 0
    (art,) = json.loads(res.stdout)
    assert art["authors"] == ["Trung Hiếu"] and art["source"] == "-"
    md = CliRunner().invoke(extract_cmd, ["-", "--format", "md"], input=seed_text.encode())
    assert md.stdout.startswith("# Ngành Tuyên giáo") and "Trung Hiếu" in md.stdout


def test_missing_file_is_reported(tmp_path: Path) -> None:
    res = CliRunner().invoke(extract_cmd, [str(tmp_path / "nope.html")])
    assert res.exit_code == 1 and "nope.html" in res.stderr and res.stdout == ""
