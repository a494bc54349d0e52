"""Named entities (PER, ORG, LOC) in Vietnamese news: gazetteers plus patterns of the genre.

Rules follow /work/shared/ANNOTATION.md: person surfaces are name tokens only (no "ông", no
title); ORG surfaces keep the organ type and place ("UBND tỉnh Đồng Tháp"); LOC surfaces drop
generic prefixes ("huyện Tam Nông" -> "Tam Nông") but keep Ho Chi Minh City's conventional forms
and the head noun of facilities ("sân bay Nha Trang"). Places inside an organisation's name are
returned as LOC mentions too (nested; a flat view drops them).

Off-the-shelf CRF NER (underthesea) scored macro F1 0.28 on this genre; a rule-and-gazetteer
pass over one token list is both more accurate here and ~100x faster (a few ms per article).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from diembao.enrich.gazetteer import TOKEN_RE, Entry, Gazetteer, gazetteer
from diembao.model import Entity, Mention
from diembao.text import canonical_chars, fold

__all__ = ["Span", "TextView", "extract_entities", "find_spans"]

# Longest input we scan; beyond it a "document" is not an article (bounded time on 5 MB input).
MAX_CHARS = 1_000_000

# --------------------------------------------------------------------------- text view


class TextView:
    """The text as canonical characters (NFC, one tone style) with an index map to the original."""

    def __init__(self, text: str) -> None:
        self.original = text
        view = canonical_chars(text)
        self.index: list[int] | None = None
        if len(view) != len(text):
            view, self.index = _aligned_view(text)
        self.view = view
        self.key = fold(view)  # length-preserving on the canonical view

    def orig(self, pos: int) -> int:
        return pos if self.index is None else self.index[pos]


def _aligned_view(text: str) -> tuple[str, list[int]]:
    # Rare (decomposed input, invisible characters): cluster by cluster, so every view index
    # maps back to the original even where normalisation changes lengths.
    parts: list[str] = []
    index: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = canonical_chars(text[i:j])
        if not piece:
            piece = " "  # invisible character: keep a separator so offsets stay aligned
        parts.append(piece)
        index.extend([i] * len(piece))
        i = j
    index.append(n)
    return "".join(parts), index


# --------------------------------------------------------------------------- tokens


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    key: str  # search key (no diacritics)
    low: str  # lower-case canonical (diacritics kept)
    cap: bool  # first character is an upper-case letter
    upper: bool  # all letters upper case, 2+ characters (acronym)
    sent: bool  # first token of a sentence / line


_SENT_END = re.compile(r"[.!?:;\n\"“”]\s*$")


def _tokens(tv: TextView) -> list[Tok]:
    out: list[Tok] = []
    view, key = tv.view, tv.key
    prev_end = 0
    for m in TOKEN_RE.finditer(view):
        s, e = m.span()
        t = m.group()
        first = t[0]
        cap = first.isupper()
        upper = len(t) > 1 and t.isupper()
        gap = view[prev_end:s] if out else "\n"
        sent = not out or bool(_SENT_END.search(gap[-4:] if gap else "")) or "\n" in gap
        out.append(Tok(s, e, t, key[s:e], t.lower(), cap, upper, sent))
        prev_end = e
    return out


def _gap(view: str, a: Tok, b: Tok) -> str:
    return view[a.end : b.start]


_NAME_GAPS = frozenset({" "})
_GAZ_GAPS = frozenset({" ", "-", " - ", "&", " & ", ". ", ".", ", ", " – ", "–", " -", "- ", "/"})


# --------------------------------------------------------------------------- spans


@dataclass
class Span:
    """One mention found in the canonical view (start/end are view indices until mapped)."""

    start: int
    end: int
    type: str
    name: str  # canonical name when known (gazetteer), else the surface
    prio: int  # lower wins among equal lengths
    nested: bool = False
    head: str = ""  # organ head for ORG ("bộ", "sở", "ubnd", ...)
    bare: bool = False  # the organ head alone ("Sở", "Bộ"): kept only as an anaphor
    sent: bool = False  # starts a sentence


# Organ heads (lower-case canonical tokens) -> category. "terr" heads are territorial organs
# named by a place ("Tỉnh ủy Sóc Trăng"): their tail is a place only, never a person's name.
_TERR_HEADS = (
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "đảng ủy",
    "đảng bộ",
    "ubnd",
    "hđnd",
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "công an",
    "tand",
    "vksnd",
    "tòa án nhân dân",
    "viện kiểm sát nhân dân",
    "viện ksnd",
    "tòa án",
    "viện kiểm sát",
    "ubmttq",
    "mttq",
    "ủy ban mặt trận tổ quốc",
    "ủy ban mttq",
    "mặt trận tổ quốc",
    "tỉnh đoàn",
    "thành đoàn",
    "huyện đoàn",
    "bộ chỉ huy quân sự",
    "bchqs",
    "kho bạc nhà nước",
    "kho bạc",
    "cục thuế",
    "chi cục thuế",
    "cục hải quan",
    "bảo hiểm xã hội",
    "bhxh",
    "liên đoàn lao động",
    "lđlđ",
    "hội nông dân",
    "hội liên hiệp phụ nữ",
    "hội lhpn",
    "hội cựu chiến binh",
    "thanh tra",
    "văn phòng ubnd",
    "văn phòng hđnd",
    "đoàn đbqh",
    "đoàn đại biểu quốc hội",
)
_NAME_HEADS = (
    "bộ",
    "sở",
    "phòng",
    "cục",
    "tổng cục",
    "chi cục",
    "vụ",
    "viện",
    "ban",
    "ủy ban",
    "hội đồng",
    "trung tâm",
    "học viện",
    "đại học",
    "đh",
    "trường đại học",
    "trường đh",
    "trường cao đẳng",
    "trường",
    "bệnh viện",
    "bv",
    "công ty",
    "cty",
    "ctcp",
    "tập đoàn",
    "tổng công ty",
    "ngân hàng",
    "hội",
    "hiệp hội",
    "liên đoàn",
    "liên hiệp",
    "quỹ",
    "đài",
    "đài truyền hình",
    "đài phát thanh",
    "thông tấn xã",
    "văn phòng",
    "cơ quan",
    "đội",
    "hợp tác xã",
    "htx",
    "nhà máy",
    "xí nghiệp",
    "ban quản lý",
    "bql",
    "viện nghiên cứu",
    "bảo tàng",
    "nhà xuất bản",
    "nxb",
    "clb",
    "câu lạc bộ",
    "sở giao dịch",
    "chi nhánh",
    "tổ chức",
    "liên minh",
    "đảng",
    "quân khu",
    "sư đoàn",
    "lữ đoàn",
    "trung đoàn",
    "bộ tư lệnh",
    "trại giam",
    "trại tạm giam",
    "tổng liên đoàn",
    "khoa",
    "công đoàn",
    "tổ công tác",
    "ban soạn thảo",
)


def _low(s: str) -> str:
    return " ".join(TOKEN_RE.findall(canonical_chars(s).lower()))


_HEADS: dict[str, str] = {_low(h): "terr" for h in _TERR_HEADS}
for _h in _NAME_HEADS:
    _HEADS.setdefault(_low(_h), "name")
_HEAD_MAX = max(len(h.split()) for h in _HEADS)


def _lows(*items: str) -> frozenset[str]:
    return frozenset(_low(x) for x in items)


# Heads that may be written in lower case ("bộ Công an", "công an huyện Mê Linh").
_LOWER_OK = _lows(
    "bộ",
    "sở",
    "công an",
    "ngân hàng",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "ubnd",
    "tòa án",
    "viện kiểm sát",
    "tòa án nhân dân",
    "viện kiểm sát nhân dân",
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "bệnh viện",
    "trường đại học",
    "trường",
    "công ty",
    "tập đoàn",
)
# Heads that are an organisation by themselves when capitalised.
_BARE_OK = _lows(
    "ubnd",
    "hđnd",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "đảng",
    "đảng bộ",
    "tand",
    "vksnd",
    "ubmttq",
    "tỉnh đoàn",
    "thành đoàn",
    "tổ công tác",
    "ban soạn thảo",
)
# Heads whose bare capitalised form is an anaphoric mention when the article names one in full.
_BARE_ANAPHORIC = _lows(
    "bộ",
    "sở",
    "phòng",
    "cục",
    "học viện",
    "viện",
    "bệnh viện",
    "trường",
    "công ty",
    "ngân hàng",
    "tập đoàn",
    "tổng công ty",
    "ban",
    "đại học",
    "trung tâm",
    "công an",
    "ủy ban",
    "hội",
    "hiệp hội",
    "tổng cục",
    "chi cục",
    "vụ",
    "đội",
    "quỹ",
)
_BARE_SENT_OK = _lows("bộ", "sở", "cục", "tổng cục")
# Sub-units whose name continues into the parent organ ("Ban Tuyên giáo Tỉnh ủy").
_SUBUNIT = _lows(
    "ban",
    "văn phòng",
    "phòng",
    "cơ quan",
    "đội",
    "vụ",
    "cục",
    "tổng cục",
    "chi cục",
    "khoa",
    "trung tâm",
    "viện",
    "thanh tra",
    "ủy ban",
    "hội đồng",
    "công đoàn",
    "sở",
    "chi nhánh",
    "sở giao dịch",
    "đảng ủy",
    "công an",
    "bệnh viện",
    "trường",
    "học viện",
    "ban quản lý",
    "bql",
    "viện nghiên cứu",
    "liên đoàn lao động",
)
_SCHOOL_NEXT = _lows(
    "thpt",
    "thcs",
    "tiểu học",
    "mầm non",
    "đại học",
    "đh",
    "cao đẳng",
    "cđ",
    "trung học",
    "phổ thông",
    "quốc tế",
    "chuyên",
    "trung cấp",
    "tc",
    "sĩ quan",
    "dân tộc",
    "nghề",
    "văn hóa",
    "ptth",
    "quốc học",
)

# Administrative level words before a place name (dropped from LOC surfaces).
_LEVELS = _lows(
    "tỉnh",
    "thành phố",
    "tp",
    "thị xã",
    "tx",
    "huyện",
    "h",
    "quận",
    "q",
    "xã",
    "phường",
    "p",
    "thị trấn",
    "tt",
    "ấp",
    "thôn",
    "xóm",
    "bản",
    "làng",
    "khu phố",
    "tổ dân phố",
    "buôn",
    "khóm",
    "đặc khu",
    "khu",
)
_LEVEL_NEEDS_DOT = _lows("h", "q", "p")
_NUMBERED_LEVELS = _lows("quận", "phường", "q", "p", "khu phố", "tổ dân phố", "khu", "ấp", "xóm", "đội")
_LEVEL_NEEDS_CAPNAME = _lows("khu", "bản", "làng")
_LEVEL_NEEDS_CAP = _lows("tp", "tx", "tt")
_LEVEL_BARE = _lows("tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "tp", "thị xã", "thị trấn")
# Facilities and natural features: the head noun stays in the LOC surface.
_FACILITY = _lows(
    "sân bay",
    "cảng",
    "chợ",
    "sông",
    "vịnh",
    "hồ",
    "núi",
    "đèo",
    "cầu",
    "đảo",
    "quần đảo",
    "khu công nghiệp",
    "kcn",
    "khu kinh tế",
    "khu chế xuất",
    "trạm thu phí",
    "cửa khẩu",
    "bến xe",
    "ga",
    "đường cao tốc",
    "cao tốc",
    "quốc lộ",
    "tỉnh lộ",
    "đại lộ",
    "bãi biển",
    "vườn quốc gia",
    "cảng hàng không",
    "khu đô thị",
    "khu du lịch",
    "cụm công nghiệp",
    "bến tàu",
    "bến phà",
    "mũi",
    "thác",
    "hang",
    "động",
    "quảng trường",
    "công viên",
    "hồ chứa",
    "kênh",
    "rạch",
    "phá",
    "đầm",
    "biển",
)
_ROAD_NUM = _lows("quốc lộ", "tỉnh lộ", "đường cao tốc", "cao tốc", "ql")
_STREET = _lows("đường", "phố", "ngõ", "hẻm", "kiệt", "ngách")
_COUNTRY_LONG = tuple(
    sorted(
        (
            _low(x)
            for x in (
                "cộng hòa",
                "vương quốc",
                "cộng hòa liên bang",
                "cộng hòa nhân dân",
                "liên bang",
                "cộng hòa dân chủ nhân dân",
                "cộng hòa xã hội chủ nghĩa",
                "đại công quốc",
                "công quốc",
            )
        ),
        key=lambda x: -len(x),
    )
)

_HONORIFIC = _lows(
    "ông",
    "bà",
    "anh",
    "chị",
    "cô",
    "chú",
    "bác",
    "cụ",
    "đồng chí",
    "ngài",
    "em",
    "cháu",
    "bé",
    "thầy",
    "mr",
    "mrs",
    "ms",
    "các ông",
    "hai ông",
    "vợ chồng",
    "ni cô",
    "sư cô",
    "tướng",
    "ls",
    "gs",
    "pgs",
    "ts",
    "ths",
    "bs",
    "ks",
    "tiến sĩ",
    "thạc sĩ",
    "giáo sư",
    "phó giáo sư",
    "thượng tá",
    "trung tá",
    "đại tá",
    "thiếu tá",
    "đại úy",
    "thượng úy",
    "trung úy",
    "thiếu úy",
    "thiếu tướng",
    "trung tướng",
    "thượng tướng",
    "đại tướng",
    "đội trưởng",
    "hlv",
    "bị cáo",
    "bị can",
    "đối tượng",
    "nghi can",
    "nghi phạm",
    "vđv",
    "cầu thủ",
    "samdech",
    "hoàng thân",
    "hoàng tử",
    "công chúa",
    "thượng tọa",
    "hòa thượng",
    "gs.ts",
    "pgs.ts",
    "ts.bs",
    "nhà báo",
    "nhà văn",
    "nhà thơ",
    "ca sĩ",
    "nhạc sĩ",
    "họa sĩ",
    "nghệ sĩ",
    "đạo diễn",
    "diễn viên",
    "luật sư",
    "bác sĩ",
    "kỹ sư",
    "em gái",
    "em trai",
    "con gái",
    "con trai",
    "vợ",
    "chồng",
    "mẹ",
    "cha",
    "bố",
    "người",
    "danh thủ",
    "tiền đạo",
    "thủ môn",
    "hậu vệ",
    "tiền vệ",
    "nữ",
    "lão",
    "chủ tịch",
    "phó chủ tịch",
    "bí thư",
    "phó bí thư",
    "giám đốc",
    "phó giám đốc",
)
_HONORIFIC_MAX = 3


def _firsts(table: object) -> frozenset[str]:
    return frozenset(x.split()[0] for x in table)  # type: ignore[attr-defined]


def _lasts(table: object) -> frozenset[str]:
    return frozenset(x.split()[-1] for x in table)  # type: ignore[attr-defined]


# First/last tokens of each phrase table: a set probe before any phrase is built keeps the scan
# linear and cheap (most tokens start nothing).
_HEADS_FIRST = _firsts(_HEADS)
_LEVELS_FIRST = _firsts(_LEVELS)
_FACILITY_FIRST = _firsts(_FACILITY) | _STREET
_COUNTRY_LONG_FIRST = _firsts(_COUNTRY_LONG)
_HONORIFIC_LAST = _lasts(_HONORIFIC)


@lru_cache(maxsize=1)
def _title_edges() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    g = gazetteer()
    return _firsts(g.titles), _lasts(g.titles), _firsts(g.domains)


# Capitalised words that open sentences and never start a name (search keys).
_NOT_NAME = frozenset(
    {
        "theo",
        "trong",
        "tai",
        "voi",
        "sau",
        "truoc",
        "khi",
        "neu",
        "nhung",
        "va",
        "cac",
        "nhieu",
        "mot",
        "hai",
        "bon",
        "nam",
        "ngay",
        "thang",
        "nay",
        "do",
        "day",
        "ngoai",
        "tu",
        "den",
        "ve",
        "o",
        "cho",
        "vi",
        "de",
        "tuy",
        "du",
        "luc",
        "hom",
        "tren",
        "duoi",
        "giua",
        "chieu",
        "sang",
        "toi",
        "dem",
        "ong",
        "ba",
        "anh",
        "chi",
        "chung",
        "toan",
        "moi",
        "tat",
        "khong",
        "chua",
        "da",
        "dang",
        "se",
        "co",
        "la",
        "thi",
        "ma",
        "nen",
        "vay",
        "bang",
        "tuan",
        "dot",
        "ky",
        "nha",
        "gia",
        "so",
        "muc",
        "dieu",
        "khoan",
        "chuong",
        "phan",
        "bai",
        "clip",
        "video",
        "tin",
        "xem",
        "tham",
        "nguon",
        "tp",
        "q",
        "h",
        "p",
        "tx",
        "ubnd",
        "hdnd",
        "tand",
        "vksnd",
        "qh",
        "nq",
        "nd",
        "cp",
        "ttg",
        "tw",
        "bct",
        "ct",
        "qd",
        "tt",
        "ls",
        "gs",
        "ts",
        "ths",
        "pgs",
        "bs",
        "tong",
        "thu",
        "pho",
        "chu",
        "giam",
        "bo",
        "cuc",
        "vien",
        "phong",
        "ban",
        "cong",
        "dai",
        "hoi",
        "uy",
        "tinh",
        "huyen",
        "xa",
        "phuong",
        "thanh",
        "quan",
        "thon",
        "ap",
        "hien",
        "cung",
        "them",
        "rieng",
        "dac",
        "biet",
        "hon",
        "kem",
        "gan",
        "hang",
        "thuc",
        "can",
    }
)


# --------------------------------------------------------------------------- matching helpers


class _Ctx:
    def __init__(self, tv: TextView, toks: list[Tok], g: Gazetteer) -> None:
        self.tv = tv
        self.view = tv.view
        self.toks = toks
        self.g = g
        self.n = len(toks)
        self.gaz_at: dict[int, tuple[int, Entry]] = {}  # token index -> (end token index, entry)

    def joined_ok(self, i: int, j: int, gaps: frozenset[str]) -> bool:
        toks, view = self.toks, self.view
        return all(view[toks[k].end : toks[k + 1].start] in gaps for k in range(i, j - 1))

    def key(self, i: int, j: int) -> str:
        return " ".join(t.key for t in self.toks[i:j])

    def low(self, i: int, j: int) -> str:
        return " ".join(t.low for t in self.toks[i:j])

    def head_at(self, i: int) -> tuple[int, str] | None:
        """Longest organ head starting at token i: (end index, head key)."""
        if self.toks[i].low not in _HEADS_FIRST:
            return None
        for ln in range(min(_HEAD_MAX, self.n - i), 0, -1):
            k = self.low(i, i + ln)
            if k in _HEADS and self.joined_ok(i, i + ln, _NAME_GAPS):
                return i + ln, k
        return None

    def level_at(self, i: int) -> int | None:
        """End index of an administrative level word at token i ("tỉnh", "TP.", "thị xã")."""
        if self.toks[i].low not in _LEVELS_FIRST:
            return None
        for ln in (3, 2, 1):
            if i + ln > self.n:
                continue
            k = self.low(i, i + ln)
            if k in _LEVELS and self.joined_ok(i, i + ln, _NAME_GAPS):
                t = self.toks[i]
                if i + ln < self.n and self.toks[i + ln].low == "ủy":
                    continue  # "Tỉnh ủy", "Huyện ủy" are organs
                if k in _LEVEL_NEEDS_DOT and not (t.cap and self.view[t.end : t.end + 1] == "."):
                    continue
                if k in _LEVEL_NEEDS_CAP and not t.cap:
                    continue
                # "khu", "bản", "làng" only as place levels before a capitalised name
                if k in _LEVEL_NEEDS_CAPNAME and not (i + 1 < self.n and self.toks[i + 1].cap):
                    continue
                return i + ln
        return None


def _gaz_scan(c: _Ctx) -> list[tuple[int, int, Entry]]:
    """Every gazetteer match (longest at each start), as (first token, end token, entry)."""
    out: list[tuple[int, int, Entry]] = []
    toks, g = c.toks, c.g
    i = 0
    while i < c.n:
        ml = g.max_len.get(toks[i].key, 0)
        found: tuple[int, Entry] | None = None
        for ln in range(min(ml, c.n - i), 0, -1):
            entries = g.entries.get(c.key(i, i + ln))
            if not entries or not c.joined_ok(i, i + ln, _GAZ_GAPS):
                continue
            e = _entry_ok(c, i, i + ln, entries)
            if e is not None:
                found = (i + ln, e)
                break
        if found is not None:
            out.append((i, found[0], found[1]))
            c.gaz_at[i] = found
        i += 1
    return out


def _inside_name(c: _Ctx, i: int) -> bool:
    """Token i continues a capitalised run that starts with a family name."""
    toks, view = c.toks, c.view
    a = i
    while (
        a > 0 and toks[a - 1].cap and view[toks[a - 1].end : toks[a].start] == " " and not toks[a - 1].upper
    ):
        a -= 1
    return (a < i and toks[a].low in c.g.surnames and not toks[a].sent) or (
        a < i - 1 and toks[a].low in c.g.surnames
    )


def _fold1(s: str) -> str:
    return fold(s)


def _entry_ok(c: _Ctx, i: int, j: int, entries: list[Entry]) -> Entry | None:
    toks = c.toks[i:j]
    for e in entries:
        if len(e.tokens) != len(toks):
            continue
        if e.exact:
            if all(t.text == f for t, f in zip(toks, e.tokens, strict=True)):
                return e
            continue
        if not all(
            t.text.lower() == f.lower() or (t.text.isascii() and t.key == _fold1(f))
            for t, f in zip(toks, e.tokens, strict=True)
        ):
            continue  # "Ảnh" is not "Anh", "Bí" is not "Bỉ" (unaccented text still matches)
        ok = True
        other_cap = False
        for k, (t, cap) in enumerate(zip(toks, e.caps, strict=True)):
            if cap and k > 0:
                if not t.cap:
                    ok = False
                    break
                other_cap = True
            elif not cap and t.upper and len(toks) > 1:
                ok = False  # "TAND" is not "tand"-anything lower-case
                break
        if not ok:
            continue
        if e.caps[0] and not toks[0].cap and not other_cap:
            continue
        return e
    return None


# --------------------------------------------------------------------------- extraction


def _place_run(c: _Ctx, i: int, max_len: int = 3, person_ok: bool = False) -> int:
    """End of a capitalised place name starting at token i (0 length if none).

    Cut before a family name that starts a person's name ("Đồng Tháp | Nguyễn Văn A").
    """
    toks, g = c.toks, c.g
    if i >= c.n:
        return i
    gz = c.gaz_at.get(i)
    if gz is not None and gz[1].type == "LOC":
        return gz[0]
    if toks[i].text.isdigit():
        return i + 1
    j = i
    while (j < c.n and j - i < max_len and toks[j].cap and not toks[j].upper) or (
        j < c.n and j - i < max_len and toks[j].upper and len(toks[j].text) <= 4 and j == i
    ):
        if j > i and c.view[toks[j - 1].end : toks[j].start] not in (" ", "-", " - "):
            break
        if (
            j > i
            and not person_ok
            and toks[j].low in g.surnames
            and j + 1 < c.n
            and toks[j + 1].cap
            and (c.view[toks[j].end : toks[j + 1].start] == " ")
        ):
            break
        if toks[j].low in _HEADS or (j > i and c.level_at(j) is not None):
            break
        j += 1
    if j > i + 1 and toks[i].low in g.surnames and j - i >= 3 and not person_ok:
        return i  # "Lâm Văn Mẫn" after an organ is a person, not a place
    return j


def _domain_at(c: _Ctx, i: int) -> int | None:
    """End of a government domain ("Tư pháp", "Kế hoạch và Đầu tư", "KH-ĐT") at token i."""
    g = c.g
    if c.toks[i].key not in _title_edges()[2] and not c.toks[i].upper:
        return None
    for ln in range(min(g.domain_max, c.n - i), 0, -1):
        k = c.key(i, i + ln)
        if k in g.domains and c.toks[i].cap and c.joined_ok(i, i + ln, _GAZ_GAPS):
            return i + ln
    for ln in (4, 3, 2, 1):
        if i + ln <= c.n:
            surf = c.view[c.toks[i].start : c.toks[i + ln - 1].end]
            if surf in g.domain_abbr:
                return i + ln
    return None


def _org_at(c: _Ctx, i: int, depth: int = 0) -> tuple[int, str, list[tuple[int, int]]] | None:
    """An organisation starting at token i: (end token, head key, nested place token spans)."""
    h = c.head_at(i)
    if h is None:
        return None
    j, head = h
    toks, n = c.toks, c.n
    first = toks[i]
    if not first.cap and head not in _LOWER_OK:
        return None
    if (
        i > 0
        and not first.cap
        and f"{toks[i - 1].key} {first.key}" in c.g.words2
        and c.view[toks[i - 1].end : first.start] == " "
    ):
        return None  # "cán bộ", "ủy viên", "nhiệm vụ", "đại hội": the head is part of a word
    if not first.cap and head in ("bộ", "sở") and _domain_at(c, j) is None:
        return None
    if (
        j < n
        and not toks[j].cap
        and f"{toks[j - 1].key} {toks[j].key}" in c.g.words2
        and c.view[toks[j - 1].end : toks[j].start] == " "
    ):
        return None  # "Bộ trưởng", "Hội nghị", "Vụ án", "Trường hợp": a common word
    cat = _HEADS[head]
    places: list[tuple[int, int]] = []
    start_j = j
    if head == "đảng" and j < n and toks[j].low in ("bộ", "viên", "ủy", "đoàn", "phái", "tịch", "kỳ", "phí"):
        return None
    if head == "trường" and not (
        j < n and (c.low(j, j + 1) in _SCHOOL_NEXT or c.low(j, j + 2) in _SCHOOL_NEXT)
    ):
        return None
    # Government domain right after the head ("Bộ Tài nguyên và Môi trường", "Sở GD-ĐT").
    domain = False
    if cat == "name":
        d = _domain_at(c, j)
        if d is not None and c.joined_ok(j - 1, j + 1, _NAME_GAPS):
            j = d
            domain = True
    # Number ("Bệnh viện 108", "Quân khu 7", "Trường THCS số 1").
    if j < n and toks[j].text.isdigit() and c.view[toks[j - 1].end : toks[j].start] == " ":
        j += 1
    if cat == "name" and j == start_j:
        j = _name_words(c, j)
    elif cat == "name" and not domain:
        j = _name_words(c, j, cut_names=True) if j < n and toks[j].cap and c.gaz_at.get(j) is None else j
    # Place suffix: level word + name, or a gazetteer place directly.
    if j < n and c.view[toks[j - 1].end : toks[j].start] in (" ", ", "[:1]):
        lv = c.level_at(j)
        gz0 = c.gaz_at.get(j)
        if gz0 is not None and gz0[1].type == "LOC" and (lv is None or gz0[0] > lv) and toks[j].cap:
            places.append((j, gz0[0]))  # "TP HCM" is one place, not level "TP" + "HCM"
            j = gz0[0]
        elif lv is not None:
            pe = (
                _place_run(c, lv)
                if lv < n and c.view[toks[lv - 1].end : toks[lv].start] in (" ", ". ", ".")
                else lv
            )
            if pe > lv:
                places.append((lv, pe))
                j = pe
            elif c.low(j, lv) in _LEVEL_BARE:
                j = lv  # "UBND tỉnh", "Công an huyện": the organ of the article's place
        else:
            gz = c.gaz_at.get(j)
            if gz is not None and gz[1].type == "LOC" and toks[j].cap:
                places.append((j, gz[0]))
                j = gz[0]
            elif cat == "terr" and toks[j].cap and c.head_at(j) is None:
                pe = _place_run(c, j, 3)
                if pe > j:
                    places.append((j, pe))
                    j = pe
    # Sub-unit of a parent organ ("Ban Tuyên giáo Tỉnh ủy", "Phòng CSHS Công an tỉnh X").
    if (
        depth < 2
        and head in _SUBUNIT
        and start_j < j < n
        and toks[j].cap
        and c.view[toks[j - 1].end : toks[j].start] == " "
    ):
        sub = _org_at(c, j, depth + 1)
        if sub is not None and sub[1] != head:
            j = sub[0]
            places.extend(sub[2])
    if j == start_j:
        # Bare head: an organisation by itself only when capitalised (checked by the caller).
        if (head not in _BARE_OK and head not in _BARE_ANAPHORIC) or not first.cap:
            return None
    elif not first.cap and not (places or any(t.cap for t in toks[start_j:j])):
        return None
    return j, head, places


def _name_words(c: _Ctx, j: int, cut_names: bool = False) -> int:
    """Extend an organisation's proper name over capitalised words and the syllables that complete them."""
    toks, n, g = c.toks, c.n, c.g
    start = j - 1 if cut_names else j
    prev_cap = False
    while j < n:
        t = toks[j]
        gap = c.view[toks[j - 1].end : t.start]
        if gap not in (" ", "-", " - ", "&", " & "):
            break
        if t.cap or t.upper or (t.text[0].isdigit() and j > start):
            if c.level_at(j) is not None and j > start:
                break
            nested_head = c.head_at(j) if j > start else None
            if nested_head is not None and _HEADS[nested_head[1]] == "terr":
                break
            gz = c.gaz_at.get(j)
            if gz is not None and gz[1].type == "LOC" and j > start:
                break
            if (
                j > start
                and t.low in g.surnames
                and j + 1 < n
                and toks[j + 1].cap
                and c.view[t.end : toks[j + 1].start] == " "
            ):
                break
            j += 1
            prev_cap = True
            continue
        if prev_cap and f"{toks[j - 1].key} {t.key}" in g.words2:
            j += 1
            prev_cap = False
            continue
        # a lower-case word inside a name when a capitalised word or an organ follows
        # ("Cơ quan An ninh điều tra Bộ Công an")
        if (
            j + 2 < n
            and f"{t.key} {toks[j + 1].key}" in g.words2
            and not toks[j + 1].cap
            and toks[j + 2].cap
            and c.view[t.end : toks[j + 1].start] == " "
            and c.view[toks[j + 1].end : toks[j + 2].start] == " "
            and (c.head_at(j + 2) is not None or c.level_at(j + 2) is not None)
        ):
            j += 2
            prev_cap = False
            continue
        if t.key == "va" and j + 1 < n and toks[j + 1].cap and j > start:
            j += 1
            prev_cap = False
            continue
        break
    # Never end on a connector.
    while j > start and toks[j - 1].key == "va":
        j -= 1
    return j


def _person_run(c: _Ctx, i: int, max_len: int = 5, claimed: Sequence[bool] | None = None) -> int:
    """End of a person's name (capitalised syllables, optional anonymised "T." at the end)."""
    toks, n = c.toks, c.n
    j = i
    while j < n and j - i < max_len:
        t = toks[j]
        if claimed is not None and claimed[j]:
            break
        if not t.cap or (t.upper and len(t.text) > 1 and not _is_initials(t.text)):
            break
        if not t.text.isalpha():
            break
        if j > i:
            gap = c.view[toks[j - 1].end : t.start]
            if gap not in (" ", ". ", ".", "-"):
                break
            if gap in (". ", ".") and not _abbr(c, j - 1):
                break
        if c.level_at(j) is not None and j > i and toks[j].low in ("tp", "tx", "q", "h", "p"):
            break
        j += 1
    if i < j < n and not toks[j].cap and f"{toks[j - 1].key} {toks[j].key}" in c.g.words2:
        if c.view[toks[j - 1].end : toks[j].start] == " ":
            return i  # "cán bộ Tuyên giáo": a capitalised common word, not a name
        if _abbr(c, j - 1) and c.view[t.end : t.end + 2] not in (". ",) and j < n and toks[j].cap:
            pass
    return j


def _is_initials(s: str) -> bool:
    return len(s) <= 3 and s.isupper()


def _abbr(c: _Ctx, k: int) -> bool:
    """Token k is an anonymised initial ("T." in "Nguyễn Tấn T.", "Th.")."""
    t = c.toks[k]
    return (
        c.view[t.end : t.end + 1] == "."
        and len(t.text) <= 3
        and t.text[0].isupper()
        and (len(t.text) == 1 or t.text[1:].islower() or t.text.isupper())
    )


def _select(spans: list[Span]) -> list[Span]:
    """Greedy non-overlapping choice: longest first, then priority."""
    spans.sort(key=lambda s: (-(s.end - s.start), s.prio, s.start))
    taken: list[tuple[int, int]] = []
    out: list[Span] = []
    for s in spans:
        k = bisect.bisect_left(taken, (s.start, s.start))
        if k > 0 and taken[k - 1][1] > s.start:
            continue
        if k < len(taken) and taken[k][0] < s.end:
            continue
        taken.insert(k, (s.start, s.end))
        out.append(s)
    out.sort(key=lambda s: s.start)
    return out


_AMBIGUOUS_COUNTRY = frozenset(
    {"anh", "duc", "nhat", "ao", "y", "my", "sec", "uc", "nga", "bi", "lao", "hung", "phap"}
)


def find_spans(text: str, docref_spans: Sequence[tuple[int, int]] | None = None) -> list[Span]:
    """All entity mentions as spans with offsets into `text` (nested places included, flagged)."""
    if not text or not text.strip():
        return []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    tv = TextView(text)
    toks = _tokens(tv)
    if not toks:
        return []
    g = gazetteer()
    c = _Ctx(tv, toks, g)
    view = tv.view
    n = len(toks)
    blocked = [False] * n
    if docref_spans:
        starts = [tv.orig(t.start) for t in toks]
        for ds, de in docref_spans:
            k = bisect.bisect_left(starts, ds)
            while k < n and starts[k] < de:
                blocked[k] = True
                k += 1

    cands: list[Span] = []
    nested: list[Span] = []

    def span(
        i: int, j: int, type_: str, name: str | None, prio: int, head: str = "", end_char: int | None = None
    ) -> Span:
        s, e = toks[i].start, toks[j - 1].end if end_char is None else end_char
        return Span(s, e, type_, name or view[s:e], prio, head=head)

    # 1. Gazetteer matches.
    for i, j, e in _gaz_scan(c):
        if e.type == "LOC" and e.kind == "country" and j == i + 1 and toks[i].key in _AMBIGUOUS_COUNTRY:
            # "Anh", "Đức", "Nhật" are also people and pronouns: only when isolated and not sentence-initial.
            if toks[i].sent or (i > 0 and toks[i - 1].cap and view[toks[i - 1].end : toks[i].start] == " "):
                continue
            if i > 0 and toks[i - 1].low in _HONORIFIC:
                continue
            if j < n and toks[j].cap and view[toks[i].end : toks[j].start] == " ":
                continue
        if e.type == "LOC" and e.kind != "country" and _inside_name(c, i):
            continue  # "Đỗ Thị Thanh Xuân" is a person, not the district Thanh Xuân
        name = e.name
        cands.append(span(i, j, e.type, name, 0 if e.type == "ORG" else 1))

    # 2. Organisations by pattern.
    i = 0
    while i < n:
        org = _org_at(c, i)
        if org is not None:
            j, head, places = org
            sp = span(i, j, "ORG", None, 2, head=head)
            sp.bare = c.low(i, j) == head
            sp.sent = toks[i].sent
            cands.append(sp)
            for a, b in places:
                ps = span(a, b, "LOC", None, 3)
                ps.nested = True
                nested.append(ps)
        i += 1

    # 2b. Media named after "báo" / "Theo" ("báo Kiến Thức", "Theo Zing,"): the name only.
    for i in range(n - 1):
        t = toks[i]
        if t.low not in ("báo", "theo", "tờ"):
            continue
        if t.low == "theo" and not t.cap:
            continue
        k = i + 1
        if c.view[t.end : toks[k].start] != " " or not toks[k].cap or toks[k].low in g.surnames:
            continue
        if t.low == "tờ":
            continue
        if c.head_at(k) is not None or c.level_at(k) is not None or _title_at(c, k):
            continue
        j = _name_words(c, k + 1, cut_names=True) if k + 1 < n and toks[k + 1].cap else k + 1
        j = max(j, k + 1)
        gz = c.gaz_at.get(j)
        if (
            j < n
            and gz is not None
            and gz[1].type == "LOC"
            and c.view[toks[j - 1].end : toks[j].start] == " "
        ):
            j = gz[0]  # "Pháp luật TP. HCM"
        end_char = toks[j - 1].end
        if c.view[end_char : end_char + 3] == ".vn":
            end_char += 3  # "Zing.vn"
        after = c.view[end_char : end_char + 1]
        if t.low == "theo" and after not in (",", "/", ")", ":", "") and "\n" not in after:
            continue
        if t.low == "theo" and j - k > 3:
            continue
        cands.append(span(k, j, "ORG", None, 2, end_char=end_char))

    # 3. Places by pattern: level word + name, facilities, streets, long country names.
    for i in range(n):
        t = toks[i]
        lv = c.level_at(i)
        if (lv is not None and lv < n and toks[lv].cap) or (
            lv is not None and lv < n and toks[lv].text.isdigit()
        ):
            assert lv is not None
            gap = view[toks[lv - 1].end : toks[lv].start]
            if gap not in (" ", ". ", "."):
                continue
            if toks[lv].text.isdigit() and c.low(i, lv) not in _NUMBERED_LEVELS:
                continue  # "tỉnh 500 triệu" is no place; "quận 7", "phường 2" are
            pe = _place_run(c, lv, 3, person_ok=c.low(i, lv) not in ("tỉnh", "thành phố", "tp"))
            if pe > lv:
                if toks[lv].text.isdigit():
                    cands.append(span(i, pe, "LOC", None, 4))  # "quận 7" keeps its prefix
                else:
                    gz = c.gaz_at.get(lv)
                    cands.append(span(lv, pe, "LOC", gz[1].name if gz and gz[0] == pe else None, 4))
                    # the level word itself stays outside; claim it so no person starts there
            continue
        for ln in (3, 2, 1) if t.low in _FACILITY_FIRST else ():
            if i + ln >= n:
                continue
            phrase = c.low(i, i + ln)
            if phrase in _FACILITY and c.joined_ok(i, i + ln, _NAME_GAPS):
                if ln == 1 and t.cap and t.low in g.surnames:
                    break  # "Hồ Xuân Huy" is a person, "hồ Gươm" a lake
                nt = toks[i + ln]
                if nt.cap or (nt.text[0].isdigit() and phrase in _ROAD_NUM):
                    pe = _place_run(c, i + ln, 4)
                    if nt.text[0].isdigit():
                        pe = i + ln + 1
                        if (
                            pe < n
                            and view[toks[pe - 1].end : toks[pe].start] == ""
                            and toks[pe].text.isalpha()
                        ):
                            pe += 1
                    if pe > i + ln:
                        end = pe
                        # highways: "TP. HCM - Long Thành - Dầu Giây"
                        while (
                            phrase in ("đường cao tốc", "cao tốc")
                            and end + 1 < n
                            and view[toks[end - 1].end : toks[end].start] in (" - ", "-")
                        ):
                            e2 = _place_run(c, end, 3)
                            if e2 == end:
                                break
                            end = e2
                        cands.append(span(i, end, "LOC", None, 3))
                break
            if phrase in _STREET and ln == 1 and (i + 1 < n) and toks[i + 1].cap and not t.cap:
                if view[t.end : toks[i + 1].start] == " ":
                    pe = _person_run(c, i + 1, 4)
                    if pe > i + 1:
                        cands.append(span(i + 1, pe, "LOC", None, 3))
                break
        for long in _COUNTRY_LONG if t.low in _COUNTRY_LONG_FIRST else ():
            ln = len(long.split())
            if c.low(i, i + ln) == long and t.cap and i + ln < n:
                gz = c.gaz_at.get(i + ln)
                if gz is not None and gz[1].kind == "country":
                    cands.append(span(i, gz[0], "LOC", gz[1].name, 1))
    selected = _select([s for s in cands if not _blocked(blocked, toks, s)])
    full_heads = {s.head for s in selected if s.type == "ORG" and s.head and not s.bare}
    selected = [
        s
        for s in selected
        if not s.bare
        or s.head in _BARE_OK
        or (s.head in full_heads and (not s.sent or s.head in _BARE_SENT_OK))
    ]

    # Claimed tokens (by ORG/LOC) and level words are not person starts.
    claimed = [False] * n
    tstarts = [t.start for t in toks]
    for s in selected:
        k = bisect.bisect_left(tstarts, s.start)
        while k < n and toks[k].start < s.end:
            claimed[k] = True
            k += 1
    for k in range(n):
        if blocked[k]:
            claimed[k] = True

    # 4. Persons.
    people: list[Span] = []

    def add_person(i: int, j: int, prio: int) -> None:
        if j <= i:
            return
        end = toks[j - 1].end
        if _abbr(c, j - 1) and (j - i > 1 or (i > 0 and toks[i - 1].low in _HONORIFIC)):
            end += 1
        people.append(Span(toks[i].start, end, "PER", view[toks[i].start : end], prio))

    for i in range(n):
        if claimed[i]:
            continue
        t = toks[i]
        if not t.cap or (t.upper and not _is_initials(t.text)):
            continue
        prev = i - 1
        if _title_at(c, i):
            continue
        # honorific / title / rank right before
        hon = False
        for ln in range(1, _HONORIFIC_MAX + 1) if i > 0 and toks[i - 1].low in _HONORIFIC_LAST else ():
            a = i - ln
            if a < 0:
                break
            hk = c.low(a, i)
            if hk in _HONORIFIC and view[toks[i - 1].end : t.start] == " " and c.joined_ok(a, i, _NAME_GAPS):
                # sentence-initial capitalised honorific is fine; lower-case "anh"/"chị" inside a
                # capitalised run ("Bảo Anh") is not an honorific
                if (
                    toks[a].cap
                    and a > 0
                    and toks[a - 1].cap
                    and not toks[a].sent
                    and view[toks[a - 1].end : toks[a].start] == " "
                ):
                    continue
                hon = True
                break
        title = _title_before(c, i, claimed, selected)
        if hon or title:
            j = _person_run(c, i, 5, claimed)
            if (j > i and toks[i].key not in _NOT_NAME) or (j > i and hon and not toks[i].sent):
                add_person(i, j, 5)
                continue
        if t.low in g.surnames and (
            prev < 0 or not (toks[prev].cap and not claimed[prev] and view[toks[prev].end : t.start] == " ")
        ):
            j = _person_run(c, i, 5, claimed)
            if j - i >= 2 or (j - i == 1 and j < n and _abbr(c, j)):
                add_person(i, j, 6)
    # Photo credits and bylines: "(Ảnh: Trung Hiếu/TTXVN)", a short capitalised last line.
    for m in re.finditer(r"(?:Ảnh|Ảnh minh họa|Nguồn ảnh|Clip|Video|Bài và ảnh|Bài, ảnh)\s*:\s*", view):
        k = bisect.bisect_left(tstarts, m.end())
        if k < n and toks[k].start == m.end() and not claimed[k]:
            j = _person_run(c, k, 4, claimed)
            if j - k >= 2:
                add_person(k, j, 4)
    _bylines(c, claimed, add_person)
    people = _select(people)
    # Partial forms ("ông Mẫn", "Huy khai") of the people found.
    people = _partials(c, people, claimed)

    out = selected + nested + people
    for s in out:
        s.start, s.end = tv.orig(s.start), tv.orig(s.end)
    out = [s for s in out if text[s.start : s.end].strip()]
    out.sort(key=lambda s: (s.start, -s.end))
    return out


def _blocked(blocked: list[bool], toks: list[Tok], s: Span) -> bool:
    return any(blocked) and _any_blocked(blocked, toks, s)


def _any_blocked(blocked: list[bool], toks: list[Tok], s: Span) -> bool:
    k = bisect.bisect_left([t.start for t in toks], s.start)
    while k < len(toks) and toks[k].start < s.end:
        if blocked[k]:
            return True
        k += 1
    return False


def _title_before(c: _Ctx, i: int, claimed: Sequence[bool], selected: list[Span]) -> bool:
    """A title ("Bí thư", "Bộ trưởng") ends right before token i, maybe followed by an organ."""
    toks, g = c.toks, c.g
    k = i
    # skip back over one ORG/LOC span ending right before i ("Bí thư Tỉnh ủy | Lâm Văn Mẫn")
    if k > 0 and claimed[k - 1]:
        b = k - 1
        while b > 0 and claimed[b - 1] and c.view[toks[b - 1].end : toks[b].start] in (" ", ". ", "."):
            b -= 1
        k = b
        # skip a level word between title and place ("Chủ tịch UBND tỉnh")
    if k == 0 or toks[k - 1].low not in _title_edges()[1]:
        return False
    for ln in range(min(g.title_max, k), 0, -1):
        key = c.low(k - ln, k)
        if key in g.titles and c.view[toks[k - 1].end : toks[k].start if k < c.n else toks[k - 1].end] in (
            " ",
            "",
        ):
            return True
    return False


def _title_at(c: _Ctx, i: int) -> bool:
    g = c.g
    if c.toks[i].low not in _title_edges()[0]:
        return False
    return any(c.low(i, i + ln) in g.titles for ln in range(1, min(g.title_max, c.n - i) + 1))


_CREDIT_TAIL = re.compile(r"\s*\((?:tổng hợp|Tổng hợp|t\s*/\s*h|TH|theo .*)\)\s*$")


def _bylines(c: _Ctx, claimed: Sequence[bool], add: object) -> None:
    toks, view = c.toks, c.view
    assert callable(add)
    # Lines made only of 2-4 capitalised syllables (an author line), anywhere after the first line.
    line_start = 0
    for line in view.split("\n"):
        stripped = line.strip()
        ls = line_start + (len(line) - len(line.lstrip()))
        line_start += len(line) + 1
        if not stripped or ls == 0 or len(stripped) > 40:
            continue
        stripped = _CREDIT_TAIL.sub("", stripped)
        words = stripped.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        k = bisect.bisect_left([t.start for t in toks], ls)
        if k >= len(toks) or claimed[k]:
            continue
        add(k, k + len(words), 7)


def _partials(c: _Ctx, people: list[Span], claimed: Sequence[bool]) -> list[Span]:
    toks, view = c.toks, c.view
    forms: set[str] = set()
    for p in people:
        parts = view[p.start : p.end].rstrip(".").split()
        if len(parts) >= 2 and not parts[-1].endswith("."):
            forms.add(parts[-1])
            if len(parts) >= 3:
                forms.add(" ".join(parts[-2:]))
    if not forms:
        return people
    taken = sorted((p.start, p.end) for p in people)
    extra: list[Span] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if claimed[i] or not t.cap or t.text not in {f.split()[0] for f in forms}:
            continue
        k = bisect.bisect_left(taken, (t.start, t.start))
        if (k > 0 and taken[k - 1][1] > t.start) or (k < len(taken) and taken[k][0] == t.start):
            continue
        # the whole capitalised run must be exactly one known form
        a = i
        while (
            a > 0
            and toks[a - 1].cap
            and not claimed[a - 1]
            and view[toks[a - 1].end : toks[a].start] == " "
            and toks[a - 1].low not in _HONORIFIC
        ):
            a -= 1
        if a != i and not (toks[a].sent and a == i - 1 and toks[a].key in _NOT_NAME):
            continue
        b = i
        while (
            b < n
            and toks[b].cap
            and not claimed[b]
            and (b == i or view[toks[b - 1].end : toks[b].start] == " ")
        ):
            b += 1
        surf = view[t.start : toks[b - 1].end]
        if surf in forms:
            extra.append(Span(t.start, toks[b - 1].end, "PER", surf, 8))
    return sorted(people + extra, key=lambda s: s.start)


def _group(spans: list[Span], text: str) -> list[Entity]:
    """Mentions grouped into entities; partial person names join the fullest form that ends with them."""
    ents: dict[tuple[str, str], Entity] = {}
    persons = [s for s in spans if s.type == "PER"]
    fulls = sorted({text[s.start : s.end] for s in persons}, key=lambda x: -len(x.split()))
    for s in spans:
        surface = text[s.start : s.end]
        if s.type == "PER":
            name = surface
            words = surface.split()
            fkey = fold(canonical_chars(surface))
            for f in fulls:
                fw = f.split()
                if len(fw) > len(words) and fold(canonical_chars(" ".join(fw[-len(words) :]))) == fkey:
                    name = f
                    break
            key = ("PER", fold(canonical_chars(name)))
        else:
            name = s.name if s.name else surface
            key = (s.type, fold(canonical_chars(name)))
        ent = ents.get(key)
        if ent is None:
            ent = ents[key] = Entity(type=s.type, name=canonical_chars(name), mentions=[])  # type: ignore[arg-type]
        ent.mentions.append(Mention(s.start, s.end, surface))
    return list(ents.values())


def extract_entities(text: str, docref_spans: Sequence[tuple[int, int]] | None = None) -> list[Entity]:
    """PER/ORG/LOC entities of `text`; every mention has text[start:end] == surface.

    `docref_spans` (start, end) of legal-document references: nothing inside them is returned.
    """
    if docref_spans is None:
        docref_spans = _docref_spans(text)
    return _group(find_spans(text, docref_spans), text)


def _docref_spans(text: str) -> list[tuple[int, int]]:
    try:
        from diembao.enrich.docrefs import find_docrefs
    except ImportError:
        return []
    try:
        return sorted((r.start, r.end) for r in find_docrefs(text))
    except Exception:
        return []
