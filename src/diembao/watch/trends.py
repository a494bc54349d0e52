"""Trends: how much a watchlist's subject is covered per day, week or month, optionally split by
outlet, topic or tone; as rows, CSV, and a chart (PNG and SVG) to paste into a report."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from diembao.watch.watchlists import Watchlist

BY = ("day", "week", "month")
SPLITS = ("outlet", "topic", "tone")


@dataclass
class TrendRow:
    period: str
    watchlist: str
    split: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period, "watchlist": self.watchlist, "split": self.split, "count": self.count}


def _fill_periods(periods: Sequence[str], by: str) -> list[str]:
    """Every period between the first and the last, so quiet days show as zeros on a chart."""
    if not periods or by == "month":
        if by == "month" and periods:
            y, m = map(int, periods[0].split("-"))
            last = periods[-1]
            out = []
            while f"{y:04d}-{m:02d}" <= last:
                out.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            return out
        return list(periods)
    step = timedelta(days=1 if by == "day" else 7)
    d, end = date.fromisoformat(periods[0]), date.fromisoformat(periods[-1])
    out = []
    while d <= end:
        out.append(d.isoformat())
        d += step
    return out


def trend_rows(
    index: Any, watchlists: Sequence[Watchlist], by: str = "day", split: str | None = None,
    since: str | None = None, until: str | None = None,
) -> list[TrendRow]:  # fmt: skip
    """Counts per period for each watchlist (strict matching, as watchlist counts are)."""
    if by not in BY:
        raise ValueError(f"--by must be one of {', '.join(BY)}")
    if split is not None and split not in SPLITS:
        raise ValueError(f"--split must be one of {', '.join(SPLITS)}")
    hists: dict[str, dict[str, dict[str, int]]] = {}
    for w in watchlists:
        query = w.query if not (since or until) else f"({w.query})"
        if since:
            query += f" since:{since}"
        if until:
            query += f" until:{until}"
        hists[w.name] = index.histogram(query, by, split, strict=True)
    # One shared, gap-free axis for every watchlist (the asked period when bounded).
    seen = {p for h in hists.values() for p in h}
    seen.update(period_of(x, by) for x in (since, until) if x)
    rows: list[TrendRow] = []
    for period in _fill_periods(sorted(seen), by):
        for name, hist in hists.items():
            values = hist.get(period, {})
            if not values:
                rows.append(TrendRow(period, name, "", 0))
            for key, count in sorted(values.items()):
                rows.append(TrendRow(period, name, key, count))
    return rows


def period_of(day: str, by: str) -> str:
    """The period a local day ("2024-01-03") falls in: the day, its week's Monday, or "2024-01"."""
    if by == "month":
        return day[:7]
    d = date.fromisoformat(day[:10])
    return (d - timedelta(days=d.weekday())).isoformat() if by == "week" else d.isoformat()


def to_csv(rows: Sequence[TrendRow]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["period", "watchlist", "split", "count"])
    for r in rows:
        w.writerow([r.period, r.watchlist, r.split, r.count])
    return buf.getvalue()


def draw_chart(rows: Sequence[TrendRow], out_stem: Path, title: str = "") -> tuple[Path, Path]:
    """Write <stem>.png and <stem>.svg: one line per watchlist (or per split value when one
    watchlist is split). Returns both paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(dict.fromkeys(r.watchlist for r in rows))
    split_mode = len(names) == 1 and any(r.split for r in rows)
    periods = sorted({r.period for r in rows})
    series: dict[str, dict[str, int]] = {}
    for r in rows:
        label = (r.split or "(khác)") if split_mode else r.watchlist
        series.setdefault(label, {})
        series[label][r.period] = series[label].get(r.period, 0) + r.count
    if split_mode and len(series) > 8:  # keep a readable legend: top 7 + the rest
        totals = sorted(series, key=lambda k: -sum(series[k].values()))
        keep, rest = totals[:7], totals[7:]
        other: dict[str, int] = {}
        for k in rest:
            for p, c in series.pop(k).items():
                other[p] = other.get(p, 0) + c
        series = {k: series[k] for k in keep} | {"khác": other}
    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=110)
    xs = range(len(periods))
    for label, values in series.items():
        ax.plot(xs, [values.get(p, 0) for p in periods], marker="o", markersize=3, linewidth=1.6, label=label)
    step = max(1, len(periods) // 12)
    ax.set_xticks(list(xs)[::step])
    ax.set_xticklabels(periods[::step], rotation=35, ha="right", fontsize=8)
    ax.set_ylabel("Số bài")
    ax.set_title(title or ("Diễn biến: " + ", ".join(names)), fontsize=11)
    ax.grid(alpha=0.3)
    ax.set_ylim(bottom=0)
    if series:
        ax.legend(fontsize=8, loc="upper left", frameon=False)
    fig.tight_layout()
    out_stem.parent.mkdir(parents=True, exist_ok=True)
    png, svg = out_stem.with_suffix(".png"), out_stem.with_suffix(".svg")
    fig.savefig(png)
    fig.savefig(svg)
    plt.close(fig)
    return png, svg
