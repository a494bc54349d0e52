"""CI gate: tone quality may not fall below the pins in eval/pins/tone.json."""

import json
from pathlib import Path

import pytest

from eval import tone
from eval.corpora import sha256_of


@pytest.mark.shared
@pytest.mark.slow
def test_tone_quality_gate(shared_data: Path) -> None:
    pins = json.loads(tone.PINS.read_text())
    for rel, digest in pins["data"].items():
        assert sha256_of(shared_data / rel) == digest, f"{rel} changed: re-measure and re-pin"
    result = tone.evaluate()
    assert tone.check(result, pins["gate"]) == []
