"""Rendering lists of records for the CLI: json, jsonl, md, table (one helper for every command)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any, TypeVar

import click

FORMATS = ("json", "jsonl", "md", "table")
F = TypeVar("F", bound=Callable[..., Any])


def format_option(default: str = "table", choices: Sequence[str] = FORMATS) -> Callable[[F], F]:
    """The shared `--format` option of data-printing commands."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Output format.",
    )


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ", ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def emit(
    records: Iterable[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    out: IO[str] | None = None,
    title: str | None = None,
) -> None:
    """Write records in the chosen format; `columns` limits md/table output to those keys."""
    out = out or sys.stdout
    if fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        return
    rows = list(records)
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        return
    cols = list(columns) if columns else sorted({k for r in rows for k in r})
    if fmt == "md":
        if title:
            out.write(f"## {title}\n\n")
        out.write("| " + " | ".join(cols) + " |\n")
        out.write("|" + "---|" * len(cols) + "\n")
        for r in rows:
            out.write("| " + " | ".join(_md_escape(_cell(r.get(c))) for c in cols) + " |\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*(_cell(r.get(c)) for c in cols))
    Console(file=out, soft_wrap=False).print(table)
