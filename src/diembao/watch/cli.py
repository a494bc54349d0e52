"""`diembao watchlists`, `diembao trends`, `diembao alerts`."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import click

from diembao.output import emit

DB_OPTION = click.option(
    "--db", type=click.Path(dir_okay=False), default=None, help="Store file (default: DIEMBAO_DB)."
)
VN = timezone(timedelta(hours=7))


def _lists(db: str | None) -> Any:
    from diembao.search.service import db_path
    from diembao.store import open_store
    from diembao.watch.watchlists import Watchlists

    return Watchlists(open_store(db_path(db)).connection)


def _fail(e: Exception) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(2)


@click.group("watchlists")
def watchlists_cmd() -> None:
    """Manage watchlists: named queries whose stories make the digest."""


@watchlists_cmd.command("add")
@click.argument("name", required=False)
@click.argument("query", required=False)
@click.option("--notes", default="", help="Free text shown under the section title.")
@click.option(
    "--preset", "preset_name", default=None, help="Add a shipped preset (see `watchlists presets`)."
)
@click.option("--province", default=None, help="Add a watchlist for a province (with its pre-2025 names).")
@DB_OPTION
def wl_add(name: str | None, query: str | None, notes: str, preset_name: str | None, province: str | None,
           db: str | None) -> None:  # fmt: skip
    """Add a watchlist: `diembao watchlists add NAME QUERY`, or `--preset NAME`, or `--province NAME`."""
    from diembao.watch.watchlists import WatchlistError, preset, province_watchlist

    try:
        if preset_name:
            w = preset(preset_name)
        elif province:
            w = province_watchlist(province)
        elif name and query:
            from diembao.watch.watchlists import Watchlist

            w = Watchlist(name, query, notes)
        else:
            raise click.UsageError("give NAME and QUERY, or --preset, or --province")
        added = _lists(db).add(w.name, w.query, notes or w.notes)
    except WatchlistError as e:
        _fail(e)
    click.echo(f"added watchlist {added.name!r}: {added.query}")


@watchlists_cmd.command("list")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "md"]), default="table")
def wl_list(db: str | None, fmt: str) -> None:
    """List watchlists."""
    emit([w.to_dict() for w in _lists(db).list()], fmt, columns=["name", "query", "enabled", "notes"])


@watchlists_cmd.command("show")
@click.argument("name")
@DB_OPTION
@click.option("--days", type=int, default=30, show_default=True, help="Daily counts of the last N days.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "md"]), default="table")
def wl_show(name: str, db: str | None, days: int, fmt: str) -> None:
    """Show one watchlist and its daily counts."""
    from diembao.watch.watchlists import WatchlistError

    lists = _lists(db)
    try:
        w = lists.get(name)
    except WatchlistError as e:
        _fail(e)
    since = (datetime.now(VN).date() - timedelta(days=days)).isoformat()
    daily = lists.daily(name, since=since)
    if fmt in ("json", "jsonl"):
        emit([{**w.to_dict(), "daily": daily}], fmt)
        return
    click.echo(f"{w.name}\n  query: {w.query}\n  notes: {w.notes}\n  enabled: {w.enabled}")
    emit([{"day": d, "count": c} for d, c in daily.items()], fmt, columns=["day", "count"])


@watchlists_cmd.command("edit")
@click.argument("name")
@click.option("--query", default=None)
@click.option("--notes", default=None)
@click.option("--rename", "new_name", default=None)
@click.option("--enable/--disable", "enabled", default=None)
@DB_OPTION
def wl_edit(name: str, query: str | None, notes: str | None, new_name: str | None, enabled: bool | None,
            db: str | None) -> None:  # fmt: skip
    """Change a watchlist's query, notes, name or state."""
    from diembao.watch.watchlists import WatchlistError

    try:
        w = _lists(db).edit(name, query=query, notes=notes, new_name=new_name, enabled=enabled)
    except WatchlistError as e:
        _fail(e)
    click.echo(f"updated {w.name!r}: {w.query}")


@watchlists_cmd.command("remove")
@click.argument("name")
@DB_OPTION
def wl_remove(name: str, db: str | None) -> None:
    """Remove a watchlist and its counts."""
    from diembao.watch.watchlists import WatchlistError

    try:
        _lists(db).remove(name)
    except WatchlistError as e:
        _fail(e)
    click.echo(f"removed {name!r}")


@watchlists_cmd.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--replace", is_flag=True, help="Overwrite watchlists with the same names.")
@DB_OPTION
def wl_import(file: str, replace: bool, db: str | None) -> None:
    """Import watchlists from a TOML file ([[watchlist]] name, query, notes)."""
    from diembao.watch.watchlists import WatchlistError

    text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    try:
        got = _lists(db).import_toml(text, replace=replace)
    except WatchlistError as e:
        _fail(e)
    click.echo(f"imported {len(got)} watchlists")


@watchlists_cmd.command("export")
@DB_OPTION
def wl_export(db: str | None) -> None:
    """Print all watchlists as TOML."""
    click.echo(_lists(db).export_toml(), nl=False)


@watchlists_cmd.command("presets")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "md"]), default="table")
def wl_presets(fmt: str) -> None:
    """List the neutral presets shipped with diembao."""
    from diembao.watch.watchlists import presets

    emit([p.to_dict() for p in presets()], fmt, columns=["name", "query"])


@click.command("trends")
@click.argument("watchlist", nargs=-1, required=True)
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="day", show_default=True)
@click.option("--split", type=click.Choice(["outlet", "topic", "tone"]), default=None)
@click.option("--since", default=None, help="First day (YYYY-MM-DD).")
@click.option("--until", default=None, help="Last day (YYYY-MM-DD).")
@click.option(
    "--csv", "csv_path", type=click.Path(dir_okay=False), default=None, help="Write the rows as CSV."
)
@click.option("--chart", "chart_stem", type=click.Path(dir_okay=False), default=None,
              help="Write a chart: STEM.png and STEM.svg.")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "md"]), default="table")
@DB_OPTION
def trends_cmd(watchlist: tuple[str, ...], by: str, split: str | None, since: str | None, until: str | None,
               csv_path: str | None, chart_stem: str | None, fmt: str, db: str | None) -> None:  # fmt: skip
    """Coverage of watchlists per day, week or month; table, CSV and PNG/SVG chart."""
    from diembao.search.service import open_index
    from diembao.watch.trends import draw_chart, to_csv, trend_rows
    from diembao.watch.watchlists import WatchlistError

    lists = _lists(db)
    try:
        wls = [lists.get(n) for n in watchlist]
    except WatchlistError as e:
        _fail(e)
    rows = trend_rows(open_index(db), wls, by=by, split=split, since=since, until=until)
    emit([r.to_dict() for r in rows], fmt, columns=["period", "watchlist", "split", "count"])
    if csv_path:
        Path(csv_path).write_text(to_csv(rows), encoding="utf-8")
        click.echo(f"wrote {csv_path}", err=True)
    if chart_stem:
        png, svg = draw_chart(rows, Path(chart_stem))
        click.echo(f"wrote {png} and {svg}", err=True)


@click.command("alerts")
@click.option("--day", default=None, help="Local day to check (YYYY-MM-DD; default today).")
@click.option(
    "--min-outlets",
    type=int,
    default=5,
    show_default=True,
    help="Alert on stories carried by this many outlets.",
)
@click.option("--dry-run", is_flag=True, help="Print the alerts without delivering them.")
@DB_OPTION
def alerts_cmd(day: str | None, min_outlets: int, dry_run: bool, db: str | None) -> None:
    """Check spikes and widely carried stories, and deliver alerts (webhook, e-mail) once each."""
    from diembao.watch.service import check_alerts

    d = date.fromisoformat(day) if day else datetime.now(VN).date()
    rep = check_alerts(db, d, min_outlets=min_outlets, dry_run=dry_run)
    for line in rep:
        click.echo(line)
