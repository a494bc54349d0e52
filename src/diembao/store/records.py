"""Turning extracted articles into store records: identity, content hash, compressed raw input.

These run in the extraction workers (not in the single writer), so the writer only does SQL.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from typing import Any

import zstandard

from diembao.model import Article, Enrichment, RawDoc
from diembao.store.base import DocRecord
from diembao.text import canonical

RAW_FORMAT = 1  # header key "v" of a packed raw input
_ZLEVEL = 3  # zstd level 3: ~4x on HTML at hundreds of MB/s; higher levels cost CPU for little


@lru_cache(maxsize=1)
def _compressor() -> zstandard.ZstdCompressor:
    return zstandard.ZstdCompressor(level=_ZLEVEL)


@lru_cache(maxsize=1)
def _decompressor() -> zstandard.ZstdDecompressor:
    return zstandard.ZstdDecompressor()


def compress(data: bytes) -> bytes:
    return _compressor().compress(data)  # type: ignore[no-any-return]


def decompress(data: bytes) -> bytes:
    # Frames written by ZstdCompressor.compress carry their size, so no max_output_size is needed.
    return _decompressor().decompress(data)  # type: ignore[no-any-return]


def canonical_url(url: str | None) -> str | None:
    """The URL as identity: courlan-normalised (scheme/host case, tracking parameters), no fragment."""
    if not url:
        return None
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        from courlan import normalize_url

        norm = str(normalize_url(url, strict=False))
    except Exception:  # courlan raises a variety of errors on odd URLs: keep the URL as given
        norm = url
    return norm.split("#", 1)[0]


def text_hash(*parts: str | None) -> str:
    """sha256 of the canonical form of the parts (so spelling variants of one text meet)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(canonical(p or "").strip().encode("utf-8"))
        h.update(b"\x1e")
    return h.hexdigest()


def identity_of(article: Article) -> tuple[str, str]:
    """(identity, content_hash) of an article."""
    content = text_hash(article.title, article.sapo, article.text)
    url = canonical_url(article.url)
    return (f"url:{url}" if url else f"hash:{content}"), content


def article_id_for(identity: str) -> str:
    """The stable store id of an identity (same input, same id, across runs and machines)."""
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:20]


def pack_raw(raw: RawDoc) -> bytes:
    """The raw input as one zstd frame: a JSON header line, then the content bytes."""
    header: dict[str, Any] = {
        "v": RAW_FORMAT,
        "source": raw.source,
        "kind": raw.kind,
        "url": raw.url,
        "content_type": raw.content_type,
        "fetched_at": raw.fetched_at,
        "record": raw.record,
    }
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return compress(head + b"\n" + raw.content)


def unpack_raw(blob: bytes) -> RawDoc:
    """Inverse of `pack_raw`."""
    data = decompress(blob)
    head, _, content = data.partition(b"\n")
    h = json.loads(head)
    return RawDoc(
        source=h["source"],
        content=content,
        kind=h["kind"],
        url=h.get("url"),
        content_type=h.get("content_type"),
        fetched_at=h.get("fetched_at"),
        record=h.get("record"),
    )


def article_json(article: Article) -> str:
    d = article.to_dict()
    d.pop("id", None)
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def make_record(
    article: Article, raw: RawDoc | None = None, enrichment: Enrichment | None = None
) -> DocRecord:
    """A DocRecord for the store (identity, hash, JSON, packed raw input)."""
    identity, content = identity_of(article)
    return DocRecord(
        identity=identity,
        content_hash=content,
        source=article.source or (raw.source if raw else ""),
        article_json=article_json(article),
        raw=pack_raw(raw) if raw is not None else b"",
        raw_kind=raw.kind if raw is not None else "",
        url=canonical_url(article.url) or article.url,
        outlet=article.outlet,
        title=article.title,
        published=article.published,
        enrichment_json=enrichment.to_json() if enrichment is not None else None,
    )
