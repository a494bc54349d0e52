"""CI gate: entities on the 730-article surface set may not fall below eval/pins/surfaces.json."""

import hashlib
import json
from pathlib import Path

import pytest

from eval import surfaces

ROOT = Path(surfaces.__file__).resolve().parents[1]


def test_gold_is_well_formed() -> None:
    docs = surfaces.load_gold()
    assert len(docs) == 880 and len({d["id"] for d in docs}) == 880
    assert {d["round"] for d in docs} == {
        "full",
        "places",
        "organisations",
        "persons",
        "persons2",
        "persons3",
        "persons4",
        "persons5",
        "persons6",
        "persons7",
        "persons8",
        "persons9",
        "organisations2",
        "organisations3",
        "organisations4",
        "organisations5",
        "mixed1",
        "mixed2",
        "mixed3",
        "mixed4",
        "mixed5",
        "mixed6",
        "mixed7",
        "mixed8",
        "mixed9",
        "mixed10",
        "mixed11",
        "mixed12",
        "mixed13",
        "mixed15",
        "mixed16",
    }
    for d in docs:
        assert set(d["types"]) <= set(surfaces.TYPES)
        assert all(isinstance(s, str) and s for t in surfaces.TYPES for s in d[t])


def test_scoring_alternatives_ambiguous_and_types() -> None:
    gold = {"types": ["LOC"], "PER": [], "ORG": [], "LOC": ["TP HCM|TPHCM", "Sóc Trăng"], "AMB": ["Đông Bắc"]}
    predicted = {("LOC", "TPHCM"), ("LOC", "Đông Bắc"), ("LOC", "Huế"), ("PER", "Lâm Văn Mẫn")}
    tp, fp, fn, misses, extras = surfaces.score_doc(gold, predicted)["LOC"]
    assert (tp, fp, fn) == (1, 1, 1) and misses == ["Sóc Trăng"] and extras == ["Huế"]


@pytest.mark.slow
def test_surfaces_quality_gate(shared_data: Path) -> None:
    pins = json.loads(surfaces.PIN.read_text())
    for rel, digest in pins["data"].items():
        assert hashlib.sha256((ROOT / rel).read_bytes()).hexdigest() == digest, f"{rel} changed: re-pin"
    docs = surfaces.load_gold()
    result = surfaces.evaluate(docs, surfaces.load_texts(docs))
    assert not surfaces.check(result, pins["gate"]), result
