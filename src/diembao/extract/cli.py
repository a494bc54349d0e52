"""`diembao extract PATH...`: print one Article per input (files, folders, `-` for stdin)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

from diembao.errors import InputError
from diembao.extract import extract_html, extract_text, looks_like_html
from diembao.model import Article
from diembao.text.encodings import decode_bytes

MAX_INPUT = 32 * 1024 * 1024  # read at most this much of one input; larger ones are refused by the extractor


# inside folders, only files that can hold an article (explicitly named files are always read)
_ARTICLE_SUFFIXES = {"", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".txt", ".gz"}


def _inputs(paths: tuple[str, ...]) -> Iterator[tuple[str, Path | None]]:
    for p in paths:
        if p == "-":
            yield "-", None
            continue
        path = Path(p)
        if path.is_dir():
            found = (x for x in path.rglob("*") if x.is_file() and not x.name.startswith("."))
            for f in sorted(x for x in found if x.suffix.lower() in _ARTICLE_SUFFIXES):
                yield str(f), f
        else:
            yield p, path


def _read(name: str, path: Path | None) -> bytes:
    try:
        if path is None:
            data = sys.stdin.buffer.read(MAX_INPUT + 1)
        else:
            with path.open("rb") as f:
                data = f.read(MAX_INPUT + 1)
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", name) from e
    if data[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
                data = g.read(MAX_INPUT + 1)
        except (OSError, EOFError) as e:
            raise InputError(f"broken gzip data: {e}", name) from e
    return data


def extract_bytes(data: bytes, name: str) -> Article:
    """Extract one input whose kind (HTML or plain text) is decided by sniffing its content."""
    if looks_like_html(data):
        return extract_html(data, source=name)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        from diembao.errors import NoArticleError

        raise NoArticleError("binary data, not text or HTML", name)
    text, _ = decode_bytes(data, None)
    return extract_text(text, source=name)


def markdown(a: Article) -> str:
    """A readable Markdown rendering of an article."""
    out = [f"# {a.title}", ""]
    meta = [x for x in (a.outlet, a.published, ", ".join(a.authors) or None, a.agency, a.category) if x]
    if meta:
        out += ["*" + " · ".join(meta) + "*", ""]
    if a.url:
        out += [f"<{a.url}>", ""]
    if a.sapo:
        out += [f"**{a.sapo}**", ""]
    for p in a.paragraphs:
        out += [f"## {p.text}" if p.kind == "heading" else p.text, ""]
    for c in a.captions:
        out += [f"> Ảnh: {c.text}" + (f" ({c.credit})" if c.credit else ""), ""]
    if a.tags:
        out += ["Tags: " + ", ".join(a.tags), ""]
    return "\n".join(out)


def _emit(a: Article, fmt: str, out: IO[str], first: bool) -> None:
    if fmt == "jsonl":
        out.write(a.to_json() + "\n")
    elif fmt == "json":
        out.write(
            ("[\n" if first else ",\n")
            + json.dumps(a.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)
        )
    else:
        out.write(("" if first else "\n---\n\n") + markdown(a))


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "md"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
def extract_cmd(paths: tuple[str, ...], fmt: str) -> None:
    """Extract clean articles from HTML pages or plain-text dumps (files, folders, - for stdin).

    Prints one article per input; a failing input is reported on stderr with its name and the
    others still come out; the exit status is 1 if any input failed.
    """
    out = sys.stdout
    failed = 0
    n = 0
    for name, path in _inputs(paths):
        try:
            art = extract_bytes(_read(name, path), name)
        except InputError as e:
            failed += 1
            click.echo(f"{name}: {e.reason}", err=True)
            continue
        except (RecursionError, MemoryError, ValueError) as e:  # defensive: one input never stops the run
            failed += 1
            click.echo(f"{name}: cannot extract: {type(e).__name__}: {e}", err=True)
            continue
        _emit(art, fmt, out, n == 0)
        n += 1
    if fmt == "json":
        out.write("[]\n" if n == 0 else "\n]\n")
    if failed:
        sys.exit(1)
