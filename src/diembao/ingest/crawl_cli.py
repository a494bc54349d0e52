"""`diembao crawl`: read the outlets' feeds and sitemaps, fetch new articles politely, store them."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from diembao.output import emit, format_option


@click.command("crawl")
@click.option(
    "--sources",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Outlet registry (TOML, [[outlet]] tables). Default: the bundled list of Vietnamese outlets.",
)
@click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=None, help="SQLite store (DIEMBAO_DB)."
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow private, loopback and link-local addresses (intranets, tests). Refused by default.",
)
@click.option("--max-pages", type=click.IntRange(min=0), default=None, help="Stop after fetching N pages.")
@click.option(
    "--outlet", "outlets", multiple=True, help="Crawl only this outlet (repeatable; accents optional)."
)
@click.option(
    "--delay", type=click.FloatRange(min=0), default=None, help="Seconds between requests to one host."
)
@click.option(
    "--max-age-days",
    type=click.FloatRange(min=0),
    default=7.0,
    show_default=True,
    help="Ignore feed/sitemap entries dated older than this (0: no limit).",
)
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@format_option()
def crawl_cmd(
    sources: Path | None,
    db: Path | None,
    allow_private: bool,
    max_pages: int | None,
    outlets: tuple[str, ...],
    delay: float | None,
    max_age_days: float,
    quiet: bool,
    fmt: str,
) -> None:
    """Crawl the outlets' feeds and sitemaps and store the new articles.

    Honours robots.txt and Crawl-delay, waits between requests to a host (DIEMBAO_CRAWL_DELAY),
    sends conditional requests, retries 429/5xx with backoff and resumes an interrupted crawl.
    """
    from diembao import settings
    from diembao.errors import InputError
    from diembao.ingest.crawl import CrawlOptions, crawl, load_registry, select_outlets

    try:
        registry = load_registry(sources)
        if outlets:
            registry = select_outlets(registry, outlets)
    except InputError as exc:
        raise click.UsageError(str(exc)) from exc

    try:
        from diembao.store import open_store  # type: ignore[attr-defined,unused-ignore]
    except ImportError as exc:
        raise click.ClickException(f"the article store is not available in this build: {exc}") from exc

    store = open_store(str(db) if db else settings.get("db"))
    from diembao.ingest.cli import _attach_subscribers

    _attach_subscribers(store)  # stories, search index and watchlist counts follow each batch
    options = CrawlOptions(max_age_days=max_age_days or None)
    if delay is not None:
        options.delay = delay
    try:
        report = crawl(store, registry, allow_private=allow_private, max_pages=max_pages, options=options)
    except KeyboardInterrupt:
        click.echo("interrupted: pages downloaded so far are stored; run again to resume", err=True)
        sys.exit(130)
    finally:
        close = getattr(store, "close", None)
        if callable(close):
            close()
    if not quiet:
        emit([report.as_dict()], fmt, title="crawl")
    for url, reason in report.errors[:20]:
        click.echo(f"error: {url}: {reason}", err=True)
    if len(report.errors) > 20:
        click.echo(f"... and {len(report.errors) - 20} more errors", err=True)
