"""CI gate: summary quality may not fall below the pins in eval/pins/summary.json."""

import json
from pathlib import Path

import pytest

from eval import summary
from eval.corpora import sha256_of


@pytest.mark.shared
@pytest.mark.slow
def test_summary_quality_gate(shared_data: Path) -> None:
    pins = json.loads(summary.PINS.read_text())
    for rel, digest in pins["data"].items():
        assert sha256_of(shared_data / rel) == digest, f"{rel} changed: re-measure and re-pin"
    result = summary.evaluate(docs=1000)
    assert summary.check(result, pins["gate"]) == []
