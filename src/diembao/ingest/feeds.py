"""Feeds and sitemaps: RSS 2.0, RSS 1.0, Atom (feedparser), sitemaps, sitemap indexes, Google News sitemaps.

`parse_feed` turns one downloaded document into a list of `FeedEntry`; sitemap indexes give
entries flagged `is_sitemap=True` so the caller fetches and parses them in turn.
"""

from __future__ import annotations

import re
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from diembao.errors import InputError

FEED_ROOTS = {"rss", "feed", "rdf"}
SITEMAP_ROOTS = {"urlset", "sitemapindex"}
MAX_DECOMPRESSED = 64 * 1024 * 1024  # a gzipped sitemap is at most 50 MB uncompressed by the protocol

_GZIP_MAGIC = b"\x1f\x8b"
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_FIRST_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)")


@dataclass
class FeedEntry:
    """One link found in a feed or sitemap; `is_sitemap` marks a child sitemap to fetch next."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601, from the feed item or news:publication_date
    source_feed: str | None = None
    is_sitemap: bool = False
    updated: str | None = None  # ISO 8601 <lastmod>/<updated>, when given


def _gunzip(data: bytes, limit: int = MAX_DECOMPRESSED) -> bytes:
    """Decompress gzip data, refusing more than `limit` bytes (a zip bomb stops early)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise InputError(f"corrupt gzip data: {exc}") from exc
    if len(out) > limit:
        raise InputError(f"gzip data expands beyond {limit} bytes")
    return out


def _maybe_gunzip(data: bytes) -> bytes:
    return _gunzip(data) if data[:2] == _GZIP_MAGIC else data


def _root_name(data: bytes) -> str | None:
    """Local name of the first element (lower-case), skipping BOM, declaration, comments, doctype."""
    head = data[:8192]
    if head[:2] == _GZIP_MAGIC:
        head = _gunzip(data)[:8192]
    head = _COMMENT.sub(b"", head.lstrip(b"\xef\xbb\xbf \t\r\n"))
    m = _FIRST_TAG.search(head)
    if m is None:
        return None
    return m.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower()


def is_feed_or_sitemap(data: bytes) -> bool:
    """True when `data` (plain or gzipped) starts like an RSS/Atom feed or a sitemap (index)."""
    try:
        name = _root_name(data)
    except InputError:
        return False
    return name in FEED_ROOTS or name in SITEMAP_ROOTS


def _iso(raw: str | None) -> str | None:
    """An ISO 8601 string for an RFC 822 or W3C date, keeping its offset; None when unparseable."""
    if not raw:
        return None
    raw = raw.strip()
    dt: datetime | None = None
    try:
        dt = datetime.fromisoformat(raw)
    except ValueError:
        try:
            dt = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            dt = None
    if dt is None:
        return None
    if len(raw) == 10 and dt.hour == dt.minute == 0 and "T" not in raw:
        return dt.date().isoformat()  # a bare W3C date stays a date
    return dt.isoformat()


def _struct_iso(st: time.struct_time | None) -> str | None:
    if st is None:
        return None
    return datetime(*st[:6], tzinfo=UTC).isoformat()


def _resolve(link: str, base: str | None) -> str | None:
    link = link.strip()
    if not link:
        return None
    url = urljoin(base, link) if base else link
    return url if urlsplit(url).scheme in ("http", "https") else None


def _parse_rss_atom(data: bytes, base_url: str | None) -> list[FeedEntry]:
    import feedparser

    parsed: Any = feedparser.parse(data, response_headers={"content-location": base_url or ""})
    entries: list[FeedEntry] = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link:
            # Some feeds put the article URL only in <guid isPermaLink="true">.
            guid = e.get("id") or ""
            link = guid if guid.startswith(("http://", "https://")) else ""
        url = _resolve(link, base_url)
        if url is None:
            continue
        title = e.get("title")
        published = _iso(e.get("published")) or _struct_iso(e.get("published_parsed"))
        updated = _iso(e.get("updated")) or _struct_iso(e.get("updated_parsed"))
        entries.append(
            FeedEntry(
                url=url,
                title=title.strip() if title else None,
                published=published,
                source_feed=base_url,
                updated=updated,
            )
        )
    if not entries and parsed.get("bozo"):
        raise InputError(f"broken feed XML: {parsed.get('bozo_exception')}", source=base_url)
    return entries


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el: Any, name: str) -> str | None:
    for child in el:
        if _local(child.tag) == name:
            text = (child.text or "").strip()
            return text or None
    return None


def _parse_sitemap(data: bytes, base_url: str | None) -> list[FeedEntry]:
    from lxml import etree

    # recover=True keeps the <url> elements before a break; no entities, no network (XXE).
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"broken sitemap XML: {exc}", source=base_url) from exc
    if root is None:
        raise InputError("broken sitemap XML: no root element", source=base_url)
    is_index = _local(root.tag) == "sitemapindex"
    item_name = "sitemap" if is_index else "url"
    entries: list[FeedEntry] = []
    for el in root:
        if _local(el.tag) != item_name:
            continue
        url = _resolve(_child_text(el, "loc") or "", base_url)
        if url is None:
            continue
        entry = FeedEntry(
            url=url, source_feed=base_url, is_sitemap=is_index, updated=_iso(_child_text(el, "lastmod"))
        )
        for child in el:
            if _local(child.tag) == "news":  # Google News sitemap extension
                entry.published = _iso(_child_text(child, "publication_date"))
                entry.title = _child_text(child, "title")
        entries.append(entry)
    if not entries and parser.error_log:
        raise InputError(f"broken sitemap XML: {parser.error_log[0].message}", source=base_url)
    return entries


def parse_feed(data: bytes, base_url: str | None = None) -> list[FeedEntry]:
    """Links of an RSS/Atom feed or a sitemap (gzipped or not); InputError when it is neither or broken.

    Relative links resolve against `base_url`, which is also recorded as each entry's source_feed.
    """
    data = _maybe_gunzip(data)
    name = _root_name(data)
    if name in SITEMAP_ROOTS:
        return _parse_sitemap(data, base_url)
    if name in FEED_ROOTS:
        return _parse_rss_atom(data, base_url)
    what = f"root element <{name}>" if name else "no XML element"
    raise InputError(f"not a feed or sitemap ({what})", source=base_url)
