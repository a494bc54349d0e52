"""The per-document worker shared by ingest and reprocess: RawDoc -> extracted (and enriched) record.

`process_raw` never raises for a bad document: the failure comes back in `Processed.error`, so a
pool of workers survives any input. It runs in extraction worker processes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from diembao.errors import InputError
from diembao.model import Article, Enrichment, RawDoc
from diembao.store.base import DocRecord
from diembao.store.records import make_record

log = logging.getLogger(__name__)

# Metadata a page's extraction may miss but the record/feed entry around it gives.
_FILL_FIELDS = ("outlet", "published", "title", "category", "url")


@dataclass
class Processed:
    """The outcome for one input: a record to store, or an error (stage + specific reason)."""

    source: str
    record: DocRecord | None = None
    article: Article | None = None  # dropped before crossing process boundaries (see process_batch)
    error: str | None = None
    stage: str = "extract"
    warning: tuple[str, str] | None = None  # (stage, reason) of a non-fatal failure, e.g. enrichment

    @property
    def ok(self) -> bool:
        return self.record is not None


@lru_cache(maxsize=1)
def _extractor() -> Callable[[RawDoc], Article] | None:
    try:
        from diembao.extract import extract  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    return extract  # type: ignore[no-any-return,unused-ignore]


# ------------------------------------------------------------------ ENRICHMENT SLOT
# Enrichment (diembao.enrich.pipeline.enrich(article, published=None) -> Enrichment) is written by
# another part of the project; while it is not importable, articles are stored un-enriched and
# `diembao reprocess` enriches them later.
@lru_cache(maxsize=1)
def _enricher() -> Callable[..., Enrichment] | None:
    try:
        from diembao.enrich.pipeline import enrich  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return enrich  # type: ignore[no-any-return,unused-ignore]


def enrichment_available() -> bool:
    """True when `diembao.enrich.pipeline.enrich` can be imported."""
    return _enricher() is not None


def extract_raw(raw: RawDoc) -> Article:
    """The Article of one input: the record fast path for text records, else `diembao.extract`."""
    if raw.kind == "record":
        from diembao.ingest.jsonl import record_article

        return record_article(raw.record or {}, raw.source)
    extract = _extractor()
    if extract is None:
        raise InputError("no extractor for HTML/text input (diembao.extract.extract is not available)")
    article = extract(raw)
    if raw.record:
        # A page that came with metadata (JSONL {url, html, outlet...}, a feed entry): fill gaps.
        for name in _FILL_FIELDS:
            value = raw.record.get(name)
            if isinstance(value, str) and value.strip() and not getattr(article, name):
                setattr(article, name, value.strip())
    if not article.source:
        article.source = raw.source
    if not article.url and raw.url:
        article.url = raw.url
    return article


def process_raw(
    raw: RawDoc, *, enrich: bool = True, keep_raw: bool = True, article_id: str | None = None
) -> Processed:
    """Extract (then enrich, when available and asked) one input; errors come back, never raise.

    keep_raw=False leaves the packed input out of the record (reprocess: it is already stored);
    article_id makes the record update that stored article whatever its identity.
    """
    try:
        article = extract_raw(raw)
    except InputError as exc:
        return Processed(raw.source, error=exc.reason, stage="extract")
    except Exception as exc:  # a bug or a library failure on one odd document must not stop the run
        log.debug("extraction failed for %s", raw.source, exc_info=True)
        return Processed(raw.source, error=f"extraction failed: {type(exc).__name__}: {exc}", stage="extract")
    enrichment: Enrichment | None = None
    warning: tuple[str, str] | None = None
    enrich_fn = _enricher() if enrich else None
    if enrich_fn is not None:
        try:
            enrichment = enrich_fn(article, published=article.published)
        except Exception as exc:
            warning = ("enrich", f"enrichment failed: {type(exc).__name__}: {exc}")
    try:
        record = make_record(article, raw if keep_raw else None, enrichment)
    except Exception as exc:
        return Processed(raw.source, error=f"cannot store: {type(exc).__name__}: {exc}", stage="store")
    record.article_id = article_id
    return Processed(raw.source, record=record, article=article, warning=warning)


def process_batch(jobs: Sequence[tuple[str | None, RawDoc]], enrich: bool = True) -> list[Processed]:
    """Worker entry point: process (article_id or None, raw) jobs; Articles are dropped (the records
    carry their JSON) so less crosses the process boundary."""
    out = []
    for article_id, raw in jobs:
        p = process_raw(raw, enrich=enrich, keep_raw=article_id is None, article_id=article_id)
        p.article = None
        out.append(p)
    return out


def worker_init(owner_pid: int | None = None) -> None:
    """Pool initializer: exit when the owning process dies (SIGKILL leaves no orphaned workers).

    Both signals are watched: the parent changing (forkserver gone) and the owner's pid vanishing,
    since a worker still starting when the owner was killed is already re-parented here."""
    import os
    import threading
    import time

    parent = os.getppid()

    def owner_alive() -> bool:
        if owner_pid is None:
            return True
        try:
            os.kill(owner_pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def watch() -> None:
        while True:
            if os.getppid() != parent or not owner_alive():
                os._exit(0)
            time.sleep(0.5)

    threading.Thread(target=watch, name="diembao-owner-watch", daemon=True).start()
    # Warm the imports once per worker rather than on the first document.
    _extractor()
    _enricher()


def describe() -> dict[str, Any]:
    """What this worker can do (for logs and reports)."""
    return {"extractor": _extractor() is not None, "enrichment": enrichment_available()}
