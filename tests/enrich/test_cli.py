"""`diembao enrich`: raw and extracted inputs, order, --published, per-input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diembao.enrich import pipeline
from diembao.enrich.cli import enrich_cmd


@pytest.fixture(autouse=True)
def only_mine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        pipeline, "COMPONENTS", [c for c in pipeline.COMPONENTS if c.name in {"docrefs", "dates"}]
    )


def _run(args: list[str]) -> tuple[int, str, str]:
    res = CliRunner().invoke(enrich_cmd, args)
    return res.exit_code, res.stdout, res.stderr


def test_raw_offsets_are_into_the_file_text(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_bytes("Ngày 3/1, theo\r\nNghị quyết số 35-NQ/TW.".encode())
    b = tmp_path / "b.txt"
    b.write_bytes("Hôm 5/2 không có văn kiện nào.".encode())
    code, out, _ = _run(["--raw", "--published", "2024-01-04", str(a), str(b)])
    assert code == 0
    recs = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in recs] == [str(a), str(b)]
    text = recs[0]["text"]
    assert text == "Ngày 3/1, theo\r\nNghị quyết số 35-NQ/TW."
    ref = recs[0]["docrefs"][0]
    assert text[ref["start"] : ref["end"]] == "Nghị quyết số 35-NQ/TW"
    assert recs[0]["dates"][0]["resolved"] == "2024-01-03"
    assert recs[0]["title"] == "" and recs[0]["paragraphs"] == []
    for key in ("entities", "positions", "topic", "tone", "keyphrases", "summary"):
        assert key in recs[0]


def test_errors_are_per_input_and_exit_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Ngày 3/1", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8")
    code, out, err = _run(["--raw", "--format", "json", str(bad), str(tmp_path / "missing.txt"), str(good)])
    assert code == 1
    recs = json.loads(out)
    assert [r["source"] for r in recs] == [str(good)]
    assert "bad.txt" in err and "missing.txt" in err


def test_extracted_article(tmp_path: Path, seed_text: str) -> None:
    f = tmp_path / "seed.txt"
    f.write_text(seed_text, encoding="utf-8")
    code, out, err = _run([str(f)])
    assert code == 0, err
    (rec,) = [json.loads(line) for line in out.splitlines()]
    assert rec["title"]
    full = "\n\n".join(p for p in (rec["title"], rec["sapo"] or "", rec["text"]) if p)
    assert [r["surface"] for r in rec["docrefs"]] == ["Nghị quyết số 35-NQ/TW"]
    for item in rec["docrefs"] + rec["dates"]:
        assert full[item["start"] : item["end"]] == item["surface"]


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("x", encoding="utf-8")
    code, _, err = _run(["--raw", "--published", "hôm qua", str(f)])
    assert code == 2
    assert "ISO date" in err
