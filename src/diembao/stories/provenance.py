"""Provenance: credit lines ("(TTXVN) -", "Theo VOV", "Nguồn: Báo Nhân Dân", "(Ảnh: X/TTXVN)") and
the origin of a story (the credited source when one is credited, else the earliest publisher).

Credits are matched on search keys (`diembao.text.search_key`), so "Theo Chinhphu.vn",
"THEO CHÍNH PHỦ" and "theo chinh phu" meet; the alias table maps each spelling to one outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from diembao.model import Story, StoryMember
from diembao.text import search_key

# outlet name -> spellings (search keys are derived; add spellings, not case/diacritic variants).
ALIASES: dict[str, tuple[str, ...]] = {
    "TTXVN": (
        "TTXVN",
        "Thông tấn xã Việt Nam",
        "TTXVN/Vietnam+",
        "VietnamPlus",
        "Vietnam+",
        "Báo ảnh Việt Nam",
        "Tin tức TTXVN",
        "Báo Tin tức",
        "Vnews",
    ),
    "VOV": ("VOV", "Đài Tiếng nói Việt Nam", "VOV.vn", "Tiếng nói Việt Nam"),
    "Báo Chính phủ": ("Chinhphu.vn", "Báo Chính phủ", "Cổng Thông tin điện tử Chính phủ", "Chính phủ", "VGP"),
    "Báo Nhân Dân": ("Nhân Dân", "Báo Nhân Dân", "NDO", "nhandan.vn"),
    "VTV": ("VTV", "Đài Truyền hình Việt Nam", "VTV.vn", "VTV News"),
    "Tuổi Trẻ": ("Tuổi Trẻ", "Báo Tuổi Trẻ", "TTO", "tuoitre.vn"),
    "Thanh Niên": ("Thanh Niên", "Báo Thanh Niên", "thanhnien.vn"),
    "VnExpress": ("VnExpress", "VNE", "vnexpress.net"),
    "Người Lao Động": ("Người Lao Động", "Báo Người Lao Động", "NLĐ", "nld.com.vn"),
    "Quân đội nhân dân": ("Quân đội nhân dân", "Báo Quân đội nhân dân", "QĐND", "qdnd.vn"),
    "Công an nhân dân": ("Công an nhân dân", "Báo Công an nhân dân", "CAND", "cand.com.vn"),
    "Tiền Phong": ("Tiền Phong", "Báo Tiền Phong", "tienphong.vn"),
    "Dân trí": ("Dân trí", "Báo Dân trí", "dantri.com.vn"),
    "VietNamNet": ("VietNamNet", "Vietnamnet.vn"),
    "Lao Động": ("Lao Động", "Báo Lao Động", "laodong.vn"),
    "Sài Gòn Giải Phóng": ("Sài Gòn Giải Phóng", "SGGP", "Báo Sài Gòn Giải Phóng", "sggp.org.vn"),
    "Hà Nội Mới": ("Hà Nội Mới", "Báo Hà Nội Mới", "HNM", "hanoimoi.vn"),
}


def _norm(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", search_key(s)))


_ALIAS_KEYS: dict[str, str] = {}
for _outlet, _names in ALIASES.items():
    for _name in (_outlet, *_names):
        _ALIAS_KEYS[_norm(_name)] = _outlet


def outlet_for(name: str | None) -> str | None:
    """The outlet a credited name stands for (alias table), the cleaned name when unknown, or None."""
    if not name:
        return None
    key = _norm(name)
    if not key:
        return None
    if key in _ALIAS_KEYS:
        return _ALIAS_KEYS[key]
    # "Báo X" / "báo điện tử X" credited as a paper we do not list: keep its own name.
    stripped = re.sub(r"^(bao dien tu|bao|tap chi|dai|cong thong tin dien tu)\s+", "", key)
    if stripped in _ALIAS_KEYS:
        return _ALIAS_KEYS[stripped]
    return " ".join(name.split()).strip(" .,;:-–()")


@dataclass(frozen=True)
class Credit:
    """One credit found in a text: kind (lead, tail, source, photo), the raw name and its outlet."""

    kind: str
    name: str
    outlet: str | None


# Patterns run on search keys (lowercase ASCII, same length as canonical text so spans map back).
_NAME = r"([a-z0-9][a-z0-9 .+/&-]{0,60}?)"
# "(TTXVN) - ...", with an optional dateline before it: "Hà Nội (TTXVN) - ..."
_LEAD = re.compile(
    r"^\s*(?:[a-z0-9 .]{0,25}?)\(\s*([a-z0-9][a-z0-9.+/&-]*(?: [a-z0-9.+/&-]+){0,3})\s*\)\s*[-–—:]"
)
_TAIL_THEO = re.compile(rf"^\s*\(?\s*(?:theo|nguon)\s*:?\s+{_NAME}\s*\)?\s*\.?\s*$")  # "Theo VOV"
_INLINE_SRC = re.compile(rf"\(\s*(?:theo|nguon)\s*:?\s+{_NAME}\s*\)\s*\.?\s*$")  # "... (Theo Tuổi Trẻ)"
_PHOTO = re.compile(r"\(\s*anh\s*:\s*[^()]{0,60}?/\s*([a-z0-9][a-z0-9 .+&-]{0,40}?)\s*\)")  # "(Ảnh: X/TTXVN)"


def _span_text(original: str, key: str, m: re.Match[str]) -> str:
    # search_key is length-preserving on canonical text: map the group back for display.
    start, end = m.span(1)
    return original[start:end].strip() if len(original) == len(key) else m.group(1).strip()


def parse_credits(paragraphs: Sequence[str]) -> list[Credit]:
    """Credits in an article's paragraphs, in reading order."""
    from diembao.text import canonical

    out: list[Credit] = []
    n = len(paragraphs)
    for i, para in enumerate(paragraphs):
        original = canonical(para)
        key = search_key(original)
        if i <= 1:
            m = _LEAD.match(key)
            if m:
                name = _span_text(original, key, m)
                out.append(Credit("lead", name, outlet_for(name)))
        if i >= n - 3:
            m = _TAIL_THEO.match(key)
            if m and len(key) < 80:
                name = _span_text(original, key, m)
                out.append(Credit("tail", name, outlet_for(name)))
            else:
                m2 = _INLINE_SRC.search(key)
                if m2:
                    name = _span_text(original, key, m2)
                    out.append(Credit("source", name, outlet_for(name)))
        for m3 in _PHOTO.finditer(key):
            name = _span_text(original, key, m3)
            out.append(Credit("photo", name, outlet_for(name)))
    return out


def credited_source(paragraphs: Sequence[str], agency: str | None = None) -> str | None:
    """The outlet an article credits as its source (text credit first, else the agency field)."""
    credits = parse_credits(paragraphs)
    for kind in ("lead", "tail", "source"):
        for c in credits:
            if c.kind == kind and c.outlet:
                return c.outlet
    if agency:
        return outlet_for(agency)
    # A photo credit alone says where the picture came from, not the text.
    return None


def origin_of(members: Sequence[StoryMember]) -> tuple[StoryMember, str | None]:
    """The member standing for the origin, and the origin outlet.

    The origin outlet is the source most members credit (ties: the earliest credit), else the
    earliest publisher. The origin member is that outlet's earliest copy when the store has one,
    else the earliest member. `members` must be in canonical order (earliest first).
    """
    if not members:
        raise ValueError("a story has at least one member")
    votes: dict[str, int] = {}
    for m in members:
        if m.credited_source:
            votes[m.credited_source] = votes.get(m.credited_source, 0) + 1
    if votes:
        top = max(votes.values())
        # members are in canonical order, so the first credit reaching `top` is the earliest one
        outlet = next(
            m.credited_source for m in members if m.credited_source and votes[m.credited_source] == top
        )
        own = [m for m in members if m.outlet and outlet_for(m.outlet) == outlet]
        return (own[0] if own else members[0]), outlet
    return members[0], members[0].outlet


def build_story(story_id: str, members: Sequence[StoryMember], titles: dict[str, str]) -> Story:
    """A Story record from its members (canonical order) and their titles."""
    origin, outlet = origin_of(members)
    return Story(
        id=story_id,
        origin_article_id=origin.article_id,
        origin_outlet=outlet,
        title=titles.get(origin.article_id, ""),
        members=list(members),
    )
