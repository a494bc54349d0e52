"""CI gate: legal-document references and dates may not fall below eval/pins/docrefs_dates.json."""

import json
from pathlib import Path

import pytest

from eval import docrefs_dates
from eval.corpora import sha256_of


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "test"])
def test_docrefs_dates_quality_gate(shared_data: Path, split: str) -> None:
    pins = json.loads(docrefs_dates.PINS.read_text())
    for rel, digest in pins["data"].items():
        assert sha256_of(shared_data / rel) == digest, f"{rel} changed: re-measure and re-pin"
    result = docrefs_dates.evaluate(split)
    assert result["docs"] >= 15
    assert docrefs_dates.check(result, pins["gate"][split]) == []


def test_gold_is_well_formed() -> None:
    docs = docrefs_dates.gold_docs()
    assert len(docs) >= 30
    assert len([d for d in docs if d["split"] == "test"]) >= 15
    for d in docs:
        for item in d["docrefs"] + d["dates"]:
            assert 0 <= item["start"] < item["end"]
            assert len(item["surface"]) == item["end"] - item["start"]
