"""The enrichment pipeline: every component run on one text, with per-component timing.

`enrich(article)` runs on `article_text(article)` = title, sapo and body joined by blank lines
(the `diembao enrich` output documents the same text, so offsets are into it); `enrich_text(text)`
runs on a raw string with offsets into exactly that string.

Components are imported lazily and each may be missing (another part of the project may not be
installed yet): a missing one is logged once and its field stays empty.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from diembao.model import Article, Enrichment

log = logging.getLogger(__name__)

# Summaries and keyphrases of a monster input are meaningless and slow; these components see
# only the head of the text (entity/doc/date offsets still cover the whole text).
_HEAD_CHARS = 200_000


@dataclass
class Context:
    """What one enrichment run shares between components (later ones read earlier results)."""

    text: str
    published: str | None
    result: Enrichment = field(default_factory=Enrichment)


@dataclass
class Component:
    """One step: `run(ctx)` fills its field of `ctx.result`; `seconds` accumulates its time."""

    name: str
    run: Callable[[Context], None]
    seconds: float = 0.0
    calls: int = 0


_missing_logged: set[str] = set()


def _load(target: str) -> Callable[..., Any] | None:
    module, attr = target.split(":")
    try:
        fn = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        if target not in _missing_logged:
            _missing_logged.add(target)
            log.warning("enrichment component %s unavailable (%s); its field stays empty", target, exc)
        return None
    return fn  # type: ignore[no-any-return]


def _docrefs(ctx: Context) -> None:
    from diembao.enrich.docrefs import find_docrefs

    ctx.result.docrefs = find_docrefs(ctx.text)


def _dates(ctx: Context) -> None:
    from diembao.enrich.dates import find_dates

    spans = sorted((r.start, r.end) for r in ctx.result.docrefs)
    ctx.result.dates = find_dates(ctx.text, ctx.published, docref_spans=spans)


def _entities(ctx: Context) -> None:
    fn = _load("diembao.enrich.entities:extract_entities")
    if fn is not None:
        spans = sorted((r.start, r.end) for r in ctx.result.docrefs)
        ctx.result.entities = list(fn(ctx.text, docref_spans=spans))


def _positions(ctx: Context) -> None:
    fn = _load("diembao.enrich.positions:extract_positions")
    if fn is not None:
        ctx.result.positions = list(fn(ctx.text, entities=ctx.result.entities))


def _topic(ctx: Context) -> None:
    fn = _load("diembao.enrich.topic:predict_topic")
    if fn is not None:
        ctx.result.topic = fn(ctx.text[:_HEAD_CHARS]) or None


def _tone(ctx: Context) -> None:
    fn = _load("diembao.enrich.tone:predict_tone")
    if fn is not None:
        ctx.result.tone = fn(ctx.text[:_HEAD_CHARS]) or None


def _keyphrases(ctx: Context) -> None:
    fn = _load("diembao.enrich.keyphrases:keyphrases")
    if fn is not None:
        ctx.result.keyphrases = list(fn(ctx.text[:_HEAD_CHARS], k=10))


def _summary(ctx: Context) -> None:
    fn = _load("diembao.enrich.summary:summarize")
    if fn is not None:
        ctx.result.summary = list(fn(ctx.text[:_HEAD_CHARS], n=3))


# Order matters: dates and entities skip docref spans; positions read the entities.
COMPONENTS: list[Component] = [
    Component("docrefs", _docrefs),
    Component("dates", _dates),
    Component("entities", _entities),
    Component("positions", _positions),
    Component("topic", _topic),
    Component("tone", _tone),
    Component("keyphrases", _keyphrases),
    Component("summary", _summary),
]


def article_text(article: Article) -> str:
    """The text enrichment runs on: title, sapo and body (each when present) joined by blank lines."""
    body = article.text or Article.body_text(article.paragraphs)
    return "\n\n".join(p for p in (article.title, article.sapo or "", body) if p)


def enrich_text(text: str, published: str | None = None) -> Enrichment:
    """Run every available component on `text`; offsets in the result point into `text`."""
    ctx = Context(text, published)
    if not text.strip():
        return ctx.result
    for comp in COMPONENTS:
        t0 = time.perf_counter()
        try:
            comp.run(ctx)
        except Exception as exc:  # one component's bug must not lose the others' results
            key = f"{comp.name}:{type(exc).__name__}"
            if key not in _missing_logged:
                _missing_logged.add(key)
                log.warning(
                    "enrichment component %s failed (%s: %s); its field stays empty",
                    comp.name,
                    type(exc).__name__,
                    exc,
                )
        comp.seconds += time.perf_counter() - t0
        comp.calls += 1
    return ctx.result


def enrich(article: Article, published: str | None = None) -> Enrichment:
    """Enrich an article on `article_text(article)`; `published` defaults to the article's date."""
    return enrich_text(article_text(article), published or article.published)


def timings() -> dict[str, float]:
    """Seconds spent in each component since the last `reset_timings()`."""
    return {c.name: c.seconds for c in COMPONENTS}


def reset_timings() -> None:
    for c in COMPONENTS:
        c.seconds = 0.0
        c.calls = 0
