"""Error types that route: a per-document error is recorded and the run goes on."""

from __future__ import annotations


class DiembaoError(Exception):
    """Base class of every error diembao raises on purpose."""


class InputError(DiembaoError):
    """A permanent problem with one input (unreadable, empty, wrong format); record it and go on."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


class NoArticleError(InputError):
    """The input was read but holds no article (home page, error page, binary data...)."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(f"no article found: {reason}", source)
        self.detail = reason


class TransientError(DiembaoError):
    """A problem that may go away if retried later (network, 5xx, locked database)."""


class QueryError(DiembaoError):
    """A malformed search query; `position` is the character offset of the problem."""

    def __init__(self, message: str, position: int | None = None) -> None:
        self.position = position
        where = f" (at character {position})" if position is not None else ""
        super().__init__(f"{message}{where}")
