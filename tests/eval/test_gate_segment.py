"""CI gate: word segmentation may not fall below the pins in eval/pins/segment.json."""

import json
from pathlib import Path

import pytest

from eval import segment
from eval.corpora import sha256_of


@pytest.mark.shared
@pytest.mark.slow
def test_segment_quality_gate(shared_data: Path) -> None:
    pins = json.loads(segment.PINS.read_text())
    for rel, digest in pins["data"].items():
        assert sha256_of(shared_data / rel) == digest, f"{rel} changed: re-measure and re-pin"
    result = segment.evaluate(limit=pins["limit"], with_pyvi=False)
    assert segment.check(result, pins["gate"]) == []
