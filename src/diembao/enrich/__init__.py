"""diembao.enrich: words, entities, positions, legal documents, dates, topic, tone, keyphrases, summary.

`enrich(article)` / `enrich_text(text)` run every available component (see `pipeline.COMPONENTS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diembao.enrich.pipeline import enrich, enrich_text

__all__ = ["enrich", "enrich_text"]


def __getattr__(name: str) -> Any:
    # Lazy so that `import diembao.enrich.topic` does not load the whole pipeline.
    if name in __all__:
        from diembao.enrich import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
