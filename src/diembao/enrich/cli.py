"""`diembao enrich`: articles (or raw texts) in, Article JSON plus enrichment out."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from typing import Any

import click

from diembao.errors import DiembaoError
from diembao.model import Article, Enriched


def _valid_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value[:10])
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None
    return value


class _Failures:
    def __init__(self) -> None:
        self.count = 0

    def report(self, source: str, reason: str) -> None:
        self.count += 1
        click.echo(f"error: {source}: {reason}", err=True)


def _raw_records(paths: tuple[str, ...], published: str | None, fails: _Failures) -> Iterator[dict[str, Any]]:
    from diembao.enrich.pipeline import enrich_text

    for p in paths:
        try:
            # newline="" keeps "\r\n" as written: offsets are into the file's text exactly.
            with open(p, encoding="utf-8", newline="") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as exc:
            fails.report(p, f"cannot read as UTF-8 text: {exc}")
            continue
        art = Article(text=text, source=p, language=None)
        yield Enriched(art, enrich_text(text, published)).flat()


def _article_records(
    paths: tuple[str, ...], published: str | None, fails: _Failures
) -> Iterator[dict[str, Any]]:
    # Lazily: extraction and the readers belong to other packages and load heavy libraries.
    from diembao.enrich.pipeline import enrich
    from diembao.extract import extract
    from diembao.ingest import SourceError
    from diembao.ingest.sources import iter_sources

    for item in iter_sources(list(paths)):
        if isinstance(item, SourceError):
            fails.report(item.source, item.reason)
            continue
        try:
            art = extract(item)
        except DiembaoError as exc:
            fails.report(item.source, str(getattr(exc, "reason", exc)))
            continue
        yield Enriched(art, enrich(art, published)).flat()


@click.command("enrich")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--raw", is_flag=True, help="Each file is one plain UTF-8 text, enriched as is (no extraction)."
)
@click.option(
    "--published",
    callback=_valid_date,
    metavar="DATE",
    help="Publish date (YYYY-MM-DD) for resolving partial dates.",
)
def enrich_cmd(paths: tuple[str, ...], fmt: str, raw: bool, published: str | None) -> None:
    """Enrich articles: people, organisations, places, positions, legal documents, dates, topic, tone,
    keyphrases and summary, added to each article's JSON, in the order of the inputs.

    PATH is anything `diembao extract` reads (HTML, text dumps, JSONL, WARC, folders, `-`).
    Offsets are into title + "\\n\\n" + sapo + "\\n\\n" + text (parts that are empty left out);
    with --raw, into the file's text exactly as stored. A bad input is reported on stderr, the
    others go on, and the exit status is 1.
    """
    from diembao.output import emit

    fails = _Failures()
    records = _raw_records(paths, published, fails) if raw else _article_records(paths, published, fails)
    emit(records, fmt)
    sys.stdout.flush()
    if fails.count:
        sys.exit(1)
