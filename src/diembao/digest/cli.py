"""`diembao digest`, `diembao report` and `diembao run`."""

from __future__ import annotations

import logging
import sys
import time as _time
from datetime import date, datetime, timedelta
from pathlib import Path

import click

from diembao.digest.model import Digest
from diembao.errors import DiembaoError

FORMAT_CHOICE = click.Choice(["docx", "pdf", "html", "md"])
DB_OPTION = click.option(
    "--db", type=click.Path(dir_okay=False), default=None, help="Store file (default: DIEMBAO_DB)."
)
log = logging.getLogger(__name__)


def _day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a day like 2024-01-04", param_hint=what) from None


def _fail(e: Exception) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(2)


def _outputs(
    fmts: tuple[str, ...], out: str | None, name_of: dict[str, str]
) -> list[tuple[str, Path | None]]:
    """(format, path) pairs; path None means "print to stdout" (Markdown without -o only)."""
    if out and len(fmts) > 1:
        stem = Path(out)
        return [(f, stem.with_suffix("." + f)) for f in fmts]
    if out:
        return [(fmts[0], Path(out))]
    if fmts == ("md",):
        return [("md", None)]
    return [(f, Path(name_of[f])) for f in fmts]


def _write_all(d: Digest, outputs: list[tuple[str, Path | None]]) -> None:
    from diembao.digest import service
    from diembao.digest.render.markdown import to_markdown

    for fmt, path in outputs:
        if path is None:
            click.echo(to_markdown(d), nl=False)
        else:
            service.write(d, fmt, path)
            click.echo(f"wrote {path}", err=True)


@click.command("digest")
@click.option("--date", "day", default=None, help="The local day (YYYY-MM-DD; default today).")
@click.option("--since", default=None, help="First day of a longer period (YYYY-MM-DD).")
@click.option("--until", default=None, help="Last day of the period (YYYY-MM-DD; default --since).")
@click.option(
    "--watchlist", "names", multiple=True, help="Only these watchlists (repeatable; default: all on)."
)
@click.option("--format", "fmts", type=FORMAT_CHOICE, multiple=True, default=("html",), show_default=True,
              help="docx, pdf, html or md (repeatable: one file each).")  # fmt: skip
@click.option("-o", "--output", "out", default=None,
              help="Output file (with several formats: the stem). Default: diem-bao-DAY.EXT; md prints.")  # fmt: skip
@click.option("--unit", default=None, help="Issuing unit's name (default: DIEMBAO_UNIT_NAME).")
@DB_OPTION
def digest_cmd(day: str | None, since: str | None, until: str | None, names: tuple[str, ...],
               fmts: tuple[str, ...], out: str | None, unit: str | None, db: str | None) -> None:  # fmt: skip
    """Write the press review (ĐIỂM BÁO) of a day or a period: per watchlist, its stories, each once,
    with origin outlet and time, who republished it, a short summary, people and documents named."""
    from diembao.digest import service

    if day and (since or until):
        raise click.UsageError("give --date, or --since/--until, not both")
    try:
        first = _day(day, "--date") or _day(since, "--since") or service.today()
        last = _day(day, "--date") or _day(until, "--until") or first
        ctx = service.open_context(db)
        d = service.make_digest(ctx, first, last, names, unit)
        names_of = {f: service.default_name("diem-bao", first, last, f) for f in fmts}
        _write_all(d, _outputs(fmts, out, names_of))
    except DiembaoError as e:
        _fail(e)


@click.command("report")
@click.option("--month", default=None, help="A month, e.g. 2024-01.")
@click.option("--year", default=None, help="A year, e.g. 2023.")
@click.option("--since", default=None, help="First day of a custom period (YYYY-MM-DD).")
@click.option("--until", default=None, help="Last day of a custom period (YYYY-MM-DD).")
@click.option(
    "--watchlist", "names", multiple=True, help="Only these watchlists (repeatable; default: all on)."
)
@click.option("--format", "fmts", type=FORMAT_CHOICE, multiple=True, default=("html",), show_default=True,
              help="docx, pdf, html or md (repeatable).")  # fmt: skip
@click.option("-o", "--output", "out", default=None, help="Output file (several formats: the stem).")
@click.option("--charts", "chart_dir", type=click.Path(file_okay=False), default=None,
              help="Folder for the chart images (default: beside the output).")  # fmt: skip
@click.option("--unit", default=None, help="Issuing unit's name (default: DIEMBAO_UNIT_NAME).")
@DB_OPTION
def report_cmd(month: str | None, year: str | None, since: str | None, until: str | None,
               names: tuple[str, ...], fmts: tuple[str, ...], out: str | None, chart_dir: str | None,
               unit: str | None, db: str | None) -> None:  # fmt: skip
    """Write a period report: coverage per watchlist, outlet and topic, the tone split, the top stories
    and people, with trend charts embedded."""
    from diembao.digest import service
    from diembao.digest.report import month_bounds, year_bounds

    given = [x for x in (month, year, since or until) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of --month, --year, or --since/--until")
    try:
        if month:
            first, last = month_bounds(month)
            label = f"Tháng {first.month:02d}/{first.year}"
        elif year:
            first, last = year_bounds(year)
            label = f"Năm {first.year}"
        else:
            first = _day(since, "--since") or _day(until, "--until") or service.today()
            last = _day(until, "--until") or first
            label = None
        outputs = _outputs(fmts, out, {f: service.default_name("bao-cao", first, last, f) for f in fmts})
        first_path = next((p for _, p in outputs if p is not None), None)
        charts = Path(chart_dir) if chart_dir else (first_path.parent if first_path else Path(".")) / "charts"
        ctx = service.open_context(db)
        d = service.make_report(ctx, first, last, charts, names, unit, label)
        _write_all(d, outputs)
    except (DiembaoError, ValueError) as e:
        _fail(e)


def _every(value: str) -> float:
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        n, unit = (float(value[:-1]), value[-1]) if value[-1] in units else (float(value), "s")
    except (ValueError, IndexError):
        raise click.BadParameter(f"{value!r}: use e.g. 30m, 1h, 6h", param_hint="--every") from None
    if n <= 0:
        raise click.BadParameter("must be positive", param_hint="--every")
    return n * units[unit]


def run_cycle(db: str | None, out_dir: Path, fmts: tuple[str, ...], *, crawl: bool, sources: str | None,
              allow_private: bool, max_pages: int | None, now: datetime | None = None) -> list[str]:  # fmt: skip
    """One round of `diembao run`: crawl (and ingest), check alerts, and write today's digest once
    the digest time has passed. Returns what was done, one line each."""
    from diembao.digest import service
    from diembao.watch.service import check_alerts

    lines: list[str] = []
    now = now or datetime.now(service.local_tz())
    if crawl:
        from diembao.ingest.cli import _attach_subscribers
        from diembao.ingest.crawl import crawl as do_crawl
        from diembao.ingest.crawl import load_registry
        from diembao.search.service import db_path
        from diembao.store import open_store

        store = open_store(db_path(db))
        try:
            _attach_subscribers(store)
            rep = do_crawl(store, load_registry(sources), allow_private=allow_private, max_pages=max_pages)
            lines.append(f"crawl: {rep.as_dict()}")
        except DiembaoError as e:
            lines.append(f"crawl failed: {e}")
        finally:
            store.close()
    try:
        lines += [f"alert check: {x}" for x in check_alerts(db, now.date())]
    except DiembaoError as e:
        lines.append(f"alert check failed: {e}")
    if now.time() >= service.digest_time():
        day = now.date()
        targets = [out_dir / service.default_name("diem-bao", day, day, f) for f in fmts]
        if not all(p.exists() for p in targets):
            ctx = service.open_context(db)
            d = service.make_digest(ctx, day, day)
            for f, p in zip(fmts, targets, strict=True):
                service.write(d, f, p)
                lines.append(f"wrote {p}")
    return lines


@click.command("run")
@click.option("--every", default="1h", show_default=True, help="Time between rounds (30m, 1h, 6h...).")
@click.option("--once", is_flag=True, help="One round, then exit (for cron: `0 * * * * diembao run --once`).")
@click.option("--no-crawl", is_flag=True, help="Do not crawl (when another job feeds the store).")
@click.option("--sources", default=None, help="Outlet registry TOML (default: the bundled one).")
@click.option("--out-dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Where the daily digests are written.")  # fmt: skip
@click.option(
    "--format", "fmts", type=FORMAT_CHOICE, multiple=True, default=("docx", "html"), show_default=True
)
@click.option("--max-pages", type=int, default=None, help="Stop each crawl after N pages.")
@click.option("--allow-private", is_flag=True, help="Allow crawling private/loopback addresses.")
@DB_OPTION
def run_cmd(every: str, once: bool, no_crawl: bool, sources: str | None, out_dir: str, fmts: tuple[str, ...],
            max_pages: int | None, allow_private: bool, db: str | None) -> None:  # fmt: skip
    """Keep the review running: crawl and ingest, check alerts, and write the day's digest once
    DIEMBAO_DIGEST_TIME has passed (each day once). Stop with Ctrl-C."""
    period = _every(every)
    while True:
        started = _time.monotonic()
        try:
            for line in run_cycle(db, Path(out_dir), fmts, crawl=not no_crawl, sources=sources,
                                  allow_private=allow_private, max_pages=max_pages):  # fmt: skip
                click.echo(line)
        except DiembaoError as e:  # one bad round is reported; the loop goes on
            click.echo(f"error: {e}", err=True)
        if once:
            return
        wait = max(0.0, period - (_time.monotonic() - started))
        click.echo(f"next round in {timedelta(seconds=round(wait))}", err=True)
        try:
            _time.sleep(wait)
        except KeyboardInterrupt:
            return
