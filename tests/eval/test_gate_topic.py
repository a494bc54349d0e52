"""CI gate: topic quality may not fall below the pins in eval/pins/topic.json."""

import json
from pathlib import Path

import pytest

from eval import topic
from eval.corpora import sha256_of


@pytest.mark.shared
@pytest.mark.slow
def test_topic_quality_gate(shared_data: Path) -> None:
    pins = json.loads(topic.PINS.read_text())
    for rel, digest in pins["data"].items():
        assert sha256_of(shared_data / rel) == digest, f"{rel} changed: re-measure and re-pin"
    result = topic.evaluate(subset=3000)
    # quality only: speed is bench.topic_speed's to measure (a loaded machine failed the loose speed pin
    # twice in one day with no change to the model); `python -m eval.topic --check` still reports it
    errors = topic.check(result, pins["gate"])
    assert [e for e in errors if not e.startswith("articles_per_s")] == []
