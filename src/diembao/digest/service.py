"""Digest and report jobs against a store: what `diembao digest`, `report`, `run` and the demo call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from diembao import settings
from diembao.digest.build import build_digest
from diembao.digest.model import Digest
from diembao.digest.render import FORMATS, render
from diembao.digest.source import StoreSource
from diembao.errors import DiembaoError


class DigestError(DiembaoError):
    """A digest cannot be made as asked (no watchlist, unknown watchlist, bad period)."""


def local_tz() -> ZoneInfo:
    return ZoneInfo(settings.get("timezone"))


def today() -> date:
    return datetime.now(local_tz()).date()


def digest_time() -> time:
    raw = settings.get("digest_time")
    try:
        h, m = (int(x) for x in raw.split(":"))
        return time(h, m)
    except ValueError as exc:
        raise DigestError(f"DIEMBAO_DIGEST_TIME must look like 06:00, not {raw!r}") from exc


@dataclass
class Context:
    store: Any
    index: Any
    lists: Any


def open_context(db: str | Path | None) -> Context:
    from diembao.search.service import db_path, open_index
    from diembao.store import open_store
    from diembao.watch.watchlists import Watchlists

    store = open_store(db_path(db))
    return Context(store, open_index(db), Watchlists(store.connection))


def pick_watchlists(lists: Any, names: Sequence[str]) -> list[Any]:
    if names:
        out = []
        for n in names:
            try:
                out.append(lists.get(n))
            except Exception as exc:
                raise DigestError(str(exc)) from exc
        return out
    chosen = list(lists.list(enabled_only=True))
    if not chosen:
        raise DigestError(
            "no watchlist is switched on: add one first, e.g. "
            '`diembao watchlists add --preset "Chuyển đổi số"` or `diembao watchlists add NAME QUERY`'
        )
    return chosen


def make_digest(
    ctx: Context, since: date, until: date, names: Sequence[str] = (), unit: str | None = None
) -> Digest:
    if until < since:
        raise DigestError(f"the period ends ({until}) before it starts ({since})")
    source = StoreSource(ctx.store)
    return build_digest(
        ctx.index,
        pick_watchlists(ctx.lists, names),
        source.lookup,
        source.story_members,
        since=since,
        until=until,
        unit=unit or settings.get("unit_name"),
    )


def make_report(
    ctx: Context, since: date, until: date, chart_dir: Path, names: Sequence[str] = (),
    unit: str | None = None, label: str | None = None,
) -> Digest:  # fmt: skip
    from diembao.digest.report import build_report

    return build_report(
        ctx.store, ctx.index, pick_watchlists(ctx.lists, names), since=since, until=until,
        unit=unit or settings.get("unit_name"), chart_dir=chart_dir, label=label,
    )  # fmt: skip


def default_name(prefix: str, since: date, until: date, fmt: str) -> str:
    span = since.isoformat() if since == until else f"{since.isoformat()}_{until.isoformat()}"
    return f"{prefix}-{span}.{fmt}"  # each format's name is its file extension


def write(digest: Digest, fmt: str, out: Path) -> Path:
    if fmt not in FORMATS:
        raise DigestError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return render(digest, fmt, out)
