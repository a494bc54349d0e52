"""CI gate: extraction quality may not fall below the pins in eval/pins/extract.json."""

import json
from pathlib import Path

from eval import extract
from eval.extract import sha256_of


def test_extract_gate_golden_and_seed() -> None:
    pins = json.loads(extract.PINS.read_text())
    gate = {k: v for k, v in pins["gate"].items() if k != "min_docs"}
    assert extract.check(extract.evaluate(None), gate) == []


def test_extract_gate_with_real_pages(shared_data: Path) -> None:
    pins = json.loads(extract.PINS.read_text())
    for rel, digest in pins["data"].items():
        assert sha256_of(shared_data / rel) == digest, f"{rel} changed: re-measure and re-pin"
    assert extract.check(extract.evaluate(shared_data), pins["gate"]) == []
