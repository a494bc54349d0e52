"""Officials' positions: (person, title, org_or_place, qualifier) stated in the text.

Follows /work/shared/ANNOTATION.md: a title before a name ("Tổng Bí thư Nguyễn Phú Trọng") or in
apposition after it ("ông Lâm Văn Mẫn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sóc Trăng");
territorial organs keep the organ in the title and give the place ("Bí thư Tỉnh ủy", "Sóc Trăng");
uniquely named bodies give the role and the body ("Bộ trưởng", "Bộ Tư pháp"); "Phó X" is title X
with qualifier "phó", "nguyên"/"cựu" give "nguyên", "quyền" gives "quyền".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diembao.enrich.entities import Span, extract_entities, find_spans
from diembao.enrich.gazetteer import gazetteer, low_key
from diembao.model import Entity, Position

__all__ = ["extract_positions"]

_TOKEN = re.compile(r"[^\W_]+")
# "Phó" forms that stand for a deputy of another title.
_DEPUTY_SUFFIX = {
    "vụ phó": "Vụ trưởng",
    "cục phó": "Cục trưởng",
    "viện phó": "Viện trưởng",
    "trưởng phó": "Trưởng",
    "phó phòng": "Trưởng phòng",
    "phó ban": "Trưởng ban",
    "phó khoa": "Trưởng khoa",
    "phó đoàn": "Trưởng đoàn",
    "phó văn phòng": "Chánh Văn phòng",
}
_STANDALONE_ORG = {"thủ tướng chính phủ": "Thủ tướng", "phó thủ tướng chính phủ": "Thủ tướng"}
_TERR = (
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "ubnd",
    "hđnd",
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "công an",
    "tand",
    "vksnd",
    "sở",
    "tòa án nhân dân",
    "viện kiểm sát nhân dân",
    "đảng ủy",
    "ubmttq",
    "mttq",
    "ủy ban mttq",
    "phòng",
    "ban",
)


def _parse_title(text: str, pos: int, spans: list[Span], limit: int) -> tuple[str, str, str, int] | None:
    """A title phrase starting at `pos` (before `limit`): (title, org_or_place, qualifier, end)."""
    g = gazetteer()
    toks = [(m.start() + pos, m.end() + pos, m.group()) for m in _TOKEN.finditer(text[pos:limit])]
    if not toks:
        return None
    k = 0
    quals: list[str] = []
    lows = [low_key(t[2]) for t in toks]
    while k < len(toks) and lows[k] in ("nguyên", "cựu", "quyền", "phó"):
        if lows[k] in ("nguyên", "cựu"):
            quals.append("nguyên")
        elif lows[k] == "quyền":
            quals.append("quyền")
        else:
            quals.append("phó")
        k += 1
    best: tuple[int, str] | None = None
    for ln in range(min(g.title_max, len(toks) - k), 0, -1):
        key = " ".join(lows[k : k + ln])
        if key in g.titles:
            best = (k + ln, key)
            break
        if key in _DEPUTY_SUFFIX:
            best = (k + ln, key)
            break
    if best is None:
        return None
    if (
        not toks[k][2][0].isupper()
        and g.titles.get(best[1]) != "occupation"
        and best[1] not in _DEPUTY_SUFFIX
        # lower-case titles are common words, except these few written lower case in apposition
        and best[1] not in ("chủ tịch", "giám đốc", "bí thư", "tổng giám đốc", "phó", "trưởng phòng")
    ):
        return None
    end_k, key = best
    title = g.title_forms.get(key, text[toks[k][0] : toks[end_k - 1][1]])
    if key in _DEPUTY_SUFFIX:
        title = _DEPUTY_SUFFIX[key]
        quals.append("phó")
    if key == "phó":
        return None
    if key in _STANDALONE_ORG:
        title = _STANDALONE_ORG[key]
    end = toks[end_k - 1][1]
    # title as written (keep the article's capitalisation of the role words)
    if key not in _DEPUTY_SUFFIX and key not in _STANDALONE_ORG:
        title = text[toks[k][0] : end]
        if "phó" in quals and title.lower().startswith("phó "):
            title = title[4:]
    org_or_place = ""
    kind = g.titles.get(key, "role")
    if kind == "standalone":
        loc = _span_at(spans, end, limit)
        if loc is not None and loc.type == "LOC":
            org_or_place, end = loc.name, loc.end  # "Quốc vương Campuchia", "Thủ tướng Nhật Bản"
    else:
        org = _span_at(spans, end, limit)
        if org is not None:
            place = _trailing_place(spans, org)
            surface = text[org.start : org.end]
            head = org.head
            if org.type == "ORG" and place is not None and (head in _TERR or _starts_terr(surface)):
                organ = text[org.start : place.start].rstrip(" ,.")
                title = f"{title} {organ}"
                org_or_place = text[place.start : place.end]
            elif (org.type == "ORG" and head in _TERR and org.bare) or (
                org.type == "ORG" and _is_level_only(surface)
            ):
                title = f"{title} {surface}"
            else:
                org_or_place = org.name if org.type != "PER" else ""
            end = org.end
    qual = " ".join(dict.fromkeys(quals))
    if qual == "phó nguyên":
        qual = "nguyên phó"
    return title.strip(), org_or_place, qual, end


def _starts_terr(surface: str) -> bool:
    low = low_key(surface)
    return any(low.startswith(t + " ") for t in _TERR)


def _is_level_only(surface: str) -> bool:
    low = low_key(surface).split()
    return len(low) >= 2 and low[-1] in ("tỉnh", "huyện", "xã", "phường", "quận", "tp", "thành", "phố")


def _span_at(spans: list[Span], pos: int, limit: int) -> Span | None:
    """The longest ORG/LOC span starting right after `pos` (one space)."""
    best: Span | None = None
    for s in spans:
        ok = s.type in ("ORG", "LOC") and not s.nested and pos < s.start <= pos + 1 and s.end <= limit + 200
        if ok and (best is None or s.end > best.end):
            best = s
    return best


def _trailing_place(spans: list[Span], org: Span) -> Span | None:
    for s in spans:
        if s.type == "LOC" and s.nested and org.start < s.start and s.end == org.end:
            return s
    return None


_SENT_STOP = re.compile(r"[.!?]\s|\n")


def _is_stop(text: str, m: re.Match[str]) -> bool:
    # "TP. Đà Nẵng", "Th. nói" are abbreviations: a sentence ends after a lower-case word.
    i = m.start()
    return m.group() == "\n" or (i >= 2 and text[i - 1].islower() and text[i - 2].islower())


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 250)
    a = lo
    for m in _SENT_STOP.finditer(text, lo, start):
        if _is_stop(text, m):
            a = m.end()
    b = min(end + 400, len(text))
    for m in _SENT_STOP.finditer(text, end, b):
        if _is_stop(text, m):
            b = m.start()
            break
    return a, b


def extract_positions(
    text: str, entities: Sequence[Entity] | None = None, docref_spans: Sequence[tuple[int, int]] | None = None
) -> list[Position]:
    """Positions stated for named persons in `text` (deduplicated; "nguyên" beats a current form)."""
    if not text or not text.strip():
        return []
    spans = find_spans(text, docref_spans)
    if entities is None:
        entities = extract_entities(text, docref_spans=docref_spans)
    canon: dict[tuple[int, int], str] = {}
    for e in entities:
        if e.type == "PER":
            for m in e.mentions:
                canon[(m.start, m.end)] = e.name
    persons = [s for s in spans if s.type == "PER"]
    found: list[Position] = []
    for p in persons:
        name = canon.get((p.start, p.end), text[p.start : p.end])
        lo, hi = _sentence_bounds(text, p.start, p.end)
        found.extend(_before(text, p, name, spans, lo))
        found.extend(_after(text, p, name, spans, hi))
    return _dedup(found)


_BEFORE_WINDOW = 120


def _before(text: str, p: Span, name: str, spans: list[Span], lo: int) -> list[Position]:
    """Title phrase ending right before the name ("Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn")."""
    start = max(lo, p.start - _BEFORE_WINDOW)
    window = text[start : p.start]
    out: list[Position] = []
    # candidate starts: every token start in the window, earliest first, so the longest phrase wins
    for m in _TOKEN.finditer(window):
        s = start + m.start()
        if not m.group()[0].isupper() and low_key(m.group()) not in ("nguyên", "cựu", "quyền", "phó"):
            continue
        parsed = _parse_title(text, s, spans, p.start)
        if parsed is None:
            continue
        title, org, qual, end = parsed
        between = text[end : p.start]
        if between.strip(" ") == "" or (between.strip() in ("là",)):
            out.append(Position(name, title, org, qual))
            break
    return out


def _after(text: str, p: Span, name: str, spans: list[Span], hi: int) -> list[Position]:
    """Apposition: "Name, Title Org, Title Org ..." or "Name (Title ...)" or "Name - Title"."""
    out: list[Position] = []
    pos = p.end
    while pos < hi:
        m = re.match(r"\s*(?:,|\(|–|-|là)\s*", text[pos:hi])
        if m is None:
            break
        s = pos + m.end()
        parsed = _parse_title(text, s, spans, hi)
        if parsed is None:
            break
        title, org, qual, end = parsed
        out.append(Position(name, title, org, qual))
        pos = end
        # "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh"
        k = re.match(r"\s*(?:kiêm|,|và)\s*", text[pos:hi])
        if k is not None and _parse_title(text, pos + k.end(), spans, hi) is not None:
            continue
        if text[pos : pos + 1] == ")":
            break
    return out


def _dedup(found: list[Position]) -> list[Position]:
    seen: dict[tuple[str, str, str], Position] = {}
    for p in found:
        key = (p.person, low_key(p.title), p.qualifier)
        if key not in seen or (not seen[key].org_or_place and p.org_or_place):
            seen[key] = p
    out = list(seen.values())
    # The latest status wins: a "nguyên" form drops the current form of the same title.
    former = {(p.person, low_key(p.title)) for p in out if p.qualifier.startswith("nguyên")}
    return [p for p in out if p.qualifier.startswith("nguyên") or (p.person, low_key(p.title)) not in former]
