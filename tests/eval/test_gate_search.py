"""CI gate: search quality may not fall below the pins in eval/pins/search.json."""

import json
from pathlib import Path

import pytest

from eval import search
from eval.corpora import sha256_of


@pytest.mark.shared
@pytest.mark.slow
def test_search_quality_gate(shared_data: Path) -> None:
    pins = json.loads(search.PINS.read_text())
    for rel, digest in pins["data"].items():
        assert sha256_of(shared_data / rel) == digest, f"{rel} changed: re-measure and re-pin"
    result = search.evaluate(docs=6000, queries=300, terms=220)
    assert search.check(result, pins["gate"]) == []
