"""Golden pages: tests/data/extract/<case>.html must give exactly <case>.json (see scripts/regen_golden_extract.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diembao.extract import extract
from diembao.model import RawDoc

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "extract"
CASES = sorted(p.stem for p in GOLDEN.glob("*.json"))


def test_enough_layouts() -> None:
    layouts = {c.rsplit("_", 1)[0] for c in CASES}
    assert len(layouts) >= 14 and len(CASES) >= 28


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str) -> None:
    expected = json.loads((GOLDEN / f"{case}.json").read_text(encoding="utf-8"))
    page = (GOLDEN / f"{case}.html").read_bytes()
    assert b"Layout is OURS" in page[:400]
    got = extract(RawDoc(source=None or "", content=page, kind="html")).to_dict()
    got.pop("id")
    got["source"] = None
    assert got == expected
