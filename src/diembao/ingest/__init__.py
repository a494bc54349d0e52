"""diembao.ingest: readers for every kind of source and the ingest pipeline.

A reader turns one source into a stream of `RawDoc`s and `SourceError`s (a failed input with its
reason: it is recorded, the run goes on). `diembao.ingest.pipeline.ingest_raws` extracts and stores.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceError:
    """One input that could not be read (file, line, archive record), with a specific reason."""

    source: str
    reason: str
    stage: str = "read"


class ByteMeter:
    """Bytes of input read so far, against the total size known up front (for progress and ETA)."""

    def __init__(self) -> None:
        self.total = 0  # bytes of all local sources; 0 when unknown (stdin, URLs)
        self.done = 0  # bytes of sources finished
        self.current = 0  # position in the source being read

    @property
    def position(self) -> int:
        return self.done + self.current

    def finish(self, size: int) -> None:
        self.done += size
        self.current = 0
