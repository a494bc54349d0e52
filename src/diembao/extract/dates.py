"""Publication dates in the forms Vietnamese pages print them, to ISO 8601 with an offset."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

VN_OFFSET = "+07:00"

_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)
# d/m/yyyy or d-m-yyyy or d.m.yyyy (day first, as Vietnamese pages print them)
_DMY = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?![\d/])")
_HM = re.compile(
    r"(?<![\d:])(?P<H>\d{1,2})\s*(?::|h|g|giờ)\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)\s*(?:phút\s*)?"
    r"(?P<ap>AM|PM|SA|CH)?",
    re.I,
)
_GMT = re.compile(r"GMT\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?", re.I)
# "ngày 3 tháng 1 năm 2024"
_WORDS = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm|,)\s*(?P<y>\d{4})", re.I)
_EPOCH = re.compile(r"^\d{10}$")


def _fmt(y: int, m: int, d: int, hh: int | None, mm: int, ss: int, tz: str) -> str | None:
    try:
        datetime(y, m, d)
    except ValueError:
        return None
    if not 1990 <= y <= 2100:
        return None
    if hh is None:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if not (0 <= hh < 24 and 0 <= mm < 60 and 0 <= ss < 60):
        return f"{y:04d}-{m:02d}-{d:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}{tz}"


def _tz(raw: str | None) -> str:
    if not raw:
        return VN_OFFSET
    if raw == "Z":
        return "+00:00"
    raw = raw.replace(":", "")
    return f"{raw[:3]}:{raw[3:5]}"


def parse_iso(value: str) -> str | None:
    """An ISO-like machine date (meta tags, JSON-LD) -> ISO 8601; local time gets +07:00."""
    value = value.strip()
    if _EPOCH.match(value):
        dt = datetime.fromtimestamp(int(value), tz=timezone(timedelta(hours=7)))
        return dt.isoformat()
    m = _ISO.search(value)
    if not m:
        return parse_visible(value)
    hh = int(m["H"]) if m["H"] else None
    return _fmt(int(m["y"]), int(m["m"]), int(m["d"]), hh, int(m["M"] or 0), int(m["S"] or 0), _tz(m["tz"]))


def parse_visible(text: str) -> str | None:
    """A date line as printed ("Thứ tư, 3/1/2024, 10:25 (GMT+7)", "10:25 ngày 03/01/2024",
    "03-01-2024 - 10:25 AM") -> ISO 8601 (+07:00 unless the line says otherwise), else None."""
    text = text.replace("\xa0", " ")
    m = _DMY.search(text) or _WORDS.search(text)
    if not m:
        iso = _ISO.search(text)
        if iso and iso["H"]:
            return parse_iso(iso.group(0))
        if iso:
            return _fmt(int(iso["y"]), int(iso["m"]), int(iso["d"]), None, 0, 0, VN_OFFSET)
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    rest = text[: m.start()] + " " + text[m.end() :]
    t = _HM.search(rest)
    hh: int | None = None
    mm = ss = 0
    if t:
        hh, mm, ss = int(t["H"]), int(t["M"]), int(t["S"] or 0)
        ap = (t["ap"] or "").upper()
        if ap in ("PM", "CH") and hh < 12:
            hh += 12
        elif ap in ("AM", "SA") and hh == 12:
            hh = 0
    tz = VN_OFFSET
    g = _GMT.search(text)
    if g:
        tz = f"{g['sign']}{int(g['h']):02d}:{g['m'] or '00'}"
    return _fmt(y, mo, d, hh, mm, ss, tz)


def has_date(text: str) -> bool:
    """Whether a short line carries a full day/month/year date."""
    return bool(_DMY.search(text) or _WORDS.search(text) or _ISO.search(text))
