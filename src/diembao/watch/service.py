"""Watchlists against a store: counts kept up to date at ingest, and the alert check."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from diembao.search.index import SearchIndex
from diembao.watch.alerts import channels_from_settings, deliver, spike_alerts, story_alerts
from diembao.watch.watchlists import Watchlists, refresh_counts

VN = timezone(timedelta(hours=7))


def local_day(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        dt = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=VN)).astimezone(VN).date().isoformat()


def attach(store: Any, index: SearchIndex) -> None:
    """After each committed ingest batch (and after the index saw it), refresh the daily counts
    of the days the batch touched. Register after `diembao.search.service.attach`."""
    lists = Watchlists(store.connection)

    def on_batch(st: Any, changed: Iterable[str], deleted: Iterable[str]) -> None:
        days = set()
        for i in changed:
            a = st.get_article(i)
            if a is not None and (d := local_day(a.published)):
                days.add(d)
        if days and lists.list(enabled_only=True):
            refresh_counts(lists, index, days)

    store.add_listener(on_batch)


def check_alerts(
    db: str | Path | None, day: date, *, min_outlets: int = 5, dry_run: bool = False
) -> list[str]:
    """Spike and wide-story alerts for `day`, delivered once per channel. Returns report lines."""
    from diembao.search.service import db_path, open_index
    from diembao.store import open_store

    store = open_store(db_path(db))
    index = open_index(db)
    lists = Watchlists(store.connection)
    days = {(day - timedelta(days=i)).isoformat() for i in range(15)}
    refresh_counts(lists, index, days)
    series = {
        w.name: lists.daily(w.name, since=min(days), until=max(days)) for w in lists.list(enabled_only=True)
    }
    alerts = spike_alerts(series, day.isoformat())
    window = f"since:{(day - timedelta(days=1)).isoformat()} until:{day.isoformat()}"
    alerts += story_alerts(index.stories(window, min_outlets), min_outlets)
    lines = [f"{a.kind}: {a.text}" for a in alerts]
    if dry_run or not alerts:
        return lines or ["no alerts"]
    channels = channels_from_settings()
    if not channels:
        return [
            *lines,
            "no channel configured (set DIEMBAO_WEBHOOK_URL or DIEMBAO_SMTP_HOST + DIEMBAO_MAIL_TO)",
        ]
    rep = deliver(alerts, channels, store.connection)
    lines += [f"sent {k} via {c}" for k, c in rep.sent]
    lines += [f"already sent {k} via {c}" for k, c in rep.skipped]
    lines += [f"FAILED {k} via {c}: {why}" for k, c, why in rep.failed]
    return lines
