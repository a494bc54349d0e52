"""Dates in Vietnamese news: "Ngày 3/1", "sáng 22/10", "14h30 ngày 30/1/2019", "tháng 7/2024", "năm 2023",
"quý II/2005", "nhiệm kỳ 2020 - 2025", "từ 1/1 đến 15/3", "SN 1985"; and relative ones resolved
against the publish date ("hôm qua", "tuần trước", "tháng 8 năm ngoái").

Surfaces and `iso` follow /work/shared/ANNOTATION.md: "2024-01-03", "XXXX-01-03", "2024-07", "2023",
"2005-Q2", "2020/2025". The year of a partial date is never taken from the rest of the article: it
only goes to `resolved`, which needs `published`. Purely relative expressions have `iso == ""`
and are returned only with `include_relative=True` (the conventions do not count them as dates).
Hand-written rules: dateparser/htmldate handle one date string, not dates inside running text.
"""

from __future__ import annotations

import datetime as dt
import re

from diembao.enrich.docrefs import find_docrefs, inside, normalised_view, to_original, to_view
from diembao.model import DateExpr
from diembao.text import canonical_chars

_W = r"A-Za-zÀ-ỹĐđ"


def _c(p: str) -> re.Pattern[str]:
    # A date never spans a line break ("Năm\n1975" in a table is two cells).
    return re.compile(canonical_chars(p).replace(r"\s", r"[ \t]"))


_PART = r"(?:[Cc]hiều tối|[Ss]áng sớm|[Rr]ạng sáng|[Ss]áng sớm|[Nn]ửa đêm|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Kk]huya)"
_CLOCK = r"(?P<h>\d{1,2})\s?(?:h|g|giờ)\s?(?P<mi>\d{2})?(?:\s?(?:phút|'))?"
_INTRO = r"(?:[Nn]gày|[Hh]ôm|[Mm]ùng|[Mm]ồng)"
_MOD = r"(?P<mod>[Đđ]ầu|[Gg]iữa|[Cc]uối)"
_D = r"(?P<d>[0-3]?\d)"
_M = r"(?P<m>[01]?\d)"
_Y = r"(?P<y>(?:1[89]|20)\d{2})"
_SEP = r"[/.-]"

# Day-month(-year) with its optional prefix (clock, part of day, intro word).
_PREFIX = rf"(?:(?:{_CLOCK})\s*,?\s*)?(?:(?P<part>{_PART})\s+)?(?:(?P<intro>{_INTRO})\s+)?"
_RE_DMY = _c(
    rf"(?<![\w/.,-]){_PREFIX}{_D}(?:\s*-\s*(?P<d2>[0-3]?\d))?(?P<sep>{_SEP}){_M}(?:(?P=sep){_Y})?(?![\w]|[/.,-]\d)"
)
_RE_DMY_WORDS = _c(rf"(?<![\w]){_PREFIX}{_D}\s+tháng\s+{_M}(?:\s*(?:năm|,)\s+{_Y})?(?![\w])")
_RE_MONTH = _c(
    rf"(?<![\w])(?:{_MOD}\s+)?(?:[Tt]háng)\s+{_M}(?:(?:\s*/\s*|\s+năm\s+|[-.]){_Y})?(?P<rel>\s+năm\s+(?:ngoái|trước|nay|sau|tới))?(?![\w/])"
)
_RE_MY = _c(rf"(?<![\w/.,-]){_M}/{_Y}(?![\w/]|[.,]\d)")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_RE_QUARTER = _c(
    rf"(?<![\w])(?:{_MOD}\s+)?(?:quý|Quý)\s+(?P<q>IV|III|II|I|[1-4])(?:(?:\s*/\s*|\s+năm\s+|-){_Y})?(?![\w])"
)
_RANGE_INTRO = r"(?:[Nn]hiệm kỳ|[Gg]iai đoạn|[Tt]hời kỳ|[Nn]iên khóa|[Nn]iên độ|[Kk]hóa)"
_RE_YEAR_RANGE = _c(
    rf"(?<![\w/])(?:(?P<intro>{_RANGE_INTRO}|[Nn]ăm|[Tt]ừ năm|[Tt]ừ)\s+)?(?P<y1>(?:19|20)\d{{2}})\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?P<y2>(?:19|20)\d{{2}})(?![\w/])"
)
_RE_YEAR = _c(rf"(?<![\w])(?:{_MOD}\s+)?(?P<intro>[Nn]ăm|SN)\s+{_Y}(?![\w/])")
_RE_BARE_YEAR = _c(r"(?<![\w/.,-])(?P<y>(?:19[4-9]|20[0-4])\d)(?![\w/]|[.,]\d)")
# Left context that makes a bare 4-digit number a year ("từ 2005", "(2005)", "SEA Games 2003").
_YEAR_LEFT = _c(
    r"(?:từ|đến|tới|trong|mùa|vụ|hồi|vào|dịp|kể từ|sau|trước|Tết|Games|Cup|Euro|APEC|ASEM|khóa|\(|–|-|,|và)\s*$"
)
_UNIT_AFTER = _c(
    r"\s*(?:người|đồng|USD|tỷ|triệu|nghìn|ngàn|ha|km|m|tấn|con|chiếc|cái|hộ|lượt|ca|xe|căn|lần|%|học|"
    r"sinh|doanh|đơn|trường|cây|kg|lít|m2|m3|điểm|phút|giờ|ngày|tháng|km2|bệnh|cán|thí|vận|hồ|hạt|suất|"
    r"bài|trang|hecta|ô|bộ|cuốn|tác|giáo|nhà|mẫu|mét|cm|mm|MW|kW|tàu|căn hộ|gói|phòng|giường)(?![\w])"
)
_REL: list[tuple[str, str]] = [
    (r"hôm qua|tối qua|đêm qua|sáng qua|chiều qua|trưa qua", "day-1"),
    (r"hôm kia", "day-2"),
    (r"hôm nay|sáng nay|chiều nay|tối nay|trưa nay|đêm nay|ngày hôm nay", "day+0"),
    (r"ngày mai|sáng mai|chiều mai|tối mai", "day+1"),
    (r"tuần trước|tuần qua", "week-1"),
    (r"tuần này|tuần nay", "week+0"),
    (r"tuần tới|tuần sau", "week+1"),
    (r"tháng trước|tháng qua", "month-1"),
    (r"tháng này|tháng nay", "month+0"),
    (r"tháng tới|tháng sau", "month+1"),
    (r"năm ngoái|năm trước|năm qua", "year-1"),
    (r"năm nay", "year+0"),
    (r"năm tới|năm sau", "year+1"),
]
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_RE_REL = re.compile(
    canonical_chars(
        r"(?<![\w])(?:(?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s+)?(?P<rel>"
        + "|".join(f"(?:{p})" for p, _ in _REL)
        + r")(?![\w])"
    ),
    re.IGNORECASE,
)
_MODS = {"đầu": "early", "giữa": "mid", "cuối": "late"}


def _valid(d: int | None, m: int | None) -> bool:
    return (m is None or 1 <= m <= 12) and (d is None or 1 <= d <= 31)


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str:
    ys = f"{y:04d}" if y else "XXXX"
    if m is None:
        return ys
    if d is None:
        return f"{ys}-{m:02d}"
    return f"{ys}-{m:02d}-{d:02d}"


def _pub(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _nearest_year(pub: dt.date, m: int, d: int | None) -> int:
    # The year that puts the date nearest the publish date; a date up to ~2 months ahead is
    # allowed (announcements), further ahead means last year.
    best, best_cost = pub.year, 10**9
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cand = dt.date(y, m, d or 15)
        except ValueError:
            continue
        delta = (cand - pub).days
        cost = delta * 3 if delta > 0 else -delta
        if cost < best_cost:
            best, best_cost = y, cost
    return best


_RE_DIRECTION = re.compile(canonical_chars(r"[ \t]+(tới|sắp tới|vừa qua|trước|qua)(?![\w])"))


def _resolve_iso(iso: str, pub: dt.date | None, direction: str | None = None) -> str | None:
    if "XXXX" not in iso:
        return iso
    if pub is None:
        return None
    m = re.fullmatch(r"XXXX-(\d{2})(?:-(\d{2}))?", iso)
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    y = _nearest_year(pub, month, day)
    if direction is not None:
        ahead = (month, day or 1) > (pub.month, pub.day) if day else month > pub.month
        if direction in {"tới", "sắp tới"}:
            y = pub.year if ahead or (month, day) == (pub.month, pub.day) else pub.year + 1
        else:
            y = pub.year - 1 if ahead else pub.year
    return _iso(y, month, day)


def _shift_month(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def _resolve_relative(kind: str, weekday: str | None, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    unit, n = kind[:-2].rstrip("+-"), int(kind[-2:])
    if unit == "day":
        return (pub + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=n)
        if weekday:
            w = weekday.lower().split()
            idx = 6 if w[0] == "chủ" else _WEEKDAYS.get(canonical_chars(w[-1]), 0)
            return (monday + dt.timedelta(days=idx)).isoformat()
        y, wk, _ = monday.isocalendar()
        return f"{y}-W{wk:02d}"
    if unit == "month":
        y, m = _shift_month(pub, n)
        return f"{y:04d}-{m:02d}"
    return f"{pub.year + n:04d}"


def find_dates(
    text: str,
    published: str | None = None,
    *,
    docref_spans: list[tuple[int, int]] | None = None,
    include_relative: bool = False,
) -> list[DateExpr]:
    """Dates in `text` (offsets into it), partial ones resolved in `resolved` when `published` is given.

    Numbers inside document references are skipped (pass `docref_spans` to avoid re-detecting them).
    With `include_relative`, relative expressions come too, with `iso == ""`.
    """
    if not text:
        return []
    view, index = normalised_view(text)
    if docref_spans is None:
        refs = find_docrefs(text)
        docref_spans = sorted((r.start, r.end) for r in refs)
    skip = [(to_view(index, s), to_view(index, e)) for s, e in docref_spans]
    pub = _pub(published)
    cands: list[tuple[int, int, str, str | None, str | None]] = []  # start, end, iso, time, resolved

    def clock(m: re.Match[str]) -> str | None:
        if m.groupdict().get("h") is None:
            return None
        h = int(m.group("h"))
        mi = int(m.group("mi") or 0)
        return f"{h:02d}:{mi:02d}" if h < 24 and mi < 60 else None

    def add(s: int, e: int, iso: str, time: str | None = None, resolved: str | None = None) -> None:
        if inside(skip, s, e):
            return
        if resolved is None:
            # "tháng 7 tới" / "ngày 15/3 vừa qua": the direction is stated, no guessing needed.
            way = _RE_DIRECTION.match(view, e)
            resolved = _resolve_iso(iso, pub, way.group(1) if way else None)
        cands.append((s, e, iso, time, resolved))

    for m in _RE_DMY_WORDS.finditer(view):
        d, mo = int(m.group("d")), int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else None
        if _valid(d, mo):
            add(m.start(), m.end(), _iso(y, mo, d), clock(m))
    for m in _RE_DMY.finditer(view):
        d, mo = int(m.group("d")), int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else None
        if not _valid(d, mo) or (m.group("d2") and not _valid(int(m.group("d2")), mo)):
            continue
        has_context = bool(m.group("intro") or m.group("part") or m.group("h") or y)
        before = view[max(0, m.start() - 12) : m.start()]
        if not has_context:
            # A bare "16-3" or "20.2" is a date only in a date-ish context, never a score or a fraction.
            if not re.search(
                canonical_chars(r"(?:\(|từ|đến|tới|và|hôm|ngày|,|trước|sau|vào|đến hết|kể từ)\s*$"), before
            ):
                continue
            if m.group("sep") == "." and not re.search(r"\(\s*$|ngày\s*$", before):
                continue
            if m.group("sep") == "/" and re.match(r"\s*(?:số|dân|tổng|phần)", view[m.end() : m.end() + 8]):
                continue
        if (
            m.group("sep") == "-"
            and not has_context
            and re.match(r"\s*(?:người|bàn|điểm)", view[m.end() : m.end() + 8])
        ):
            continue
        if m.group("d2"):
            d2 = int(m.group("d2"))
            iso = f"{_iso(y, mo, d)}/{_iso(y, mo, d2)}"
            r1, r2 = _resolve_iso(_iso(y, mo, d), pub), _resolve_iso(_iso(y, mo, d2), pub)
            add(m.start(), m.end(), iso, clock(m), f"{r1}/{r2}" if r1 and r2 else "")
        else:
            add(m.start(), m.end(), _iso(y, mo, d), clock(m))
    for m in _RE_MONTH.finditer(view):
        mo = int(m.group("m"))
        if not _valid(None, mo):
            continue
        y = int(m.group("y")) if m.group("y") else None
        if re.match(r"\s*(?:tuổi|lương)", view[m.end() : m.end() + 6]):
            continue
        iso = _iso(y, mo)
        resolved = None
        if m.group("rel") and pub:
            word = m.group("rel").split()[-1]
            off = {"ngoái": -1, "trước": -1, "nay": 0, "sau": 1, "tới": 1}[word]
            resolved = f"{pub.year + off:04d}-{mo:02d}"
        add(m.start(), m.end(), iso, None, resolved)
    for m in _RE_MY.finditer(view):
        mo = int(m.group("m"))
        before = view[max(0, m.start() - 6) : m.start()]
        if _valid(None, mo) and not re.search(r"số\s*$", before):
            add(m.start(), m.end(), _iso(int(m.group("y")), mo))
    for m in _RE_QUARTER.finditer(view):
        y = int(m.group("y")) if m.group("y") else None
        q = _ROMAN[m.group("q")]
        iso = f"{y:04d}-Q{q}" if y else f"XXXX-Q{q}"
        add(m.start(), m.end(), iso, None, iso if y else (f"{pub.year:04d}-Q{q}" if pub else None))
    for m in _RE_YEAR_RANGE.finditer(view):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 < y2:
            add(m.start(), m.end(), f"{y1}/{y2}")
    for m in _RE_YEAR.finditer(view):
        add(m.start(), m.end(), m.group("y"))
    for m in _RE_BARE_YEAR.finditer(view):
        before = view[max(0, m.start() - 12) : m.start()]
        after = view[m.end() : m.end() + 14]
        if not _YEAR_LEFT.search(before) or _UNIT_AFTER.match(after):
            continue
        add(m.start(), m.end(), m.group("y"))
    if include_relative:
        for m in _RE_REL.finditer(view):
            kind = next(k for p, k in _REL if re.fullmatch(canonical_chars(p), m.group("rel").lower()))
            add(m.start(), m.end(), "", None, _resolve_relative(kind, m.group("wd"), pub))

    # Longest match wins; a range swallows its parts. Work in view indices, map back at the end.
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[DateExpr] = []
    last_end = -1
    for s, e, iso, time, resolved in cands:
        if s < last_end:
            continue
        last_end = e
        kept.append(DateExpr(view[s:e], s, e, iso, resolved or None, time))
    out = []
    for de in _join_ranges(view, kept):
        os_, oe = to_original(index, de.start), to_original(index, de.end)
        de.surface, de.start, de.end = text[os_:oe], os_, oe
        out.append(de)
    return out


_RE_RANGE_GAP = re.compile(canonical_chars(r"\s*(?:-|–|đến|tới|đến hết|đến ngày|tới ngày)\s*"))
_RE_FROM = re.compile(canonical_chars(r"(?:[Tt]ừ(?: ngày)?)\s+$"))


def _join_ranges(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    """ "từ 1/1 đến 15/3" -> one range; each end keeps its own iso, the range's iso is "a/b"."""
    out: list[DateExpr] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        if i + 1 < len(dates):
            b = dates[i + 1]
            gap = text[a.end : b.start]
            fm = _RE_FROM.search(text[max(0, a.start - 10) : a.start])
            if fm and a.iso and b.iso and "/" not in a.iso and _RE_RANGE_GAP.fullmatch(gap):
                start = a.start - (len(text[max(0, a.start - 10) : a.start]) - fm.start())
                a_iso = a.iso
                if a.iso.startswith("XXXX") and not b.iso.startswith("XXXX"):
                    a_iso = b.iso[:4] + a.iso[4:]
                res = f"{a.resolved}/{b.resolved}" if a.resolved and b.resolved else None
                out.append(DateExpr(text[start : b.end], start, b.end, f"{a_iso}/{b.iso}", res, a.time))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
