"""Period reports (báo cáo tháng/năm): coverage per watchlist, outlet, topic and tone, the top
stories and people, with trend charts, in the same model (and formats) as the daily digest."""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from diembao.digest.build import ArticleInfo, build_digest
from diembao.digest.model import Chart, Digest
from diembao.digest.source import StoreSource
from diembao.watch.service import local_day
from diembao.watch.trends import TrendRow, draw_chart, period_of, trend_rows
from diembao.watch.watchlists import Watchlist

TOP_PEOPLE = 15
TABLE_ROWS = 20
TONE_NAMES = {"positive": "Tích cực", "neutral": "Trung tính", "negative": "Tiêu cực"}


def month_bounds(month: str) -> tuple[date, date]:
    """ "2024-01" -> (2024-01-01, 2024-01-31)."""
    try:
        y, m = (int(x) for x in month.split("-"))
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    except (ValueError, TypeError) as exc:
        raise ValueError(f"--month must look like 2024-01, not {month!r}") from exc


def year_bounds(year: str) -> tuple[date, date]:
    try:
        y = int(year)
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError as exc:
        raise ValueError(f"--year must look like 2023, not {year!r}") from exc


def _tone_rows(infos: Sequence[ArticleInfo], by: str) -> list[TrendRow]:
    counts: Counter[tuple[str, str]] = Counter()
    for i in infos:
        day = local_day(i.published)
        if day is not None:
            counts[(period_of(day, by), TONE_NAMES.get(i.tone or "", i.tone or "(không rõ)"))] += 1
    return [TrendRow(p, "Sắc thái", t, c) for (p, t), c in sorted(counts.items())]


def build_report(
    store: Any,
    index: Any,
    watchlists: Sequence[Watchlist],
    *,
    since: date,
    until: date,
    unit: str,
    chart_dir: Path,
    label: str | None = None,
) -> Digest:
    """The period report of [since, until] over `watchlists` (charts written under `chart_dir`)."""
    source = StoreSource(store)
    d = build_digest(
        index, watchlists, source.lookup, source.story_members, since=since, until=until, unit=unit,
        max_stories=10,
    )  # fmt: skip
    d.title = "BÁO CÁO TỔNG HỢP THÔNG TIN BÁO CHÍ"
    if label:
        d.period_label = label
    # Totals over the union of the watchlists' articles (one query per watchlist: a union query
    # of every preset would pass the query language's clause limit).
    window = f"since:{since.isoformat()} until:{until.isoformat()}"
    ids: dict[str, None] = {}
    for w in watchlists:
        ids.update(dict.fromkeys(index.ids(f"({w.query}) {window}", strict=True)))
    infos = list(source.lookup(list(ids)).values())
    d.tables["Số bài theo danh mục theo dõi"] = [(s.name, s.articles) for s in d.sections]
    d.tables["Số bài theo báo"] = Counter(i.outlet or "(không rõ)" for i in infos).most_common(TABLE_ROWS)
    d.tables["Số bài theo chủ đề"] = Counter(i.topic or "(không rõ)" for i in infos).most_common(TABLE_ROWS)
    tones = Counter(TONE_NAMES.get(i.tone or "", i.tone or "(không rõ)") for i in infos)
    d.tables["Sắc thái"] = tones.most_common()

    people: Counter[str] = Counter()
    for info in infos:
        for name in dict.fromkeys(info.persons):
            people[name] += 1
    d.top_people = [(p, c) for p, c in people.most_common(TOP_PEOPLE) if c > 1] or people.most_common(5)

    days = (until - since).days + 1
    by = "day" if days <= 62 else "week" if days <= 370 else "month"
    stem = f"{since.isoformat()}-{until.isoformat()}"
    rows = trend_rows(index, watchlists, by=by, since=since.isoformat(), until=until.isoformat())
    if rows:
        png, svg = draw_chart(rows, chart_dir / f"xu-huong-{stem}")
        d.charts.append(Chart("Diễn biến số bài theo danh mục theo dõi", str(png), str(svg)))
    tone_rows = _tone_rows(infos, by)
    if tone_rows:
        title = "Sắc thái các bài theo dõi theo thời gian"
        png, svg = draw_chart(tone_rows, chart_dir / f"sac-thai-{stem}", title=title)
        d.charts.append(Chart(title, str(png), str(svg)))
    return d
