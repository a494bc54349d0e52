"""Gate: blind held-out extraction/enrichment scores may not fall below eval/pins/heldout.json.

Also checks the scoring code itself on tiny hand-made predictions, and the held-out data's own invariants.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from diembao.errors import NoArticleError
from diembao.model import Article, DateExpr, DocRef, Enrichment, Entity, Mention, Paragraph, Position
from eval import heldout_score as hs

PINS = json.loads(hs.PINS.read_text(encoding="utf-8"))

GOLD_PAGE: dict[str, Any] = {
    "case": "tiny",
    "title": "Bắt giữ đối tượng",
    "sapo": "Sáng 3/1, công an đã bắt giữ.",
    "paragraphs": ["Một hai ba bốn.", "Năm sáu bảy tám."],
    "authors": ["Minh Hà"],
    "published": "2024-01-03T10:25:00+07:00",
    "category": "Pháp luật",
    "boilerplate": ["Tin liên quan", "Giấy phép số 1/GP-BTTTT"],
}


def test_score_page_perfect_and_broken() -> None:
    good = Article(
        title="Bắt  giữ đối tượng",
        sapo="Sáng 3/1, công an đã bắt giữ.",
        paragraphs=[Paragraph("Một hai ba bốn."), Paragraph("Năm sáu bảy tám.")],
        authors=["MINH HÀ"],
        published="2024-01-03T03:25:00+00:00",  # same instant in UTC
        category="pháp luật",
    )
    r = hs.score_page(GOLD_PAGE, good, None)
    assert r["body_f1"] == 1.0 and r["title"] and r["sapo"] and r["author"] and r["date"] and r["category"]
    assert r["leaked"] == 0
    bad = Article(
        title="Bắt giữ",
        paragraphs=[Paragraph("Một hai ba bốn."), Paragraph("Tin liên quan")],
        published="2024-01-03T10:25:00+00:00",
    )
    r = hs.score_page(GOLD_PAGE, bad, None)
    # 4 of 7 predicted tokens are right ("tin liên quan" is not), 4 of 8 gold tokens found.
    p, rc = 4 / 7, 4 / 8
    assert r["body_f1"] == pytest.approx(2 * p * rc / (p + rc))
    assert not (r["title"] or r["sapo"] or r["author"] or r["date"])
    assert r["leaked"] == 1 and r["boilerplate"] == 2


def test_score_page_errors_and_non_articles() -> None:
    r = hs.score_page(GOLD_PAGE, None, ValueError("boom"))
    assert r["body_f1"] == 0.0 and r["leaked"] == 2 and "boom" in r["error"]
    non = {"case": "home", "no_article": True}
    assert hs.score_page(non, None, NoArticleError("home page"))["ok"]
    assert not hs.score_page(non, Article(title="x"), None)["ok"]
    summary = hs.aggregate_extract(
        [hs.score_page(GOLD_PAGE, None, ValueError()), hs.score_page(non, None, None)]
    )
    assert summary["body_f1"] == 0.0 and summary["no_article"] == 0.0 and summary["errors"] == 1


def _gold_doc() -> dict[str, Any]:
    text = "Ông Lê Văn A, Giám đốc Sở Tư pháp tỉnh Nam Định, ký Quyết định 12 ngày 3/1."
    doc: dict[str, Any] = {"id": "tiny", "text": text}

    def sp(s: str) -> dict[str, Any]:
        i = text.index(s)
        return {"start": i, "end": i + len(s), "surface": s}

    doc["persons"] = [{"name": "Lê Văn A", "mentions": [sp("Lê Văn A")]}]
    doc["orgs"] = [
        {
            "name": "Sở Tư pháp tỉnh Nam Định",
            "mentions": [{**sp("Sở Tư pháp tỉnh Nam Định"), "nested": False}],
        }
    ]
    doc["locs"] = [{"name": "Nam Định", "mentions": [{**sp("Nam Định"), "nested": True}]}]
    doc["positions"] = [
        {"person": "Lê Văn A", "title": "Giám đốc Sở Tư pháp", "org_or_place": "Nam Định", "qualifier": ""}
    ]
    doc["docrefs"] = [{**sp("Quyết định 12"), "type": "Quyết định"}]
    doc["dates"] = [{**sp("ngày 3/1"), "iso": "XXXX-01-03"}]
    return doc


def test_score_doc_on_hand_made_prediction() -> None:
    gold = _gold_doc()
    t = gold["text"]

    def m(s: str) -> Mention:
        return Mention(t.index(s), t.index(s) + len(s), s)

    enr = Enrichment(
        entities=[
            Entity("PER", "Lê Văn A", [m("Lê Văn A")]),
            Entity("LOC", "Nam Định", [m("Nam Định")]),  # nested in gold: a false positive in flat scoring
        ],
        positions=[Position("Lê Văn A", "giám đốc Sở Tư pháp", "Ninh Bình", "")],
        docrefs=[DocRef("Quyết định 12", "Quyết định", "12", None, None, "normative", t.index("Quyết"), 0)],
        dates=[DateExpr("ngày 3/1", t.index("ngày 3/1"), 0, iso="2024-01-03")],
    )
    row = hs.score_doc(gold, enr)
    assert row["counts"]["PER"] == (1, 0, 0)
    assert row["counts"]["ORG"] == (0, 0, 1)
    assert row["counts"]["LOC"] == (0, 1, 0)
    assert row["counts"]["POS"] == (1, 0, 0)
    assert row["counts"]["POS+ORG"] == (0, 1, 1)
    assert row["counts"]["DOC"] == (1, 0, 0) and row["counts"]["DATE"] == (1, 0, 0)
    assert (row["iso_ok"], row["iso_n"]) == (0, 1)
    s = hs.aggregate_enrich([row])
    assert s["PER"]["f1"] == 1.0 and s["ORG"]["f1"] == 0.0 and s["DATE_ISO"] == 0.0
    # The dict form of an Enrichment scores the same.
    assert hs.score_doc(gold, enr.to_dict())["counts"] == row["counts"]


def test_check_against_pins() -> None:
    ext = {"summary": {"body_f1": 0.5, "leak_rate": 0.2}}
    enr = {"summary": {"PER": {"f1": 0.7}, "DATE_ISO": 0.9}}
    gate = {
        "extract": {"min_body_f1": 0.6, "max_leak_rate": 0.1},
        "enrich": {"min_PER": 0.5, "min_DATE_ISO": 0.95},
    }
    fails = hs.check(ext, enr, gate)
    assert len(fails) == 3 and any("body_f1" in f for f in fails) and any("leak_rate" in f for f in fails)
    assert hs.check(None, None, gate) == []


def test_heldout_data_invariants() -> None:
    assert hs.data_digest() == PINS["data"]["eval/heldout"], "held-out data changed: re-measure and re-pin"
    cases = hs.load_extract_cases()
    arts = [c for c in cases if not c.get("no_article")]
    assert len(arts) >= 15 and len(cases) - len(arts) >= 3
    assert len({c["outlet"] for c in arts}) >= 15
    for c in arts:
        assert (hs.EXTRACT_DIR / c["file"]).is_file()
        assert c["published"].endswith("+07:00") and c["title"] and c["paragraphs"]
    docs = hs.load_enrich_gold()
    assert len(docs) >= 15
    for d in docs:
        text = d["text"]
        spans = [m for k in ("persons", "orgs", "locs") for e in d[k] for m in e["mentions"]]
        for m in spans + d["docrefs"] + d["dates"]:
            assert text[m["start"] : m["end"]] == m["surface"], (d["id"], m)


def test_heldout_gate() -> None:
    """Runs both parts on the held-out data kept in the repo (no shared corpora needed)."""
    ext, enr = hs.evaluate_extract(), hs.evaluate_enrich()
    if ext is None and enr is None:
        pytest.skip(
            "neither diembao.extract.extract_html nor diembao.enrich.pipeline.enrich_text is available"
        )
    assert hs.check(ext, enr, PINS["gate"]) == []
