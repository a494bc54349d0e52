"""The enrichment pipeline: all components on one text, missing/failing components tolerated."""

from __future__ import annotations

import logging

import pytest

from diembao.enrich import pipeline
from diembao.enrich.pipeline import Component, article_text, enrich, enrich_text
from diembao.model import Article, Paragraph


@pytest.fixture
def only_mine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Docrefs and dates only: the other components belong to other parts and may be slow."""
    monkeypatch.setattr(
        pipeline, "COMPONENTS", [c for c in pipeline.COMPONENTS if c.name in {"docrefs", "dates"}]
    )


def test_enrich_text_offsets_point_into_the_text(seed_text: str) -> None:
    res = enrich_text(seed_text, "2024-01-04")
    assert [r.surface for r in res.docrefs] == ["Nghị quyết số 35-NQ/TW"]
    by_surface = {d.surface: d for d in res.dates}
    assert by_surface["Ngày 3/1"].resolved == "2024-01-03"
    assert by_surface["nhiệm kỳ 2020 - 2025"].iso == "2020/2025"
    for item in [*res.docrefs, *res.dates]:
        assert seed_text[item.start : item.end] == item.surface


def test_enrich_article_runs_on_title_sapo_and_body(only_mine: None) -> None:
    art = Article(
        title="Triển khai Nghị quyết 35-NQ/TW",
        sapo="Ngày 3/1, hội nghị tổng kết.",
        paragraphs=[Paragraph("Theo Luật Đất đai năm 2013.")],
        published="2024-01-04T08:00:00+07:00",
    )
    text = article_text(art)
    assert (
        text
        == "Triển khai Nghị quyết 35-NQ/TW\n\nNgày 3/1, hội nghị tổng kết.\n\nTheo Luật Đất đai năm 2013."
    )
    res = enrich(art)
    assert [r.surface for r in res.docrefs] == ["Nghị quyết 35-NQ/TW", "Luật Đất đai năm 2013"]
    assert [(d.surface, d.resolved) for d in res.dates] == [("Ngày 3/1", "2024-01-03")]
    for r in res.docrefs:
        assert text[r.start : r.end] == r.surface


def test_missing_component_is_logged_once_and_left_empty(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pipeline, "_missing_logged", set())

    def _missing(ctx: pipeline.Context) -> None:
        fn = pipeline._load("diembao.enrich.no_such_module:extract")
        assert fn is None

    monkeypatch.setattr(pipeline, "COMPONENTS", [Component("ghost", _missing), Component("ghost2", _missing)])
    with caplog.at_level(logging.WARNING, logger="diembao.enrich.pipeline"):
        res = enrich_text("Ngày 3/1")
        enrich_text("Ngày 4/1")
    assert res.entities == [] and res.topic is None
    assert sum("no_such_module" in r.getMessage() for r in caplog.records) == 1


def test_failing_component_does_not_lose_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    def _boom(ctx: pipeline.Context) -> None:
        raise RuntimeError("bug")

    comps = [Component("boom", _boom), *[c for c in pipeline.COMPONENTS if c.name in {"docrefs", "dates"}]]
    monkeypatch.setattr(pipeline, "COMPONENTS", comps)
    monkeypatch.setattr(pipeline, "_missing_logged", set())
    res = enrich_text("Ngày 3/1 theo Nghị quyết 35-NQ/TW")
    assert len(res.docrefs) == 1 and len(res.dates) == 1


def test_timings_accumulate_per_component(only_mine: None) -> None:
    pipeline.reset_timings()
    enrich_text("Ngày 3/1 theo Nghị quyết 35-NQ/TW")
    t = pipeline.timings()
    assert set(t) == {"docrefs", "dates"}
    assert all(v > 0 for v in t.values())
    assert all(c.calls == 1 for c in pipeline.COMPONENTS)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", ["", "   \n", "x" * 5_000_000, "中文 العربية Русский 😀 ngày 3/1 " * 10_000])
def test_bad_input(only_mine: None, text: str) -> None:
    res = enrich_text(text, "2024-01-04")
    for item in [*res.docrefs, *res.dates]:
        assert text[item.start : item.end] == item.surface
