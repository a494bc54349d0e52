"""Named entities (PER, ORG, LOC) in Vietnamese news: gazetteers plus patterns of the genre.

Rules follow /work/shared/ANNOTATION.md: person surfaces are name tokens only (no "ông", no
title); ORG surfaces keep the organ type and place ("UBND tỉnh Đồng Tháp"); LOC surfaces drop
generic prefixes ("huyện Tam Nông" -> "Tam Nông") but keep Ho Chi Minh City's conventional forms
and the head noun of facilities ("sân bay Nha Trang"). Each entity's ``mentions`` is the flat view;
places and organisations inside a longer name of another entity ("Sóc Trăng" in "Tỉnh ủy Sóc Trăng")
are returned in its ``nested`` list.

Off-the-shelf CRF NER (underthesea) scored macro F1 0.28 on this genre; a rule-and-gazetteer
pass over one token list is both more accurate here and ~100x faster (a few ms per article).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from diembao.enrich.gazetteer import TOKEN_RE, Entry, Gazetteer, gazetteer, western_given_names
from diembao.model import Entity, Mention
from diembao.text import canonical_chars, fix_tone_placement, fold
from diembao.text.normalise import parse_syllable

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
        if len(view) != len(text) or "&amp;" in text:
            view, self.index = _aligned_view(text)
        if ".\n" in view:
            # "Công an TP.\nLào Cai": sentence splitters break lines after an abbreviated level
            view = _LEVEL_BREAK.sub(" ", view)
        if _BROKEN_CAPS.search(view):
            # "CHủ TịCH NGUYễN VĂN AN NHấN MạNH": a capitals passage whose marked letters a converter
            # left lower case reads as capitals (one character each way, offsets unchanged)
            view = _fix_broken_caps(view)
        self.view = view
        self.key = fold(view)  # length-preserving on the canonical view

    def orig(self, pos: int) -> int:
        return pos if self.index is None else self.index[pos]


# A word of capital letters with lower-case marked letters among them ("BảO", "LUậT", "CHủ"): two capitals
# at least, no lower-case plain letter.
_BROKEN_CAPS = re.compile(
    r"\b(?=[^\W\d_]*[A-ZĐ][^\W\d_]*[A-ZĐ])(?=[^\W\d_]*[^\x00-\x7f\W\d_])(?:[A-ZĐ]|[^\x00-\x7f\W\d_])+\b"
)


_CAPS_WORD_BEFORE = re.compile(r"([^\W\d_]{2,})[ :,]+$")
_CAPS_WORD_AFTER = re.compile(r"[ :,]+([^\W\d_]{2,})")


def _capitals(w: str) -> bool:
    return w.isupper() or _BROKEN_CAPS.fullmatch(w) is not None


def _fix_broken_caps(view: str) -> str:
    """Each `_BROKEN_CAPS` word next to another word in capitals (broken or not) upper-cased, when that
    keeps its length; a lone one ("VNHà Thị Khiết": "VN" glued to a name) is left alone."""
    out, last = [], 0
    for m in _BROKEN_CAPS.finditer(view):
        w, up = m.group(), m.group().upper()
        after = _CAPS_WORD_AFTER.match(view, m.end())
        before = _CAPS_WORD_BEFORE.search(view, max(0, m.start() - 30), m.start())
        if len(up) == len(w) and (
            (after is not None and _capitals(after.group(1)))
            or (before is not None and _capitals(before.group(1)))
        ):
            out += [view[last : m.start()], up]
            last = m.end()
    out.append(view[last:])
    return "".join(out)


_LEVEL_BREAK = re.compile(r"(?:(?<=\bTP\.)|(?<=\bTp\.)|(?<=\bTX\.))\n(?=[^\W\d_])")


def _aligned_view(text: str) -> tuple[str, list[int]]:
    # Rare (decomposed input, invisible characters): cluster by cluster, so every view index
    # maps back to the original even where normalisation changes lengths.
    parts: list[str] = []
    index: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith("&amp;", i):
            parts.append("&")  # "Bộ NN&amp;PTNT": an escaped ampersand reads as one
            index.append(i)
            i += 5
            continue
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
    # Tone placement is per syllable ("Hoà" -> "Hòa"), so it needs whole words, not clusters;
    # it changes no lengths, so the index still holds.
    return fix_tone_placement("".join(parts)), index


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
        # one space, the usual gap, never ends a sentence
        sent = gap != " " and (not out or bool(_SENT_END.search(gap[-4:] if gap else "")) or "\n" in gap)
        g = _glued_credit(view, s, t) if cap and not upper else 0
        if g:
            # a capitals credit glued to the next sentence ("Ảnh: M.VINHTheo Phòng ...")
            c = s + g
            out.append(Tok(s, c, t[:g], key[s:c], t[:g].lower(), True, True, sent))
            t2 = t[g:]
            out.append(Tok(c, e, t2, key[c:e], t2.lower(), True, False, True))
        else:
            out.append(Tok(s, e, t, key[s:e], t.lower(), cap, upper, sent))
        prev_end = e
    return out


_CREDIT_NEAR = re.compile(r"(?:Ảnh|ẢNH)\s?:\s?((?:\S{1,8}\s?){0,3})$")


def _glued_credit(view: str, s: int, t: str) -> int:
    """Length of the capitals a credit glues to the next capitalised word ("VINH" of "VINHTheo"), else 0."""
    k = 2
    while k < len(t) - 1 and t[k].isupper():
        k += 1
    k -= 1  # the last capital opens the next word
    if k < 2 or not t[:k].isupper() or not t[k + 1].islower():
        return 0
    m = _CREDIT_NEAR.search(view, max(0, s - 40), s)
    return k if m and m.group(1) == m.group(1).upper() else 0


def _gap(view: str, a: Tok, b: Tok) -> str:
    return view[a.end : b.start]


_NAME_GAPS = frozenset({" "})
_DOMAIN_GAPS = frozenset({" ", "-", " - ", "&", " & ", " – ", "–", " -", "- ", "/"})
_DOMAIN_LIST_GAPS = _DOMAIN_GAPS | {", "}
_GAZ_GAPS = frozenset(
    {" ", "-", " - ", "&", " & ", ". ", ".", ", ", " – ", "–", " -", "- ", "/", "'", "’", " ’ "}
)


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


# Police units named by a place (heads below; a person's name may follow them instead, _POLICE_UNIT_HEADS).
_POLICE_UNITS = (
    "cảnh sát cứu hộ cứu nạn",
    "cảnh sát cứu nạn cứu hộ",
    "cảnh sát giao thông đường sông",
    "cảnh sát giao thông đường thủy",
    "csgt đường sông",
    "csgt đường thủy",
    "trung đoàn cảnh sát cơ động",
    "trung đoàn cscđ",
)


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
    "vks nhân dân",
    "vks",  # "Viện trưởng VKS", "VKS tỉnh Lâm Đồng"
    "tòa án",
    "viện kiểm sát",
    "tòa án quân sự",
    "viện kiểm sát quân sự",
    "ubmttq",
    "mttq",
    "ủy ban mặt trận tổ quốc",
    "ủy ban mttq",
    "mặt trận tổ quốc",
    "tỉnh đoàn",
    "thành đoàn",
    "huyện đoàn",
    "quận đoàn",
    "thị đoàn",
    "bộ chỉ huy quân sự",
    "bchqs",
    "bộ chỉ huy biên phòng",
    "bộ chỉ huy bộ đội biên phòng",
    "bộ đội biên phòng",
    "đồn biên phòng",
    "đồn công an",  # "Đồn công an Phủ Lỗ": a police post named by its place
    "hạt kiểm lâm",  # "hạt kiểm lâm Pác Nặm": the forest rangers of a district
    "cảnh sát phòng cháy chữa cháy",
    "cảnh sát pccc",  # "Cảnh sát PCCC TP. Thủ Dầu Một"
    # with the rescue branch: "Cảnh sát PCCC & CNCH tỉnh Bắc Ninh", "Cảnh sát Phòng cháy và Chữa cháy Hà Nội"
    "cảnh sát phòng cháy và chữa cháy",
    "cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ",
    "cảnh sát pccc và cnch",
    "cảnh sát pccc & cnch",
    "cảnh sát pccc và chcn",
    # "Cảnh sát cứu hộ cứu nạn tỉnh Đồng Nai", "CSGT đường sông TP HCM", "trung đoàn cảnh sát cơ động TP Hà Nội"
    *_POLICE_UNITS,
    "hội chữ thập đỏ",  # "Hội chữ thập đỏ thị trấn Ba Chúc"
    "kho bạc nhà nước",
    "kho bạc",
    "bưu điện",  # "Bưu điện Đà Nẵng": the province's post office
    "cục thuế",
    "chi cục thuế",
    "cục hải quan",
    "chi cục hải quan",
    "hải quan",
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
    "đoàn luật sư",
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
    "bvđk",
    "bệnh viện đa khoa",
    "trung tâm y tế",
    "ttyt",
    "công ty",
    "cty",
    "tổng cty",  # "Tổng Cty Bảo hiểm Việt Nam"
    "xn",  # "XN 556": the usual abbreviation of "Xí nghiệp"
    "ctcp",
    "tập đoàn",
    "tổng công ty",
    "ngân hàng",
    "hội",
    "hiệp hội",
    "liên đoàn",
    "liên hiệp",
    "quỹ",
    "quĩ",  # the older spelling ("Quĩ phúc lợi xã hội")
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
    "phân viện",  # "Phân viện Khoa học hình sự"
    "bảo tàng",
    "nhà xuất bản",
    "nxb",
    "clb",
    "quốc vụ viện",
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
    "ban chuyên án",
    "tổ chuyên án",
    "ban chỉ đạo",  # "Ban chỉ đạo phát triển du lịch thành phố": a named steering committee
    "nhà hát",
    # performing companies named by their art ("Nhà hát cải lương Trần Hữu Trang", "Đoàn văn công Đồng Tháp",
    # "Đoàn ca kịch bài chòi Bình Định"); a bare "Đoàn" is a delegation or a team, not a body
    *(
        f"{h} {art}"
        for h in ("nhà hát", "đoàn")
        for art in (
            "cải lương",
            "chèo",
            "tuồng",
            "kịch",
            "ca kịch",
            "ca kịch bài chòi",
            "bài chòi",
            "dân ca kịch",
            "múa rối",
            "xiếc",
            "ca múa nhạc",
            "nghệ thuật truyền thống",
        )
    ),
    "đoàn văn công",
    "đoàn nghệ thuật",
    "tòa",
    "liên doanh",
    "ubkt",
    "ủy ban kiểm tra",
    "hãng",
    "giáo hội",  # religious bodies: "Giáo hội Phật giáo Việt Nam", "Tòa Thánh Vatican", "Tổng giáo phận Huế"
    "tòa thánh",
    "giáo phận",
    "tổng giáo phận",
    "liên bộ",  # "Liên bộ Công Thương - Tài chính": two ministries acting together
    "cao đẳng",  # "Cao đẳng Y tế Hà Nội", "Trường Cao đẳng sư phạm Lạng Sơn"
    "cđsp",  # "CĐSP Cần Thơ", "ĐHSP Hà Nội": the teachers' college or university of a place
    "đhsp",
    "tạp chí",  # "Tạp chí Cộng sản", "Tạp chí Thủy sản"
    "cụm cảng hàng không",  # "Cụm Cảng hàng không miền Trung"
    "cảng vụ",  # "Cảng vụ Hàng không miền Nam", "Cảng vụ Hàng hải Quảng Ninh": the port authority
    "lâm trường",  # "Lâm trường Đức Cơ": a state forestry enterprise named by its place
    "nông trường",
    "hạm đội",  # "Hạm đội Thái Bình Dương", "Hạm đội Biển Đen"
    "nhạc viện",  # "Nhạc viện Hà Nội", "Nhạc viện TP HCM": the conservatoire of a city
    "cung thiếu nhi",  # "Cung thiếu nhi Hà Nội": the children's palace of a city
    "cung văn hóa",  # "Cung văn hóa Lao động TP HCM"
)


def _low(s: str) -> str:
    return " ".join(TOKEN_RE.findall(canonical_chars(s).lower()))


_HEADS: dict[str, str] = {_low(h): "terr" for h in _TERR_HEADS}
for _h in _NAME_HEADS:
    _HEADS.setdefault(_low(_h), "name")
_HEAD_MAX = max(len(h.split()) for h in _HEADS)
# Heads whose first syllable is also a family name: written "Lâm Trường ..." they begin a person's name.
_SURNAME_HEADS = frozenset({_low("lâm trường"), _low("nông trường")})


def _lows(*items: str) -> frozenset[str]:
    return frozenset(_low(x) for x in items)


# Police units named by a place that a person's name may follow instead ("... cơ động Trần Hoạt").
_POLICE_UNIT_HEADS = _lows(*_POLICE_UNITS)
_REGIMENT_HEADS = _lows("trung đoàn cảnh sát cơ động", "trung đoàn cscđ")
# Words after "Thanh tra" that make it the verb (to inspect a firm), not an inspectorate.
_INSPECTED = _lows("công ty", "cty", "doanh nghiệp", "tập đoàn", "tổng công ty", "nhà máy", "xí nghiệp")
# Heads that may be written in lower case ("bộ Công an", "công an huyện Mê Linh").
_LOWER_OK = _lows(
    "phân viện",  # "phân viện Khoa học Hình sự - bộ Công an"
    "trung đoàn cảnh sát cơ động",  # "trung đoàn cảnh sát cơ động TP Hà Nội"
    "trung đoàn cscđ",
    "cảnh sát cứu hộ cứu nạn",
    "cảnh sát cứu nạn cứu hộ",
    "cảnh sát giao thông đường sông",
    "cảnh sát giao thông đường thủy",
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
    "tổng công ty",
    "phòng",
    "văn phòng",
    "cơ quan",
    "trại tạm giam",
    "trại giam",
    "xí nghiệp",
    "bệnh viện đa khoa",
    "tổng cục",
    "cục",
    "chi cục",
    "viện",
    "học viện",
    "bộ đội biên phòng",
    "bộ chỉ huy biên phòng",
    "đồn biên phòng",
    "hạt kiểm lâm",
    "đoàn luật sư",
    "đảng",
    "đại học",
    "trung tâm",
    "đội",
)
# Lower-case heads that need a lower-case name and then a place ("trung tâm trợ giúp pháp lý tỉnh Cà Mau",
# "đội thi hành án Thành phố Cà Mau"); "trung tâm thành phố", "đội ngũ" are common words.
_LOWER_NEEDS_PLACE = _lows("trung tâm", "đội")
_CENTRE_OF = _lows(
    "hành chính", "thương mại", "kinh tế", "chính trị", "du lịch", "đô thị", "công nghiệp", "tài chính"
)
# Level words after "CA" (Công an): "CA tỉnh", "CA huyện Đông Anh"; "CA" alone may be California.
_CA_LEVELS = _lows("tỉnh", "huyện", "quận", "tp", "thành phố", "thị xã", "xã", "phường", "thị trấn")
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
    "ban chuyên án",
    "tổ chuyên án",
    "viện kiểm sát nhân dân",
    "viện kiểm sát",  # "Viện Kiểm sát: các bị cáo có tội", "Theo VKS": the procuracy of the trial
    "vks",
    "tòa án nhân dân",
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "cục thuế",
    "chi cục thuế",
    "cục hải quan",
    "quốc vụ viện",
    "tòa thánh",  # the Holy See
    "bộ đội biên phòng",  # the national border guard
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
    "ủy ban",
    "hội",
    "hiệp hội",
    "tổng cục",
    "chi cục",
    "vụ",
    "đội",
    "quỹ",
    "quĩ",
    "xí nghiệp",
    "tòa",
    "viện kiểm sát",
    "tòa án",
    "giáo hội",
    "giáo phận",
    "tổng giáo phận",
    "liên bộ",
    "cụm cảng hàng không",
)
# Lower-case heads that are generic words unless a terr parent organ or a lower-case name follows.
_LOWER_GENERIC = _lows("văn phòng", "cơ quan")
_COMPANY = _lows("công ty", "tổng công ty", "tập đoàn", "xí nghiệp", "ngân hàng", "hợp tác xã", "nhà máy")
# Sub-units directly followed by their parent organ ("Thanh tra UBND huyện", "Đảng ủy Công an tỉnh").
_SUBUNIT_DIRECT = _lows(
    "thanh tra",
    "đảng ủy",
    "văn phòng",
    "công đoàn",
    "cơ quan",
    "ubkt",
    "ủy ban kiểm tra",
    "phòng",
    "cục",
    "đội",
    "trại tạm giam",
    "trại giam",
)
# Lower-case heads whose name may continue in lower case ("tổng công ty Nông nghiệp Sài Gòn").
_LOWER_BRIDGE = _lows(
    "phân viện",
    "liên đoàn",
    "tổ chức",
    "ủy ban",
    "quỹ",
    "quĩ",
    "trường",
    "hiệp hội",
    "viện",
    "trung tâm",
    "công ty",
    "tổng công ty",
    "ngân hàng",
    "cơ quan",
    "phòng",
    "cục",
    "chi cục",
    "trại tạm giam",
    "xí nghiệp",
    "tòa",
    "cao đẳng",  # "Cao đẳng sư phạm Lạng Sơn"
)
_POLICE_BRANCH = _lows(
    "hình sự",
    "kinh tế",
    "giao thông",
    "điều tra",
    "cơ động",
    "môi trường",
    "truy nã",
    "quản lý",
    "phòng cháy",
)
_CLUB_HEADS = _lows("clb", "câu lạc bộ")
_UNIVERSITY_HEADS = _lows("đại học", "đh", "trường đại học", "trường đh", "trường cao đẳng", "cao đẳng")
_SCHOOL_STATUS = _lows("dân lập", "tư thục", "bán công")
# Bridging heads that are common nouns when they open a sentence.
_SENT_WEAK_BRIDGE = _lows("liên đoàn", "tổ chức", "ủy ban", "quỹ", "quĩ", "hiệp hội", "viện", "trung tâm")
# Heads that are also syllables of given names.
_NAME_SYLLABLE_HEADS = _lows(
    "hội",
    "khoa",
    "đội",
    "trường",
    "quỹ",
    "quĩ",
    "đài",
    "vụ",
    "viện",
    "ban",
    "đảng",
    "phòng",
    "bộ",  # "Đinh Bộ Lĩnh"
)
_HIGH_COURT_HEADS = _lows(
    "tòa án", "tand", "tòa án nhân dân", "vksnd", "viện kiểm sát nhân dân", "viện kiểm sát", "viện ksnd"
)
_COURT_HEADS = _lows("tòa án", "tand", "tòa án nhân dân", "tòa")
_BARE_SENT_OK = _lows(
    "bộ", "sở", "cục", "tổng cục", "công ty", "xí nghiệp", "tập đoàn", "tổng công ty", "ngân hàng"
)
# What follows a capitalised "Cơ quan" to name an investigating body.
_INVESTIGATION = tuple(
    _low(x)
    for x in ("cảnh sát điều tra", "an ninh điều tra", "điều tra", "csđt", "anđt", "cảnh sát", "an ninh")
)
# Sub-units whose name continues into the parent organ ("Ban Tuyên giáo Tỉnh ủy").
_SUBUNIT = _lows(
    "ban",
    "phân viện",
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
    "tòa",
    "trại tạm giam",
    "trại giam",
    "ubkt",
    "ủy ban kiểm tra",
)
_SCHOOL_NEXT = _lows(
    "thpt",
    "thcs",
    "tiểu học",
    "mầm non",
    "mẫu giáo",  # "trường mẫu giáo Tuổi thơ"
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
    "kỹ thuật",
    "nghiệp vụ",
    "cán bộ",
    "chính trị",
    "bồi dưỡng",
    "đào tạo",
    "sư phạm",
    "quân sự",
    "nghệ thuật",
    "năng khiếu",
    "giáo dưỡng",
    "dạy nghề",
)

# Administrative level words before a place name (dropped from LOC surfaces).
_LEVELS = _lows(
    "tỉnh",
    "thành phố",
    "tp",
    "thị xã",
    "tx",
    "huyện",
    "huyện đảo",
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
    "khu tái định cư",
    "khu dân cư",
    "tổ",
    "kp",
    "t x",
    "k p",
    "bang",
)
_ABBR_LEVELS = frozenset({"tp", "q", "p", "h", "tx", "tt", "kp", "x"})
_LEVEL_NEEDS_DOT = _lows("h", "q", "p", "t x", "k p")
_NUMBERED_LEVELS = _lows(
    "quận",
    "phường",
    "q",
    "p",
    "khu phố",
    "tổ dân phố",
    "khu",
    "ấp",
    "xóm",
    "đội",
    "kp",
    "k p",
    "khóm",
    "thôn",
    "tổ",
)
# Level words that are places only before a number in an address ("trú tại tổ 6, thị trấn X").
_LEVEL_NEEDS_NUMBER = _lows("tổ")
_CREDIT_BEFORE = re.compile(r"(?:Ảnh|ẢNH|Ảnh minh họa|Ảnh minh hoạ)\s?:\s?$")
_NUMLIKE = re.compile(r"\d{1,4}[A-Z]?")
_LEVEL_NEEDS_CAPNAME = _lows("khu", "bản", "làng", "bang")
_LEVEL_NEEDS_CAP = _lows("tp", "tx", "tt", "kp")
# Common words ending in a village level word ("nông thôn", "văn bản", "hàng xóm").
_LEVEL_IN_WORDS = _lows(
    "liên bang",
    "nông thôn",
    "văn bản",
    "cơ bản",
    "căn bản",
    "phiên bản",
    "xuất bản",
    "kịch bản",
    "tư bản",
    "nguyên bản",
    "hàng xóm",
    "lối xóm",
    "chòm xóm",
    "làng xóm",
    "thôn xóm",
    "xóm làng",
    "bản làng",
    "thôn bản",
    "bán buôn",
)
_LEVEL_BARE = _lows("tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "tp", "thị xã", "thị trấn")
# Facilities and natural features: the head noun stays in the LOC surface.
_FACILITY = _lows(
    "thung lũng",  # "thung lũng Tình Yêu", "thung lũng Mường Thanh"
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
    "cảng biển",
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
    "sân vận động",
    "công viên",
    "hồ chứa",
    "kênh",
    "rạch",
    "phá",
    "đầm",
    "biển",
    "dốc",
    "đồi",
    "nhà máy thủy điện",
    "nhà máy nhiệt điện",
    "ql",
    # an "international" or "trade" qualifier between the head and the name keeps the head
    "sân bay quốc tế",
    "cửa khẩu quốc tế",
    "cửa khẩu quốc gia",
    "cảng quốc tế",
    "khu thương mại",
    "cồn",
    "cù lao",
    "hầm",  # road tunnels: "hầm Hải Vân", "hầm Thủ Thiêm"
    "đường hầm",  # "Đường hầm Hải Vân"
    "eo biển",  # "eo biển Bosphorus", "eo biển Malacca"
    "khu tập thể",  # "khu tập thể Kim Liên": a housing estate, not a person
    "khu bảo tồn",  # "Khu bảo tồn Na Hang", "Khu Bảo tồn thiên nhiên Mường Nhé"
    "khu bảo tồn thiên nhiên",
    "căn cứ không quân",  # "căn cứ không quân Al Asad"
    "căn cứ quân sự",
    "căn cứ hải quân",
    "căn cứ",  # a military base only after a place word ("tại căn cứ Al Asad"; "căn cứ Điều 5" is no place)
)
# Capitalised words after a facility word that name a season or a feast, not a place ("chợ Tết").
_NOT_FACILITY_NAME = _lows("tết", "xuân", "noel", "giáng", "hè", "đêm", "quê")
_ISSUER_CODES = frozenset({"TW", "TƯ", "CP", "TTg"})
# What a police investigation unit is named after ("Cục Cảnh sát điều tra tội phạm về ..."), longest first.
_CRIME_FIELDS = tuple(
    sorted(
        _lows(
            "trật tự quản lý kinh tế và chức vụ",
            "trật tự quản lý kinh tế và tham nhũng",
            "trật tự quản lý kinh tế",
            "kinh tế và chức vụ",
            "kinh tế và tham nhũng",
            "tham nhũng, kinh tế, buôn lậu",
            "trật tự xã hội",
            "ma túy",
            "tham nhũng",
            "buôn lậu",
            "kinh tế",
            "môi trường",
            "sử dụng công nghệ cao",
            "công nghệ cao",
            "giao thông",
        ),
        key=lambda f: -len(f.split()),
    )
)
_CRIME_GAPS = frozenset({" ", ", "})
_NUMBERED_FACILITIES = _lows("cầu", "hầm", "nhà máy thủy điện", "nhà máy nhiệt điện")
_UNIT_FACILITY = _lows("cửa khẩu", "cảng", "sân bay", "ga", "cảng hàng không")
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

# Occupations written before a person's name; a foreign town right after one is that person.
_OCCUPATION_HON = _lows(
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
    "tiến sĩ",
    "thạc sĩ",
    "giáo sư",
    "cô giáo",  # "cô giáo Thu Hoà (Viện ...)": a teacher named by her given names
    "thầy giáo",
    "thày giáo",  # the older spelling of "thầy" ("Thày Hoàng Danh", "thày giáo Thành")
)
_HONORIFIC = _OCCUPATION_HON | _lows(
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
    "thày",  # the older spelling ("Thày Vương Đình Quang")
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
    "thái tử",
    "hoàng thái tử",
    "nhật hoàng",
    "hoàng hậu",
    "công chúa",
    "công nương",  # "Công nương Meghan", "Công nương Kate"
    "thượng tọa",
    "hòa thượng",
    "gs.ts",
    "pgs.ts",
    "ts.bs",
    # "ca sĩ trẻ Khánh Ngọc", "nghệ sĩ hài Vân Dung", "MC Ngọc Linh"
    "ca sĩ trẻ",
    "nữ ca sĩ",
    "nam ca sĩ",
    "nghệ sĩ hài",
    "mc",
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
    # "một phụ nữ có tên Khun Thea", "đối tượng khai tên Danh Hoàng Em": a name introduced as such
    "có tên",
    "tên là",
    "khai tên",
)
_HONORIFIC_MAX = 3
_NAMED_CUES = frozenset({"có tên", "tên là", "khai tên"})
_NAMED_WHO = frozenset(
    "người phụ nữ ông bà anh chị cô cậu bé cháu em gái trai niên đối tượng kẻ gã hắn xưng nghi phạm".split()
)


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
        self.starts = [t.start for t in toks]  # token start offsets, for bisect
        self.lows = [t.low for t in toks]  # for low(), called about 2,000 times per article
        self.gaz_back = max(g.max_len.values(), default=1)  # the longest gazetteer form, in tokens
        self.gaz_at: dict[int, tuple[int, Entry]] = {}  # token index -> (end token index, entry)
        self._alone: dict[str, list[int]] | None = None
        self._heads: dict[int, tuple[int, str] | None] = {}  # head_at's answers by token
        self._name_run: list[int] | None = None
        self.org_nesting = 0  # _org_at calls in progress, to bound their mutual recursion with place runs

    def alone_at(self, text: str) -> list[int]:
        """The first two indices of tokens written exactly ``text`` with no capitalised word on either side
        ("... ông Skripal ..."); the index is built once, on first use."""
        if self._alone is None:
            toks, n = self.toks, self.n
            index: dict[str, list[int]] = {}
            for k, t in enumerate(toks):
                if not (k > 0 and toks[k - 1].cap) and not (k + 1 < n and toks[k + 1].cap):
                    found = index.setdefault(t.text, [])
                    if len(found) < 2:
                        found.append(k)
            self._alone = index
        return self._alone.get(text, [])

    def name_run_start(self, i: int) -> int:
        """The first token of the run of capitalised, space-joined words (no acronym, no honorific)
        that token i continues; built once, on first use, so that no caller walks a long run back."""
        if self._name_run is None:
            toks, view = self.toks, self.view
            run = list(range(self.n))
            for a in range(1, self.n):
                p = toks[a - 1]
                if p.cap and view[p.end : toks[a].start] == " " and not p.upper and p.low not in _HONORIFIC:
                    run[a] = run[a - 1]
            self._name_run = run
        return self._name_run[i]

    def joined_ok(self, i: int, j: int, gaps: frozenset[str]) -> bool:
        toks, view = self.toks, self.view
        return all(view[toks[k].end : toks[k + 1].start] in gaps for k in range(i, j - 1))

    def inside_gaz(self, i: int, back: int, end_ok: bool) -> bool:
        """Token i lies inside a gazetteer match starting at most `back` tokens before it (or right at
        its end, with `end_ok`): a bounded look-back instead of a scan of every match."""
        for a in range(max(0, i - back), i):
            m = self.gaz_at.get(a)
            if m is not None and (i <= m[0] if end_ok else i < m[0]):
                return True
        return False

    def key(self, i: int, j: int) -> str:
        return " ".join(t.key for t in self.toks[i:j])

    def low(self, i: int, j: int) -> str:
        """Lower-case canonical text of tokens i..j joined by single spaces (slice semantics)."""
        lows = self.lows
        if i >= 0 and j <= self.n:  # the common one- and two-token lookups, without a generator
            if j - i == 1:
                return lows[i]
            if j - i == 2:
                return lows[i] + " " + lows[i + 1]
        return " ".join(lows[i:j])

    def head_at(self, i: int) -> tuple[int, str] | None:
        """Longest organ head starting at token i: (end index, head key)."""
        if self.toks[i].text == "CA" and i + 1 < self.n and self.toks[i + 1].low in _CA_LEVELS:
            return i + 1, "công an"  # "PGĐ CA tỉnh Hà Tây": the police's usual abbreviation
        if self.toks[i].low not in _HEADS_FIRST:
            return None
        if i in self._heads:  # the rules ask again and again at the same token (about 800 times an article)
            return self._heads[i]
        if i > 0 and self.toks[i - 1].cap and self._ends_place(i):
            return None  # "Hải Phòng Nguyễn Văn Tùng": the word ends a known place, no department opens
        found = None
        for ln in range(min(_HEAD_MAX, self.n - i), 0, -1):
            k = self.low(i, i + ln)
            if k in _SURNAME_HEADS and self.toks[i + 1].cap and not self.toks[i + 1].upper:
                continue  # "Lâm Trường Phong", "Nông Trường Sơn": a family and a middle name, no state farm
            if k in _HEADS and self.joined_ok(i, i + ln, _NAME_GAPS):
                found = i + ln, k
                break
        self._heads[i] = found
        return found

    def _ends_place(self, i: int) -> bool:
        """Token i is a later word of a gazetteer place that starts before it ("Hải Phòng")."""
        for a in range(max(0, i - self.gaz_back), i):
            m = self.gaz_at.get(a)
            if m is not None and i < m[0] and m[1].type == "LOC":
                return True
        return False

    def address_number(self, i: int) -> bool:
        """Token i ("tổ") + a house-group number inside an address: after an address word, or
        followed by ", " and another level ("tổ 1A, phường Tân Lập")."""
        toks = self.toks
        if i + 1 >= self.n or not _NUMLIKE.fullmatch(toks[i + 1].text):
            return False
        if self.view[toks[i].end : toks[i + 1].start] != " ":
            return False
        if i > 0 and toks[i - 1].low in _ADDRESS_LEAD | _ADDRESS_CUE:
            return True
        k = i + 2
        if k + 1 < self.n and self.view[toks[k - 1].end : toks[k].start] == ", ":
            return toks[k].low in _LEVELS_FIRST and toks[k].low != "tổ" and self.level_at(k) is not None
        return False

    def level_at(self, i: int) -> int | None:
        """End index of an administrative level word at token i ("tỉnh", "TP.", "thị xã")."""
        if self.toks[i].low not in _LEVELS_FIRST:
            return None
        for ln in (4, 3, 2, 1):
            if i + ln > self.n:
                continue
            k = self.low(i, i + ln)
            if k in _LEVELS and self.joined_ok(i, i + ln, _NAME_GAPS):
                t = self.toks[i]
                if i + ln < self.n and self.toks[i + ln].low == "ủy":
                    continue  # "Tỉnh ủy", "Huyện ủy" are organs
                last = self.toks[i + ln - 1]
                if k in _LEVEL_NEEDS_DOT and not (
                    t.cap and last.cap and self.view[last.end : last.end + 1] == "."
                ):
                    continue  # "H. Châu Đức", "T X.Phú Mỹ" (a detokenised "TX."), "K P. 5"
                if k in _LEVEL_NEEDS_DOT and _CREDIT_BEFORE.search(self.view, max(0, t.start - 12), t.start):
                    continue  # "Ảnh: P. HẠNH": a photographer's initial, not a ward
                if k in _LEVEL_NEEDS_CAP and not t.cap:
                    continue
                if k == "tt" and i + 1 < self.n and _non_vi_word(self.toks[i + 1].text):
                    continue  # "TT Trump": the president (Tổng thống), not a township
                if k == "bang" and t.cap:
                    continue  # a foreign state is "bang Bihar"; "Bang" is a name
                if k in _LEVEL_NEEDS_NUMBER and not self.address_number(i):
                    continue  # "tổ công tác", "tổ 2 người": only "(trú tại) tổ 6, thị trấn X"
                # "khu", "bản", "làng" only as place levels before a capitalised name
                if k in _LEVEL_NEEDS_CAPNAME and not (i + 1 < self.n and self.toks[i + 1].cap):
                    continue
                if (
                    ln == 1
                    and i > 0
                    and f"{self.toks[i - 1].low} {k}" in _LEVEL_IN_WORDS
                    and self.view[self.toks[i - 1].end : t.start] == " "
                ):
                    continue  # "nông thôn", "văn bản": the level word ends a common word
                return i + ln
        return None


# Heads of state bodies named in Sino-Vietnamese ("Sở Thuế vụ Mỹ", "Cục Điều tra Liên bang Mỹ").
_STATE_HEADS = _lows("sở", "bộ", "cục", "viện", "vụ", "ủy ban", "tổng cục", "cơ quan", "hội đồng")
_WORK_NOUNS = _lows("phim", "ca khúc", "khúc", "bài hát", "tiểu thuyết", "album", "vở", "truyện", "tác phẩm")
_OPENERS = frozenset({"", ".", "!", "?", ":", ";", "\n", '"', "“", "”", "'", "‘", "’", "(", "-", "–"})


def _gaz_scan(c: _Ctx) -> list[tuple[int, int, Entry]]:
    """Every gazetteer match (longest at each start), as (first token, end token, entry)."""
    out: list[tuple[int, int, Entry]] = []
    toks, g = c.toks, c.g
    i = 0
    while i < c.n:
        ml = g.max_len.get(toks[i].key, 0)
        if ml > 1 and (i + 1 >= c.n or f"{toks[i].key} {toks[i + 1].key}" not in g.pairs):
            ml = 1  # no longer form starts with these two tokens
        found: tuple[int, Entry] | None = None
        for ln in range(min(ml, c.n - i), 0, -1):
            entries = g.entries.get(c.key(i, i + ln))
            if not entries or not c.joined_ok(i, i + ln, _GAZ_GAPS):
                continue
            if ln > 1:
                inner = c.view[toks[i].end : toks[i + ln - 1].start]
                plural = i > 0 and toks[i - 1].low == "các"  # "các bộ Tài chính, Kế hoạch và Đầu tư"
                for ch in ",-&/.":
                    if ch in inner:  # "Bình, Tân" / "Tân - Bình" are not "Bình Tân"
                        entries = [e for e in entries if ch in e.form or (e.type == "ORG" and not plural)]
                if not entries:
                    continue
            e = _entry_ok(c, i, i + ln, entries)
            if (
                e is not None
                and ln == 1
                and e.kind == "country"
                and toks[i].low != e.tokens[0].lower()
                and toks[i].key in _AMBIGUOUS_COUNTRY
            ):
                e = None  # "Bi", "My", "Lao" without their tone marks are names, not Bỉ, Mỹ, Lào
            if (
                e is not None
                and e.type == "LOC"
                and e.kind == "foreign"
                and i > 0
                and toks[i - 1].low in _WORK_NOUNS
                and c.view[toks[i - 1].end : toks[i].start] == " "
            ):
                e = None  # "phim Manhattan", "ca khúc Paris": the title of a work, not the city
            if (
                e is not None
                and ln == 1
                and e.type == "LOC"
                and i + 1 < c.n
                and not toks[i + 1].cap
                and c.view[toks[i].end : toks[i + 1].start] == " "
                and f"{toks[i].low} {toks[i + 1].low}" in g.words2
                and toks[i + 1].low != "quốc"  # "Anh quốc" is the country
                and c.view[max(0, toks[i].start - 3) : toks[i].start].rstrip()[-1:] in _OPENERS
            ):
                e = None  # "' Vinh dự khi ...", "Mỹ phẩm ...": a common word opening the sentence
            if (
                e is not None
                and e.type == "ORG"
                and ln > 1
                and i > 0
                and toks[i - 1].cap
                and toks[i - 1].low in g.surnames
                and c.view[toks[i - 1].end : toks[i].start] == " "
                and any(t.cap and not cap for t, cap in zip(toks[i : i + ln], e.caps, strict=True))
            ):
                e = None  # "Đặng Quốc Hội": a name written in title case after a family name, not "Quốc hội"
            if (
                e is not None
                and ln > 1
                and e.type == "LOC"
                and not toks[i].cap
                and toks[i].low in _COMPASS_VI
                and toks[i + 1].cap
                and e.tokens[0][:1].isupper()
            ):
                # "miền trung Mỹ", "đông bắc Thái Lan": a compass word, then the country (not "Trung Mỹ",
                # "Bắc Thái")
                e = None
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
    toks = c.toks
    a = c.name_run_start(i)
    gz = c.gaz_at.get(i)
    return (
        (a < i and toks[a].low in c.g.surnames and not toks[a].sent)
        or (a < i - 1 and toks[a].low in c.g.surnames)
        # "; Phan Đức Thọ (SN 1995)": a family name and a two-syllable place read as one name
        or (a == i - 1 and toks[a].low in c.g.surnames and gz is not None and gz[0] - i == 2)
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
        typed_plain = all(t.text.isascii() for t in toks)  # "Hai quan" may be typed without marks
        if not all(
            t.text.lower() == f.lower()
            or (typed_plain and t.key == _fold1(f) and (t.cap or not f[0].isupper()))
            for t, f in zip(toks, e.tokens, strict=True)
        ):
            continue  # "Ảnh" is not "Anh", "Bí" is not "Bỉ", "do" not "Đồ", "Hải quan" not "Hải quân"
            # (text typed wholly without marks still matches)
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
        if e.type == "ORG" and e.kind == "media" and e.caps[0] and not toks[0].cap:
            continue  # "động đất Việt Nam", "người dân Việt": not the papers "Đất Việt", "Dân Việt"
        if j < c.n and toks[-1].low == "việt" and c.toks[j].low == "nam":
            continue  # "... Việt Nam": the country, not a name ending in "Việt"
        return e
    return None


# --------------------------------------------------------------------------- extraction


_NOT_PLACE2 = frozenset(
    {
        "nhân dân",
        "cấp cao",
        "quân sự",
        "quân đội",
        "chính phủ",
        "nhà nước",
        "trung ương",
        "quốc gia",
        "tối cao",
    }
)


# Words that open a sentence and never name a place ("TP. Việc ...").
_SENT_NOT_PLACE = _lows(
    "việc",
    "đây",
    "điều",
    "nhưng",
    "tuy",
    "theo",
    "trong",
    "khi",
    "sau",
    "do",
    "vì",
    "ngoài",
    "hiện",
    "còn",
    "các",
    "những",
    "tại",
    "ngày",
    "đó",
    "này",
    "riêng",
    "cũng",
    "nếu",
    "để",
    "với",
    "từ",
    "trước",
)


def _place_run(c: _Ctx, i: int, max_len: int = 3, person_ok: bool = False) -> int:
    """End of a capitalised place name starting at token i (0 length if none).

    Cut before a family name that starts a person's name ("Đồng Tháp | Nguyễn Văn A").
    """
    toks, g = c.toks, c.g
    if i >= c.n:
        return i
    gz = c.gaz_at.get(i)
    if gz is not None and gz[1].type == "LOC" and not _country_prefix(c, i, gz[0], gz[1]):
        j = gz[0]
        ward = i > 0 and toks[i - 1].low in ("xã", "phường", "thị trấn", "p", "ấp", "thôn", "khóm")
        if (
            (gz[1].kind in ("city", "district") or (ward and gz[1].kind == "province"))
            and (j - i == 1 or ward)
            and j < c.n
            and toks[j].cap
            and not toks[j].upper
            and c.view[toks[j - 1].end : toks[j].start] == " "
            and j not in c.gaz_at
            and toks[j].low not in g.surnames
            and c.head_at(j) is None
            and c.level_at(j) is None
        ):
            j += 1  # "xã Vinh Quang" is not the city Vinh, "phường Phú Thọ Hòa" not Phú Thọ
        return _ward_number(c, i, j)
    if toks[i].text.isdigit() or _NUMLIKE.fullmatch(toks[i].text):
        return i + 1
    if (
        toks[i].low in _SENT_NOT_PLACE
        and i > 0
        and c.view[toks[i - 1].end : toks[i].start] == ". "
        and i not in c.gaz_at
    ):
        return i  # "... phát triển của TP. Việc tiếp nhận ...": the next sentence, no place
    if c.low(i, i + 2) in _NOT_PLACE2:
        return i  # "Công An Nhân Dân", "TAND Cấp cao": part of the organ's name, no place
    j = i
    while (j < c.n and j - i < max_len and toks[j].cap and not toks[j].upper) or (
        j < c.n and j - i < max_len and toks[j].upper and len(toks[j].text) <= 4 and j == i
    ):
        if j > i and c.view[toks[j - 1].end : toks[j].start] not in (" ", "-", " - "):
            break
        if j > i and toks[j].low == "ảnh" and "-" in c.view[toks[j - 1].end : toks[j].start]:
            break  # "TP. HCM - Ảnh: ...": the photo credit after the caption's place
        if (
            j > i
            and toks[j].low in _WESTERN_GIVEN
            and j + 1 < c.n
            and toks[j + 1].cap
            and c.view[toks[j].end : toks[j + 1].start] == " "
            and j not in c.gaz_at
        ):
            break  # "thành phố Cincinnati | John Cranley": a Western given name opens a person after the place
        if (
            j > i
            and not person_ok
            and toks[j].low in g.surnames
            and j + 1 < c.n
            and toks[j + 1].cap
            and (c.view[toks[j].end : toks[j + 1].start] == " ")
        ):
            break
        if (
            j + 1 < c.n
            and not toks[j + 1].cap
            and c.view[toks[j].end : toks[j + 1].start] == " "
            and f"{toks[j].low} {toks[j + 1].low}" in g.words2
            and j not in c.gaz_at
        ):
            break  # "TP. Xử lý", "TP HCM - Thực trạng": a capitalised common word, no place
        org_here = _org_at(c, j, 2) if toks[j].low in _HEADS else None
        if (
            (
                org_here is not None
                and (
                    org_here[0] > j + 1
                    or j == i
                    # "phường Yên Sở: \"Lấy ...": a capital after punctuation is not the organ's name
                    or (j + 1 < c.n and toks[j + 1].cap and c.view[toks[j].end : toks[j + 1].start] == " ")
                )
            )
            or (j > i and c.level_at(j) is not None)
        ):
            break  # ("xã Thọ Trường": "Trường" is no school here)
        j += 1
    if j > i + 1 and toks[i].low in g.surnames and j - i >= 3 and not person_ok:
        return i  # "Lâm Văn Mẫn" after an organ is a person, not a place
    if (
        j == i + 1
        and not person_ok
        and toks[i].low in g.surnames
        and j < c.n
        and toks[j].cap
        and c.view[toks[i].end : toks[j].start] == " "
    ):
        return i  # "TAND thành phố | Bùi Hoàng Danh"
    return _ward_number(c, i, j)


_WARD_LEVELS = _lows("xã", "phường", "ấp", "thôn", "xóm", "khóm", "bản")


def _ward_number(c: _Ctx, i: int, j: int) -> int:
    """A ward's name may end with a small number ("xã Hố Nai 3", "ấp Tân Hiệp 2")."""
    toks = c.toks
    if (
        i < j < c.n
        and i > 0
        and toks[i - 1].low in _WARD_LEVELS
        and toks[j].text.isdigit()
        and len(toks[j].text) <= 2
        and c.view[toks[j - 1].end : toks[j].start] == " "
        and not (j + 1 < c.n and c.view[toks[j].end : toks[j + 1].start] in ("/", "-", ".", ",", " -", ". "))
        and not (
            j + 1 < c.n
            and c.view[toks[j].end : toks[j + 1].start] == " "
            and (toks[j + 1].low in _COUNTED or c.low(j + 1, j + 3) in _COUNTED or not toks[j + 1].cap)
        )
    ):
        return j + 1
    return j


_PLURAL = _lows("các", "những", "hai", "ba", "bốn", "năm", "sáu", "mấy")
_PAREN = re.compile(r" \([^()\n]{1,60}\)")
_LIST_NEXT = re.compile(r"(?:,| và|, và) ")


def _place_list(c: _Ctx, end: int) -> list[tuple[int, int]]:
    """Further names listed after a plural level ("3 khu tái định cư A, B (xã X) và C")."""
    toks, view, g = c.toks, c.view, c.g
    out: list[tuple[int, int]] = []
    k = end
    while k < c.n and len(out) < 8:
        pos = toks[k - 1].end
        m = _PAREN.match(view, pos)
        if m is not None:
            pos = m.end()
        m = _LIST_NEXT.match(view, pos)
        if m is None:
            break
        k = bisect.bisect_left(c.starts, m.end(), lo=k)
        if k >= c.n or toks[k].start != m.end() or not toks[k].cap or toks[k].upper:
            break
        if c.head_at(k) is not None or c.level_at(k) is not None or _title_at(c, k):
            break
        if toks[k].low in g.surnames:
            # "các huyện ..., Thạch Thành, Triệu Sơn, Hà Trung": two syllables and the list goes on
            j = _place_run(c, k, 2, person_ok=True)
            end = toks[j - 1].end
            if j != k + 2 or not (
                _LIST_NEXT.match(view, end) or view[end : end + 1] in ("", ".", ")", ";", "…", "\n")
            ):
                break
        else:
            j = _place_run(c, k, 3)
        if j <= k:
            break
        out.append((k, j))
        k = j
    return out


# Words between a plural street word and its list ("các trục đường lớn như: A, B").
_STREET_LEAD = _lows("lớn", "chính", "như", "gồm", "là", "trung tâm")
_STREET_NEXT = re.compile(r"(?:, và |, | và )")
_STREET_TO = re.compile(r" (?:đến|tới|ra|sang) ")
_MONTH_WORDS = _lows("một", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
# Words right before a house number that a street's name follows ("số 749 Trần Nhân Tông").
_ROAD_CODE = re.compile(r"(?:QL|ĐT|TL|ĐH)\d{1,3}[A-Z]?")
_ADDRESS_CUE = _lows("số", "nhà", "ở", "tại", "trú", "ngụ", "chỉ")


def _street_run(c: _Ctx, k: int) -> int:
    """End of a street's name at token k ("Trần Nhân Tông", "Cách Mạng Tháng Tám")."""
    toks, n, view = c.toks, c.n, c.view
    j = _person_run(c, k, 4)
    if (
        j > k
        and j + 1 < n
        and toks[j].low == "tháng"
        and toks[j].cap
        and toks[j + 1].cap
        and toks[j + 1].low in _MONTH_WORDS
        and view[toks[j - 1].end : toks[j].start] == " "
        and view[toks[j].end : toks[j + 1].start] == " "
    ):
        j += 2  # "Cách Mạng Tháng Tám", "Ba Tháng Hai"
    return j


def _house_number(c: _Ctx, k: int) -> int | None:
    """Token after a house number at k ("749", "243/113", "12A") when a capitalised name follows."""
    toks, n, view = c.toks, c.n, c.view
    if not toks[k].text[0].isdigit():
        return None
    j = k + 1
    while j < n and view[toks[j - 1].end : toks[j].start] in ("/", "-") and toks[j].text[0].isdigit():
        j += 1  # "243/113", "557-559": a house number, or a range of them
    if (
        j < n
        and view[toks[j - 1].end : toks[j].start] == " "
        and toks[j].cap
        and not toks[j].upper
        and toks[j].key not in _NOT_NAME
        and toks[j].low not in _HONORIFIC
        and c.head_at(j) is None
        and c.level_at(j) is None
        and not _title_at(c, j)
    ):
        return j
    return None


_HOUSE_NO = re.compile(r"\d{1,5}[A-Z]?(?:/\d{1,5}[A-Z]?)*")


def _address_street(c: _Ctx, i: int) -> tuple[int, int] | None:
    """A street after a bare house number inside an address: "(100A/94 Dương Bá Trạc, phường 2",
    ", 502/472 Nguyễn Đình Chiểu, P 4", "(14 Cách Mạng Tháng Tám, quận 1": the name is followed by a
    comma and a level word (or a known place), so it is no person."""
    toks, n, view = c.toks, c.n, c.view
    h = _house_number(c, i)
    if h is None or h in c.gaz_at:
        return None
    if not _HOUSE_NO.fullmatch(view[toks[i].start : toks[h - 1].end]):
        return None
    if toks[h].text == "Bis" and h + 1 < n and toks[h + 1].cap:
        h += 1  # "236 Bis Lê Văn Sỹ"
    e2 = _street_run(c, h)
    if (
        h - i == 1
        and e2 > h
        and view[toks[i - 1].end : toks[i].start] == ", "
        and view[toks[e2 - 1].end : toks[e2 - 1].end + 1] in (".", "\n", "")
        and any(toks[k].low in ("tại", "ở") for k in range(max(0, i - 6), i))
    ):
        return h, e2  # "tại Sofitel Plaza, 17 Lê Duẩn.": a venue's address ends the sentence
    if (
        h - i == 1
        and e2 >= h + 2
        and view[toks[i - 1].end : toks[i].start].endswith("(")
        and view[toks[e2 - 1].end : toks[e2 - 1].end + 1] == ")"
    ):
        return h, e2  # "khách sạn Đông Dương (2 Hùng Vương)": a venue's address in brackets
    if e2 <= h or e2 >= n or view[toks[e2 - 1].end : toks[e2].start] != ", ":
        return None
    nxt = toks[e2]
    gz = c.gaz_at.get(e2)
    if (
        c.level_at(e2) is not None
        or re.fullmatch(r"[PQ]\.?\s?\d{1,2}", view[nxt.start : nxt.start + 4].strip(",. ")) is not None
        or (gz is not None and gz[1].type == "LOC" and gz[1].kind != "country")
    ):
        return h, e2
    return None


def _opens_no_place(c: _Ctx, k: int, facility_name_ok: bool) -> bool:
    """Token k cannot open a street's or a place's name in a list: lower case, in capitals, an
    honorific, a stop word, an organ head, a level or a title, a known body, or a facility word
    ("Quốc lộ 1"; with ``facility_name_ok``, a capitalised name may follow it: "Cầu Gỗ")."""
    t = c.toks[k]
    return (
        not t.cap
        or t.upper
        or t.low in _HONORIFIC
        or t.low in _NAME_STOP
        or c.head_at(k) is not None
        or c.level_at(k) is not None
        or _title_at(c, k)
        or (t.low in _FACILITY_FIRST and not (facility_name_ok and k + 1 < c.n and c.toks[k + 1].cap))
        or (k in c.gaz_at and c.gaz_at[k][1].type != "LOC")
    )


def _street_item(c: _Ctx, k: int) -> int:
    """End of one more street of a list at token k (k if it is no street's name)."""
    return k if _opens_no_place(c, k, facility_name_ok=True) else _street_run(c, k)


def _streets(c: _Ctx, i: int) -> list[tuple[int, int]]:
    """Streets named after the street word at token i.

    "đường Lê Lợi", "ngõ 16 Nguyễn Công Mỹ" (the lane's number before the street), a crossing
    "đường Phan Chu Trinh – Vũ Tùng", and lists: "các trục đường như: Nguyễn Ái Quốc, Đồng Khởi",
    "từ phố Hàng Dầu, Cầu Gỗ đến Phan Bội Châu, Hàng Bông" (street names are people's names, so
    a list is only read on a plural street word, a "từ ... đến" or three names or more).
    """
    toks, n, view = c.toks, c.n, c.view
    plural = i > 0 and (
        toks[i - 1].low in _PLURAL
        or toks[i - 1].low == "nhiều"
        or (i > 1 and toks[i - 1].low in ("tuyến", "trục", "con") and toks[i - 2].low in _PLURAL)
    )
    k = i + 1
    if plural:
        while k < n and k - i <= 3 and toks[k].low in _STREET_LEAD and not toks[k].cap:
            k += 1
        if k >= n or view[toks[k - 1].end : toks[k].start] not in (" ", ": "):
            return []
    elif view[toks[i].end : toks[k].start] != " ":
        return []
    if (
        toks[i].low == "đường"
        and not plural
        and toks[k].text.isdigit()
        and len(toks[k].text) <= 3
        and k + 1 < n
        and view[toks[k].end : toks[k + 1].start] == ", "
        and (c.level_at(k + 1) is not None or (k + 1 in c.gaz_at and c.gaz_at[k + 1][1].type == "LOC"))
    ):
        return [(i, k + 1)]  # "tại đường 17, phường 4, quận 8": a numbered street keeps its word
    if toks[k].text[0].isdigit() and toks[i].low != "đường":
        h = _house_number(c, k)  # "ngõ 16 Nguyễn Công Mỹ"
        if h is None:
            return []
        k = h
    if not toks[k].cap:
        return []
    pe = _street_run(c, k)
    if pe <= k or (pe == k + 1 and len(toks[k].text) == 1):
        return []  # "đường C": a letter, no street's name
    out = [(k, pe)]
    # a crossing: "đường Phan Chu Trinh – Vũ Tùng"
    while pe < n and view[toks[pe - 1].end : toks[pe].start] in (" – ", " - ", "–", "- ", "-", " -"):
        e2 = _street_run(c, pe)
        if e2 - pe < 2 or _title_at(c, pe) or c.head_at(pe) is not None:
            break
        out.append((pe, e2))
        pe = e2
    if len(out) > 1:
        return out
    # a list of streets
    starts = c.starts
    from_to = i > 0 and toks[i - 1].low == "từ"
    items: list[tuple[int, int]] = []
    while pe < n and len(items) < 10:
        pos = toks[pe - 1].end
        m = _STREET_NEXT.match(view, pos) or (_STREET_TO.match(view, pos) if from_to else None)
        if m is None:
            break
        k = bisect.bisect_left(starts, m.end(), lo=pe)
        if k >= n or toks[k].start != m.end():
            break
        e2 = _street_item(c, k)
        if e2 <= k or (e2 < n and view[toks[e2 - 1].end : toks[e2].start] == " ("):
            break  # "Nguyễn Văn A (30 tuổi)": a person
        items.append((k, e2))
        pe = e2
    if items and (plural or from_to or len(items) >= 2 or _address_end(c, pe)):
        out.extend(items)
    return out


# Words between "tuyến" and the ends of a route ("tuyến xe buýt Long Biên - Bát Tràng", "5 tuyến là ...").
_ROUTE_LEAD = _lows("xe", "buýt", "bus", "là", "gồm", "bay", "tàu", "đường", "sắt", "bộ", "metro", "khách")
_ROUTE_DASH = frozenset({" - ", " – "})
_ROUTE_MAX = 10


def _route_end(c: _Ctx, k: int) -> int:
    """End of one end of a route at token k (k when it is no place's name)."""
    t = c.toks[k]
    if _opens_no_place(c, k, facility_name_ok=False):
        return k
    gz = c.gaz_at.get(k)
    e = _place_run(c, k) if gz is not None else _street_run(c, k)
    if e == k + 1 and t.low in _COMPASS_VI:
        return k  # "tuyến đường sắt Bắc - Nam": the directions, no places
    return e


def _routes(c: _Ctx, i: int) -> list[tuple[int, int]]:
    """The ends of the routes named after "tuyến" at token i: "tuyến Long Biên - Bát Tràng", "5 tuyến
    là Trần Khánh Dư - Mỹ Đình, Nghi Tàm - Bến xe Giáp Bát" (both ends places, so no persons).
    Only pairs joined by a spaced dash; a facility or level word at one end is left to its own rule."""
    toks, n, view = c.toks, c.n, c.view
    k = i + 1
    while k < n and k - i <= 3 and toks[k].low in _ROUTE_LEAD and not toks[k].cap:
        k += 1
    if k >= n or view[toks[k - 1].end : toks[k].start] not in (" ", ": "):
        return []

    def end_at(a: int) -> tuple[int, bool]:
        """(end, named here) of one end at token a; (a, False) when it is no place."""
        e = _route_end(c, a)
        if e > a:
            return e, True
        if _title_at(c, a) or not (toks[a].low in _FACILITY_FIRST or c.level_at(a) is not None):
            return a, False
        e = a + 1  # "Bến xe Giáp Bát", "ga Hà Nội", "thị trấn Đông Anh": another rule names it
        while (
            e < n
            and e - a < 5
            and view[toks[e - 1].end : toks[e].start] == " "
            and (toks[e].cap or e - a < 2)
        ):
            e += 1
        return e, False

    out: list[tuple[int, int]] = []
    while k < n and len(out) < 2 * _ROUTE_MAX:
        a_end, a_named = end_at(k)
        if a_end <= k or a_end >= n or view[toks[a_end - 1].end : toks[a_end].start] not in _ROUTE_DASH:
            break
        b_end, b_named = end_at(a_end)
        if b_end <= a_end:
            break
        if a_named:
            out.append((k, a_end))
        if b_named:
            out.append((a_end, b_end))
        if b_end >= n or view[toks[b_end - 1].end : toks[b_end].start] not in (", ", " và "):
            break
        k = b_end
    return out


def _hang_street(c: _Ctx, i: int) -> bool:
    """A capitalised "Hàng" + one capitalised syllable inside a sentence: a street or market of an old
    quarter ("Hàng Đào", "Hàng Da", "Hàng Xanh"); not "Ngân Hàng", "hãng Hàng không", "Hàng Việt Nam"."""
    toks, view = c.toks, c.view
    t = toks[i]
    if t.text != "Hàng" or t.sent or i == 0 or i + 1 >= c.n:
        return False
    nx = toks[i + 1]
    if not nx.cap or nx.upper or view[t.end : nx.start] != " " or nx.low in ("không", "hải", "hóa", "hoá"):
        return False
    if i + 1 in c.gaz_at or c.head_at(i + 1) is not None or c.level_at(i + 1) is not None:
        return False
    prev = toks[i - 1]
    gap = view[prev.end : t.start]
    if gap == " " and ((prev.cap and prev.low not in _PLACE_PREP) or c.head_at(i - 1) is not None):
        return False
    return not (i + 2 < c.n and toks[i + 2].cap and view[nx.end : toks[i + 2].start] == " ")


def _address_end(c: _Ctx, j: int) -> bool:
    """A level word or a known place (no country) after a comma at token j: the list before it is
    an address ("đường Lê Lợi, Trần Hưng Đạo, quận 1")."""
    if j >= c.n or c.view[c.toks[j - 1].end : c.toks[j].start] != ", ":
        return False
    gz = c.gaz_at.get(j)
    return c.level_at(j) is not None or (gz is not None and gz[1].type == "LOC" and gz[1].kind != "country")


# Words after which an address starts ("trú tại Phúc Diễn, Bắc Từ Liêm", "quê quán Điện Ngọc, ...").
_ADDRESS_LEAD = _lows("ở", "tại", "trú", "ngụ", "quê", "quán", "thuộc", "vực", "về", "từ", "đến")


def _address_heads(c: _Ctx) -> list[tuple[int, int]]:
    """A ward or commune written without its level word at the head of an address.

    "ở Hàng Bồ, quận Hoàn Kiếm", "khu vực Phúc Diễn, Bắc Từ Liêm, Hà Nội", "quê quán Điện Ngọc,
    Điện Bàn, Quảng Nam": a capitalised name after an address word, followed by a comma and a
    known district, city or province (or a level word and a name).
    """
    toks, n, view, g = c.toks, c.n, c.view, c.g
    out: list[tuple[int, int]] = []
    for i in range(1, n - 1):
        t = toks[i]
        if (
            not t.cap
            or t.upper
            or not (
                (toks[i - 1].low in _ADDRESS_LEAD and view[toks[i - 1].end : t.start] == " ")
                # "bà Lê Thị Nghị (Kim Mã, quận Ba Đình)": an address in brackets after a name
                or (toks[i - 1].cap and view[toks[i - 1].end : t.start] == " (")
                # "(48 tuổi, Lộc Ngãi, Bảo Lâm, Lâm Đồng)", "(1980, Gia Kiệm, ...)", "thôn 3, Đại Cáo, ..."
                or (
                    (toks[i - 1].low == "tuổi" or toks[i - 1].text.isdigit())
                    and t.low not in _SEX_WORDS  # "(Anh Tú, 19 tuổi, Nam, Bình Thạnh, ...)": the sex
                    and view[toks[i - 1].end : t.start] == ", "
                    and "(" in view[max(0, toks[i - 1].start - 16) : toks[i - 1].start]
                )
            )
            or i in c.gaz_at
            or t.low in _NAME_STOP
            or t.low in _HONORIFIC
            or t.low in _FACILITY_FIRST
            or c.head_at(i) is not None
            or c.level_at(i) is not None
            or _title_at(c, i)
            or _foreign_word(t.text)
        ):
            continue
        j = _place_run(c, i, 3)
        if (
            j > i
            and j + 1 < n
            and _NUMLIKE.fullmatch(toks[j].text)
            and view[toks[j - 1].end : toks[j].start] == " "
            and view[toks[j].end : toks[j + 1].start] == ", "
        ):
            j += 1  # a numbered hamlet or quarter named without its level word ("Gia Tân 2, ...")
        if j <= i or j >= n or view[toks[j - 1].end : toks[j].start] != ", ":
            continue
        gz = c.gaz_at.get(j)
        lv = c.level_at(j)
        if gz is None and lv is None and toks[j].cap and not toks[j].upper and c.head_at(j) is None:
            # "Gia Kiệm, Thống Nhất, Đồng Nai": an unlisted district between the commune and the province
            j2 = _place_run(c, j, 3)
            gz2 = c.gaz_at.get(j2) if j2 < n else None
            if (
                j < j2
                and view[toks[j2 - 1].end : toks[j2].start] == ", "
                and gz2 is not None
                and gz2[1].type == "LOC"
                and gz2[1].kind in ("city", "province")
                and not _title_at(c, j)
                and toks[j].low not in _NAME_STOP
            ):
                out.append((j, j2))
                gz = gz2
        if (gz is not None and gz[1].type == "LOC" and gz[1].kind in ("district", "city", "province")) or (
            lv is not None
            and lv < n
            and (toks[lv].cap or toks[lv].text.isdigit())
            and c.low(j, lv) not in ("tỉnh", "thành phố", "tp")
        ):
            if j - i == 1 and t.low in g.surnames:
                continue  # "ở Lê, quận 3"?: one family name is no place
            out.append((i, j))
    out.extend(_commune_between(c))
    return out


def _commune_between(c: _Ctx) -> list[tuple[int, int]]:
    """An unlisted commune between a hamlet or commune and its known district: "ấp Tô Thi, An Cư, Tịnh
    Biên", "ấp Long Hưng 1, Long Sơn, Phú Tân" (the address runs from the smallest unit up)."""
    toks, n, view = c.toks, c.n, c.view
    out: list[tuple[int, int]] = []
    for i in range(n - 1):
        if toks[i].low not in _WARD_LEVELS:
            continue
        lv = c.level_at(i)
        if lv is None or lv >= n or not toks[lv].cap:
            continue
        j = _place_run(c, lv, 3)
        if j > lv and j < n and toks[j].text.isdigit() and view[toks[j - 1].end : toks[j].start] == " ":
            j += 1  # "ấp Long Hưng 1"
        if j <= lv or j + 1 >= n or view[toks[j - 1].end : toks[j].start] != ", ":
            continue
        t = toks[j]
        if (
            not t.cap
            or t.upper
            or j in c.gaz_at
            or t.low in _NAME_STOP
            or c.head_at(j) is not None
            or c.level_at(j) is not None
            or _title_at(c, j)
        ):
            continue
        j2 = _place_run(c, j, 3)
        gz2 = c.gaz_at.get(j2) if j2 < n else None
        if (
            j < j2 <= j + 3
            and view[toks[j2 - 1].end : toks[j2].start] == ", "
            and gz2 is not None
            and gz2[1].type == "LOC"
            and gz2[1].kind in ("district", "city", "province")
        ):
            out.append((j, j2))
    return out


def _country_only(c: _Ctx, a: int, b: int) -> bool:
    """Tokens a..b are lower-case words and then one country or region ("hàng đầu châu Á")."""
    for k in range(a, b):
        gz = c.gaz_at.get(k)
        if gz is not None and gz[0] == b and gz[1].type == "LOC" and gz[1].kind in ("country", "region"):
            return True
        if c.toks[k].cap:
            return False
    return False


def _country_prefix(c: _Ctx, i: int, j: int, e: Entry) -> bool:
    """An ambiguous one-word country opening a longer place name ("Đức Hòa", "Đức Lý")."""
    return (
        e.kind == "country"
        and j == i + 1
        and c.toks[i].key in _AMBIGUOUS_COUNTRY
        and j < c.n
        and c.toks[j].cap
        and not c.toks[j].upper
        and c.view[c.toks[i].end : c.toks[j].start] == " "
        and c.head_at(j) is None
        and c.level_at(j) is None
    )


# Organs named by their country alone, in any case ("chính phủ Iraq", "Đại sứ quán Anh", "sứ quán Mỹ").
_COUNTRY_ORGANS = _lows("chính phủ", "đại sứ quán", "sứ quán", "tổng lãnh sự quán", "lãnh sự quán")
# Only when capitalised: a country's armed forces, police and chambers ("Quân đội Mỹ", "Hạ viện Czech",
# "Cảnh sát Thái Lan"); "quân đội Mỹ" in lower case may be the troops, not the institution.
_CAP_COUNTRY_ORGANS = _lows(
    "quân đội",
    "hạ viện",
    "thượng viện",
    "nghị viện",
    "quốc hội",
    "hải quân",
    "không quân",
    "lục quân",
    "cảnh sát",
)


_COUNTRY_ORGAN_FIRSTS = frozenset(k.split()[0] for k in (*_COUNTRY_ORGANS, *_CAP_COUNTRY_ORGANS))


def _country_organ(c: _Ctx, i: int) -> tuple[int, int] | None:
    """(end token, country start) of a country's government or embassy at token i, else None."""
    if c.toks[i].low not in _COUNTRY_ORGAN_FIRSTS:
        return None  # called at every token: one set look-up before any joined key
    for ln in (4, 3, 2):
        k = i + ln
        if (
            k >= c.n
            or (
                c.low(i, k) not in _COUNTRY_ORGANS
                and not (c.toks[i].cap and c.low(i, k) in _CAP_COUNTRY_ORGANS)
            )
            or c.view[c.toks[k - 1].end : c.toks[k].start] != " "
        ):
            continue
        gz = c.gaz_at.get(k)
        if gz is None or gz[1].type != "LOC" or gz[1].kind != "country" or not c.toks[k].cap:
            return None
        j = gz[0]
        if j < c.n and c.toks[j].cap and c.view[c.toks[j - 1].end : c.toks[j].start] == " ":
            return None  # the name goes on ("chính phủ Việt Nam Cộng hòa"?): leave it
        return j, k
    return None


# Words after a lower-case "phòng" that make it a room ("phòng lạnh", "phòng mổ"), not a department.
_ROOM_WORDS = _lows(
    "lạnh", "mổ", "họp", "ngủ", "giam", "xử", "trực", "chờ", "khách", "tắm", "thí", "bệnh", "tập", "thu", "vé"
)


# Heads of academies and universities whose name may end in a lower-case "nhân dân" ("Học viện An ninh nhân dân").
_PEOPLES_SCHOOL_HEADS = _lows("học viện", "đại học", "trường đại học", "đh", "trường đh", "trường cao đẳng")


def _domain_closed(c: _Ctx, k: int) -> bool:
    """Nothing of a longer sentence-case name follows a lower-case domain ending before token k: a
    capital, punctuation, a place, or a word of the clause ("Bộ công an | cho biết"); not "Phòng thương
    mại | công nghiệp Việt Nam"."""
    toks, n = c.toks, c.n
    if k >= n or toks[k].cap or c.view[toks[k - 1].end : toks[k].start] != " " or not toks[k].text.isalpha():
        return True
    t = toks[k]
    return (
        c.level_at(k) is not None
        or t.low in _ORG_STOP
        or t.low in _CLAUSE_NEXT
        or t.low in _CLOSING_CUES
        or (t.low in _PREPOSITIONS and t.low != "và")
        or (k + 1 < n and f"{t.low} {toks[k + 1].low}" in _ORG_STOP2)
    )


def _domain_at(c: _Ctx, i: int, lower_ok: bool = False) -> int | None:
    """End of a government domain ("Tư pháp", "Kế hoạch và Đầu tư", "KH-ĐT") at token i. ``lower_ok``: a
    domain of two syllables or more may be written in lower case ("Sở giao thông công chính")."""
    g = c.g
    if i >= c.n:
        return None
    if c.toks[i].key not in _title_edges()[2] and not c.toks[i].upper:
        return None
    for ln in range(min(g.domain_max, c.n - i), 0, -1):
        k = c.key(i, i + ln)
        if (
            k in g.domains
            and (c.toks[i].cap or (lower_ok and ln >= 2 and _domain_closed(c, i + ln)))
            and c.joined_ok(i, i + ln, _DOMAIN_GAPS)
        ):
            return i + ln
        if ln >= 5 and k in g.domains and c.toks[i].cap and c.joined_ok(i, i + ln, _DOMAIN_LIST_GAPS):
            return i + ln  # "Lao động, Thương binh và Xã hội": a long domain written as a list
    for ln in (4, 3, 2, 1):
        if i + ln <= c.n:
            surf = c.view[c.toks[i].start : c.toks[i + ln - 1].end]
            if surf in g.domain_abbr or (" " in surf and surf.replace(" ", "") in g.domain_abbr):
                return i + ln  # "TN&MT", "TN & MT"
            if ln > 1 and surf.isupper() and "-" in surf and surf.replace("-", "") in g.domain_abbr:
                return i + ln  # "LĐ-TB-XH" written for "LĐTBXH"
    return None


_LOWER_DOMAIN_HEADS = _lows("sở", "bộ", "phòng", "cục", "chi cục", "tổng cục", "vụ")
_DESCRIBED_HEADS = _COMPANY | _CLUB_HEADS | _lows("hãng", "cơ quan", "đội")


def _head_ending(c: _Ctx, j: int) -> str:
    """The organ head ending right before token j ("" if none)."""
    for b in range(max(0, j - _HEAD_MAX), j):
        h = c.head_at(b)
        if h is not None and h[0] == j:
            return h[1]
    return ""


def _plural_bare(c: _Ctx, s: Span) -> bool:
    """A bare organ head after a plural or a number ("Hai Hiệp hội sẽ", "các Sở"): several bodies, none named."""
    k = bisect.bisect_left(c.starts, s.start)
    return (
        0 < k < c.n
        and c.starts[k] == s.start
        and c.toks[k - 1].low in _PLURAL
        and c.view[c.toks[k - 1].end : c.toks[k].start] == " "
    )


def _domain_tail(c: _Ctx, j: int) -> int:
    """Lower-case words (up to three two-syllable words, one "và", one acronym) that close a name written
    in sentence case right before a bracket: "Cục Y tế | dự phòng và phòng chống HIV/AIDS (Bộ Y tế)"."""
    toks, n, view = c.toks, c.n, c.view
    k = j
    pairs = 0
    saw_va = False
    while k + 1 < n and pairs < 3 and view[toks[k - 1].end : toks[k].start] == " ":
        if toks[k].low == "và" and pairs > 0 and not saw_va:
            saw_va = True
            k += 1
            continue
        pair = f"{toks[k].low} {toks[k + 1].low}"
        if (
            toks[k].cap
            or toks[k + 1].cap
            or pair not in c.g.words2
            or pair in _ORG_STOP2
            or toks[k].low in _ORG_STOP
            or view[toks[k].end : toks[k + 1].start] != " "
        ):
            break
        k += 2
        pairs += 1
    if pairs == 0 or toks[k - 1].low == "và":
        return j
    if k < n and view[toks[k - 1].end : toks[k].start] == " " and _place_follows(c, k):
        return k  # "Trung tâm Giáo dục dạy nghề phụ nữ | TP HCM": the place closes the name
    if k < n and toks[k].upper and view[toks[k - 1].end : toks[k].start] == " ":
        k += 1  # "phòng chống HIV/AIDS"
        while k < n and toks[k].upper and view[toks[k - 1].end : toks[k].start] in ("/", "-"):
            k += 1
    if k < n and view[toks[k - 1].end : toks[k].start] == " (":
        return k
    return j


_ROMAN_UNITS = frozenset({"II", "III", "IV"})


def _foreign_name_end(c: _Ctx, j: int, most: int = 3) -> int:
    """End of up to ``most`` capitalised foreign words right after token j-1 ("Golden Bridge"), none of
    them a known name; j when none."""
    toks, view = c.toks, c.view
    if j < c.n and toks[j].low in _WESTERN_GIVEN:
        return j  # "Công ty Mỹ | John Smith": a person after the company
    k = j
    while (
        k < c.n
        and k - j < most
        and toks[k].cap
        and not toks[k].upper
        and _foreign_word(toks[k].text)
        and k not in c.gaz_at
        and view[toks[k - 1].end : toks[k].start] == " "
    ):
        k += 1
    return k


def _level_list_next(c: _Ctx, lv: int) -> bool:
    """A bare level word ending before token lv is followed by another one ("quận, huyện", "quận và
    thành phố", "cấp tỉnh/huyện"): a class of levels, not the article's place."""
    toks, view = c.toks, c.view
    if lv >= c.n:
        return False
    gap = view[toks[lv - 1].end : toks[lv].start]
    if (
        gap == " "
        and toks[lv].low in ("và", "hoặc")
        and lv + 1 < c.n
        and view[toks[lv].end : toks[lv + 1].start] == " "
    ):
        lv += 1
    elif gap not in (", ", "/", " / "):
        return False
    lv2 = c.level_at(lv)
    return (
        lv2 is not None
        and c.low(lv, lv2) in _LEVEL_BARE
        and (lv2 >= c.n or not toks[lv2].cap or view[toks[lv2 - 1].end : toks[lv2].start] != " ")
    )  # but "UBND quận và thành phố Hội An": the city is named


# How deeply organisation and place readings may nest inside one another ("Sở Y tế tỉnh X" reads a place
# after the organ, and a place run checks each organ head it meets). Real names nest up to three deep (measured
# on 1,403 VNTC articles); a text repeating "Sở Y tế tỉnh " a thousand times nested to the recursion limit.
_ORG_NESTING_MAX = 6


def _org_at(c: _Ctx, i: int, depth: int = 0) -> tuple[int, str, list[tuple[int, int]]] | None:
    """An organisation starting at token i: (end token, head key, nested place token spans)."""
    if c.org_nesting >= _ORG_NESTING_MAX:
        return None
    c.org_nesting += 1
    try:
        return _org_reading(c, i, depth)
    finally:
        c.org_nesting -= 1


def _org_reading(c: _Ctx, i: int, depth: int) -> tuple[int, str, list[tuple[int, int]]] | None:
    h = c.head_at(i)
    if h is None:
        return None
    j, head = h
    toks, n = c.toks, c.n
    first = toks[i]
    if not first.cap and any(toks[k].cap for k in range(i + 1, j)):
        # "viện Nghiên cứu chiến lược": the capitals start the name, the organ word is "viện"
        for ln in range(j - i - 1, 0, -1):
            if c.low(i, i + ln) in _HEADS and not any(toks[k].cap for k in range(i + 1, i + ln)):
                j, head = i + ln, c.low(i, i + ln)
                break
    if not first.cap and head not in _LOWER_OK:
        return None
    if (
        head == "thanh tra"
        and any(c.low(j, j + ln) in _INSPECTED for ln in (1, 2, 3))
        and c.view[toks[j - 1].end : toks[j].start] == " "
    ):
        return None  # "Thanh tra Công ty Nước giải khát ...": the verb; a company has no inspectorate
    if not first.cap and any(
        (h0 := c.head_at(b)) is not None and h0[0] > i for b in range(max(0, i - _HEAD_MAX + 1), i)
    ):
        return None  # "Quốc vụ | viện": the end of a longer organ head
    if (
        i > 0
        and not first.cap
        and f"{toks[i - 1].low} {first.low}" in c.g.words2
        and c.view[toks[i - 1].end : first.start] == " "
        and not (
            toks[i - 1].low in ("trưởng", "phó", "chánh")
            and ((j < n and toks[j].cap) or (first.cap and j - i >= 2))
        )  # "Trưởng phòng CSGT", "Trưởng Ban quản lý dự án"
    ):
        return None  # "cán bộ", "ủy viên", "nhiệm vụ", "đại hội": the head is part of a word
    if not first.cap and head == "văn phòng" and i > 0 and toks[i - 1].low == "chánh":
        return None  # "Chánh văn phòng UBND tỉnh": the title, the organ after it
    if not first.cap and head in ("bộ", "sở") and _domain_at(c, j) is None:
        return None
    if (
        not first.cap
        and head == "đại học"
        and not (
            j < n
            and toks[j].cap
            and c.view[toks[j - 1].end : toks[j].start] == " "
            and (
                _non_vi_word(toks[j].text)
                or (j in c.gaz_at and c.gaz_at[j][1].kind in ("foreign", "country"))
            )
        )
    ):
        return None  # "đại học Cornell"; but "cao đẳng, đại học | Thống kê ..." is the level of study
    if (
        j < n
        and not toks[j].cap
        and f"{toks[j - 1].low} {toks[j].low}" in c.g.words2
        and c.view[toks[j - 1].end : toks[j].start] == " "
        and c.level_at(j) is None  # "an tĩnh" folds like "Công an | tỉnh"
        and j - i == 1  # "cơ quan | cảnh sát" is no "quân cảnh"
    ):
        return None  # "Bộ trưởng", "Hội nghị", "Vụ án", "Trường hợp": a common word
    if j < n and (c.low(i, j + 1) in c.g.titles or (toks[j].low in ("phó", "trưởng") and not toks[j].cap)):
        return None  # "Viện trưởng", "Cục trưởng", "Tổng cục phó": a title, not the organ
    if (
        head in _COURT_HEADS
        and j + 1 < n
        and toks[j].low == "cấp"
        and toks[j + 1].low != "cao"
        and c.view[toks[j - 1].end : toks[j].start] == " "
    ):
        return None  # "Toà cấp phúc thẩm", "tòa án cấp huyện": a court level; but "Tòa án cấp cao"
    if (
        _HEADS[head] == "terr"
        and j + 1 < n
        and toks[j].low == "cấp"
        and toks[j + 1].low != "cao"
        and c.level_at(j + 1) is not None
        and c.view[toks[j - 1].end : toks[j].start] == " "
    ):
        return None  # "chủ tịch UBND cấp huyện", "Công an cấp xã": the organs of a level, none named
    cat = _HEADS[head]
    places: list[tuple[int, int]] = []
    start_j = j
    if head == "cơ quan" and first.cap:
        for tail in _INVESTIGATION:
            ln = len(tail.split())
            if c.low(j, j + ln) == tail and c.joined_ok(j - 1, j + ln, _NAME_GAPS):
                j += ln  # "Cơ quan An ninh điều tra", "Cơ quan điều tra": the investigating body
                break
    if head == "đảng" and j < n and toks[j].low in ("bộ", "viên", "ủy", "đoàn", "phái", "tịch", "kỳ", "phí"):
        return None
    if head == "sở" and j < n and toks[j].low in ("dĩ", "thích", "hữu", "trường"):
        return None  # "Sở dĩ tôi nói": a conjunction; "sở thích", "sở hữu", "sở trường" are words
    if (
        head == "vụ"
        and j < n
        and toks[j].upper
        and toks[j].text.isalpha()  # but "Vụ 1A" of the procuracy
        and _domain_at(c, j) is None
        and c.view[toks[j - 1].end : toks[j].start] == " "
        and not (j + 1 < n and c.head_at(j + 1) is not None)  # "Vụ TCCB Bộ Nội vụ": a department
    ):
        return None  # "Vụ BOT Cai Lậy", "Vụ PMU 18": a case named by its acronym, not a department
    if head == "hội đồng" and c.low(j, j + 2) == "xét xử":
        return None  # "Hội đồng xét xử TAND TP. HCM": a trial panel; the court after it is the organisation
    if head == "nhà hát" and (j >= n or not toks[j].cap or c.level_at(j) is not None):
        return None  # "Nhà hát Hòa Bình", "Nhà hát Lớn Hà Nội"; not "nhà hát TP.HCM" (a place follows)
    if head == "trường" and not (
        j < n
        and (
            c.low(j, j + 1) in _SCHOOL_NEXT
            or c.low(j, j + 2) in _SCHOOL_NEXT
            or (toks[j].upper and c.view[toks[j - 1].end : toks[j].start] == " ")  # "Trường SQKQ"
        )
    ):
        return None
    # Government domain right after the head ("Bộ Tài nguyên và Môi trường", "Sở GD-ĐT").
    domain = False
    police = False
    if cat == "name":
        # "Sở giao thông công chính TP HCM": a capitalised organ, its domain in sentence case
        d = _domain_at(c, j, lower_ok=first.cap and head in _LOWER_DOMAIN_HEADS)
        if d is not None and c.joined_ok(j - 1, j + 1, _NAME_GAPS):
            j = d
            domain = True
            while (
                head in _LOWER_DOMAIN_HEADS
                and j + 1 < n
                and c.view[toks[j - 1].end : toks[j].start] in (" - ", "-", " – ")
                and toks[j].cap
                and (d3 := _domain_at(c, j)) is not None
            ):
                j = d3  # "phòng Giao thông - Địa chính - Xây dựng": a merged department
            if (
                head == "liên bộ"
                and j + 1 < n
                and c.view[toks[j - 1].end : toks[j].start] in (" - ", "-", " – ")
            ):
                d2 = _domain_at(c, j)
                if d2 is not None:
                    j = d2  # "Liên bộ Công Thương - Tài chính"
            # lower-case words closing the name before a bracket ("Cục Y tế dự phòng (Bộ Y tế)",
            # "Cục Y tế dự phòng và phòng chống HIV/AIDS (Bộ Y tế)")
            j = _domain_tail(c, j)
            if (
                j + 2 < n
                and c.low(j, j + 2) == "khu vực"
                and (toks[j + 2].text.isdigit() or toks[j + 2].text in ("I", "II", "III", "IV", "V", "VI"))
                and c.joined_ok(j - 1, j + 3, _NAME_GAPS)
            ):
                j += 3  # "Trung tâm Tiêu chuẩn Đo lường chất lượng khu vực 3": the numbered region it serves
    if head in ("ban chuyên án", "tổ chuyên án"):
        j = _agency_list(c, j)
    if (
        head == "cụm cảng hàng không"
        and c.low(j, j + 1) == "miền"
        and j + 1 < n
        and toks[j + 1].low in _COMPASS_VI
        and c.joined_ok(j - 1, j + 2, _NAME_GAPS)
    ):
        j += 2  # "Cụm Cảng hàng không miền trung": the region, in lower case too  # "Ban chuyên án Hải quan, Công an và Biên phòng thành phố"
    if (
        not domain
        and c.low(j, j + 2) == "cảnh sát"
        and c.low(j + 2, j + 4) in _POLICE_BRANCH
        and c.joined_ok(j - 1, j + 4, frozenset({" "}))
    ):
        j += 4  # "Phòng cảnh sát giao thông": a department named by its police branch, in lower case
        police = True
        j = _traffic_mode(c, j)
    if (
        head in _UNIVERSITY_HEADS
        and j + 2 < n
        and c.low(j, j + 2) in _SCHOOL_STATUS
        and toks[j + 2].cap
        and c.joined_ok(j - 1, j + 3, _NAME_GAPS)
    ):
        j += 2  # "trường ĐH dân lập Hồng Bàng": the school's status before its name
        status_end = j
    else:
        status_end = -1
    # Number ("Bệnh viện 108", "Quân khu 7", "Trường THCS số 1").
    if (
        j < n
        and toks[j].text.isdigit()
        and c.view[toks[j - 1].end : toks[j].start] == " "
        and not _counted_number(c, j)
    ):
        j += 1
        if j < n and toks[j].text in _ISSUER_CODES and c.view[toks[j - 1].end : toks[j].start] == "/":
            j += 1  # "Ban Chỉ đạo 127/TW": the body's number with its issuer's code
    lower_place = not first.cap and head in _LOWER_NEEDS_PLACE
    bridge = first.cap or head in _LOWER_BRIDGE or lower_place
    # "Công ty tài chính Tín Nghĩa"; not "Vụ tai nạn khiến 7"
    bridge_first = head in _LOWER_BRIDGE or lower_place or (head == "hãng" and first.cap)
    acronym_only = first.sent and head in _SENT_WEAK_BRIDGE
    if acronym_only:
        # "Tổ chức tín dụng đen Tín Nghĩa": a capitalised common word opening a sentence; but
        # "Liên đoàn ôtô quốc tế (FIA)" is named by its acronym
        bridge_first = False
    if j - i >= 2 and first.cap and (any(toks[k].cap for k in range(i + 1, j)) or j - i >= 3):
        bridge_first = True  # "Ban Quản lý dự án giao thông 18": the head already has its capitals
    pair_ok = False
    if first.cap and not bridge_first and cat == "name":
        k = j
        while k < n and k - j < 4 and not toks[k].cap and c.view[toks[k - 1].end : toks[k].start] == " ":
            k += 1
        gk = c.gaz_at.get(k) if k > j else None
        if gk is not None and gk[1].kind == "country" and _bilateral_end(c, gk[0]) is not None:
            bridge_first = pair_ok = True  # "Hội đồng doanh nghiệp Mỹ-ASEAN": a bilateral body
    if (
        head == "công an"
        and i > 0
        and toks[i - 1].low == "bộ"
        and c.view[toks[i - 1].end : first.start] == " "
        and not (i > 1 and f"{toks[i - 2].low} {toks[i - 1].low}" in c.g.words2)  # "cán bộ Công an huyện"
    ):
        return None  # "Bộ Công an | Tô Lâm": the ministry, then a name
    if (
        depth == 0
        and i > 0
        and (toks[i - 1].low in _STREET or any(c.level_at(k) == i for k in (i - 1, i - 2) if k >= 0))
    ):
        return None  # "đường Trường Chinh", "phường Trường Thi", "thị trấn Nông trường Việt Trung": a place
    gz_here = c.gaz_at.get(i)
    if (
        depth == 0
        and gz_here is not None
        and gz_here[1].type == "LOC"
        and gz_here[0] > i + len(head.split()) - 1
    ):
        return None  # "Đài Loan" is a place, not an organ "Đài"
    if (
        depth == 0
        and head in _NAME_SYLLABLE_HEADS
        and i > 0
        and toks[i - 1].cap
        and (head != "bộ" or toks[i - 1].low in c.g.surnames)  # "Đinh Bộ Lĩnh"; not "Còn Bộ Ngoại giao"
        and not toks[i - 1].upper
        and toks[i - 1].low not in ("trưởng", "phó", "chánh", "tổng")
        and (
            toks[i - 1].key not in _NOT_NAME  # "Theo Phòng Cảnh sát ..."
            or (toks[i - 1].low in c.g.surnames and toks[i - 1].low != toks[i - 1].key)  # "Đỗ Khoa Văn"
        )
        and c.view[toks[i - 1].end : first.start] == " "
    ):
        return None  # "Lý Hội Sèo", "Nguyễn Khoa Sơn": a syllable of a person's name
    sub_ok = head in _SUBUNIT and depth < 2
    if (
        head in ("liên hiệp", "tổng liên đoàn", "liên đoàn", "hiệp hội")
        and first.cap
        and j == start_j
        and j + 1 < n
        and toks[j].low == "các"
        and toks[j + 1].cap
        and c.joined_ok(j - 1, j + 2, _NAME_GAPS)
    ):
        j = start_j = j + 1  # "Liên hiệp các Tổ chức Hữu nghị Việt Nam": a union of the bodies named next
    if cat == "name" and j in (start_j, status_end):  # "ĐH Bán công | Tôn Đức Thắng"
        j = _name_words(
            c,
            j,
            bridge=bridge,
            sub_ok=sub_ok,
            bridge_first=bridge_first,
            acronym_only=acronym_only,
            pair_ok=pair_ok,
        )
        if (
            j == start_j
            and first.cap
            and head not in _CLUB_HEADS  # "CLB chuyên nghiệp | Bình Dương": a club is named by its place
            and j < n
            and not toks[j].cap
            and c.view[toks[j - 1].end : toks[j].start] == " "
        ):
            j = _head_sentence_case(c, j)
        if depth == 0 and j > start_j and first.cap and _titled_person_after(c, i, head, start_j, j):
            j = start_j  # "Chủ tịch CLB | Nguyễn Đức Kiên", "Ủy viên Quốc vụ viện | Đường Gia Triền"
        for k in range(i + 1, start_j):
            gk = c.gaz_at.get(k)
            if gk is not None and gk[1].type == "ORG" and gk[0] > j:
                j = gk[0]  # "Chi cục Quản lý thị trường": a known body's name after the head's first word
        if head == "đảng" and _person_ends_org(c, start_j):
            j = start_j  # "phó chủ tịch đảng | Ri Su - yong": the party's official, the party unnamed
        elif head == "đảng":
            for k in range(start_j + 1, j):
                if _non_vi_word(toks[k].text) and not any(_non_vi_word(t.text) for t in toks[start_j:k]):
                    j = k  # "đảng Cộng hoà | Donald Trump": a foreign person after the party
                    break
        elif depth == 0 and first.cap and 4 <= j - start_j <= 5 and _titled_organ_start(c, i, start_j):
            k = j - 2 if j - start_j == 4 else j - 3
            if (
                all(toks[x].cap and not toks[x].upper and _non_vi_word(toks[x].text) for x in range(k, j))
                and not any(_non_vi_word(t.text) for t in toks[start_j:k])
                and all(c.gaz_at.get(x) is None for x in range(k, j))
            ):
                j = k  # "Thống đốc Ngân hàng Trung ương | Murat Cetinkaya": a foreign titled person
    elif cat == "name" and not domain:
        if police and c.low(j, j + 3) == "về tội phạm" and c.joined_ok(j - 1, j + 3, _NAME_GAPS):
            # "Phòng cảnh sát điều tra về tội phạm (PC 45)": the crimes, with "về" first
            j += 3
            for field in _CRIME_FIELDS:
                ln = len(field.split())
                if c.low(j, j + ln) == field and c.joined_ok(j - 1, j + ln, _CRIME_GAPS):
                    j += ln
                    break
        elif police and c.low(j, j + 1) == "về" and c.joined_ok(j - 1, j + 1, _NAME_GAPS):
            # "Phòng Cảnh sát điều tra về trật tự xã hội tỉnh Quảng Nam": the crime field after "về"
            for field in _CRIME_FIELDS:
                ln = len(field.split())
                if c.low(j + 1, j + 1 + ln) == field and c.joined_ok(j, j + 1 + ln, _CRIME_GAPS):
                    j = j + 1 + ln
                    break
        elif police and c.low(j, j + 2) == "tội phạm" and c.joined_ok(j - 1, j + 2, _NAME_GAPS):
            # "Đội cảnh sát điều tra tội phạm kinh tế": the crime field right after "tội phạm"
            for field in _CRIME_FIELDS:
                ln = len(field.split())
                if c.low(j + 2, j + 2 + ln) == field and c.joined_ok(j + 1, j + 2 + ln, _CRIME_GAPS):
                    j = j + 2 + ln
                    break
        if police and j < n and not toks[j].cap and toks[j].low == "tội":
            # "Phòng Cảnh sát điều tra tội phạm về Trật tự xã hội": the crimes it investigates
            j0 = j
            j = _name_words(c, j, bridge=True, sub_ok=sub_ok, bridge_first=True)
            if (
                j == j0
                and c.low(j, j + 3) == "tội phạm về"
                and c.view[toks[j + 2].end : toks[j + 3].start] == " "
            ):
                # in lower case up to the clause: "Cục Cảnh sát điều tra tội phạm về trật tự quản lý kinh
                # tế và chức vụ cho biết", "... tội phạm về ma túy đã"
                for field in _CRIME_FIELDS:
                    ln = len(field.split())
                    if c.low(j + 3, j + 3 + ln) == field and c.joined_ok(j + 2, j + 3 + ln, _CRIME_GAPS):
                        j = j + 3 + ln
                        break
        j = (
            _name_words(c, j, cut_names=True, bridge=bridge, sub_ok=sub_ok)
            if j < n and toks[j].cap and c.gaz_at.get(j) is None
            else j
        )
    elif cat == "name" and j < n and c.view[toks[j - 1].end : toks[j].start] == " ":
        # a name after the domain ("Công ty Xây dựng Bắc Nam 79", "Sở Tài chính Vật giá")
        if (
            head in _COMPANY
            and toks[j].cap
            and c.gaz_at.get(j) is None
            and c.head_at(j) is None
            and c.level_at(j) is None
        ):
            j = _name_words(c, j, cut_names=True, bridge=bridge, sub_ok=sub_ok)
        elif (
            toks[j].low == "và"
            and head in _COMPANY
            and j + 2 < n
            and toks[j + 1].cap
            and not toks[j + 2].cap
            and c.low(j + 1, j + 3) in c.g.words2  # a trade in sentence case, not a person's name
            and c.head_at(j + 1) is None
            and j + 1 not in c.gaz_at
            and c.view[toks[j].end : toks[j + 1].start] == " "
        ):
            # "Công ty Xây dựng và Quản lý đường bộ 471": a second trade joined to the first
            e = _name_words(c, j + 1, bridge=bridge, sub_ok=sub_ok, bridge_first=True)
            if e > j + 2:
                j = e
        elif (
            toks[j].low == "và"
            and head in _COMPANY
            and first.cap
            and j + 1 < n
            and not toks[j + 1].cap
            and (kb := _lower_bridge(c, j, sub_ok)) is not None
            and kb < n
            and toks[kb].cap
            and c.head_at(kb) is None
            and (kb not in c.gaz_at or c.gaz_at[kb][1].type == "LOC")
        ):
            # "Công ty Thương mại và dịch vụ quảng cáo Sao Bắc": more trades in lower case, then the name
            # (or the place: "Công ty Xây dựng và phát triển nhà Hà Nội")
            j = kb if kb in c.gaz_at else _name_words(c, kb, bridge=bridge, sub_ok=sub_ok, bridge_first=True)
        elif not toks[j].cap and head in _COMPANY:
            j = _name_words(c, j, bridge=bridge, sub_ok=sub_ok, bridge_first=True)
    if (
        head == "tạp chí"
        and start_j < j < n
        and not toks[j - 1].cap
        and not toks[j].cap
        and toks[j].text.isalpha()
        and toks[j].low not in _ORG_STOP
        and c.view[toks[j - 1].end : toks[j].start] == " "
        and (
            j + 1 >= n
            or c.view[toks[j].end : toks[j + 1].start].strip()[:1] in (",", ".", ")", ";", ":", '"', "”")
            or (c.view[toks[j].end : toks[j + 1].start] == " " and toks[j + 1].low in _CLOSING_CUES)
        )
    ):
        j += 1  # "Tạp chí Thời trang trẻ, | thuộc": a title in sentence case closes with a one-syllable word
    # "Viện Kiểm sát nhân dân (VKSND) TP. HCM": the acronym in parentheses, then the place
    if (
        j + 1 < n
        and toks[j].upper
        and c.view[toks[j - 1].end : toks[j].start] == " ("
        and c.view[toks[j].end : toks[j + 1].start] == ") "
        and (c.level_at(j + 1) is not None or (j + 1 in c.gaz_at and c.gaz_at[j + 1][1].type == "LOC"))
    ):
        j += 1
        paren = True
    else:
        paren = False
    if (
        head in _HIGH_COURT_HEADS
        and c.low(j, j + 2) == "cấp cao"
        and c.view[toks[j - 1].end : toks[j].start] == " "
    ):
        j += 2  # "TAND Cấp cao tại TP. HCM", "VKSND cấp cao tại Hà Nội"
        gz1 = c.gaz_at.get(j + 1)
        if (
            j + 1 < n
            and toks[j].low == "tại"
            and gz1 is not None
            and gz1[1].type == "LOC"
            and c.view[toks[j - 1].end : toks[j + 1].start] == " tại "
        ):
            places.append((j + 1, gz1[0]))
            j = gz1[0]
    if cat == "terr" and j < n and c.view[toks[j - 1].end : toks[j].start] == " ":
        # "Đồn Biên phòng cửa khẩu quốc tế Lao Bảo": a border gate or a port names the unit
        for ln in (2, 1):
            if c.low(j, j + ln) in _UNIT_FACILITY:
                k = j + ln + (2 if c.low(j + ln, j + ln + 2) == "quốc tế" else 0)
                for ln2 in (2, 1):
                    if (
                        c.low(j, j + ln) == "cửa khẩu"
                        and k + ln2 < n
                        and c.low(k, k + ln2) in _UNIT_FACILITY
                        and c.joined_ok(k - 1, k + ln2, _NAME_GAPS)
                    ):
                        # "Chi cục Hải quan cửa khẩu cảng Cái Mép": the gate is a port or an airport
                        k += ln2 + (2 if c.low(k + ln2, k + ln2 + 2) == "quốc tế" else 0)
                        break
                pe = _place_run(c, k, 3) if k < n and toks[k].cap else k
                if pe > k:
                    places.append((j, pe))
                    j = pe
                break
    # Place suffix: level word + name, or a gazetteer place directly.
    if j < n and (c.view[toks[j - 1].end : toks[j].start] == " " or paren):
        lv = c.level_at(j)
        gz0 = c.gaz_at.get(j)
        if gz0 is not None and _country_prefix(c, j, gz0[0], gz0[1]):
            gz0 = None  # "huyện Đức Thọ", not Germany
        if gz0 is not None and gz0[1].type == "LOC" and (lv is None or gz0[0] > lv) and toks[j].cap:
            wider = c.gaz_at.get(j - 1) if j - 1 >= start_j else None
            if wider is not None and wider[0] == gz0[0] and wider[1].type == "LOC":
                # "Ban chỉ đạo Tây Nam Bộ": the name's last word opens the place
                places.append((j - 1, gz0[0]))
            else:
                places.append((j, gz0[0]))  # "TP HCM" is one place, not level "TP" + "HCM"
            j = gz0[0]
            if (
                cat == "name"
                and gz0[1].kind not in ("country", "region")
                and head in _COMPANY | _lows("ban quản lý", "bql")
            ):
                while j + 1 < n and c.view[toks[j - 1].end : toks[j].start] in (" - ", " – "):
                    gz2 = c.gaz_at.get(j)
                    if gz2 is None or gz2[1].type != "LOC" or gz2[1].kind in ("country", "region"):
                        break
                    places.append((j, gz2[0]))  # "Công ty BOT Thái Nguyên - Chợ Mới": a road's two ends
                    j = gz2[0]
            if (
                cat == "name"
                and head in _COMPANY
                and gz0[1].kind == "country"
                and not any(_non_vi_word(toks[k].text) for k in range(start_j, j))
            ):
                j = _foreign_name_end(c, j)  # "Tập đoàn Tài chính Hàn Quốc | Golden Bridge": its own name
            pe2 = _bilateral_end(c, j) if cat == "name" and gz0[1].kind == "country" else None
            if (
                pe2 is not None
                and not first.cap
                and not (
                    c.view[toks[j - 1].end : toks[j].start] == " - "
                    and j in c.gaz_at
                    and c.gaz_at[j][1].kind == "country"
                )
            ):
                pe2 = None  # "các công ty dầu khí Việt Nam-Trung Quốc": companies of two countries
            if pe2 is not None:
                # "Ủy ban Liên Chính phủ Việt Nam - Lào", "Hội đồng Thương mại Mỹ-Việt": a bilateral body
                if j in c.gaz_at and c.gaz_at[j][1].type == "LOC":
                    places.append((j, pe2))
                j = pe2
        elif lv is not None:
            titled = _titled_organ(c, j)
            pe = (
                # "Chủ tịch UBND xã | Lê Văn B": after a title, a person's name, not a ward named so
                _place_run(c, lv, person_ok=_street_like(c, j, lv) and not titled)
                if lv < n
                and (
                    c.view[toks[lv - 1].end : toks[lv].start] == " "
                    or (
                        c.view[toks[lv - 1].end : toks[lv].start] in (". ", ".")
                        and toks[lv - 1].low in _ABBR_LEVELS
                    )
                )
                and (not toks[lv].text[0].isdigit() or c.low(j, lv) in _NUMBERED_LEVELS)
                else lv
            )
            if pe > lv and toks[lv].text[0].isdigit():
                places.append((j, pe))  # "quận 4" keeps its level word
                j = pe
            elif pe > lv:
                places.append((lv, pe))
                j = pe
            elif c.low(j, lv) in _LEVEL_BARE and not (
                lv < n
                and not toks[lv].cap
                and (
                    f"{toks[lv - 1].low} {toks[lv].low}" in c.g.words2
                    or (cat == "name" and toks[lv].low in ("này", "đó", "nọ"))
                )
                and c.view[toks[lv - 1].end : toks[lv].start] == " "
            ):  # but "Sở Xây dựng | tỉnh này": the organ of the province named before
                if cat == "terr" and _level_list_next(c, lv):
                    return None  # "UBND quận, huyện", "UBND quận và thành phố": organs of every level
                j = lv  # "UBND tỉnh", "Công an huyện": the organ of the article's place
        else:
            gz = c.gaz_at.get(j)
            if gz is not None and gz[1].type == "LOC" and toks[j].cap:
                places.append((j, gz[0]))
                j = gz[0]
            elif (
                cat == "terr"
                and head != "bưu điện"  # "Bưu Điện Hoa Nam Buổi Sáng": a newspaper, no place's post office
                and toks[j].cap
                and c.head_at(j) is None
                and not _title_at(c, j)
                and toks[j].low not in _FACILITY_FIRST
                and toks[j].low not in _NAME_STOP
                and toks[j].low not in ("phó", "trưởng")
                and not _person_ends_org(c, j)  # "chủ tịch Hội đồng Nhân dân | Kim Yong - nam"
                # "Phó trung đoàn trưởng Trung đoàn cảnh sát cơ động | Trần Hoạt": the officer, no place
                and not (head in _POLICE_UNIT_HEADS and toks[j].low in c.g.surnames)
            ):
                pe = _place_run(c, j, 3)
                if pe > j:
                    places.append((j, pe))
                    j = pe
    if (
        cat == "name"
        and j > start_j
        and toks[j - 1].cap
        and j < n
        and toks[j].text in _ROMAN_UNITS
        and c.view[toks[j - 1].end : toks[j].start] == " "
    ):
        j += 1  # "Lâm trường Mang Yang II": the second unit named by the same place
    parent = False
    # Sub-unit of a parent organ ("Ban Tuyên giáo Tỉnh ủy", "Phòng CSHS Công an tỉnh X").
    if (
        depth < 2
        and head in _SUBUNIT
        and (start_j < j or head in _SUBUNIT_DIRECT)
        and j < n
        and (toks[j].cap or toks[j].low in ("bộ", "công"))
        and c.view[toks[j - 1].end : toks[j].start] in (" ", " - ")
    ):
        sub = _org_at(c, j, depth + 1)
        if sub is None and toks[j].cap:
            h2 = c.head_at(j)
            if h2 is not None and _HEADS[h2[1]] == "terr" and h2[1] != head:
                sub = (h2[0], h2[1], [])  # "Phòng | Cảnh sát phòng cháy chữa cháy"
        gz = c.gaz_at.get(j)
        if gz is not None and gz[1].type == "ORG" and (sub is None or gz[0] > sub[0]):
            sub = (gz[0], "", [])  # "Tòa phúc thẩm TAND tối cao"
        if (
            sub is not None
            and c.view[toks[j - 1].end : toks[j].start] != " "
            and _HEADS.get(sub[1]) != "terr"
        ):
            sub = None  # "Tổng cục Tình báo - Bộ Công an" are two bodies; "phòng X - Công an tỉnh Y" one
        if (
            sub is not None
            and c.view[toks[j - 1].end : toks[j].start] == " - "
            and sub[0] + 1 < n
            and c.view[toks[sub[0] - 1].end : toks[sub[0]].start] == " - "
            and c.head_at(sub[0]) is not None
        ):
            sub = None  # "Đảng uỷ - HĐND - UBND xã X": a list of the commune's organs, no parent
        if sub is not None and sub[1] != head:
            if not first.cap and head in _LOWER_GENERIC and j == start_j and _HEADS.get(sub[1]) != "terr":
                return None  # "tại văn phòng Công ty X", "cơ quan Công an": the parent is the org
            j = sub[0]
            places.extend(sub[2])
            parent = True
    if (
        not first.cap
        and head in _LOWER_GENERIC
        and not parent
        and not (start_j < j and not toks[start_j].cap)
    ):
        return None
    # Unit number after a bridged name ("Công ty Xây dựng số 8", "Đội xây dựng số 15").
    if (
        start_j < j
        and j + 1 < n
        and toks[j].low == "số"
        and toks[j + 1].text.isdigit()
        and c.view[toks[j - 1].end : toks[j + 1].start] == " số "
        and (head in _COMPANY or head in _lows("đội", "xí nghiệp", "trường", "tổ"))
    ):
        j += 2
    # Legal form after the name ("... Sài Gòn TNHH Một thành viên", "... CP").
    if j < n and c.view[toks[j - 1].end : toks[j].start] == " " and toks[j].text in ("TNHH", "MTV", "JSC"):
        j += 1
        if c.low(j, j + 3) == "một thành viên":
            j += 3
    if j == start_j:
        # Bare head: an organisation by itself only when capitalised (checked by the caller).
        if (head not in _BARE_OK and head not in _BARE_ANAPHORIC and head not in _REGIMENT_HEADS) or not (
            first.cap or _lower_committee(c, i, j)
        ):
            return None
    elif not first.cap and not (places or any(t.cap for t in toks[start_j:j])):
        return None
    elif not first.cap and _country_only(c, start_j, j):
        return None  # "công ty Hàn Quốc", "công ty châu Á": a company of a country, no name
    elif (
        not first.cap
        and head in _COMPANY
        and not places
        and 3 <= j - start_j <= 4
        and toks[start_j].low in _COMMON_SURNAMES
        and all(toks[k].cap and not toks[k].upper for k in range(start_j, j))
        and c.joined_ok(start_j, j, _NAME_GAPS)
    ):
        return None  # "công ty Nguyễn Lâm Thái": the company of that person, named by the owner's full name
    if (
        not first.cap
        and head in _LOWER_NEEDS_PLACE
        and not (
            not parent
            and places
            and places[-1][1] == j
            and not toks[start_j].cap
            and c.level_at(start_j) is None
            and start_j not in c.gaz_at
            and c.low(start_j, start_j + 2) not in _CENTRE_OF
        )
    ):
        return None  # "trung tâm trợ giúp pháp lý tỉnh Cà Mau" needs its lower-case name and its place
    if (
        head in _CLUB_HEADS
        and j > start_j
        and j < n
        and toks[j].cap
        and c.view[toks[j - 1].end : toks[j].start] == "-"
    ):
        k = j + 1
        while k < n and k - j < 3 and toks[k].cap and c.view[toks[k - 1].end : toks[k].start] == " ":
            k += 1
        j = k  # "CLB Đông Á-Thép Pomina": a club named after its two sponsors
    if head == "hãng" and (
        c.view[toks[j - 1].end : toks[j - 1].end + 1] in ("&", "-", "'")
        or any(k in c.gaz_at and c.gaz_at[k][1].type == "ORG" for k in range(start_j, j))
    ):
        # "Hãng AT&amp;Wireless": the name goes on past what the tokens can read;
        # "Hãng BBC", "Hãng tin AFP": a known body is named alone
        return None
    if head == "hãng" and first.cap and start_j < j and not toks[start_j].cap:
        lower = [k for k in range(start_j, j) if not toks[k].cap]
        name_at = lower[-1] + 1
        if (
            len(lower) > 2
            or lower[-1] != start_j + len(lower) - 1
            or name_at >= j
            or (j < n and toks[j].cap and c.view[toks[j - 1].end : toks[j].start] in (" - ", "-", " – "))
            or any(toks[k].upper or _non_vi_word(toks[k].text) for k in range(name_at, j))
            or (
                name_at in c.gaz_at
                and c.gaz_at[name_at][0] == j
                and c.gaz_at[name_at][1].kind in ("country", "foreign", "territory", "region")
            )
        ):
            # "Hãng taxi Mai Linh", "Hãng phim Giải Phóng"; but "Hãng nghiên cứu thị trường Gartner",
            # "Hãng ô tô Ford", "Hãng hàng không Hong Kong": a description before a foreign name
            return None
    if j == status_end:
        return None  # "ĐH bán công | Tôn Đức Thắng": the status without its name
    if (
        ((head == "trường" and not first.cap) or head in ("đh", "cđ"))
        and not places
        and start_j < j
        and all(toks[k].low in _SCHOOL_NEXT or toks[k].low in ("đh", "cđ") for k in range(start_j, j))
    ) or (head == "trường" and not first.cap and not places and c.low(start_j, j) in _SCHOOL_NEXT):
        return None  # "các trường THPT, Trung học nghề", "trường ĐH-CĐ": a kind of school, none named
    if (
        cat == "name"
        and start_j < j < n
        and toks[j - 1].cap
        and not toks[j - 1].upper
        and not toks[j].cap
        and c.view[toks[j - 1].end : toks[j].start] == " "
        and f"{toks[j - 1].low} {toks[j].low}" in c.g.words2
        and (j + 1 >= n or c.view[toks[j].end : toks[j + 1].start][:2] in _NAME_CLOSE)
        and not (places and places[-1][1] == j)
        and (j - 1 not in c.gaz_at)
    ):
        j += 1  # "đảng Dân chủ Tự do (LDP)": the name's last word has a lower-case second syllable
    while head == "vụ" and start_j < j < n - 1 and c.view[toks[j - 1].end : toks[j].start] in (" - ", " – "):
        g0 = next(
            (c.gaz_at[k] for k in range(max(start_j, j - 4), j) if k in c.gaz_at and c.gaz_at[k][0] == j),
            None,
        )
        g1 = c.gaz_at.get(j)
        if (
            g0 is None
            or g1 is None
            or not g0[1].type == g1[1].type == "LOC"
            or g1[1].kind not in ("region", "foreign")
            or g0[1].kind not in ("region", "foreign")
        ):
            break
        j = g1[0]  # "Vụ Tây Á - châu Phi": a department of the ministry named by its regions
    return j, head, places


# What follows an organisation's name when it ends there: a bracket, a comma, a full stop.
_NAME_CLOSE = frozenset(
    {" (", "(", ")", ",", ", ", ".", ". ", ";", "; ", ":", ": ", ".\n", "\n", " -", " –", ""}
)


# Party committees written in lower case that still name the one committee of the article's place
# ("Thường trực tỉnh uỷ"), unless plural or generic ("các tỉnh ủy, thành ủy", "cấp huyện ủy").
_LOWER_COMMITTEES = _lows("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy")
_GENERIC_BEFORE = _lows("các", "những", "mỗi", "từng", "cấp", "nhiều", "một", "với")


def _lower_committee(c: _Ctx, i: int, j: int) -> bool:
    toks = c.toks
    if c.low(i, j) not in _LOWER_COMMITTEES or (i > 0 and toks[i - 1].low in _GENERIC_BEFORE):
        return False
    # "tỉnh ủy, thành ủy trực thuộc Trung ương": a class of committees, not one
    listed_after = (
        j + 1 < c.n
        and c.view[toks[j - 1].end : toks[j].start] in (", ", " và ")
        and c.low(j, j + 2) in _LOWER_COMMITTEES
    )
    listed_before = (
        i >= 2
        and c.view[toks[i - 1].end : toks[i].start] in (", ", " và ")
        and c.low(i - 2, i) in _LOWER_COMMITTEES
    )
    return not (listed_after or listed_before)


# Agencies that name a joint task force ("Ban chuyên án Hải quan, Công an và Biên phòng thành phố").
_AGENCIES = _lows(
    "hải quan",
    "công an",
    "biên phòng",
    "bộ đội biên phòng",
    "kiểm lâm",
    "quản lý thị trường",
    "thuế",
    "cảnh sát biển",
    "viện kiểm sát",
    "thanh tra",
    "quân đội",
)
_AGENCY_MAX = max(len(a.split()) for a in _AGENCIES)


def _agency_list(c: _Ctx, j: int) -> int:
    """End of a capitalised list of agencies after a task force's head, with the level of government
    that follows it ("thành phố", "tỉnh" + place); ``j`` itself when there is no such list."""
    toks, n = c.toks, c.n
    k, items = j, 0
    while k < n and toks[k].cap:
        ln = next((ln for ln in range(_AGENCY_MAX, 0, -1) if c.low(k, k + ln) in _AGENCIES), 0)
        if not ln or not c.joined_ok(k, k + ln, frozenset({" "})):
            break
        k += ln
        items += 1
        if k + 1 < n and c.view[toks[k - 1].end : toks[k].start] == ", " and toks[k].cap:
            continue
        if (
            k + 2 < n
            and toks[k].low == "và"
            and c.joined_ok(k - 1, k + 2, frozenset({" "}))
            and toks[k + 1].cap
        ):
            k += 1
            continue
        break
    if items < 2 or c.view[toks[j - 1].end : toks[j].start] != " ":
        return j
    lv = c.level_at(k) if k < n and c.view[toks[k - 1].end : toks[k].start] == " " else None
    if lv is not None:
        k = lv
        if k < n and toks[k].cap and c.view[toks[k - 1].end : toks[k].start] == " ":
            k = max(k, _place_run(c, k))
    return k


# Heads often named after a person ("Bệnh viện Phạm Ngọc Thạch", "Trường Lê Quý Đôn").
_PERSON_NAMED_HEADS = _lows(
    "bệnh viện",
    "bv",
    "bvđk",
    "bệnh viện đa khoa",
    "trường",
    "trường đại học",
    "đại học",
    "đh",  # "ĐH Bán công Tôn Đức Thắng": the school named after the president
    "trường đh",
    "cao đẳng",
    "trường cao đẳng",
    "học viện",
    "bảo tàng",
)


def _titled_person_after(c: _Ctx, i: int, head: str, a: int, b: int) -> bool:
    """After "title + organ head" (tokens i..a), the capitalised words a..b are the titled person's
    name, not the organ's: a full name opening with a surname, or any name after a head that
    names a body by itself."""
    toks, g = c.toks, c.g
    e = a
    while (
        e < c.n and e - a < 5 and toks[e].cap and (e == a or c.view[toks[e - 1].end : toks[e].start] == " ")
    ):
        e += 1
    if e < b or not 2 <= e - a <= 4:
        return False
    b = e
    for k in range(a, b):
        if toks[k].upper or not toks[k].text.isalpha():
            return False
        gz = c.gaz_at.get(k)
        if gz is not None and not (gz[0] == k + 1 and toks[k].key in _AMBIGUOUS_COUNTRY):
            return False  # "CLB Hoàng Anh Gia Lai"; but "Nguyễn Đức Kiên"
        if c.head_at(k) is not None or c.level_at(k) is not None:
            return False
    if not (
        head in _BARE_OK or (b - a >= 3 and toks[a].low in g.surnames and head not in _PERSON_NAMED_HEADS)
    ):
        return False
    return _titled_organ_start(c, i)


def _titled_organ_start(c: _Ctx, i: int, a: int = 0) -> bool:
    """A title word ends right before token i, one space away ("Thống đốc | Ngân hàng ..."), or,
    with the organ's name starting at a, a title takes the organ's head in ("Chánh Văn phòng | Nhà Trắng")."""
    g = c.g
    if i == 0 or c.view[c.toks[i - 1].end : c.toks[i].start] != " ":
        return False
    if any(c.low(i - ln, i) in g.titles for ln in range(1, min(g.title_max, i) + 1)):
        return True
    return any(c.low(s, e) in g.titles for s in (i - 2, i - 1) if s >= 0 for e in range(i + 1, a + 1))


# Function words that end an organisation's name written partly in lower case.
_ORG_STOP = frozenset(
    _low(w)
    for w in """
của tại ở đã đang sẽ bị được cho là với trong có không này đó kia khi từ đến theo để các
những một người ông bà anh chị vừa mới cũng thì mà nhưng hay hoặc do vì nên nơi trên dưới
sau trước ra vào lên xuống qua nhằm gồm thuộc sang tới đi làm bằng như còn vẫn đều rằng
nhận cùng lại phải cần hơn nhất rất chỉ chưa nay hôm ngày tháng năm số trưởng phó nguyên cựu
bắt khóa khoá nhiệm kỳ lần thứ về đợt đứng gửi ký kiện bán mua vay nợ trả thuê lập chuyển và
rồi đạt khiến gây xảy sử đưa phối triệt mở tạm giữ trao tặng nộp tuyên xét truy thấy nói hỏi
muốn bảo cử mời gặp họp tiếp lúc hồi
""".split()
)
# Nouns inside a body's name that open with one of those verbs ("Trung tâm bảo trợ xã hội"); not the
# verbs "bảo vệ", "xét xử" ("đội bảo vệ công trình Công ty ...").
_STOP_VERB_NOUNS = _lows("bảo trợ", "bảo tồn", "bảo tàng", "bảo hiểm", "bảo hành", "bảo dưỡng", "xét nghiệm")
# Two-syllable verbs and titles that end a name ("Công ty X giám đốc ...", "... đề nghị Bộ Y").
_ORG_STOP2 = frozenset(
    " ".join(_low(x) for x in w.split("_"))
    for w in """
giám_đốc chủ_tịch khởi_tố đề_nghị yêu_cầu xử_phạt thông_tin hướng_dẫn hợp_đồng hồ_sơ tổ_chức
thông_báo cho_biết phát_hiện tiến_hành thực_hiện kiểm_tra xử_lý điều_hành quyết_định khẳng_định
xác_nhận khuyến_cáo cảnh_báo đề_xuất kiến_nghị ban_hành công_bố phối_hợp chỉ_đạo phản_hồi trả_lời
giải_thích triển_khai đồng_ý từ_chối tiếp_nhận bắt_giữ cho_hay thông_tin xem_xét giải_quyết
thông_qua cho_rằng nhấn_mạnh lưu_ý đánh_giá kết_luận ghi_nhận chức_năng trực_thuộc
niêm_yết tuyên_bố dẫn_lời đưa_tin tiết_lộ phủ_nhận bác_bỏ
băn_khoăn lo_ngại lo_lắng thắc_mắc trăn_trở chẳng_hạn
""".split()
)
# The verbs among them: a body's action before another body ("Bộ Chính trị yêu cầu Ban Khoa giáo").
_VERBS2 = _ORG_STOP2 - _lows("giám đốc", "chủ tịch", "thông tin", "hợp đồng", "hồ sơ", "tổ chức", "chức năng")
_BRIDGE_MAX = 8
# Function words: never the second syllable of a name's word ("Tam Nguyên | do ông X").
_FUNC = _lows(
    "do", "của", "tại", "ở", "cho", "là", "với", "và", "thì", "mà", "này", "đó", "đã", "sẽ", "bị", "được"
)
# Common words whose second syllable is a function word ("Công ty Thiết bị giáo dục I").
_FUNC_WORDS = _lows("thiết bị", "trang bị", "chuẩn bị", "dự bị", "sở tại")
_COUNTERS = _lows(
    "người",
    "chiếc",
    "tỷ",
    "triệu",
    "nghìn",
    "ngàn",
    "năm",
    "tháng",
    "ngày",
    "lần",
    "vụ",
    "con",
    "cái",
    "xe",
    "tấn",
    "kg",
    "km",
    "ha",
    "đồng",
    "usd",
    "căn",
    "hộ",
    "đối",
    "tuổi",
    "giờ",
    "phút",
    "m",
    "lô",
)


# Words counted after a number: "VKSND 2 cấp", "Sở NN-PTNT 16 tỉnh": a quantity, not the organ's number.
_COUNTED = _COUNTERS | _lows(
    "cấp",
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "quận",
    "thành phố",
    "đơn vị",
    "cơ quan",
    "địa phương",
    "nước",
    "chỉ tiêu",  # "CĐSP Cần Thơ 150 chỉ tiêu": a school's quota, not its number
)


def _counted_number(c: _Ctx, k: int) -> bool:
    """Token k is a number of two or more followed by a counted noun (not "số 1", not a unit's number)."""
    toks = c.toks
    t = toks[k]
    return (
        t.text.isdigit()
        and int(t.text) >= 2
        and k + 1 < c.n
        and c.view[t.end : toks[k + 1].start] == " "
        and (toks[k + 1].low in _COUNTED or c.low(k + 1, k + 3) in _COUNTED)
        and not (k > 0 and toks[k - 1].low == "số")
        # "Bệnh viện 108 cấp cứu": the counted word opens a common word, the verb of the clause
        and not (k + 2 < c.n and toks[k + 1].low in _COUNTED and c.low(k + 1, k + 3) in c.g.words2)
    )


def _titled_organ(c: _Ctx, i: int) -> bool:
    """A title and an organ stand right before the level word i ("Chủ tịch UBND | xã")."""
    for b in range(i - 1, max(-1, i - 4), -1):
        h = c.head_at(b)
        if h is not None and h[0] == i:
            for ln in (1, 2, 3):
                a = b - ln
                if a >= 0 and c.low(a, b) in c.g.titles:
                    # "A – Trưởng Công an phường Trần Nguyên Hãn": after a name the ward is the place
                    before = c.view[c.toks[a - 1].end : c.toks[a].start] if a > 0 else ""
                    return not any(ch in before for ch in ",–-(")
            return False
    return False


def _titled_level(c: _Ctx, i: int) -> bool:
    """A title (and a lower-case field) stands right before the level word i ("Cán bộ địa chính | xã")."""
    toks = c.toks
    for b in range(i, max(-1, i - 3), -1):
        if b < i and (toks[b].cap or not c.joined_ok(b, i + 1, _NAME_GAPS)):
            break
        for ln in (1, 2, 3):
            a = b - ln
            if a >= 0 and c.low(a, b) in c.g.titles and c.joined_ok(a, i + 1, _NAME_GAPS):
                before = c.view[toks[a - 1].end : toks[a].start] if a > 0 else ""
                # "ông A, cán bộ xã | Hoàng Văn Thụ": after a name in apposition the level names a place;
                # "Ông cho biết, trưởng thôn | Nguyễn Văn Toán": after a lower-case word, the holder
                return not (any(ch in before for ch in ",–-(") and toks[a - 1].cap)
    return False


def _street_like(c: _Ctx, j: int, lv: int) -> bool:
    """A ward/commune named after a person ("phường Hoàng Văn Thụ") may follow this level word."""
    # districts are named after people far more rarely than wards: "phó phòng ... huyện | Trần Khắc Trung"
    return (
        c.low(j, lv) not in ("tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã")
        and lv < c.n
        and c.toks[lv].low in c.g.surnames
    )


_BILATERAL_GAPS = frozenset({" - ", "-", " – ", "–"})
# One-syllable names of countries in a pair ("Mỹ-Việt", "Việt-Nhật").
_COUNTRY_SYLLABLES = _lows(
    "việt", "mỹ", "trung", "nhật", "hàn", "lào", "nga", "pháp", "đức", "anh", "úc", "thái", "ấn", "ý", "hoa"
)


def _bilateral_end(c: _Ctx, j: int) -> int | None:
    """After a country ending at token j, the other side of a pair ("- Lào", "-ASEAN", "-Việt"): its end."""
    toks, n = c.toks, c.n
    if j >= n or c.view[toks[j - 1].end : toks[j].start] not in _BILATERAL_GAPS or not toks[j].cap:
        return None
    gz = c.gaz_at.get(j)
    if gz is not None and (gz[1].kind == "country" or (gz[1].type == "ORG" and gz[1].kind == "intl")):
        return gz[0]
    if toks[j].low in _COUNTRY_SYLLABLES and (
        j + 1 >= n or not toks[j + 1].cap or c.view[toks[j].end : toks[j + 1].start] != " "
    ):
        return j + 1
    return None


def _lower_bridge(
    c: _Ctx, j: int, sub_ok: bool, after_name: bool = True, pair_ok: bool = False
) -> int | None:
    """Lower-case words inside an organisation's name, bridged to a capitalised part that ends it.

    "Công ty Chăn nuôi và chế biến thức ăn gia súc Miền Bắc", "Xí nghiệp Trục vớt cứu hộ vận tải 1":
    the run is accepted only when a name word, a number, a place or (for sub-units) a parent organ
    follows; a function word ("đã", "của", "cho") ends the name before it.
    """
    toks, n, view = c.toks, c.n, c.view
    k = j
    saw_va = False
    while k < n and k - j < _BRIDGE_MAX:
        t = toks[k]
        if t.cap or t.text[0].isdigit():
            break
        if view[toks[k - 1].end : t.start] not in (" ", "  ") and not (
            view[toks[k - 1].end : t.start] == " - " and k > j and not toks[k - 1].cap
        ):  # "Công ty TNHH xây dựng - thương mại và dịch vụ Trường Thọ": a list of trades
            return None
        if (
            t.low == "số"
            and k > j
            and k + 1 < n
            and toks[k + 1].text.isdigit()
            and view[t.end : toks[k + 1].start] == " "
        ):
            k += 1  # "Đội tuần tra đường bộ cao tốc số 2": the unit's number closes the name
            break
        if t.low == "và" and not saw_va and (after_name or k > j):
            saw_va = True  # "Chăn nuôi và chế biến"
            k += 1
            continue
        if (t.low in _ORG_STOP or (k + 1 < n and f"{t.low} {toks[k + 1].low}" in _ORG_STOP2)) and not (
            (t.low == "về" and k > j and toks[k - 1].low == "phạm")
            or (k > j and t.low == "không" and toks[k - 1].low in ("hàng", "phòng"))
            or (k + 1 < n and not toks[k + 1].cap and f"{t.low} {toks[k + 1].low}" in _STOP_VERB_NOUNS)
        ):
            return None  # ("Cục Cảnh sát điều tra tội phạm về ma túy"; but "hàng không" is one word)
        if k > j and (t.low in _WORK_NOUNS or (k + 1 < n and f"{t.low} {toks[k + 1].low}" in _WORK_NOUNS)):
            return None  # "Nhà hát Tuổi Trẻ | biểu diễn vở Lời ru": a work's title follows; not "Hãng phim Thiên Ngân"
        hk = c.head_at(k) if t.low in _HEADS_FIRST else None
        if hk is not None and k > j and toks[k - 1].low == "và":
            return None  # "Đảng Cộng hòa và đảng Dân chủ": two bodies
        if hk is not None and _org_at(c, k, 2) is not None:
            if sub_ok and k > j:
                return k  # "Cơ quan cảnh sát điều tra bộ Công an"
            return None
        if hk is not None and hk[1] in _COMPANY:
            return None  # "công ty Nhật và công ty ...": another body starts
        if (
            c.level_at(k) is not None
            and not (k > j and f"{toks[k - 1].low} {t.low}" in c.g.words2)
            and not (
                k + 1 < n
                and c.level_at(k) == k + 1
                and not toks[k + 1].cap
                and f"{t.low} {toks[k + 1].low}" in c.g.words2
                and view[t.end : toks[k + 1].start] == " "
            )  # "Khoa học xã hội và Nhân văn": the level word starts a common word
        ):
            lv = c.level_at(k)  # ("phát triển nông thôn" is no hamlet)
            assert lv is not None
            if k > j and lv < n and toks[lv].cap:
                return k  # "... phát triển nông thôn tỉnh Bắc Giang": the place suffix follows
            if k > j and c.low(k, lv) in _LEVEL_BARE and (lv >= n or not toks[lv].text[0].isalnum()):
                return k  # "Phòng cảnh sát giao thông tỉnh"
            return None
        k += 1
    if k == j or k >= n or k - j >= _BRIDGE_MAX:
        return None
    t = toks[k]
    if view[toks[k - 1].end : t.start] == " (" and t.upper and k - j >= 2:
        return k  # "... tội phạm về trật tự xã hội (PC45 - Công an tỉnh Bình Dương)"
    if view[toks[k - 1].end : t.start] not in (" ", "  "):
        return None
    if t.text[0].isdigit():
        if not t.text.isdigit():
            return None  # "lúc 16h40", "ngày 8/11": a time or a date, no unit number
        if k + 1 < n and view[t.end : toks[k + 1].start] in ("/", "-", ".") and toks[k + 1].text[0].isdigit():
            return None  # "đêm 20/12": a date
        if toks[k - 1].low in (
            "gần",
            "khoảng",
            "hơn",
            "trên",
            "dưới",
            "có",
            "được",
            "là",
            "và",
            "với",
            "cho",
        ):
            return None  # "Tổ chức kinh tế và cá nhân gần 7 ...": a quantity
        if (
            k + 1 < c.n
            and not toks[k + 1].cap
            and toks[k + 1].low not in _ORG_STOP
            and not (k + 2 < c.n and c.low(k + 1, k + 3) in _ORG_STOP2)  # "... đường bộ 471 thực hiện"
            and view[t.end : toks[k + 1].start] == " "
        ):
            return None  # "khiến 9 người", "sử dụng 3 chiếc": a quantity, not a unit number
        return k
    if not t.cap or t.sent:
        return None
    if (
        t.low in c.g.surnames
        and toks[k - 1].low not in ("học", "non", "chuyên")  # "Trường tiểu học Lê Văn Tám"
        and k + 2 < n
        and toks[k + 1].cap
        and toks[k + 2].cap
        and view[t.end : toks[k + 1].start] == " "
        and view[toks[k + 1].end : toks[k + 2].start] == " "
    ):
        return None  # a person's full name follows ("Thái Sơn" may still end a company's name)
    if toks[k - 1].low == "và" and t.upper:
        return None  # "cơ quan điều tra và VKS": two bodies
    hk2 = c.head_at(k)
    if hk2 is not None and not (hk2[1] == "trường" and _org_at(c, k, 2) is None):  # "... dịch vụ Trường Thọ"
        if toks[k - 1].low == "và":
            return None  # "Hội đồng Nhà nước và Hội đồng Bộ trưởng": two bodies
        return k if sub_ok and _org_at(c, k, 2) is not None else None
    if t.low in _COUNTRY_LONG_FIRST or (k in c.gaz_at and c.gaz_at[k][1].kind == "country"):
        if pair_ok and k in c.gaz_at and _bilateral_end(c, c.gaz_at[k][0]) is not None:
            return k  # "Hội đồng doanh nghiệp Mỹ-ASEAN": a bilateral body names both sides
        if (
            k in c.gaz_at
            and c.gaz_at[k][1].name == "Việt Nam"
            and toks[k - 1].low not in ("nước", "tại", "ở")
        ):
            return k  # "Tổng công ty thủy sản Việt Nam", "Hiệp hội dệt may VN"
        return None  # "... Bộ trưởng nước Cộng hòa Cuba": the country is not part of the name
    if t.low == "nhà" and k + 1 < c.n and toks[k + 1].low == "nước":
        return None  # "cơ quan quản lý Nhà nước": the State in general
    if _title_at(c, k):
        return None
    return k


_PREPOSITIONS = _lows(
    "từ", "của", "tại", "ở", "với", "cho", "về", "theo", "trong", "đến", "sang", "tới", "qua"
)
# Words that open the clause after a body's name: the name's lower-case words end before them.
_CLOSING_CUES = _lows("lúc", "hồi", "của", "thuộc")
_CLAUSE_NEXT = _lows("lúc", "hồi", "hôm", "vừa", "mới", "đã", "đang", "sẽ", "cũng", "đều", "vẫn", "xuống")
_CLOSING_MAX = 4
# Nouns opening on the function word "không" ("Kiểm soát không lưu", "Phòng không không quân").
_KHONG_NOUNS = _lows("không lưu", "không quân", "không gian", "không khí")
_SCOPE_WORDS = _lows("quốc gia", "trung ương", "thế giới", "quốc tế")


def _place_follows(c: _Ctx, k: int) -> bool:
    """A province-level place opens at token k: a level word and a capitalised name ("tỉnh Khánh Hoà",
    "TP HCM"), or a known province or city ("Khánh Hoà", "Hà Nội")."""
    toks, n = c.toks, c.n
    if k >= n:
        return False
    lv = c.level_at(k)
    if lv is not None and c.low(k, lv) in _lows("tỉnh", "thành phố", "tp") and lv < n and toks[lv].cap:
        return True
    gz = c.gaz_at.get(k)
    return gz is not None and toks[k].cap and gz[1].type == "LOC" and gz[1].kind in ("province", "city")


def _lower_words_end(c: _Ctx, j: int, titles_stop: bool) -> int:
    """End of up to three lower-case two-syllable words from token j, single-spaced, that are common words
    and no stop of a name (nor a title, with ``titles_stop``); j when there are none."""
    toks, n, view = c.toks, c.n, c.view
    k = j
    while (
        k + 1 < n
        and k - j < 6
        and not toks[k].cap
        and not toks[k + 1].cap
        and view[toks[k - 1].end : toks[k].start] == " "
        and view[toks[k].end : toks[k + 1].start] == " "
        and (pair := f"{toks[k].low} {toks[k + 1].low}") in c.g.words2
        and pair not in _ORG_STOP2
        and not (titles_stop and pair in c.g.titles)
        and toks[k].low not in _ORG_STOP
    ):
        k += 2
    return k


def _head_sentence_case(c: _Ctx, j: int) -> int:
    """Lower-case words right after a capitalised organ head that name it in sentence case (
    "Trung tâm điều độ hệ thống điện quốc gia,", "Hội trí thức tỉnh Khánh Hoà"): two-syllable words
    closed by a province, or words closed by a national scope ("quốc gia") and the clause; j when none."""
    toks, n, view = c.toks, c.n, c.view
    k = _lower_words_end(c, j, titles_stop=True)
    if k > j and k < n and view[toks[k - 1].end : toks[k].start] == " " and _place_follows(c, k):
        return k  # "Hội trí thức | tỉnh Khánh Hoà": the province closes the name
    # "điều độ hệ thống điện quốc gia": single syllables too, when the scope closes the name
    k = j
    while k + 1 < n and k - j < 7:
        t = toks[k]
        if (
            t.cap
            or not t.text.isalpha()
            or t.low in _ORG_STOP
            or view[toks[k - 1].end : t.start] != " "
            or f"{t.low} {toks[k + 1].low}" in _ORG_STOP2
            or f"{t.low} {toks[k + 1].low}" in c.g.titles
        ):
            break
        if (
            k > j + 1
            and c.low(k, k + 2) in _lows("quốc gia", "trung ương", "thành phố")
            and view[t.end : toks[k + 1].start] == " "
        ):  # "Ban chỉ đạo phát triển du lịch thành phố,": the city's own body
            e = k + 2
            if e >= n or view[toks[e - 1].end : toks[e].start].strip()[:1] in (",", ".", ")", ";", ":", "("):
                return e
            if view[toks[e - 1].end : toks[e].start] == " " and (
                toks[e].low in _CLAUSE_NEXT
                or toks[e].low in _CLOSING_CUES
                or (e + 1 < n and f"{toks[e].low} {toks[e + 1].low}" in _ORG_STOP2)
            ):
                return e
            break
        k += 1
    return j


def _closing_words(c: _Ctx, j: int) -> int:
    """Lower-case two-syllable words that close a name written in sentence case, up to a clause break:
    "Viện Nghiên cứu chiến lược (bộ Công an)", "Uỷ ban An toàn giao thông quốc gia hôm nay",
    "Ban Tư tưởng văn hoá trung ương phối hợp", "Chi cục Chăn nuôi và thú y xuống": punctuation, an
    adverb or a verb of the clause must follow, else the words may be the clause itself."""
    toks, n, g, view = c.toks, c.n, c.g, c.view
    k = j
    pairs = 0
    saw_va = False
    while k + 1 < n and pairs < _CLOSING_MAX:
        a = k
        if toks[k].low == "và" and not saw_va and pairs == 0 and view[toks[k].end : toks[k + 1].start] == " ":
            a = k + 1  # "Chăn nuôi và thú y"
        if a + 1 >= n:
            break
        pair = f"{toks[a].low} {toks[a + 1].low}"
        if (
            toks[a].cap
            or toks[a + 1].cap
            or pair not in g.words2
            or (
                pair in _ORG_STOP2
                # "Trung tâm Quản lý và điều hành giao thông đô thị", "Quản lý điều hành vận tải":
                # the name's own activity after "và" or "quản lý", not the clause's verb
                and not (pair == "điều hành" and (a > k or c.low(a - 2, a) == "quản lý"))
            )
            or pair in g.titles
            or (toks[a].low in _ORG_STOP and pair not in _KHONG_NOUNS)
            or view[toks[a - 1].end : toks[a].start] != " "
            or view[toks[a].end : toks[a + 1].start] != " "
        ):
            break
        saw_va = saw_va or a > k
        k = a + 2
        pairs += 1
    if k == j:
        return j
    if k >= n:
        return k
    gap = view[toks[k - 1].end : toks[k].start]
    if gap.strip()[:1] in ("(", ",", ".", ")", ";", ":"):
        return k
    if gap != " ":
        return j
    if _place_follows(c, k):
        return k  # "Trung tâm Giáo dục dạy nghề phụ nữ | TP HCM", "Hội trí thức | tỉnh Khánh Hoà"
    gz = c.gaz_at.get(k)
    if (
        gz is not None
        and toks[k].cap
        and gz[1].type == "LOC"
        and gz[1].kind in ("country", "foreign")
        and not saw_va  # "Đảng Dân chủ | và truyền thông Mỹ": two subjects, the press of the country
    ):
        return k  # "Cơ quan Phòng chống ma tuý | Philippines": the country closes the name
    if c.low(k, k + 3) == "hồ chí minh" and toks[k].cap and c.joined_ok(k, k + 3, frozenset({" "})):
        return k + 3  # "Trung tâm Kiểm soát không lưu đường dài Hồ Chí Minh": the city, not the person
    if pairs == 1 and not saw_va:
        # one word alone may be the clause's verb ("Ban Tổ chức | dự định sẽ"): only the old cues; a
        # body's scope closes it ("Uỷ ban ATGT quốc gia cho biết")
        if c.low(j, j + 2) in _SCOPE_WORDS and toks[k].low not in ("hóa", "hoá"):
            return k
        return k if toks[k].low in _CLOSING_CUES else j
    if toks[k].low in _CLAUSE_NEXT or (k + 1 < n and f"{toks[k].low} {toks[k + 1].low}" in _ORG_STOP2):
        return k
    return j


_SAINT_ABBR = frozenset({"St", "Ste", "Mt"})
# The longest proper name an organisation takes, in tokens (the longest seen on 1,500 articles is 20:
# "Cục Cảnh sát Điều tra tội phạm về trật tự quản lý kinh tế và chức vụ Bộ Công an"). Without a bound a
# run of capitalised words ("Văn phòng Văn phòng ...") made every organ head rescan it to its end.
_NAME_MAX_TOKENS = 40


def _name_words(
    c: _Ctx,
    j: int,
    cut_names: bool = False,
    bridge: bool = False,
    sub_ok: bool = False,
    bridge_first: bool = False,
    acronym_only: bool = False,
    pair_ok: bool = False,
) -> int:
    """Extend an organisation's proper name over capitalised words and the syllables that complete them."""
    toks, n, g = c.toks, c.n, c.g
    start = j - 1 if cut_names else j
    prev_cap = False
    seen_cap = False
    loc_end = -1
    stop = min(n, start + _NAME_MAX_TOKENS)
    while j < stop:
        if j == loc_end and toks[j].cap:
            break  # "Ủy ban Châu Âu | Romano Prodi": the name ends with its place
        gzj = c.gaz_at.get(j)
        if (
            gzj is not None
            and gzj[1].type == "LOC"
            and gzj[1].kind != "foreign"
            # but "ĐH Tôn Đức Thắng": "Đức" is a middle name here, not Germany
            and not (
                j > start
                and gzj[0] == j + 1
                and toks[j].key in _AMBIGUOUS_COUNTRY
                and toks[j - 1].low in g.surnames
                and toks[j - 1].cap
                and c.view[toks[j - 1].end : toks[j].start] == " "
            )
        ):
            loc_end = gzj[0]
        t = toks[j]
        gap = c.view[toks[j - 1].end : t.start]
        if gap == "/" and j > start and toks[j - 1].text.isdigit() and t.text in _ISSUER_CODES:
            j += 1  # "Ban Chỉ đạo 127/TW": the body's number with its issuer's code
            break
        if (
            gap not in (" ", "  ", "-", " - ", "&", " & ")
            and not (
                gap in (".", ". ")
                and toks[j - 1].text in ("TP", "Tp")
                and c.level_at(j - 1) == j
                and t.cap
                and c.low(j, j + 1) in ("hcm", "hồ")
            )
            and not (
                gap == ". " and j > start and toks[j - 1].text in _SAINT_ABBR and t.cap and t.text.isascii()
            )
        ):
            break  # but "Cao đẳng TP.HCM": the city's abbreviated level word inside the name
            # (and "bệnh viện St. Mary": the saint's abbreviation inside a foreign name)
        if "-" in gap and j > start and c.head_at(j) is not None:
            break  # "Tổng cục Tình báo - Bộ Công an": two organisations
        if t.text[0].isdigit() and _counted_number(c, j):
            break  # "Sở NN-PTNT 16 tỉnh Tây Nguyên": a count of provinces, not the organ's number
        if t.cap or t.upper or (t.text[0].isdigit() and j > start):
            if j > start and (
                t.low in _NAME_STOP
                or t.low == "ảnh"
                or ("-" in gap and (_title_at(c, j) or (j + 1 < n and not toks[j + 1].cap)))
            ):
                break  # "Công ty Tam Nguyên - Ảnh", "Đức Liên - Trưởng văn phòng"
            if (
                c.level_at(j) is not None
                and j > start
                and not (
                    j + 1 < n
                    and c.level_at(j) == j + 1
                    and not toks[j + 1].cap
                    and f"{t.low} {toks[j + 1].low}" in g.words2
                    and c.view[t.end : toks[j + 1].start] == " "
                )
            ):
                break  # but "Viện Khoa học Xã hội": the level word starts a common word
            if j > start and _person_ends_org(c, j):
                break  # "Ủy ban Đối ngoại Hạ viện | Eliot Engel nói": the chairman's name, not the body's
            nested_head = c.head_at(j) if (j > start or not cut_names) else None
            if (
                nested_head is not None
                and _HEADS[nested_head[1]] == "terr"
                and not (nested_head[1] == "cảnh sát pccc" and j == start)
            ):
                break  # but "Phòng Cảnh sát PCCC Công an tỉnh X": the police branch names the unit
            if (
                sub_ok
                and j > start
                and nested_head is not None
                and nested_head[1] in ("bộ", "sở", "tổng cục", "cục")
                and _domain_at(c, nested_head[0]) is not None
            ):
                break  # "Vụ Tổ chức | Bộ Giao thông vận tải": the parent ministry follows
            gz = c.gaz_at.get(j)
            if (
                gz is not None
                and gz[1].type == "LOC"
                and j > start
                and not _country_prefix(c, j, gz[0], gz[1])
                and not (
                    gz[1].kind == "foreign"
                    and gz[0] < n
                    and toks[gz[0]].cap
                    and c.view[toks[gz[0] - 1].end : toks[gz[0]].start] == " "
                    and c.head_at(gz[0]) is None
                )  # "Công ty Dubai Ports World": a foreign city inside the name
            ):
                break
            if (
                j > start
                and t.low in g.surnames
                and j + 1 < n
                and toks[j + 1].cap
                and c.view[t.end : toks[j + 1].start] == " "
                and not (j - 1 in c.gaz_at and c.gaz_at[j - 1][0] > j)  # "Ủy ban Châu Âu | Romano Prodi"
                and toks[j - 1].text not in ("TNHH", "CP", "MTV", "JSC")  # "Công ty TNHH Kim Long"
                and toks[j - 1].text not in ("THPT", "THCS", "PTTH", "PTCS", "DTNT", "PTDTNT")
                and toks[j - 1].low not in ("học", "non", "chuyên")  # "Trường THPT Chu Văn An"
                # "Trường PTCS Ngô Tất Tố": the name goes on; but "Bệnh viện Bạch Mai | Nguyễn Gia Bình"
                and not (
                    toks[j - 1].low in g.surnames
                    and not (
                        j - 2 >= start
                        and toks[j - 2].cap
                        and t.low in _COMMON_SURNAMES
                        and j + 2 < n
                        and toks[j + 2].cap
                        and c.joined_ok(j - 2, j + 3, _NAME_GAPS)
                    )
                )
                and toks[j - 1].low != "phần"  # "Công ty cổ phần Thái Sơn"
                and f"{toks[j - 1].low} {t.low}" not in g.words2  # "Khách sạn Công Đoàn Hà Tĩnh"
                and not (
                    not toks[j - 1].cap
                    and not toks[j - 1].text[0].isdigit()
                    and not (
                        j + 2 < n and toks[j + 2].cap and c.view[toks[j + 1].end : toks[j + 2].start] == " "
                    )
                )  # "... đầu tư phát triển Thái Sơn": two capitalised words end a bridged name
            ):
                break
            j += 1
            prev_cap = True
            seen_cap = True
            continue
        if (
            j >= 2
            and c.low(j - 2, j) == "cảnh sát"
            and c.low(j, j + 2) in _POLICE_BRANCH
            and not (bridge and _lower_bridge(c, j, sub_ok, seen_cap) is not None)
            and c.view[toks[j - 1].end : t.start] == " "
            and c.view[t.end : toks[j + 1].start] == " "
        ):
            j += 2  # "Cục Cảnh sát hình sự nói": the branch of the police closes the name
            j = _traffic_mode(c, j)
            prev_cap = False
            if j < n and toks[j].cap and c.view[toks[j - 1].end : toks[j].start] == " ":
                continue  # "Phòng Cảnh sát kinh tế Công an tỉnh Hà Tĩnh": the parent organ follows
            break
        gzn = c.gaz_at.get(j + 1) if prev_cap and j + 1 < n and not t.cap and not t.upper else None
        if (
            gzn is not None
            and gzn[1].kind == "country"
            and gap == " "
            and c.view[t.end : toks[j + 1].start] == " "
            and t.low not in _FUNC
            and t.low not in _ORG_STOP
            and t.low not in _PREPOSITIONS
            and t.low not in _CLAUSE_NEXT
            and t.text.isalpha()
            and f"{t.low} {toks[j + 1].low}" not in g.words2
            and j >= 2
            and (toks[j - 2].low in _STATE_HEADS or (j >= 3 and c.low(j - 3, j - 1) in _STATE_HEADS))
        ):
            j += 1  # "Sở Thuế vụ Mỹ": a lower-case syllable of the name before the country that ends it
            prev_cap = False
            continue
        if (
            j > start
            and (toks[j - 1].cap or toks[j - 1].upper)
            and j + 1 < n
            and c.low(j, j + 2) in _SCOPE_WORDS
            and c.view[toks[j - 1].end : t.start] == " "
            and c.view[t.end : toks[j + 1].start] == " "
            and (j + 2 >= n or toks[j + 2].low not in ("hóa", "hoá"))
        ):
            j += 2  # "Uỷ ban ATGT quốc gia": the body's scope closes its name
            break
        if (
            prev_cap
            and f"{toks[j - 1].low} {t.low}" in g.words2
            and (t.low not in _FUNC or f"{toks[j - 1].low} {t.low}" in _FUNC_WORDS)
        ):
            j += 1
            prev_cap = False
            j = _closing_words(c, j)
            continue
        # a lower-case word inside a name when a capitalised word or an organ follows
        # ("Cơ quan An ninh điều tra Bộ Công an")
        if (
            j + 2 < n
            and f"{t.low} {toks[j + 1].low}" in g.words2
            and f"{t.low} {toks[j + 1].low}" not in g.titles  # "Ban giám đốc Công an X"
            and t.low not in _PREPOSITIONS  # "ĐH An Giang | từ trường ĐH": a preposition, not "từ trường"
            and (j == start or f"{t.low} {toks[j + 1].low}" not in _VERBS2)  # "... Quốc hội | yêu cầu Bộ Y"
            and not toks[j + 1].cap
            and toks[j + 2].cap
            and c.view[t.end : toks[j + 1].start] == " "
            and c.view[toks[j + 1].end : toks[j + 2].start] == " "
            and (
                c.head_at(j + 2) is not None
                or c.level_at(j + 2) is not None
                # "Hội đồng lập pháp Hong Kong": one lower-case word right after the head, then the place
                or (
                    j == start
                    and not cut_names
                    and f"{t.low} {toks[j + 1].low}" not in _ORG_STOP2  # "cơ quan chức năng Hong Kong"
                    # "Hãng điện tử Hàn Quốc", "CLB thủ đô London": a firm described by its country, no name
                    and _head_ending(c, start) not in _DESCRIBED_HEADS
                    and j + 2 in c.gaz_at
                    and c.gaz_at[j + 2][1].type == "LOC"
                    and c.gaz_at[j + 2][1].kind in ("province", "city", "country", "foreign", "territory")
                )
            )
        ):
            j += 2
            prev_cap = False
            continue
        if (
            t.low == "đảng"
            and seen_cap
            and j + 1 < n
            and toks[j + 1].cap
            and c.view[t.end : toks[j + 1].start] == " "
            and not _title_at(c, j + 1)
        ):
            j += 1  # "Ủy ban Quốc gia đảng Dân chủ": a body of the party, named with it in lower case
            prev_cap = False
            continue
        if (
            t.key == "va"
            and j + 1 < n
            and toks[j + 1].cap
            and j > start
            and c.head_at(j + 1) is None
            and not (
                _title_at(c, j + 1)
                and not (
                    j + 3 < n
                    and not toks[j + 2].cap
                    and not toks[j + 3].cap
                    and c.low(j + 1, j + 3) in g.words2
                    and toks[j + 3].low not in _ORG_STOP
                )  # but "Công ty Xây dựng và Quản lý đường bộ 471": no name after the word
            )  # "Ban Bí thư và Thủ tướng Chính phủ"
        ):
            j += 1
            prev_cap = False
            continue
        if bridge and (seen_cap or bridge_first or acronym_only):
            k = _lower_bridge(c, j, sub_ok, seen_cap, pair_ok)
            if (
                k is not None
                and not (seen_cap or bridge_first)
                and not (k < n and toks[k].upper and c.view[toks[k - 1].end : toks[k].start] == " (")
                and not any(
                    x in c.gaz_at and c.gaz_at[x][0] > k and c.gaz_at[x][1].kind in ("region", "country")
                    for x in (k, k - 1)
                )
            ):
                k = None
            if k is not None:
                j = k
                prev_cap = False
                continue
            if seen_cap and (m := _trades_before_next_body(c, j)) > j:
                j = m  # "Cty TNHH Xuất nhập khẩu tổng hợp | và Tổng Cty Bảo hiểm Việt Nam": two bodies
        break
    # Never end on a connector.
    while j > start and toks[j - 1].key == "va":
        j -= 1
    return j


def _trades_before_next_body(c: _Ctx, j: int) -> int:
    """End of up to three lower-case two-syllable words at j that close a name right before "và" and
    another company ("... Xuất nhập khẩu tổng hợp | và Tổng Cty Bảo hiểm"); j when there are none."""
    toks, n, view = c.toks, c.n, c.view
    k = _lower_words_end(c, j, titles_stop=False)
    if k == j or k + 1 >= n or toks[k].low != "và" or view[toks[k - 1].end : toks[k].start] != " ":
        return j
    h = c.head_at(k + 1)
    if h is None or not toks[k + 1].cap or h[1] not in _COMPANY | _lows("cty", "tổng cty"):
        return j
    return k


_TRAFFIC_MODES = _lows("đường bộ", "đường sắt", "đường thủy", "đường thủy nội địa", "đường sông")
_MODE_GAPS = frozenset({" - ", "  ", " và ", "-", " – ", ", "})


def _traffic_mode(c: _Ctx, j: int) -> int:
    """The modes after a traffic police branch ("Cục Cảnh sát giao thông đường bộ - đường sắt",
    "Phòng CSGT đường thủy"): part of the unit's name."""
    if j < 2 or c.low(j - 2, j) != "giao thông":
        return j
    k = j
    while k + 1 < c.n and c.low(k, k + 2) in _TRAFFIC_MODES:
        gap = c.view[c.toks[k - 1].end : c.toks[k].start]
        if not (gap == " " if k == j else gap in _MODE_GAPS):
            break
        k += 2
    return k


def _given_name_head(c: _Ctx, s: Span) -> bool:
    """A bare organ word that ends a name ("Nguyễn Hữu | Bộ"): after a family name and a middle name
    that never ends a name, the capitalised word is the given name."""
    k = bisect.bisect_left(c.starts, s.start)
    toks = c.toks
    return (
        k >= 2
        and toks[k - 1].cap
        and toks[k - 1].low in _MIDDLE_ONLY
        and toks[k - 2].low in c.g.surnames
        and toks[k - 2].cap
        and c.joined_ok(k - 2, k + 1, _NAME_GAPS)
    )


_SCHOOL_WORDS = _lows("tiểu học", "trung học", "đại học", "học viện")


def _person_ends_org(c: _Ctx, j: int) -> bool:
    """Tokens j, j+1 are a foreign person's name after a Vietnamese organisation name: two capitalised
    foreign words, the first a known given name or the two followed by a verb of saying."""
    toks, n = c.toks, c.n
    if j + 1 >= n or toks[j - 1].text.isascii():
        return False
    a, b = toks[j], toks[j + 1]
    # "Hội đồng Nhân dân | Kim Yong - nam": a Korean or Chinese name, hyphenated, after the body
    hyphenated = (
        j + 2 < n
        and a.cap
        and b.cap
        and not a.upper
        and not b.upper
        and a.text.isascii()
        and a.text.isalpha()
        and b.text.isascii()
        and b.text.isalpha()
        and toks[j + 2].text.islower()
        and toks[j + 2].text.isascii()
        and toks[j + 2].text.isalpha()
        and c.view[a.end : b.start] == " "
        and c.view[b.end : toks[j + 2].start] in ("-", " - ")
        and j not in c.gaz_at
        and c.head_at(j) is None
    )
    if not hyphenated and (
        not (_foreign_word(a.text) and _foreign_word(b.text))
        or a.upper
        or b.upper
        or not b.cap
        or c.view[a.end : b.start] != " "
        or (j + 2 < n and toks[j + 2].cap)
        or j in c.gaz_at
        or j + 1 in c.gaz_at
        or c.head_at(j) is not None
        # "công ty nhà đất Colliers International cho hay": the company's own name
        or a.low in _NOT_PERSON_WORDS
        or b.low in _NOT_PERSON_WORDS
        or b.text in _CORP_SUFFIX
        or not (a.low in _WESTERN_GIVEN or _speaker_after(c, j + 2))
    ):
        return False
    # the body's head of office is named: a title opens the same clause ("Tổng thư ký Liên Hiệp Quốc
    # Kofi Annan"); but schools are named after people ("Trường THPT Bán công Marie Curie")
    for k in range(j - 1, max(-1, j - 12), -1):
        if toks[k].low == "trường" or c.low(k, k + 2) in _SCHOOL_WORDS:
            return False
        if k + 1 < j and c.view[toks[k].end : toks[k + 1].start] not in (" ", "-", " - "):
            return False
        if _title_at(c, k):
            return True
    return False


_APOSTROPHES = frozenset({"'", "’", " ' ", " ’ "})
_JOINED_GAPS = _APOSTROPHES | {"-"}  # "Ban Ki-moon", "H'Hen Niê": one name word across the mark


def _apostrophe_name(c: _Ctx, j: int) -> bool:
    """Token j, capitalised, after an apostrophe that follows a one-letter capital: one name word with
    it, as in the Central Highlands' names ("H'Hen", "Y'Bih", "K'Sor") and Irish, French and West
    African ones ("O'Neill", "D'Amico", "N'Golo")."""
    prev = c.toks[j - 1]
    t = c.toks[j]
    return (
        len(prev.text) == 1
        and prev.text.isupper()
        and prev.text not in ("L", "I")  # the French article ("L'Equipe", "L'Oreal"); brands ("I'Park")
        and t.low not in _FRENCH_ARTICLES  # "D'Le Roi Soleil", "Côte D'Ivoire"
        and t.cap
        and t.text.isalpha()
        and len(t.text) > 1
        and f"{prev.low}'{t.low}" not in _APOSTROPHE_NOT_NAMES
    )


_FRENCH_ARTICLES = frozenset({"le", "la", "les", "el"})
# Peoples and places written with the same mark ("người K'Ho", "huyện K'Bang", "Côte d'Ivoire").
_APOSTROPHE_NOT_NAMES = frozenset(
    "k'ho s'tiêng x'tiêng j'rai h'mông h'mong m'nông m'nong k'bang m'đrắk m'gar b'lao d'ran r'lấp "
    "n'djamena d'ivoire o'clock".split()
)


# Lower-case words before an apostrophe name that make it a place or a title ("huyện K'Bang", "tờ
# L'Equipe", "thác K'Rông").
_APOSTROPHE_NOT_PERSON = _lows(
    "huyện",
    "xã",
    "thôn",
    "buôn",
    "làng",
    "bon",
    "plei",
    "sóc",
    "đèo",
    "núi",
    "sông",
    "suối",
    "thác",
    "hồ",
    "đường",
    "phố",
    "tờ",
    "báo",
    "hãng",
    "tạp chí",
    "nhãn hiệu",
    "thương hiệu",
    "tập đoàn",
    "công ty",
)


def _apostrophe_start(c: _Ctx, i: int) -> bool:
    """A one-letter capital, an apostrophe and a capitalised word open a name ("H'Hen Niê", "O'Shea",
    "N'Golo Kanté"); not the French article ("L'Equipe", "L'Oreal") nor after a place or title word."""
    toks = c.toks
    t = toks[i]
    if len(t.text) != 1 or not t.text.isupper() or i + 1 >= c.n:
        return False
    if c.view[t.end : toks[i + 1].start] not in _APOSTROPHES or not _apostrophe_name(c, i + 1):
        return False
    return not (
        i > 0
        and (
            toks[i - 1].low in _APOSTROPHE_NOT_PERSON or (i > 1 and c.low(i - 2, i) in _APOSTROPHE_NOT_PERSON)
        )
    )


def _person_run(
    c: _Ctx,
    i: int,
    max_len: int = 5,
    claimed: Sequence[bool] | None = None,
    titled: bool = False,
) -> int:
    """End of a person's name (capitalised syllables, optional anonymised "T." at the end).

    `titled`: the name follows an honorific or a title, so syllables in capitals ("Bà DƯƠNG THỊ
    TRÚC BẠCH", "Thứ trưởng Lê THẾ TIỆM") and a common word after a family name ("ông Trịnh Sáng")
    belong to it."""
    toks, n, view = c.toks, c.n, c.view
    j = i
    while j < n and j - i < max_len:
        t = toks[j]
        if claimed is not None and claimed[j]:
            break
        gap = view[toks[j - 1].end : t.start] if j > i else ""
        # a lower-case part after a hyphen in a foreign name ("Park Hang-seo", "Ban Ki-moon",
        # detokenised "Prayuth Chan - ocha", "Kim Yong - chol")
        hyph = j > i and len(t.text) <= 6 and t.text.isascii() and t.text.islower()
        hyph = hyph and (gap == "-" or (gap == " - " and _spaced_hyphen_part(c, i, j)))
        particle = j > i and _name_particle(c, j)  # "Bashar al - Assad"
        roman = j > i and _ROMAN.fullmatch(t.text) is not None and _roman_in_name(c, i, j)
        caps = t.upper and len(t.text) > 1 and (titled or j > i) and _caps_syllable(c, i, j)
        if (not t.cap and not hyph and not particle) or (
            t.upper
            and len(t.text) > 1
            and not (_is_initials(t.text) and _dotted(c, j))
            and not roman
            and not caps
        ):
            break
        if not t.text.isalpha():
            break
        if j > i:
            if gap == " - " and (hyph or particle or _spaced_hyphen_cap(c, i, j)):
                pass
            elif gap in _APOSTROPHES and _apostrophe_name(c, j):
                pass  # "H'Hen Niê", "K'Sor", "O'Neill", "N'Golo Kanté", detokenised "O ' Leary"
            elif gap not in (" ", ". ", ".", "-"):
                break
            if gap == "-" and _title_at(c, j):
                break  # "Bùi Văn Ga-Giám đốc"
            if gap in (". ", ".") and not _abbr(c, j - 1):
                break
        if (
            c.level_at(j) is not None
            and j > i
            and toks[j].low in ("tp", "tx", "q", "h", "p")
            and not (
                len(t.text) == 1
                and (_abbr(c, j - 1) or gap == " ")
                and (
                    j + 1 >= n
                    or len(toks[j + 1].text) == 1
                    or not toks[j + 1].cap
                    # "N.T. P.\n(SN 1999": no place name right after the dot
                    or view[t.end : toks[j + 1].start] not in (". ", ".")
                    # "William H. Crawford": a middle initial between two foreign name words
                    or (_foreign_word(toks[j - 1].text) and _non_vi_word(toks[j + 1].text))
                )
            )
        ):
            break  # ("Nguyễn Văn A, H. Đông Anh"; but "N.H. K", "Nguyễn Văn H., một" are initials)
        if j > i + 1 and t.low in _title_edges()[0] and t.low != "thư" and _long_title_at(c, j):
            break  # "Giáo sư Lê Minh Triết Chủ tịch Hội đồng": the title goes on without a comma
        if (
            j > i
            and t.low in _NAME_STOP
            and not _given_after_middle(c, i, j)
            and not (titled and _given_after_surname(c, i, j))
            and not _stop_word_given(c, i, j)
        ):
            break  # "Dương Hoàng Long | Ngày 21-3", "Lê Công K. | Trong đó"
        j += 1
    if (
        i < j < n
        and not toks[j].cap
        and (
            f"{toks[j - 1].low} {toks[j].low}" in c.g.words2
            or f"{toks[j - 1].low} {toks[j].low}" in _CAP_COMMON_WORDS
            or (
                j + 1 < n
                and j == i + 1
                and f"{toks[j - 1].low} {toks[j].low} {toks[j + 1].low}" in c.g.words2
                and c.view[toks[j].end : toks[j + 1].start] == " "
            )  # "Vụ phó Xuất nhập khẩu"
        )
        and c.view[toks[j - 1].end : toks[j].start] == " "
        # "Nguyễn Văn Thương | để", "Tiến | về"; but "Đoàn Thanh niên": an organ word, then a common word
        and not (
            j - i >= 2 and toks[i].low in c.g.surnames and not (j - i == 2 and toks[i].low in _ORGAN_SURNAMES)
        )
    ):
        for k in range(i + 1, j):
            h = c.head_at(k)
            if (
                h is not None
                and toks[k].low not in c.g.surnames
                and len(toks[k - 1].text) >= 2  # not "Ủy viên T.Ư Đảng Cộng sản Pháp"
                and c.view[toks[k - 1].end : toks[k].start] == " "
            ):
                return k  # "chị Lan | Hội Phụ nữ xã": an organisation head, then its common word
        return i  # "cán bộ Tuyên giáo": a capitalised common word, not a name
    if j - i >= 2 and not toks[j - 1].cap and toks[j - 1].low in _SPACED_PARTICLES:
        j -= 1  # "Dato Paduka Haji Ali | bin Haji Hassan": the run hit its length before the name after
    if (
        j - i >= 2
        and j < n
        and not toks[j].cap
        and toks[j - 1].low in _title_edges()[0]
        and c.view[toks[j - 1].end : toks[j].start] == " "
        and any(c.low(j - 1, j - 1 + ln) in c.g.titles for ln in range(2, min(c.g.title_max, n - j + 1) + 1))
    ):
        j -= 1  # "Hồ | Chủ tịch", "Bác Hồ | Chủ tịch": a title in sentence case after a surname
    return j


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# Common words written with a capital first syllable, so the lower-case word list (words2.txt) misses
# them: "nghệ sĩ | Việt kiều" names no person "Việt".
_CAP_COMMON_WORDS = _lows("việt kiều", "hoa kiều")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "di", "du", "le", "la"})
# Words that follow a family name as a common word, never as the given name ("Nguyễn | Ngày 21-3").
_DATE_STOP = _lows(
    "ngày", "tháng", "năm", "hôm", "chiều", "sáng", "tối", "đêm", "trưa", "sau", "trước", "khi"
)
_CAPS_ACRONYM = re.compile(r"[^AEIOUY]{0,3}[AEIOUY]{1,3}(?:[CMNPT]|CH|NH|NG)?")


def _spaced_hyphen_part(c: _Ctx, i: int, j: int) -> bool:
    """Token j (lower case) after " - " goes on a foreign name written with ASCII letters only
    ("Prayuth Chan - ocha", "Ji Seong - ho", "Yeung Po - hei"); not an apposition ("Minh - con trai")."""
    toks, view = c.toks, c.view
    if j - i < 2 or not all(toks[k].text.isascii() for k in range(i, j)):
        return False
    t = toks[j]
    if t.low in _KIN_ASCII and toks[j - 1].cap:
        return False  # "Arnulfo Ochoa - cha của", "Lan Anh - con trai"
    if j + 1 < c.n and view[t.end : toks[j + 1].start] == " " and not toks[j + 1].cap:
        nxt = toks[j + 1]
        return (
            (
                _foreign_word(t.text)
                or (len(t.text) <= 3 and not nxt.text.isascii())  # "Ji Seong - ho giơ"
                # a Korean family name and two given syllables: "Park Hang - seo cho biết"
                or (j - i == 2 and toks[i].text in _KOREAN_FAMILY and len(t.text) <= 4)
                # "Kim Hak - yong": a family name that is also a Vietnamese syllable, a foreign syllable
                or (j - i == 2 and len(t.text) <= 4 and _foreign_word(toks[i + 1].text))
            )
            and not _title_at(c, j)
            and f"{t.low} {nxt.low}" not in c.g.words2
        )
    return True


# Korean family names that are no Vietnamese syllable written without marks ("Kim", "Han", "Son" are).
_KOREAN_FAMILY = frozenset(
    "Park Lee Choi Jung Kang Yoon Jang Shin Kwon Hwang Ahn Yoo Jeon Moon Bae Baek Ryu Byun Chung Hyun".split()
)


_KIN_ASCII = frozenset(
    {"cha", "con", "em", "anh", "ba", "bo", "me", "chi", "co", "cu", "ong", "vo", "chau", "la", "va"}
)


def _spaced_hyphen_cap(c: _Ctx, i: int, j: int) -> bool:
    """ "Stephen Yale - Loehr", "Bashar al - Assad": a capitalised foreign part after " - "; after a
    compound given name's first part when a family name follows ("Jean - Claude Juncker")."""
    toks = c.toks
    if j - i == 1 and toks[i].text in _COMPOUND_FIRST:
        t = toks[j]
        return (
            _foreign_word(t.text)
            and j not in c.gaz_at
            and j + 1 < c.n
            and toks[j + 1].cap
            and c.view[t.end : toks[j + 1].start] == " "
            and (_non_vi_word(toks[j + 1].text) or toks[j + 1].low in _PARTICLES)  # "Jean - Yves Le Drian"
        )
    if j - i < 2 or not (
        toks[j - 1].low in _PARTICLES or all(_foreign_word(toks[k].text) for k in range(i, j))
    ):
        return False
    t = toks[j]
    return (
        _foreign_word(t.text)
        and j not in c.gaz_at
        and not (j + 1 < c.n and toks[j + 1].cap and c.view[t.end : toks[j + 1].start] == " ")
    )


# First parts of hyphenated given names ("Jean-Claude", "Marie-Louise", "François-Philippe").
_COMPOUND_FIRST = frozenset(
    "Jean Marie Pierre Anne Louis Francois François Paul Jose José Juan Maria Hans Karl Claude Demi".split()
)


def _name_particle(c: _Ctx, j: int) -> bool:
    """ "al" in "Bashar al - Assad", "al-Assad": a lower-case particle before a capitalised foreign part."""
    toks = c.toks
    t = toks[j]
    if t.low not in _PARTICLES or t.cap or j + 1 >= c.n or not toks[j - 1].text.isascii():
        return False
    if c.view[toks[j - 1].end : t.start] != " ":
        return False
    after = c.view[t.end : toks[j + 1].start]
    if after == " " and t.low in _SPACED_PARTICLES and toks[j - 1].cap:
        # "Dominique de Villepin", "Ludwig van Beethoven": a spaced particle inside a foreign name
        return toks[j + 1].cap and toks[j + 1].text.isascii() and _foreign_word(toks[j - 1].text)
    if after not in ("-", " - "):
        return False
    return toks[j + 1].cap and _foreign_word(toks[j + 1].text) and _foreign_word(toks[j - 1].text)


_SPACED_PARTICLES = frozenset({"de", "van", "von", "der", "bin", "ibn", "al", "el"})


def _roman_in_name(c: _Ctx, i: int, j: int) -> bool:
    """ "Carl XVI Gustaf", "Elizabeth II": a regnal number after a foreign given name."""
    toks = c.toks
    if not toks[j].text or c.view[toks[j - 1].end : toks[j].start] != " ":
        return False
    if not _foreign_word(toks[j - 1].text) and toks[j - 1].low not in ("paul", "john"):
        return False
    if j + 1 < c.n and toks[j + 1].cap and not toks[j + 1].upper:
        return c.view[toks[j].end : toks[j + 1].start] == " " and _foreign_word(toks[j + 1].text)
    return j == i + 1 or j == i + 2


def _caps_syllable(c: _Ctx, i: int, j: int) -> bool:
    """Token j, in capitals, is a syllable of a name written in capitals ("DƯƠNG THỊ TRÚC BẠCH",
    "Lê THẾ TIỆM", credit "HÀ THANH"); acronyms ("UBND", "TP", "HCM") are not."""
    t = c.toks[j].text
    first = c.toks[i]
    if len(t) > 7 or (
        j > i and not (first.upper or first.low in c.g.surnames or (len(first.text) == 1 and _abbr(c, i)))
    ):
        return False
    if _ROMAN.fullmatch(t):
        return False  # "Kim Dũng II", "Đoàn Kịch II"
    return _CAPS_ACRONYM.fullmatch(c.toks[j].key.upper()) is not None  # "ĐBQH", "UBND" are acronyms


def _caps_name_start(c: _Ctx, i: int) -> bool:
    """Token i, in capitals, may open a name written in capitals after an honorific or a title
    ("Bà DƯƠNG THỊ TRÚC BẠCH"): a family name followed by another syllable in capitals."""
    toks = c.toks
    return (
        toks[i].low in c.g.surnames
        and i + 1 < c.n
        and toks[i + 1].upper
        and c.view[toks[i].end : toks[i + 1].start] == " "
        and _caps_syllable(c, i, i + 1)
    )


def _given_after_surname(c: _Ctx, i: int, j: int) -> bool:
    """ "ông Trịnh Sáng": after an honorific, a capitalised common word right after a family name is
    the given name (not "Nguyễn | Ngày 21-3", "Trần | Sáng nay")."""
    toks, view = c.toks, c.view
    if j != i + 1 or toks[i].low not in c.g.surnames or view[toks[i].end : toks[j].start] != " ":
        return False
    if j + 1 < c.n:
        nxt = toks[j + 1]
        gap = view[toks[j].end : nxt.start]
        if nxt.text[:1].isdigit() or (gap == " " and f"{toks[j].low} {nxt.low}" in c.g.words2):
            return False  # "Trần | Sáng 21-3", "Lê | Sau đó"
        if toks[j].low in _DATE_STOP and gap == " " and (nxt.cap or nxt.low in ("nay", "qua", "mai")):
            return False
    return toks[j].low not in ("ông", "bà", "các", "những", "với", "và")


# English words of organisation, product, place and title names: a run of foreign words holding one
# is no person ("Korean Air", "Wall Street Journal", "Miss Grand", "Galaxy Note").
_NOT_PERSON_WORDS = frozenset(
    """the of and for on in at by net new york times post news street journal house group bank air airlines
    airways university college club united city fc hotel resort center centre company corporation inc ltd
    motors electronics mobile pay store google apple facebook twitter microsoft samsung sony honda toyota
    force army navy press daily mail guardian herald tribune cup league open award awards festival park
    square tower mall plaza station airport island islands beach river lake valley bridge road avenue coast
    gold express super star stars world global international national royal grand prix miss mister
    universe show tour music records pictures studios entertainment media network channel radio online
    digital tech technology technologies systems software capital holdings partners fund foundation
    institute association council committee party democratic republican union federal reserve state
    states department ministry office agency bureau service services police court supreme senate congress
    parliament commission church temple palace castle museum library school academy hospital clinic
    medical health energy oil gas power steel auto car cars motor line lines shipping logistics food foods
    coffee tea beer water fashion design beauty sport sports games game pro max plus mini phone galaxy
    note watch book books live day week time magazine review report today weekly story project program
    act bill code law data cloud web net home land hills village town county region district golden
    silver black red blue green white big little great old young good best top first last next one two
    three east west north south central western eastern northern southern mount saint san santa los las
    port fort lake cape airbus boeing express cargo bay hall gate wall valley kingdom republic empire
    era age war peace day night love life boy boys girl girls man men woman women kids family team crew
    brothers sisters king queen prince princess lord lady sir dr mr mrs ms jr sr ii iii ceo cfo coo
    fifa uefa nba nfl unesco unicef who""".split()
)
# Words before a run of foreign words that name a thing, a place or an organisation, not a person.
_THING_BEFORE = _lows(
    "hãng",
    "công ty",
    "tập đoàn",
    "báo",
    "tờ",
    "trang",
    "mạng",
    "kênh",
    "đài",
    "ứng dụng",
    "dịch vụ",
    "phim",
    "bộ phim",
    "ca khúc",
    "bài hát",
    "album",
    "sách",
    "cuốn",
    "tác phẩm",
    "chương trình",
    "dự án",
    "chiến dịch",
    "giải",
    "sân",
    "khách sạn",
    "nhà hàng",
    "trường",
    "đại học",
    "thương hiệu",
    "nhãn hiệu",
    "dòng",
    "mẫu",
    "xe",
    "tàu",
    "máy bay",
    "tên lửa",
    "hệ thống",
    "phần mềm",
    "game",
    "trò chơi",
    "tại",
    "ở",
    "đến",
    "từ",
    "sang",
    "thành phố",
    "bang",
    "hạt",
    "vùng",
    "quận",
    "thủ đô",
    "đảo",
    "tỉnh",
    "của",
    "hiệu",
    "loại",
    "chiếc",
    "tàu sân bay",
    "quỹ",
    "quĩ",
    "tổ chức",
    "hiệp hội",
    "viện",
    "trung tâm",
    "nhóm",
    "ban nhạc",
    "đội",
    "câu lạc bộ",
    "clb",
    "tuyển",
    "vũ trường",
    "quán",
    "bar",
    "phố",
    "đường",
    "chợ",
    "siêu thị",
    "cửa hàng",
    "sản phẩm",
    "website",
    "tài khoản",
    "hashtag",
    "chiến dịch",
    "chuỗi",
    "phòng",
    "vụ",
    "chiến dịch",
    "dự luật",
    "luật",
    "học thuyết",
    "giải thưởng",
    "danh hiệu",
    "cuộc thi",
    "hội chợ",
    "triển lãm",
    "hội nghị",
    "diễn đàn",
    "tuần lễ",
    "lễ hội",
    "sự kiện",
    "mùa",
    "kỳ",
    "tạp chí",
    "lớp",
    "khu vực",
    "chỉ số",
    "động cơ",
    "phòng không",
    "huân chương",
    "giải thưởng",
    "món",
)


_MODEL_CODE = re.compile(r"[A-Za-z]{1,3}\d{1,4}[A-Za-z]?|\d{1,4}[A-Za-z]{1,3}")


def _western_name(c: _Ctx, i: int, claimed: Sequence[bool]) -> int:
    """End of a Western-looking full name standing without a cue ("John Brennan", "Dan Coats",
    "Robert Mueller"): 2-3 capitalised ASCII words, one of them no Vietnamese syllable, none an
    organisation, place or product word, not glued to other capitalised words; i when none."""
    toks, view, n = c.toks, c.view, c.n
    t = toks[i]
    if t.key in _NOT_NAME or t.low in _NOT_PERSON_WORDS or i in c.gaz_at:
        return i
    if (
        i > 0
        and toks[i - 1].cap
        and not claimed[i - 1]
        and (toks[i - 1].upper or toks[i - 1].text[1:] == toks[i - 1].text[1:].lower())  # not "WikiLeaks"
        and view[toks[i - 1].end : t.start] in (" ", "-", " - ")
    ):
        return i
    for ln in (3, 2, 1):
        if i >= ln and c.low(i - ln, i) in _THING_BEFORE and c.joined_ok(i - ln, i + 1, _NAME_GAPS):
            if ln == 1 and toks[i - 1].low == "của" and t.low in _WESTERN_GIVEN:
                continue  # '"Fahrenheit 9/11" của Michael Moore': a known given name after "của"
            return i
    j = i
    while j < n and j - i < 3:
        w = toks[j]
        if claimed[j] or not w.cap or w.upper or not w.text.isascii() or not w.text.isalpha():
            break
        if j > i and view[toks[j - 1].end : w.start] != " ":
            break
        if len(w.text) < 2 or w.low in _NOT_PERSON_WORDS or j in c.gaz_at or c.head_at(j) is not None:
            return i
        j += 1
    if j - i < 2:
        return i
    j2 = _person_run(c, i, 5, claimed)
    if j2 > j and any(view[toks[k - 1].end : toks[k].start] == " - " for k in range(j, j2)):
        # "Ji Seong - ho", "Stephen Yale - Loehr": a detokenised hyphenated foreign name
        return j2 if j2 >= n or not toks[j2].cap else i
    if j2 > j + 1 and _name_particle(c, j):
        j = j2  # "Izzedine Khatib al-Tamimi", "Abu Musab al-Zarqawi": the particle and the name after it
    if (
        j + 1 < n
        and j - i == 2
        and view[toks[j - 1].end : toks[j].start] == " - "
        and toks[j].cap
        and toks[j].text.isascii()
        and toks[j].text.isalpha()
        and not toks[j].upper
        and not toks[j + 1].cap
        and _speaker_after(c, j + 1)
    ):
        j += 1  # "Justine Ong - Farmer, 27 tuổi": a detokenised double-barrelled family name
    if j < n and toks[j].cap and view[toks[j - 1].end : toks[j].start] in (" ", "-", " - ", "'", "&"):
        return i  # part of a longer capitalised run
    if j < n and view[toks[j - 1].end : toks[j].start] in (".", "-", "'", "&", "@", "/"):
        return i  # "Nguyen Van.com", "Marks & Spencer"
    if j < n and _MODEL_CODE.fullmatch(toks[j].text) and view[toks[j - 1].end : toks[j].start] == " ":
        return i  # "Garmin Streetpilot i3", "Galaxy Note 7": a product and its model number
    words = [toks[k].text for k in range(i, j)]
    if any(toks[k].low in _VN_BRAND_PLACES for k in range(i, j)):
        return i  # "đường đua Saigon Kart", "Hanoi Toserco": a Vietnamese brand, no person
    # "Oswaldo Paya": after a known foreign given name the family name may read like a syllable
    given = toks[i].low in _WESTERN_GIVEN and _foreign_word(words[0])
    # "Tổng thống Myanmar khi đó Thein Sein": after a title, a pair with a word no Vietnamese syllable
    titled = j - i == 2 and _unsyllabic_pair(c, i) and _title_shortly_before(c, i)
    if not (any(_foreign_word(w) for w in words) and (_non_vi_word(words[-1]) or given)) and not titled:
        return i
    if not (
        titled
        or _non_vi_word(words[0])
        or toks[i].low in _WESTERN_GIVEN
        or _person_noun_before(c, i)
        or _speaker_after(c, j)  # "Guo Shuqing, người đứng đầu ..."
        or _role_is_before(c, i)
    ):
        return i  # "Xe Lexus", "Trang WikiLeaks": a Vietnamese word before a foreign one
    if any(w[1:] != w[1:].lower() for w in words):
        return i  # "WikiLeaks", "SunWay": brands
    if (
        toks[i].low in _WESTERN_GIVEN
        or _person_noun_before(c, i)
        or _speaker_after(c, j)
        or _role_is_before(c, i)
        or _title_shortly_before(c, i)
    ):
        return j
    # the family name alone elsewhere ("... Skripal ... ông Skripal")
    return j if any(k != j - 1 for k in c.alone_at(toks[j - 1].text)) else i


_AGE_AFTER = re.compile(r",? \(?\d{1,3} tuổi\b")


def _lone_foreign_with_age(c: _Ctx, i: int, claimed: Sequence[bool]) -> bool:
    """ "Michelle, 34 tuổi, nhân viên ngân hàng": one capitalised foreign word with an age right after."""
    toks, view = c.toks, c.view
    t = toks[i]
    if claimed[i] or t.upper or not t.text.isascii() or not t.text.isalpha() or len(t.text) < 3:
        return False
    if t.low in _NOT_PERSON_WORDS or t.key in _NOT_NAME or i in c.gaz_at or c.head_at(i) is not None:
        return False
    if not (_non_vi_word(t.text) or t.low in _WESTERN_GIVEN):
        return False
    if i > 0 and toks[i - 1].cap and view[toks[i - 1].end : t.start] in (" ", "-", " - "):
        return False  # part of a longer capitalised run
    return _AGE_AFTER.match(view, t.end) is not None


def _person_noun_before(c: _Ctx, i: int) -> bool:
    """A role noun right before token i ("học giả Olga Kulkova", "tay sát nhân Satoshi Uematsu")."""
    toks = c.toks
    if (
        i >= 2
        and toks[i - 2].low == "số"
        and toks[i - 1].text.isdigit()
        and c.joined_ok(i - 2, i + 1, _NAME_GAPS)
    ):
        i -= 2  # "hạt giống số 3 Robby Ginepri", "tiền đạo số 9 Karim Benzema": the ranking or shirt number
    elif (
        i >= 3
        and toks[i - 2].low == "số"
        and toks[i - 1].text.isdigit()
        and c.view[toks[i - 1].end : toks[i].start] == ", "
        and c.joined_ok(i - 2, i, _NAME_GAPS)
    ):
        i -= 2  # "tiền đạo số 10, Kurniawan Yulianto": the shirt number, then the name in apposition
        return any(
            i - ln >= 0
            and c.low(i - ln, i) in _PERSON_NOUNS | _SHIRT_ROLES
            and c.joined_ok(i - ln, i + 1, _NAME_GAPS)
            for ln in (3, 2, 1)
        )
    for ln in (3, 2, 1):
        a = i - ln
        if a >= 0 and c.low(a, i) in _PERSON_NOUNS and c.joined_ok(a, i + 1, _NAME_GAPS):
            return True
    return False


_SHIRT_ROLES = _lows("tiền đạo", "tiền vệ", "hậu vệ", "thủ môn", "cầu thủ", "trung vệ", "số áo")


def _role_is_before(c: _Ctx, i: int) -> bool:
    """ "kiến trúc sư thiết kế cây cầu là Mimar Hajrudin": a title a few words before "là" + token i."""
    toks = c.toks
    if i < 2 or toks[i - 1].low != "là" or c.view[toks[i - 1].end : toks[i].start] != " ":
        return False
    for k in range(i - 2, max(-1, i - 8), -1):
        if c.view[toks[k].end : toks[k + 1].start] != " ":
            return False  # same clause only
        if _title_at(c, k) or _person_noun_before(c, k + 1):
            return True
    return False


def _title_shortly_before(c: _Ctx, i: int) -> bool:
    """ "Phát ngôn viên chính phủ Sansern Kaewkamnerd": a title, then at most three lower-case words
    (its field or organ) in the same clause, right before token i."""
    toks = c.toks
    k, lo, place = i - 1, max(-1, i - 7), False
    while k > lo:
        if c.view[toks[k].end : toks[k + 1].start] != " ":
            return False
        if _title_at(c, k) and not (k > 0 and toks[k - 1].low in _NOT_TITLE_LEAD):
            return True
        if toks[k].cap and not place and (a := _place_ending(c, k)) is not None:
            k, lo, place = (
                a - 1,
                max(-1, a - 5),
                True,
            )  # "Tổng thống Myanmar khi đó | Thein Sein": its country
            continue
        if toks[k].cap or toks[k].text.isdigit():
            return False
        k -= 1
    return False


# Arts written in Latin letters after "nghệ sĩ", "ca sĩ": fields, never one-word names.
_ART_FIELDS = frozenset(
    {"opera", "piano", "jazz", "ballet", "violin", "guitar", "pop", "rap", "hiphop", "music"}
)


_DEGREE_ABBR = frozenset({"gs", "pgs", "ts", "ths", "bs", "ks", "ncs", "tskh"})


def _bracketed_title_after_name(c: _Ctx, i: int) -> bool:
    """Token i follows a lower-case title that opens a bracket right after a capitalised word (a name):
    "Huỳnh Kim Hoàng (nguyên giám đốc | Yteco)"."""
    toks = c.toks
    for k in range(i - 1, max(0, i - 6), -1):
        gap = c.view[toks[k - 1].end : toks[k].start]
        if gap in (" (", "("):
            return toks[k - 1].cap and not any(toks[m].cap for m in range(k, i))
        if gap != " ":
            return False
    return False


def _place_ending(c: _Ctx, k: int, kinds: tuple[str, ...] = ("country",)) -> int | None:
    """The first token of a gazetteer place of `kinds` (a country by default) that ends with token k, else
    None."""
    for a in range(max(0, k - c.gaz_back + 1), k + 1):
        m = c.gaz_at.get(a)
        if m is not None and m[0] == k + 1 and m[1].type == "LOC" and m[1].kind in kinds:
            return a
    return None


_NOT_TITLE_LEAD = _lows("các", "những", "nhiều", "mỗi", "từng")


_SPEAKER = re.compile(
    r"(?:,? \(?\d{1,3} tuổi|,? (?:cho biết|nói|khẳng định|tuyên bố|nhấn mạnh|cảnh báo|chia sẻ|viết|bình luận|"
    r"phát biểu|thừa nhận|kêu gọi|cho hay|nhận định|giải thích|trả lời|tiết lộ)\b"
    # '", Guo Shuqing, người đứng đầu ...': a role in apposition
    r"|, (?:người đứng đầu|người phát ngôn|phát ngôn viên|chuyên gia|nhà (?:phân tích|kinh tế|nghiên cứu)"
    r"|(?:cựu )?(?:thủ lĩnh|lãnh đạo) (?=[A-ZĐÀ-Ỹ]|(?:phong trào|đảng|nhóm|phe|lực lượng|nghị viện) ))\b"
    # "Cato Adrian, một quan chức của WTO", "Budi Zulkifli, một người dân địa phương": a role with "một"
    r"|, một (?:quan chức|người dân|cư dân|người phụ nữ|người đàn ông|nhân viên|thành viên|nhà "
    r"(?:ngoại giao|báo|khoa học|hoạt động|nghiên cứu|phân tích|kinh tế)|chuyên gia|cựu|sinh viên|học sinh|"
    r"cầu thủ|nhân chứng|binh sĩ|cảnh sát|bác sĩ|giáo viên|nông dân|công nhân|du khách|phóng viên)\b)"
)


def _speaker_after(c: _Ctx, j: int) -> bool:
    """ "Willie Delwiche, nhà chiến lược", "... Robert Mueller (73 tuổi)", "X cho biết": a person."""
    end = c.toks[j - 1].end
    return _SPEAKER.match(c.view, end) is not None


# Frequent Western given names (public knowledge): a foreign run opening with one is a person.
_WESTERN_GIVEN = western_given_names()  # gazetteer/given_names.txt
_PERSON_NOUNS = _lows(
    "học giả",
    "tỉ phú",
    "tỷ phú",
    "cây bút",
    "chuyên gia",
    "hung thủ",
    "tay súng",
    "sát nhân",
    "tay sát nhân",
    "nghi phạm",
    "công tố viên",
    "thẩm phán",
    "người phát ngôn",
    "phát ngôn viên",
    "thượng nghị sĩ",
    "nghị sĩ",
    "hạ nghị sĩ",
    "tài tử",
    "nữ diễn viên",
    "nam diễn viên",
    "ngôi sao",
    "siêu sao",
    "danh ca",
    "tay vợt",
    "hạt giống",
    "thủ lĩnh",
    "nhà lãnh đạo",
    "bạn đọc",
    "độc giả",
    "tên",
    "anh hùng",
    "phóng viên",
    "biên tập viên",
    "nhà nghiên cứu",
    "nhà khoa học",
    "nhà sinh vật học",
    "nhà vật lý",
    "nhà tự nhiên học",
    "nhà sáng lập",
    "người sáng lập",
    "đồng sáng lập",
    "ông chủ",
    "bà chủ",
    "điệp viên",
    "trợ lý",
    "cố vấn",
    "nhà đầu tư",
    "nhà chiến lược",
    "nhà phân tích",
    "người dẫn chương trình",
    "huấn luyện viên",
    "vận động viên",
    "ứng viên",
    "ứng cử viên",
    "cô gái",
    "chàng trai",
    "bạn gái",
    "bạn trai",
    "người vợ",
    "người chồng",
    "nạn nhân",
    "nhân vật",
    "thí sinh",
    "sinh viên",
    "học sinh",
    "du khách",
    "người dân",
    "cư dân",
    "nhà hoạt động",
    "nhà báo",
    "nhà văn",
    "nhà thơ",
    "kiến trúc sư",
    "kỹ sư",
    "giáo sư",
    "tiến sĩ",
    "giám đốc",
    "chủ tịch",
    "tổng giám đốc",
    "chủ nhiệm",
    "phu nhân",
    "vợ",
    "chồng",
    "con gái",
    "con trai",
    "anh trai",
    "em gái",
    "mẹ",
    "cha",
    "bố",
    "nhà sử học",
    "nhà kinh tế học",
    "nhà kinh tế",
    "giáo viên",
    "cảnh sát trưởng",
)


def _name_goes_on(c: _Ctx, i: int, j: int, selected: list[Span], absorbed: list[Span], titled: bool) -> int:
    """End of the name toks[i:j] when a country or "Đảng" read before persons ends it: "ĐB Dương
    Trung Quốc", "họa sĩ Lê Bá Đảng". The place/organisation span goes to `absorbed`."""
    toks, view, n = c.toks, c.view, c.n
    if j >= n or j - i not in (1, 2) or toks[i].low not in c.g.surnames or not toks[j].cap:
        return j
    if view[toks[j - 1].end : toks[j].start] != " ":
        return j
    if j - i == 2 and toks[i + 1].low not in _MIDDLE_ONLY:
        return j
    if j - i == 1 and not titled:
        return j
    sp = next((x for x in selected if x.start == toks[j].start), None)
    if sp is None:
        return j
    k = bisect.bisect_left(c.starts, sp.end)
    gz = c.gaz_at.get(j)
    if sp.type == "LOC":
        if gz is None or gz[1].kind != "country" or gz[0] != k or k - j != 2:
            return j  # "Trung Quốc", "Hàn Quốc" (two syllables, like a middle + given name)
    elif not (sp.type == "ORG" and k == j + 1 and toks[j].low == "đảng" and j - i == 2):
        return j
    if k < n and toks[k].cap and view[toks[k - 1].end : toks[k].start] == " ":
        return j
    absorbed.append(sp)
    return k


def _long_title_at(c: _Ctx, i: int) -> bool:
    """A title of two words or more starts at token i ("Chủ tịch", "Giám đốc")."""
    g = c.g
    return any(
        c.low(i, i + ln) in g.titles and c.joined_ok(i, i + ln, _NAME_GAPS)
        for ln in range(2, min(g.title_max, c.n - i) + 1)
    )


_NICK_AFTER = re.compile(r" [\"“][^\"”\n]{1,20}[\"”]")
_BIRTH_AFTER = re.compile(r"\.?(?:,? \((?:SN|sinh năm|sinh|\d{1,3} tuổi)\b|, (?:SN|sinh năm) \d)")
# Nouns before a name that name a business, a facility or a place after a person.
_NAMED_AFTER = _lows(
    "xi măng",
    "nhà máy",
    "tiệm vàng",
    "tiệm",
    "khách sạn",
    "nhà nghỉ",
    "nhà hàng",
    "cửa hàng",
    "cảng cá",
    "bến",
    "chùa",
    "đền",
    "tượng",
    "lăng",
    "nhà thờ",
    "công viên",
    "bến xe",
    "sân vận động",
    "hãng",
    "hãng xe",
    "nhà xe",
    "văn phòng luật sư",
    "vpls",
    "công ty luật",
    "thương hiệu",
    "cây xăng",
    "karaoke",
    "cà phê",
    "rạp",
    "giải",
    "quỹ",
    "quĩ",
    "học bổng",
    "trại",
)


def _cue_after(c: _Ctx, j: int) -> str:
    """What follows the name ending at token j: a nickname in quotes ("nick"), a birth year or an
    age ("birth"), else ""."""
    end = c.toks[j - 1].end
    if _BIRTH_AFTER.match(c.view, end):
        return "birth"
    if _NICK_AFTER.match(c.view, end):
        return "nick"
    return ""


# Middle names that never end a Vietnamese name: the capitalised word after "Nguyễn Văn" is the
# given name even when it is also a common word ("Đinh Văn Năm", "Nguyễn Thị Sáu", "Vũ Văn Sáng").
# Family names that are also organ words ("Đoàn Thanh niên", "Hội Nông dân")
_ORGAN_SURNAMES = _lows("đoàn", "hội", "ban", "phòng", "viện")
_MIDDLE_ONLY = _lows("văn", "thị", "đình", "hữu", "bá", "viết", "khắc")


_SHORT_MIDDLES = _lows("văn", "thị", "đình", "hữu", "bá")


def _middle_given(c: _Ctx, i: int, claimed: Sequence[bool]) -> bool:
    """ "Văn Quyến", "Thị Hoa": a middle name that never starts a word or a place, then one given name,
    standing alone (no capitalised word on either side, no common word "văn x", no known place)."""
    toks, view, n, g = c.toks, c.view, c.n, c.g
    if toks[i].low not in _SHORT_MIDDLES or not toks[i].cap or toks[i].upper or i + 1 >= n:
        return False
    b = toks[i + 1]
    if claimed[i + 1] or not b.cap or b.upper or not b.text.isalpha() or view[toks[i].end : b.start] != " ":
        return False
    if (
        f"{toks[i].low} {b.low}" in g.words2
        or b.low in g.surnames
        or b.key in _NOT_NAME
        or b.low in _NAME_STOP
    ):
        return False
    if i in c.gaz_at or i + 1 in c.gaz_at or c.head_at(i) is not None or c.level_at(i) is not None:
        return False
    if (
        i > 0
        and (toks[i - 1].cap or toks[i - 1].low in _NAMED_AFTER)
        and view[toks[i - 1].end : toks[i].start]
        in (
            " ",
            "-",
            " - ",
            " – ",
        )
    ):
        return False  # "Nhiêu Lộc - Thị Nghè": one of two linked places
    if i + 2 < n and toks[i + 2].cap and view[b.end : toks[i + 2].start] in (" ", "-", " - ", " – "):
        return False
    # "Văn Hóa thông tin": the given name starts a common word
    return not (i + 2 < n and not toks[i + 2].cap and f"{b.low} {toks[i + 2].low}" in g.words2)


def _given_after_middle(c: _Ctx, i: int, j: int) -> bool:
    """Token j completes the name toks[i:j] that so far stops on a middle name after a surname."""
    toks = c.toks
    return (
        j - i >= 2
        and toks[i].low in c.g.surnames
        and toks[j - 1].low in _MIDDLE_ONLY
        and c.view[toks[j - 1].end : toks[j].start] == " "
        and not (j + 1 < c.n and toks[j + 1].text[:1].isdigit())  # "Nguyễn Văn | Ngày 21-3"
    )


# Organ words that open a unit's name before a named body ("Vùng Cảnh sát biển 4", "Khối Dân vận"),
# never a given name after an occupation.
_UNIT_WORDS = _lows(
    "vùng", "khối", "cụm", "đội", "tổ", "phòng", "ngành", "khoa", "nhóm", "trạm", "đồn", "trại"
)
# Vietnamese places in ASCII as brand words ("Saigon Postel", "Vietnam Airlines", "Hanoi Telecom").
_VN_BRAND_PLACES = frozenset({"saigon", "hanoi", "vietnam"})
_NATIONALITY_PLURAL = _lows("các", "những", "nhiều", "đoàn", "nhóm", "hai", "ba", "mấy", "êkíp", "ê-kíp")
_STOP_GIVENS = _lows("những", "hiện", "sáng", "riêng")
_STOP_GIVEN_NEXT = _lows(
    "nay", "qua", "mai", "sớm", "hôm", "năm", "ngày", "tháng", "người", "lần", "điều", "vụ", "việc"
)


def _stop_word_given(c: _Ctx, i: int, j: int) -> bool:
    """ "Trung tá Lê Thanh Những cho biết", "ông Trần Quốc Hiện": a phrase-opening word that is also a
    given name, capitalised after a surname and a given name with no punctuation between, ends the name
    when what follows is no phrase it opens ("Những năm qua", "Sáng nay")."""
    toks, view = c.toks, c.view
    if not (j - i == 2 and toks[j].low in _STOP_GIVENS and toks[i].low in c.g.surnames):
        return False
    if view[toks[j - 1].end : toks[j].start] != " " or not all(toks[k].cap for k in range(i, j)):
        return False
    if j + 1 >= c.n:
        return True
    nxt = toks[j + 1]
    gap = view[toks[j].end : nxt.start]
    if gap != " ":
        return not nxt.text[:1].isdigit()
    return (
        not nxt.cap
        and not nxt.text[:1].isdigit()
        and nxt.low not in _STOP_GIVEN_NEXT
        and f"{toks[j].low} {nxt.low}" not in c.g.words2
    )


# Capitalised words that open the next sentence or phrase, never a name's later syllable.
_NAME_STOP = _lows(
    "ngày",
    "trong",
    "những",
    "theo",
    "sau",
    "trước",
    "khi",
    "nếu",
    "tại",
    "với",
    "các",
    "tuy",
    "hôm",
    "lúc",
    "đây",
    "đó",
    "này",
    "hiện",
    "ngoài",
    "còn",
    "vì",
    "để",
    "tháng",
    "năm",
    "chiều",
    "sáng",
    "tối",
    "đêm",
    "trưa",
    "cùng",
    "riêng",
    "nhưng",
    "khoảng",
    "không",
    "ông",
    "bà",
    "đến",
    "tới",
    "qua",
    "dù",
    "rồi",
    "đang",
    "đã",
    "bị",
    "cũng",
)


_VI_FINAL = re.compile(r"(?:[aeiouy]|ch|nh|ng|[cmnpt])$")


def _foreign_word(w: str) -> bool:
    """A capitalised ASCII word that cannot be a Vietnamese syllable ("Castro", "Prodi", "Fidel")."""
    if not w.isascii() or not w.isalpha() or len(w) < 3:
        return False
    k = w.lower()
    return (
        not _VI_FINAL.search(k)
        or any(ch in k for ch in "fjwz")
        or bool(re.search(r"[aeiouy][^aeiouy]+[aeiouy]", k))  # two vowel groups: two syllables
    )


def _name_after_brand(c: _Ctx, i: int, j: int) -> int | None:
    """Where a Vietnamese full name starts inside the run i..j after a title, when the run opens with a
    brand of two or more foreign words: "Hanoi Toserco | Mai Tiến Dũng" (family name, 1-2 given names)."""
    toks, g = c.toks, gazetteer()
    for k in range(i + 2, j - 1):
        if not _foreign_word(toks[k - 1].text):
            return None
        if (
            toks[k].low in g.surnames
            and 2 <= j - k <= 3
            and not any(_foreign_word(toks[m].text) for m in range(k, j))
        ):
            return k
    return None


def _unsyllabic_pair(c: _Ctx, i: int) -> bool:
    """toks[i:i+2] are two capitalised ASCII words, one of them no Vietnamese syllable at all ("Bo Xilai",
    "Thein Sein"): a foreign name even when neither word looks foreign to `_foreign_word`."""
    a, b = c.toks[i], c.toks[i + 1]
    return (
        a.low != "nam"  # "sở cảnh sát Nam Gyeonggi": a region's direction word, not a given name
        and all(w.text.isascii() and w.text.isalpha() and w.cap and not w.upper for w in (a, b))
        and c.view[a.end : b.start] == " "
        and (parse_syllable(a.text) is None or parse_syllable(b.text) is None)
    )


def _non_vi_word(w: str) -> bool:
    """A foreign word, or an ASCII word ending in a consonant cluster no Vietnamese syllable has ("Trump")."""
    if _foreign_word(w):
        return True
    k = w.lower()
    return (
        w.isascii()
        and w.isalpha()
        and (
            (bool(re.search(r"[^aeiouy]{2}$", k)) and k[-2:] not in ("ch", "nh", "ng"))
            or _FOREIGN_ONSET.match(k) is not None  # "Bloom", "Blair": no Vietnamese syllable opens so
        )
    )


_FOREIGN_ONSET = re.compile(r"(?!ch|gh|kh|ng|nh|ph|th|tr)[^aeiouy]{2}")


def _foreign_run(c: _Ctx, i: int, claimed: Sequence[bool]) -> int:
    """End of a run of 2-3 capitalised foreign words starting at token i (i if none)."""
    toks = c.toks
    j = i
    while j < c.n and j - i < 3 and toks[j].cap and not claimed[j] and not toks[j].upper:
        if j > i and c.view[toks[j - 1].end : toks[j].start] != " ":
            break
        if not _foreign_word(toks[j].text):
            break
        j += 1
    return j


def _after_place(c: _Ctx, i: int, place_ends: set[int]) -> bool:
    """Token i follows a country or region name ("Cuba", "Châu Âu"): ``place_ends`` holds the end offsets
    of the places and organisations found."""
    return c.toks[i - 1].end in place_ends


def _asian_hyphenated(c: _Ctx, i: int, j: int) -> bool:
    """toks[i:j] read "Ho Mei-yueh": two capitalised ASCII words, the second hyphenated to a lower-case
    syllable (a Chinese or Korean given name)."""
    toks = c.toks
    return (
        j - i == 3
        and all(toks[k].text.isascii() and toks[k].text.isalpha() for k in range(i, j))
        and toks[i].cap
        and toks[i + 1].cap
        and not toks[i + 1].upper
        and toks[i + 2].text.islower()
        and c.view[toks[i].end : toks[i + 1].start] == " "
        and c.view[toks[i + 1].end : toks[i + 2].start] == "-"
        and c.head_at(i) is None
        and i not in c.gaz_at
    )


def _after_nationality(c: _Ctx, i: int, selected: list[Span]) -> bool:
    """Token i follows "người <country>, " ("tay vợt người Đức, Rainer Schuettler,")."""
    toks = c.toks
    if i < 3 or c.view[toks[i - 1].end : toks[i].start] != ", ":
        return False
    end = toks[i - 1].end
    for s in selected:
        if s.end == end and s.type == "LOC":
            k = bisect.bisect_left(c.starts, s.start)
            return k > 0 and toks[k - 1].low == "người"
    return False


def _dotted(c: _Ctx, k: int) -> bool:
    """Token k is followed by a dot: "TH." may be initials, "TGĐ", "GDP", "VKS" are acronyms."""
    return c.view[c.toks[k].end : c.toks[k].end + 1] == "."


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
        # "Th.", "Ng." have no vowel; "Thư." / "Vũ." at a sentence end are whole syllables
        and (len(t.text) == 1 or not any(ch in "aeiouy" for ch in t.key))
        # "Nguyễn Thị Như Ý.": a one-letter syllable with a tone mark ending a name is a given name, not an
        # initial
        and not (
            len(t.text) == 1
            and t.text != "Đ"
            and t.text != t.key.upper()
            and k > 0
            and c.toks[k - 1].cap
            and c.view[c.toks[k - 1].end : t.start] == " "
        )
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


_PLACE_PREP = _lows("ở", "tại", "từ", "sang", "đến", "tới", "về", "trong", "khắp")
# Verbs of movement before a bare "căn cứ" that make it a (military) base ("hạ cánh xuống căn cứ X").
_BASE_CUE = _lows("xuống", "khỏi", "gần", "thăm")
# Heads of state and government: a one-word country after them is the country ("Tổng thống Mỹ Trump").
_LEADER_TITLES = frozenset({"tổng thống", "thủ tướng", "ngoại trưởng", "quốc vương", "nữ hoàng", "nhà vua"})
_AMBIGUOUS_COUNTRY = frozenset(
    {"anh", "duc", "nhat", "ao", "y", "my", "mi", "sec", "uc", "nga", "bi", "lao", "hung", "phap", "sip"}
)


# An age or kinship word before the honorific: a country after it is a nationality ("cụ bà Mỹ").
_AGE_KIN = _lows("cụ bà", "cụ ông", "bà cụ", "ông cụ", "bà lão", "ông lão")
_COMPASS = _lows("đông", "tây", "nam", "bắc")
_COMPASS_VI = _COMPASS | _lows("trung")
_PERSON_HONORIFIC = _lows("ông", "bà", "ngài", "anh", "chị", "cô", "chú", "cụ", "mr", "mrs")
# English words that open a place's name ("New Mexico", "South Carolina"), not a given name.
_PLACE_NAME_LEADS = _lows(
    "grand",
    "prix",
    "cup",
    "open",
    "tour",
    "league",
    "city",
    "state",
    "republic",
    "kingdom",
    "bay",
    "new",
    "north",
    "south",
    "west",
    "east",
    "northern",
    "southern",
    "western",
    "eastern",
    "central",
    "upper",
    "lower",
    "saint",
    "san",
    "santa",
    "los",
    "las",
    "port",
    "fort",
    "mount",
    "lake",
    "cape",
    "greater",
    "little",
    "great",
    "old",
    "the",
    "in",
    "at",
    "from",
    "to",
    "of",
    "and",
    "visit",
)

_LAST: list[tuple[str, tuple[tuple[int, int], ...], list[Span]] | None] = [None]


def find_spans(text: str, docref_spans: Sequence[tuple[int, int]] | None = None) -> list[Span]:
    """All entity mentions as spans with offsets into `text` (nested places included, flagged).

    The last result is remembered: entities and positions of one text share one scan (a call
    without `docref_spans` reuses the last scan of the same text, whatever spans it was given).
    """
    key = tuple(docref_spans or ())
    last = _LAST[0]  # one read: another thread may replace the entry
    if last is not None and last[0] == text and (docref_spans is None or last[1] == key):
        return [replace(s) for s in last[2]]
    out = _find_spans(text, docref_spans)
    _LAST[0] = (text, key, [replace(s) for s in out])
    return out


_CORP_ABBR = frozenset({"Inc", "Corp", "Ltd", "Co", "Bhd"})
_CORP_SUFFIX = _CORP_ABBR | frozenset(
    {
        "Corporation",
        "Company",
        "Group",
        "Holdings",
        "Industries",
        "Brands",
        "LLC",
        "Plc",
        "PLC",
        "AG",
        "GmbH",
        "Limited",
        "Airlines",
        "Motors",
        "Electronics",
        "Technologies",
        "Systems",
        "Partners",
        "Capital",
        "Ventures",
        "Securities",
        "Pharmaceuticals",
        "Foods",
        "Outfitters",
        "Sportswear",
        "Bank",
    }
)


def _find_spans(text: str, docref_spans: Sequence[tuple[int, int]] | None = None) -> list[Span]:
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

    # Family names written after a Western given name ("John Bolton"): outside sport, the same word alone
    # is that person, not the club named so.
    gaz_hits = _gaz_scan(c)
    given_family: set[str] = set()
    # (only needed when a one-word club name is matched at all)
    if any(e.kind == "club" and j == i + 1 for i, j, e in gaz_hits) and _SPORTS.search(view) is None:
        given_family = {
            toks[k + 1].low
            for k in range(n - 1)
            if toks[k].low in _WESTERN_GIVEN
            and toks[k].cap
            and toks[k + 1].cap
            and view[toks[k].end : toks[k + 1].start] == " "
        }

    # A media title written like a Vietnamese name and called a person ("ông bố Công Lý", the actor):
    # everywhere in the article that name is the person.
    media_people = {
        c.low(i, j)
        for i, j, e in gaz_hits
        if e.type == "ORG"
        and e.kind == "media"
        and j == i + 2
        and i > 0
        and toks[i - 1].low in _HONORIFIC
        and toks[i - 1].low not in _OCCUPATION_HON
        and view[toks[i - 1].end : toks[i].start] == " "
        and all(toks[k].cap and not toks[k].upper and not _foreign_word(toks[k].text) for k in range(i, j))
    }

    # 1. Gazetteer matches.
    for i, j, e in gaz_hits:
        if e.type == "ORG" and e.kind == "media" and c.low(i, j) in media_people:
            continue
        if (
            e.type == "LOC"
            and e.kind == "country"
            and (
                (i > 0 and toks[i - 1].low == "tiếng" and view[toks[i - 1].end : toks[i].start] == " ")
                or (j < n and toks[j].low in ("văn", "ngữ") and view[toks[j - 1].end : toks[j].start] == " ")
            )
        ):
            continue  # "tiếng Anh", "Anh văn", "Hoa ngữ": a language, not the country
        if (
            e.type == "LOC"
            and e.kind == "country"
            and j == i + 1
            and j < n
            and not toks[j].cap
            and view[toks[i].end : toks[j].start] == " "
            and f"{toks[i].low} {toks[j].low}" in g.words2
            and c.key(i, j + 1) not in g.entries  # "Nhật bản" written in lower case is still Japan
        ):
            continue  # "Anh hùng lao động", "Mỹ phẩm", "Nhật báo": a common word, not the country
        if (
            e.type == "LOC"
            and e.kind == "country"
            and j < n
            and c.low(i, j + 1) in _HONORIFIC
            and view[toks[j - 1].end : toks[j].start] == " "
        ):
            continue  # "Nhật hoàng Hirohito": the emperor's title, not the country
        if e.type == "LOC" and e.kind == "country" and j == i + 1 and toks[i].key in _AMBIGUOUS_COUNTRY:
            # "Anh", "Đức", "Nhật" are also people and pronouns: only when isolated and not sentence-initial.
            # "các BS Pháp", "đoàn bác sĩ Mỹ": doctors of that country, not one person
            plural_nat = (
                i > 1
                and toks[i - 1].low in _HONORIFIC
                and toks[i - 1].low not in _PERSON_HONORIFIC
                and toks[i - 2].low in _NATIONALITY_PLURAL
                and c.joined_ok(i - 2, i + 1, _NAME_GAPS)
            )
            if not plural_nat and (
                (toks[i].sent and view[toks[i].end : toks[i].end + 1] != ":")
                or (
                    i > 0
                    and toks[i - 1].cap
                    and view[toks[i - 1].end : toks[i].start] == " "
                    and not (toks[i - 1].sent and toks[i - 1].low in _PLACE_PREP)  # "Ở Lào", "Tại Nga"
                )
            ):
                continue  # ("Mỹ: ..." opening a headline is the country)
            if (
                i > 0
                and toks[i - 1].low in _HONORIFIC
                and view[toks[i - 1].end : toks[i].start] == " "  # "Anh, Úc": a list of countries
                and toks[i - 1].low != "người"  # "người Lào" is a nationality
                and not (i > 1 and c.low(i - 2, i) in g.titles)
                and not (
                    i > 1 and c.low(i - 2, i) in _AGE_KIN and view[toks[i - 2].end : toks[i - 1].start] == " "
                )
                and not plural_nat
            ):
                continue  # "anh Đức"; but "Thủ tướng Bỉ", "cụ bà Mỹ" (an American old woman)
            if (
                j < n
                and toks[j].cap
                and view[toks[i].end : toks[j].start] == " "
                and not any(_foreign_word(x.text) for x in toks[j : j + 2])  # "Thủ tướng Bỉ Guy Verhofstadt"
                and not (i > 1 and c.low(i - 2, i) in _LEADER_TITLES)  # "Tổng thống Mỹ Trump"
            ):
                continue
        if (
            e.type == "LOC"
            and e.kind in ("country", "foreign")
            and i > 0
            and (toks[i - 1].low == "tiếng" or (toks[i - 1].low == "bảng" and toks[i].low == "anh"))
            and view[toks[i - 1].end : toks[i].start] == " "
        ):
            continue  # "tiếng Anh", "tiếng Pháp" are languages, "bảng Anh" a currency
        if (
            e.type == "LOC"
            and e.kind in ("district", "city")
            and i > 0
            and (
                (toks[i - 1].low in _HONORIFIC and toks[i - 1].low not in ("người",))
                or (
                    j == i + 1  # "luật sư Vinh"; but "tiền vệ Đà Nẵng", "nghệ sĩ TP.HCM"
                    and i > 1
                    and c.low(i - 2, i) in _HONORIFIC
                    and c.joined_ok(i - 2, i, _NAME_GAPS)
                )
            )
            and view[toks[i - 1].end : toks[i].start] == " "
        ):
            continue  # "anh Kim Bôi", "chị Hải Hà", "luật sư Vinh": a person named like a district
        if (
            e.type == "LOC"
            and e.kind == "foreign"
            and i > 1
            and c.low(i - 2, i) in _OCCUPATION_HON
            and c.joined_ok(i - 2, i + 1, _NAME_GAPS)
        ):
            continue  # "nhà văn Di Li": a writer named like a foreign city (Dili)
        if (
            e.type == "LOC"
            and e.kind == "district"  # not a city: "Phan Rang Tháp Chàm"
            and j == i + 2
            and j < n
            and toks[i].low in g.surnames
            and toks[j].cap
            and not toks[j].upper
            and toks[j].low not in g.surnames  # "Hà Nội Vũ Văn Thành": a place, then a person
            and view[toks[j - 1].end : toks[j].start] == " "
            and (i == 0 or toks[i - 1].low not in _LEVELS_FIRST)
            and j not in c.gaz_at
            and c.head_at(j) is None
            and c.level_at(j) is None
        ):
            continue  # "gồm Đồng Văn Thắng": family name + district-like pair + given name is a person
        if (
            e.type == "LOC"
            and e.kind in ("district", "city", "foreign")
            and j == i + 1
            and i > 0
            and toks[i - 1].cap
            and toks[i - 1].low not in _STREET
            and not any(i - k >= 0 and c.low(i - k, i) in _FACILITY for k in (1, 2, 3))
            and not toks[i - 1].upper
            and not toks[i - 1].sent
            and view[toks[i - 1].end : toks[i].start] == " "
            and c.head_at(i - 1) is None
            and c.level_at(i - 1) is None
            and toks[i - 1].low not in _LEVELS_FIRST
            and not c.inside_gaz(i, c.gaz_back, end_ok=True)
            and not (toks[i - 1].low in _COMPASS and _foreign_word(toks[i].text))  # "Đông Yorkshire"
        ):
            continue  # "Công Vinh": a one-syllable city name ending a person's name
        if (
            e.type == "LOC"
            and e.kind == "foreign"
            and j < n
            and (
                (
                    toks[j].cap
                    and not toks[j].upper
                    and view[toks[j - 1].end : toks[j].start] == " "
                    and (
                        _foreign_word(toks[j].text)
                        or (_non_vi_word(toks[j].text) and _PRESS_TITLE.match(view, toks[i].start) is None)
                    )  # but "New York Post": the city inside a press title
                    and c.head_at(j) is None
                    and j not in c.gaz_at
                )
                or _name_particle(c, j)  # "Sabah al Saadi", "Sabah al - Saadi"
            )
        ):
            continue  # "Bác sĩ Milan Zaviacic", "Paris Hilton", "Orlando Bloom": a first name
        if (
            e.type == "LOC"
            and e.kind in ("foreign", "country")
            and j == i + 1
            and i > 0
            and toks[i].text.isascii()
            and toks[i - 1].cap
            and not toks[i - 1].upper
            and toks[i - 1].low not in _PLACE_NAME_LEADS
            and view[toks[i - 1].end : toks[i].start] == " "
            and _foreign_word(toks[i - 1].text)
            and not c.inside_gaz(i, 3, end_ok=True)
            and i - 1 not in c.gaz_at
            and c.head_at(i - 1) is None
        ):
            continue  # "Stephen Toulouse", "Juan Monaco": a family name after a foreign given name
        if (
            e.type == "ORG"
            and e.kind == "club"
            and j == i + 1
            and (
                toks[i].low in given_family
                or (
                    i > 0
                    and toks[i - 1].low in _WESTERN_GIVEN
                    and toks[i - 1].cap
                    and view[toks[i - 1].end : toks[i].start] == " "
                    and i - 1 not in c.gaz_at
                )
            )
        ):
            continue  # "John Bolton", "Tony Chelsea": a family name after a Western given name, not the club
        if (
            e.type == "ORG"
            and e.kind == "club"
            and j == i + 1
            and i > 0
            and toks[i - 1].low in ("tại", "ở")
            and view[toks[i - 1].end : toks[i].start] == " "
        ):
            cands.append(span(i, j, "LOC", None, 1))  # "Tại Barcelona, Ngoại trưởng ...": the city
            continue
        if (
            e.type == "LOC"
            and j < n
            and toks[j].text == "Index"
            and view[toks[j - 1].end : toks[j].start] in "-"
        ):
            continue  # "VN-Index": a stock index
        if e.type == "LOC" and e.kind != "country" and _inside_name(c, i):
            continue  # "Đỗ Thị Thanh Xuân" is a person, not the district Thanh Xuân
        if (
            e.type == "ORG"
            and j == i + 1
            and toks[i].upper
            and len(toks[i].text) <= 3
            and i > 0
            and toks[i - 1].text[-1].isdigit()
            and view[toks[i - 1].end : toks[i].start] in ("", " ")
        ):
            continue  # "32 MB", "ROM 32MB": a unit after a number, not the bank MB
        name = e.name
        if (
            e.type == "ORG"
            and j > i + 1
            and toks[i].text == "bộ"
            and i > 0
            and toks[i - 1].low in ("các", "hai", "ba", "bốn")
        ):
            i += (
                1  # "các bộ Thương mại, Tài chính": the plural "bộ" heads the list, each ministry by its name
            )
        if (
            e.type == "ORG"
            and e.kind in ("state", "court", "procuracy")
            and j < n
            and view[toks[j - 1].end : toks[j].start] == " "
            and j in c.gaz_at
            and c.gaz_at[j][1].kind == "country"
            and toks[j].cap
        ):
            # "Toà án Tối cao Mỹ", "Chính phủ Venezuela": the organ of that country, the place as written
            k = c.gaz_at[j][0]
            if c.gaz_at[j][1].name != "Việt Nam":
                name = view[toks[i].start : toks[k - 1].end]
            j = k
        if (
            e.type == "LOC"
            and e.kind in ("foreign", "country")
            and i > 0
            and toks[i].key not in _AMBIGUOUS_COUNTRY
            and toks[i - 1].low in _COMPASS
            and toks[i - 1].cap
            and view[toks[i - 1].end : toks[i].start] == " "
            and (toks[i - 1].sent or not toks[i - 2].cap or view[toks[i - 2].end : toks[i - 1].start] != " ")
            and i - 1 not in c.gaz_at
            and not (i > 1 and toks[i - 2].low in ("miền", "phía", "hướng", "phương"))  # "miền Tây | Texas"
        ):
            i -= 1  # "Đông Yorkshire", "Nam California": a part of the region named by its compass point
            name = view[toks[i].start : toks[j - 1].end]
        cands.append(span(i, j, e.type, name, 0 if e.type == "ORG" else 1))

    # 2. Organisations by pattern.
    i = 0
    while i < n:
        org = _org_at(c, i)
        if (
            org is not None
            and (
                (
                    i > 0
                    and toks[i - 1].low in _PERSON_HONORIFIC
                    and view[toks[i - 1].end : toks[i].start] == " "
                    and org[0] - i > 1
                    and toks[i + 1].cap
                    and not toks[i + 1].upper
                    and c.head_at(i + 1) is None
                )  # "ông Ban Ki-moon", "bà Ban Mai": a person named like an organ head
                or (
                    org[0] < n
                    and view[toks[org[0] - 1].end : toks[org[0]].start] == "-"
                    and not toks[org[0]].cap
                )  # "Ban Ki-moon": the name goes on inside a hyphenated word
                or (
                    toks[i].low == "phòng"
                    and not toks[i].cap
                    and i + 1 < n
                    and toks[i + 1].low in _ROOM_WORDS
                )  # "phòng lạnh Bệnh viện ...": a room of the hospital, not its department
            )
        ):
            org = None
        if (
            org is not None
            and org[1] == "sở"
            and not toks[i].cap
            and i > 0
            and toks[i - 1].low in ("các", "những")
            and not (
                org[0] < n
                and view[toks[org[0] - 1].end : toks[org[0]].start] in (", ", " và ")
                and _domain_at(c, org[0]) is not None
            )
        ):
            org = None  # "tại các sở GD-ĐT": the departments of every province, no one body
        if org is not None:
            j, head, places = org
            if (
                head in _PEOPLES_SCHOOL_HEADS
                and j + 1 < n
                and c.low(i, j) != head
                and c.low(j, j + 2) == "nhân dân"
                and view[toks[j - 1].end : toks[j + 1].end] == " nhân dân"
                and not toks[j].cap
                and (j + 2 >= n or not toks[j + 2].cap or view[toks[j + 1].end : toks[j + 2].start] != " ")
            ):
                j += 2  # "Học viện Cảnh sát nhân dân": the "people's" academy, written in lower case
            dot = toks[j - 1].text in _CORP_ABBR and view[toks[j - 1].end : toks[j - 1].end + 1] == "."
            sp = span(i, j, "ORG", None, 2, head=head, end_char=toks[j - 1].end + 1 if dot else None)
            sp.bare = c.low(i, j) == head
            sp.sent = toks[i].sent
            plural = head == "bộ" and i > 0 and toks[i - 1].low in ("các", "hai", "ba", "bốn")
            if (
                head == "bộ"
                and not plural
                and i + 1 < j
                and _domain_at(c, i + 1) == j
                and j + 1 < n
                and view[toks[j - 1].end : toks[j].start] == ", "
            ):
                # "Bộ Khoa học Công nghệ, Tài chính, Kế hoạch Đầu tư": the list goes on by the names
                k = j
                while k < n:
                    gap = view[toks[k - 1].end : toks[k].start]
                    d = _domain_at(c, k) if gap in (", ", " và ", ", và ") and c.head_at(k) is None else None
                    if d is None or (d < n and toks[d].cap and view[toks[d - 1].end : toks[d].start] == " "):
                        break
                    cands.append(span(k, d, "ORG", "Bộ " + view[toks[k].start : toks[d - 1].end], 2))
                    k = d
            if plural and i + 1 < j:
                # "các bộ Thương mại, Tài chính, ...": each ministry by its name
                sp = span(i + 1, j, "ORG", "Bộ " + view[toks[i + 1].start : toks[j - 1].end], 2)
                k = j
                while k < n:
                    gap = view[toks[k - 1].end : toks[k].start]
                    d = _domain_at(c, k) if gap in (", ", " và ", " , ") else None
                    if d is None:
                        break
                    cands.append(span(k, d, "ORG", "Bộ " + view[toks[k].start : toks[d - 1].end], 2))
                    k = d
            cands.append(sp)
            for a, b in places:
                ps = span(a, b, "LOC", None, 3)
                ps.nested = True
                nested.append(ps)
        elif (
            i >= 2
            and c.low(i - 2, i) in ("bộ trưởng", "thứ trưởng")
            and toks[i].cap
            and view[toks[i - 1].end : toks[i].start] == " "
        ):
            d = _domain_at(c, i)
            if d is not None:  # "Bộ trưởng Thương mại", "Thứ trưởng KH-ĐT": the ministry
                cands.append(span(i, d, "ORG", "Bộ " + view[toks[i].start : toks[d - 1].end], 2))
        elif (
            c.low(i, i + 4) == "cảnh sát điều tra"
            and i + 4 < n
            and c.joined_ok(i, i + 5, _NAME_GAPS)
            and not (i > 0 and toks[i - 1].cap and view[toks[i - 1].end : toks[i].start] == " ")
            and (lv3 := c.level_at(i + 4)) is not None
            and c.low(i + 4, lv3) in _LEVEL_BARE
            and lv3 < n
            and toks[lv3].cap
            and view[toks[lv3 - 1].end : toks[lv3].start] == " "
            and _place_run(c, lv3, 3) > lv3
        ):
            # "cảnh sát điều tra huyện Bình Chánh": the investigating police of that district, in lower case
            pe3 = _place_run(c, lv3, 3)
            cands.append(span(i, pe3, "ORG", None, 2))
            ps = span(lv3, pe3, "LOC", None, 3)
            ps.nested = True
            nested.append(ps)
        else:
            organ = _country_organ(c, i)
            if organ is not None:  # "chính phủ Iraq", "sứ quán Anh": the organ of a named country
                cands.append(span(i, organ[0], "ORG", None, 2))
                ps = span(organ[1], organ[0], "LOC", None, 3)
                ps.nested = True
                nested.append(ps)
        i += 1

    # 2a. Foreign companies by their legal or business suffix ("Gap Inc.", "Mast Industries Ltd.").
    for i in range(n):
        t = toks[i]
        if t.text not in _CORP_SUFFIX or i == 0:
            continue
        a = i
        while (
            a > 0
            and i - a < 4
            and toks[a - 1].cap
            and toks[a - 1].text.isascii()
            and view[toks[a - 1].end : toks[a].start] in (" ", " & ", "'", "-")
        ):
            a -= 1
        if a == i:
            continue
        end_char = t.end + (1 if view[t.end : t.end + 1] == "." and t.text in _CORP_ABBR else 0)
        cands.append(span(a, i + 1, "ORG", None, 1, end_char=end_char))

    # 2b. Media named after "báo" / "Theo" ("báo Kiến Thức", "Theo Zing,"): the name only.
    for i in range(n - 1):
        t = toks[i]
        if t.low not in ("báo", "theo", "tờ"):
            continue
        if t.low == "theo" and not t.cap:
            continue
        if i > 0 and f"{toks[i - 1].low} {t.low}" in g.words2 and view[toks[i - 1].end : t.start] == " ":
            continue  # "nhà báo Đức Liên", "thông báo", "cảnh báo"
        k = i + 1
        if c.view[t.end : toks[k].start] != " " or not toks[k].cap or toks[k].low in g.surnames:
            continue
        if t.low == "tờ":
            continue
        if t.low == "theo" and toks[k].text in _NOT_SOURCES:
            continue  # "Theo HĐXX, ...": the trial panel, no organisation (ANNOTATION.md)
        if c.head_at(k) is not None or c.level_at(k) is not None or _title_at(c, k):
            continue
        gk = c.gaz_at.get(k)
        if (
            t.low == "báo"
            and gk is not None
            and gk[1].kind == "country"
            and (gk[0] >= n or not toks[gk[0]].cap or view[toks[gk[0] - 1].end : toks[gk[0]].start] != " ")
        ):
            continue  # "Báo Nhật tiết lộ", "báo Philippines mới đây": the country's press, no title
        j = _name_words(c, k + 1, cut_names=True) if k + 1 < n and toks[k + 1].cap else k + 1
        j = max(j, k + 1)
        if (
            t.low == "báo"
            and j == k + 1
            and j < n
            and not toks[j].cap
            and view[toks[j - 1].end : toks[j].start] == " "
        ):
            # "báo Người lao động", "báo Giao thông", "báo Tổ quốc": lower-case syllables of the title
            if f"{toks[j - 1].low} {toks[j].low}" in g.words2:
                j += 1
            elif (
                j + 1 < n
                and f"{toks[j].low} {toks[j + 1].low}" in g.words2
                and view[toks[j].end : toks[j + 1].start] == " "
                and toks[j].low not in _ORG_STOP
            ):
                j += 2
            if (
                j > k + 1
                and j + 1 < n
                and not toks[j].cap
                and not toks[j + 1].cap
                and f"{toks[j].low} {toks[j + 1].low}" in g.words2
                and f"{toks[j].low} {toks[j + 1].low}" not in _ORG_STOP2
                and toks[j].low not in _ORG_STOP
                and view[toks[j - 1].end : toks[j].start] == " "
                and view[toks[j].end : toks[j + 1].start] == " "
                and (
                    j + 2 >= n
                    or view[toks[j + 1].end : toks[j + 2].start].strip()[:1] in (",", ".", ")", ";", ":")
                )
            ):
                j += 2  # "báo Tri thức trực tuyến,": one more word of the title before the punctuation
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
        if t.low == "theo" and j - k == 1 and not toks[k].upper and end_char == toks[k].end:
            continue  # "Theo Oanh, ...": one plain syllable is a person, not a medium
        if (
            t.low == "theo"
            and after == ","
            and j < n
            and (_title_at(c, j) or toks[j].low in ("người", "ông", "bà", "một", "nhà", "chuyên", "giáo"))
        ):
            continue  # "Theo Rob Conway, Chủ tịch Hiệp hội GSM": a person in apposition
        cands.append(span(k, j, "ORG", None, 2, end_char=end_char))

    # 3. Places by pattern: level word + name, facilities, streets, long country names.
    for i in range(n):
        t = toks[i]
        lv = c.level_at(i)
        if lv is not None and c.inside_gaz(i, 3, end_ok=False):
            continue  # "Nhật Bản Junichiro Koizumi": "Bản" ends a country's name here
        if (lv is not None and lv < n and toks[lv].cap) or (
            lv is not None and lv < n and _NUMLIKE.fullmatch(toks[lv].text)
        ):
            assert lv is not None
            gap = view[toks[lv - 1].end : toks[lv].start]
            if gap not in (" ", ". ", "."):
                continue
            if gap != " " and toks[lv - 1].low not in _ABBR_LEVELS:
                continue  # "ở xã. Theo đó": a sentence ends after the level word
            if (
                toks[lv].low in _NAME_STOP
                and not (
                    toks[lv].low in ("bà", "ông")
                    and gap == " "
                    and lv + 1 < n
                    and toks[lv + 1].cap
                    and toks[lv + 1].low not in g.surnames
                    and view[toks[lv].end : toks[lv + 1].start] == " "
                )  # "xã Bà Điểm", "ấp Ông Đình": a place named after a lady or a lord
            ) or (len(toks[lv].text) == 1 and not toks[lv].text.isdigit()):
                continue  # "P.T", "TP. Theo"
            if (
                toks[i].text == "TT"
                and lv + 1 < n
                and lv not in c.gaz_at
                and _foreign_word(toks[lv].text)
                and _foreign_word(toks[lv + 1].text)
                and view[toks[lv].end : toks[lv + 1].start] == " "
            ):
                continue  # "TT Alexander Lukashenko": "TT" is the president (Tổng thống) here
            if (
                len(toks[i].text) == 1
                and i > 0
                and (
                    (
                        (toks[i - 1].low in _HONORIFIC or (toks[i - 1].cap and not toks[i - 1].sent))
                        and view[toks[i - 1].end : toks[i].start] == " "
                    )
                    or (len(toks[i - 1].text) == 1 and toks[i - 1].cap and _abbr(c, i - 1))  # "N.V.P. Hùng"
                    # "William H. Crawford": a foreign middle initial, not "huyện Crawford"
                    or (
                        _foreign_word(toks[i - 1].text)
                        and _non_vi_word(toks[lv].text)
                        and view[toks[i - 1].end : toks[i].start] == " "
                    )
                )
            ):
                continue  # "chị H. Khoảng 8h": an initial, not the district abbreviation
            if _NUMLIKE.fullmatch(toks[lv].text) and c.low(i, lv) not in _NUMBERED_LEVELS:
                continue  # "tỉnh 500 triệu" is no place; "quận 7", "phường 2" are
            pe = _place_run(
                c,
                lv,
                3,
                person_ok=c.low(i, lv) not in ("tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã")
                and not _titled_organ(c, i)
                and not _titled_level(c, i),
            )
            if pe > lv:
                if _NUMLIKE.fullmatch(toks[lv].text):
                    cands.append(span(i, pe, "LOC", None, 4))  # "quận 7" keeps its prefix
                else:
                    gz = c.gaz_at.get(lv)
                    cands.append(span(lv, pe, "LOC", gz[1].name if gz and gz[0] == pe else None, 4))
                    # the level word itself stays outside; claim it so no person starts there
                    if (
                        i > 0
                        and (toks[i - 1].low in _PLURAL or toks[i - 1].text.isdigit())
                        and view[toks[i - 1].end : toks[i].start] == " "
                        and not (i > 1 and toks[i - 2].low in _LEVELS_FIRST)
                    ):
                        for a, b in _place_list(c, pe):
                            cands.append(span(a, b, "LOC", None, 4))  # "các xã A, B và C"
            continue
        for ln in (4, 3, 2, 1) if t.low in _FACILITY_FIRST else ():
            if i + ln >= n:
                continue
            phrase = c.low(i, i + ln)
            if (
                phrase in _FACILITY
                and ln == 1  # a longer facility phrase is its own word ("dự án | đường cao tốc")
                and i > 0
                and f"{toks[i - 1].low} {t.low}" in g.words2
                and view[toks[i - 1].end : t.start] == " "
                and toks[i - 1].low not in _PLACE_CUE  # "tại chợ" folds like "tại chỗ"
            ):
                break  # "hoạt động", "yêu cầu": the facility word ends another word
            if phrase in _FACILITY and c.joined_ok(i, i + ln, _NAME_GAPS):
                if ln == 1 and t.cap and t.low in g.surnames:
                    break  # "Hồ Xuân Huy" is a person, "hồ Gươm" a lake
                if (
                    ln == 1
                    and t.cap
                    and i > 0
                    and toks[i - 1].cap
                    and toks[i - 1].low in g.surnames
                    and view[toks[i - 1].end : t.start] == " "
                    and (
                        i == 1
                        or not toks[i - 2].cap
                        or toks[i - 2].low in _HONORIFIC
                        or view[toks[i - 2].end : toks[i - 1].start].strip() != ""
                    )
                    and i + 1 < n
                    and toks[i + 1].cap
                    and view[t.end : toks[i + 1].start] == " "
                ):
                    break  # "Đại tá Đào Vịnh Thắng": a family name, then a middle name, no bay
                if phrase in ("biển", "núi", "đồi") and i > 0 and toks[i - 1].low in ("ven", "vùng", "miền"):
                    break  # "ven biển Trung Bộ", "huyện miền núi Hương Khê": the region is the place
                if (
                    phrase in ("núi", "đồi")
                    and (gz_c := c.gaz_at.get(i + ln)) is not None
                    and gz_c[1].kind == "country"
                ):
                    break  # "người leo núi Hàn Quốc", "ngành leo núi Nepal": a country names no mountain
                if (
                    phrase.startswith("căn cứ")
                    and (gz_c := c.gaz_at.get(i + ln)) is not None
                    and gz_c[1].kind == "country"
                ):
                    break  # "căn cứ không quân Mỹ ở Đức": the country's base, the country is the place
                if phrase == "biển" and not t.cap:
                    if i > 0 and toks[i - 1].low in ("bờ", "vượt", "ra", "đi", "trên", "ngoài", "dọc", "phố"):
                        break  # "bờ biển Bình Thuận", "cáp treo vượt biển Vinpearl": no sea's name follows
                    gz_next = c.gaz_at.get(i + 1)
                    if (
                        gz_next is not None
                        and gz_next[1].type == "LOC"
                        and gz_next[1].kind in ("province", "country")
                        and not (
                            gz_next[0] < n
                            and toks[gz_next[0]].cap
                            and view[toks[gz_next[0] - 1].end : toks[gz_next[0]].start] == " "
                        )  # "biển Mỹ Khê" is a beach, not the sea of Mỹ
                    ):
                        break  # "biển Phú Yên": the province's sea, the province is the place
                nt = toks[i + ln]
                if phrase == "kênh" and (nt.text.isascii() and not nt.text.isdigit()):
                    break  # "kênh YouTube", "kênh Internet": a channel, not a canal
                if (
                    t.upper
                    and i > 0
                    and toks[i - 1].upper
                    and len(toks[i - 1].text) > 1
                    and toks[i - 1].text.isalpha()
                    and view[toks[i - 1].end : t.start] == " "
                ):
                    break  # "Ảnh: PHAN SÔNG NGÂN": a word of a name in capitals, no river
                if (
                    phrase == "đảo"
                    and i > 0
                    and toks[i - 1].low == "huyện"
                    and view[toks[i - 1].end : t.start] == " "
                ):
                    break  # "huyện đảo Phú Quốc": the level "huyện đảo", the place is "Phú Quốc"
                if phrase == "biển" and i >= 2 and c.low(i - 2, i) == "cảnh sát":
                    break  # "cảnh sát biển Gibraltar": the coast guard of the place, no sea
                if ln == 1 and i > 0 and toks[i - 1].low in ("trưởng", "phó"):
                    break  # "trưởng ga Nguyễn Văn Chung": the station master's title, then his name
                if phrase == "sân bay" and i > 0 and toks[i - 1].low == "tàu":
                    break  # "tàu sân bay USS Abraham Lincoln": an aircraft carrier, no airport
                if phrase == "căn cứ" and not (i > 0 and toks[i - 1].low in _PLACE_PREP | _BASE_CUE):
                    break  # "căn cứ Nghị định 15", "Căn cứ vào": "pursuant to", no base
                if view[toks[i + ln - 1].end : nt.start] != " ":
                    break  # "hoạt động. Theo": a sentence ends
                if nt.low in _NOT_FACILITY_NAME:
                    break  # "chợ Tết", "chợ Xuân": a seasonal fair, no place
                highway_lv = c.level_at(i + ln) if phrase in ("đường cao tốc", "cao tốc") else None
                if nt.cap or (nt.text[0].isdigit() and phrase in _ROAD_NUM) or highway_lv is not None:
                    pe = _place_run(c, i + ln, 4)
                    if (
                        highway_lv is not None
                        and highway_lv < n
                        and _place_run(c, highway_lv, 3) > highway_lv
                    ):
                        pe = max(pe, _place_run(c, highway_lv, 3))  # "cao tốc TP. HCM - Long Thành"
                    if (
                        pe == i + ln + 1
                        and pe < n
                        and not toks[pe].cap
                        and view[toks[pe - 1].end : toks[pe].start] == " "
                        and f"{nt.low} {toks[pe].low}" in g.words2
                        and c.gaz_at.get(i + ln) is None
                    ):
                        break  # "phá Chuyên án 319": a capitalised common word ("chuyên án"), no place
                    if (
                        phrase.startswith("căn cứ")
                        and pe == i + ln + 1
                        and len(nt.text) == 1
                        and pe < n
                        and view[nt.end : toks[pe].start] in ("-", " -", " - ")
                    ):
                        break  # "căn cứ không quân T -4": a coded name the tokens split, no place to cut
                    if pe == i + ln and not (i > 0 and toks[i - 1].low in _HONORIFIC):
                        # "chợ Nguyễn Tri Phương", "cầu Trần Thị Lý": facilities are named after people
                        pe = _place_run(c, i + ln, 4, person_ok=True)
                        pe = next(
                            (
                                k
                                for k in range(i + ln + 1, pe)
                                if view[toks[k - 1].end : toks[k].start] != " "
                            ),
                            pe,
                        )  # "Cầu Chương Dương - Nguyễn Văn Cừ": a list of streets goes on
                    if nt.text[0].isdigit():
                        pe = i + ln + 1
                        if (
                            pe < n
                            and view[toks[pe - 1].end : toks[pe].start] == ""
                            and toks[pe].text.isalpha()
                        ):
                            pe += 1
                        elif (
                            pe < n
                            and view[toks[pe - 1].end : toks[pe].start] == " "
                            and len(toks[pe].text) == 1
                            and toks[pe].text in "ABCDEFGHK"
                            and not (
                                pe + 1 < n
                                and toks[pe + 1].cap
                                and view[toks[pe].end : toks[pe + 1].start] == " "
                            )
                        ):
                            pe += 1  # "Quốc lộ 1 A" (a detokenised "1A")
                    if (
                        phrase in _NUMBERED_FACILITIES
                        and pe > i + ln
                        and pe < n
                        and toks[pe].text.isdigit()
                        and len(toks[pe].text) == 1
                        and view[toks[pe - 1].end : toks[pe].start] == " "
                        and (
                            pe + 1 >= n
                            or view[toks[pe].end : toks[pe + 1].start] != " "
                            or (toks[pe + 1].low not in _COUNTERS and not toks[pe + 1].text[:1].isdigit())
                        )
                    ):
                        # "cầu Bến Thuỷ 1 và Bến Thuỷ 2", "hầm Hải Vân 2": the second of two works of one name
                        pe += 1
                        name_toks = [x.text for x in toks[i + ln : pe - 1]]
                        w = len(name_toks)
                        k = -1
                        if (
                            pe + 1 < n
                            and toks[pe].low == "và"
                            and view[toks[pe - 1].end : toks[pe].start] == " "
                        ):
                            k = pe + 1
                        elif pe < n and view[toks[pe - 1].end : toks[pe].start] == ", ":
                            k = pe
                        if (
                            k > 0
                            and k + w < n
                            and [x.text for x in toks[k : k + w]] == name_toks
                            and toks[k + w].text.isdigit()
                            and len(toks[k + w].text) == 1
                            and c.joined_ok(k - 1, k + w + 1, _NAME_GAPS)
                        ):
                            cands.append(span(k, k + w + 1, "LOC", None, 3))
                    if pe > i + ln:
                        end = pe
                        # highways: "TP. HCM - Long Thành - Dầu Giây"
                        while (
                            phrase in ("đường cao tốc", "cao tốc", "trạm thu phí")  # "Trạm thu phí X - Y"
                            and end + 1 < n
                            and view[toks[end - 1].end : toks[end].start] in (" - ", "-")
                            and toks[end].low != "ảnh"  # "... - Hải Phòng - Ảnh: ...": the photo credit
                        ):
                            e2 = _place_run(c, end, 3)
                            if e2 == end:
                                break
                            end = e2
                        cands.append(span(i, end, "LOC", None, 3))
                break
            if (
                phrase in _STREET
                and ln == 1
                and (i + 1 < n)
                and not t.cap
                and not (i > 0 and toks[i - 1].low == "thành")  # "thành phố X" is no street
            ):
                for a, b in _streets(c, i):
                    cands.append(span(a, b, "LOC", None, 3))
                break
        if t.low == "tuyến" and not t.cap:
            for a, b in _routes(c, i):
                cands.append(span(a, b, "LOC", None, 3))  # "tuyến Long Biên - Bát Tràng"
        if _ROAD_CODE.fullmatch(t.text):
            cands.append(span(i, i + 1, "LOC", None, 3))  # "QL1A", "ĐT741"
        if _hang_street(c, i):
            cands.append(span(i, i + 2, "LOC", None, 3))  # "Hàng Đào", "chợ Hàng Da": an old-quarter street
        if (
            t.text[0].isdigit()
            and i > 0
            and toks[i - 1].low in _ADDRESS_CUE
            and view[toks[i - 1].end : t.start] == " "
            # "nhà số 749 Trần Nhân Tông", "tại số 5 Lê Lợi"; not "hạt giống số 8 Andre Agassi"
            and (toks[i - 1].low != "số" or (i > 1 and toks[i - 2].low in _ADDRESS_CUE))
        ):
            h = _house_number(c, i)  # "nhà số 749 Trần Nhân Tông", "ở 243/113 Tôn Đản"
            if h is not None and h not in c.gaz_at:
                e2 = _street_run(c, h)
                if e2 > h and not (e2 < n and view[toks[e2 - 1].end : toks[e2].start] == " ("):
                    cands.append(span(h, e2, "LOC", None, 3))
        elif t.text[0].isdigit() and (i == 0 or view[toks[i - 1].end : t.start] in (", ", " (", "(", ": ")):
            st = _address_street(c, i)
            if st is not None:
                cands.append(span(st[0], st[1], "LOC", None, 3))
        for long in _COUNTRY_LONG if t.low in _COUNTRY_LONG_FIRST else ():
            ln = len(long.split())
            if c.low(i, i + ln) == long and t.cap and i + ln < n:
                gz = c.gaz_at.get(i + ln)
                if gz is not None and gz[1].kind == "country":
                    cands.append(span(i, gz[0], "LOC", gz[1].name, 1))
    cands.extend(span(a, b, "LOC", None, 5) for a, b in _address_heads(c))
    has_blocked = any(blocked)  # once, not once per candidate
    selected = _select([s for s in cands if not (has_blocked and _any_blocked(blocked, c, s))])
    full_heads = {s.head for s in selected if s.type == "ORG" and s.head and not s.bare}
    gaz_heads: set[str] = set()
    for s in selected:
        if s.type == "ORG" and not s.head and not s.bare and view[s.start : s.start + 1].isupper():
            hd = c.head_at(bisect.bisect_left(c.starts, s.start))
            if hd is not None and hd[1] not in full_heads:
                gaz_heads.add(hd[1])  # "Bộ Y tế" from the gazetteer ... "Bộ cũng yêu cầu"

    def clause_after(s: Span) -> bool:
        k = bisect.bisect_left(c.starts, s.end)
        if k >= n:
            return True
        gap = view[toks[k - 1].end : toks[k].start]
        return gap.strip()[:1] in (",", ".", ";", ":", ")") or (
            gap == " " and (toks[k].low in _CLAUSE_NEXT or (k + 1 < n and c.low(k, k + 2) in _ORG_STOP2))
        )

    if full_heads & _COURT_HEADS:
        full_heads.update(_lows("tòa", "tòa án"))
    if full_heads & _lows("vksnd", "viện kiểm sát nhân dân", "viện ksnd"):
        full_heads.add(_low("viện kiểm sát"))
    selected = [
        s
        for s in selected
        if not s.bare
        or (
            (
                s.head in _BARE_OK
                or s.head in _REGIMENT_HEADS  # "Trung đoàn cảnh sát cơ động": the unit in full
                or (
                    (s.head in full_heads or (s.head in gaz_heads and clause_after(s)))
                    and (not s.sent or s.head in _BARE_SENT_OK)
                )
            )
            and not _given_name_head(c, s)
            and not _plural_bare(c, s)
        )
    ]
    selected = _defined_names(c, selected)
    selected = _acronyms(c, selected, blocked)
    selected = _short_names(c, selected, blocked)
    if ("HLV" in view or "CLB" in view or "cầu thủ" in view or "bàn thắng" in view) and len(
        {m.group(0).lower() for m in _SPORTS.finditer(view)}
    ) >= 3:
        _clubs(c, selected)
    selected = _foreign_towns(c, selected)
    selected = _company_lists(c, selected)
    selected = _school_lists(c, selected)
    selected = _named_by_kind(c, selected)
    selected = _credit_lists(c, selected)
    selected = _cued_foreign_names(c, selected)
    selected = _foreign_facility_names(c, selected)
    selected = _feature_lists(c, selected)
    selected = _press_titles(c, selected)
    selected = _royal_forces(c, selected)
    selected = _brand_vietnam(c, selected)
    selected = _arabic_names(c, selected)
    selected = _overseas_associations(c, selected, nested)
    selected = [s for s in selected if not _credited_place(c, s)]

    # Claimed tokens (by ORG/LOC) and level words are not person starts.
    claimed = [False] * n
    tstarts = c.starts
    for s in selected:
        k = bisect.bisect_left(tstarts, s.start)
        while k < n and toks[k].start < s.end:
            claimed[k] = True
            k += 1
    for k in range(n):
        if blocked[k]:
            claimed[k] = True
    org_starts = {s.start for s in selected if s.type == "ORG"}
    place_ends = {s.end for s in selected if s.type in ("LOC", "ORG")}
    loc_firsts = {
        view[s.start : s.end].split()[0] for s in selected if s.type == "LOC" and " " in view[s.start : s.end]
    }
    split_places: list[Span] = []

    # 4. Persons.
    people: list[Span] = []
    absorbed: list[Span] = []  # places/organisations that turn out to end a name ("Dương Trung Quốc")

    def add_person(i: int, j: int, prio: int) -> None:
        if j <= i or (i + 1 < j and view[toks[i].start : toks[i + 1].end] in _CENTRAL_ABBR):
            return  # "Phó chủ tịch T.Ư Hội LHTN": "T.Ư" (Trung ương) opens a body, not a name's initials
        end = toks[j - 1].end
        if _abbr(c, j - 1) and (
            j - i > 1
            or (i > 0 and toks[i - 1].low in _HONORIFIC)
            or re.match(r"\.(?:,|;|\s*\(| [a-zđà-ỹ])", view[end : end + 3]) is not None
        ):
            end += 1  # "V. đã áp sát", "là T. (xin giấu tên)": the sentence goes on after the initial
        people.append(Span(toks[i].start, end, "PER", view[toks[i].start : end], prio))

    for i in range(n):
        if claimed[i]:
            continue
        t = toks[i]
        caps_start = t.upper and not (_is_initials(t.text) and _dotted(c, i))
        if not t.cap or (caps_start and not _caps_name_start(c, i)):
            continue
        prev = i - 1
        if (
            t.low == "phó"
            and i > 0
            and toks[prev].low in _HONORIFIC
            and view[toks[prev].end : t.start] == " "
            and i + 1 < n
            and toks[i + 1].cap
            and not toks[i + 1].upper
            and view[t.end : toks[i + 1].start] == " "
            and not _title_at(c, i + 1)
            and c.head_at(i + 1) is None
            and c.low(i, i + 2) not in g.titles
            and c.low(i, i + 3) not in g.titles
        ):
            j = _person_run(c, i, 4, claimed)
            if j - i >= 2:
                add_person(i, j, 5)  # "ông Phó Đức Nam": Phó is the family name here
                continue
        if _title_at(c, i):
            continue
        if _apostrophe_start(c, i):
            j = _person_run(c, i, 4, claimed)
            if j - i >= 2:
                a = i  # "Stephen O'Sullivan, nhà phân tích": foreign given names before it belong to it
                while (
                    a > 0
                    and i - a < 2
                    and not claimed[a - 1]
                    and toks[a - 1].cap
                    and _foreign_word(toks[a - 1].text)
                    and view[toks[a - 1].end : toks[a].start] == " "
                ):
                    a -= 1
                add_person(a, j, 5)  # "H'Hen Niê cho biết", "O'Shea": a name with no cue
                continue
        if t.low in _HONORIFIC and i + 1 < n and toks[i + 1].cap and view[t.end : toks[i + 1].start] == " ":
            continue  # "Samdech Norodom Sirivudh": the name starts after the honorific
        # honorific / title / rank right before
        hon = False
        for ln in range(1, _HONORIFIC_MAX + 1) if i > 0 and toks[i - 1].low in _HONORIFIC_LAST else ():
            a = i - ln
            if a < 0:
                break
            hk = c.low(a, i)
            if hk == "mc" and toks[a].text != "MC":
                break  # "Mc Donald": a brand, not the compère's title
            gap = view[toks[i - 1].end : t.start]
            if (
                hk in _HONORIFIC
                # "PGS. Takeuchi", "TS. Nguyễn Cát Tiên": a degree's abbreviation with its dot
                and (
                    gap == " "
                    or (
                        gap == ". "
                        and hk in _DEGREE_ABBR
                        and toks[a].upper
                        and t.key not in _NOT_NAME
                        and t.low not in _HONORIFIC  # "TS. Người này nói": a new sentence
                    )
                )
                and c.joined_ok(a, i, _NAME_GAPS)
            ):
                # sentence-initial capitalised honorific is fine; lower-case "anh"/"chị" inside a
                # capitalised run ("Bảo Anh") is not an honorific
                if (
                    toks[a].cap
                    and a > 0
                    and toks[a - 1].cap
                    and not toks[a].sent
                    and view[toks[a - 1].end : toks[a].start] == " "
                    # "Hội Báo Xuân Bính Tuất Ông Nguyễn Bá Thanh, Bí thư ...": a headline glued to the
                    # caption; "Ông"/"Bà" then a family name is the honorific
                    and not (hk in ("ông", "bà") and t.low in g.surnames)
                ):
                    continue
                if hk in _NAMED_CUES and (
                    any(
                        toks[k].low in _THING_BEFORE or c.low(k, k + 2) in _THING_BEFORE
                        for k in range(max(0, a - 4), a)
                    )
                    or (
                        hk != "khai tên"
                        and not any(toks[k].low in _NAMED_WHO for k in range(max(0, a - 5), a))
                        # "chủ quán cà phê tên là Nga": an occupation names a person too
                        and not any(c.low(k, k + 2) in g.titles for k in range(max(0, a - 5), a - 1))
                    )
                ):
                    # "công ty có tên Hoàng Long", "tài khoản zalo có tên Vipxxx", "Biển Hồ còn có tên là
                    # Tơ Nưng": a thing's name; a person is named so ("một phụ nữ có tên Khun Thea")
                    break
                hon = True
                break
        title = _title_before(c, i, claimed, selected)
        if (hon or title) and any(i - ln >= 0 and c.low(i - ln, i) in _NAMED_AFTER for ln in (3, 4)):
            hon = title = False  # "Văn phòng luật sư | Tinh Thông Luật": the office's name, not a lawyer's
        if caps_start and not (hon or title):
            continue
        if hon or title:
            j = _person_run(c, i, 5, claimed, titled=True)
            if caps_start and j - i < 2:
                continue
            j = _name_goes_on(c, i, j, selected, absorbed, titled=True)
            if (
                j == i + 1
                and t.low not in g.surnames
                and j < n
                and (c.level_at(j) is not None or (j in c.gaz_at and c.gaz_at[j][1].type == "LOC"))
            ) or (j == i + 1 and (c.head_at(i) is not None or (toks[i - 1].low == "khoa" and not hon))):
                # "Cục trưởng Thuế tỉnh Yên Bái", "Chủ tịch HĐQT Interpet Vũng Tàu", "Trưởng khoa Sản"
                continue
            if (
                j == i + 1
                and t.low in _UNIT_WORDS
                and j < n
                and toks[j].start in org_starts
                and view[t.end : toks[j].start] == " "
                and not toks[j].upper
            ):
                continue  # "chiến sĩ Vùng Cảnh sát biển 4": an organ word opening the unit's name
            if j == i + 1 and t.text.isascii() and _non_vi_word(t.text) and t.text in loc_firsts:
                continue  # "Thái tử Arab không liên quan" where "Arab Saudi" is the country: its short form
            if j == i + 1 and t.low in _ART_FIELDS:
                continue  # "Nghệ sĩ Opera nổi tiếng": the artist's field, not a name
            if j == i + 1 and t.low == "đoàn" and i > 1 and c.low(i - 2, i) == "bí thư":
                continue  # "Bí thư Đoàn trường", "Bí thư Đoàn Đại học Huế": the Youth Union, not a Mr Đoàn
            if (
                j == i + 1
                and toks[i - 1].low == "người"
                and (gz := c.gaz_at.get(i)) is not None
                and gz[1].kind == "country"
            ):
                continue  # "Người Pháp, vốn cho rằng ...": a nationality, not a person
            if j == i + 1 and t.low in ("việt", "hoa") and hon and toks[i - 1].low not in _PERSON_HONORIFIC:
                continue  # "15.000 phụ nữ Việt lấy chồng": the people, not a person ("chị Hoa" is)
            if j == i + 1 and toks[i - 1].low not in _PERSON_HONORIFIC and _bracketed_title_after_name(c, i):
                continue  # "Huỳnh Kim Hoàng (nguyên giám đốc Yteco)": the holder is named; one word is his firm
            if (
                j - i == 2
                and all(toks[k].text.isascii() for k in range(i, j))
                and any(toks[k].low in _VN_BRAND_PLACES for k in range(i, j))
            ):
                continue  # "Phó Tổng Giám đốc Saigon Postel": a company after the title
            if (
                title
                and j - i >= 3
                and t.low not in g.surnames
                and _foreign_word(t.text)
                and view[t.end : toks[i + 1].start] == " "
                and (
                    t.text[1:] != t.text[1:].lower()  # "nhà sáng lập WikiLeaks Julian Assange"
                    or toks[i + 1].low in g.surnames
                    # "Trưởng ban điều hành Yukos Stephen Theede" (not "Jean Claude Juncker")
                    or (toks[i + 1].low in _WESTERN_GIVEN and t.low not in _WESTERN_GIVEN)
                    or (
                        j - i >= 4
                        and any(view[toks[k - 1].end : toks[k].start] == "-" for k in range(i + 2, j))
                    )
                )
            ):
                # "Chủ tịch Hyundai Chung Dong-Yong", "nguyên Chủ tịch HĐQT Oceanbank Hà Văn Thắm":
                # a company between the title and the name
                a = i + 1
                while a < j - 2 and toks[a].low in _NOT_PERSON_WORDS:
                    a += 1  # "Chủ tịch Korean Air Cho Yang-ho"
                add_person(a, j, 5)
                continue
            if title and j - i >= 4 and (brand_end := _name_after_brand(c, i, j)) is not None:
                add_person(
                    brand_end, j, 5
                )  # "Phó giám đốc Hanoi Toserco Mai Tiến Dũng": a brand of foreign words
                continue
            gz = c.gaz_at.get(i)
            if (
                title
                and i + 2 <= j <= i + 3
                and gz is not None
                and gz[0] == i + 1
                and gz[1].type == "LOC"
                and t.low not in g.surnames
                and t.low not in _WESTERN_GIVEN
                and not claimed[i - 1]
                and not toks[i - 1].upper  # not "Phó chủ tịch USABC Virginia Foote"
                and view[t.end : toks[i + 1].start] == " "
                and _foreign_word(toks[i + 1].text)
                and toks[i + 1].low not in g.surnames
            ):
                # "thị trưởng London Livingstone", "Thống đốc California Schwarzenegger": the title's
                # place, then the family name
                split_places.append(span(i, i + 1, "LOC", gz[1].name, 1))
                add_person(i + 1, j, 5)
                continue
            # "Tổng thư ký Ban Ki-moon", "Theo Chủ tịch Chung Dong-Yong": a hyphenated (foreign) name;
            # "Theo HLV Nghiêm Quang Vinh": a full name opening with a known surname
            hyph_name = (
                any(
                    not toks[k].cap or view[toks[k - 1].end : toks[k].start] in _JOINED_GAPS
                    for k in range(i + 1, j)
                )
                or (
                    j - i >= 2
                    and (t.low in g.surnames or all(_foreign_word(toks[k].text) for k in range(i, j)))
                )
                or (title and j - i == 2 and _unsyllabic_pair(c, i))
            )
            if (j > i and (toks[i].key not in _NOT_NAME or hyph_name)) or (
                j > i and hon and not toks[i].sent
            ):
                add_person(i, j, 5)
                continue
        if (
            i > 0
            and claimed[i - 1]
            and view[toks[i - 1].end : t.start] == " "
            and _after_place(c, i, place_ends)
            and _foreign_run(c, i, claimed) >= i + 2
        ):
            add_person(i, _foreign_run(c, i, claimed), 5)  # "... nước Cộng hòa Cuba Fidel Castro"
            continue
        if (
            i > 0
            and claimed[i - 1]
            and t.text.isascii()
            and view[toks[i - 1].end : t.start] == " "
            and _after_place(c, i, place_ends)
        ):
            j = _person_run(c, i, 4, claimed)
            if j - i == 3 and _asian_hyphenated(c, i, j):
                add_person(i, j, 5)  # "Đài Loan Ho Mei-yueh", "Hàn Quốc Ban Ki-moon"
                continue
        if (
            i > 0
            and claimed[i - 1]
            and _after_nationality(c, i, selected)
            and _foreign_run(c, i, claimed) >= i + 2
        ):
            add_person(i, _foreign_run(c, i, claimed), 5)  # "tay vợt người Anh, Greg Rusedski,"
            continue
        if t.low not in g.surnames and toks[i].key not in _NOT_NAME and not t.upper:
            j = _person_run(c, i, 3, claimed)
            if (
                j - i >= 2
                and j < n
                and view[toks[j - 1].end : toks[j].start] in (", ", " - ", " – ")
                and _title_at(c, j)
                and (
                    prev < 0
                    or not toks[prev].cap
                    or view[toks[prev].end : t.start] != " "
                    or (toks[prev].sent and toks[prev].key in _NOT_NAME)  # "Theo Rob Conway, Chủ tịch"
                    # "của Istanbul | Irfan Fidan, nhà báo": a foreign place right before the name
                    or (t.text.isascii() and _place_ending(c, prev, ("country", "foreign")) is not None)
                )
                # "Du lịch Khách Sạn, Kế toán": a capitalised common word in a list of capitalised fields
                and not (j - i == 2 and toks[j].cap and c.low(i, j) in g.words2)
                # "công tố viên trưởng của Istanbul | Irfan Fidan, ...": a known place after "của/tại/ở"
                # opens no name ("ngôi sao Orlando Bloom" does)
                and not (
                    (gz := c.gaz_at.get(i)) is not None
                    and gz[1].type == "LOC"
                    and gz[0] < j
                    and i > 0
                    and toks[i - 1].low in ("của", "tại", "ở")
                )
            ):
                add_person(i, j, 6)  # "Thanh Tú, sinh viên năm thứ nhất": a name in apposition
                continue
        if t.low not in g.surnames and t.text.isascii():
            j = _western_name(c, i, claimed)
            if (
                j - i == 3
                and toks[i + 1].low in _WESTERN_GIVEN
                and t.low not in _WESTERN_GIVEN
                # not "xác định Santino William Legan", "Cảnh sát xác định Martino Robert Lagan" (a title
                # then a verb); "Chủ tịch Yukos Stephen Theede", "đứng đầu Scotland Yard Ian Blair"
                and (_title_before(c, i, claimed, selected) or (i > 0 and claimed[i - 1]))
            ):
                add_person(i + 1, j, 6)  # "Yukos Stephen Theede": a company before the given name
                continue
            if j > i:
                add_person(i, j, 6)  # "giám đốc CIA (khi đó) John Brennan", "cây bút Frank Bruni"
                continue
            if _lone_foreign_with_age(c, i, claimed):
                add_person(i, i + 1, 6)  # "Michelle, 34 tuổi, ...": a foreign name standing alone with an age
                continue
        if (
            not t.upper
            and t.low not in _NAME_STOP
            and t.low not in _HONORIFIC
            and not _title_at(c, i)
            and c.head_at(i) is None  # 'của Cục "cài cắm"'
            and not (
                i > 0
                and toks[i - 1].cap
                and view[toks[i - 1].end : t.start] == " "
                and not (toks[i - 1].sent and (toks[i - 1].key in _NOT_NAME or toks[i - 1].low in _NAME_STOP))
            )  # "Vì Văn Toán": not from the middle of a name
        ):
            j = _person_run(c, i, 4, claimed)
            cue = _cue_after(c, j) if j > i else ""
            if (
                cue == "birth"
                and t.low not in _LEVELS_FIRST
                and (t.key not in _NOT_NAME or not t.sent or t.low != t.key)  # "Phượng", not "Theo"
            ) or (
                cue == "nick" and not t.sent and (t.low not in _NOT_PERSON_WORDS or t.low in _WESTERN_GIVEN)
            ):
                add_person(i, j, 6)  # "Phượng, sinh năm 1985", "băng của Tuấn "Con", Minh "Te""
                continue
        if _middle_given(c, i, claimed):
            add_person(
                i, i + 2, 6
            )  # "biểu hiện của Văn Quyến": a middle and a given name, the usual short form
            continue
        if (
            t.low in g.surnames
            and i > 0
            and any(i - ln >= 0 and c.low(i - ln, i) in _NAMED_AFTER for ln in (1, 2))
            and not hon
            and not title
        ):
            continue  # "xi măng Hoàng Thạch", "cảng cá Trần Đề": a business or place named after someone
        if t.low in g.surnames and (
            prev < 0
            or not (
                toks[prev].cap
                and not claimed[prev]
                and view[toks[prev].end : t.start] == " "
                and not any(ch.isdigit() for ch in toks[prev].text)  # "G/C57 Nguyễn Tri Phương"
                # "ĐKTQT Đào Thiên Hải", "NSƯT Lê Khanh": an unclaimed acronym is a title abbreviation
                and not (
                    toks[prev].upper
                    and (
                        not toks[prev].text.startswith(_ORG_ACRONYM_LEADS)  # "ĐHDL Lương Thế Vinh"
                        # "Phó Chủ nhiệm UBTDTT Lương Quốc Dũng": a title, its body's acronym, the person
                        or (
                            len(toks[prev].text) >= 3
                            and not toks[prev].text.startswith(_SCHOOL_ACRONYM_LEADS)  # "THCS Chu Văn An"
                            and _title_before(c, prev, claimed, selected)
                        )
                    )
                    and i + 1 < n
                    and toks[i + 1].cap
                    and not toks[i + 1].upper
                )
            )
        ):
            j = _person_run(c, i, 5, claimed)
            j = _name_goes_on(c, i, j, selected, absorbed, titled=False)
            if j - i >= 2 or (j - i == 1 and j < n and _abbr(c, j)):
                add_person(i, j, 6)
        elif t.low in _COMMON_SURNAMES and i >= 3 and toks[i - 2].cap and not toks[i - 3].cap:
            # "... liên ngành Dốc Quýt Nguyễn Tiến Hảo": a full name right after a capitalised place
            j = _person_run(c, i, 4, claimed)
            if (
                j - i == 3
                and not toks[i - 2].sent
                and not claimed[i - 2]
                and view[toks[i - 3].end : toks[i - 2].start] == " "
                and view[toks[i - 2].end : toks[prev].start] == " "
                and not any(k in c.gaz_at for k in range(i, j))
            ):
                add_person(i, j, 6)
    # Photo credits and bylines: "(Ảnh: Trung Hiếu/TTXVN)", a short capitalised last line.
    for m in re.finditer(r"(?:Ảnh|Ảnh minh họa|Nguồn ảnh|Clip|Video|Bài và ảnh|Bài, ảnh)\s*:\s*", view):
        k = bisect.bisect_left(tstarts, m.end())
        if k < n and toks[k].start == m.end() and not claimed[k]:
            j = _person_run(c, k, 4, claimed, titled=True)  # "Ảnh: HÀ THANH", "Ảnh: L. KIỆT"
            if (
                j > k
                and toks[j - 1].upper
                and (
                    (j < n and toks[j].upper and view[toks[j - 1].end : toks[j].start] == " ")
                    or c.low(k, j) in _NOT_CREDIT
                )
            ):
                continue  # "Ảnh: CHỤP LẠI MÀN HÌNH CỦA FORBES", "Ảnh: CHIANG RAI TIMES", "Ảnh: TƯ LIỆU"
            if j - k >= 2:
                add_person(k, j, 4)
    _bylines(c, claimed, add_person)
    selected = sorted(selected + split_places, key=lambda s: (s.start, -s.end))
    if absorbed:
        selected = [s for s in selected if all(s is not a for a in absorbed)]
    people, house_streets = _house_streets(c, _select(people))
    people = _not_persons(c, people, selected)
    people = _select(people + _list_members(c, people, claimed))
    people = _select(people + _country_paren_list(c, people, claimed))
    selected, people = _places_named_as_people(c, selected, people, claimed)
    selected, people = _people_named_as_places(c, selected, people)
    selected, people = _honoured_place_names(c, selected, people, claimed)
    # Partial forms ("ông Mẫn", "Huy khai") of the people found.
    people = _partials(c, people, claimed)
    selected, people = _given_name_places(c, selected, people)
    selected, people = _numbered_streets(c, selected, people)
    people = _regnal_numbers(c, people)
    if house_streets:
        taken = [(s.start, s.end) for s in selected]
        extra = [h for h in house_streets if not any(a < h.end and h.start < b for a, b in taken)]
        selected = sorted(selected + extra, key=lambda s: s.start)

    out = selected + nested + people
    for s in out:
        s.start, s.end = tv.orig(s.start), tv.orig(s.end)
    out = [s for s in out if text[s.start : s.end].strip()]
    out.sort(key=lambda s: (s.start, -s.end))
    return out


_REGNAL = re.compile(r" (I{1,3}|IV|VI{1,3}|IX|XI{1,3})(?![\w.])(?! [A-ZĐÀ-Ỹ])")


def _regnal_numbers(c: _Ctx, people: list[Span]) -> list[Span]:
    """A foreign name's ordinal ("Benigno Aquino III", "Nữ hoàng Elizabeth II", "vua Francois I") belongs
    to the name; the numeral must stand alone, not open a capitalised phrase or a sentence."""
    out: list[Span] = []
    for p in people:
        m = _REGNAL.match(c.view, p.end)
        if m is not None and c.view[p.end - 1].isalpha() and c.view[p.start : p.end].isascii():
            p = replace(p, end=m.end(), name=c.view[p.start : m.end()])
        out.append(p)
    return out


# Football vocabulary: in such an article a foreign city standing alone is its club ("chơi cho Milan").
_SPORTS = re.compile(
    r"\b(?:CLB|HLV|[Cc]ầu thủ|[Tt]iền đạo|[Tt]iền vệ|[Tt]hủ môn|[Hh]ậu vệ|đội bóng|Champions League|Serie A"
    r"|Premier League|[Nn]goại hạng|Bundesliga|La Liga|Ligue 1|vòng đấu|ghi bàn|bàn thắng|chung kết)\b"
)
# Words after which a city stays the city even in a football article ("thành Milan", "sân Heysel").
_CITY_LEAD = _lows(
    "thành",
    "sân",
    "thủ đô",
    "bang",
    "đảo",
    "vùng",
    "phía",
    "gần",
    "ngoại ô",
    "trung tâm",
    "thảm họa",
    "đông",
    "tây",
    "nam",
    "bắc",
    "đông-nam",
    "đông-bắc",
    "tây-nam",
    "tây-bắc",
)


_PREP_FOREIGN = re.compile(
    r"(?<!\w)(?:ở|tại|từ|sang|đến|tới|về|trong|khắp|Ở|Tại|Từ|thủ đô|vùng) [A-Z](?=[a-z])"
)


_PREP_PAREN_PLACE = re.compile(
    r"(?<!\w)(?:ở|tại|từ|sang|đến|tới|về|Ở|Tại|Từ) (?=[^\W\d_][^\W\d_]* [^\W\d_]+(?: [^\W\d_]+)? \()"
)


def _paren_district(c: _Ctx, i: int) -> int | None:
    """End of an unknown Vietnamese place at token i placed by its district and province in parentheses
    ("từ Mông Dương (Cẩm Phả, Quảng Ninh)"), else None."""
    toks, view, n = c.toks, c.view, c.n
    j = i + 1
    while (
        j < n
        and j - i < 3
        and toks[j].cap
        and view[toks[j - 1].end : toks[j].start] == " "
        and j not in c.gaz_at
    ):
        j += 1
    if j - i < 2 or j >= n or view[toks[j - 1].end : toks[j].start] != " (":
        return None  # two or three syllables, like a commune's name
    if any(toks[k].upper or (toks[k].low in c.g.surnames and k == i) for k in range(i, j)):
        return None  # a person's name or an acronym
    k = j
    for gap in (", ", ")"):
        gz = c.gaz_at.get(k)
        if gz is None or gz[1].type != "LOC" or gz[1].kind == "country" or not toks[k].cap:
            return None
        k = gz[0]
        if k >= n or not view[toks[k - 1].end :].startswith(gap):
            return None
    return j


def _foreign_towns(c: _Ctx, selected: list[Span]) -> list[Span]:
    """An unknown foreign name between a preposition of place and its country is a town.

    "ở Talisay, Philippines", "tại Orbassano (Italy)", "từ Gediz, Thổ Nhĩ Kỳ".
    """
    toks, view, n = c.toks, c.view, c.n
    found: list[tuple[int, int]] = []
    tstarts: list[int] | None = None
    for m in _PREP_FOREIGN.finditer(view):
        if tstarts is None:
            tstarts = c.starts
        i = bisect.bisect_left(tstarts, m.end() - 1)
        if not 0 < i < n - 1 or toks[i].upper:
            continue
        capital = i > 1 and toks[i - 1].low == "đô" and toks[i - 2].low == "thủ"  # "thủ đô Astana"
        region = toks[i - 1].low == "vùng"  # "vùng Leven, Đông Yorkshire"
        if toks[i - 1].low not in _PLACE_PREP and not capital and not region:
            continue
        if view[toks[i - 1].end : toks[i].start] != " " or not _foreign_word(toks[i].text) or i in c.gaz_at:
            continue
        j = i + 1
        while j < n and j - i < 3 and toks[j].cap and view[toks[j - 1].end : toks[j].start] == " ":
            if not _foreign_word(toks[j].text) or j in c.gaz_at:
                break
            j += 1
        if capital and (j >= n or not toks[j].cap or view[toks[j - 1].end : toks[j].start] != " "):
            found.append((i, j))
            continue
        if j >= n or view[toks[j - 1].end : toks[j].start] not in (", ", " ("):
            continue
        gz = c.gaz_at.get(j)
        if gz is None and region and toks[j].low in _COMPASS and j + 1 < n:
            gz = c.gaz_at.get(j + 1)  # "vùng Leven, Đông Yorkshire"
        if gz is None or gz[1].type != "LOC" or gz[1].kind not in ("country", "foreign"):
            continue
        if gz[1].kind == "foreign" and view[toks[j - 1].end : toks[j].start] != " (" and not region:
            continue  # "ở Champions League, Milan ...": a club may follow a comma
        found.append((i, j))
    for m in _PREP_PAREN_PLACE.finditer(view):
        # "từ Mông Dương (Cẩm Phả, Quảng Ninh)": a commune placed by its district and province
        i = bisect.bisect_left(c.starts, m.end())
        if 0 < i < n - 1 and c.starts[i] == m.end() and toks[i].cap and i not in c.gaz_at:
            pe = _paren_district(c, i)
            if pe is not None:
                found.append((i, pe))
    if not found:
        return selected
    # overlap by bisection (_with_orgs): a long text may place many communes so
    return _with_orgs(
        view, selected, [(toks[i].start, toks[j - 1].end) for i, j in found], lambda a, b: False, "LOC"
    )


def _clubs(c: _Ctx, selected: list[Span]) -> None:
    """In a football article, a one-word foreign city without a place cue is the club (ORG)."""
    toks = c.toks
    tstarts = c.starts
    for s in selected:
        if s.type != "LOC":
            continue
        i = bisect.bisect_left(tstarts, s.start)
        gz = c.gaz_at.get(i)
        if (
            gz is None
            or gz[0] != i + 1
            or gz[1].kind != "foreign"
            or toks[i].end != s.end
            or _place_context(c, i, selected)
            or (i > 0 and toks[i - 1].low in _CITY_LEAD)
            or (i > 1 and c.low(i - 2, i) in _CITY_LEAD)
        ):
            continue
        s.type = "ORG"


# A list of companies announced by a plural company noun ("các tập đoàn lớn của Mỹ như Boeing, AIG,
# Citigroup và UPS"): every capitalised item of the list names a company.
_COMPANY_LIST_CUE = re.compile(
    r"\b(?:[Cc]ác|[Nn]hững|[Nn]hiều) (?:tập đoàn|công ty|hãng|ngân hàng|doanh nghiệp|nhà sản xuất|nhà mạng"
    r"|tổ chức tài chính)\b[^.;:!?\n\"“”()]{0,80}? (?:như|gồm|gồm có)(?::)? (?=[A-Z0-9])"
)
_LIST_ITEM = re.compile(r"[A-Z0-9][\w&'.-]*(?:(?: | & |&)[A-Z0-9][\w&'.-]*){0,3}")
_LIST_SEP = re.compile(r", (?:và )?| và | & ")


def _company_lists(c: _Ctx, selected: list[Span]) -> list[Span]:
    """Items of a list of companies announced as such ("các hãng như Ford, GM và Toyota") are ORG."""
    view = c.view
    found: list[tuple[int, int]] = []
    for m in _COMPANY_LIST_CUE.finditer(view):
        pos = m.end()
        items: list[tuple[int, int]] = []
        while True:
            it = _LIST_ITEM.match(view, pos)
            if it is None:
                break
            a, b = it.span()
            while (
                b > a and view[b - 1] in ".-'" and not (view[b - 1] == "." and _CORP_TAIL.search(view, a, b))
            ):
                b -= 1  # the full stop ending the sentence; but "IRN Inc."
            items.append((a, b))
            sep = _LIST_SEP.match(view, b)
            if sep is None:
                break
            pos = sep.end()
        if len(items) >= 3:
            found.extend(items)
    if not found:
        return selected
    # already a known body, or a place ("các công ty như ... và Việt Nam"), or lower-case words
    return _with_orgs(
        view,
        selected,
        found,
        lambda a, b: (
            any(ch.islower() for ch in view[a:b])
            and not all(w[0].isupper() or w[0].isdigit() or w == "&" for w in view[a:b].split())
        ),
    )


# "Trường THPT Nguyễn Thượng Hiền, THPT Gia Định và THPT Mạc Đĩnh Chi": the level acronym heads the
# next items of a list of schools opened by a school named in full.
_SCHOOL_ITEM = re.compile(r"(?:, và |, | và )((?:THPT|THCS|PTTH|PTCS|PTDTNT)(?: [^\W\d_][\w]*){1,5})")


def _school_lists(c: _Ctx, selected: list[Span]) -> list[Span]:
    """Items of a list of schools after "Trường THPT X" written with the level acronym only ("THPT Y")."""
    view = c.view
    if "THPT" not in view and "THCS" not in view and "PTTH" not in view and "PTCS" not in view:
        return selected
    school_ends = {
        s.end for s in selected if s.type == "ORG" and view[s.start : s.start + 6].lower() == "trường"
    }
    if not school_ends:
        return selected
    index = _SpanIndex(selected)
    add: list[Span] = []
    pos = 0
    while (m := _SCHOOL_ITEM.search(view, pos)) is not None:
        pos = m.start(1)  # the words matched may run into the next item ("... Huân và THPT ...")
        if m.start() not in school_ends:
            continue
        a = m.start(1)
        words = m.group(1).split(" ")
        k = 1
        while k < len(words) and words[k][0].isupper():
            k += 1
        if k < 2:
            continue
        b = a + len(" ".join(words[:k]))
        if index.crosses(a, b) or index.inside_org(a, b):
            continue
        add.append(Span(a, b, "ORG", view[a:b], 2))
        school_ends.add(b)
    return _over_inner(selected, add)


def _with_orgs(
    view: str,
    selected: list[Span],
    found: list[tuple[int, int]],
    skip: Callable[[int, int], bool],
    kind: str = "ORG",
) -> list[Span]:
    """``selected`` plus a ``kind`` span for each found (start, end) that overlaps no selected span and
    that ``skip`` does not refuse; sorted by start."""
    # overlap test by bisection: among the spans starting before b, does the furthest end pass a?
    spans = sorted((s.start, s.end) for s in selected)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    out = list(selected)
    for a, b in found:
        k = bisect.bisect_left(starts, b)
        if (k > 0 and reach[k - 1] > a) or skip(a, b):
            continue
        out.append(Span(a, b, kind, view[a:b], 3))
    return sorted(out, key=lambda s: s.start)


# A publication or agency named after its kind ("tạp chí Vanity Fair", "hãng tin Reuters", "tờ Le Monde").
_MEDIA_CUE = re.compile(
    r"(?<!\w)(?:[Tt]ạp chí|[Nn]hật báo|[Tt]uần báo|[Hh]ãng tin|[Hh]ãng thông tấn|[Tt]ờ báo|[Tt]ờ|[Kk]ênh truyền hình)"
    r" ((?:[A-Z][\w'&.-]*|[A-Z0-9][A-Z0-9]+)(?: (?:[A-Z][\w'&.-]*|of|de|du|des|la|le|[0-9]+)){0,3})"
)
# A company's acronym in apposition to its kind ("CNPC - tập đoàn dầu lửa", "IBM, hãng máy tính").
_ACRONYM_APPOS = re.compile(
    r"(?<![\w.])([A-Z][A-Z0-9&]{1,7})(?: - | – |, )(?:một |là )?(?:tập đoàn|công ty|hãng|ngân hàng|tổng công ty)\b"
)


def _named_by_kind(c: _Ctx, selected: list[Span]) -> list[Span]:
    """Media named after "tạp chí"/"hãng tin"/"tờ", and acronyms set beside "tập đoàn"/"công ty"."""
    view = c.view
    found: list[tuple[int, int]] = []
    names: set[str] = set()
    for m in _MEDIA_CUE.finditer(view):
        a, b = m.span(1)
        while b > a and view[b - 1] in ".-'":
            b -= 1
        name = view[a:b]
        if (m.group(0).lower().startswith("tờ ") or m.group(0)[0].isupper()) and not (
            name.isascii() and any(_non_vi_word(w) for w in name.split())
        ):
            continue  # "tờ" alone names only a foreign title ("tờ Le Monde"); "tờ Lịch" is a sheet
            # (so does a cue opening the sentence: "Tờ Mirror", but "Nhật báo Quân giải phóng")
        nxt = re.match(r" (\w+)", view[b : b + 12])
        if nxt is not None and f"{_low(name.split()[-1])} {_low(nxt.group(1))}" in c.g.words2:
            continue  # "tạp chí Khoa học ...": the name goes on in lower case
        while name.split() and name.split()[-1] in ("of", "de", "du", "des", "la", "le"):
            name = name.rsplit(" ", 1)[0]
            b = a + len(name)
        found.append((a, b))
        names.add(view[a:b])
    # the title again without its kind ("Kênh truyền hình Rossiya ... Rossiya dẫn lời")
    found.extend(_recurrences(view, names, after_dot=True))
    found = list(dict.fromkeys(found))
    for m in _ACRONYM_APPOS.finditer(view):
        found.append(m.span(1))
    if not found:
        return selected

    def is_place(a: int, _b: int) -> bool:  # "tạp chí Mỹ": a known body already, or a place
        gz = c.gaz_at.get(bisect.bisect_left(c.starts, a))
        return gz is not None and gz[1].type == "LOC"

    return _with_orgs(view, selected, found, is_place)


# An association of Vietnamese abroad is named with its host country or city ("Hội Người Việt Nam tại
# Pháp", "Hội Sinh viên Việt Nam tại Nhật Bản", "Tổng hội Doanh nhân Việt Nam ở Mỹ").
_OVERSEAS_HEADS = ("Hội ", "Tổng hội ", "Chi hội ", "Liên hiệp hội ", "Liên hiệp các hội ", "Hiệp hội ")
_OVERSEAS_AT = re.compile(r" (?:tại|ở) ")


def _overseas_associations(c: _Ctx, selected: list[Span], nested: list[Span]) -> list[Span]:
    """Extend an association named "... Việt Nam" over " tại <place>" when a known place follows;
    the place becomes a nested mention of the longer name."""
    view = c.view
    loc_at = {s.start: s for s in selected if s.type == "LOC"}
    drop: set[int] = set()
    for s in selected:
        if (
            s.type != "ORG"
            or not s.name.startswith(_OVERSEAS_HEADS)
            or not (s.name.endswith(" Việt Nam") or s.name.endswith(" VN"))
            or (at := _OVERSEAS_AT.match(view, s.end)) is None
        ):
            continue
        loc = loc_at.get(at.end())
        if loc is None or id(loc) in drop:
            continue
        gz = c.gaz_at.get(bisect.bisect_left(c.starts, loc.start))
        if gz is None or gz[1].kind not in ("country", "foreign") or c.starts[gz[0] - 1] >= loc.end:
            continue  # "Hội Nông dân Việt Nam tại Hà Nội": a meeting place at home, no host country
        s.end = loc.end
        s.name = view[s.start : s.end]
        loc.nested = True
        drop.add(id(loc))
        nested.append(loc)
    if not drop:
        return selected
    return [s for s in selected if id(s) not in drop]


# A source credit in parentheses listing several media ("(Theo AFP, NKNews)", "(Theo Reuters, SCMP)").
_CREDIT_LIST = re.compile(r"\(Theo ([^()\n]{1,100})\)")
_CREDIT_ITEM = re.compile(r"[A-Z0-9][\w.&'-]*(?: [A-Z0-9][\w.&'-]*){0,3}")
_CREDIT_SEP = re.compile(r", (?:và )?| và ")


def _credit_lists(c: _Ctx, selected: list[Span]) -> list[Span]:
    """Each capitalised item of a parenthesised source credit is a medium when another item of the
    same list already is one ("(Theo AFP, NKNews)": AFP is known, so NKNews is a medium too)."""
    view = c.view
    if "(Theo " not in view:
        return selected
    orgs = {(s.start, s.end) for s in selected if s.type == "ORG"}
    found: list[tuple[int, int]] = []
    for m in _CREDIT_LIST.finditer(view):
        a0 = m.start(1)
        items: list[tuple[int, int]] = []
        pos = a0
        for part in _CREDIT_SEP.split(m.group(1)):
            items.append((pos, pos + len(part)))
            pos += len(part)
            sep = _CREDIT_SEP.match(view, pos)
            if sep is not None:
                pos = sep.end()
        if len(items) < 2 or not any(it in orgs for it in items):
            continue
        for a, b in items:
            if (a, b) not in orgs and _CREDIT_ITEM.fullmatch(view[a:b]):
                found.append((a, b))
    if not found:
        return selected

    def is_place(a: int, _b: int) -> bool:  # "(Theo AFP, Mỹ)": a place, no medium
        gz = c.gaz_at.get(bisect.bisect_left(c.starts, a))
        return gz is not None and gz[1].type == "LOC"

    return _with_orgs(view, selected, found, is_place)


# Lower-case kind words that name a foreign body by the foreign words after them ("hãng Daimler",
# "tổ chức Atlantic Philanthropies", "nhóm Abu Sayyaf", "hãng xe Đức Daimler").
_FOREIGN_BODY_CUES = _lows("hãng", "tập đoàn", "tổ chức", "nhóm", "mạng lưới", "công ty")
_CUE_ACRONYM_OK = _lows("hãng", "tập đoàn")
_CUE_TWO_WORDS = _lows("nhóm", "tổ chức")
_EVENT_WORDS = frozenset(
    "cup games olympic olympics festival show expo awards award open league championship marathon tour summit"
    " forum fair week day conference party liveshow concert".split()
)
_FOREIGN_BODY_CUES_FIRST = _firsts(_FOREIGN_BODY_CUES)


def _digit_in_name(c: _Ctx, e: int) -> bool:
    """A one- or two-digit number between two foreign words of one name ("First 4 Internet")."""
    toks = c.toks
    return (
        toks[e].text.isdigit()
        and len(toks[e].text) <= 2
        and e + 1 < c.n
        and toks[e + 1].cap
        and _non_vi_word(toks[e + 1].text)
        and not toks[e + 1].upper
        and c.view[toks[e].end : toks[e + 1].start] == " "
    )


def _cued_foreign_names(c: _Ctx, selected: list[Span]) -> list[Span]:
    """ORG for foreign words named by a lower-case kind word, and for their other mentions."""
    toks, n, view = c.toks, c.n, c.view
    found: list[tuple[int, int]] = []
    names: set[str] = set()
    for i in range(n - 1):
        t = toks[i]
        if t.cap or t.low not in _HEADS_FIRST | _FOREIGN_BODY_CUES_FIRST:
            continue
        cue = next((x for x in (c.low(i, i + 2), t.low) if x in _FOREIGN_BODY_CUES), None)
        if cue is None:
            continue
        k = i + len(cue.split())
        skipped = 0
        while k < n and not toks[k].cap and skipped < 2 and view[toks[k - 1].end : toks[k].start] == " ":
            if toks[k].low in _ORG_STOP or toks[k].low in _FOREIGN_BODY_CUES:
                break
            k += 1  # "hãng xe", "nhóm phiến quân": the body's trade
            skipped += 1
        gk = c.gaz_at.get(k)
        if gk is not None and gk[1].kind == "country" and view[toks[k - 1].end : toks[k].start] == " ":
            k = gk[0]  # "hãng xe Đức Daimler": the body's country
        if k >= n or not toks[k].cap or view[toks[k - 1].end : toks[k].start] != " ":
            continue
        e = k
        while (
            e < n
            and e - k < 3
            and (toks[e].cap or (e > k and _digit_in_name(c, e)))
            and (e == k or view[toks[e - 1].end : toks[e].start] == " ")
        ):
            if not toks[e].cap:
                e += 1  # "hãng First 4 Internet": a number word inside the foreign name
                continue
            w = toks[e].text
            if not (
                (_non_vi_word(w) and not w.isupper())
                or (cue in _CUE_ACRONYM_OK and w.isupper() and len(w) >= 2)
            ):
                break
            if c.head_at(e) is not None or (e in c.gaz_at and c.gaz_at[e][1].type == "LOC"):
                break
            e += 1
        if e == k or (e < n and toks[e].cap and view[toks[e - 1].end : toks[e].start] == " "):
            continue  # a longer capitalised name goes on in Vietnamese: not this rule's to read
        if cue in _CUE_TWO_WORDS and (
            e - k < 2
            or toks[k].low in _WESTERN_GIVEN
            or any(toks[x].low == "nhạc" for x in range(i + 1, k))
            or any(toks[x].low in _EVENT_WORDS for x in range(k, e))
        ):
            # "nhóm Kere", "nhóm John Smith": a person's team; "nhóm nhạc": a band;
            # "tổ chức World Cup": the verb "to organise" and an event
            continue
        a, b = toks[k].start, toks[e - 1].end
        found.append((a, b))
        if e - k >= 2 or len(view[a:b]) >= 5:
            names.add(view[a:b])
    if not found:
        return selected
    found.extend(_recurrences(view, names))  # the body again without its kind ("Daimler cho hay")
    return _with_orgs(view, selected, list(dict.fromkeys(found)), lambda a, b: False)


_WORD_RUN = re.compile(r"(?<![\w.])\w+")
_WORD_START = re.compile(r"(?<!\w)\w+")


def _recurrences(view: str, names: Iterable[str], after_dot: bool = False) -> list[tuple[int, int]]:
    """Every (start, end) where one of ``names`` stands as whole words (not after a word, nor after "."
    unless ``after_dot``), name by name in the order given, each in text order. One scan of the words of
    ``view`` for all the names (a regex per name would read the whole text once per name: quadratic for a
    text of many names)."""
    names = list(dict.fromkeys(names))
    by_first: dict[str, list[str]] = {}
    for name in names:
        m = re.match(r"\w+", name)
        if m is not None:
            by_first.setdefault(m.group(), []).append(name)
    at: dict[str, list[tuple[int, int]]] = {}
    for m in (_WORD_START if after_dot else _WORD_RUN).finditer(view):
        for name in by_first.get(m.group(), ()):
            a, b = m.start(), m.start() + len(name)
            if view.startswith(name, a) and not (b < len(view) and (view[b].isalnum() or view[b] == "_")):
                seen = at.setdefault(name, [])
                if not seen or seen[-1][1] <= a:  # as a regex scan: no overlapping repeats
                    seen.append((a, b))
    return [x for name in names for x in at.get(name, ())]


_NAMED_FEATURES = _lows("đảo", "quần đảo", "sông", "núi", "hồ", "vịnh", "bán đảo", "eo biển")


def _foreign_facility_names(c: _Ctx, selected: list[Span]) -> list[Span]:
    """A foreign island, river or mountain named with its head word ("đảo Sulawesi") is the same place
    when its name recurs alone ("được đưa đến Sulawesi")."""
    view = c.view
    names: set[str] = set()
    for s in selected:
        if s.type != "LOC":
            continue
        words = view[s.start : s.end].split(" ")
        for ln in (2, 1):
            if len(words) > ln and _low(" ".join(words[:ln])) in _NAMED_FEATURES:
                rest = words[ln:]
                if 1 <= len(rest) <= 2 and all(_foreign_word(w) for w in rest):
                    names.add(" ".join(rest))  # only non-Vietnamese names: "sông Hồng" is no "Hồng"
                break
    if not names:
        return selected
    found: list[tuple[int, int]] = []
    found.extend(_recurrences(view, names))
    return _with_orgs(view, selected, found, lambda a, b: False, "LOC")


_FEATURE_LIST_MAX = 40
_PARKS = _lows("vườn quốc gia", "khu bảo tồn", "khu bảo tồn thiên nhiên")
_FEATURE_PLURAL = _lows("các", "những", "hai", "ba", "bốn", "năm", "mấy", "2", "3", "4", "5")


def _feature_lists(c: _Ctx, selected: list[Span]) -> list[Span]:
    """The names listed after a plural island, river or mountain: "các đảo Gạc Ma, Cô Lin và Len Đao"
    are three islands, not two people."""
    toks, view, n = c.toks, c.view, c.n
    found: list[tuple[int, int]] = []
    for s in selected:
        if s.type != "LOC" or len(found) >= _FEATURE_LIST_MAX:
            continue  # (a bounded number of listed names: each is checked against every span)
        i = bisect.bisect_left(c.starts, s.start)
        if not (0 < i < n and c.starts[i] == s.start):
            continue
        if c.low(i, i + 3) in _PARKS or c.low(i, i + 2) in _PARKS:
            pass  # "Vườn quốc gia Pù Mát, Vũ Quang, Chư Mom Ray và Yok Đôn": parks are listed so
        elif toks[i - 1].low not in _FEATURE_PLURAL or (
            toks[i].low not in _NAMED_FEATURES and c.low(i, i + 2) not in _NAMED_FEATURES
        ):
            continue
        k = bisect.bisect_left(c.starts, s.end)  # the token after the first item
        while k < n:
            gap = view[toks[k - 1].end : toks[k].start]
            last = toks[k].low == "và" and gap in (" ", ", ")
            if last:
                k += 1
                if k >= n or view[toks[k - 1].end : toks[k].start] != " ":
                    break
            elif gap != ", ":
                break
            if not toks[k].cap or toks[k].upper:
                break
            j = k + 1
            while (
                j < n
                and j - k < 3
                and toks[j].cap
                and not toks[j].upper
                and view[toks[j - 1].end : toks[j].start] == " "
            ):
                j += 1
            if any(m in c.gaz_at and c.gaz_at[m][1].type != "LOC" for m in range(k, j)):
                break
            if j - k == 3 and toks[k].low in c.g.surnames:
                break  # "..., Nguyễn Văn A cho biết": a person's full name ends the list
            found.append((k, j))
            if last or len(found) >= _FEATURE_LIST_MAX:
                break  # "và" closes the list
            k = j
    if not found:
        return selected
    for a0, b0 in found:
        a, b = toks[a0].start, toks[b0 - 1].end
        inside = [x for x in selected if a <= x.start and x.end <= b and x.type == "LOC"]
        if not any(x.start < b and a < x.end for x in selected if all(x is not y for y in inside)):
            # "Trường Sa Lớn": a longer island's name over the known "Trường Sa"
            selected = [x for x in selected if all(x is not y for y in inside)]
            selected.append(Span(a, b, "LOC", view[a:b], 3))
    return sorted(selected, key=lambda x: x.start)


# A foreign publication or broadcaster named by its title's last word ("USA Today", "Prague Daily
# Monitor", "Fox News", "The Washington Post"): Latin words, the last one a press word.
_PRESS_TITLE = re.compile(
    r"(?<![\w.])((?:The )?(?:[A-Z][A-Za-z'&.-]*|[A-Z]{2,}) (?:[A-Z][A-Za-z'&.-]* ){0,2}"
    r"(?:Times|Post|Today|News|Monitor|Journal|Herald|Tribune|Telegraph|Gazette|Inquirer|Chronicle|Observer"
    r"|Daily|Weekly|Insider|Examiner|TV|Press))(?![\w])"
)


def _press_titles(c: _Ctx, selected: list[Span]) -> list[Span]:
    """ORG for each foreign press title (a place or name inside it, "USA", "Prague", stays nested)."""
    view = c.view

    def bounds(m: re.Match[str], index: _SpanIndex) -> tuple[int, int] | None:
        a, b = m.span(1)
        if view[a:b].startswith("The "):
            a += 4
        words = view[a:b].split(" ")
        while len(words) > 1 and not (words[0].isupper() or _foreign_word(words[0])):
            a += len(words.pop(0)) + 1  # "Theo | VTC News": a Vietnamese word before the title
        if len(words) < 2 or index.inside_org(a, b):
            return None  # a name part of a known body
        return a, b

    return _matched_orgs(c, selected, _PRESS_TITLE, bounds)


# A royal armed force or police of a monarchy ("Lục quân Hoàng gia Thái Lan", "Cảnh sát Hoàng gia
# Malaysia", "Hải quân Hoàng gia Anh"): the branch, "Hoàng gia", then the country's capitalised name.
_ROYAL_FORCE = re.compile(
    r"(?<![\w])(?:Lục quân|Hải quân|Không quân|Quân đội|Cảnh sát|Thủy quân lục chiến|Thuỷ quân lục chiến)"
    r" Hoàng gia(?: [A-ZĐ][\w]*){1,2}(?![\w])"
)


def _royal_forces(c: _Ctx, selected: list[Span]) -> list[Span]:
    """ORG for each royal armed force or police ("Lục quân Hoàng gia Thái Lan"); the country stays nested."""
    view = c.view

    def bounds(m: re.Match[str], index: _SpanIndex) -> tuple[int, int] | None:
        a, b = m.span()
        words = view[a:b].split(" ")
        ends = [a + len(" ".join(words[:k])) for k in range(len(words), 2, -1)]
        # the country's name only: "Hoàng gia Thái Lan | Chalermchai" keeps the known place's words
        for e in ends:
            if index.place_ends(a, e):
                return a, e
        return a, b

    return _matched_orgs(c, selected, _ROYAL_FORCE, bounds)


def _matched_orgs(
    c: _Ctx,
    selected: list[Span],
    pattern: re.Pattern[str],
    bounds: Callable[[re.Match[str], _SpanIndex], tuple[int, int] | None],
) -> list[Span]:
    """An ORG for each match of ``pattern`` at the ``bounds`` it gives (None: no ORG) that crosses no span
    already found; the spans it covers (but places) give way to it."""
    index = _SpanIndex(selected)
    add: list[Span] = []
    for m in pattern.finditer(c.view):
        found = bounds(m, index)
        if found is None or index.crosses(*found):
            continue
        a, b = found
        add.append(Span(a, b, "ORG", c.view[a:b], 3))
    return _over_inner(selected, add)


class _SpanIndex:
    """Overlap questions about a fixed list of spans answered by bisection over their starts, with
    running furthest ends, so a rule asking them once per match stays linear in the text."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.reach = list(itertools.accumulate((s.end for s in self.spans), max))
        org_ends = (s.end if s.type == "ORG" else -1 for s in self.spans)
        self.org_reach = list(itertools.accumulate(org_ends, max))

    def crosses(self, a: int, b: int) -> bool:
        """A span overlaps a..b without lying inside it (it starts before a, or ends after b)."""
        k = bisect.bisect_left(self.starts, a)
        if k > 0 and self.reach[k - 1] > a:
            return True
        return any(self.spans[i].end > b for i in range(k, bisect.bisect_left(self.starts, b)))

    def inside_org(self, a: int, b: int) -> bool:
        """An ORG span holds a..b."""
        k = bisect.bisect_right(self.starts, a)
        return k > 0 and self.org_reach[k - 1] >= b

    def place_ends(self, a: int, e: int) -> bool:
        """A LOC span starts after a and ends at e."""
        lo, hi = bisect.bisect_right(self.starts, a), bisect.bisect_left(self.starts, e)
        return any(self.spans[i].type == "LOC" and self.spans[i].end == e for i in range(lo, hi))


def _over_inner(selected: list[Span], add: list[Span]) -> list[Span]:
    """``selected`` without the spans (but places) inside an added one, plus ``add``; sorted by start."""
    if not add:
        return selected
    add = sorted(add, key=lambda x: x.start)
    starts = [x.start for x in add]
    reach = list(itertools.accumulate((x.end for x in add), max))
    kept = []
    for s in selected:
        k = bisect.bisect_right(starts, s.start)
        if s.type != "LOC" and k > 0 and reach[k - 1] >= s.end:
            continue
        kept.append(s)
    return sorted(kept + add, key=lambda s: s.start)


_BRAND_VIETNAM = frozenset({"Vietnam", "VietNam", "Viet Nam"})


_PHOTO_CREDIT = re.compile(r"(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)\s?:\s?$")
_CREDIT_CLOSE = re.compile(r"[ \t]*(?:\n|$|\)|/)")


def _credited_place(c: _Ctx, s: Span) -> bool:
    """A place-like name alone after a photo credit, closing it ("Ảnh: Sơn Dương"): the photographer, not
    the district; provinces and cities stay ("Ảnh: Hà Nội" shows the city)."""
    if s.type != "LOC" or " " not in c.view[s.start : s.end]:
        return False
    if _PHOTO_CREDIT.search(c.view, max(0, s.start - 20), s.start) is None:
        return False
    if _CREDIT_CLOSE.match(c.view, s.end) is None:
        return False
    k = bisect.bisect_left(c.starts, s.start)
    gz = c.gaz_at.get(k) if k < c.n and c.starts[k] == s.start else None
    return gz is not None and gz[1].kind == "district" and gz[0] == k + 2


def _known_company(c: _Ctx, s: Span) -> bool:
    """Span s is exactly a gazetteer company ("Lazada", "Samsung")."""
    k = bisect.bisect_left(c.starts, s.start)
    gz = c.gaz_at.get(k) if k < c.n and c.starts[k] == s.start else None
    return gz is not None and gz[1].kind == "company" and c.toks[gz[0] - 1].end == s.end


def _brand_vietnam(c: _Ctx, selected: list[Span]) -> list[Span]:
    """A company name followed by the English "Vietnam" names its Vietnamese arm ("Mercedes-Benz Vietnam",
    "Honda Vietnam"): one ORG, not the brand and a second body "Vietnam"; so does a known company followed
    by "Việt Nam" ("Tổng giám đốc Lazada Việt Nam")."""
    view = c.view
    out: list[Span] = []
    for s in selected:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "ORG"
            and not prev.bare
            and view[prev.end : s.start] == " "
            and (
                view[s.start : s.end] in _BRAND_VIETNAM
                or (view[s.start : s.end] == "Việt Nam" and _known_company(c, prev))
            )
            and view[prev.start : prev.end].isascii()
            and not view[prev.start : prev.end].endswith(" Vietnam")
        ):
            out[-1] = Span(prev.start, s.end, "ORG", view[prev.start : s.end], prev.prio, head=prev.head)
            continue
        out.append(s)
    return out


_ARABIC_NAME = re.compile(
    r"(?<![\w'])((?:[A-Z][a-z']+ ){0,2}[A-Z][a-z']+) (?:al|el|ez|as|ash|ad|an) ?- ?[A-Z][a-z']+(?![\w'])"
)
# Arabic words that open the names of armed groups ("Jaish al - Islam", "Hayat Tahrir al - Sham") and
# of places ("Wadi al - Bardi", "Deir ez - Zor", "Ein al - Fijeh").
_ARABIC_GROUP = frozenset(
    {"jaish", "jaysh", "jabhat", "hayat", "ahrar", "faylaq", "harakat", "liwa", "kataib", "jund", "ansar"}
    | {"tahrir", "fatah", "hizb", "jamaat", "saraya"}
)
_ARABIC_PLACE = frozenset(
    {
        "wadi",
        "ein",
        "ayn",
        "deir",
        "tal",
        "tell",
        "tel",
        "ras",
        "jabal",
        "jebel",
        "khan",
        "bab",
        "kafr",
        "beit",
    }
    | {"bir", "marj", "jisr", "maarat", "qalaat"}
)
_ARABIC_PLACE_CUE = _lows(
    "làng", "thị trấn", "thành phố", "tỉnh", "khu vực", "vùng", "ở", "tại", "gần", "quanh", "thung lũng"
)


def _arabic_names(c: _Ctx, selected: list[Span]) -> list[Span]:
    """Names written "X al - Y" (VietNews spaces the hyphen): an armed group or a place by its first
    word ("Fatah al - Sham", "Wadi al - Bardi") or by a place word before it ("làng Ayn al - Figeh");
    persons ("Bashar al - Assad") are left to the person rules."""
    view = c.view
    if "-" not in view:
        return selected
    add: list[Span] = []
    for m in _ARABIC_NAME.finditer(view):
        a = m.start(1)
        words = m.group(1).split(" ")
        kind = None
        for w in words:
            lw = w.lower()
            if lw in _ARABIC_GROUP or lw in _ARABIC_PLACE:
                kind = "ORG" if lw in _ARABIC_GROUP else "LOC"
                break
            a += len(w) + 1
        if kind is None:
            a = m.start(1) + len(m.group(1)) - len(words[-1])  # the last word before "al"
            k = bisect.bisect_left(c.starts, a)
            if not (
                0 < k < c.n
                and c.toks[k].start == a
                and any(k - ln >= 0 and c.low(k - ln, k) in _ARABIC_PLACE_CUE for ln in (1, 2))
                and view[c.toks[k - 1].end : a] == " "
            ):
                continue
            kind = "LOC"
        b = m.end()
        k = bisect.bisect_left(c.starts, b) - 1  # the last token of the match
        for _ in range(2):  # "Jabhat al - Fateh Sham": the name goes on in Latin capitals
            k += 1
            if not (
                k < c.n
                and view[c.toks[k - 1].end : c.toks[k].start] == " "
                and c.toks[k].cap
                and c.toks[k].text.isascii()
                and c.toks[k].text.isalpha()
                and k not in c.gaz_at
            ):
                break
            b = c.toks[k].end
        if any(s.start < b and a < s.end and not (a <= s.start and s.end <= b) for s in selected):
            continue  # crosses a longer span already found
        add.append(Span(a, b, kind, view[a:b], 3))
    if not add:
        return selected
    kept = [s for s in selected if not any(x.start <= s.start and s.end <= x.end for x in add)]
    return sorted(kept + add, key=lambda s: s.start)


_CORP_TAIL = re.compile(r"\b(?:Inc|Corp|Ltd|Co|Bhd)\.$")


_PLACE_CUE = _PLACE_PREP | _lows("ra", "qua", "đi", "quê", "thuộc", "khắp", "vùng", "miền", "địa bàn")


def _place_context(c: _Ctx, i: int, selected: list[Span]) -> bool:
    """Token i is read as a place by its context: a level word, a preposition of place, an address."""
    toks, view = c.toks, c.view
    for b in (1, 2, 3):
        if i - b >= 0 and c.level_at(i - b) == i:
            return True  # "TP. Vinh", "thành phố Vinh"
    if i > 0 and toks[i - 1].low in _PLACE_CUE and view[toks[i - 1].end : toks[i].start] == " ":
        return True
    if i > 1 and c.low(i - 2, i) in _PLACE_CUE:
        return True
    before = view[toks[i - 1].end : toks[i].start] if i > 0 else ""
    after = view[toks[i].end : toks[i].end + 2]
    return any(
        s.type == "LOC"
        and (
            (after == ", " and s.start == toks[i].end + 2)  # "Vinh, Nghệ An"
            or (before == ", " and s.end == toks[i].start - 2)  # "Nghệ An, Vinh"
        )
        for s in selected
    )


# Nouns that take a country after them ("thị trường Mỹ", "hàng Nhật", "đội tuyển Anh").
_COUNTRY_NOUNS = _lows(
    "thị trường", "nước", "phía", "người", "hàng", "tuyển", "chính phủ", "đại sứ", "quân", "tiếng", "đồng"
)


def _country_context(c: _Ctx, tstarts: list[int], s: Span, selected: list[Span]) -> bool:
    """The country span s is read as a country by its context."""
    i = bisect.bisect_left(tstarts, s.start)
    gz = c.gaz_at.get(i)
    if gz is None or gz[1].kind != "country":
        return False
    return (
        _place_context(c, i, selected)
        or (i > 0 and c.toks[i - 1].low in _COUNTRY_NOUNS)
        or (i > 1 and c.low(i - 2, i) in _COUNTRY_NOUNS)
    )


def _places_named_as_people(
    c: _Ctx, selected: list[Span], people: list[Span], claimed: list[bool]
) -> tuple[list[Span], list[Span]]:
    """ "nguyên chủ tịch huyện Đỗ Tố" where the article calls him "ông Đỗ Tố": a place read after a level
    word that is no known place and is written exactly as a person's full name found elsewhere is
    that person."""
    names: set[str] = set()
    for p in people:
        k = bisect.bisect_left(c.starts, p.start)
        if (
            len(c.view[p.start : p.end].split()) >= 2
            and k > 0
            and c.toks[k - 1].low in _PERSON_HONORIFIC
            and c.view[c.toks[k - 1].end : p.start] == " "
        ):
            names.add(c.view[p.start : p.end])  # "ông Đỗ Tố": called a person in so many words
    if not names:
        return selected, people
    toks = c.toks
    keep: list[Span] = []
    added: list[Span] = []
    for s in selected:
        k = bisect.bisect_left(c.starts, s.start)
        e = bisect.bisect_left(c.starts, s.end)
        if (
            s.type == "LOC"
            and not s.nested
            and c.view[s.start : s.end] in names
            and k > 0
            and c.level_at(k - 1) == k
            and toks[k].low in c.g.surnames
            and not (k in c.gaz_at and c.gaz_at[k][1].type == "LOC")
            and not any(p.start == s.start for p in people)
        ):
            added.append(Span(s.start, s.end, "PER", c.view[s.start : s.end], 5))
            for x in range(k, e):
                claimed[x] = False
            continue
        keep.append(s)
    if not added:
        return selected, people
    return keep, sorted(people + added, key=lambda x: x.start)


# Words after which a capitalised foreign name is a place ("vùng Palmerston North", "Nghị viện Catalonia").
_FOREIGN_PLACE_CUE = re.compile(
    r"(?<!\w)(?:vùng|tỉnh|bang|tiểu bang|thành phố|thị trấn|xứ|khu vực|[Nn]ghị viện|[Nn]ội các|"
    r"người dân|cử tri) ([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+){0,2})(?![\w-])"
)


def _people_named_as_places(
    c: _Ctx, selected: list[Span], people: list[Span]
) -> tuple[list[Span], list[Span]]:
    """ "Cảnh sát trưởng Catalonia" where the article also writes "Nghị viện Catalonia", "đồn cảnh sát
    Palmerston North" after "vùng Palmerston North": a foreign name no honorific marks as a person, that
    the article names as a place elsewhere, is that place (one pass over the text)."""
    view = c.view
    places = {m.group(1) for m in _FOREIGN_PLACE_CUE.finditer(view)}
    if not places:
        return selected, people
    keep: list[Span] = []
    added: list[Span] = []
    for p in people:
        surface = view[p.start : p.end]
        if (
            surface in places
            and surface.split()[0].lower() not in _WESTERN_GIVEN
            and _sex_before(view, p.start) == ""
            and all(_non_vi_word(w) for w in surface.replace("-", " ").split())
        ):
            added.append(Span(p.start, p.end, "LOC", surface, 1))
            continue
        keep.append(p)
    if not added:
        return selected, people
    return sorted(selected + added, key=lambda x: x.start), keep


_HONOURED = _lows("ông", "bà", "ngài", "mr", "mrs", "ms")


def _honoured_place_names(
    c: _Ctx, selected: list[Span], people: list[Span], claimed: list[bool]
) -> tuple[list[Span], list[Span]]:
    """ "Ngài Jordan Ryan", "bà Georgia Thompson": a one-word foreign place right after "ông"/"bà"/"ngài"
    and before a capitalised ASCII word is the first name of a person, not the place."""
    toks, view, n = c.toks, c.view, c.n
    keep: list[Span] = []
    added: list[Span] = []
    taken = {p.start for p in people}
    for s in selected:
        k = bisect.bisect_left(c.starts, s.start)
        e = k + 1
        if (
            s.type == "LOC"
            and not s.nested
            and k > 0
            and e < n
            and toks[k].end == s.end
            and toks[k - 1].low in _HONOURED
            and view[toks[k - 1].end : s.start] == " "
            and _foreign_word(toks[k].text)
            and toks[e].cap
            and not toks[e].upper
            and toks[e].text.isascii()
            and toks[e].text.isalpha()
            and view[s.end : toks[e].start] == " "
            and e not in c.gaz_at
            and c.head_at(e) is None
            and s.start not in taken
        ):
            added.append(Span(s.start, toks[e].end, "PER", view[s.start : toks[e].end], 5))
            claimed[k] = False
            continue
        keep.append(s)
    if not added:
        return selected, people
    ends = {(a.start, a.end) for a in added}
    rest = [p for p in people if not any(a < p.end and p.start < b for a, b in ends)]
    return keep, sorted(rest + added, key=lambda x: x.start)


def _given_name_places(c: _Ctx, selected: list[Span], people: list[Span]) -> tuple[list[Span], list[Span]]:
    """A one-word place that is the given name of a person of the article is that person.

    "Nguyễn Thị Vinh ... tuyên phạt Loan 13 năm tù, Vinh 7 năm", "đập vào đầu Nga" (Nguyễn Thị
    Tuyết Nga); but "TP. Vinh", "ở Nga", "Vinh, Nghệ An" stay places.
    """
    toks, view = c.toks, c.view
    if not people:
        return selected, people
    given: set[str] = set()
    foreign_last: set[str] = set()  # "Stephen Toulouse ... Toulouse cho biết"
    for p in people:
        parts = view[p.start : p.end].split()
        if len(parts) >= 2 and not parts[-1].endswith(".") and parts[0].lower() in c.g.surnames:
            given.add(parts[-1])
        elif len(parts) >= 2 and all(_foreign_word(w) for w in parts):
            foreign_last.add(parts[-1])
    given |= foreign_last
    if not given:
        return selected, people
    tstarts = c.starts
    # a country read as a place once in the article ("thị trường Mỹ", "ở Nga") is the country everywhere
    countries = {
        view[s.start : s.end]
        for s in selected
        if s.type == "LOC" and view[s.start : s.end] in given and _country_context(c, tstarts, s, selected)
    }
    keep: list[Span] = []
    extra: list[Span] = []
    for s in selected:
        if s.type == "LOC" and view[s.start : s.end] in given and view[s.start : s.end] not in countries:
            i = bisect.bisect_left(tstarts, s.start)
            gz = c.gaz_at.get(i)
            if (
                gz is not None
                and gz[0] == i + 1
                and toks[i].end == s.end
                and (
                    gz[1].kind in ("city", "district")
                    or toks[i].key in _AMBIGUOUS_COUNTRY
                    or (toks[i].text in foreign_last and gz[1].kind in ("foreign", "country"))
                )
                and not _place_context(c, i, selected)
            ):
                extra.append(Span(s.start, s.end, "PER", view[s.start : s.end], 8))
                continue
        keep.append(s)
    if not extra:
        return selected, people
    return keep, sorted(people + extra, key=lambda s: s.start)


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _numbered_streets(c: _Ctx, selected: list[Span], people: list[Span]) -> tuple[list[Span], list[Span]]:
    """A name after a house number and before a place is a street ("170 Trần Hưng Đạo (Long Xuyên").

    "Lê Hà, 170 Trần Hưng Đạo, Long Xuyên", "G/C57 Nguyễn Tri Phương, quận 10".
    """
    toks, view = c.toks, c.view
    if not people:
        return selected, people
    tstarts = c.starts
    loc_starts = {s.start for s in selected if s.type == "LOC"}
    keep: list[Span] = []
    moved: list[Span] = []
    for p in people:
        i = bisect.bisect_left(tstarts, p.start)
        j = bisect.bisect_left(tstarts, p.end)
        if (
            0 < i < j < c.n
            and tstarts[i] == p.start
            and toks[j - 1].end == p.end
            and j - i >= 2
            and any(ch.isdigit() for ch in toks[i - 1].text)
            and not _YEAR.fullmatch(toks[i - 1].text)
            and view[toks[i - 1].end : p.start] == " "
            and view[p.end : toks[j].start] in (", ", " (", " - ")
            and (toks[j].start in loc_starts or c.level_at(j) is not None)
        ):
            moved.append(Span(p.start, p.end, "LOC", view[p.start : p.end], 3))
            continue
        if (
            0 < i < j < c.n
            and tstarts[i] == p.start
            and toks[j - 1].end == p.end
            and j - i >= 2
            and (toks[i - 1].low in _RESIDE or (i >= 2 and c.low(i - 2, i) in _RESIDE_AT))
            and view[toks[i - 1].end : p.start] == " "
            and view[p.end : toks[j].start] == ", "
            and c.level_at(j) is not None
            and c.low(j, c.level_at(j) or j) in _STREET_LEVELS
        ):
            # "ngụ Đỗ Văn Đẩu, quận 1": where one lives, a street of that district, not a person
            moved.append(Span(p.start, p.end, "LOC", view[p.start : p.end], 3))
            continue
        if j - i >= 2 and tstarts[i] == p.start and _crossing_street(c, p, loc_starts):
            moved.append(Span(p.start, p.end, "LOC", view[p.start : p.end], 3))
            continue
        keep.append(p)
    if not moved:
        return selected, people
    return sorted(selected + moved, key=lambda s: s.start), keep


_RESIDE = _lows("ngụ", "trú")
_RESIDE_AT = _lows("ngụ tại", "trú tại", "ngụ ở", "trú ở")
_STREET_LEVELS = _lows("quận", "phường", "q", "p", "q.", "p.")
_CROSSING = ("giao lộ ", "ngã tư ", "ngã ba ", "ngã năm ", "ngã sáu ", "giao lộ giữa ")
_CROSSING_DASH = (" - ", " – ")


def _crossing_street(c: _Ctx, p: Span, loc_starts: set[int]) -> bool:
    """A name at a crossing of two streets is a street ("giao lộ Lê Lai – Nguyễn Thị Nghĩa")."""
    view, toks = c.view, c.toks
    i = bisect.bisect_left(c.starts, p.start)
    if view[max(0, p.start - 20) : p.start].endswith(_CROSSING) and view[p.end : p.end + 3] in _CROSSING_DASH:
        j = bisect.bisect_left(c.starts, p.end + 3)
        return p.end + 3 in loc_starts or (
            j < c.n and toks[j].cap and not _title_at(c, j)
        )  # the first of two
    if i == 0 or view[toks[i - 1].end : p.start] not in _CROSSING_DASH:
        return False
    k = i - 1  # the second: back over the first street's capitalised words to the crossing word
    while k > 0 and i - k <= 4 and toks[k].cap and view[toks[k - 1].end : toks[k].start] == " ":
        k -= 1
        if view[max(0, toks[k + 1].start - 20) : toks[k + 1].start].endswith(_CROSSING):
            return True
    return False


# Acronyms of organisation or place types (a school, hospital, club, city ... named after a person), not titles.
# Acronyms after "Theo" that name no organisation: the trial panel, the unnamed investigators.
_NOT_SOURCES = frozenset({"HĐXX", "CQĐT", "CQCSĐT"})
_ORG_ACRONYM_LEADS = (
    "ĐH",
    "CĐ",
    "TH",
    "BV",
    "CLB",
    "HTX",
    "CT",
    "UB",
    "NH",
    "TT",
    "XN",
    "NM",
    "DN",
    "LĐ",
    "TP",
    "TX",
)
# Acronyms of bodies usually named after a person ("Hiệu trưởng THCS Chu Văn An", "BV Lê Văn Thịnh").
_SCHOOL_ACRONYM_LEADS = ("TH", "PT", "ĐH", "CĐ", "BV", "CLB", "TT", "HV")
_COMMON_SURNAMES = _lows("nguyễn", "trần", "lê", "phạm", "huỳnh", "phan", "võ", "đặng", "bùi", "đỗ", "ngô")
_LIST_GAPS = frozenset({", ", " và ", " , "})


def _list_members(c: _Ctx, people: list[Span], claimed: Sequence[bool]) -> list[Span]:
    """Names listed after a titled name ("cầu thủ Bật Hiếu, Hải Lâm", "các ông A, B và C")."""
    toks, n, view = c.toks, c.n, c.view
    tstarts = c.starts
    taken = {p.start for p in people}
    out: list[Span] = []
    for p in people:
        foreign = p.prio == 6 and all(
            toks[x].text.isascii()
            for x in range(bisect.bisect_left(tstarts, p.start), bisect.bisect_left(tstarts, p.end))
        )
        a0 = bisect.bisect_left(tstarts, p.start)
        # "gồm: Trần Phước Lộc, Phan Văn Tú, Nguyễn Hoàn Nam và Thanh Sang": full names listed by
        # family name end with a shorter name after "và" once two of them stand in a row
        vi_full = (
            p.prio == 6 and toks[a0].low in c.g.surnames and bisect.bisect_left(tstarts, p.end) - a0 >= 3
        )
        if p.prio != 5 and not foreign and not vi_full:
            continue  # only a name introduced by a title or an honorific starts such a list
        passed = 0
        k = bisect.bisect_left(tstarts, p.end)
        while k < n:
            gap = view[toks[k - 1].end : toks[k].start]
            if (
                toks[k].low == "và"
                and gap in (" ", ", ")
                and k + 1 < n
                and view[toks[k].end : toks[k + 1].start] == " "
            ):
                k += 1  # "A, B và C": "và" is a token of its own
                gap = " và "
            if gap not in _LIST_GAPS or claimed[k] or toks[k].low in _NAME_STOP or _title_at(c, k):
                break
            if toks[k].start in taken:
                nxt = next((q for q in people if q.start == toks[k].start), None)
                if nxt is None:
                    break
                k = bisect.bisect_left(tstarts, nxt.end)
                passed += 1
                continue
            if vi_full and not (p.prio == 5 or foreign) and (passed < 1 or gap != " và "):
                break  # only the last member after "và" ("Trần Phú, Nguyễn Gia Thiều, Đông Đô": schools)
            j = _person_run(c, k, 4, claimed)
            lone = (
                j - k == 1
                and p.prio == 5  # not after an untitled run: "Louis Vuitton, Prada và Chanel" are brands
                and view[p.start : p.end].isascii()
                and a0 > 0
                and not toks[a0 - 1].cap  # "Liverpool John Moores, Northumbria": a list of universities
                and _foreign_word(toks[k].text)
                and _non_vi_word(toks[k].text)
            )  # "hậu vệ Masushima, Yoshihiro và Kakeguchi": one foreign word after a foreign titled name
            if (
                (j - k < 2 and not lone)
                or toks[k].low in _HONORIFIC
                or any(x in c.gaz_at or c.head_at(x) for x in range(k, j))
            ):
                break
            if j < n and view[toks[j - 1].end : toks[j].start] == " " and toks[j].cap:
                break
            if foreign and not (
                all(toks[x].text.isascii() for x in range(k, j)) and _non_vi_word(toks[j - 1].text)
            ):
                break  # "John Coltrane, Miles Davis ... và Judy Collins": foreign names list foreign names
            if foreign and toks[j - 1].text == view[p.start : p.end].split()[-1]:
                break  # "Nanyang Polytechnic, Ngee Ann Polytechnic": a series of organisations
            out.append(Span(toks[k].start, toks[j - 1].end, "PER", view[toks[k].start : toks[j - 1].end], 6))
            taken.add(toks[k].start)
            k = j
    return out


_COUNTRY_PAREN = re.compile(r" \(([^()\n]{2,24})\)")
_PAREN_LIST_GAP = re.compile(r"(?:, và |, | và |; )")


def _country_paren_end(c: _Ctx, j: int) -> int | None:
    """Token index after "(Nga)" when a country in parentheses follows token j-1, else None."""
    toks, view = c.toks, c.view
    m = _COUNTRY_PAREN.match(view, toks[j - 1].end)
    if m is None or j >= c.n or toks[j].start != m.start(1):
        return None
    gz = c.gaz_at.get(j)
    if gz is None or gz[1].kind != "country" or toks[gz[0] - 1].end != m.end(1):
        return None
    return gz[0]


def _paren_item_end(c: _Ctx, k: int, claimed: Sequence[bool]) -> int | None:
    """End of one to three capitalised foreign words from token k, none a place, organ or thing word."""
    toks, view, n = c.toks, c.view, c.n
    b = k
    while (
        b < n
        and b - k < 3
        and toks[b].cap
        and not claimed[b]
        and toks[b].text.isascii()
        and (b == k or view[toks[b - 1].end : toks[b].start] in (" ", "-"))
    ):
        b += 1
    if b == k or not _non_vi_word(toks[b - 1].text):
        return None
    if any(
        x in c.gaz_at or c.head_at(x) is not None or toks[x].low in _NOT_PERSON_WORDS for x in range(k, b)
    ):
        return None
    return b


def _country_paren_list(c: _Ctx, people: list[Span], claimed: Sequence[bool]) -> list[Span]:
    """ "Henin-Hardenne (Bỉ), Petrova (Nga) và Mauresmo (Pháp)": after a person with her country in
    parentheses, the next list members shaped the same way (a foreign name, then a country) are persons."""
    toks, view, n = c.toks, c.view, c.n
    taken = {p.start for p in people}
    out: list[Span] = []
    ends = [bisect.bisect_left(c.starts, p.end) for p in people]

    def add(k: int, b: int) -> None:
        a, e = toks[k].start, toks[b - 1].end
        out.append(Span(a, e, "PER", view[a:e], 6))
        taken.add(a)

    for k in range(1, n):
        # "tay vợt Davenport (Mỹ), Petrova (Nga)": a role noun before the first member
        if toks[k].cap and not claimed[k] and toks[k].start not in taken and _person_noun_before(c, k):
            b = _paren_item_end(c, k, claimed)
            if b is not None and _country_paren_end(c, b) is not None:
                add(k, b)
                ends.append(b)
    for j in ends:
        if j == 0 or j >= n:
            continue
        while True:
            e = _country_paren_end(c, j)
            if e is None or e >= n:
                break
            m = _PAREN_LIST_GAP.match(view, view.index(")", toks[e - 1].end) + 1)
            if m is None:
                break
            k = bisect.bisect_left(c.starts, m.end())
            if k >= n or toks[k].start != m.end() or toks[k].low == "và":
                break
            b = _paren_item_end(c, k, claimed)
            if b is None or _country_paren_end(c, b) is None:
                break
            if toks[k].start not in taken:
                add(k, b)
            j = b
    return out


# An acronym (or a foreign name and its acronym) in brackets right after an organ's name written with
# lower-case words: "Văn phòng Đại diện thương mại Mỹ (USTR)", "Tổ chức người khuyết tật quốc tế
# (Handicap International - HI)". The brackets vouch for the whole name before them.
_DEF_AFTER = re.compile(r" \((?:([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,5}) - )?([A-ZĐ][A-ZĐ&]{1,7})\)")
_DEF_HEADS = _lows(
    "văn phòng",
    "ủy ban",
    "tổ chức",
    "cơ quan",
    "hội đồng",
    "hiệp hội",
    "liên đoàn",
    "quỹ",
    "quĩ",
    "trung tâm",
    "viện",
    "cục",
    "tổng cục",
    "bộ",
    "ban",
    "liên minh",
    "hội",
    "học viện",
    "ngân hàng",
    "tập đoàn",
    "công ty",
)
_DEF_MAX = 10


def _defined_names(c: _Ctx, selected: list[Span]) -> list[Span]:
    """Organisations whose full name is vouched for by the acronym defined in brackets after it."""
    view, toks, n = c.view, c.toks, c.n
    if " (" not in view:
        return selected
    add: list[Span] = []
    for i in range(n):
        t = toks[i]
        if not t.cap or t.low not in _HEADS_FIRST:
            continue
        h = c.head_at(i)
        if h is None or h[1] not in _DEF_HEADS:
            continue
        k = h[0]
        if (k < n and c.low(k - 1, k + 1) in c.g.words2) or (i > 0 and c.low(i - 1, i + 1) in c.g.words2):
            continue  # "Hội chợ Thương mại", "Bộ luật Dân sự (BLDS)": the head is part of a common word
        lower = 0
        while k < n and k - h[0] < _DEF_MAX:
            gap = view[toks[k - 1].end : toks[k].start]
            if gap == " (":
                break
            if gap != " " or toks[k].text[0].isdigit():
                k = -1
                break
            if not toks[k].cap:
                if (
                    toks[k].low in _ORG_STOP
                    and toks[k].low != "người"
                    and c.low(k - 1, k + 1) not in c.g.words2  # "tài nguyên", "Hàng không": a word's end
                ) or (
                    k + 1 < n and c.low(k, k + 2) in _ORG_STOP2
                ):  # but "Tổ chức người khuyết tật quốc tế (HI)"
                    k = -1
                    break
                lower += 1
            k += 1
        if k <= h[0] or k >= n or lower == 0:
            continue  # nothing in lower case: the ordinary name rules already took it
        m = _DEF_AFTER.match(view, toks[k - 1].end)
        if m is None:
            continue
        a, b = t.start, toks[k - 1].end
        if any(s.start < b and a < s.end and (s.start < a or s.end > b) for s in selected):
            continue  # crosses a span already found
        if any(s.type == "ORG" and s.start == a and s.end == b for s in selected):
            continue
        add.append(Span(a, b, "ORG", view[a:b], 2, head=h[1], sent=t.sent))
        if m.group(1) is not None and not any(s.start < m.end(1) and m.start(1) < s.end for s in selected):
            add.append(Span(m.start(1), m.end(1), "ORG", m.group(1), 2))  # "Handicap International"
    if not add:
        return selected
    spans = [(s.start, s.end) for s in add]
    kept = [
        s for s in selected if not (s.type == "ORG" and any(a <= s.start and s.end <= b for a, b in spans))
    ]
    return sorted(kept + add, key=lambda s: s.start)


# "(SAGRI)", "(Novico)", and after the foreign name: "(Hanoi International School - HIS)"
_ACRONYM_DEF = re.compile(
    r" ?\((?:[A-Z][A-Za-z&.' ]{2,80} [-–] )?([A-ZĐ][A-ZĐ0-9&-]{1,9}|[A-Z][A-Za-z0-9]{2,14})\)"
)


def _acronyms(c: _Ctx, selected: list[Span], blocked: list[bool]) -> list[Span]:
    """An acronym defined after an organisation ("... Sài Gòn (SAGRI)") names it everywhere."""
    view = c.view
    defs: dict[str, str] = {}
    words_alone: set[str] | None = None  # the text's words (not after "."), read once when first needed
    for s in selected:
        if s.type == "ORG" and not s.bare:
            m = _ACRONYM_DEF.match(view, s.end)
            if m is not None and (not any(ch.islower() for ch in m.group(1)) or _foreign_word(m.group(1))):
                # "(SAGRI)", "(Novico)": a short name defined after the full one
                defs.setdefault(m.group(1), view[s.start : s.end])
        if s.type == "ORG" and not s.bare and view[s.start : s.end].isascii():
            words = view[s.start : s.end].split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in words):
                # "General Motors" ... "GM": a foreign company's initials name it too
                ini = "".join(w[0] for w in words)
                if words_alone is None:
                    # one scan for all names (a search per name read the whole text each time)
                    words_alone = set(_WORD_RUN.findall(view))
                if ini in words_alone:  # as re.search(rf"(?<![\w.]){ini}(?!\w)", view)
                    defs.setdefault(ini, view[s.start : s.end])
    if not defs:
        return selected
    taken = sorted((s.start, s.end) for s in selected)
    starts = c.starts
    extra: list[Span] = []
    for acr, name in defs.items():
        for m in re.finditer(re.escape(acr), view):
            a, b = m.span()
            if (a > 0 and view[a - 1].isalnum()) or (b < len(view) and view[b].isalnum()):
                continue
            k = bisect.bisect_left(taken, (a, a))
            if (k > 0 and taken[k - 1][1] > a) or (k < len(taken) and taken[k][0] < b):
                continue
            ti = bisect.bisect_left(starts, a)
            if ti < len(blocked) and blocked[ti]:
                continue
            extra.append(Span(a, b, "ORG", name, 2))
    return sorted(selected + extra, key=lambda s: s.start)


# Heads of bodies whose proper name is later used alone ("Công ty TNHH Phương Đông" ... "Phương Đông").
_SHORT_HEADS = _lows(
    "công ty", "tổng công ty", "tập đoàn", "ngân hàng", "xí nghiệp", "liên doanh", "ctcp", "cty", "hãng"
)
_LEGAL = frozenset({"tnhh", "cp", "mtv", "jsc", "cổ phần", "một thành viên", "liên doanh"})


def _short_names(c: _Ctx, selected: list[Span], blocked: list[bool]) -> list[Span]:
    """Short forms of companies named in full earlier: the capitalised tail of the full name."""
    toks, view = c.toks, c.view
    starts = c.starts
    forms: dict[str, str] = {}
    for s in selected:
        if s.type != "ORG" or s.bare or s.head not in _SHORT_HEADS:
            continue
        a = bisect.bisect_left(starts, s.start)
        b = bisect.bisect_left(starts, s.end)
        k = b
        lo = a + len(s.head.split())  # "Hãng BMW": the capitalised head is not part of the short form
        while k > lo and (toks[k - 1].cap or toks[k - 1].text[0].isdigit()) and toks[k - 1].low not in _LEGAL:
            k -= 1
        if k >= b or k <= a + len(s.head.split()) - 1 or toks[k].text[0].isdigit():
            continue
        gz = c.gaz_at.get(k)
        if gz is not None and gz[0] == b and gz[1].type == "LOC":
            continue  # "Công ty ... Hà Nội": the tail is a place
        if b - k == 1 and not (len(toks[k].text) >= 6 or (toks[k].upper and len(toks[k].text) >= 3)):
            continue  # "Phân", "Gia": one short syllable is no name of its own
        forms.setdefault(view[toks[k].start : toks[b - 1].end], view[s.start : s.end])
    if not forms:
        return selected
    orgs = sorted((s.start, s.end) for s in selected if s.type in ("ORG", "LOC"))
    extra: list[Span] = []
    for form, name in forms.items():
        for m in re.finditer(re.escape(form), view):
            a, b = m.span()
            if (a > 0 and view[a - 1].isalnum()) or (b < len(view) and view[b].isalnum()):
                continue
            k = bisect.bisect_right(orgs, (a, len(view)))
            if k > 0 and orgs[k - 1][1] > a:
                continue  # inside the full name or another body
            if k < len(orgs) and orgs[k][0] < b:
                continue
            ti = bisect.bisect_left(starts, a)
            if ti < len(blocked) and blocked[ti]:
                continue
            if (
                view[b : b + 1] == " "
                and view[b + 1 : b + 2].isupper()
                and view[b + 2 : b + 3].islower()
                and _low(form.split(" ")[0]) in c.g.surnames
            ):
                continue  # "luật sư Nghiêm Quang Vinh" of "công ty luật TNHH Nghiêm Quang": his name, not its
            extra.append(Span(a, b, "ORG", name, 2))
    return sorted(selected + extra, key=lambda s: s.start)


def _any_blocked(blocked: list[bool], c: _Ctx, s: Span) -> bool:
    toks = c.toks
    k = bisect.bisect_left(c.starts, s.start)
    while k < len(toks) and toks[k].start < s.end:
        if blocked[k]:
            return True
        k += 1
    return False


# An occupation and its field before a name ("diễn viên điện ảnh Yến Vy", "cô giáo mầm non Hà Thị Phương"):
# the closed fields that the positions step reads the same way.
_FIELDED_OCCUPATIONS = frozenset(
    _low(f"{head} {field}")
    for head in ("cô giáo", "thầy giáo", "thày giáo", "giáo viên")
    for field in ("mầm non", "mẫu giáo", "tiểu học", "trung học")
) | frozenset(
    _low(f"diễn viên {field}")
    for field in ("điện ảnh", "kịch", "kịch nói", "sân khấu", "hài", "múa", "xiếc", "lồng tiếng")
)
_SPACE_GAP = frozenset({" "})


def _title_before(c: _Ctx, i: int, claimed: Sequence[bool], selected: list[Span]) -> bool:
    """A title ("Bí thư", "Bộ trưởng") ends right before token i, maybe followed by an organ."""
    toks, g = c.toks, c.g
    k = i
    # skip back over one ORG/LOC span ending right before i ("Bí thư Tỉnh ủy | Lâm Văn Mẫn")
    if k > 0 and claimed[k - 1]:
        if c.view[toks[k - 1].end : toks[k].start] != " ":
            return False  # "đội chủ nhà Barcelona. Bị dẫn bàn": a new sentence
        b = k - 1
        while b > 0 and claimed[b - 1] and c.view[toks[b - 1].end : toks[b].start] in (" ", ". ", "."):
            b -= 1
        k = b
        # skip a level word between title and place ("Chủ tịch UBND tỉnh")
    elif k > 0 and c.view[toks[k - 1].end : toks[k].start] == " ":
        for b in range(k - 1, max(-1, k - 4), -1):
            h = c.head_at(b)
            if h is not None and h[0] == k and b > 0 and c.view[toks[b - 1].end : toks[b].start] == " ":
                k = b  # "Chủ tịch CLB | Nguyễn Đức Kiên": a bare organ head between title and name
                break
    gk = c.gaz_at.get(k)
    if (
        k > 1
        and toks[k - 1].low not in _title_edges()[1]
        and claimed[k]
        and gk is not None
        and gk[0] == i
        and gk[1].kind == "country"
        and not toks[i].upper
    ):
        for b in range(k - 1, max(0, k - 4), -1):
            if (
                (
                    _domain_at(c, b) == k
                    or (k - b == 2 and c.low(b, k) in g.words2 and c.joined_ok(b, k, _NAME_GAPS))
                )
                and toks[b].cap
                and c.view[toks[b - 1].end : toks[b].start] == " "
            ):
                k = b  # "Bộ trưởng An ninh Indonesia | Wiranto": the title's field, then the country
                break
    if any(
        k - ln >= 0 and c.low(k - ln, k) in _FIELDED_OCCUPATIONS and c.joined_ok(k - ln, k + 1, _SPACE_GAP)
        for ln in (3, 4)
    ):
        return True  # "diễn viên điện ảnh | Yến Vy", "cô giáo mầm non | Hà Thị Phương"
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


_NOT_CREDIT = _lows("tư liệu", "minh họa", "minh hoạ", "internet", "chụp màn hình", "cắt từ clip", "nguồn")
_CREDIT_TAIL = re.compile(r"\s*\((?:tổng hợp|Tổng hợp|t\s*/\s*h|TH|[Tt]heo .*)\)\s*$")


# Function words no author's name holds: a capitals line with one is a heading (not "như", "từ", "lại",
# "và": "Như Tâm", "Từ Hải", "Lại Văn Sâm", "Và Pà Cô" are names).
_BYLINE_NOT = _lows(
    "không", "được", "của", "là", "có", "những", "các", "cho", "với", "này", "đã", "sẽ", "khi", "thì", "mà",
    "để", "tại", "trong", "ở", "bị", "về", "ra", "vào", "đến", "một"
)  # fmt: skip


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
        if len(words) == 1 and re.fullmatch(r"[A-ZĐ]\.[A-ZĐ][^\W\d_]+", words[0]):
            k = bisect.bisect_left(c.starts, ls)
            if k + 1 < len(toks) and not claimed[k] and not claimed[k + 1]:
                add(k, k + 2, 7)  # "V.Xuân": an initial and a given name
            continue
        credit = re.fullmatch(r"Ảnh ((?:[A-ZĐÀ-Ỹ][^\W\d_]* ){1,3}[A-ZĐÀ-Ỹ][^\W\d_]*) ?/ ?[^/]+", stripped)
        parts = [p.split() for p in stripped.split(" - ")]
        if credit or (
            len(parts) == 2
            and all(2 <= len(p) <= 3 and all(w[:1].isupper() and w.isalpha() for w in p) for p in parts)
        ):
            # "Ảnh Đào Ngọc Thạch / Thanh Niên." (a credit line without a colon); "Linh Chi - Công Dũng" (two authors)
            spans = [(ls + 4, len(credit.group(1).split()))] if credit else []
            if not credit:
                spans = [(ls, len(parts[0])), (ls + stripped.index(" - ") + 3, len(parts[1]))]
            for start, nw in spans:
                k = bisect.bisect_left(c.starts, start)
                if k + nw <= len(toks) and not any(claimed[x] or x in c.gaz_at for x in range(k, k + nw)):
                    add(k, k + nw, 7)
            continue
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
            continue
        if words[0].lower() in ("theo", "nguồn"):
            continue  # "Theo Tiền Phong": the medium the article is taken from
        if any(canonical_chars(w).lower() in _BYLINE_NOT for w in words):
            continue  # "KHÔNG CHỤP ĐƯỢC ẢNH": a heading in capitals, not an author line
        if any(w[1:] != w[1:].lower() for w in words) and not all(w.isupper() for w in words):
            continue  # "Palm GPS Navigator", "MapQuest PND": a product heading, not an author line
        k = bisect.bisect_left(c.starts, ls)
        if k >= len(toks) or claimed[k]:
            continue
        add(k, k + len(words), 7)


# Nouns that introduce a named organisation or product, never a person's first name ("phóng viên Báo
# Người Lao Động", "nhà xuất bản Tuổi Hồng", "xe Lexus").
_ORG_NOUNS = _lows(
    "báo",
    "tạp chí",
    "hãng",
    "hãng xe",
    "xe",
    "tập đoàn",
    "công ty",
    "ngân hàng",
    "nhà xuất bản",
    "nxb",
    "thương hiệu",
    "nhãn hiệu",
    "dòng xe",
    "tờ",
    "đài",
    "kênh",
    "nhãn hàng",
    "mẫu xe",
    "tàu",
)
_NUMBER_WORDS = _lows("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mấy")


_BRAND_END = re.compile(r"(?:bank|group|corp|land|mart|tel|soft|com|net|tech|air|express|home|pharma|petro)$")
# Faiths, sects and peoples written like a foreign name ("các phe phái người Sunni, Shiite và Kurd").
_GROUP_WORDS = frozenset({"sunni", "shiite", "shia", "kurd", "latin", "hindu", "sikh", "alawite", "druze"})
# Peoples of Vietnam named by one word after "người" ("người Việt", "người Hoa", "người Chăm").
_PEOPLES = frozenset(
    {"việt", "hoa", "kinh", "chăm", "khmer", "tày", "nùng", "mường", "mông", "h'mông", "hmông"}
)
_NOT_PERSON_NAMES = _lows("thảo cầm viên", "miss", "mister")
_BRAND_WORDS = frozenset(
    """air airlines airways group bank corp inc ltd motors electronics times post news journal pictures
    studios awards award international grand universe cup league club fc united hotel resort center centre
    company corporation holdings capital tech technologies systems software media entertainment network
    channel records express foundation institute university college academy school hospital mall plaza
    tower mobile online shop store""".split()
)


def _brand_like(c: _Ctx, i: int, j: int) -> bool:
    """Person-shaped spans that are brands: one ASCII word ending like a company ("Oceanbank",
    "Vietcombank"), written in camel case ("PetroVietnam"), or a run of foreign words holding an
    organisation word ("Korean Air", "Miss Grand")."""
    toks = c.toks
    words = [toks[k] for k in range(i, j)]
    if c.low(i, j) in _NOT_PERSON_NAMES or words[0].low in _NOT_PERSON_NAMES:
        return True
    if len(words) == 1:
        w = words[0].text
        return (
            w.isascii()
            and len(w) > 5
            and (_BRAND_END.search(w.lower()) is not None or w[1:] != w[1:].lower())
        )
    return all(w.text.isascii() for w in words) and any(w.low in _BRAND_WORDS for w in words[1:])


_SEX_WORDS = _lows("nữ", "nam")
_FOREIGN_HONORIFIC = _lows(
    "justice", "judge", "sir", "dame", "lord", "lady", "dr", "mr", "mrs", "ms", "madame"
)
_HOUSE_NO_TOKEN = re.compile(r"\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)*")


def _whole_place(c: _Ctx, i: int, j: int) -> bool:
    """Tokens i..j are exactly one province, city or country of the gazetteer."""
    gz = c.gaz_at.get(i)
    return gz is not None and gz[0] == j and gz[1].kind in ("province", "city", "country")


def _house_number_before(c: _Ctx, i: int, lead: bool = False) -> bool:
    """A house number right before token i, itself after a colon, a comma, a line start or "Số" (with
    ``lead``, any word: the caller has checked it)."""
    toks, view = c.toks, c.view
    if (
        i == 0
        or view[toks[i - 1].end : toks[i].start] != " "
        or not _HOUSE_NO_TOKEN.fullmatch(toks[i - 1].text)
    ):
        return False
    if i == 1 or lead:
        return True
    gap = view[toks[i - 2].end : toks[i - 1].start]
    if toks[i - 2].low == "số" and toks[i - 2].text != "Số" and gap == " ":
        # "Hải Phòng: số 10 Trần Phú": a lower-case "số" opening an address after a colon; not after a
        # comma ("số 1 Andy Roddick, số 5 Tommy Haas": seeds, ranks)
        return i == 2 or any(ch in view[toks[i - 3].end : toks[i - 2].start] for ch in ":\n(")
    return any(ch in gap for ch in ":,;\n(") or toks[i - 2].text == "Số" or toks[i - 2].low == "nhà"


_JUNCTIONS = _lows(
    "nút giao", "nút giao thông", "ngã ba", "ngã tư", "ngã năm", "ngã sáu", "giao lộ", "vòng xoay"
)
_JUNCTION_MAX = max(len(w.split()) for w in _JUNCTIONS)


def _junction_street(c: _Ctx, i: int, end: int) -> bool:
    """A person-shaped name at token i that is one arm of a crossing: after a junction word
    ("ngã tư Nguyễn Văn Cừ", "nút giao thông Nguyễn Văn Quá - quốc lộ 1A") or joined by a dash
    to a numbered road ("Nguyễn Văn Quá - quốc lộ 1A")."""
    toks, view = c.toks, c.view
    if i > 0 and view[toks[i - 1].end : toks[i].start] == " ":
        for ln in range(1, _JUNCTION_MAX + 1):
            if i - ln >= 0 and c.low(i - ln, i) in _JUNCTIONS and c.joined_ok(i - ln, i, _NAME_GAPS):
                return True
    k = bisect.bisect_left(c.starts, end)
    if k < c.n and k > 0 and view[toks[k - 1].end : toks[k].start] in (" - ", " – "):
        for ln in (2, 1):
            if c.low(k, k + ln) in _ROAD_NUM and k + ln < c.n and toks[k + ln].text[:1].isdigit():
                return True
    return False


def _house_streets(c: _Ctx, people: list[Span]) -> tuple[list[Span], list[Span]]:
    """Person-shaped names right after a house number in an address are streets ("Hà Nội: 96 Lò Đúc",
    "TP HCM: 20 Lê Quý Đôn", "Số 4 Trần Phú"): (people left, the streets as LOC)."""
    keep: list[Span] = []
    streets: list[Span] = []
    toks, view = c.toks, c.view
    for p in people:
        i = bisect.bisect_left(c.starts, p.start)
        if (
            0 < i < c.n
            and toks[i - 1].cap
            and toks[i - 1].low in _HONORIFIC
            and view[toks[i - 1].end : toks[i].start] == " "
            and view[p.end : p.end + 1] in (",", ")")  # the address goes on: "..., Hà Nội"
            and (
                _house_number_before(c, i - 1)
                or (i >= 3 and toks[i - 3].low in ("số", "nhà") and _house_number_before(c, i - 1, lead=True))
            )
        ):
            # "số 62 Bà Triệu", "12 Ông Ích Khiêm": a capitalised honorific opens the street's name
            streets.append(Span(toks[i - 1].start, p.end, "LOC", view[toks[i - 1].start : p.end], 3))
            continue
        if (
            i < c.n
            and c.starts[i] == p.start
            and (
                (
                    _house_number_before(c, i)
                    # "(11 Lê Lợi)": a house number opening a bracket, the street closing it
                    and (
                        i < 2
                        or "(" not in c.view[c.toks[i - 2].end : c.toks[i - 1].start]
                        or c.view[p.end : p.end + 1] in (")", ",")
                    )
                )
                or _junction_street(c, i, p.end)
            )
        ):
            streets.append(Span(p.start, p.end, "LOC", c.view[p.start : p.end], 3))
        else:
            keep.append(p)
    return keep, streets


def _not_persons(c: _Ctx, people: list[Span], selected: list[Span]) -> list[Span]:
    """Drop person spans that are organisation words, organisation or product names, or numbers."""
    if not people:
        return people
    toks, view, g = c.toks, c.view, c.g
    tstarts = c.starts
    # names the article gives to organisations and products
    org_names: set[str] = set()
    for s in selected:
        if s.type == "ORG":
            org_names.add(view[s.start : s.end])
            parts = view[s.start : s.end].split()
            for k in range(1, len(parts)):
                org_names.add(" ".join(parts[k:]))
    for k in range(1, c.n):
        if not toks[k].cap:  # tested first: most tokens are lower case
            continue
        for ln in (1, 2):
            a = k - ln
            if (
                a >= 0
                and c.low(a, k) in _ORG_NOUNS
                and c.joined_ok(a, k + 1, _NAME_GAPS)
                # "nhà báo Đức Liên", "thông báo": the noun is part of a word
                and not (a > 0 and f"{toks[a - 1].low} {toks[a].low}" in g.words2)
            ):
                e = k + 1
                while e < c.n and e - k < 3 and toks[e].cap and view[toks[e - 1].end : toks[e].start] == " ":
                    e += 1
                for x in range(k + 1, e + 1):
                    org_names.add(view[toks[k].start : toks[x - 1].end])
    out: list[Span] = []
    for p in people:
        i = bisect.bisect_left(tstarts, p.start)
        if i >= c.n:
            out.append(p)
            continue
        j = bisect.bisect_left(tstarts, p.end)
        surf = view[p.start : p.end]
        first = toks[i]
        if (
            first.low in _ORG_NOUNS
            and first.low not in g.surnames
            and not (i > 0 and toks[i - 1].low in _PERSON_HONORIFIC)
            and (j - i == 1 or c.low(i, i + 2) in _ORG_NOUNS)
        ):
            continue  # "phóng viên Báo", "Báo Tuổi Trẻ"
        if j - i == 1 and first.low in _NUMBER_WORDS and j < c.n and toks[j].low in _COUNTERS:
            continue  # "Hai người bị thương"
        if (
            j - i == 1
            and len(first.text) == 1
            and j < c.n
            and toks[j].cap
            and view[first.end : toks[j].start] in _APOSTROPHES
        ):
            continue  # "người K'Ho", "huyện K'Bang": a letter cut from a people's or a place's name
        if first.low not in g.surnames and surf in org_names and j - i <= 2:
            continue  # "Giám đốc Enron" when the article names "tập đoàn Enron"
        if _brand_like(c, i, j):
            continue  # "Tổng giám đốc Oceanbank", "Chủ tịch Korean Air", "Hoa hậu Miss Grand"
        if j < c.n and toks[j].low == "giáo" and view[toks[j - 1].end : toks[j].start] == " ":
            continue  # "người Hồi giáo", "Thiên Chúa giáo": a religion
        if j - i == 1 and first.low in _GROUP_WORDS:
            continue  # "người Sunni, Shiite và Kurd", "hai ca sĩ Latin này": a faith or a people
        if j - i == 1 and i > 0 and toks[i - 1].low == "người" and first.low in _PEOPLES:
            continue  # "20.000 người Việt sinh sống ở Ba Lan", "người Hoa": a people
        if view[p.start : p.end] in _CENTRAL_ABBR:
            continue  # "Chủ tịch T.Ư Hội Nông dân": the Central Committee, no person
        if j - i >= 3 and any(toks[k].low in _VN_BRAND_PLACES for k in range(i + 1, j - 1)):
            continue  # "nhóm Keep Hanoi Clean": an English name with the city's in it, not a person
        if (
            j - i >= 3
            and i > 0
            and toks[i - 1].low == "người"
            and first.low in _PEOPLES
            and toks[i + 1].low in g.surnames
            and view[first.end : toks[i + 1].start] == " "
        ):
            # "anh công nhân người Việt | Nguyễn Đức Trường": the people, then the person's full name
            p = Span(toks[i + 1].start, p.end, p.type, view[toks[i + 1].start : p.end], p.prio)
        if i > 0 and toks[i - 1].low in _SEX_WORDS and _whole_place(c, i, j):
            continue  # "vượt qua nữ Hà Nội": a team of a province or country, not a person
        if j - i >= 2 and first.low in _FOREIGN_HONORIFIC and toks[i + 1].cap and first.text[0].isupper():
            p = Span(toks[i + 1].start, p.end, p.type, view[toks[i + 1].start : p.end], p.prio)
            # "Thẩm phán Justice Ehrcke", "Sir Alex Ferguson": an English honorific is no part of the name

        out.append(p)
    return out


_CENTRAL_ABBR = frozenset({"T.Ư", "T.Ư.", "TƯ", "T.W", "TW"})
_LANGUAGE_BEFORE = _lows("tiếng", "nước", "quốc tịch")


def _partials(c: _Ctx, people: list[Span], claimed: Sequence[bool]) -> list[Span]:
    toks, view = c.toks, c.view
    forms: set[str] = set()
    dotted: set[str] = set()
    for p in people:
        parts = view[p.start : p.end].rstrip(".").split()
        if len(parts) >= 2 and not parts[-1].endswith("."):
            forms.add(parts[-1])
            if view[p.end - 1 : p.end] == ".":
                dotted.add(parts[-1])
            if len(parts) >= 3:
                forms.add(" ".join(parts[-2:]))
    # "Katie Holmes ... Katie giành giải": a known Western given name alone, when one person bears it
    given_of: dict[str, set[str]] = {}
    two_part: set[str] = set()
    for p in people:
        parts = view[p.start : p.end].split()
        if 2 <= len(parts) <= 3 and all(w.isascii() and w.isalpha() for w in parts):
            given_of.setdefault(parts[0], set()).add(parts[-1])
            if len(parts) == 2:
                two_part.add(parts[0])
    forms |= {g for g, fams in given_of.items() if g.lower() in _WESTERN_GIVEN and len(fams) == 1}
    # "Wirapol Sukphol ... Wirapol bị cáo buộc": a foreign given name of two syllables or more alone, when
    # one person bears it (a Thai is called by the given name); not a place or a body's name
    givens = {
        g
        for g, fams in given_of.items()
        if len(fams) == 1 and len(g) >= 5 and _non_vi_word(g) and all(_non_vi_word(f) for f in fams)
    }
    givens &= two_part
    givens = {g for g in givens if g not in forms}
    forms |= givens
    if not forms:
        return people
    taken = sorted((p.start, p.end) for p in people)
    extra: list[Span] = []
    n = len(toks)
    firsts = {f.split()[0] for f in forms}
    longest = max(len(f) for f in forms)
    for i, t in enumerate(toks):
        if claimed[i] or not t.cap or t.text not in firsts:
            continue
        k = bisect.bisect_left(taken, (t.start, t.start))
        if (k > 0 and taken[k - 1][1] > t.start) or (k < len(taken) and taken[k][0] == t.start):
            continue
        if i > 0 and toks[i - 1].low in _LANGUAGE_BEFORE and view[toks[i - 1].end : t.start] == " ":
            continue  # "tiếng Anh", "nước Pháp": a language or a country, not "Anh" of Việt Anh
        if t.text in givens and i in c.gaz_at:
            continue  # "Paris Hilton ... tới Paris": the city
        # the whole capitalised run must be exactly one known form (two steps back tell)
        a = i
        while (
            a > max(0, i - 2)
            and toks[a - 1].cap
            and not claimed[a - 1]
            and view[toks[a - 1].end : toks[a].start] == " "
            and toks[a - 1].low not in _HONORIFIC
        ):
            a -= 1
        if a != i and not (toks[a].sent and a == i - 1 and toks[a].key in _NOT_NAME):
            continue
        if (
            i + 1 < n
            and not toks[i + 1].cap
            and view[t.end : toks[i + 1].start] == " "
            and f"{t.low} {toks[i + 1].low}" in c.g.words2
            and f"{t.low} {toks[i + 1].low}" in _AGENCIES
        ):
            continue  # "Hải quan, bộ đội Biên phòng": an agency, not "Hải" of Nguyễn Thanh Hải
        if (
            i + 1 < n
            and not toks[i + 1].cap
            and view[t.end : toks[i + 1].start] == " "
            and (f"{t.low} {toks[i + 1].low}" in _HONORIFIC or f"{t.low} {toks[i + 1].low}" in c.g.titles)
        ):
            continue  # "Trung uý Vũ Văn Trưởng": a rank or a title, not "Trung" of Nguyễn Khắc Trung
        b = i
        while (
            b < n
            and toks[b].cap
            and not claimed[b]
            and (b == i or view[toks[b - 1].end : toks[b].start] == " ")
            and (b == i or toks[b - 1].end - t.start <= longest)  # a run longer than every form is none
        ):
            b += 1
        surf = view[t.start : toks[b - 1].end]
        if surf in forms:
            end = toks[b - 1].end
            if surf in dotted and _abbr(c, b - 1):
                end += 1  # "H.V. V. ... V. đã áp sát": the initial keeps its dot
            extra.append(Span(t.start, end, "PER", view[t.start : end], 8))
    for f in sorted(dotted):
        if "." not in f:
            continue
        # "Nguyễn Thị M.A." ... "M.A. giận T.": a multi-initial form, one token per letter
        for m in re.finditer(r"(?<![\w.])" + re.escape(f) + r"\.", view):
            k = bisect.bisect_left(c.starts, m.start())
            if k >= n or toks[k].start != m.start() or claimed[k]:
                continue
            if k > 0 and toks[k - 1].cap and view[toks[k - 1].end : m.start()] == " ":
                continue  # part of the full name or of another capitalised run
            x = bisect.bisect_left(taken, (m.start(), m.start()))
            if (x > 0 and taken[x - 1][1] > m.start()) or (x < len(taken) and taken[x][0] < m.end()):
                continue
            extra.append(Span(m.start(), m.end(), "PER", m.group(), 8))
    return sorted(people + extra, key=lambda s: s.start)


_SEX_BEFORE = re.compile(
    r"(?:(?:^|[^\w])(ông|anh|chú|cụ ông|ngài|bà|chị|cô|cụ bà|nữ|Mr|Mrs|Ms)|(?:^|[.!?:\n\"] ?)(Ông|Anh|Chú|Bà|Chị|Cô))\.? $"
)  # a capitalised "Anh" mid-sentence is the country ("Thủ tướng Anh Theresa May")


def _sex_before(text: str, start: int) -> str:
    """ "m" / "f" from the honorific right before a name ("ông", "bà"), else ""."""
    m = _SEX_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return ""
    w = (m.group(1) or m.group(2)).lower()
    return "m" if w in ("ông", "anh", "chú", "cụ ông", "ngài", "mr") else "f"


# A woman's title (and its country) right before a name: "đệ nhất phu nhân Mỹ | Melania Trump".
_FEMALE_TITLE = re.compile(
    r"(?<!\w)(?i:phu nhân|hoa hậu|á hậu|hoàng hậu|nữ hoàng|công chúa)(?: [A-ZĐÀ-Ỹ][^\W\d_]*){0,2} $"
)


def _sex_fits(full: str, sex: str, sexes: dict[str, set[str]]) -> bool:
    """A mention with honorific sex `sex` may be the person `full` (not "bà Fastow" for "ông Andrew Fastow")."""
    other = {"m": "f", "f": "m"}.get(sex, "")
    return not other or other not in sexes.get(full, ()) or sex in sexes.get(full, ())


def _title_right_before(text: str, start: int) -> str:
    """The title (of the title lexicon) ending right before a name at ``start`` ("Tổng thống | Trump"),
    else ""."""
    words = text[max(0, start - 40) : start].split(" ")
    if len(words) < 2 or words[-1] != "":
        return ""
    words = words[:-1]
    titles = gazetteer().titles
    for k in (3, 2, 1):
        if len(words) >= k:
            t = _low(" ".join(words[-k:]))
            if t in titles:
                return t
    return ""


def _other_bearer(
    bare: str, full: str, start: int, sexes: dict[str, set[str]], titled: dict[str, set[str]]
) -> bool:
    """A bare family name without honorific names someone else than the one fuller form ending with it:
    the bare form is "ông" elsewhere and the fuller form only "bà" (or the reverse), or the fuller form
    is a woman's and the bare one carries a title she never has ("Tổng thống Trump", "Melania Trump")."""
    first = full.split()[0]
    if first.lower() in gazetteer().surnames or not _non_vi_word(bare.split()[-1]):
        return False  # Vietnamese names: "đại biểu Dung" is "bà Nguyễn Thị Kim Dung"
    sb, sf = sexes.get(bare, set()), sexes.get(full, set())
    if sb and sf and sb.isdisjoint(sf):
        return True
    return bool(sf == {"f"} and titled.get(bare) and not (titled[bare] & titled.get(full, set())))


def _group(spans: list[Span], text: str) -> list[Entity]:
    """Mentions grouped into entities; partial person names join the fullest form that ends with them."""
    ents: dict[tuple[str, str], Entity] = {}
    persons = [s for s in spans if s.type == "PER"]
    first: dict[str, int] = {}
    for s in persons:
        first.setdefault(text[s.start : s.end], s.start)
    # deterministic: the longest form first, then the one named first
    fulls = sorted(first, key=lambda x: (-len(x.split()), first[x]))
    # the sex an honorific gives each written form ("ông Andrew Fastow" ... "bà Fastow" is someone else)
    sexes: dict[str, set[str]] = {}
    titled: dict[str, set[str]] = {}  # the titles written right before each form ("Tổng thống Trump")
    for s in persons:
        sex = _sex_before(text, s.start) or (
            "f" if _FEMALE_TITLE.search(text, max(0, s.start - 40), s.start) else ""
        )
        if sex:
            sexes.setdefault(text[s.start : s.end], set()).add(sex)
        tt = _title_right_before(text, s.start)
        if tt:
            titled.setdefault(text[s.start : s.end], set()).add(tt)
    # Fuller forms by (number of words, folded last / first words), in the order of `fulls`: a lookup
    # instead of a scan of every form per mention (a text dense with names stays near-linear).
    by_tail: dict[tuple[int, str], list[str]] = {}
    by_head: dict[tuple[int, str], list[str]] = {}
    for f in fulls:
        fw = f.split()
        for k in range(1, len(fw)):
            by_tail.setdefault((k, fold(canonical_chars(" ".join(fw[-k:])))), []).append(f)
            by_head.setdefault((k, fold(canonical_chars(" ".join(fw[:k])))), []).append(f)
    g = gazetteer()
    # A bare organ head ("Bộ sẽ xử nghiêm ...") names the one organisation of the article written with
    # that head ("Bộ Tư pháp"); with none or several it stays as written.
    by_org_head: dict[str, dict[str, str]] = {}
    for s in spans:
        if s.type == "ORG" and not s.bare:
            full = s.name or text[s.start : s.end]
            words = fold(canonical_chars(text[s.start : s.end])).split()
            for k in range(1, min(3, len(words))):
                by_org_head.setdefault(" ".join(words[:k]), {})[fold(canonical_chars(full))] = full
    for s in spans:
        surface = text[s.start : s.end]
        if s.type == "ORG" and s.bare:
            names = by_org_head.get(fold(canonical_chars(surface)), {})
            if len(names) == 1:
                s = replace(s, name=next(iter(names.values())))
        if s.type == "PER":
            name = surface
            words = surface.split()
            fkey = fold(canonical_chars(surface))
            sex = _sex_before(text, s.start)

            tails = by_tail.get((len(words), fkey), [])
            if len(tails) > 1:
                # "Sơn" is Đinh Hải Sơn's, not Cầm Thị Bun Sọn's: a form written with the same marks first
                exact = fix_tone_placement(canonical_chars(surface))
                tails = sorted(
                    tails,
                    key=lambda f: (
                        fix_tone_placement(canonical_chars(" ".join(f.split()[-len(words) :]))) != exact
                    ),
                )
            for f in tails:
                if _sex_fits(f, sex, sexes) and not (
                    not sex and _other_bearer(surface, f, s.start, sexes, titled)
                ):
                    name = f
                    break
            else:
                # "Yingluck" -> "Yingluck Shinawatra", "Prayuth" -> "Prayuth Chan - ocha": foreign names are
                # shortened from the front; only to the one fuller name that starts so
                heads = [
                    f
                    for f in by_head.get((len(words), fkey), ())
                    if (f.split()[0].lower() not in g.surnames or _foreign_word(f.split()[0]))
                    and _sex_fits(f, sex, sexes)
                ]
                if len(heads) == 1 and not words[-1].endswith("."):
                    name = heads[0]
            key = ("PER", fold(canonical_chars(name.rstrip("."))))  # "N.H. K" is "N.H. K."
            ent = ents.get(key)
            if ent is not None and len(name) > len(ent.name):
                ent.name = canonical_chars(name)
        else:
            name = s.name if s.name else surface
            key = (s.type, fold(canonical_chars(name)))
        ent = ents.get(key)
        if ent is None:
            ent = ents[key] = Entity(type=s.type, name=canonical_chars(name), mentions=[])  # type: ignore[arg-type]
        ent.mentions.append(Mention(s.start, s.end, surface))
    out = list(ents.values())
    _split_nested(out)
    return out


def _split_nested(entities: list[Entity]) -> None:
    """Move each ORG/LOC mention lying inside a longer ORG/LOC mention of another entity into that
    entity's ``nested`` list (ANNOTATION.md: the flat view keeps ``nested == false`` only).

    Exact and near-linear: enclosing mentions are found by bisect among those starting at most the
    longest mention's length before, so a text dense with names stays bounded."""
    marks = sorted((m.start, m.end, i) for i, e in enumerate(entities) if e.type != "PER" for m in e.mentions)
    if not marks:
        return
    starts = [m[0] for m in marks]
    longest = max(e - s for s, e, _ in marks)
    for i, e in enumerate(entities):
        if e.type == "PER":
            continue
        flat: list[Mention] = []
        for m in e.mentions:
            k = bisect.bisect_right(starts, m.start) - 1
            inside = False
            while k >= 0 and starts[k] >= m.end - longest:
                s2, e2, j = marks[k]
                if j != i and m.end <= e2 and e2 - s2 > m.end - m.start and entities[j].name != e.name:
                    inside = True
                    break
                k -= 1
            (e.nested if inside else flat).append(m)
        e.mentions = flat


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
