"""WARC / WARC.gz archives: each HTML response record becomes one RawDoc (read with fastwarc).

Truncation is reported: a gzip stream that ends inside a member raises from our decompressing
reader (fastwarc itself stops quietly there), and a record whose HTTP part is cut short is one error.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from diembao.errors import InputError
from diembao.ingest import ByteMeter, SourceError
from diembao.model import RawDoc

_GZIP_MAGIC = b"\x1f\x8b"
HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Gunzip(io.RawIOBase):
    """Multi-member gzip decompression that raises at EOF when the last member is incomplete.

    fastwarc's own gzip reader stops quietly at a truncated member; this one reports it.
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._buf = b""
        self._eof = False
        self._started = False  # some bytes of the current member were read
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        # fastwarc asks for the current position with seek(0, SEEK_CUR); nothing else is supported.
        if (whence == io.SEEK_CUR and offset == 0) or (whence == io.SEEK_SET and offset == self._pos):
            return self._pos
        raise io.UnsupportedOperation("seek")

    def _fill(self) -> None:
        while not self._buf and not self._eof:
            chunk = self.raw.read(1 << 16)
            if not chunk:
                if self._started and not self._d.eof:
                    raise InputError("truncated gzip stream (archive ends inside a compressed member)")
                self._eof = True
                return
            self._started = True
            data = chunk
            while data:
                try:
                    self._buf += self._d.decompress(data)
                except zlib.error as exc:
                    raise InputError(f"corrupt gzip data: {exc}") from exc
                if self._d.eof:
                    data = self._d.unused_data
                    self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    self._started = bool(data)
                else:
                    data = b""

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            parts = []
            while True:
                self._fill()
                if not self._buf:
                    break
                parts.append(self._buf)
                self._pos += len(self._buf)
                self._buf = b""
            return b"".join(parts)
        self._fill()
        out, self._buf = self._buf[:size], self._buf[size:]
        self._pos += len(out)
        return out

    def readinto(self, b: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


def read_warc(path: Path, meter: ByteMeter | None = None) -> Iterator[RawDoc | SourceError]:
    """HTML responses of a WARC file (plain or gzip); non-HTML records are skipped silently."""
    label = str(path)
    try:
        raw = open(path, "rb")  # noqa: SIM115 (closed in finally, generator may stop early)
    except OSError as exc:
        yield SourceError(label, f"cannot open: {exc.strerror or exc}")
        return
    try:
        yield from read_warc_stream(raw, label, meter)
    finally:
        raw.close()


def read_warc_stream(
    raw: IO[bytes], label: str, meter: ByteMeter | None = None
) -> Iterator[RawDoc | SourceError]:
    """HTML responses of an open WARC byte stream (gzip detected by its magic bytes)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    stream: IO[bytes] = _Gunzip(raw) if head == _GZIP_MAGIC else raw  # type: ignore[assignment]
    n = 0
    try:
        it = ArchiveIterator(
            stream, record_types=WarcRecordType.response, parse_http=True, stream_detect=False
        )
        for rec in it:
            n += 1
            if meter is not None:
                with contextlib.suppress(OSError, ValueError):
                    meter.current = raw.tell()
            uri = rec.headers.get("WARC-Target-URI") or None
            where = f"{label}#{rec.record_id or n}"
            http = rec.http_headers
            if http is None or http.status_code is None:
                yield SourceError(where, "truncated or malformed HTTP response in WARC record")
                continue
            ctype = (rec.http_content_type or "").lower()
            if not ctype.startswith(HTML_TYPES):
                continue  # images, CSS, scripts: archives are full of them, not errors
            if not 200 <= http.status_code < 300:
                continue  # redirects and error pages hold no article
            payload = rec.reader.read()
            declared = http.get("Content-Length")
            if (
                declared
                and declared.isdigit()
                and int(declared) > len(payload)
                and not http.get("Content-Encoding")
                and not http.get("Transfer-Encoding")
            ):
                yield SourceError(where, f"truncated record: {len(payload)} of {declared} bytes")
                continue
            yield RawDoc(
                source=where,
                content=payload,
                kind="html",
                url=uri,
                content_type=rec.http_content_type and http.get("Content-Type"),
                fetched_at=rec.headers.get("WARC-Date") or None,
            )
    except InputError as exc:
        yield SourceError(label, f"{exc.reason} after {n} records")
    except OSError as exc:
        yield SourceError(label, f"unreadable WARC after {n} records: {exc}")
