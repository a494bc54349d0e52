"""Source discovery: turn the SOURCE arguments of `diembao ingest` into one stream of inputs.

A source is a file, a folder (walked recursively, hidden entries skipped), a URL, or `-` (stdin);
each file is read by the reader its name or first bytes call for: JSONL (.gz), WARC (.gz), an
RSS/Atom feed or sitemap (its links fetched politely by the crawler), or one HTML/text document.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from diembao.errors import DiembaoError, InputError
from diembao.ingest import ByteMeter, SourceError
from diembao.ingest.files import document_from_bytes, read_document
from diembao.ingest.jsonl import read_jsonl, read_lines
from diembao.ingest.warc import read_warc, read_warc_stream
from diembao.model import RawDoc

Item = RawDoc | SourceError

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".jsonl.zst")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
FEED_SUFFIXES = (".xml", ".rss", ".atom", ".xml.gz")
MAX_SITEMAP_DEPTH = 2  # sitemap index -> sitemap -> pages, as the crawler does


def _is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


def walk(sources: Sequence[str]) -> Iterator[str | Path]:
    """Each source, with folders expanded to their files (sorted, hidden entries skipped)."""
    for s in sources:
        if s == "-" or _is_url(s):
            yield s
            continue
        p = Path(s).expanduser()
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield Path(root) / f
        else:
            yield p


def total_size(sources: Sequence[str]) -> int:
    """Bytes of all local files among the sources (0 for stdin and URLs): the progress total."""
    n = 0
    for s in walk(sources):
        if isinstance(s, Path):
            with contextlib.suppress(OSError):
                n += s.stat().st_size
    return n


def iter_sources(
    sources: Sequence[str],
    *,
    meter: ByteMeter | None = None,
    store: Any = None,
    allow_private: bool = False,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Every input of every source, in order; a source that cannot be read is one SourceError."""
    for s in walk(sources):
        if s == "-":
            stream = stdin if stdin is not None else _stdin()
            yield from read_stream(stream, "-", store=store, allow_private=allow_private)
        elif isinstance(s, str):
            yield from read_url(s, store=store, allow_private=allow_private)
        else:
            yield from read_path(s, meter=meter, store=store, allow_private=allow_private)


def _stdin() -> IO[bytes]:
    import sys

    return sys.stdin.buffer


def read_path(
    path: Path, *, meter: ByteMeter | None = None, store: Any = None, allow_private: bool = False
) -> Iterator[Item]:
    """The inputs of one local file."""
    label = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield SourceError(label, f"cannot read: {exc.strerror or exc}")
        return
    name = path.name.lower()
    try:
        if name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(path, meter)
        elif name.endswith(WARC_SUFFIXES):
            yield from read_warc(path, meter)
        else:
            head = _head(path)
            if head.startswith(b"WARC/"):
                yield from read_warc(path, meter)
            elif head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
                yield from read_jsonl(path, meter)
            elif name.endswith(".gz"):
                yield SourceError(
                    label, "unsupported compressed file (expected .jsonl.gz, .warc.gz or .xml.gz)"
                )
            else:
                yield from _document_or_feed(path, store=store, allow_private=allow_private)
    finally:
        if meter is not None:
            meter.finish(size)


def _head(path: Path, n: int = 4096) -> bytes:
    """First bytes of a file, decompressed when it is gzip; b"" when unreadable."""
    try:
        with open(path, "rb") as f:
            data = f.read(n)
    except OSError:
        return b""
    if data[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, n)
        except zlib.error:
            return b""
    return data


def _document_or_feed(path: Path, *, store: Any, allow_private: bool) -> Iterator[Item]:
    try:
        raw = read_document(path)
    except InputError as exc:
        yield SourceError(str(path), exc.reason)
        return
    if _looks_like_feed(raw.content):
        yield from read_feed(raw.content, str(path), base_url=None, store=store, allow_private=allow_private)
    else:
        yield raw


def _looks_like_feed(data: bytes) -> bool:
    try:
        from diembao.ingest.feeds import is_feed_or_sitemap
    except ImportError:
        head = data[:512].lower()
        return b"<rss" in head or b"<urlset" in head or b"<feed" in head or b"<sitemapindex" in head
    return bool(is_feed_or_sitemap(data))


def read_stream(
    stream: IO[bytes], label: str, *, store: Any = None, allow_private: bool = False
) -> Iterator[Item]:
    """The inputs of a byte stream (stdin): JSONL, WARC, a feed or one document, told by its first bytes."""
    buffered: Any = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(4096)[:4096]
    plain_head = head
    if head[:2] == b"\x1f\x8b":
        try:
            plain_head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
        except zlib.error:
            yield SourceError(label, "corrupt gzip data")
            return
    if plain_head.startswith(b"WARC/"):
        yield from read_warc_stream(buffered, label)
        return
    text: Any = gzip.GzipFile(fileobj=buffered, mode="rb") if head[:2] == b"\x1f\x8b" else buffered
    if plain_head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_lines(text, label)
        return
    try:
        data = text.read()
    except (OSError, EOFError, zlib.error) as exc:
        yield SourceError(label, f"read error: {exc}")
        return
    if _looks_like_feed(data):
        yield from read_feed(data, label, base_url=None, store=store, allow_private=allow_private)
        return
    try:
        yield document_from_bytes(data, label)
    except InputError as exc:
        yield SourceError(label, exc.reason)


# --------------------------------------------------------------------------- feeds and URLs


def read_url(url: str, *, store: Any = None, allow_private: bool = False) -> Iterator[Item]:
    """A URL source: a feed or sitemap (its articles are fetched) or one article page."""
    try:
        from diembao.ingest.crawl import FEED_TYPES, HTML_TYPES, CrawlOptions, Fetcher
    except ImportError as exc:
        yield SourceError(url, f"fetching URLs needs the crawler (diembao.ingest.crawl): {exc}", "fetch")
        return
    try:
        with Fetcher(CrawlOptions(), allow_private=allow_private) as fetcher:
            resp = fetcher.fetch(url, accept=tuple(HTML_TYPES) + tuple(FEED_TYPES))
    except InputError as exc:
        yield SourceError(url, exc.reason, "fetch")
        return
    except DiembaoError as exc:  # TransientError after the crawler's own retries
        yield SourceError(url, f"temporary failure, try again later: {exc}", "fetch")
        return
    if resp.status == 304 or not resp.content:
        yield SourceError(url, f"HTTP {resp.status} without content", "fetch")
        return
    if _looks_like_feed(resp.content):
        yield from read_feed(
            resp.content, resp.url, base_url=resp.url, store=store, allow_private=allow_private
        )
        return
    yield RawDoc(
        source=resp.url,
        content=resp.content,
        kind="html",
        url=resp.url,
        content_type=resp.content_type,
        fetched_at=resp.fetched_at,
    )


def read_feed(
    data: bytes,
    label: str,
    *,
    base_url: str | None,
    store: Any = None,
    allow_private: bool = False,
    depth: int = 0,
) -> Iterator[Item]:
    """Fetch (politely, through the crawler) the articles a feed or sitemap links to.

    Entry metadata (published, title) fills in what the page itself does not say."""
    try:
        from diembao.ingest.crawl import canonical_url, fetch_urls
        from diembao.ingest.feeds import parse_feed
    except ImportError as exc:
        yield SourceError(label, f"feeds and sitemaps need the crawler (diembao.ingest.crawl/feeds): {exc}")
        return
    try:
        entries = parse_feed(data, base_url)
    except InputError as exc:
        yield SourceError(label, exc.reason)
        return
    children = [e for e in entries if e.is_sitemap]
    pages = [e for e in entries if not e.is_sitemap]
    for child in children:
        if depth + 1 > MAX_SITEMAP_DEPTH:
            yield SourceError(
                child.url, f"sitemap nested deeper than {MAX_SITEMAP_DEPTH} levels: not followed"
            )
            continue
        yield from _child_sitemap(child.url, store=store, allow_private=allow_private, depth=depth + 1)
    if not pages:
        if not children:
            yield SourceError(label, "feed or sitemap lists no links")
        return
    meta: dict[str, Any] = {}
    for e in pages:
        meta[e.url] = e
        with contextlib.suppress(InputError):
            meta[canonical_url(e.url)] = e
    for raw in fetch_urls([e.url for e in pages], store=store, allow_private=allow_private):
        entry = meta.get(raw.url or "")
        if entry is not None:
            raw.record = {"published": entry.published, "title": entry.title, "source_feed": label}
        yield raw


def _child_sitemap(url: str, *, store: Any, allow_private: bool, depth: int) -> Iterator[Item]:
    from diembao.ingest.crawl import FEED_TYPES, CrawlOptions, Fetcher

    try:
        with Fetcher(CrawlOptions(), allow_private=allow_private) as fetcher:
            resp = fetcher.fetch(url, accept=FEED_TYPES)
    except DiembaoError as exc:
        yield SourceError(url, getattr(exc, "reason", str(exc)), "fetch")
        return
    yield from read_feed(
        resp.content, resp.url, base_url=resp.url, store=store, allow_private=allow_private, depth=depth
    )
