"""Verbs: `diembao cluster` (JSONL in, {id, story} out, no store), `diembao stories`, `diembao recluster`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from diembao.output import emit, format_option

DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="SQLite store file (default: DIEMBAO_DB, else the per-user data folder).",
)


def read_records(path: str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, record or None, error reason or None) for each non-blank line of a JSONL file."""
    from diembao.errors import InputError

    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    try:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                if not isinstance(r, dict):
                    raise InputError("not a JSON object")
                if not isinstance(r.get("id"), str | int) or str(r["id"]) == "":
                    raise InputError("missing 'id'")
                if not isinstance(r.get("text", ""), str) or not r.get("text", "").strip():
                    raise InputError("missing or empty 'text'")
                for f in ("title", "published", "outlet"):
                    if r.get(f) is not None and not isinstance(r[f], str):
                        raise InputError(f"'{f}' must be a string")
                yield n, r, None
            except (json.JSONDecodeError, InputError) as exc:
                yield n, None, str(exc)
    finally:
        if stream is not sys.stdin:
            stream.close()


@click.command("cluster")
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(allow_dash=True))
@format_option(default="jsonl")
@click.option(
    "--batch", type=click.IntRange(min=1), default=1024, show_default=True, help="Records per batch."
)
def cluster_cmd(input_path: str, fmt: str, batch: int) -> None:
    """Group records {id, title?, text, published?, outlet?} into stories; print {id, story} for each.

    Runs without a store (same code as ingest). A bad line is reported on stderr and skipped.
    """
    from diembao.stories.cluster import Clusterer, Record

    if input_path != "-" and not Path(input_path).is_file():
        raise click.BadParameter(f"no such file: {input_path}", param_hint="INPUT.jsonl")
    cl = Clusterer()
    order: list[str] = []
    buf: list[Record] = []
    bad = 0
    for n, r, err in read_records(input_path):
        if r is None:
            bad += 1
            click.echo(f"{input_path}:{n}: skipped: {err}", err=True)
            continue
        rec = Record(str(r["id"]), r["text"], r.get("published"), r.get("outlet"))
        order.append(rec.id)
        buf.append(rec)
        if len(buf) >= batch:
            cl.add(buf)
            buf = []
    cl.add(buf)
    assign = cl.assignments()
    seen: set[str] = set()
    rows = []
    for i in order:
        if i not in seen:
            seen.add(i)
            rows.append({"id": i, "story": assign[i]})
    emit(rows, fmt, columns=["id", "story"])
    if bad:
        click.echo(f"{bad} record(s) skipped", err=True)


@click.command("stories")
@DB_OPTION
@click.option("--since", default=None, help="Stories with a copy on/after this day or instant (ISO 8601).")
@click.option("--until", default=None, help="Stories that started on/before this day or instant (ISO 8601).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@format_option()
def stories_cmd(db: Path | None, since: str | None, until: str | None, limit: int, fmt: str) -> None:
    """List stories by reach (number of distinct outlets), then recency."""
    from diembao.store import open_store
    from diembao.stories.db import StoryDB

    lo = _bound(since, end=False, name="--since")
    hi = _bound(until, end=True, name="--until")
    store = open_store(db)
    try:
        rows = StoryDB(store.connection).list_stories(lo, hi, limit)
    finally:
        store.close()
    emit(rows, fmt, columns=["reach", "size", "latest", "origin_outlet", "title", "id"])


@click.command("recluster")
@DB_OPTION
def recluster_cmd(db: Path | None) -> None:
    """Rebuild the stories of the whole store (same result as assigning them one batch at a time)."""
    from diembao.store import open_store
    from diembao.stories.storeglue import recluster

    store = open_store(db)
    try:
        n = recluster(store)
        click.echo(f"{store.count()} articles in {n} stories")
    finally:
        store.close()


def _bound(value: str | None, end: bool, name: str) -> str | None:
    """A --since/--until value as a UTC ISO key comparable with the stories table."""
    from diembao.stories.cluster import UNDATED, utc_key

    if value is None:
        return None
    v = value.strip()
    if len(v) == 10:  # a day: the whole local day
        v += "T23:59:59" if end else "T00:00:00"
    key = utc_key(v)
    if key == UNDATED:
        raise click.BadParameter(f"not an ISO 8601 date or time: {value!r}", param_hint=name)
    return key
