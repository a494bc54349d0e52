"""CI gate: officials' positions on the 1,105-article positions set may not fall below eval/pins/positions.json."""

import hashlib
import json
from pathlib import Path

import pytest

from eval import positions

ROOT = Path(positions.__file__).resolve().parents[1]


def test_gold_is_well_formed() -> None:
    docs = positions.load_gold()
    assert len(docs) == 1105 and len({d["id"] for d in docs}) == 1105
    assert {d["source"] for d in docs} == {"vntc", "vietnews"}
    for d in docs:
        for p in d["positions"]:
            assert set(p) == {"person", "titles", "qualifier", "optional"} and p["person"] and p["titles"]
            assert p["qualifier"] in ("", "phó", "nguyên", "quyền", "nguyên phó", "nguyên quyền")


def test_scoring_counts_alternatives_and_optional_items() -> None:
    gold = [
        {
            "person": "Lê Văn Tám",
            "titles": ["Chủ tịch thường trực", "Chủ tịch"],
            "qualifier": "phó",
            "optional": False,
        },
        {"person": "Trần Văn Ba", "titles": ["Hòa thượng"], "qualifier": "", "optional": True},
        {"person": "Ngô Thị Năm", "titles": ["Giám đốc"], "qualifier": "", "optional": False},
    ]
    predicted = {
        ("le van tam", "chu tich", "pho"),
        ("tran van ba", "hoa thuong", ""),
        ("ngo thi nam", "pho giam doc", ""),
    }
    tp, fp, fn, _ = positions.score_doc(gold, predicted)
    assert (tp, fp, fn) == (1, 1, 1)  # the optional hit is neither a hit nor a false positive


@pytest.mark.slow
def test_positions_quality_gate(shared_data: Path) -> None:
    pins = json.loads(positions.PIN.read_text())
    for rel, digest in pins["data"].items():
        assert hashlib.sha256((ROOT / rel).read_bytes()).hexdigest() == digest, f"{rel} changed: re-pin"
    docs = positions.load_gold()
    result = positions.evaluate(docs, positions.load_texts(docs))
    assert not positions.check(result, pins["gate"]), result
