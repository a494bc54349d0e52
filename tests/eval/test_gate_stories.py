"""CI gate: story clustering quality may not fall below the pins in eval/pins/stories.json."""

import json
from pathlib import Path

import pytest

from eval import stories
from eval.corpora import sha256_of


@pytest.mark.shared
@pytest.mark.slow
def test_stories_quality_gate(shared_data: Path) -> None:
    pins = json.loads(stories.PINS.read_text())
    for rel, digest in pins["data"].items():
        assert sha256_of(shared_data / rel) == digest, f"{rel} changed: re-measure and re-pin"
    result = stories.evaluate("test", systems=["diembao"])
    assert result["diembao"]["hard_negative_pairs"] >= 100  # the set really has hard negatives
    assert stories.check(result, pins["gate"]) == []
