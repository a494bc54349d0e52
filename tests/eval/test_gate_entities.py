"""CI gate: entities and positions may not fall below eval/pins/entities.json."""

import hashlib
import json
from pathlib import Path

import pytest

from eval import entities

ROOT = Path(entities.__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "test"])
def test_entities_quality_gate(split: str) -> None:
    pins = json.loads(entities.PIN.read_text())
    for rel, digest in pins["data"].items():
        assert hashlib.sha256((ROOT / rel).read_bytes()).hexdigest() == digest, f"{rel} changed: re-pin"
    docs = [d for d in entities.load_gold() if d["split"] == split]
    result = entities.evaluate(docs)
    low = {k: (result[k]["f1"], v) for k, v in pins["gate"][split].items() if result[k]["f1"] < v}
    assert not low, f"below pins (measured, pinned): {low}"
    # (speed is measured by bench/enrich_speed, never asserted here: a loaded machine is no regression)


def test_gold_is_well_formed() -> None:
    docs = entities.load_gold()  # asserts text[start:end] == surface and the texts' sha256
    assert len(docs) >= 30
    assert len([d for d in docs if d["split"] == "test"]) >= 15
    assert {d["source"] for d in docs} == {"vntc", "vietnews", "seed"}
    for d in docs:
        assert d["persons"] or d["orgs"] or d["locs"]
        for p in d["positions"]:
            assert set(p) == {"person", "title", "org_or_place", "qualifier"}
            assert p["qualifier"] in ("", "phó", "nguyên", "quyền", "nguyên phó")
