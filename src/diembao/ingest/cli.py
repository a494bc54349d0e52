"""`diembao ingest`, `diembao reprocess`, `diembao errors`, `diembao stats`."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from diembao.output import emit, format_option

log = logging.getLogger(__name__)

DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite store file (default: DIEMBAO_DB, else the per-user data folder).",
)
WORKERS_OPTION = click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Extraction processes (default: one per core; 0 = extract in this process).",
)


def _open(db: Path | None) -> Any:
    from diembao.store import open_store

    return open_store(db)


def _attach_subscribers(store: Any) -> None:
    """Keep derived data (stories, search index, watchlist counts) in step with each batch."""
    index = None
    try:
        from diembao.stories.service import attach as attach_stories  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        try:
            attach_stories(store)
        except Exception as exc:
            log.warning("story assignment not attached: %s", exc)
    try:
        from diembao.search.service import attach as attach_index
    except ImportError:
        pass
    else:
        try:
            index = attach_index(store)
        except Exception as exc:
            log.warning("search index not attached (run `diembao reindex` later): %s", exc)
    if index is not None:
        try:
            from diembao.watch.service import attach as attach_watch

            attach_watch(store, index)
        except Exception as exc:
            log.warning("watchlist counts not attached: %s", exc)


class _Progress:
    """Progress display: rich bar on a terminal, plain log lines otherwise, JSON lines with --json."""

    def __init__(self, mode: str, meter: Any = None, label: str = "ingest") -> None:
        self.mode = mode  # "rich" | "plain" | "json" | "quiet"
        self.meter = meter
        self.label = label
        self.last = 0.0
        self.every = {"rich": 0.2, "plain": 5.0, "json": 1.0}.get(mode, 1e9)
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.mode == "rich":
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[docs]}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            total = self.meter.total if self.meter is not None and self.meter.total else None
            self._task = self._progress.add_task(self.label, total=total, docs="")
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def __call__(self, report: Any, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < self.every:
            return
        self.last = now
        pos = self.meter.position if self.meter is not None else 0
        total = self.meter.total if self.meter is not None else 0
        if self.mode == "rich":
            docs = (
                f"{report.inputs} docs · {report.rate:,.0f}/s · {report.new} new · "
                f"{report.updated} updated · {report.errors} errors"
            )
            if total:
                self._progress.update(self._task, completed=min(pos, total), docs=docs)
            else:
                self._progress.update(self._task, docs=docs)
        elif self.mode == "plain":
            pct = f" ({100 * pos / total:.0f}% of input)" if total else ""
            click.echo(
                f"{self.label}: {report.inputs} docs{pct}, {report.rate:.0f}/s, {report.new} new, "
                f"{report.updated} updated, {report.unchanged} unchanged, {report.errors} errors",
                err=True,
            )
        elif self.mode == "json":
            rec = {"event": "done" if final else "progress", **report.as_dict()}
            if total:
                rec["bytes"] = pos
                rec["total_bytes"] = total
                elapsed = report.seconds
                rec["eta_seconds"] = round(elapsed * (total - pos) / pos, 1) if pos and elapsed else None
            sys.stderr.write(json.dumps(rec) + "\n")
            sys.stderr.flush()


def _mode(quiet: bool, as_json: bool) -> str:
    if as_json:
        return "json"
    if quiet:
        return "quiet"
    return "rich" if sys.stderr.isatty() else "plain"


def _finish(report: Any, mode: str, fmt: str, title: str) -> None:
    if mode == "json":
        click.echo(json.dumps(report.as_dict()))
    elif mode != "quiet":
        emit([report.as_dict()], fmt, columns=list(report.as_dict()), title=title)
    if report.error_samples and mode != "json":
        for source, reason in report.error_samples[:10]:
            click.echo(f"error: {source}: {reason}", err=True)
        more = report.errors - min(10, len(report.error_samples))
        if more > 0:
            click.echo(f"... {more} more errors: see `diembao errors`", err=True)


@contextmanager
def _interruptible(what: str) -> Iterator[None]:
    try:
        yield
    except KeyboardInterrupt:
        click.echo(
            f"interrupted: what was processed is stored; run `diembao {what}` again to finish", err=True
        )
        sys.exit(130)


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@DB_OPTION
@WORKERS_OPTION
@click.option(
    "--no-enrich", is_flag=True, help="Store extracted articles only (enrich later with reprocess)."
)
@click.option(
    "--no-index", is_flag=True, help="Do not update the search index, stories and watchlists (reindex later)."
)
@click.option("--allow-private", is_flag=True, help="Allow fetching from private/loopback addresses.")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@click.option(
    "--json", "as_json", is_flag=True, help="JSON progress lines on stderr, JSON summary on stdout."
)
@format_option()
def ingest_cmd(
    sources: tuple[str, ...],
    db: Path | None,
    workers: int | None,
    no_enrich: bool,
    no_index: bool,
    allow_private: bool,
    quiet: bool,
    as_json: bool,
    fmt: str,
) -> None:
    """Ingest SOURCES: files and folders (recursively) of HTML pages and text dumps, JSONL(.gz)
    records, WARC(.gz) archives, RSS/Atom feeds and sitemaps (files or URLs), or - for stdin.

    Each article is stored once (by canonical URL, else by text hash); a changed page becomes a new
    version. Every failed input is recorded with its reason (`diembao errors`) and the run goes on.
    """
    from diembao.ingest import ByteMeter
    from diembao.ingest.pipeline import run
    from diembao.ingest.sources import iter_sources, total_size

    store = _open(db)
    try:
        if not no_index:
            _attach_subscribers(store)
        meter = ByteMeter()
        meter.total = total_size(list(sources))
        mode = _mode(quiet, as_json)
        with _interruptible("ingest"), _Progress(mode, meter) as progress:
            items = iter_sources(list(sources), meter=meter, store=store, allow_private=allow_private)
            report = run(store, items, workers=workers, enrich=not no_enrich, on_progress=progress)
            progress(report, final=True)
        _finish(report, mode, fmt, "ingest")
    finally:
        store.close()


@click.command("reprocess")
@DB_OPTION
@WORKERS_OPTION
@click.option("--since", default=None, help="Only articles dated on/after this day (YYYY-MM-DD).")
@click.option("--until", default=None, help="Only articles dated on/before this day (YYYY-MM-DD).")
@click.option("--no-enrich", is_flag=True, help="Re-extract only.")
@click.option("--no-index", is_flag=True, help="Do not update the search index, stories and watchlists.")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@click.option(
    "--json", "as_json", is_flag=True, help="JSON progress lines on stderr, JSON summary on stdout."
)
@format_option()
def reprocess_cmd(
    db: Path | None,
    workers: int | None,
    since: str | None,
    until: str | None,
    no_enrich: bool,
    no_index: bool,
    quiet: bool,
    as_json: bool,
    fmt: str,
) -> None:
    """Re-extract (and re-enrich) stored articles from their kept raw input, without fetching.

    A changed extraction of the text becomes a new version of the article.
    """
    from diembao.ingest.pipeline import reprocess

    store = _open(db)
    try:
        if not no_index:
            _attach_subscribers(store)
        ids = store.ids(since=since, until=until) if (since or until) else None
        mode = _mode(quiet, as_json)
        with _interruptible("reprocess"), _Progress(mode, None, "reprocess") as progress:
            report = reprocess(store, ids=ids, workers=workers, enrich=not no_enrich, on_progress=progress)
            progress(report, final=True)
        _finish(report, mode, fmt, "reprocess")
    finally:
        store.close()


@click.command("errors")
@DB_OPTION
@click.option(
    "--stage", default=None, help="Only errors of this stage (read, fetch, extract, enrich, crawl...)."
)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="Most recent N.")
@format_option()
def errors_cmd(db: Path | None, stage: str | None, limit: int, fmt: str) -> None:
    """List failed inputs with their source, stage and reason (most recent first)."""
    store = _open(db)
    try:
        rows = [e.as_dict() for e in store.errors(stage=stage, limit=limit)]
    finally:
        store.close()
    emit(rows, fmt, columns=["source", "stage", "reason", "count", "last_at"], title="errors")


@click.command("stats")
@DB_OPTION
@click.option(
    "--days", type=click.IntRange(min=1), default=14, show_default=True, help="Days shown in tables."
)
@format_option()
def stats_cmd(db: Path | None, days: int, fmt: str) -> None:
    """Counts of stored articles by status, outlet and day, with versions, errors and raw size.

    `--format json` gives one object; its `articles` key is the number of stored articles.
    """
    store = _open(db)
    try:
        st = store.stats()
    finally:
        store.close()
    if fmt in ("json", "jsonl"):
        line = json.dumps(
            st.as_dict(), ensure_ascii=False, sort_keys=True, indent=2 if fmt == "json" else None
        )
        click.echo(line)
        return
    summary = [
        {"what": "articles", "count": st.articles},
        {"what": "versions", "count": st.versions},
        {"what": "errors", "count": st.errors},
        {"what": "raw bytes (zstd)", "count": st.raw_bytes},
    ] + [{"what": f"status: {k}", "count": v} for k, v in st.by_status.items()]
    emit(summary, fmt, columns=["what", "count"], title="store")
    by_outlet = sorted(st.by_outlet.items(), key=lambda kv: -kv[1])
    emit([{"outlet": k or "(none)", "articles": v} for k, v in by_outlet], fmt, title="by outlet")
    recent = sorted(st.by_day.items())[-days:]
    emit([{"day": k, "articles": v} for k, v in recent], fmt, title=f"by day (last {days})")
