"""The ingest pipeline: inputs -> parallel extraction (process pool) -> one writer (batched transactions).

Memory stays bounded whatever the input size: inputs are streamed, at most `workers * 3` chunks
are in flight, and the writer commits every `batch_size` documents or `flush_seconds`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from diembao.ingest import SourceError
from diembao.model import RawDoc
from diembao.pipeline import Processed, process_batch, worker_init
from diembao.store.base import DocRecord, Store

log = logging.getLogger(__name__)

Job = tuple[str | None, RawDoc]  # (article id to update, for reprocess; raw input)
INLINE_BELOW = 32  # a list shorter than this is processed in-process (no pool start-up)
MAX_ERROR_SAMPLES = 20


@dataclass
class IngestReport:
    """Counters of one run. `stored` = articles written (new + new versions)."""

    inputs: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    warnings: int = 0
    seconds: float = 0.0
    error_samples: list[tuple[str, str]] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.new + self.updated

    @property
    def ok(self) -> int:
        return self.new + self.updated + self.unchanged

    @property
    def rate(self) -> float:
        return self.inputs / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": self.errors,
            "warnings": self.warnings,
            "stored": self.stored,
            "seconds": round(self.seconds, 2),
            "per_second": round(self.rate, 1),
        }


def default_workers() -> int:
    """Extraction processes: one per core (the main process reads and writes between them)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class _Writer:
    """The single writer: buffers results and commits them in batches."""

    def __init__(
        self,
        store: Store,
        report: IngestReport,
        batch_size: int,
        flush_seconds: float,
        on_progress: Callable[[IngestReport], None] | None,
    ) -> None:
        self.store = store
        self.report = report
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.on_progress = on_progress
        self.docs: list[DocRecord] = []
        self.errors: list[tuple[str, str, str]] = []
        self.last_flush = time.monotonic()
        self.started = time.monotonic()

    def error(self, source: str, stage: str, reason: str) -> None:
        self.errors.append((source, stage, reason))
        self.report.errors += 1
        if len(self.report.error_samples) < MAX_ERROR_SAMPLES:
            self.report.error_samples.append((source, reason))

    def add(self, p: Processed) -> None:
        self.report.inputs += 1
        if p.record is not None:
            self.docs.append(p.record)
        else:
            self.error(p.source, p.stage, p.error or "unknown error")
        if p.warning is not None:
            self.errors.append((p.source, *p.warning))
            self.report.warnings += 1
        self.maybe_flush()

    def maybe_flush(self) -> None:
        if (
            len(self.docs) + len(self.errors) >= self.batch_size
            or time.monotonic() - self.last_flush >= self.flush_seconds
        ):
            self.flush()

    def flush(self) -> None:
        if self.docs or self.errors:
            res = self.store.write_batch(self.docs, self.errors)
            self.report.new += res.new
            self.report.updated += res.updated
            self.report.unchanged += res.unchanged
            self.docs = []
            self.errors = []
        self.last_flush = time.monotonic()
        self.report.seconds = time.monotonic() - self.started
        if self.on_progress is not None:
            self.on_progress(self.report)


def _jobs(items: Iterable[RawDoc | SourceError | Job], writer: _Writer) -> Iterator[Job]:
    for it in items:
        if isinstance(it, SourceError):
            writer.report.inputs += 1
            writer.error(it.source, it.stage, it.reason)
            writer.maybe_flush()
        elif isinstance(it, RawDoc):
            yield (None, it)
        else:
            yield it


def run(
    store: Store,
    items: Iterable[RawDoc | SourceError | Job],
    *,
    workers: int | None = None,
    enrich: bool = True,
    batch_size: int = 500,
    chunk_size: int = 64,
    flush_seconds: float = 1.0,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Process and store a stream of inputs; every failure is recorded and the run goes on.

    workers=0 processes in this process (tests, small batches); None = one process per core.
    """
    report = IngestReport()
    writer = _Writer(store, report, batch_size, flush_seconds, on_progress)
    if workers is None:
        workers = default_workers()
    if isinstance(items, list | tuple) and len(items) < INLINE_BELOW:
        workers = 0
    jobs = _jobs(items, writer)
    try:
        if workers <= 0:
            for job in jobs:
                for p in process_batch([job], enrich):
                    writer.add(p)
        else:
            _run_pool(jobs, writer, workers, enrich, chunk_size)
    finally:
        # Also on KeyboardInterrupt: what was processed is committed; re-running finishes the rest.
        writer.flush()
    report.seconds = time.monotonic() - writer.started
    return report


def _run_pool(jobs: Iterator[Job], writer: _Writer, workers: int, enrich: bool, chunk_size: int) -> None:
    # forkserver: workers start from a clean process (no inherited SQLite handles or threads).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["diembao.pipeline"])
    max_in_flight = workers * 3
    inflight: deque[Future[list[Processed]]] = deque()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=worker_init, initargs=(os.getpid(),)
    ) as pool:

        def drain(block: bool) -> None:
            while inflight and (block or inflight[0].done()):
                for p in _result(inflight.popleft()):
                    writer.add(p)
                block = block and len(inflight) >= max_in_flight

        chunk: list[Job] = []
        chunk_started = time.monotonic()
        for job in jobs:
            if not chunk:
                chunk_started = time.monotonic()
            chunk.append(job)
            # Slow sources (fetching) send small chunks so their pages are stored without waiting.
            if len(chunk) >= chunk_size or time.monotonic() - chunk_started > 0.5:
                inflight.append(pool.submit(process_batch, chunk, enrich))
                chunk = []
                drain(block=len(inflight) >= max_in_flight)
            else:
                drain(block=False)
        if chunk:
            inflight.append(pool.submit(process_batch, chunk, enrich))
        while inflight:
            for p in _result(inflight.popleft()):
                writer.add(p)


def _result(fut: Future[list[Processed]]) -> list[Processed]:
    try:
        return fut.result()
    except Exception as exc:
        # process_raw catches per-document errors; this is a dead worker (killed, out of memory).
        # The chunk is lost for this run; its documents are not stored, so a re-run picks them up.
        log.error("extraction worker failed: %s", exc)
        return [
            Processed(
                "(worker)", error=f"extraction worker died: {type(exc).__name__}: {exc}", stage="worker"
            )
        ]


def ingest_raws(
    store: Store,
    raws: Iterable[RawDoc | SourceError],
    *,
    workers: int | None = None,
    enrich: bool = True,
    batch_size: int = 500,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Extract and store RawDocs (the crawler's entry point); SourceErrors in the stream are recorded."""
    return run(store, raws, workers=workers, enrich=enrich, batch_size=batch_size, on_progress=on_progress)


def reprocess(
    store: Store,
    *,
    ids: Iterable[str] | None = None,
    workers: int | None = None,
    enrich: bool = True,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Re-extract (and re-enrich) stored articles from their kept raw input; nothing is fetched."""
    # iter_raw pages by rowid, so the writer may commit between pages while it streams.
    return run(store, store.iter_raw(ids), workers=workers, enrich=enrich, on_progress=on_progress)
