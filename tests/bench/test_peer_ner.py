"""The side-environment peer timing of bench.enrich_speed (a peer that cannot share our venv)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import enrich_speed

FAKE_PEER = """
CALLS = []
def ner(text):
    CALLS.append(text)
    return [(w, "O") for w in text.split()]
"""


@pytest.fixture
def fake_peer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "fakepeer.py").write_text(FAKE_PEER, encoding="utf-8")
    (tmp_path / "brokenpeer.py").write_text("raise ImportError('no model')\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    return tmp_path


def test_peer_ner_times_every_text(fake_peer: Path, tmp_path: Path) -> None:
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps(["Ông Lâm Văn Mẫn", "Hà Nội"], ensure_ascii=False), encoding="utf-8")
    script = Path(enrich_speed.__file__).with_name("peer_ner.py")
    out = subprocess.run(
        [sys.executable, str(script), "fakepeer", str(texts)], capture_output=True, text=True, check=True
    )
    got = json.loads(out.stdout)
    assert got["texts"] == 2 and got["seconds"] >= 0


def test_side_peer_reports_speed_failure_and_absence(
    fake_peer: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIEMBAO_PEERS_PYTHON", sys.executable)
    enrich_speed._side_peer("fake.ner", "fakepeer", ["một hai ba"] * 50, 1.0)
    assert "articles/s" in capsys.readouterr().out
    enrich_speed._side_peer("broken.ner", "brokenpeer", ["x"], 1.0)
    assert "failed" in capsys.readouterr().out
    monkeypatch.setenv("DIEMBAO_PEERS_PYTHON", str(fake_peer / "no-such-python"))
    enrich_speed._side_peer("absent.ner", "fakepeer", ["x"], 1.0)
    assert "skipped" in capsys.readouterr().out
