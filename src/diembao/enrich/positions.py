"""Officials' positions: (person, title, org_or_place, qualifier) stated in the text.

Follows /work/shared/ANNOTATION.md: a title before a name ("Tổng Bí thư Nguyễn Phú Trọng") or in
apposition after it ("ông Lâm Văn Mẫn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sóc Trăng");
territorial organs keep the organ in the title and give the place ("Bí thư Tỉnh ủy", "Sóc Trăng");
uniquely named bodies give the role and the body ("Bộ trưởng", "Bộ Tư pháp"); "Phó X" is title X
with qualifier "phó", "nguyên"/"cựu" give "nguyên", "quyền" gives "quyền".
"""

from __future__ import annotations

import heapq
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from diembao.enrich.entities import Span, extract_entities, find_spans
from diembao.enrich.gazetteer import gazetteer, low_key, other_iy_spelling, token_key
from diembao.model import Entity, Position
from diembao.text import fold

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
    "tổng cục phó": "Tổng cục trưởng",
    "phó chi cục": "Chi cục trưởng",
    "đội phó": "Đội trưởng",
    "trạm phó": "Trạm trưởng",
    "tổ phó": "Tổ trưởng",
    "trưởng phòng phó": "Trưởng phòng",
    "xưởng phó": "Quản đốc",
    "hiệu phó": "Hiệu trưởng",
    "chỉ huy phó": "Chỉ huy trưởng",
    "hạt phó": "Hạt trưởng",
    "đồn phó": "Đồn trưởng",
    "xã đội phó": "Xã đội trưởng",
    "hlv phó": "HLV",
    "huấn luyện viên phó": "Huấn luyện viên",
    "chi cục phó": "Chi cục trưởng",
    "nhóm phó": "Nhóm trưởng",
    "liên đoàn phó": "Liên đoàn trưởng",
    "phó tiểu ban": "Trưởng tiểu ban",
}
# Abbreviated titles written in capitals ("nguyên TGĐ Oceanbank", "PGĐ Sở", "LS Trần Vũ Hải") give
# the title in full words, as a deputy's title gives the head's ("Phó Chủ tịch" -> "Chủ tịch" + phó):
# one spelling per role, so positions can be searched and counted whatever shorthand the paper used.
# Organ abbreviations inside a title stay as written ("Chủ tịch UBND tỉnh").
_ABBR_TITLES = {
    "tgđ": ("Tổng Giám đốc", ""),
    "gđ": ("Giám đốc", ""),
    "pgđ": ("Giám đốc", "phó"),
    "ptgđ": ("Tổng Giám đốc", "phó"),
    "pct": ("Chủ tịch", "phó"),
    "ct": ("Chủ tịch", ""),  # "CT UBND tỉnh" (only before a council, see _parse_title)
}
# Abbreviated occupations and roles of titles.tsv, in full words ("ĐB Lê Văn A (Thanh Hóa)": a deputy
# of the National Assembly, "ĐBQH" names the assembly too).
_ABBR_OCCUPATIONS = {
    "ls": "Luật sư",
    "bs": "Bác sĩ",
    "đb": "Đại biểu",
    "đbqh": "Đại biểu",
    "đktqt": "Đại kiện tướng",
    "ds": "Dược sĩ",
    "hv": "Học viên",
    "cn": "Công nhân",
    "ntk": "Nhà thiết kế",
    "kts": "Kiến trúc sư",
    "tt": "Tổng thống",  # "TT Putin" (a headline's shorthand)
}
# Titles recognised by the positions step only, not by entity recognition (which reads titles.tsv to
# end or open names: "đại diện" and "chỉ huy" are common verbs there): "ông X, đại diện Bộ Y tế",
# "Đại diện UBND tỉnh, ông X", "chỉ huy Hạm đội Phương Bắc", "huyện uỷ viên". Low keys -> kind.
_POSITION_TITLES = {
    "đại diện": "role",
    "chỉ huy": "role",
    "đồng chỉ huy": "role",
    "lãnh đạo": "role",
    "thủ lĩnh": "role",
    "thủ lĩnh tối cao": "role",
    "cô giáo": "occupation",
    "thầy giáo": "occupation",
    "thày giáo": "occupation",  # the older spelling of "thầy"
    "người giúp việc": "occupation",
    "người phụ trách": "role",
    "phụ trách": "role",
    "nhà lãnh đạo": "role",
    "quan chức": "role",
    "chủ nhiệm chính trị": "role",
    # "anh Trần Văn Sơn (dân phòng phường Bình Trị Đông)": a ward's civil-defence guard
    "dân phòng": "occupation",
    # "Trinh sát Võ Minh Trung quật ngã tên Tài", "bỏ mặc phụ lái Nguyễn Thái Bình": a police scout (also
    # a verb, "trinh sát địa bàn", so not for entity recognition) and a train's or lorry's second driver
    "trinh sát": "occupation",
    "phụ lái": "occupation",
    "tỉnh ủy viên": "standalone",
    "thành ủy viên": "standalone",
    "huyện ủy viên": "standalone",
    "quận ủy viên": "standalone",
    "thị ủy viên": "standalone",
    "đảng ủy viên": "standalone",
}
# Verb uses of a positions-only title that are no office: "đại diện cho", "chỉ huy lực lượng".
_BARE_VERB_TITLES = frozenset(
    {"đại diện", "chỉ huy", "đồng chỉ huy", "lãnh đạo", "nhà lãnh đạo", "quan chức"}
)
# The body of a verb-like title that the scan did not mark: a capitalised unit ("chỉ huy | Hạm đội Phương
# Bắc", "chỉ huy | Nhóm Giao chiến hải quân 13 | của ..."), up to a comma, a dash or a linking word.
_UNMARKED_UNIT = re.compile(
    r" ((?:Hạm đội|Nhóm|Lực lượng|Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn|Quân đoàn|Quân khu|Bộ tư lệnh|Binh đoàn"
    r"|Phi đội|Đội|Ban|Tổ|Đoàn|Phái đoàn|Bộ chỉ huy|Trung tâm)(?: [A-ZĐÀ-Ỹ0-9][^\W_]*)(?: [^\W_]+){0,4}?)"
    r"(?=\s*(?:[,;.)]|\s[-–]\s|$)|\s(?:của|tại|ở|thuộc|cho|đã|nói|nhấn|phát|khẳng|là)\s)"
)
# A bare verb-like title's lower-case body in apposition: the police ("đồng chỉ huy cảnh sát", "chỉ huy
# cảnh sát khu vực": part of the title, as a field) or the organisers ("đại diện | ban tổ chức": the body).
_VERB_TITLE_FIELD = re.compile(
    r" (cảnh sát(?: (?:khu vực|địa phương|quốc gia|thành phố|bang|liên bang))?)(?=\s*[,;.)]|\s[-–]\s)"
)
_VERB_TITLE_BODY = re.compile(r" (ban tổ chức|BTC)(?=\s*[,;.)]|\s[-–]\s)")


# The unit a "phụ trách" (in charge) heads, right after it: "phụ trách Tổ nghiệp vụ", "phụ trách chương trình".
_IN_CHARGE_OF = re.compile(
    r" (?i:tổ|phòng|ban|bộ phận|chương trình|dự án|trung tâm|đội|khoa|nhóm|sở|cục|chi nhánh|văn phòng|trạm"
    r"|xưởng|phân xưởng)(?!\w)"
)
# "Lãnh đạo vùng | Catalonia": a region's level word, then its name.
_REGION_LEVEL = re.compile(r" (?:vùng(?: tự trị)?|bang|tiểu bang|tỉnh|khu vực|xứ) ")
_CAP_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")


def _region_name(text: str, pos: int, limit: int, spans: list[Span]) -> tuple[str, int] | None:
    """The place named at ``pos``: a LOC span, or capitalised words no span covers ("Catalonia")."""
    at = _span_at(spans, pos - 1, limit)
    if at is not None:
        return (text[at.start : at.end], at.end) if at.type == "LOC" else None
    m = _CAP_WORDS.match(text, pos, limit)
    if m is None:
        return None
    words = m.group().split()
    n = next((i for i, w in enumerate(words) if not w[0].isupper()), len(words))
    if n == 0 or any(q.start < pos + len(" ".join(words[:n])) and pos < q.end for q in spans):
        return None
    name = " ".join(words[:n])
    return name, pos + len(name)


# The word right before a title (no punctuation between), and the words after which a verb-like title
# is still an office ("là đại diện", "cựu chỉ huy").
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")  # (not across a line break: a headline's last word)
_OFFICE_LEAD = frozenset(
    {"là", "làm", "và", "với", "theo", "của", "một", "vị", "tân", "nguyên", "cựu", "phó"}
)


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """titles.tsv with the positions-only titles: low key -> kind."""
    return {**{low_key(k): v for k, v in _POSITION_TITLES.items()}, **gazetteer().titles}


_NAMED_HEADS = frozenset(
    {"chi nhánh", "công ty", "tổng công ty", "ngân hàng", "tập đoàn", "bệnh viện", "trường"}
)
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
    "vks nhân dân",
    "sở",
    "tòa án nhân dân",
    "viện kiểm sát nhân dân",
    "đảng ủy",
    "ubmttq",
    "mttq",
    "ủy ban mttq",
    "phòng",
    "ban",
    "chi cục",
    "cục thuế",
)


# "nước chủ nhà", "đội chủ nhà": the host country or team, not a landlord.
# "cố" words that are no "late": "cố vấn" (adviser), "cố định", "cố ý", "cố tình", "cố gắng".
_LATE_NOT = frozenset({"cố vấn", "cố định", "cố ý", "cố tình", "cố gắng", "cố thủ", "cố đô", "cố hương"})
_HOST_SIDE = re.compile(r"(?i:nước|đội|đoàn|phía|bên|quốc gia|đất|tuyển|clb|thành phố|sân)\s+$")
# "thành viên (thứ năm) của gia đình/triều đại X": a member of a family (kinship is no position).
_FAMILY = re.compile(
    r"(?:\s+thứ\s+[^\W\d_]+)?\s+(?:của\s+)?(?:gia đình|dòng họ|dòng tộc|gia tộc|triều đại|hoàng gia|hoàng tộc)\b"
)


# A deputy written after its title ("phát ngôn viên phó, ...", "... phó của Tổng thống").
_DEPUTY_AFTER = re.compile(r" phó(?=\s*[,;.)]|\s+của\s)")


def _parse_title(
    text: str, pos: int, spans: list[Span], limit: int, lower_ok: bool = False
) -> tuple[str, str, str, int] | None:
    """A title phrase starting at `pos` (before `limit`): (title, org_or_place, qualifier, end)."""
    g = gazetteer()
    titles = _titles()
    # a title is a few words: tokenise only a short window (qualifiers + the longest title)
    toks = [
        (m.start(), m.end(), m.group())
        for m in itertools.islice(_TOKEN.finditer(text, pos, min(limit, pos + 80)), g.title_max + 3)
    ]
    if not toks:
        return None
    k = 0
    quals: list[str] = []
    lows = [low_key(t[2]) for t in toks]
    while k < len(toks) - 1 and toks[k][2] == "tân":
        k += 1  # "được bổ nhiệm làm tân Giám đốc Sở": "new", no qualifier
    while (
        k < len(toks)
        and (
            lows[k] in ("nguyên", "cựu", "quyền", "phó")
            # "cố Tổng thống Kadyrov": the late holder, a former one ("cố vấn" is a title of its own)
            # ("cố thủ" is to hold out, but "cố thủ tướng Singapore Lý Quang Diệu" is the late premier)
            or (
                lows[k] == "cố"
                and k + 1 < len(toks)
                and (f"cố {lows[k + 1]}" not in _LATE_NOT or lows[k + 1 : k + 3] == ["thủ", "tướng"])
            )
        )
        and " ".join(lows[k : k + 2]) not in _DEPUTY_SUFFIX  # "Phó ban", "phó phòng"
        and (
            " ".join(lows[k : k + 3]) not in _DEPUTY_SUFFIX or lows[k + 3 : k + 4] == ["trưởng"]
        )  # "Phó chi cục"
    ):
        if lows[k] in ("nguyên", "cựu", "cố"):
            quals.append("nguyên")
        elif lows[k] == "quyền":
            quals.append("quyền")
        else:
            quals.append("phó")
        k += 1
    best: tuple[int, str] | None = None
    for ln in range(min(g.title_max, len(toks) - k), 0, -1):
        key = " ".join(lows[k : k + ln])
        if key in titles:
            best = (k + ln, key)
            break
        if key in _DEPUTY_SUFFIX or (
            ln == 1
            and key in _ABBR_TITLES
            and toks[k][2].isupper()
            and (key != "ct" or lows[k + 1 : k + 2] in (["ubnd"], ["hđnd"], ["hđqt"], ["hđtv"]))
        ):
            best = (k + ln, key)
            break
    deputy_rest = ""
    if best is not None and best[1] in _DEPUTY_SUFFIX and best[0] == k + 2 and lows[k] == "phó":
        # "Phó Ban chỉ đạo Quốc gia ...": the deputy of a longer title ("Trưởng Ban chỉ đạo")
        head = low_key(_DEPUTY_SUFFIX[best[1]])
        for ln in range(min(g.title_max, len(toks) - k), 2, -1):
            if f"{head} {' '.join(lows[k + 2 : k + ln])}" in titles and (
                k + ln == len(toks) or toks[k + ln][2][0].isupper()  # then the body's name or the end
            ):
                # a board named by its task keeps the role only ("Trưởng ban"), as "Trưởng Ban X" does
                deputy_rest = "" if head == "trưởng ban" else text[toks[k + 1][1] : toks[k + ln - 1][1]]
                best = (k + ln, best[1])
                break
    implicit = False
    if best is None and quals and quals[-1] == "phó" and lows[k : k + 2] == ["công", "an"]:
        # "Phó công an xã Phước Hậu": the deputy head of a police unit, title "Trưởng Công an xã"
        implicit = True
        best = (k, "trưởng")
    if best is None or titles.get(best[1]) == "honour":
        return None  # "Nhà giáo Nhân dân Trần Thanh Đạm": a state honour, no position
    if best[1] == "chủ nhà" and _HOST_SIDE.search(text, max(0, toks[k][0] - 20), toks[k][0]):
        return None  # "người đứng đầu nước chủ nhà, Thủ tướng Berlusconi", "đội chủ nhà": the host side
    if best[1] == "thành viên" and _FAMILY.match(text, toks[best[0] - 1][1]):
        return None  # "thành viên thứ năm của triều đại Barrymore": kinship, not a membership
    if (
        not lower_ok
        and not any(toks[x][2][0].isupper() for x in range(k + 1))
        and titles.get(best[1]) != "occupation"
        and " " not in best[1]  # "hiệu trưởng Hoàng Thiện", "thẩm phán Hiếu": a multi-word title
        and best[1] not in _DEPUTY_SUFFIX
        # lower-case titles are common words, except these few written lower case in apposition
        and best[1] not in ("chủ tịch", "giám đốc", "bí thư", "tổng giám đốc", "phó", "trưởng phòng")
    ):
        return None
    end_k, key = best
    title = g.title_forms.get(key, text[toks[k][0] : toks[end_k - 1][1]])
    if key in _DEPUTY_SUFFIX:
        title = _DEPUTY_SUFFIX[key] + deputy_rest
        quals.append("phó")
    elif key in _ABBR_TITLES and key not in titles:
        title, dep = _ABBR_TITLES[key]
        if dep:
            quals.append(dep)
    if key == "phó":
        return None
    if key in _STANDALONE_ORG:
        title = _STANDALONE_ORG[key]
    end = toks[end_k - 1][1]
    if implicit:
        title = "Trưởng"
    # title as written (keep the article's capitalisation of the role words)
    elif key not in _DEPUTY_SUFFIX and key not in _STANDALONE_ORG and key not in _ABBR_TITLES:
        title = _ABBR_OCCUPATIONS.get(key) or text[toks[k][0] : end]
        if "phó" in quals and title.lower().startswith("phó "):
            title = title[4:]
    org_or_place = ""
    kind = titles.get(key, "role")
    title_start = toks[k][0]
    inner = _span_inside(spans, title_start, end, limit)
    if (
        inner is not None
        and kind != "standalone"
        and not _local_organ(text, inner)
        and (
            not inner.head
            or (
                inner.head not in _TERR
                # "Giám đốc | Chi nhánh Cấp nước Nhà Bè": a named branch, not an organ of the place
                and (_trailing_place(spans, inner) is None or inner.head in _NAMED_HEADS)
            )
            or _unique_board(text, inner, spans)
        )
    ):
        # a uniquely named body ("Trưởng ban | Ban Đối ngoại Trung ương"): role + body
        org_or_place = inner.name
        end = inner.end
        before_body = [
            ln
            for ln in range(1, end_k - k)
            if toks[k + ln - 1][1] < inner.start and " ".join(lows[k : k + ln]) in titles
        ]
        if inner.head in _NAMED_HEADS and before_body:
            # "Giám đốc | Chi nhánh Cấp nước Nhà Bè": the title before the body's head word
            title = text[toks[k][0] : toks[k + before_body[-1] - 1][1]]
        for ln in range(1, end_k - k) if not (inner.head in _NAMED_HEADS and before_body) else ():
            # "Trưởng Ban quản lý | Ban quản lý dự án ...": the shortest title reaching into the body
            if toks[k + ln - 1][1] > inner.start and " ".join(lows[k : k + ln]) in titles:
                title = _deputy_form(text[toks[k][0] : toks[k + ln - 1][1]], key)
                if "phó" in quals and title.lower().startswith("phó "):
                    title = title[4:]
                break
    elif inner is not None and kind != "standalone":
        # "Trưởng phòng | Cảnh sát điều tra Công an Hà Tây": the organ word is fused with the title
        place = _trailing_place(spans, inner)
        if place is not None:
            title = _deputy_form(_organ_text(text[title_start : place.start]), key)
            org_or_place = text[place.start : place.end]
            unit = _UNIT_HEAD.search(title) or _parent_organ(title, key)
            if unit is not None:
                # "Trưởng Ban Đào tạo | Hiệp hội Bất động sản Việt Nam": the parent body with its place
                title, org_or_place = title[: unit.start()], f"{title[unit.start() + 1 :]} {org_or_place}"
        else:
            title = _deputy_form(text[title_start : inner.end], key)
            unit = _UNIT_HEAD.search(title) or _parent_organ(title, key)
            if unit is not None:
                # "Trưởng phòng Kinh doanh | Công ty Vinamilk": a department of a company or a hospital
                title, org_or_place = title[: unit.start()], title[unit.start() + 1 :]
        if "phó" in quals and title.lower().startswith("phó "):
            title = title[4:]
        end = inner.end
        tail = (
            _dept_tail(text, end, limit, spans, after_name=True)
            if key in _DEPT_TITLES and not org_or_place and place is None and not _is_level_only(title)
            else None
        )
        if tail is not None:
            title, end = f"{title} {text[end + 1 : tail]}", tail  # "Trưởng phòng Giáo dục chuyên nghiệp"
            if text.startswith(" thuộc ", end) and (parent := _span_at(spans, end + 6, limit)) is not None:
                # "Trưởng phòng Quản lý tài nguyên nước và khoáng sản | thuộc Sở Tài nguyên môi trường TP
                # HCM": the department's parent body
                org_or_place, end = parent.name, parent.end
        elif (
            key in _DEPT_TITLES
            and not org_or_place
            and place is None
            and (cap := _CAP_DEPT.match(text, end, limit)) is not None
            and (parent := _span_at(spans, cap.end(1), limit)) is not None
            and parent.type == "ORG"
            and not any(q.start < cap.end(1) and cap.start(1) < q.end for q in spans)
        ):
            # "Trưởng phòng Giáo dục | Trung học | Sở GD-ĐT Hà Nội": the department's name runs on in
            # capitals to its parent body (as "trưởng phòng giáo dục tiểu học | Sở GD-ĐT TP. HCM")
            title, org_or_place, end = f"{title} {cap.group(1)}", parent.name, parent.end
        elif (
            key in _DEPT_TITLES
            and not org_or_place
            and place is None
            and (fields := _cap_fields_end(text, end, limit, spans)) is not None
        ):
            # "Trưởng phòng Kinh tế | Kế hoạch | PMU18": the department's name runs on in known fields
            title, end = f"{title} {text[end + 1 : fields]}", fields

    elif kind == "standalone":
        loc = _span_at(spans, end, limit)
        if loc is not None and loc.type == "LOC":
            org_or_place, end = loc.name, loc.end  # "Quốc vương Campuchia", "Thủ tướng Nhật Bản"
    else:
        org = _span_at(spans, end, limit)
        if org is not None and org.type == "PER" and _YOUTH_UNIT.match(text, end, limit):
            org = None  # "bí thư | Đoàn phường Tràng Tiền": the Youth Union, not a person named Đoàn
        if org is None and (standing := _STANDING.match(text, end, limit)) is not None:
            org = _span_at(spans, standing.end(), limit)  # "Thứ trưởng Thường trực | Bộ Ngoại giao"
            if org is not None and org.type != "ORG":
                org = None
        if org is None:
            # "Tổng biên tập báo Tuổi Trẻ", "Chủ tịch hãng Miramax": a class word before the name
            cls = _CLASS_WORD.match(text, end, limit)
            org = _span_at(spans, cls.end() - 1, limit) if cls is not None else None
            if org is not None and org.type != "ORG":
                org = None
        tail = _occ_tail(text, end, limit, spans) if org is None and kind == "occupation" else None
        fielded = False
        if org is None and tail is None and key not in _MINISTER:
            # "Giám đốc tiếp thị | của Rambus", "Trưởng phòng kế hoạch | PMU 18": the role's field (a
            # minister's portfolio names the ministry instead: "bộ trưởng tài chính" is of Bộ Tài chính)
            tail = _field_tail(text, end, limit)
            fielded = tail is not None
        if tail is not None:
            # "nhân viên bảo vệ Lê Văn Cường", "cán bộ địa chính xã ...": the job's lower-case complement
            title, end = f"{title} {text[end + 1 : tail]}", tail
            org = _span_at(spans, end, limit)
            if org is not None and org.type != "ORG":
                org = None
        if org is not None:
            surface = text[org.start : org.end]
            head = org.head
            place = _territorial_place(text, org, spans, kind != "occupation") if org.type == "ORG" else None
            if (
                place is None
                and org.type == "ORG"
                and not _is_level_only(surface)
                and head not in _TERR
                and head not in _TERR_NO_PLACE
                and _repeats_unit(title, surface)
            ):
                # "Cục trưởng | Cục Hợp tác xã": the title already names the unit it heads, the body is
                # uniquely named (a territorial organ keeps it: "Viện trưởng Viện KSND tỉnh" + the place)
                org_or_place = org.name
            elif place is not None:
                organ = _organ_text(text[org.start : place.start])
                title = f"{title} {organ}"
                org_or_place = text[place.start : place.end]
            elif (
                kind == "occupation"
                and org.type == "ORG"
                and not org.bare
                # "nhân viên | Hải quan tỉnh": an organ named by its level only joins the title (not
                # "Công ty Công viên cây xanh TP", a company)
                and not (_is_level_only(surface) and not low_key(surface).startswith(_FIELD_EMPLOYERS))
            ):
                org_or_place = org.name  # "công chức Chi cục Hải quan ...": a job at a named body
            elif (
                org.type == "ORG"
                and head in _TERR
                and org.bare
                # "Bí thư | Ban | cán sự đảng": a board whose name the scan cut is the body, not an organ
                and not (
                    head == "ban" and (w := _LOWER_WORD.match(text, org.end, limit)) and w.group(1).islower()
                )
            ) or (org.type == "ORG" and (_is_level_only(surface) or head in _TERR_NO_PLACE)):
                if key in _PLACE_OFFICES and _is_level_only(surface):
                    org_or_place = surface  # "công tố viên | quận": the office of the place itself
                else:
                    title = f"{title} {surface}"
            else:
                org_or_place = org.name if org.type != "PER" else ""
            end = org.end
        else:
            lv = _LEVEL_AFTER.match(text, end, limit)
            loc = _span_at(spans, lv.end() - 1, limit) if lv is not None else None
            dept = _DEPT_NAME.match(text, end, limit) if key in _DEPT_TITLES and not fielded else None
            if lv is not None and loc is not None and loc.type == "LOC":
                if key not in _PLACE_OFFICES:
                    title = f"{title} {lv.group(1)}"  # "chủ tịch xã Tân Nghĩa"
                # "thị trưởng thành phố Jackson": an office that is itself the place's, title as such
                org_or_place, end = text[loc.start : loc.end], loc.end
            elif (
                lv is not None
                and lv.end() == limit
                and lv.group(1) in _UNIT_LEVELS
                and key not in _PLACE_OFFICES
                and (holder := next((s for s in spans if s.type == "PER" and s.start == limit), None))
                is not None
                and not _unit_named(text, text[holder.start : holder.end])
            ):
                # "Chủ tịch xã Nguyễn Văn Được": the office of the unit the article is about, then the
                # holder's name (no place named)
                title, end = f"{title} {lv.group(1)}", lv.end() - 1
            elif (
                dept is not None
                and dept.group(1)[0].isupper()  # [A-ZĐÀ-Ỹ] also spans lower-case letters ("đã ký")
                and not any(q.start < dept.end(1) and dept.start(1) < q.end for q in spans)
            ):
                title, end = f"{title} {dept.group(1)}", dept.end(1)  # "Trưởng khoa Hồi sức, Bệnh viện X"
                title, end = _dash_dept(text, title, end, limit, spans)
            elif (
                key in _DEPT_TITLES
                and not fielded
                and (tail := _dept_tail(text, end, limit, spans)) is not None
            ):
                title, end = f"{title} {text[end + 1 : tail]}", tail  # "Trưởng phòng giáo dục tiểu học Sở X"
                loc = _span_at(spans, end + 6 if text.startswith(" thuộc ", end) else end, limit)
                if loc is not None and loc.type == "LOC":
                    # "Phó phòng cảnh sát giao thông | TP HCM | Võ Văn Vân": the place of the department
                    org_or_place, end = text[loc.start : loc.end], loc.end
                elif loc is not None:
                    # "Trưởng phòng tổ chức cán bộ | Sở Y tế Hà Nội": the department's parent body
                    org_or_place, end = loc.name, loc.end
            elif (
                key in _DEPT_TITLES and not fielded and (cap := _CAP_DEPT.match(text, end, limit)) is not None
            ):
                body = _span_at(spans, cap.end(1), limit)
                if (
                    body is not None
                    and body.type == "ORG"
                    and not any(q.start < cap.end(1) and cap.start(1) < q.end for q in spans)
                ):
                    # "trưởng ban Tuyên giáo | Tỉnh ủy Kon Tum": a department named before its parent
                    title, org_or_place, end = _with_parent(text, f"{title} {cap.group(1)}", body, spans)
            elif kind == "role" and (dept_of := _lower_dept(text, end, limit, spans)) is not None:
                # "Phó giám đốc Sở giao thông công chính | TP HCM": a department written in lower case that
                # the scan did not mark, then its place
                title = f"{title} {text[end + 1 : dept_of.start - 1]}"
                org_or_place, end = text[dept_of.start : dept_of.end], dept_of.end
            elif kind == "role" and (lower := _LOWER_ORGAN.match(text, end, limit)) is not None:
                # "Bí thư đảng ủy xã Huỳnh Văn Hiệp": an organ written in lower case, place implicit
                title, end = f"{title} {lower.group(1)}", lower.end(1)
                loc = _span_at(spans, end, limit)
                if loc is not None and loc.type == "LOC":
                    org_or_place, end = text[loc.start : loc.end], loc.end
    if (
        low_key(title) == "chi cục trưởng"
        and not org_or_place
        and (agency := _AGENCY_FIELD.match(text, end, limit)) is not None
        and agency.group(1)[0].isupper()
        and not any(q.start < agency.end(1) and agency.start(1) < q.end for q in spans)
    ):
        # "Chi cục trưởng Thủy lợi tỉnh | Thừa Thiên - Huế": a local agency named by its field and level,
        # a territorial organ (the title keeps it, the place follows)
        title, end = f"{title} {agency.group(1)} {agency.group(2)}", agency.end(2)
        loc = _span_at(spans, end, limit)
        if loc is not None and loc.type == "LOC":
            org_or_place, end = text[loc.start : loc.end], loc.end
    if key == "chủ nhiệm chính trị" and len(title) > len(key) + 1:
        # "phó chủ nhiệm chính trị | Bộ Tư lệnh TP", "Chủ nhiệm chính trị | Bộ chỉ huy bộ đội biên phòng
        # tỉnh Sóc Trăng": the body is no organ of the title (the political commissar's post is said alone)
        rest = title[len(key) + 1 :]
        title, org_or_place = title[: len(key)], f"{rest} {org_or_place}".strip()
    if key == "đbqh" and not org_or_place:
        org_or_place = "Quốc hội"
    if key in _MINISTER and not implicit:
        foreign = _foreign_portfolio(text, toks[end_k - 1][1], limit, spans)
        if foreign is not None:
            # "Bộ trưởng Ngoại giao Trung Quốc Lý Triều Tinh": a foreign official's title as written
            # minus the country, the country as the place
            title = f"{title} {text[toks[end_k - 1][1] + 1 : foreign.start].strip()}"
            org_or_place, end = foreign.name, foreign.end
    words = title.split()
    if len(words) > 2 and low_key(" ".join(words[-2:])) in ("phiên tòa", "phiên xử"):
        title = " ".join(words[:-2])  # "chủ tọa phiên tòa": the presiding judge, title "Chủ tọa"
    if key in _BARE_VERB_TITLES and not org_or_place and low_key(title) == key:
        if (unit := _UNMARKED_UNIT.match(text, end, limit)) is not None and not any(
            q.start < unit.end(1) and unit.start(1) < q.end and q.type == "PER" for q in spans
        ):
            org_or_place, end = unit.group(1), unit.end(1)  # "chỉ huy Hạm đội Phương Bắc"
        elif (
            key in ("lãnh đạo", "nhà lãnh đạo")
            and (region := _REGION_LEVEL.match(text, end, limit)) is not None
            and (where := _region_name(text, region.end(), limit, spans)) is not None
        ):
            org_or_place, end = where  # "Lãnh đạo vùng Catalonia": a region's leader, the region as place
        elif lower_ok and (field := _VERB_TITLE_FIELD.match(text, end, limit)) is not None:
            title, end = f"{title} {field.group(1)}", field.end(1)  # ", đồng chỉ huy cảnh sát,"
        elif lower_ok and (board := _VERB_TITLE_BODY.match(text, end, limit)) is not None:
            org_or_place, end = board.group(1), board.end(1)  # "- đại diện ban tổ chức -"
    # "do lãnh đạo Kim Jong-un chỉ đạo": a leader's title right before a name, not a verb (unless it
    # follows another name, its subject: "ông A đại diện ông B")
    named = (
        key in ("lãnh đạo", "nhà lãnh đạo", "chỉ huy", "đồng chỉ huy")
        and text[end : end + 1] == " "
        and any(q.type == "PER" and q.start == end + 1 for q in spans)
        and not any(q.type == "PER" and title_start - 2 <= q.end <= title_start for q in spans)
    )
    # "Bà Allison Cabral, Chỉ huy đồn cảnh sát San Jose, cho biết": capitalised right after a name and a
    # comma, the word is the person's office, not a verb
    appos = (
        text[title_start : title_start + 1].isupper()
        and text[title_start - 2 : title_start] == ", "
        and any(q.type == "PER" and q.end == title_start - 2 for q in spans)
    )
    if key in _BARE_VERB_TITLES and (
        (not org_or_place and low_key(title) == key and not named and not appos)
        or (
            not quals
            and not (named and not org_or_place)
            and (w := _WORD_BEFORE.search(text, max(0, title_start - 20), title_start)) is not None
            and low_key(w.group(1)) not in _OFFICE_LEAD
        )
    ):
        # "đại diện cho ...", "chỉ huy lực lượng": a verb, no office without its body; "ứng viên tổng
        # thống đại diện Đảng Dân chủ": a verb after a word, not an apposition
        return None
    if key == "phụ trách" and (
        not _IN_CHARGE_OF.match(text, toks[end_k - 1][1], limit)
        or (
            (w := _WORD_BEFORE.search(text, max(0, title_start - 20), title_start)) is not None
            and low_key(w.group(1)) not in _OFFICE_LEAD
        )
    ):
        # "bà X, phụ trách Tổ nghiệp vụ ...": the head of a unit; "phụ trách kiểm sát hình sự" is a duty,
        # "giao cho X phụ trách" a verb, "Phó giám đốc phụ trách Sở" the deputy's remit
        return None
    if (
        key == "trinh sát"
        and low_key(title) == key
        and not org_or_place
        and not (text[end : end + 1] == " " and any(q.type == "PER" and q.start == end + 1 for q in spans))
    ):
        return None  # "Khám nhà Thịnh, trinh sát thu được ...": the scouts, no one's office without a name
    if key == "quan chức" and (not org_or_place or org_or_place in _countries() or low_key(title) != key):
        # "quan chức Bộ Ngoại giao Mỹ": an official of a named body; "quan chức Mỹ", "quan chức cấp cao"
        # name no office
        return None
    if (
        not org_or_place
        and low_key(title) == "bí thư"
        and (youth := _YOUTH_UNIT.match(text, end, limit)) is not None
        and (loc := _span_at(spans, youth.end() - 1, limit)) is not None
        and loc.type == "LOC"
    ):
        # "bí thư Đoàn phường Tràng Tiền": the Youth Union of a place is a territorial organ (the scan may
        # read "Đoàn" as a surname)
        title, org_or_place, end = f"{title} {youth.group(1)}", text[loc.start : loc.end], loc.end
    if (
        not org_or_place
        and low_key(title).startswith("trưởng ban ")
        and not re.match(r"\s[-–]\s|\s*\(|\s+[A-ZĐ]", text[end : end + 3])
        and not (text[end : end + 1].isspace() and text[end + 1 : end + 2].isupper())
        and _span_at(spans, end, limit) is None
    ):
        # "Trưởng Ban Tổ chức lễ", "Trưởng ban chỉ đạo lễ hội của huyện": a board named by its task, alone
        # (not "Phó Ban Tư tưởng | - Văn hóa Thành ủy TPHCM", a department of a party committee)
        title, org_or_place = _board_role(title)
    if low_key(title.split()[-1]) == "khác" and not re.match(r"\s+là\s", text[end : end + 5]):
        # "một số cán bộ khác, Thủ tướng X": "other" holders, a plural, no one's title
        return None
    if "phó" not in quals and end + 4 <= limit and (after := _DEPUTY_AFTER.match(text, end)) is not None:
        # "phát ngôn viên phó của Tổng thống Afghanistan": the deputy, written after the title
        quals.append("phó")
        end = after.end()
    qual = " ".join(dict.fromkeys(quals))
    if qual == "phó nguyên":
        qual = "nguyên phó"
    return title.strip(), org_or_place, qual, end


_MINISTER = frozenset({"bộ trưởng", "thứ trưởng"})
_YOUTH_UNIT = re.compile(
    r" (Đoàn (?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|trường|khoa|cơ sở))[ ,.;)]"
)
_AGENCY_FIELD = re.compile(
    r" ([A-ZĐÀ-Ỹ][^\W\d_]*(?: [^\W\d_]+){0,3}?) (tỉnh|huyện|thành phố|TP)(?=[ ,.;)]|$)"
)
# Offices that are themselves a place's (a level word after them names the place, not an organ):
# "thị trưởng thành phố Jackson" -> "thị trưởng", "công tố viên quận Nam" -> "công tố viên".
# (a legislator or governor of a state/province: "thượng nghị sĩ tiểu bang Delaware" -> "thượng nghị sĩ", Delaware)
_PLACE_OFFICES = frozenset(
    k
    for t in (
        "thị trưởng",
        "công tố viên",
        "tỉnh trưởng",
        "thượng nghị sĩ",
        "hạ nghị sĩ",
        "nghị sĩ",
        "thống đốc",
    )
    for k in (t, other_iy_spelling(t))  # "nghị sĩ"/"nghị sỹ"
)
_PORTFOLIO = re.compile(r" [A-ZĐ][^\W\d_]*(?: (?:và )?[^\W\d_]+){0,6} ")
# A minister's portfolio written in lower case ("cựu thứ trưởng | quốc phòng | Triều Tiên"): only a known
# ministry's field, so a verb or an object before a country is never taken.
_LOW_PORTFOLIO = re.compile(
    r" (?:quốc phòng|ngoại giao|tài chính|tư pháp|nội vụ|thương mại|năng lượng|y tế|giáo dục|kinh tế|dầu mỏ"
    r"|an ninh nội địa|an ninh quốc gia|công an|ngoại thương|nông nghiệp|công nghiệp|giao thông) "
)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Every country named in the gazetteer, Việt Nam included."""
    g = gazetteer()
    return frozenset(
        e.name for es in g.entries.values() for e in es if e.type == "LOC" and e.kind == "country"
    )


@lru_cache(maxsize=1)
def _foreign_countries() -> frozenset[str]:
    return _countries() - {"Việt Nam"}


def _foreign_portfolio(text: str, end: int, limit: int, spans: list[Span]) -> Span | None:
    """The foreign country after a minister's portfolio ("Bộ trưởng | Ngoại giao | Trung Quốc")."""
    for loc in spans:
        if loc.type != "LOC" or loc.nested or not end + 3 < loc.start <= end + 40 or loc.end > limit:
            continue
        words = text[end : loc.start]
        if (
            loc.name in _foreign_countries()
            and (_PORTFOLIO.fullmatch(words) or _LOW_PORTFOLIO.fullmatch(words))
            and not words.startswith(" Bộ ")
            and not any(q.type in ("PER", "LOC") and end <= q.start < loc.start for q in spans)
        ):
            return loc
    return None


_CLASS_WORD = re.compile(
    r" (?:báo|tờ báo|tờ|tạp chí|đài|kênh|hãng|nhà xuất bản|NXB|trang|ban nhạc|nhóm nhạc) "
)


_OCC_STOP = frozenset(
    {
        "của",
        "tại",
        "ở",
        "và",
        "thuộc",
        "này",
        "đó",
        "kiêm",
        "cũ",
        "trẻ",
        "nữ",
        "nam",
        "người",
        "tên",
        "thời",
        "duy",
        "nhất",
        "cá",
        "phụ",
        "trường",
        "giỏi",
        "nổi",
        "lâu",
        "kỳ",
        "giàu",
        "xuất",
        "uy",
        "có",
        "nhiều",
        "như",  # "nhiều nghệ sĩ như | Phan Anh": an example, not the field
        "chương",  # "Tổng đạo diễn | chương trình": the work, not the field
        # verbs of what the person did: "Huỳnh Samuel An, ca sĩ | gây sốt tại cuộc thi ..."
        "gây",
        "từng",
        "đoạt",
        "giành",
    }
)


# Fields that make a job of a generic staff word before a name ("cán bộ điều tra Nguyễn Văn An").
_JOB_FIELDS = frozenset(
    "điều tra|kỹ thuật|bảo vệ|địa chính|kiểm lâm|tư pháp|hải quan|thuế vụ|văn phòng|kế toán|an ninh|cảnh sát"
    "|y tế|thú y|xe ôm|kinh doanh|bán hàng|tiếp thị|tín dụng|thu ngân|phục vụ|môi trường|thủy lợi|giao thông"
    "|văn hóa|xã hội|quản lý|lễ tân|bảo vệ|dân số|kiểm định|thị trường|kiểm hóa|kiểm hoá|hải quan|thuế|nghiệp vụ"
    "|đo đạc|lâm nghiệp|nông nghiệp|khuyến nông|giáo dục|thanh tra|tư vấn|kiểm soát|hành chính|bảo vệ rừng|quản lý rừng".split(
        "|"
    )
)
_LIST_INTRO_WORD = re.compile(r"\s*,?\s*gồm\b")


def _is_fields(words: list[str], fields: frozenset[str] = _JOB_FIELDS) -> bool:
    """The words are one or more ``fields`` ("quản lý thị trường" = "quản lý" + "thị trường"); a field
    written twice in a row is a typo, not two fields ("tuyển thủ quốc gia quốc gia")."""
    if not words:
        return True
    return any(
        " ".join(words[:k]) in fields and words[k : 2 * k] != words[:k] and _is_fields(words[k:], fields)
        for k in (1, 2, 3)
    )


_VEHICLES = frozenset(
    "xe tải|xe khách|xe buýt|xe bus|taxi|xe taxi|xe ôm|xe container|xe con|xe ben|xe cứu thương|xe đầu kéo"
    "|xe bồn|xe du lịch|xe máy|xe công nông|xe cẩu|xe rác|xe khách giường nằm|xe ba gác|xích lô|ô tô|ôm".split(
        "|"
    )
)
_DRIVERS = [["tài", "xế"], ["lái", "xe"], ["phụ", "xe"], ["tài", "xe"]]
_JOB_HEADS = [["cán", "bộ"], ["nhân", "viên"], ["công", "chức"], ["chuyên", "viên"], ["viên", "chức"]]
# ("chuyên gia thẩm mỹ", "nghệ sĩ bút lửa", "cầu thủ bóng đá", "vận động viên bóng chày", "nhà khoa học
# chính trị" + a name)
_FIELD_HEADS = [["chuyên", "gia"], ["nghệ", "sĩ"], ["cầu", "thủ"], ["động", "viên"], ["khoa", "học"]]
# The closed fields some occupations take right before a name ("cô giáo mầm non | Hà Thị Phương",
# "diễn viên điện ảnh | Yến Vy"): only these, so a verb or an object ("diễn viên đóng vai | X") is never taken.
_SCHOOL_LEVELS = frozenset({"mầm non", "mẫu giáo", "tiểu học", "trung học"})
_HEAD_FIELD_WORDS: dict[tuple[str, ...], frozenset[str]] = {
    ("cô", "giáo"): _SCHOOL_LEVELS,
    ("thầy", "giáo"): _SCHOOL_LEVELS,
    ("thày", "giáo"): _SCHOOL_LEVELS,
    ("giáo", "viên"): _SCHOOL_LEVELS,
    ("diễn", "viên"): frozenset(
        {"điện ảnh", "kịch", "kịch nói", "sân khấu", "hài", "múa", "xiếc", "lồng tiếng"}
    ),
}
_OCC_PLACE = re.compile(r" (?:tại|ở|trên|gần|thuộc|của) ")
# "chuyên gia pháp y | hàng đầu thế giới,": an epithet of eminence after an expert's field, then punctuation
_EMINENT = re.compile(
    r" (?:hàng đầu|nổi tiếng|đầu ngành|có tiếng|lão luyện|kỳ cựu)"
    r"(?: (?:thế giới|quốc tế|trong nước|châu Á|châu Âu|Việt Nam))?(?=\s*(?:[,;.)]|\s[-–]\s|$))"
)
_LOWER_WORD = re.compile(r" ([^\W\d_]+)")


def _occ_tail(text: str, end: int, limit: int, spans: list[Span]) -> int | None:
    """End of one or two lower-case words after an occupation ("nhân viên | bảo vệ") that stop at
    punctuation or a body; None when a verb or another word may stand there."""
    pos = end
    stop = None
    head = low_key(text[max(0, end - 12) : end]).split()[-2:]
    prev_low = ""
    for n in range(5):  # a third to fifth word only in a job's field ("cán bộ quản lý thị trường | X")
        w = _LOWER_WORD.match(text, pos, limit)
        if w is None or not w.group(1).islower():
            break
        low = w.group(1)
        if low in _RUN_STOP or (low in _OCC_STOP and f"{prev_low} {low}" not in _JOB_FIELDS):
            return None  # ("thị trường" is a field)
        if n == 0 and _LIST_INTRO_WORD.match(text, pos, limit):
            return None  # "cán bộ | gồm: A, B"
        if low in _title_firsts() and _parse_title(text, w.start(1), spans, limit, lower_ok=True) is not None:
            return None  # "nhân viên | điều tra viên ..." is another title, "cán bộ | điều tra" is not
        pos = w.end()
        prev_low = low
        nxt = text[pos : pos + 2]
        fields = n >= 1 and _is_fields(low_key(text[end + 1 : pos]).split()) and head in _JOB_HEADS
        if n < 2 and (
            not nxt or nxt[0] in ",;.)" or any(q.start == pos + 1 and q.type == "ORG" for q in spans)
        ):
            stop = pos
        elif n <= 1 and "chủ" in head and text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].isupper():
            stop = (
                pos  # "chủ tiệm vàng | Kim Sung", "chủ tiệm cầm đồ | Hoàn Vũ": the kind of business, its name
            )
            break
        elif n < 2 and _OCC_PLACE.match(text, pos, limit):
            stop = pos  # "chủ tiệm hớt tóc | trên đường ...", "thợ rửa xe | gần đó"
            break
        elif n == 2 and head[-1:] == ["thợ"] and (not nxt or nxt[0] in ",;.)"):
            stop = pos  # "(thợ sửa xe máy)": a craftsman's trade of three words, closed by punctuation
            break
        elif n < 3 and head[-1:] == ["thợ"] and any(q.start == pos + 1 and q.type == "PER" for q in spans):
            stop = pos  # "thợ máy | Phạm Văn Bộ", "thợ sửa xe | Lê Văn A": the trade, then the name
            break
        elif n >= 2 and fields and (not nxt or nxt[0] in ",;.)"):
            stop = pos  # "nhân viên quản lý bảo vệ rừng, ...": a longer field, closed by punctuation
            break
        elif fields and (
            any(q.start == pos + 1 and q.type == "PER" for q in spans)
            or _LIST_INTRO_WORD.match(text, pos, limit)
            # "2 nhân viên bảo vệ | có tên là Nguyễn Chí Tuẩn": the field, then "(có) tên (là)" and the name
            or (
                (named := _NAMED.match(text, pos, limit))
                and any(q.start == named.end() and q.type == "PER" for q in spans)
            )
        ):
            stop = pos  # "cán bộ điều tra | Nguyễn Văn An": a job's field right before a name (or a list)
            break
        elif n < 2 and head in _FIELD_HEADS and any(q.start == pos + 1 and q.type == "PER" for q in spans):
            stop = pos  # "chuyên gia thẩm mỹ | Lucy Glancey": the expert's field right before a name
            break
        elif (
            n < 2
            and low_key(text[end + 1 : pos]) in _HEAD_FIELD_WORDS.get(tuple(head), frozenset())
            and any(q.start == pos + 1 and q.type == "PER" for q in spans)
        ):
            stop = pos  # "cô giáo mầm non | Hà Thị Phương": a teacher's school level, an actor's art
            break
        elif n < 2 and head in _FIELD_HEADS and _EMINENT.match(text, pos, limit):
            stop = pos  # "chuyên gia pháp y | hàng đầu thế giới,": the field, then an epithet
            break
        elif (
            low_key(text[end + 1 : pos]) in _VEHICLES
            and low_key(text[max(0, end - 12) : end]).split()[-2:] in _DRIVERS
            and any(q.start == pos + 1 and q.type == "PER" for q in spans)
        ):
            stop = pos  # "tài xế xe tải | Lại Văn Cần": the driver's vehicle right before a name
            break
    if stop is None or any(f"{a} {b}" in _RUN_STOP_PAIRS for a, b in pairwise(text[end:stop].split())):
        return None
    if low_key(text[end:stop]).startswith(_EMPLOYERS):
        return None  # "công nhân | công ty Samsung": the employer, not the job
    return stop


_EMPLOYERS = ("công ty", "nhà máy", "xí nghiệp", "tập đoàn", "ngân hàng", "bệnh viện", "doanh nghiệp")

# The field of a role written after it in lower case ("Giám đốc tiếp thị", "thư ký báo chí", "Trưởng phòng
# kế hoạch", "điều tra viên cao cấp"): part of the title as written. Only known fields are taken, so a verb
# or an object after the title is never swallowed.
_ROLE_FIELDS = _JOB_FIELDS | frozenset(
    "tuyển sinh|báo chí|đại diện|điều hành|dự án|cao cấp|trị sự|kế hoạch|quản trị|nhân sự|truyền thông|tài chính"
    "|sản xuất|đối ngoại|pháp chế|chiến lược|công nghệ|thông tin|đào tạo|marketing|tổ chức|kiểm toán|đầu tư"
    "|xuất nhập khẩu|xuất khẩu|nhập khẩu|vận hành|chất lượng|khách hàng|nghiên cứu|chuyên môn|thiết kế"
    "|quốc gia|tổng hợp|kỹ thuật|pháp lý|quan hệ công chúng|đối nội|điều phối|vận tải|tuyển dụng|đặc biệt|học vụ|biểu tình"
    "|đàm phán|thống kê|tài vụ".split("|")
)
_FIELD_EMPLOYERS = (*_EMPLOYERS, "trường ", "đại học", "viện ", "học viện", "trung tâm", "báo ", "đài ")
_FIELD_END = re.compile(r"\s*(?:[,;.)]|[-–]\s|$)|\s+(?:của|tại|thuộc|ở)\b|\s+[A-ZĐÀ-Ỹ]")


def _field_tail(text: str, end: int, limit: int) -> int | None:
    """End of the longest run of known fields (up to four words, ``_ROLE_FIELDS``) right after a role, when
    punctuation, "của/tại", a capitalised name or an employer follows; None otherwise."""
    pos = end
    words: list[str] = []
    best = None
    for _ in range(4):
        w = _LOWER_WORD.match(text, pos, limit)
        if w is None or not w.group(1).islower():
            break
        words.append(w.group(1))
        pos = w.end()
        stop = _FIELD_END.match(text, pos, limit)
        if stop is not None and re.fullmatch(r"\s+[^\W\d_]", stop.group()) and not stop.group()[-1].isupper():
            # ([A-ZĐÀ-Ỹ] spans lower-case letters: "quản lý giao thông | đô thị" goes on, but a verb
            # ends the field: "Chủ nhiệm điều hành dự án | đã cho phép")
            nxt = _LOWER_WORD.match(text, pos, limit)
            if nxt is None or nxt.group(1) not in _RUN_STOP:
                stop = None
        if _is_role_fields(words) and (
            stop is not None or low_key(text[pos : pos + 12]).lstrip().startswith(_FIELD_EMPLOYERS)
        ):
            best = pos
    if best is not None and text[best : best + 3] in (" - ", " – "):
        # "(trưởng phòng kế hoạch - đầu tư)": a department of two fields joined by a dash, the second
        # closed by punctuation
        more = _field_tail(text, best + 2, limit)
        if more is not None and (more == limit or text[more : more + 1] in ",;.)"):
            best = more
    return best


def _field_suffixes(title: str) -> list[str]:
    """The trailing words of a (lower-case) title that are role fields ("quốc gia" of "cảnh sát trưởng
    quốc gia"), shortest first."""
    words = title.split()
    return [" ".join(words[-k:]) for k in (1, 2, 3, 4) if k < len(words) and _is_role_fields(words[-k:])]


def _fielded_head(title: str) -> str:
    """The occupation of a (lower-case) title written with one of its closed fields ("diễn viên điện ảnh"
    -> "diễn viên", ``_HEAD_FIELD_WORDS``), else ""."""
    words = title.split()
    head = tuple(words[:2])
    return " ".join(head) if " ".join(words[2:]) in _HEAD_FIELD_WORDS.get(head, frozenset()) else ""


def _is_role_fields(words: list[str]) -> bool:
    """The words are one or more role fields ("hành chính quản trị" = "hành chính" + "quản trị")."""
    return bool(words) and _is_fields(words, _ROLE_FIELDS)


# Capitalised words right after a department's name: one to four words, the first capitalised.
_CAP_RUN_AFTER = re.compile(r" ([A-ZĐÀ-Ỹ][^\W\d_]*(?: [^\W\d_]+){0,3})")
_RUN_END = re.compile(r"\s*(?:[,;.)]|[-–]\s|$)| [A-ZĐ][A-ZĐ0-9]+\b| (?:của|thuộc) ")


def _cap_fields_end(text: str, end: int, limit: int, spans: list[Span]) -> int | None:
    """End of capitalised role fields continuing a department's name ("phòng Kinh tế | Kế hoạch"), the
    longest run that punctuation, an acronym ("PMU18"), "của/thuộc" or a name follows; None otherwise."""
    m = _CAP_RUN_AFTER.match(text, end, limit)
    if m is None:
        return None
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        stop = end + 1 + len(" ".join(words[:n]))
        if _is_role_fields([low_key(w) for w in words[:n]]) and (
            _RUN_END.match(text, stop, limit) is not None or any(q.start == stop + 1 for q in spans)
        ):
            return stop
    return None


_DEPT_STOP = frozenset({"các", "những", "một", "mới", "cũ", "trên", "dưới", "gần", "kiêm", "nay", "hiện"})


def _dept_tail(
    text: str, end: int, limit: int, spans: list[Span], depth: int = 0, after_name: bool = False
) -> int | None:
    """End of a department's lower-case name after a department head's title ("Trưởng phòng |
    giáo dục tiểu học Sở ...", "Trưởng phòng Giáo dục | chuyên nghiệp, Sở ..."): up to six words that
    stop at punctuation or right before a named body; None when a verb or another word may stand there.
    ``after_name``: the department's capitalised name ends at ``end``, so its second field may follow
    "và" at once ("Trưởng Phòng Đăng ký | và kinh tế đất")."""
    pos = end
    joined = False
    for _ in range(7):
        if pos > end and len(text[end:pos].split()) >= (7 if joined else 6):
            break  # (up to six words, and the "và" joining two fields)
        w = _LOWER_WORD.match(text, pos, limit)
        if w is None or not w.group(1).islower():
            break
        low = w.group(1)
        if (
            low == "và"
            and not joined
            and (pos > end or after_name)
            and (n := _LOWER_WORD.match(text, w.end(), limit))
            and (n.group(1).islower() and n.group(1) not in _RUN_STOP and n.group(1) not in _TAIL_STOP)
        ):
            # "Trưởng phòng Quản lý tài nguyên nước | và khoáng sản Sở ...": a department of two fields
            joined = True
            pos = w.end()
            continue
        if low == "thuộc" and pos > end:
            break  # (the department's parent body may follow: checked below)
        if low in _RUN_STOP or low in _OCC_STOP or low in _TAIL_STOP or low in _DEPT_STOP:
            return None
        if low in _title_firsts():
            other = _parse_title(text, w.start(1), spans, limit, lower_ok=True)
            if other is not None and not _is_occupation(other[0]):
                return None  # another title; an occupation names a department ("phòng | cảnh sát giao thông")
        pos = w.end()
    if any(f"{a} {b}" in _RUN_STOP_PAIRS for a, b in pairwise(text[end:pos].split())):
        return None
    nxt = text[pos : pos + 3]
    if nxt in (" - ", " – ") and depth < 2:
        # "Trưởng phòng Tài nguyên môi trường | - giao thông xây dựng huyện": a department of two fields
        more = _dept_tail(text, pos + 2, limit, spans, depth + 1)
        if more is not None:
            return more
    if pos == end:
        return None
    if not nxt or nxt[0] in ",;.)" or nxt[:2] in (" -", " –", " ("):
        return pos  # ("Trưởng phòng Quản lý | nhà (Cục quản lý nhà, Bộ Xây dựng)": a bracket closes it too)
    if any(q.start == pos + 1 and q.type in ("ORG", "PER", "LOC") and text[q.start].isupper() for q in spans):
        return pos  # "Trưởng ban đội tuyển | Nguyễn Sỹ Hiển", "... tiểu học | Sở Giáo dục", "... | TP HCM"
    if text.startswith(" thuộc ", pos) and any(q.start == pos + 7 and q.type == "ORG" for q in spans):
        return pos  # "Trưởng phòng Quản lý tài nguyên nước | thuộc Sở Tài nguyên môi trường TP HCM"
    return None


# "Thường trực" (standing) between a title and its body.
_STANDING = re.compile(r" [Tt]hường trực(?= )")
# A department's capitalised name (1-3 words) right before its parent body.
_CAP_DEPT = re.compile(r" ([A-ZĐÀ-Ỹ][^\W\d_]*(?: [^\W\d_]+){0,2}?)(?= [A-ZĐÀ-Ỹ])")


# Other organs of a place (mass organisations, state agencies with a branch per province or district):
# "Phó chủ tịch Hội nông dân xã | Phương Sơn", "Giám đốc Bảo hiểm xã hội | tỉnh Nghệ An".
_PLACE_ORGANS = frozenset(
    {"hội nông dân", "hội liên hiệp phụ nữ", "hội lhpn", "hội cựu chiến binh", "liên đoàn lao động", "lđlđ",
     "bảo hiểm xã hội", "bhxh", "kho bạc nhà nước", "kho bạc", "bộ chỉ huy quân sự", "bchqs",
     "bộ chỉ huy bộ đội biên phòng", "bộ chỉ huy biên phòng", "cục hải quan", "chi cục hải quan",
     "chi cục thuế", "ủy ban mặt trận tổ quốc", "mặt trận tổ quốc", "tỉnh đoàn", "thành đoàn", "huyện đoàn",
     "quận đoàn", "văn phòng ubnd", "văn phòng hđnd", "cảnh sát pccc", "cảnh sát phòng cháy chữa cháy",
     "bưu điện"}
)  # fmt: skip


def _territorial_place(text: str, body: Span, spans: list[Span], office: bool = False) -> Span | None:
    """The place naming a territorial organ ("Tỉnh ủy | Kon Tum", "Sở Y tế | Hà Nội"), else None; with
    `office` (a role, not an occupation) the other organs of a place too (`_PLACE_ORGANS`)."""
    place = _trailing_place(spans, body)
    if place is not None and (
        body.head in _TERR
        or body.head in _TERR_NO_PLACE
        or (office and body.head in _PLACE_ORGANS)
        or _starts_terr(text[body.start : body.end])
    ):
        return place
    return None


def _with_parent(text: str, title: str, body: Span, spans: list[Span]) -> tuple[str, str, int]:
    """(title, org_or_place, end) of a department title followed by its parent body: a territorial
    organ named by a place keeps the organ in the title and gives the place ("Trưởng ban Tuyên giáo
    Tỉnh ủy" + Kon Tum); another body is the organisation ("Trưởng khoa Ngoại" + Bệnh viện Việt Đức)."""
    place = _territorial_place(text, body, spans)
    if place is not None:
        return (
            f"{title} {_organ_text(text[body.start : place.start])}",
            text[place.start : place.end],
            body.end,
        )
    return title, body.name, body.end


def _repeats_unit(title: str, body: str) -> bool:
    """ "Viện trưởng" + "Viện Kiểm sát ...", "Chi cục trưởng" + "Chi cục Thuế ...": the head of a unit,
    then the unit's full name."""
    words = low_key(title).split()
    if len(words) < 2 or words[-1] != "trưởng":
        return False
    stem = words[:-1]
    return low_key(body).split()[: len(stem)] == stem


def _is_occupation(title: str) -> bool:
    words = low_key(title).split()
    kinds = _titles()
    return any(kinds.get(" ".join(words[:k])) == "occupation" for k in range(1, len(words) + 1))


def _deputy_form(title: str, key: str) -> str:
    """ "Phó phòng Marketing Công ty X" -> "Trưởng phòng Marketing Công ty X" (qualifier phó)."""
    if key not in _DEPUTY_SUFFIX:
        return title
    n = len(key.split())
    words = title.split(" ")
    if len(words) < n or low_key(" ".join(words[:n])) != key:
        return title
    return " ".join([_DEPUTY_SUFFIX[key], *words[n:]])


# Territorial organs whose title keeps the organ even when the article leaves the place implicit.
_TERR_NO_PLACE = frozenset({"sở", "phòng", "công an", "ubnd", "hđnd", "tand", "vksnd", "chi cục"})


_ABBR_LEVEL = re.compile(r"(?:^|\s)(?:TP|Tp|TX|Q|H|P|TT)\.$")


def _organ_text(s: str) -> str:
    """The organ part of a title before its place: "Trưởng Công an TP." keeps the level's dot."""
    s = re.sub(r"\s*\([A-ZĐ0-9&-]+\)", "", s).rstrip(" ,-(")  # "Viện Kiểm sát nhân dân (VKSND)"
    s = re.sub(r"\s+(?:tại|ở)$", "", s)  # "VKSND Cấp cao tại | TP. HCM"
    if s.endswith(".") and not _ABBR_LEVEL.search(s):
        s = s.rstrip(".").rstrip()
    return s


# Titles of a department head, followed by the department's name ("Trưởng khoa Hồi sức tích cực").
_DEPT_TITLES = frozenset(
    {"trưởng khoa", "trưởng phòng", "trưởng ban", "trưởng bộ môn", "chủ nhiệm khoa", "phó khoa", "phó phòng",
     "phó ban", "trưởng bộ phận", "trưởng trạm", "trưởng đơn nguyên", "trưởng trung tâm"}
)  # fmt: skip
_DEPT_NAME = re.compile(
    r" ((?:[A-ZĐÀ-Ỹ][^\W\d_]*)(?: (?!(?:của|tại|ở|và|cho|đã|đang|sẽ|là|cũng|thì|này|đó|khi|bị|được)\b)"
    r"[^\W\d_]+| và [A-ZĐÀ-Ỹ][^\W\d_]*){0,4})(?=\s*(?:[,;.)]|\s[-–]\s|\s\(|$)|\slà\s)"
)  # ("khoa Nghệ thuật | và Khoa học": "và" and a capitalised word go on with the name)

_DASH_DEPT_NAME = re.compile(_DEPT_NAME.pattern.replace("{0,4}", "{0,6}"))


def _dash_dept(text: str, title: str, end: int, limit: int, spans: list[Span]) -> tuple[str, int]:
    """ "Trưởng khoa Phẫu thuật hàm mặt | – Phẫu thuật tạo hình thẩm mỹ": a department named by two fields
    joined by a dash keeps both (not "– Bệnh viện X", a body)."""
    for _ in range(2):
        if text[end : end + 3] not in (" - ", " – "):
            break
        more = _DASH_DEPT_NAME.match(text, end + 2, limit)
        if (
            more is None
            or _UNIT_HEAD.match(text, end + 2) is not None
            or any(q.start < more.end(1) and more.start(1) < q.end for q in spans)
        ):
            break
        title, end = f"{title}{text[end : end + 3]}{more.group(1)}", more.end(1)
    return title, end


# Heads of a body named inside a fused department span ("phòng Kinh doanh | Công ty Vinamilk").
_UNIT_HEAD = re.compile(
    r" (?=(?:Công ty|công ty|Tổng công ty|Tập đoàn|tập đoàn|Ngân hàng|ngân hàng|Bệnh viện|bệnh viện|BV|Trường"
    r"|trường(?= [A-ZĐ]| (?:tiểu học|trung học|mầm non|mẫu giáo|đại học|cao đẳng|phổ thông|dạy nghề|chuyên))"
    r"|Học viện|Đại học|ĐH|Cty|CTCP|Báo|Đài|Nhà máy|nhà máy|Khách sạn|Viện|viện|Hiệp hội|hiệp hội)\b)"
)  # (lower-case "trường" is a school only before its name or type: "môi trường" is no school)
# A department's parent organ after the department's own name ("Trưởng phòng Quản lý chất thải rắn |
# Sở Tài nguyên môi trường"): a ministry, department or agency named in capitals.
_PARENT_ORGAN = re.compile(r" (?=(?:Sở|Cục|Tổng cục|Chi cục|Bộ) [A-ZĐÀ-Ỹ])")


def _parent_organ(title: str, key: str) -> re.Match[str] | None:
    """The parent organ in a department head's title, only after the department's own name."""
    if key not in _DEPT_TITLES:
        return None
    m = _PARENT_ORGAN.search(title)
    if m is None or len(title[: m.start()].split()) <= len(key.split()):
        return None
    return m


_LOWER_ORGAN = re.compile(
    r" ((?:đảng ủy|đảng uỷ|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|ubnd|hđnd|công an|mặt trận"
    r"|mttq|ủy ban mttq|hội nông dân|hội phụ nữ|hội cựu chiến binh|đoàn thanh niên|chi bộ|huyện (?:ủy|uỷ)"
    r"|tỉnh (?:ủy|uỷ)|thành (?:ủy|uỷ)|quận (?:ủy|uỷ))(?: (?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|thôn|ấp))?)"
    r"(?=[ ,.)]|$)"
)
_LOWER_SO = re.compile(r" [Ss]ở((?: [^\W\d_]+){1,5})")


def _lower_dept(text: str, end: int, limit: int, spans: list[Span]) -> Span | None:
    """ " Sở giao thông công chính | TP HCM": "Sở", one to five lower-case words, then a marked place
    (that place, else None)."""
    m = _LOWER_SO.match(text, end, limit)
    if m is None:
        return None
    pos = m.start(1)
    for w in m.group(1).split():
        if not w.islower():
            break
        if w in _RUN_STOP or w in _TAIL_STOP:
            return None
        pos += 1 + len(w)
    if pos == m.start(1):
        return None
    where = _span_at(spans, pos, limit)
    return where if where is not None and where.type == "LOC" else None


_LEVEL_AFTER = re.compile(r" (xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP\.|TP|bang|tiểu bang) ")
_UNIT_LEVELS = frozenset({"xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố"})
_UNIT_OF = r"(?:UBND|HĐND|[Cc]ông an|Đảng [uủ]ỷ|[Đđ]ảng ủy|tại|ở|địa bàn)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+"


def _unit_named(text: str, name: str) -> bool:
    """The article names a unit after the person-like name ("UBND phường Nguyễn Thái Bình", a ward)."""
    return re.search(_UNIT_OF + re.escape(name) + r"(?!\w)", text) is not None


_LOCAL_WORDS = frozenset(
    "ủy uỷ tỉnh huyện quận xã phường thành phố tp thị trấn ubnd hđnd đảng đảng bộ sở phòng công an".split()
)


_BOARD_TAIL = re.compile(r"(?:\([^()]{0,40}\)|[^,;.()\n])*")


def _unique_board(text: str, s: Span, spans: list[Span]) -> bool:
    """A board named by its task, with no place or local organ in its name or in the words that run on
    to the next comma ("Ban Tổ chức hội chợ hàng Việt Nam", "Ban Thư ký APEC", "Ban Tôn giáo của Chính
    phủ"; not "Ban Tư tưởng | - Văn hóa Thành ủy TPHCM"): a uniquely named body, the title is the role."""
    if s.head != "ban" or _trailing_place(spans, s) is not None or _UNIT_HEAD.search(text, s.start, s.end):
        return False  # ("Ban Đào tạo | Hiệp hội Bất động sản Việt Nam": a department of a named body)
    tail = _BOARD_TAIL.match(text, s.end, min(len(text), s.end + 80))
    end = tail.end() if tail is not None else s.end
    end = min([end, *(q.start for q in spans if q.type == "PER" and s.end <= q.start < end)])
    countries = _countries()
    return not _LOCAL_WORDS.intersection(low_key(text[s.start : end]).split()[1:]) and not any(
        q.type == "LOC" and s.start < q.start < end and q.name not in countries for q in spans
    )


def _local_organ(text: str, s: Span) -> bool:
    """A gazetteer body that is a local unit ("Phòng Cảnh sát giao thông" of a province)."""
    first = low_key(text[s.start : s.end]).split()[:2]
    return bool(first) and (first[0] in ("phòng", "sở") or first == ["công", "an"])


def _span_inside(spans: list[Span], start: int, end: int, limit: int) -> Span | None:
    """An ORG span that starts inside the title's last word and runs past it ("Trưởng [phòng CSGT]")."""
    best: Span | None = None
    for s in spans:
        inside = s.type == "ORG" and not s.nested and start < s.start < end < s.end <= limit + 200
        if inside and (best is None or s.end > best.end):
            best = s
    return best


def _starts_terr(surface: str) -> bool:
    low = low_key(surface)
    return any(low.startswith(t + " ") for t in _TERR)


def _is_level_only(surface: str) -> bool:
    low = low_key(surface).split()
    # ("Xí nghiệp vật liệu xây dựng Long Thành" ends in a name, not in the level "thành phố")
    return len(low) >= 2 and (
        low[-1] in ("tỉnh", "huyện", "xã", "phường", "quận", "tp") or low[-2:] == ["thành", "phố"]
    )


def _span_at(spans: list[Span], pos: int, limit: int) -> Span | None:
    """The longest ORG/LOC span starting right after `pos` (one space)."""
    best: Span | None = None
    for s in spans:
        ok = s.type in ("ORG", "LOC") and not s.nested and pos < s.start <= pos + 1 and s.end <= limit + 200
        if ok and (best is None or s.end > best.end):
            best = s
    return best


def _trailing_place(spans: list[Span], org: Span) -> Span | None:
    """The place that ends a body's name ("Sở Y tế | Hà Nội"); a country names no territorial organ
    ("Ban Tổ chức hội chợ hàng | Việt Nam" is one body, its head the role's: "Phó Ban")."""
    for s in spans:
        if s.type == "LOC" and s.nested and org.start < s.start and s.end == org.end:
            return None if s.name in _countries() else s
    return None


_TAIL_STOP = frozenset({"của", "tại", "ở", "và", "cũng", "đã", "thì", "là", "này", "đó"})
_SENT_STOP = re.compile(r"[.!?]\s|\n")


_WORD_END = re.compile(r"[^\W\d_]{2,12}$")
_VOWELS = frozenset("aeiouy")


def _is_stop(text: str, m: re.Match[str]) -> bool:
    # "TP. Đà Nẵng", "Th. nói" are abbreviations: a sentence ends after a lower-case word, or after a
    # capitalised word with a vowel ("vào châu Âu. Bộ trưởng", "với Mỹ. Tổng thống").
    i = m.start()
    if m.group() == "\n" or (i >= 2 and text[i - 1].islower() and text[i - 2].islower()):
        return True
    if i < 2 or not text[i - 1].islower():
        return False
    w = _WORD_END.search(text, max(0, i - 12), i)
    return w is not None and any(ch in _VOWELS for ch in fold(w.group()).lower())


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


# How far beyond a person's sentence its rules may look for spans (a span starting there or later is
# never consulted: apposition bodies end within 200 characters of the sentence).
_NEAR = 600


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


_ACRONYM_AFTER = re.compile(r" \(([A-ZĐ]{3,6})\)")
_CAP_RUN = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\W\d_]* ){2,5}$")


def _acronym_tail(text: str, p: Span) -> bool:
    """A one-word "name" that ends a capitalised name spelt out by the acronym after it ("Trường tiểu học
    Tây Bắc Lân (TBL)"): the last word of a school's or a firm's name, no person."""
    m = _ACRONYM_AFTER.match(text, p.end)
    if m is None:
        return False
    run = _CAP_RUN.search(text, max(0, p.start - 60), p.start)
    if run is None:
        return False
    words = [*run.group().split(), text[p.start : p.end]]
    return "".join(w[0] for w in words).endswith(m.group(1)) and len(m.group(1)) <= len(words)


def _opens_title(text: str, p: Span) -> bool:
    """A one-word "name" that is the first word of a title ("Chính | uỷ Bộ tư lệnh"): no person."""
    m = _NEXT_WORD.match(text, p.end)
    return m is not None and f"{low_key(text[p.start : p.end])} {low_key(m.group(1))}" in _titles()


# "Sở Nông nghiệp | và Phát triển | Hà Nội": a department whose name goes on after "và" where the scan cut
# it (a capitalised word no span starts at, up to four words), then its place or a punctuation mark.
_AND_HEADS = frozenset({"sở", "bộ", "ban", "viện", "khoa", "cục", "vụ", "trung tâm"})
_AND_NEXT = re.compile(r" và (?=[A-ZĐÀ-Ỹ])")
_AND_WORD = re.compile(r" ?([^\W_]+)")


def _join_and_bodies(text: str, spans: list[Span]) -> list[Span]:
    starts = {q.start: q for q in spans}
    index = {q.start: k for k, q in enumerate(spans)}
    out = list(spans)
    for i, s in enumerate(spans):
        if s.type != "ORG" or s.nested or s.head not in _AND_HEADS or _AND_NEXT.match(text, s.end) is None:
            continue
        pos = s.end + 4
        if pos in starts:
            continue  # "Bộ Công an và Bộ Quốc phòng": two bodies
        for _ in range(4):
            w = _AND_WORD.match(text, pos)
            if w is None or w.start(1) in starts or low_key(w.group(1)) in _TAIL_STOP:
                break
            pos = w.end()
            place = starts.get(pos + 1)
            if place is not None and place.type == "LOC" and text[pos : pos + 1] == " ":
                out[i] = Span(s.start, place.end, "ORG", text[s.start : place.end], s.prio, False, s.head)
                out[index[place.start]] = Span(
                    place.start, place.end, "LOC", place.name, place.prio, True, place.head
                )
                break
            if pos >= len(text) or text[pos] in ",;.)":
                out[i] = Span(s.start, pos, "ORG", text[s.start : pos], s.prio, False, s.head)
                break
    return out


def extract_positions(
    text: str, entities: Sequence[Entity] | None = None, docref_spans: Sequence[tuple[int, int]] | None = None
) -> list[Position]:
    """Positions stated for named persons in `text` (deduplicated; "nguyên" beats a current form)."""
    if not text or not text.strip():
        return []
    if not unicodedata.is_normalized("NFC", text):
        # decomposed diacritics ("Gia\u0301m đốc"): titles are matched on the composed text, the
        # results are given back as written
        names = {unicodedata.normalize("NFC", e.name): e.name for e in entities or () if e.type == "PER"}

        def written(x: str) -> str:
            nfd = unicodedata.normalize("NFD", x)
            return x if x in text or nfd not in text else nfd

        return [
            Position(
                names.get(q.person, written(q.person)), written(q.title), written(q.org_or_place), q.qualifier
            )
            for q in extract_positions(unicodedata.normalize("NFC", text))
        ]
    spans = _join_and_bodies(text, find_spans(text, docref_spans))
    # "bí thư | Đoàn phường Tràng Tiền": the Youth Union of a place, not a person named Đoàn
    spans = [
        q
        for q in spans
        if not (
            q.type == "PER"
            and text[q.start : q.end] == "Đoàn"
            and _YOUTH_UNIT.match(text, q.start - 1)
            and re.search(r"(?i:bí thư)\s+$", text[max(0, q.start - 8) : q.start])
        )
    ]
    if entities is None:
        entities = extract_entities(text, docref_spans=docref_spans)
    canon: dict[tuple[int, int], str] = {}
    for e in entities:
        if e.type == "PER":
            for m in e.mentions:
                canon[(m.start, m.end)] = e.name
    persons = [s for s in spans if s.type == "PER"]
    # Each person's rules look only at spans near its sentence: hand them that slice of the spans
    # (sorted by start), so a long text of many names costs linear time, not quadratic.
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    person_starts = [s.start for s in persons]
    found: list[Position] = []
    prev: tuple[Span, list[Position]] | None = None
    last: tuple[Span, str] | None = None
    head: Span | None = None
    for p in persons:
        name = canon.get((p.start, p.end), text[p.start : p.end])
        lo, hi = _sentence_bounds(text, p.start, p.end)
        a, b = lo - _NEAR, hi + _NEAR
        near = spans[bisect_left(starts, a) : bisect_right(starts, b)]
        near_persons = persons[bisect_left(person_starts, a) : bisect_right(person_starts, b)]
        if " " not in text[p.start : p.end] and (
            low_key(text[p.start : p.end]) in _NO_PERSON_WORDS
            or _opens_title(text, p)
            or _acronym_tail(text, p)
        ):
            prev = None  # "Tổng giám đốc | Khu | quản lý đường bộ 2": a body's head word, not a name
            continue
        before = _before(text, p, name, near, lo)
        after = _after(text, p, name, near, hi, near_persons)
        if (
            not before
            and prev is not None
            and prev[1]
            and (
                (
                    _LIST_GAP.fullmatch(text[prev[0].end : p.start])
                    and not _clause_after_pair(text, prev[0], p, lo, head)
                    and not (
                        _own_apposition(text, p, after, lo, head or prev[0], near, hi)
                        and _skip_list(text, p, near_persons, hi) == p.end
                    )
                )
                or _counted_pair(text, prev[0], p, near, lo, head)
            )
        ):
            # "các luật sư Nguyễn Huy Thiệp, Phạm Văn Đàm": the title before a list covers each name
            before = [Position(name, q.title, q.org_or_place, q.qualifier) for q in prev[1]]
        else:
            head = p  # the first name of a list: a plural word before its title makes the list
        found.extend(before)
        found.extend(after)
        if (
            len(after) == 1  # (two titles in the bracket may be the two names' in turn: "A và B (t1, t2)")
            and last is not None
            and text[last[0].end : p.start] == " và "
            and text[p.end : p.end + 2] == " ("
            and "lần lượt"
            not in text[max(lo, last[0].start - 30) : last[0].start]  # "lần lượt là A và B (t)"
        ):
            # "Nguyễn Thiện Chí và Mai Chí Tâm (cán bộ giao thông - thủy lợi)": one bracket for both names
            found.extend(Position(last[1], q.title, q.org_or_place, q.qualifier) for q in after)
        last = (p, name)
        prev = (p, before)
    drop: set[tuple[str, str]] = set()
    respective = _respectively(text, persons, spans, canon, drop)
    drop3: set[tuple[str, str, str]] = set()
    respective.extend(_head_and_deputy(text, persons, spans, canon, drop3))
    if drop or drop3:
        found = [
            q
            for q in found
            if (q.person, low_key(q.title)) not in drop
            and (q.person, low_key(q.title), q.qualifier) not in drop3
        ]
    found.extend(respective)
    found.extend(_lineup(text, persons, canon))
    found.extend(_labels(text, persons, canon))
    found.extend(_career(text, persons, spans, canon))
    found.extend(_also_is(text, persons, spans, canon))
    found.extend(_dismissed(text, persons, spans, canon))
    found.extend(_plural_heads(text, persons, spans, canon))
    alias = _first_name_aliases(entities)
    alias.update(_real_names(text, persons, canon))
    if alias:
        found = [Position(alias.get(q.person, q.person), q.title, q.org_or_place, q.qualifier) for q in found]
    return _dedup(found)


# A unit level abbreviated with a dot at the end of a territorial title ("Chủ tịch UBND H. | Phú Tân"):
# the title gives the level in full words, as the conventions write it ("Chủ tịch UBND huyện").
_LEVEL_ABBR = re.compile(
    r"(?<=\s)(?:UBND|HĐND|[Cc]ông an|TAND|VKSND|Đảng [uủ][ỷy]|MTTQ) ((H|Q|P|X|TX|TT)\.)$"
)
_LEVEL_FULL = {"H": "huyện", "Q": "quận", "P": "phường", "X": "xã", "TX": "thị xã", "TT": "thị trấn"}


def _no_possessive(q: Position) -> Position:
    """ "Công tố viên trưởng của Istanbul, ông X": the place without the possessive."""
    if not q.org_or_place.startswith("của "):
        return q
    return Position(q.person, q.title, q.org_or_place[4:], q.qualifier)


def _full_level(q: Position) -> Position:
    m = _LEVEL_ABBR.search(q.title)
    if m is None or not q.org_or_place:
        return q
    return Position(q.person, q.title[: m.start(1)] + _LEVEL_FULL[m.group(2)], q.org_or_place, q.qualifier)


_VERB_NEXT = re.compile(r"\s+([^\W\d_])")
# "Đội hình: Thủ môn: Xuân Nam; hậu vệ: Đặng Văn Tường, Long Giang; Tiền đạo: ...": a team sheet
_LINEUP = re.compile(
    r"(?:^|(?<=[;:.\n]))\s*((?i:thủ môn|hậu vệ|trung vệ|tiền vệ|tiền đạo))\s*:\s*([^;:.\n]{1,300})"
)
_LINEUP_SEP = re.compile(r",|\bvà\b")
_LINEUP_NAME = re.compile(r"(?:[A-ZĐ][^\W\d_]*\s+){0,3}[A-ZĐ][^\W\d_]*")


def _lineup(text: str, persons: list[Span], canon: dict[tuple[int, int], str]) -> list[Position]:
    """Each name of a list after a playing position and a colon, when the list holds only names."""
    out: list[Position] = []
    for m in _LINEUP.finditer(text):
        a, b = m.span(2)
        inside = [p for p in persons if a <= p.start and p.end <= b]
        if not inside:
            continue
        # the list is names only: what lies between them is commas or "và" (an unrecognised name too)
        gaps = [text[a : inside[0].start]] + [text[x.end : y.start] for x, y in pairwise(inside)]
        gaps.append(text[inside[-1].end : b])
        if not all(
            not x.strip() or _LINEUP_NAME.fullmatch(x.strip()) for g in gaps for x in _LINEUP_SEP.split(g)
        ):
            continue
        out.extend(Position(canon.get((p.start, p.end), text[p.start : p.end]), m.group(1)) for p in inside)
    return out


# "Người phụ trách chương trình: Phan Thu Thuỷ" (also glued to the previous token, "...comNgười phụ
# trách"): a contact label, then a colon and the name.
_LABEL = re.compile(r"((?:N|(?<![^\W\d_])n)gười phụ trách(?: chương trình)?)[ \t]*:[ \t]*")


def _labels(text: str, persons: list[Span], canon: dict[tuple[int, int], str]) -> list[Position]:
    """The person named right after a contact label and its colon."""
    by_start = {p.start: p for p in persons}
    out: list[Position] = []
    for m in _LABEL.finditer(text):
        p = by_start.get(m.end())
        if p is not None:
            out.append(Position(canon.get((p.start, p.end), text[p.start : p.end]), m.group(1)))
    return out


# "... Ông cũng hiện là Chủ tịch Hiệp hội X": a sentence that goes on about the person just named.
_ALSO_IS = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:Ông|Bà)\s+cũng\s+(?:(?:hiện|hiện nay|đồng thời)\s+)?(?:cũng\s+)?(?=là\s)"
)
# "... Ông từng giữ chức Hiệu trưởng X, Giám đốc Sở Y, Phó bí thư Thành uỷ.": a sentence listing the offices
# the person just named used to hold, each one former ("nguyên").
_ONCE_HELD = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:Ông|Bà)\s+(?:(?:đã|cũng|trước đây|trước đó)\s+)*từng\s+"
    r"(?:giữ\s+(?:các\s+)?(?:chức(?: vụ| danh)?|cương vị)|đảm nhiệm\s+(?:các\s+)?(?:chức(?: vụ| danh)?|cương vị)"
    r"|là|làm)\s+(?=\w)"
)
_CANDIDATE = re.compile(r"(?i:ứng cử viên|ứng viên)")


def _also_is(
    text: str, persons: Sequence[Span], spans: list[Span], canon: dict[tuple[int, int], str]
) -> list[Position]:
    """The titles of a sentence "Ông/Bà cũng (hiện) là ..." for the last person named before it (within
    400 characters) whom the article calls "ông"/"bà" like the pronoun."""
    out: list[Position] = []
    ends = [q.end for q in persons]
    starts = [q.start for q in spans]
    honoured: dict[str, set[str]] = {"ông": set(), "bà": set()}
    for q in persons:
        w = low_key(text[max(0, q.start - 4) : q.start]).split()[-1:]
        if w and w[0] in honoured and text[q.start - 1 : q.start] == " ":
            honoured[w[0]].add(canon.get((q.start, q.end), text[q.start : q.end]))
    heads = heapq.merge(
        ((m, False) for m in _ALSO_IS.finditer(text)),
        ((m, True) for m in _ONCE_HELD.finditer(text)),
        key=lambda x: x[0].start(),
    )
    for m, once in heads:
        hon = m.group().strip().split()[0].lower()
        i = bisect_right(ends, m.start()) - 1
        # the last person named before, whom the article calls "ông"/"bà" like the pronoun
        while i >= 0 and m.start() - ends[i] <= 400:
            if (
                canon.get((persons[i].start, persons[i].end), text[persons[i].start : persons[i].end])
                in honoured[hon]
            ):
                break
            i -= 1
        if i < 0 or m.start() - ends[i] > 400:
            continue
        p = persons[i]
        _lo, hi = _sentence_bounds(text, m.end(), m.end())
        name = canon.get((p.start, p.end), text[p.start : p.end])
        near = spans[bisect_left(starts, m.start()) : bisect_left(starts, hi)]
        if once:
            end = min(hi, m.end() + _LIST_SPAN)
            inner = spans[bisect_left(starts, m.start()) : bisect_left(starts, end)]
            out.extend(_career_items(text, m.end(), end, name, inner))
            continue
        found = _apposition(text, m.end(), name, near, hi, ())
        out.extend(q for q in found if not _CANDIDATE.match(q.title))
    return out


# "Ông Khánh từng đảm nhiệm nhiều chức vụ ở địa phương như A; B; C": the offices a person has held.
_CAREER = re.compile(
    r"\s+(?:đã\s+)?từng\s+(?:đảm nhiệm|giữ|kinh qua|trải qua|nắm giữ)\s+(?:nhiều|các|một số)\s+"
    r"(?:chức vụ|chức danh|cương vị|vị trí)(?:\s+[^\W\d_]+){0,5}?\s*(?:như|gồm|:)\s*"
)


def _career(
    text: str, persons: Sequence[Span], spans: list[Span], canon: dict[tuple[int, int], str]
) -> list[Position]:
    """Each office of a career list after the person's name, as a former one ("nguyên")."""
    out: list[Position] = []
    for p in persons:
        m = _CAREER.match(text, p.end)
        if m is None:
            continue
        _lo, hi = _sentence_bounds(text, m.end(), m.end())
        name = canon.get((p.start, p.end), text[p.start : p.end])
        out.extend(_career_items(text, m.end(), hi, name, spans))
    return out


def _career_items(text: str, pos: int, hi: int, name: str, spans: list[Span]) -> list[Position]:
    """The offices of a list ";"- (else ",")-separated from ``pos`` to ``hi``, each a former one, up to the
    first item that is no title or names a person."""
    out: list[Position] = []
    seg = text[pos:hi]
    sep = ";" if ";" in seg else ","
    for item in seg.split(sep):
        start = pos + len(item) - len(item.lstrip())
        parsed = _parse_title(text, start, spans, pos + len(item), lower_ok=True)
        pos += len(item) + 1
        if parsed is None or any(q.type == "PER" and start <= q.start < pos for q in spans):
            break
        title, org, qual, _end = parsed
        out.append(Position(name, title, org, _former(qual)))
    return out


# "các Ủy viên T.Ư Đảng: Bộ trưởng X Phạm Quang Nghị; Chủ tịch Y Cù Thị Hậu; ...": a plural title and a
# colon head a list of names to the sentence's end; each item (";"-separated, else ","/"và") naming one
# person gives that person the title, whatever other title the item gives.
_PLURAL_HEAD = re.compile(r"(?<!\w)(?i:các|những)\s+(?=\w)")
_HEAD_COLON = re.compile(r"\s*:\s*")
_HEAD_COLON_AHEAD = re.compile(r"(?:[^:;.!?\n]|\.(?=\S)){2,80}:")
_LIST_SPAN, _LIST_ITEMS = 600, 30  # a list's reach and its items at most (bad input stays linear)
# A sentence's end inside a list, not the dot of a unit's abbreviation ("Bộ tư lệnh TP. HCM", "Q. Bình Thạnh").
_LIST_STOP = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\bTX)(?<!\bTT)(?<!\b[QPHX])[.!?]\s|\n")
_HEAD_GOM_AHEAD = re.compile(r"(?:[^:;.!?\n]|\.(?=\S)){2,80}?\sgồm\s")
_HEAD_GOM = re.compile(r"\s+(?:đều\s+)?gồm(?:\s+có)?\s*:?\s*(?:(?:các|những)\s+(?:ông|bà|đồng chí)\s+)?")
_ITEM_SEP = re.compile(r"\s*(?:,|\svà\s)\s*")


def _plural_heads(
    text: str, persons: list[Span], spans: list[Span], canon: dict[tuple[int, int], str]
) -> list[Position]:
    out: list[Position] = []
    starts = [q.start for q in persons]
    span_starts = [q.start for q in spans]
    for m in _PLURAL_HEAD.finditer(text):
        if not _HEAD_COLON_AHEAD.match(text, m.end()) and not _HEAD_GOM_AHEAD.match(text, m.end()):
            continue
        near = spans[bisect_left(span_starts, m.end()) : bisect_left(span_starts, m.end() + 90)]
        parsed = _parse_title(text, m.end(), near, min(len(text), m.end() + 90), lower_ok=True)
        if parsed is None:
            continue
        colon = _HEAD_COLON.match(text, parsed[3])
        if colon is None or ":" not in colon.group():
            # "Các ĐBQH gồm ông A, bà B và ông C": "gồm" heads the list as a colon would
            colon = _HEAD_GOM.match(text, parsed[3])
            if colon is None:
                continue
        stop = _LIST_STOP.search(text, colon.end(), colon.end() + _LIST_SPAN)
        end = stop.start() if stop is not None else min(len(text), colon.end() + _LIST_SPAN)
        body = text[colon.end() : end]
        sep = re.compile(r"\s*;\s*") if ";" in body else _ITEM_SEP
        pos = colon.end()
        cuts = [*[colon.end() + x.start() for x in sep.finditer(body)][:_LIST_ITEMS], end]
        for cut in cuts:
            members = persons[bisect_left(starts, pos) : bisect_left(starts, cut)]
            members = [q for q in members if q.end <= cut]
            if len(members) == 1:
                q = members[0]
                name = canon.get((q.start, q.end), text[q.start : q.end])
                out.append(Position(name, parsed[0], parsed[1], parsed[2]))
            pos = cut
    return out


# "Ban Bí thư đã kỷ luật cách chức Bí thư Ban cán sự đảng Bộ Công Thương giai đoạn 2011-2016 đối với ông
# Vũ Huy Hoàng": the office a named person is dismissed from, a former one.
_DISMISS = re.compile(r"(?<!\w)(?:cách|cắt|bãi nhiệm|miễn nhiệm)\s+chức(?:\s+vụ)?\s+")
_DISMISS_MORE = re.compile(r"\s*,?\s+và\s+chức(?:\s+vụ)?\s+")
_DISMISS_COMMA = re.compile(r"[^.;:!?\n,()]{0,60},\s*")
_DISMISS_TO = re.compile(r"[^.;:!?\n,]{0,60}?\s(?:đối\s+)?với\s+(?:(?:ông|bà|đồng chí)\s+)?")


def _cued_titles(
    text: str, cue: re.Pattern[str], spans: list[Span]
) -> Iterator[tuple[re.Match[str], int, list[Span], tuple[str, str, str, int] | None]]:
    """For each match of `cue`: the match, its sentence's end, the entity spans near it, and the title
    phrase right after it (parsed against those spans only, so a long text stays linear)."""
    span_starts = [q.start for q in spans]
    for m in cue.finditer(text):
        _lo, hi = _sentence_bounds(text, m.end(), m.end())
        local = spans[bisect_left(span_starts, m.start() - _NEAR) : bisect_right(span_starts, hi + _NEAR)]
        yield m, hi, local, _parse_title(text, m.end(), local, hi, lower_ok=True)


def _dismissed(
    text: str, persons: Sequence[Span], spans: list[Span], canon: dict[tuple[int, int], str]
) -> list[Position]:
    out: list[Position] = []
    starts = {q.start: q for q in persons}
    for _m, hi, local, parsed in _cued_titles(text, _DISMISS, spans):
        if parsed is None:
            continue
        # "cách chức Uỷ viên ban chấp hành Đảng bộ huyện, Bí thư chi bộ Phòng X đối với ông Y": a list
        # of offices, each closed by a comma, before the person
        offices = [parsed]
        while len(offices) < _LIST_ITEMS and (comma := _DISMISS_COMMA.match(text, offices[-1][3], hi)):
            further = _parse_title(text, comma.end(), local, hi, lower_ok=True)
            if further is None:
                break
            offices.append(further)
        parsed = offices[-1]
        to = _DISMISS_TO.match(text, parsed[3], hi)
        p = starts.get(to.end()) if to is not None else None
        if p is None or any(q.type == "PER" and offices[0][3] <= q.start < p.start for q in local):
            continue
        for title, org, qual, _end in offices:
            out.append(
                Position(canon.get((p.start, p.end), text[p.start : p.end]), title, org, _former(qual))
            )
        # "... đối với ông A và chức vụ kế toán trưởng với ông B": a further office, a further person
        more = _DISMISS_MORE.match(text, p.end, hi)
        while more is not None:
            parsed = _parse_title(text, more.end(), local, hi, lower_ok=True)
            to = _DISMISS_TO.match(text, parsed[3], hi) if parsed is not None else None
            q = starts.get(to.end()) if to is not None else None
            if (
                parsed is None
                or q is None
                or any(r.type == "PER" and parsed[3] <= r.start < q.start for r in local)
            ):
                break
            title, org, qual, _end = parsed
            out.append(
                Position(canon.get((q.start, q.end), text[q.start : q.end]), title, org, _former(qual))
            )
            more = _DISMISS_MORE.match(text, q.end, hi)
    return out


_OF_LEAD = re.compile(r"(?<!\w)(?:của|[Tt]heo)\s+(?:[^\s,;:()]+\s+){1,6}$")
_PLURAL_NEAR = re.compile(r"(?:^|\s)(?i:các|những|hai|ba|bốn|năm|\d+)\s+(?:(?!của\s)\S+\s+){0,6}$")


# A one-word "name" that is the head word of a body ("Khu quản lý đường bộ 2", "Phòng", "Sở").
_BODY_WORDS = frozenset({"khu", "phòng", "sở", "cục", "viện", "vụ", "ban"})
# Ethnic groups that are no given names ("nông dân Khơme thiếu tư liệu sản xuất"): a people, not a person.
_ETHNIC = frozenset(
    {"khơme", "khmer", "khơ-me", "chăm", "tày", "nùng", "mường", "hmông", "h'mông", "êđê", "ê-đê"}
)
# One-word "names" that are a body's head word or a people: no person holds a position.
_NO_PERSON_WORDS = _BODY_WORDS | _ETHNIC
# ", Chủ tịch UBND tỉnh Điện Biên, và ông": the first member's own apposition, then "và" and the next
_APPOS_AND = re.compile(r"\s*,\s*([^,;:()]{3,90}?)\s*,?\s+và\s+(?:(?:ông|bà|anh|chị)\s+)?")
_COUNT_BEFORE = re.compile(
    r"(?:^|\s)(?i:hai|ba|bốn|năm|sáu|2|3|4|5|6|các|những)\s+(?:\S+\s+){1,5}?là\s+(?:(?:ông|bà)\s+)?$"
)


def _counted_pair(text: str, first: Span, p: Span, spans: list[Span], lo: int, head: Span | None) -> bool:
    """ "hai phó trưởng ban là ông A, Chủ tịch UBND tỉnh X, và ông B, ...": a counted title before "là"
    and a list whose first member has an apposition of its own; the title covers the next name too."""
    gap = _APPOS_AND.fullmatch(text, first.end, p.start)
    lead = head.start if head is not None else first.start
    return (
        gap is not None
        and _COUNT_BEFORE.search(text, max(lo, lead - 60), lead) is not None
        and (t := _parse_title(text, gap.start(1), spans, gap.end(1), lower_ok=True)) is not None
        and _reaches(text, t[3], gap.end(1), spans)
    )


def _own_apposition(
    text: str, p: Span, after: list[Position], lo: int, head: Span, spans: list[Span], hi: int
) -> bool:
    """The second name after a singular title has a title of its own in apposition, so the title before
    the first name is that one's only: "nhạc trưởng Lê Phi Phi, Ninh Đức Hoàng Long, nghệ sĩ piano"
    ("các luật sư A, B, Trưởng văn phòng X": a plural title covers the list all the same; "hậu vệ A, B,
    tiền vệ C": a title before the next name heads the next list, it is no apposition)."""
    if not (
        after
        and text.startswith(", ", p.end)
        and _PLURAL_NEAR.search(text[max(lo, head.start - 60) : head.start]) is None
    ):
        return False
    parsed = _parse_title(text, p.end + 2, spans, hi, lower_ok=True)
    return parsed is not None and not any(
        q.type == "PER" and parsed[3] <= q.start <= parsed[3] + 1 for q in spans
    )


def _clause_after_pair(text: str, first: Span, p: Span, lo: int, head: Span | None) -> bool:
    """A possessor ("của" TITLE NAME) or a source ("Theo" TITLE NAME), a comma and a second name that starts the next clause (a verb
    follows it, no "và", no plural before the title) is no list: "của HLV Magath, Ballack đóng vai trò"
    ("cầu thủ Bật Hiếu, Hải Lâm thi đấu tốt" is one)."""
    gap = text[first.end : p.start]
    lead = head.start if head is not None else first.start
    return (
        "và" not in gap
        and "(" not in gap
        and (verb := _VERB_NEXT.match(text, p.end)) is not None
        and verb.group(1).islower()
        and not text.startswith("và", verb.start(1))
        and _OF_LEAD.search(text[max(lo, lead - 60) : lead]) is not None
        and _PLURAL_NEAR.search(text[max(lo, lead - 60) : lead]) is None
    )


# "Stormy Daniels – tên thật là Stephanie Clifford - một diễn viên": a second name of the same person
# (the first may be a name the scan did not mark: capitalised words right before the separator).
_REAL_NAME = re.compile(
    r"((?:[A-ZĐ][^\W\d_]*\s+){0,3}[A-ZĐ][^\W\d_]*)\s*[-–,(]\s*"
    r"(?:tên thật(?:\s+là)?|tên khai sinh(?:\s+là)?|nhũ danh|tên cúng cơm(?:\s+là)?)\s+$"
)


def _real_names(text: str, persons: Sequence[Span], canon: dict[tuple[int, int], str]) -> dict[str, str]:
    """The real (or birth) name given right after a name -> that name: the titles are the one person's."""
    out: dict[str, str] = {}
    ends = {q.end: q for q in persons}
    for b in persons:
        m = _REAL_NAME.search(text, max(0, b.start - 80), b.start)
        if m is None:
            continue
        a = ends.get(m.end(1))
        known = canon.get((a.start, a.end), text[a.start : a.end]) if a is not None else m.group(1)
        real = canon.get((b.start, b.end), text[b.start : b.end])
        if real != known:
            out[real] = known
    return out


def _first_name_aliases(entities: Sequence[Entity]) -> dict[str, str]:
    """ "Yingluck" -> "Yingluck Shinawatra", "Lật" -> "Lật Chiến Thư": a person named by the first words
    of exactly one fuller name in the article is that person (Thai, Chinese, Korean, Western names are
    shortened from the front; Vietnamese given names, shortened from the back, are linked upstream)."""
    names = sorted({e.name for e in entities if e.type == "PER"}, key=len)
    out: dict[str, str] = {}
    for i, short in enumerate(names):
        words = short.split()
        longer = [
            n for n in names[i + 1 :] if n.split()[: len(words)] == words and len(n.split()) > len(words)
        ]
        if len(longer) == 1:
            out[short] = longer[0]
        elif len(words) == 1:
            # "Weinstein" for "Jack B.Weinstein": a surname fused to the initial before it by a full stop
            fused = [n for n in names[i + 1 :] if n.endswith("." + short) and " " in n]
            if len(fused) == 1:
                out[short] = fused[0]
    # "N. Bagabandi" for "Natsagyn Bagabandi": an initial and the last name of exactly one fuller name
    by_last: dict[tuple[str, str], list[str]] = {}
    for n in names:
        words = n.split()
        if len(words) > 1 and _INITIALS.fullmatch(n) is None:
            by_last.setdefault((words[0][0], words[-1]), []).append(n)
    for short in names:
        m = _INITIALS.fullmatch(short)
        if m is not None and short not in out:
            fuller = by_last.get((m.group(1)[0], m.group(2)), [])
            if len(fuller) == 1:
                out[short] = fuller[0]
    return out


_INITIALS = re.compile(r"((?:[A-ZĐ]\.\s*)+)([A-ZĐÀ-Ỹ][^\W\d_]*)")


_RESPECTIVELY = re.compile(r"\s*[(,]?\s*(?:đều\s+)?(?:lần lượt là|lần lượt giữ chức|theo thứ tự là)\s+")
_TITLE_SEP = re.compile(r"\s*(?:,|và|;)\s*")
# "Trương Bình Trinh, Hoàng Văn Giang (tiếp tân và bảo vệ khách sạn X)": one title each, in order
_PAREN_TITLES = re.compile(r"\s*\(\s*")
# Occupations that are verbs before a name ("bảo vệ Cúp vô địch"): titles only in such a bracket.
_VERB_OCCUPATION = re.compile(r"(?:bảo vệ|Bảo vệ)(?!\w)")
_PAREN_REST = re.compile(
    r"[^(),;:]{0,60}\)"
)  # the last title's body ("| khách sạn X)"), then the bracket's end


def _respectively(
    text: str,
    persons: Sequence[Span],
    spans: list[Span],
    canon: dict[tuple[int, int], str],
    drop: set[tuple[str, str]] | None = None,
) -> list[Position]:
    """ "Các ông A, B và C lần lượt là Chủ tịch, Phó Chủ tịch và Ủy viên ...": one title each."""
    out: list[Position] = []
    starts = {s.start: s for s in persons}
    span_starts = [q.start for q in spans]
    i = 0
    ordered = sorted(persons, key=lambda s: s.start)
    while i < len(ordered):
        group = [ordered[i]]
        while True:
            m = _LIST_SEP.match(text, group[-1].end)
            if m is None or m.end() not in starts:
                break
            group.append(starts[m.end()])
        i += len(group)
        if len(group) < 2:
            continue
        r = _RESPECTIVELY.match(text, group[-1].end) or _PAREN_TITLES.match(text, group[-1].end)
        if r is None:
            continue
        paren = r.group().strip() == "("
        titles: list[tuple[str, str, str, int]] = []
        seps: list[str] = []
        pos = r.end()
        _lo, hi = _sentence_bounds(text, pos, pos)
        local = spans[bisect_left(span_starts, pos - _NEAR) : bisect_right(span_starts, hi + _NEAR)]
        while len(titles) < len(group):
            parsed = _parse_title(text, pos, local, hi, lower_ok=True)
            if parsed is None and paren and (verb := _VERB_OCCUPATION.match(text, pos, hi)) is not None:
                parsed = (verb.group(), "", "", verb.end())
            if parsed is None:
                break
            titles.append(parsed)
            m = _TITLE_SEP.match(text, parsed[3], hi)
            if m is None:
                break
            seps.append(m.group().strip())
            pos = m.end()
        if len(titles) != len(group):
            continue
        # "A, B (tiếp tân và bảo vệ khách sạn X)": a bracket of as many titles as names joined by "và",
        # holding nothing else
        if paren and not (seps[-1] == "và" and _PAREN_REST.match(text, titles[-1][3])):
            continue
        for p, (title, org, qual, _end) in zip(group, titles, strict=True):
            name = canon.get((p.start, p.end), text[p.start : p.end])
            out.append(Position(name, title, org, qual))
            if paren and drop is not None:
                # the bracket read as the last name's alone ("Hoàng Văn Giang | tiếp tân") is no title of it
                drop.update((name, low_key(t[0])) for t in titles if t[0] != title)
    return out


# "nguyên tổng giám đốc A, trưởng và phó phòng Tài chính B, C": the head and the deputy of one unit, then
# two names in that order.
_HEAD_AND_DEPUTY = re.compile(r"(?<!\w)([Tt]rưởng)\s+và\s+(?=phó\s)")
_PAIR_SEP = re.compile(r"\s*(?:,|và)\s*")


def _head_and_deputy(
    text: str,
    persons: Sequence[Span],
    spans: list[Span],
    canon: dict[tuple[int, int], str],
    drop: set[tuple[str, str, str]],
) -> list[Position]:
    out: list[Position] = []
    starts = {q.start: q for q in persons}
    ends = {q.end: q for q in persons}
    for m, hi, _local, parsed in _cued_titles(text, _HEAD_AND_DEPUTY, spans):
        if parsed is None or parsed[2] != "phó":
            continue
        title, org, _qual, end = parsed
        ws = len(text[end:hi]) - len(text[end:hi].lstrip(" "))
        first = starts.get(end + ws)
        sep = _PAIR_SEP.match(text, first.end, hi) if first is not None else None
        second = starts.get(sep.end()) if sep is not None else None
        if first is None or second is None:
            continue
        a = canon.get((first.start, first.end), text[first.start : first.end])
        b = canon.get((second.start, second.end), text[second.start : second.end])
        out += [Position(a, title, org, ""), Position(b, title, org, "phó")]
        drop.add((a, low_key(title), "phó"))
        # the bare head word is no title of the name before it ("A, | trưởng | và phó ...")
        before = re.search(r",\s*$", text[max(0, m.start() - 3) : m.start()])
        prev = ends.get(m.start() - len(before.group())) if before is not None else None
        if prev is not None:
            drop.add(
                (canon.get((prev.start, prev.end), text[prev.start : prev.end]), low_key(m.group(1)), "")
            )
    return out


_BEFORE_WINDOW = 180


# "Phó Giám đốc Sở Y tế, ông Nguyễn Văn A": a comma (and an honorific) between an organ and the name.
# naval ranks too: "Tư lệnh Hải quân Nga, Đô đốc Nikolay Evmenov", "Chuẩn Đô đốc", "Phó Đô đốc"
_RANK = (
    r"(?:(?:Thượng|Trung|Thiếu|Đại|thượng|trung|thiếu|đại)\s+(?:tướng|tá|úy|uý)|[Tt]ướng"
    r"|(?:(?:Phó|Chuẩn|phó|chuẩn)\s+)?[Đđ]ô\s+[Đđ]ốc)"
)
_SEP_NAME = re.compile(r"(?:\s*,\s*|\s[-–]\s+)(?:(?:ông|bà|Ông|Bà)\s+)?$")
_COMMA_NAME = re.compile(  # (a place in brackets may follow the body: "UBND TP Nha Trang (Khánh Hoà), ông X")
    r"(?:\s*\([A-ZĐÀ-Ỹ][^\W\d_]*(?: [^\W\d_]+){0,3}\))?\s*(?:,\s*(?:(?:ông|bà|Ông|Bà)\s+|"
    + _RANK
    + r"\s+)?|\s[-–]\s+(?:(?:ông|bà|Ông|Bà)\s+)?)"
)
# "Giám đốc Công an tỉnh, Đại tá Nguyễn Văn A" / "Giám đốc Công an tỉnh Đại tá Nguyễn Văn A"
_DASH_HON = re.compile(r"((?: [^\W\d_]+){0,3})\s[-–]\s+(?:ông|bà|Ông|Bà)\s+")
_RANK_NAME = re.compile(r"\s*,?\s*" + _RANK + r"\s+")
_REPORTER = frozenset({"pv", "phóng viên", "nhà báo", "biên tập viên", "phóng viên thường trú"})
# Words that may stand before a title phrase that has its name after a comma ("theo Giám đốc X, ông Y").
_COMMA_LEAD = re.compile(r"(?:^|\s)(?:của|theo|Theo|với|cho biết|cho hay)\s*$")
_OF_END = re.compile(r"(?:^|\s)của\s*$")
_ONE_WORD = re.compile(r"(?:\s+[^\W\d_]+)?\s*")


# The rest of a marked body between it and ", ông X": a dashed part the scan cut off ("Vụ Tây Á | - châu
# Phi"), then the parent body or the post ("| của Bộ Ngoại giao", "| tại Tanzania").
_BODY_DASH = re.compile(r"\s[-–]\s[^\W\d_]+(?: [^\W\d_]+){0,2}?(?=\s+(?:của|thuộc|tại)\s)")
_BODY_VIA = re.compile(r"\s+(?:của|thuộc|tại)\s+")
_CAP_PLACE = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]+(?: [A-ZĐÀ-Ỹ][^\W\d_]+){0,2}")


def _via_comma_name(text: str, end: int, target: int, spans: list[Span]) -> bool:
    """ "Phó Vụ trưởng Vụ Tây Á - châu Phi của Bộ Ngoại giao, ông X", "Đại biện lâm thời Đại sứ quán Việt
    Nam tại Tanzania, ông X": after the title's body, its parent body (a marked ORG or LOC) or the post's
    place (capitalised words), then a comma and an honorific or rank before the name."""
    pos = end
    dash = _BODY_DASH.match(text, pos, target)
    if dash is not None:
        pos = dash.end()
    via = _BODY_VIA.match(text, pos, target)
    if via is None:
        return False
    at = _span_at(spans, via.end() - 1, target)
    if at is not None and at.start == via.end() and at.type in ("ORG", "LOC"):
        after = at.end
    elif (cap := _CAP_PLACE.match(text, via.end(), target)) is not None and not any(
        q.type == "PER" and via.end() <= q.start < cap.end() for q in spans
    ):
        after = cap.end()
    else:
        return False
    tail = text[after:target]
    return tail.lstrip().startswith(",") and _COMMA_NAME.fullmatch(tail) is not None


def _comma_lead(text: str, lo: int, s: int, spans: list[Span]) -> bool:
    """`_COMMA_LEAD` before a title phrase, except a "của" that follows another title with no name of its
    own: in "Luật sư riêng của Tổng thống Mỹ, ông Michael Cohen" the name is the lawyer's, not the second
    title's."""
    lead = text[lo:s]
    if _COMMA_LEAD.search(lead) is None:
        return False
    of = _OF_END.search(lead)
    if of is None:
        return True
    c = lo + of.start()
    for t in _TOKEN.finditer(text, max(lo, c - 40), c):
        low = low_key(t.group())
        if not t.group()[0].isupper() and low not in _title_firsts():
            continue
        parsed = _parse_title(text, t.start(), spans, c, lower_ok=True)
        if parsed is not None and _ONE_WORD.fullmatch(text, parsed[3], c):
            # (unless that title is an earlier name's: "Gerhard Schroeder, cố vấn đặc biệt của Chủ tịch
            # HĐQT Tập đoàn Ringier - ông Michael Ringier")
            return any(q.type == "PER" and lo <= q.start and q.end <= t.start() for q in spans)
    return True


@lru_cache(maxsize=1)
def _title_firsts() -> frozenset[str]:
    return frozenset(k.split()[0] for k in (*_titles(), *_DEPUTY_SUFFIX) if k not in ("phó", "trưởng"))


# Only a count (or nothing) between a line's start and a title that heads a list of names after a colon.
_LINE_HEAD = re.compile(r"\s*(?:\d{1,3}\s+)?")


def _heads_line(between: str) -> bool:
    """ ": " or ": Đặng Xuân Vui, Tomasak, ": a colon, then only names, each followed by a comma."""
    head, colon, rest = between.partition(":")
    return not head.strip() and bool(colon) and _only_names(rest)


def _only_names(gap: str) -> bool:
    """ "" or "Julien Mac Donald, Chloe &amp; ": capitalised names, each followed by a list separator."""
    gap = re.sub(r"\s*\([^()]{1,30}\)", "", gap)  # "Alexis Duclos (Pháp), ": a country aside
    *names, last = re.split(r"\s*(?:,|&amp;|&|\svà\s)\s*", " " + gap)
    return not last.strip() and all(
        0 < len(n.split()) <= 5 and all(w[:1].isupper() for w in n.split()) for n in names
    )


_NOT_ACTING = re.compile(r"(?i:chính|thẩm|nhân|toàn|đặc|trao|ủy|uỷ|phân|quan|lạm|tước|vượt|bản)\s+$")


_GENERIC_BODY_HON = re.compile(
    r" (?:của )?(?:nhà trường|trường|công ty|bệnh viện|doanh nghiệp|đơn vị|tập đoàn|ngân hàng) (?:ông|bà) "
)


def _closed_title(text: str, t: tuple[str, str, str, int], target: int, spans: list[Span]) -> int | None:
    """Where the parsed title ``t`` (and its body) is closed by a comma or "và" before ``target``."""
    close = re.search(r",|\s+và\s", text[t[3] : target])
    if close is not None and (
        close.start() == 0 or _body_run(text, t[3], t[3] + close.start(), spans, open_end=True) is not None
    ):
        return t[3] + close.start()
    return None


def _listed_titles(text: str, pos: int, p: Span, spans: list[Span]) -> int:
    """End of the further titles of an earlier name, when names and their titles alternate in a list
    ("Lê Hoàng Quân, Ủy viên Trung ương Đảng, | Phó Bí thư Thường trực Thành ủy, | Lê Thanh Hải, Phó Bí
    thư Thành ủy"): a title closed by the comma right before the name is the earlier name's when the
    name has its own title after a comma; ``pos`` when it is not."""
    after = re.match(r",\s*", text[p.end : p.end + 3])
    if after is None or _parse_title(text, p.end + after.end(), spans, p.end + 200, lower_ok=True) is None:
        return pos
    for _ in range(4):
        sep = re.match(r",\s+", text[pos : p.start])
        if sep is None:
            break
        t = _parse_title(text, pos + sep.end(), spans, p.start, lower_ok=True)
        close = _closed_title(text, t, p.start, spans) if t is not None else None
        if close is None or text[close : close + 1] != ",":
            break
        if _COMMA_NAME.fullmatch(text, close, p.start) is not None:
            return close
        pos = close
    return pos


def _before(text: str, p: Span, name: str, spans: list[Span], lo: int) -> list[Position]:
    """Title phrase ending right before the name ("Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn")."""
    start = max(lo, p.start - _BEFORE_WINDOW)
    window = text[start : p.start]
    out: list[Position] = []
    if text[p.end : p.end + 1] == ")":
        opening = text.rfind("(", start, p.start)
        if opening > 0 and ")" not in text[opening : p.start]:
            lead = len(text[:opening].rstrip())
            seg = text[opening + 1 : p.start]
            inner = opening + 1 + len(seg) - len(seg.lstrip())
            if any(q.type == "PER" and q.end == lead for q in spans) and (
                _parse_title(text, inner, spans, p.start, lower_ok=True) is not None
            ):
                # "ông Trần Quý Thanh (Tổng giám đốc Tân Hiệp Phát)": the company, not a person (but
                # "Luật sư X (người bào chữa cho cầu thủ Văn Quyến)" names another person)
                return out
    # a title in apposition to an earlier name ("Quang Thông - Tổng thư ký tòa soạn báo Thanh Niên, |
    # nhà báo Đức Liên") is that name's: no candidate starts inside it
    owned = 0
    for q in spans:
        if q.type == "PER" and start <= q.end < p.start:
            sep = re.match(r"\s+[-–]\s+|\s*\(\s*|,\s+(?=[^\W\d_])", text[q.end : p.start])
            if sep is not None:
                t = _parse_title(text, q.end + sep.end(), spans, p.start, lower_ok=True)
                if t is None or _reaches(text, t[3], p.start, spans):
                    continue
                if "," not in sep.group():
                    owned = max(owned, t[3])
                    continue
                # "Du Trường Giang, phó tư lệnh Bộ Tư lệnh Quân khu 7, | Phó chủ tịch UBND TP. HCM Huỳnh
                # Cách Mạng", "Bùi Đặng Dũng, Bí thư Trung ương Đoàn TNCS Hồ Chí Minh | và GS-VS Nguyễn Văn
                # Hiệu": after a comma, only a title (and its body) closed by a comma or "và" is the earlier
                # name's
                close = _closed_title(text, t, p.start, spans)
                if close is not None:
                    owned = max(owned, close)
                    owned = max(owned, _listed_titles(text, close, p, spans))
    # candidate starts: every token start in the window, earliest first, so the longest phrase wins
    for m in _TOKEN.finditer(window):
        s = start + m.start()
        if s < owned:
            continue
        low = low_key(m.group())
        if (
            not m.group()[0].isupper()
            and low not in ("nguyên", "cựu", "quyền", "phó")
            and low not in _title_firsts()
        ):
            continue
        if low == "quyền" and _NOT_ACTING.search(text, max(0, s - 12), s):
            continue  # "chính quyền Tổng thống Syria Bashar al-Assad": not "acting"
        if (
            not m.group()[0].isupper()
            and (prev := _WORD_BEFORE.search(text, max(0, s - 12), s)) is not None
            and f"{low_key(prev.group(1))} {low}" in _titles()
        ):
            continue  # "Đội trưởng | trạm Đá Giá": "trưởng trạm" is the tail of another title, not one
        if low in ("quyền", "phó") and any(q.type == "PER" and q.start <= s < q.end for q in spans):
            continue  # "... Nguyễn Văn Quyền; Phó Bí thư ... X": a name's last word, not "acting"
        if _ELECTION_BEFORE.search(text, max(0, s - 16), s):
            continue  # "cuộc bầu cử tổng thống Ukraina Viktor Yanukovich": a candidate, not the holder
        if _FIRM_BEFORE.search(text, max(0, s - 12), s):
            continue  # "Văn phòng luật sư Bình An", "Đoàn luật sư TP": a firm's name, not a title
        parsed = _parse_title(text, s, spans, p.start)
        if parsed is None:
            continue
        if (
            low_key(parsed[0]) in _SPOKES_OF
            and not text[parsed[3] : p.start].strip()
            and (spokes := _SPOKES_BEFORE.search(text, max(0, s - 24), s)) is not None
        ):
            # "người phát ngôn tổng thống Roque": the president's spokesperson, not the president (but
            # "người phát ngôn của Tổng thống Rouhani" names the president)
            out.append(Position(name, spokes.group(1), "", ""))
            break
        if (
            " " not in text[p.start : p.end]
            and _PLURAL_BEFORE_ANY_CASE.search(text, max(lo, s - 8), s)
            and not _LIST_NEXT.match(text, p.end)
        ):
            continue  # "tưởng niệm các Vua Hùng": a plural title and one word, a line of kings, no person
        if _business_name(text, parsed[0], p):
            continue  # "chủ nhà hàng Hưng Phát", when the article also writes "nhà hàng Hưng Phát"
        chain = [parsed]
        # "Bí thư thứ nhất Ban Chấp hành ..., Chủ tịch Hội đồng Nhà nước ... Fidel Castro",
        # "Bộ trưởng - Chủ nhiệm Ủy ban TDTT Nguyễn Danh Thái": several titles before one name
        while len(chain) < 4 and not _reaches(text, chain[-1][3], p.start, spans):
            k = _CHAIN.match(text, chain[-1][3], p.start)
            nxt = _parse_title(text, k.end(), spans, p.start) if k is not None else None
            if (
                nxt is not None
                and k is not None
                and len(chain) == 1
                and not chain[0][1]
                and "," in k.group()
                and m.group()[0].isupper()
                and text[k.end()].islower()
                and re.search(r"(?<!\w)của\s+$", text[max(0, s - 8) : s])
            ):
                # "ủng hộ lệnh của Tổng thống, chuyên gia Banzhaf nêu": the bare capitalised title ends the
                # object of "của"; the lower-case title after the comma opens the next clause with its own
                # name (not "của nhạc sĩ, ca sĩ Vũ Quốc Việt": one person's two occupations)
                chain = []
                break
            if nxt is None and not chain[-1][1] and m.group()[0].isupper():
                nxt, chain[-1] = _unmarked_next(text, chain[-1], spans, p.start)
            if nxt is None:
                break
            chain.append(nxt)
        if not chain:
            continue  # (the candidate starting at the lower-case title comes later)
        if len(chain) > 1 and low_key(chain[0][0]) in _REPORTER:
            continue  # "trao đổi với PV báo X, luật sư Y": the reporter is not Y
        if len(chain) > 1 and _PLURAL_BEFORE.search(text, max(lo, s - 8), s):
            continue  # "chia vui với các HV, Phó Chủ tịch UBND TP X": the plural title is others'
        _title, org, _qual, end = chain[-1]
        if " " not in text[p.start : p.end] and low_key(text[p.start : p.end]) in low_key(_title).split():
            continue  # "nguyên tổ trưởng | Tổ đo vẽ": a one-word "name" that is the unit the title heads
        between = text[end : p.start]
        retired = _RETIRED.fullmatch(between)
        land = retired.group(1).strip() if retired is not None else ""
        if (
            retired is not None
            and len(chain) == 1
            and _is_occupation(_title)
            and (not land or (org == "" and land in _countries()))
        ):
            # "nhà ngoại giao Ấn Độ đã nghỉ hưu Rajeev Dogra": a retired holder, a former one
            out.append(Position(name, _title, land or org, _former(_qual)))
            break
        then = _THEN.match(between)
        if then is not None and (
            not between[then.end() :].strip()
            or _COMMA_NAME.fullmatch(between, then.end())
            or _PAREN_HON.fullmatch(between, then.end())
        ):
            # "giám đốc CIA (khi đó) John Brennan", "bộ trưởng Bộ GTVT (lúc đó) - ông Đinh La Thăng",
            # "chủ tịch UBND quận 9 lúc bấy giờ (ông Lê Thành Đại)": the title held at the time, a former one
            out.extend(Position(name, t, o, _former(q)) for t, o, q, _ in chain)
            break
        if between.strip() and low_key(_title) in _REPORTER:
            continue  # "trao đổi với PV báo X, Trung tá Y": only "PV Lê Hùng" names the reporter
        if (_WHEN_WAS.search(text, max(lo, s - 24), s) or _ONCE_WAS.search(text[lo:s])) and (
            _reaches(text, end, p.start, spans) or _COMMA_NAME.fullmatch(between)
        ):
            # "Khi còn là Bí thư Tỉnh ủy, ông X đã ...": the office the person held then, a former one
            out.extend(Position(name, t, o, _former(q)) for t, o, q, _ in chain)
            break
        if between.lstrip().startswith("là") and _OF_BEFORE.search(text, max(0, s - 8), s):
            continue  # "cố vấn tôn giáo của quốc vương là X": X is the adviser, not the king
        if (
            _reaches(text, end, p.start, spans)
            or (between.strip() in ("là", "là ông", "là bà", "là anh", "là chị"))
            # "Hai phó tổng cục trưởng Tổng cục Cảnh sát là trung tướng Nguyễn Việt Thành"
            or re.fullmatch(r"\s+là\s+" + _RANK + r"\s+", between) is not None
            or re.fullmatch(r" \([A-ZĐ]{2,8}\) ", between) is not None  # "tổng giám đốc (TGĐ) Bùi Tiến Dũng"
            # "tay vợt số 1 thế giới, Roger Federer": a ranking between an occupation and the name
            or (_RANKED.fullmatch(between) is not None and _is_occupation(_title))
            # "tiền đạo người Pháp David Trezeguet": the nationality between an occupation and the name
            or (_is_nationality(between) and _is_occupation(_title))
            # "một tài xế tên V.", "cán bộ có tên là Nguyễn Văn A": the occupation, then the name
            or (_NAMED.fullmatch(between) is not None and _is_occupation(_title))
            # "phó chủ tịch phụ trách nhà đất Nguyễn Văn Nam": the portfolio between the title and the name
            # "Đặc phái viên Mỹ về vấn đề Syria James Jeffrey": the issue of an envoy
            or re.fullmatch(
                r" (?:phụ trách(?: [^\W\d_A-ZĐ]+){1,5}|(?:phụ trách|về) (?:các )?vấn đề(?: [^\W\d_]+){1,4}) ",
                between,
            )
            is not None
            # "Giám đốc tuyển sinh của trường ông Jean Pierre", "Hiệu trưởng nhà trường ông X": at the head of
            # the sentence, the body named by a generic word (the article's school, company), then the name
            or (
                m.group()[0].isupper()
                and not org
                and not _is_occupation(_title)  # "Nhân viên công ty ông X": rather Mr X's company
                and not text[lo:s].strip()
                and _GENERIC_BODY_HON.fullmatch(between) is not None
            )
            # "Tổng thống Pháp đắc cử Emmanuel Macron", "Thủ tướng đương nhiệm X", "tổng thống sắp mãn
            # nhiệm X" (still in office): the office's status
            or re.fullmatch(r" (?:(?:mới |vừa )?(?:đắc cử|đương nhiệm)|sắp mãn nhiệm) ", between) is not None
            or (
                (org or _has_organ(_title))
                # "và trưởng văn phòng Geneva, ông Sergei Ordzhonikidze": lower case with an honorific
                and (m.group()[0].isupper() or low in ("cựu", "nguyên") or _HON_END.search(between))
                and (
                    not text[lo:s].strip()
                    or _comma_lead(text, lo, s, spans)
                    or _clause_lead(text, lo, s, spans)
                )
                and (_COMMA_NAME.fullmatch(between) or (org and _via_comma_name(text, end, p.start, spans)))
            )
            or (org and _RANK_NAME.fullmatch(between))
            # "Tư lệnh Hải quân | Nga, Đô đốc Nikolay Evmenov": the body's country, then the rank
            or (
                org
                and (land := _span_at(spans, end, p.start)) is not None
                and land.type == "LOC"
                and land.name in _countries()
                and _RANK_NAME.fullmatch(text, land.end, p.start) is not None
            )
            # "các trợ lý HLV: Nguyễn Văn A, Trần Văn B": a plural title introducing a list
            or (between.strip() == ":" and _PLURAL_BEFORE.search(text[max(lo, s - 8) : s]))
            # "HLV: Đặng Xuân Vui, Lý Hào Phong" / "8 VĐV: A, B": a title heading a line of names
            or (_heads_line(between) and _LINE_HEAD.fullmatch(text, lo, s) is not None)
            # "các nhà tạo mẫu thời trang như Julien Mac Donald, ...", "các nhà nhiếp ảnh nổi tiếng như
            # Alexis Duclos (Pháp), ...": examples of a plural title
            or (
                (like := re.match(r"\s+(?:nổi tiếng\s+|hàng đầu\s+)?như\s+", between)) is not None
                and _only_names(between[like.end() :])
                and _PLURAL_BEFORE_ANY_CASE.search(text[max(lo, s - 8) : s]) is not None
            )
            # "có bốn Thứ trưởng gồm các ông A, B", "5 bị cáo là nhân viên Chi cục X (Hà Nội), gồm: A, B":
            # a counted title introducing a list
            or (_LIST_INTRO.fullmatch(between) and _COUNTED.search(text, max(lo, s - 30), s))
        ):
            out.extend(Position(name, t, o, q) for t, o, q, _ in chain)
            break
        # "Ban Thường vụ Tỉnh uỷ"; "Thường vụ Quốc hội phê chuẩn ông X": the title opens the body's own name
        inside = any(q.type == "ORG" and q.start <= s < q.end and q.end > start + m.end() for q in spans)
        cont = bool(org) and any(q.type == "ORG" and q.end == end for q in spans)
        # a lower-case title takes no lower-case body words, unless it heads a chain of titles ("ủy viên
        # Bộ Chính trị, trưởng Ban Tư tưởng - văn hóa trung ương Nguyễn Khoa Điềm")
        strict = not m.group()[0].isupper() and len(chain) == 1
        body = None if inside else _body_run(text, end, p.start, spans, strict=strict, cont=cont)
        sep = _SEP_NAME.search(between)
        if (
            body is None
            and not inside
            and sep is not None
            and sep.start() > 0
            and m.group()[0].isupper()
            and (not text[lo:s].strip() or _comma_lead(text, lo, s, spans))
            and not (text[lo:s].strip() and "," not in sep.group() and _SAID.match(text, p.end))
        ):
            # "Tổng Giám đốc CTCP ... 584 - ông Đỗ Biên Thuỳ": the body, then a separator and the name
            body = _body_run(text, end, end + sep.start(), spans, open_end=True)
        dash = _DASH_HON.fullmatch(between) if body is None and not inside else None
        if (
            dash is not None
            and m.group()[0].isupper()
            and not org
            and (not dash.group(1) or dash.group(1).islower())
            and (
                not text[lo:s].strip() or _comma_lead(text, lo, s, spans) or _clause_lead(text, lo, s, spans)
            )
        ):
            # "Trưởng BTC cuộc thi – ông Võ Việt Chung": a capitalised title at the head of the sentence,
            # a few lower-case words of its body, then a dash and the honorific before the name
            body = dash.group(1).strip()
        if body is not None:
            # "Vụ trưởng Quản lý Ngoại hối Trương Văn Phước": a body the scan did not mark
            if not org and body:
                chain[-1] = (_title, body, _qual, end)
                place = max(
                    (q for q in spans if q.type == "LOC" and end <= q.start and q.end <= p.start),
                    key=lambda q: q.end,
                    default=None,
                )
                where = text[place.start : place.end] if place is not None else ""
                if where and body.endswith(where) and body != where and _starts_terr(body):
                    # "Bí thư | Thành uỷ Đà Nẵng" when the scan missed the organ: the organ joins the title
                    chain[-1] = (f"{_title} {_organ_text(body[: -len(where)].strip())}", where, _qual, end)
            elif org and body[:1].islower():
                chain[-1] = (_title, f"{org} {body}", _qual, end)  # "Uỷ ban An toàn | giao thông quốc gia"
            out.extend(Position(name, t, o, q) for t, o, q, _ in chain)
            break
        closed = _CLOSED_NAME.search(between)
        lead_ok = (
            not text[lo:s].strip() or text[lo:s].rstrip().endswith(",") or _comma_lead(text, lo, s, spans)
        )
        if (
            not inside
            and closed is not None
            and not _OF_NOUN.search(text, max(lo, s - 12), s)  # "người quản lý | tiếp viên ... là X"
            and (
                " là " in closed.group()
                or (
                    m.group()[0].isupper()
                    and lead_ok
                    and (
                        re.match(r"\s*[,)]", text[p.end : p.end + 3])
                        # "Trưởng Ban quản lý khu này, ông X cho biết": the anaphoric body sets the name off
                        or (
                            closed.group().lstrip().startswith(",")
                            and _anaphoric_body(
                                [low_key(w) for w in text[end : end + closed.start()].split()]
                            )
                        )
                    )
                )
            )
        ):
            # "Tổng giám đốc liên doanh, ông Cao Hồng Định, cho hay", "nguyên Giám đốc TTKC Sóc Trăng là
            # ông Ngô Hồng Phi": a short body in any case, then the name set off by commas (or "là")
            loose = _loose_body(text, end, end + closed.start(), spans)
            if loose is None and " là " in closed.group() and text.startswith(" của ", end):
                # "giám đốc tài chính của Huawei là Mạnh Vãn Châu": "của" and a marked body, then "là"
                of_body = next(
                    (
                        q
                        for q in spans
                        if q.type == "ORG" and q.start == end + 5 and q.end == end + closed.start()
                    ),
                    None,
                )
                loose = of_body.name if of_body is not None else None
            if loose is not None:
                if not org and loose:
                    chain[-1] = (_title, loose, _qual, end)
                out.extend(Position(name, t, o, q) for t, o, q, _ in chain)
                break
    return out


def _unmarked_next(
    text: str, last: tuple[str, str, str, int], spans: list[Span], target: int
) -> tuple[tuple[str, str, str, int] | None, tuple[str, str, str, int]]:
    """The next title of a capitalised chain when no separator the chain knows follows the last one (which
    has no body): (the next title or None, the last title, its body extended when one was read)."""
    # "Bí thư Đảng đoàn, Chủ tịch Hội Luật gia Việt Nam X": a short body the scan did not mark, a comma,
    # then the next title of the chain
    b = _CHAIN_BODY.match(text, last[3], target)
    if (
        b is not None
        and b.group(1)[0].isupper()  # ([A-ZĐÀ-Ỹ] spans lower-case letters too: "toà | án gây")
        and not any(q.type == "PER" and b.start() < q.end and q.start < b.end() for q in spans)
    ):
        nxt = _parse_title(text, b.end(), spans, target)
        if nxt is not None:
            return nxt, (last[0], b.group(1), last[2], b.start(1) + len(b.group(1)))
    e0 = last[3]
    if (
        _is_occupation(last[0])
        or text[e0 : e0 + 1] != " "
        or not text[e0 + 1 : e0 + 2].isupper()
        or not text[e0 + 2 : e0 + 3].islower()  # (a title in full words, not "ĐB")
    ):
        return None, last
    # "Phó chủ tịch Tổng thư ký Hội Luật gia X": two titles with the comma left out
    nxt = _parse_title(text, e0 + 1, spans, target)
    if nxt is not None and (
        low_key(text[e0 + 1 : nxt[3]]).split()[0] not in _title_firsts() or _is_occupation(nxt[0])
    ):
        return None, last  # ("học sinh Sinh viên Trường ĐH X", "Trưởng đoàn ĐB Cao Bằng": not two titles)
    return nxt, last


_BUSINESSES = frozenset({"nhà hàng", "khách sạn", "quán", "cửa hàng", "tiệm", "nhà trọ", "đại lý", "vựa"})


def _business_name(text: str, title: str, p: Span) -> bool:
    """An owner's title ("chủ nhà hàng") before a name the article also gives the business itself,
    "nhà hàng Hưng Phát" without "chủ": the name is the business's, not a person's."""
    words = low_key(title).split()
    if len(words) < 2 or words[0] != "chủ" or " ".join(words[1:]) not in _BUSINESSES:
        return False
    noun, name = " ".join(words[1:]), re.escape(text[p.start : p.end])
    return any(
        low_key(text[max(0, m.start() - 4) : m.start()]).strip() != "chủ"
        for m in re.finditer(rf"(?i:{re.escape(noun)})\s+{name}\b", text)
    )


_LIST_NEXT = re.compile(r"\s*(?:,|và)\s*[A-ZĐÀ-Ỹ]")
_PLURAL_BEFORE = re.compile(r"(?:^|\s)(?:các|những)\s+$")
_PLURAL_BEFORE_ANY_CASE = re.compile(r"(?:^|\s)(?i:các|những)\s+$")
_NATIONALITY = re.compile(r"\s+người((?:\s+[^\W\d_]+){1,3})\s*,?\s+")


def _is_nationality(between: str) -> bool:
    """ " người Pháp ", " người Bờ Biển Ngà, ": "người" and a capitalised country name."""
    m = _NATIONALITY.fullmatch(between)
    return m is not None and all(w[0].isupper() for w in m.group(1).split())


_NAMED = re.compile(r"\s+(?:có\s+)?tên(?:\s+là)?\s+")
# " Ấn Độ đã nghỉ hưu ": (a country and) retirement between an occupation and the name.
_RETIRED = re.compile(r"((?: [^\W\d_]+){0,4}?) (?:đã )?(?:nghỉ hưu|về hưu) ")
# "khi còn là", "hồi còn làm", "lúc còn giữ chức": the title that follows was held then
_WHEN_WAS = re.compile(
    r"(?:^|\s)(?:(?i:khi|lúc|hồi|thời)\s+còn\s+(?:là|làm|giữ\s+chức(?:\s+vụ)?)"
    # (not "trước khi làm X": the office taken after)
    r"|(?<!trước\s)(?<!Trước\s)(?<!sau\s)(?<!Sau\s)(?i:khi|lúc|hồi)\s+làm)\s+$"
)
# "Từng là phó chánh án TAND tối cao, ông Mai Ngọc Trinh ...", "Nguyên là cán bộ Công an TP, Nguyễn Văn
# Khoa ...": opening the sentence, a former office too
_ONCE_WAS = re.compile(
    r"(?:^|[.!?][\"”»']?\s)\s*(?:[-–(\"“]\s*)?(?:(?i:từng)\s+(?:là|làm|giữ\s+chức(?:\s+vụ)?)|[Nn]guyên\s+là)\s+$"
)
_RANKED = re.compile(r"\s+(?:số|hạng)\s+\d{1,3}(?:\s+thế\s+giới)?\s*,?\s+")
_PAREN_HON = re.compile(r"\s*\(\s*(?:ông|bà|Ông|Bà)\s+")
_THEN_WORDS = r"(?:khi|lúc|hồi|thời|thời điểm) (?:đó|ấy|bấy giờ)"
# "giám đốc CIA (khi đó) John Brennan", "chủ tịch UBND quận 9 lúc bấy giờ (ông X)": the office held then
_THEN = re.compile(r"\s*(?:\(" + _THEN_WORDS + r"\)|" + _THEN_WORDS + r"(?!\w))")
# The same after an apposition's title, with no comma between ("ông X, chủ tịch UBND tỉnh Gia Lai Kon Tum
# lúc bấy giờ, chỉ đạo"): a capitalised rest of the place the body did not take may come first.
_THEN_AFTER = re.compile(r"(?: [A-ZĐÀ-Ỹ][^\W\d_]*){0,3}\s+\(?" + _THEN_WORDS + r"(?!\w)")

# "ông X - Trưởng phòng Tài nguyên bị cách chức, chuyển xuống làm chuyên viên": the office just lost
_DISMISSED_AFTER = re.compile(r"\s+(?:(?:vừa|đã|mới)\s+)?bị\s+(?:cách chức|miễn nhiệm|bãi nhiệm)(?!\w)")


def _former(qual: str) -> str:
    if "nguyên" in qual:
        return qual
    return "nguyên phó" if qual == "phó" else ("nguyên" if not qual else f"nguyên {qual}")


# "... thuộc thẩm quyền của Thủ tướng Chính phủ – ông Lê Quán Tần khẳng định.": a quote's speaker after
# a dash, not the apposition of the title that ends the quote
_SAID = re.compile(
    r"\s+(?:khẳng định|cho biết|cho hay|nói|nhấn mạnh|chia sẻ|nhận định|nhận xét|giải thích|phân tích"
    r"|cho rằng|bày tỏ|thừa nhận|tâm sự|kể|lưu ý|thông tin|phát biểu|trả lời)\s*(?:[.!?:]|$)"
)
_LIST_INTRO = re.compile(
    r"(?:\s*\([^()]{1,60}\))?\s*,?\s*gồm(?:\s+có)?\s*:?\s*(?:(?:các\s+)?(?:ông|bà|anh|chị)\s+)?"
)
_COUNTED = re.compile(
    r"(?:^|\s)(?i:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:[^\W\d]+\s+){0,3}$"
)
_OF_BEFORE = re.compile(r"(?<!\w)của\s+$")
_HON_END = re.compile(r",\s*(?:ông|bà)\s+$")
_CLAUSE_LEAD = re.compile(r"(?:,|,?\s+(?:và|nhưng|song))\s*$")


def _clause_lead(text: str, lo: int, s: int, spans: list[Span]) -> bool:
    """A title phrase opening a clause after a comma ("Theo tin từ Sở X, | Chánh Thanh tra Sở, ông Y"),
    not the apposition of a name before the comma ("ông A, | Giám đốc Sở X, ông B")."""
    lead = _CLAUSE_LEAD.search(text, lo, s)
    if lead is None:
        return False
    if lead.group().strip(" ,"):
        # "anh Jared Kushner, và | Đại diện thương mại Mỹ, ông Robert Lighthizer", "... vừa thăng hạng
        # nhưng | HLV Inter Milan, ông Mancini, không giấu ...": a conjunction opens the clause
        return True
    before = len(text[: lead.start()].rstrip())
    return not any(q.type == "PER" and q.end == before for q in spans) and text[before - 1 : before] != ")"


# (", thượng tá Lã Ngọc Tỉnh": a rank may stand where an honorific does)
_CLOSED_NAME = re.compile(r"(?:\s*,\s*|\s+là\s+)(?:(?:ông|bà|anh|chị|Ông|Bà|Anh|Chị)\s+|" + _RANK + r"\s+)?$")
_LOOSE_OK = frozenset({"của", "tại"})
_LOOSE_STOP = frozenset({"dự", "kiến", "lựa", "chọn", "ứng", "viên", "mới", "cũ"})
# Nouns that take a title as their complement ("quản lý tiếp viên", "người phụ trách ...").
_OF_NOUN = re.compile(r"(?:quản lý|phụ trách|chỉ huy|người|ứng cử viên|lựa chọn|các|những)\s+$")


def _anaphoric_body(lows: list[str]) -> bool:
    """ "| của trường này |", "| khu này |", "UBND xã | này |": a body named before, pointed at by "này/đó"."""
    inner = lows[1:-1] if lows and lows[0] == "của" else lows[:-1]
    return (
        1 <= len(lows) <= 4
        and lows[-1] in ("này", "đó")
        and len(inner) <= 2
        and (bool(inner) or lows[0] != "của")
        and not any(w in _RUN_STOP or w in _LOOSE_STOP or w in _HONORIFIC or w in _NOT_BODY for w in inner)
    )


# Times, occasions and matters are no body: "Giám đốc | lần đó |, ông X", "| vụ việc này |".
_NOT_BODY = frozenset(
    "lần hồi lúc thời dịp kỳ tuần tháng giờ phút buổi đợt vụ việc chuyện điều cách kiểu mức vấn đề ý kiến".split()
)


def _loose_body(text: str, pos: int, target: int, spans: list[Span]) -> str | None:
    """A few words of a body before a comma (or "là") and a name: no verb, person, date or clause."""
    between = text[pos:target]
    if between and (between[0] != " " or re.search(r"[,;:!?\"“”()\n]", between)):
        return None
    words = between.split()
    if words and low_key(words[-1]) == "khác":
        words = words[:-1]  # "một tài xế khác là X": "another", no body
    if len(words) > 6 or any(q.type == "PER" and pos <= q.start < target for q in spans):
        return None
    lows = [low_key(w) for w in words]
    if _anaphoric_body(lows):
        # "Kế toán trưởng | của trường này | là Trần Thị Hường", "Trưởng Ban quản lý | khu này |, ông X": a
        # body named before, by anaphora
        return ""
    if any((w in _RUN_STOP and w not in _LOOSE_OK) or w in _LOOSE_STOP or w.isdigit() for w in lows):
        return None
    if any(f"{a} {b}" in _RUN_STOP_PAIRS for a, b in pairwise(lows)):
        return None
    return " ".join(words)


_RUN_WORD = re.compile(r"\([^(),;]{1,60}\)|[^\W_]+(?:[.&'-][^\W_]+)*|[-–&]")
_RUN_LINK = frozenset({"và", "tại", "ở", "thuộc"})
_HONORIFIC = frozenset({"ông", "bà", "anh", "chị", "cô", "em", "ngài", "cháu", "cụ"})
_RUN_STOP = frozenset(
    "đã đang sẽ vừa cho biết nói gặp với cùng là được bị có thì này đó khi ông bà anh chị những "
    "năm ngày hôm sáng chiều tối trưa đêm nay qua mới đến từ về theo trong trên dưới sau trước "
    "không chưa rằng phải hay hoặc mà nhưng để do vì nên tiếp thăm làm giữ của cả "
    "bắt khen trao tặng đón chúc mừng cử mời phạt ký gửi hỏi họp hứa vào thay".split()
)
# Two-word verbs that cannot continue a body ("Chủ tịch UBND tỉnh chỉ đạo Nguyễn Văn A").
_RUN_STOP_PAIRS = frozenset(
    {
        "bổ nhiệm", "miễn nhiệm", "cách chức", "khởi tố", "yêu cầu", "đề nghị", "kiến nghị", "cảm ơn",
        "kêu gọi", "trả lời", "tuyên bố", "thay mặt", "chỉ đạo", "phê bình", "kỷ luật", "điều động",
        "làm việc", "ban hành", "phân công", "triệu tập", "biểu dương", "xử lý", "xử phạt", "tạm giữ",
        "tạm giam", "truy nã", "chất vấn", "tiếp nhận", "đánh giá", "ủng hộ", "khẳng định", "nhấn mạnh",
        "thông báo", "công bố", "chủ trì", "khen thưởng", "trao tặng", "quyết định", "cảnh cáo",
        "xác nhận", "cho hay", "phát biểu", "trao đổi", "nhận định", "cho rằng", "chia sẻ", "thừa nhận",
    }
)  # fmt: skip


def _body_run(
    text: str,
    pos: int,
    target: int,
    spans: list[Span],
    strict: bool = False,
    cont: bool = False,
    open_end: bool = False,
) -> str | None:
    """The words between a title and its name when they can only be the title's body.

    Capitalised words, "và"/"tại" and asides in parentheses ("Các ngân hàng (Ngân hàng Nhà nước)");
    a few lower-case words only inside a name the scan did not mark ("Quản lý nước và Công trình
    thủy lợi"). None when a verb, a time, another person or another title may stand there.
    """
    between = text[pos:target]
    # (a lower-case "cô/anh/chị" too: "Hiệu trưởng Trường X và cô Phạm Thị B": B is not the head)
    hon = re.search(r"(?<=\s)(?:ông|bà|Ông|Bà|cô|anh|chị)\s+$", between)
    if hon is not None and not strict:
        # "Bộ trưởng Phát triển Quốc gia và Tài chính Singapore ông Lawrence Wong"
        if not between[: hon.start()].strip():
            return ""
        cont = False  # "Chủ nhiệm Đoàn Luật sư | xác nhận ông X": a verb, not the body's tail
        target = pos + hon.start()
        between = text[pos:target]
    if (
        not between.strip()
        or between[:1] != " "
        or (between[-1:] != " " and not open_end)
        or len(between) > 90
    ):
        return None
    if re.search(r"[,;:!?\"“”\n]", re.sub(r"\([^()]*\)", "", between)) or "(" in between.split(")")[-1]:
        return None
    if token_key(between.strip()) in gazetteer().domains:
        return "Bộ " + gazetteer().domains[token_key(between.strip())]  # "bộ trưởng tư pháp Nguyễn Đình Lộc"
    inner = [s for s in spans if pos <= s.start and s.end <= target and s.type in ("ORG", "LOC", "PER")]
    if any(s.type == "PER" for s in inner):
        return None
    covered = [(s.start, s.end) for s in inner]
    asides = [(a.start() + pos, a.end() + pos) for a in re.finditer(r"\([^()]*\)", between)]
    inner = [s for s in inner if not any(a <= s.start < b for a, b in asides)]
    words = [
        w for w in _RUN_WORD.finditer(text, pos, target) if not any(a <= w.start() < b for a, b in covered)
    ]
    lower = 0
    first = True
    prev_low = ""
    last_link = re.search(r"(?:^|\s)(?:và|tại|ở)\s*$", between) is not None
    for w in words:
        g = w.group()
        if g.startswith("(") or g in "-–&":
            continue
        low = low_key(g)
        if low in _RUN_LINK:
            continue
        if low == "của" and not first and any(x.start == w.end() + 1 and x.end >= target - 1 for x in inner):
            continue  # "Viện trưởng Viện nghiên cứu lập pháp | của | Uỷ ban thường vụ Quốc hội | Nguyễn Đình Quyền"
        if g[0].isupper() or g[0].isdigit():
            if low in _HONORIFIC or _parse_title(text, w.start(), spans, target) is not None:
                return None
        else:
            if f"{prev_low} {low}" in _RUN_STOP_PAIRS:
                return None
            # lower-case words only inside an unmarked name, never after a marked body or place
            if first and not cont and _lower_body_head(text, w.start(), target):
                cont = True  # "Chủ tịch hiệp hội Xăng dầu Việt Nam Phan Thế Ruệ": a body's head word in lower case
            if (
                (first and not cont)
                # "Cục hàng không Thái Lan": "không" of "hàng không" / "phòng không" is no negation
                or (low in _RUN_STOP and not (low == "không" and prev_low in ("hàng", "phòng")))
                or any(x.end <= w.start() for x in inner)
                or (low in _title_firsts() and _parse_title(text, w.start(), spans, target) is not None)
            ):
                return None
            lower += 1
        first = False
        prev_low = low
    if last_link or lower > (0 if strict else 3 if hon else 8) or len(words) > (3 if strict else 12):
        return None
    if not words and not inner:
        return None
    if first and not inner:
        return None
    body = re.sub(r"\s*\([^()]*\)\s*", " ", between).strip()
    return re.sub(r"^(?:tại|ở|và|thuộc)\s+", "", body.lstrip(" -–")).rstrip(" -–")


_LOWER_HEAD = re.compile(
    r"(?:hiệp hội|công ty|tổng công ty|tập đoàn|ngân hàng|bệnh viện|nhà máy|học viện|liên đoàn|hội|trạm|đồn|xí nghiệp)"
    r"(?: [^\W\d_A-ZĐ]+){0,2} [A-ZĐÀ-Ỹ]"
)


def _lower_body_head(text: str, pos: int, target: int) -> bool:
    """A body named after a lower-case head word ("hiệp hội Xăng dầu Việt Nam", "công ty Hà Thành"): the
    head, at most two more lower-case words, then a capitalised word of the name before the target."""
    m = _LOWER_HEAD.match(text, pos, target)
    return m is not None and m.end() < target


def _has_organ(title: str) -> bool:
    """The title names its organ ("Giám đốc Công an tỉnh"), so it can stand before ", Đại tá X"."""
    words = f" {low_key(title)} "
    return any(f" {t} " in words for t in _TERR if t not in ("ban", "phòng", "sở")) or " sở " in words


_CHAIN = re.compile(r"\s*(?:,|-|–|kiêm)\s*")
_CHAIN_BODY = re.compile(r" ([A-ZĐÀ-Ỹ][^\W\d_]*(?: [^\W\d_]+){0,4}),\s*(?:kiêm\s+)?")
_CONNECT = re.compile(r"\s*(?:(?:và|nước|của|tại)\s+|\(|,\s*)?")


def _reaches(text: str, end: int, target: int, spans: list[Span]) -> bool:
    """Only spaces, or bodies and places joined by "và"/"nước" lie between `end` and `target`.

    ("Chủ tịch Hội đồng Nhà nước | và Hội đồng Bộ trưởng nước Cộng hòa Cuba | Fidel Castro")
    """
    pos = end
    for _ in range(4):
        if not text[pos:target].strip(" "):
            return True
        m = _CONNECT.match(text, pos, target)
        q = m.end() if m is not None else pos
        nxt = _span_at(spans, q - 1, target) if q > pos or text[q - 1 : q] == " " else None
        if nxt is None or nxt.end > target:
            return False
        pos = nxt.end + (1 if text[q - 1 : q] == "(" and text[nxt.end : nxt.end + 1] == ")" else 0)
    return False


# Asides skipped between a name and its apposition: "(45 tuổi, Giám đốc ...)", "(63 tuổi), nguyên ...".
_ASIDE = re.compile(
    r"(?:\d{1,3}\s*tuổi|SN\s*\d{4}|sinh(?: năm)?\s*\d{4}|(?:tức|biệt danh|quê|ngụ|trú|ở)\s[^,()]{1,40}"
    r"|người\s[^,()\s]+(?:\s[A-ZĐ][^,()\s]*)*"
    r"|(?:hiện là\s|nguyên\s|cựu\s)?(?i:thiếu|trung|thượng|đại)\s(?:tá|úy|uý|tướng)"
    r"|(?i:hàm)\s[^,()]{1,30})"
    # "(SN 1981; Giám đốc Công ty ...)": a semicolon may end the aside too
    r"\s*(?:\)\s*,|[,;])\s*"
)
# Words that link a name to its title ("là", "giữ chức", "được bổ nhiệm làm", "từng là", "bị cách chức").
_OFFICE = r"(?:chức(?: vụ| danh)?|cương vị|vị trí|ghế|chức trách)"
_ADV = r"(?:(?:vừa|đã|mới|chính thức|tiếp tục|sẽ|đang|cũng|lại|hiện|nay|vẫn|còn|đồng thời|sau đó)\s+)*"
# appointed / elected / took office: "được (Thủ tướng) bổ nhiệm làm", "đảm nhiệm chức", "trở thành"
_TAKE = (
    r"(?:được\s+(?:[^\W\d_][\w.]*\s+){0,5}?)?"
    r"(?:(?:tái\s+)?bổ nhiệm(?: lại)?|bầu(?: lại| bổ sung)?|điều động|luân chuyển|phân công|giao|cử|chỉ định"
    r"|đề bạt|chuẩn y|phê chuẩn|chọn(?=\s+làm\s))"
    r"(?:\s+(?:làm|là|giữ\s+" + _OFFICE + r"|vào\s+" + _OFFICE + r"|(?:về|sang|lên|đến) làm"
    r"|đảm nhiệm(?:\s+" + _OFFICE + r")?|kiêm(?: nhiệm| giữ)?(?:\s+" + _OFFICE + r")?))?"
    r"|(?:đảm nhiệm|đảm nhận|đảm đương|kiêm nhiệm)(?:\s+" + _OFFICE + r")?"
    r"|(?:nắm giữ|giữ|kiêm giữ|tiếp quản)\s+"
    + _OFFICE
    + r"|kiêm|trở thành|(?:lên|về|sang) làm|(?:xin\s+)?vào làm"
    r"|(?:tuyên thệ\s+)?nhậm chức|(?:tái\s+)?(?:đắc cử|trúng cử)(?:\s+" + _OFFICE + r")?"
)
# left office: the person used to hold the title ("bị cách chức", "thôi giữ chức", "từ chức")
_LEFT = (
    r"(?:(?:bị|được|xin)\s+)?(?:cách chức|miễn nhiệm(?:\s+"
    + _OFFICE
    + r")?|thôi (?:giữ\s+)?"
    + _OFFICE
    + r"|thôi làm|rời (?:"
    + _OFFICE
    + r"|cương vị)|nghỉ hưu (?:ở|từ)\s+"
    + _OFFICE
    + r")"
    r"|từ (?:chức|nhiệm)"
)
_PREFIX = re.compile(
    r"(?:(?:đều|cùng|hiện|hiện đang|đang|nay|hiện nay|bây giờ) là|là|(?:hiện\s+|đang\s+)*giữ (?:chức(?: vụ)?|cương vị)"
    # "ông X, đương chức Chủ tịch UBND huyện": the incumbent
    r"|đương (?:chức|nhiệm)(?: là)?"
    # "ông X còn được biết tới là Chủ tịch HĐQT": known (also) as the holder
    r"|(?:(?:còn|cũng)\s+)?được biết (?:tới|đến) là"
    # "..., hiện ông giữ chức Chủ tịch HĐQT": the person said again by a pronoun
    r"|(?:hiện|hiện nay|nay)\s+(?:ông|bà)\s+(?:(?:đang|cũng|vẫn)\s+)?(?:giữ (?:chức(?: vụ)?|cương vị)|là)"
    # "ông X, khi bị bắt đang là phó tổng giám đốc": the office held when arrested
    r"|(?:khi|lúc) bị (?:bắt|bắt giữ|bắt tạm giam|khởi tố) (?:đang )?(?:là|giữ (?:chức(?: vụ)?|cương vị))"
    r"|(?:với|trên|ở|trong) (?:tư cách|cương vị|vai trò|vị trí)(?: là)?"
    r"|(nguyên là|(?:người\s+)?(?:đã\s+)?từng\s+(?:là|làm|" + _TAKE + r")|trước (?:đây|đó) (?:là|từng là)"
    # "ông X (bấy giờ là Phó chủ tịch UBND huyện)": "bấy giờ" (then) alone dates the office too
    r"|(?:(?:khi|lúc|thời điểm|hồi) (?:đó|ấy|này|bấy giờ)|bấy giờ) (?:là|(?:đang\s+)?giữ\s+"
    + _OFFICE
    + r")|(?:khi|lúc|hồi) còn (?:là|làm|giữ\s+"
    + _OFFICE
    # "ông X, khi làm Chủ tịch HĐQT (...), đã ký": the office held then, a former one
    + r")|(?<!trước )(?<!Trước )(?<!sau )(?<!Sau )(?:khi|lúc|hồi) làm)"
    r"|(" + _ADV + _LEFT + r")"
    # "Thae Jong - su, người được bổ nhiệm làm phó chủ tịch ...": the appointee said again by "người"
    r"|((?:người\s+)?" + _ADV + r"(?:" + _TAKE + r")))\s+"
)
# A left office that is only asked for, planned or conditional.
_NOT_YET = re.compile(
    r"(?:điều kiện|yêu cầu|đòi|đề nghị|kiến nghị|buộc|nếu|muốn|phải|sẽ|sắp|dự kiến|có thể|chưa|không)\s"
)
_LIST_SEP = re.compile(r"\s*(?:,|và)\s*")
# Between two members of a list of names: "A, B", "A và B", "A, và B", "A (ngụ Q.6), B".
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:và\s+)?|và\s+)")
_MEMBER_SEP = re.compile(r"\s*(?:,|và)\s*(?:(?:ông|bà|anh|chị)\s+)?")


def _skip_list(text: str, p: Span, persons: Sequence[Span], hi: int) -> int:
    """End of "A, B và C" when p is a member of such a list of named persons (else p.end)."""
    pos = p.end
    starts = {s.start: s for s in persons}
    while pos < hi:
        m = _MEMBER_SEP.match(text, pos, hi)
        if m is None or m.end() not in starts:
            break
        pos = starts[m.end()].end
    return pos


def _after(
    text: str, p: Span, name: str, spans: list[Span], hi: int, persons: Sequence[Span] = ()
) -> list[Position]:
    """Apposition: "Name, Title Org, Title Org ..." or "Name (Title ...)" or "Name - Title"."""
    pos = p.end
    shared = _skip_list(text, p, persons, hi)
    if shared > p.end and re.match(r"\s*[(,]?\s*(?:đều|cùng) là\s", text[shared:hi]):
        pos = shared  # "A, B và C (đều là thẩm phán ...)"
    dash = _COUPLE_DASH.match(text, p.end, hi)
    if dash is not None and _COUPLE_BEFORE.search(text, max(0, p.start - 30), p.start):
        partner = next((q for q in persons if q.start == dash.end() and " " in text[q.start : q.end]), None)
        if partner is not None:
            pos = partner.end  # "vợ chồng anh Lâm Hồng Lâm - Phạm Thùy Linh, chủ tiệm vàng": the couple's
    in_list = shared > p.end or any(
        p.start - 12 < q.end < p.start and _MEMBER_SEP.fullmatch(text, q.end, p.start) for q in persons
    )
    together = _TOGETHER.match(text, shared, hi) if in_list else None
    if together is not None:
        # "A, B, C (cùng nhân viên Công ty X)": the title shared by the list
        parsed = _parse_title(text, together.end(), spans, hi, lower_ok=True)
        if parsed is not None:
            return [Position(name, parsed[0], parsed[1], parsed[2])]
    if shared > p.end and (open_ := re.match(r"\s*\(\s*", text[shared:hi])) is not None:
        # "Ngô Văn Minh và Trương Ngọc Diệp (Trường THCS Ngô Sĩ Liên)": an institution alone in the
        # parentheses after a list of names is each member's affiliation
        aff = _affiliation(text, shared + open_.end(), spans, hi, "(")
        if aff is not None and _parse_title(text, shared + open_.end(), spans, hi, lower_ok=True) is None:
            return [Position(name, "", aff, "")]
    plural = _PLURAL.match(text, shared, hi)
    if plural is not None and (
        shared > p.end
        or any(
            p.start - 12 < q.end < p.start and _MEMBER_SEP.fullmatch(text, q.end, p.start) for q in persons
        )
    ):
        # "Thiago Motta và Edmilson, hai cầu thủ ...": a counted apposition after a list is each member's
        parsed = _parse_title(text, plural.end(), spans, hi, lower_ok=True)
        return [Position(name, parsed[0], parsed[1], parsed[2])] if parsed is not None else []
    if _KIN_BEFORE.search(text, max(0, p.start - 30), p.start) and _IS_CLAUSE.match(text, p.end, hi):
        return []  # "bà Cúc, vợ ông An, là giáo viên": the clause is the wife's, not An's
    kin = _KIN_ASIDE.match(text, pos, hi)
    if kin is not None and _IS_CLAUSE.match(text, kin.end(), hi):
        pos = kin.end()  # "Lê Thị Cúc, vợ ông An, là giáo viên ...": past the kinship aside
    out = _apposition(text, pos, name, spans, hi, persons)
    at = _AT_ORG.match(text, p.end, hi) if not out else None
    if at is not None and _ACADEMIC_BEFORE.search(text, max(0, p.start - 30), p.start):
        # "giáo sư Ed Diener tại Đại học Illinois": a degree is no title, the institution is the affiliation
        aff = _affiliation(text, at.end(), spans, hi, ",")
        if aff is not None:
            out = [Position(name, "", aff, "")]
    elif (
        not out
        and text[p.end : p.end + 2] == ", "
        and _ACADEMIC_BEFORE.search(text, max(0, p.start - 30), p.start)
        and (
            aff := _affiliation(
                text, (f.end() if (f := _FACULTY.match(text, p.end + 2, hi)) else p.end + 2), spans, hi, ","
            )
        )
        is not None
    ):
        # "Giáo sư John Banzhaf, Trường Luật thuộc Đại học George Washington, ...": a degree is no title,
        # the institution in apposition is the affiliation
        out = [Position(name, "", aff, "")]
    if _APPOINT_BEFORE.search(text, max(0, p.start - 30), p.start):
        later = _LATER_AS.match(text, p.end, hi)
        if later is not None and not any(p.end <= q.start < later.end() for q in persons):
            # "bổ nhiệm Marouf al-Bakhit, đại sứ Jordan tại Israel làm tân cố vấn an ninh quốc gia":
            # the office the named appointee takes, after an aside
            parsed = _parse_title(text, later.end(), spans, hi, lower_ok=True)
            if parsed is not None:
                out.append(Position(name, parsed[0], parsed[1], parsed[2]))
    aside = _PAREN_ASIDE.match(text, pos, hi)
    if not out and aside is not None:
        # "Vũ Văn Minh (sinh 1976, Vĩnh Phúc), nhân viên ...": an aside in parentheses, then the title
        out = _apposition(text, aside.end(), name, spans, hi, persons)
        parsed = _parse_title(text, aside.end() + 1, spans, hi, lower_ok=True)
        if (
            not out
            and text[aside.end() : aside.end() + 1] == " "
            and parsed is not None
            # "Lê Văn Trường (41 tuổi) lái xe khách của nhà xe X": "lái" with no comma is the verb "drive"
            and not low_key(parsed[0]).startswith("lái ")
        ):
            # "Nguyễn Mạnh Thắng (sinh 1960) tổ trưởng tổ tư vấn giám sát": no comma after the aside
            out = [Position(name, parsed[0], parsed[1], parsed[2])]
    return out


# A couple written "A - B" after "vợ chồng": the apposition after B is both spouses'.
_COUPLE_DASH = re.compile(r"\s[-–]\s")
_COUPLE_BEFORE = re.compile(r"(?i:vợ chồng)\s+(?:(?:ông|bà|anh|chị)\s+)?$")
_AT_ORG = re.compile(r"\s+(?:tại|ở|của|từ)\s+")  # ("TS David Blackburn từ ĐH Florida": from his university)
# A faculty the scan did not mark before its university ("Trường Luật thuộc | Đại học George Washington",
# "Trường Luật, | Đại học George Mason").
_FACULTY = re.compile(r"(?:Trường|Khoa)(?: [A-ZĐÀ-Ỹ][^\W\d_]*){1,3}(?:,\s*|\s+thuộc\s+)")
_ACADEMIC_BEFORE = re.compile(
    r"(?:^|[\s(])(?:(?i:phó giáo sư|giáo sư|tiến sĩ|thạc sĩ)|GS|PGS|TS|ThS)(?:[.-]\s*(?:TS|BS|ThS)\.?)?\.?\s+$"
)


# An appointing verb right before the appointee's name, and the "làm" of the office later in the clause.
# ("phê chuẩn ông Triệu Thế Hùng, Uỷ viên Thường trực Uỷ ban Văn hoá, Giáo dục, Thanh niên, Thiếu niên và Nhi
# đồng làm Phó chủ nhiệm Uỷ ban": a committee's name may be long)
_APPOINT_BEFORE = re.compile(
    r"(?<!\w)(?:bổ nhiệm|chỉ định|đề cử|cử|bầu|phê chuẩn|đề bạt|chuẩn y)\s+(?:(?:ông|bà)\s+)?$"
)
_LATER_AS = re.compile(r"[^.;:!?\n]{0,120}?\slàm\s+")


# An organisation word before a profession ("Văn phòng luật sư X", "Công ty luật X"): a firm's name.
_ELECTION_BEFORE = re.compile(r"(?i:bầu cử|tranh cử|ứng cử|ứng cử viên|ứng viên)\s+(?:(?i:phó)\s+)?$")
_SPOKES_BEFORE = re.compile(r"(?<!\w)((?i:người phát ngôn|phát ngôn viên))\s+$")
_SPOKES_OF = frozenset({"tổng thống", "thủ tướng", "chủ tịch", "chủ tịch nước", "ngoại trưởng", "bộ trưởng"})
_FIRM_BEFORE = re.compile(r"(?:[Vv]ăn phòng|[Đđ]oàn|[Cc]ông ty|[Hh]ãng)\s+$")
# A kinship aside between a name and its clause: ", vợ ông An," / ", con trai bà Hoa,".
_KIN = r"(?:vợ|chồng|con(?: trai| gái| rể| dâu| nuôi)?|bố|mẹ|cha|anh trai|chị gái|em trai|em gái|cháu)"
_KIN_ASIDE = re.compile(r",\s*" + _KIN + r"\s+(?:của\s+)?(?:(?:ông|bà|anh|chị|cô|chú)\s+)?[^,()]{1,40}(?=,)")
_KIN_BEFORE = re.compile(r",\s*" + _KIN + r"\s+(?:của\s+)?(?:(?:ông|bà|anh|chị|cô|chú)\s+)?$")
_IS_CLAUSE = re.compile(r",?\s*(?:hiện\s+|hiện đang\s+|đang\s+)?là\s")
_TOGETHER = re.compile(r"\s*\(\s*(?:đều|cùng)\s+(?!là\s)")
_PLURAL = re.compile(
    r"\s*[(,]\s*(?:đều là\s+|cùng là\s+)?(?:cả\s+)?(?:hai|ba|bốn|năm|2|3|4|5|các|những)\s+(?=\w)"
)
_THEO_NAME = re.compile(r"(?:^|\s)(?i:theo|cùng với|ngoài)\s+(?:ông|bà)\s+(?:[A-ZĐÀ-Ỹ]\w*\s?){1,4}$")
_CLAUSE_NEXT = re.compile(r" (?:đã|đang|sẽ|vừa|mới|cũng|không|chưa|lại|liền|phải|cần|nên)\s")
_SHORT_ASIDE = re.compile(r"[^,()]{1,40},\s*")  # "(sinh 1976, Vĩnh Phúc), nhân viên ..."
_PAREN_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")


def _apposition(
    text: str, pos: int, name: str, spans: list[Span], hi: int, persons: Sequence[Span]
) -> list[Position]:
    out: list[Position] = []
    first = True
    prev_former = False
    while pos < hi:
        m = re.match(
            r"\s*(?:,|\(|–|-|làm(?=\s)|vào (?:vị trí|chức(?: vụ)?|ghế|cương vị)(?=\s)|(?:cũng\s+)?(?:chính\s+)?là(?=\s)|(?=(?:nguyên|từng|hiện|đang) là )|(?=(?:nguyên|cựu)\s)|(?=(?:hiện |đang )*giữ (?:chức|cương vị) ))\s*"
            if first
            else r"\s*(?:,\s*(?:kiêm|đồng thời là)|,|\(|–|-|là|kiêm|và(?:\s+(?:cũng\s+|đồng thời\s+)?là(?=\s))?)\s*",
            text[pos:hi],
        )
        if (
            m is not None
            and not first
            and out
            and m.group().strip() == "("
            and (aside := _LATER_ALSO_IS.match(text[pos:hi])) is not None
            and not any(q.type == "PER" and pos <= q.start < pos + aside.end() for q in spans)
        ):
            m = aside  # "tổng giám đốc tập đoàn Y (chuyên sản xuất cửa); đồng thời là nhà văn": past the aside
        if m is None and not first and out:
            also = _AND_ALSO.match(text[pos:hi])
            if also is not None and not any(
                q.type == "PER" and pos <= q.start < pos + also.end() for q in spans
            ):
                # "Giám đốc Trung tâm bảo tồn thiên nhiên và là thành viên Hội X": the rest of a body the
                # title did not take, then "và là" and a second title of the same person
                m = also
            elif (again := _PRONOUN_AGAIN.match(text[pos:hi])) is not None:
                m = again  # "là một doanh nhân giàu có, hiện ông giữ chức ...": the rest of the clause
            elif (also := _later_and(text, pos, spans, hi)) is not None:
                # "thành viên đảng Dân chủ Tự do Đức (FDP) và phó chủ tịch hội đồng châu Âu": the rest of
                # a body the title did not take, then "và" and the same person's second title
                m = also
            elif (also := _LATER_KIEM.match(text[pos:hi])) is not None and not any(
                q.type in ("PER", "ORG") and pos <= q.start < pos + also.end() for q in spans
            ):
                # "trưởng Ban thanh niên trường học kiêm phó chủ tịch ...": the rest of a body the title
                # did not take, then "kiêm" and the same person's second title
                m = also
            elif (also := _LATER_ALSO_IS.match(text[pos:hi])) is not None and not any(
                q.type == "PER" and pos <= q.start < pos + also.end() for q in spans
            ):
                # "là tổng giám đốc công ty X ở Dương Châu, vừa là tổng giám đốc tập đoàn Y (...); đồng
                # thời là nhà văn": the rest of a body the title did not take, then "vừa/đồng thời là" and
                # the same person's next title
                m = also
            elif (
                (rest := _CHAIN_BODY.match(text[pos:hi])) is not None
                and not any(q.type == "PER" and pos <= q.start < pos + rest.end() for q in spans)
                and _parse_title(text, pos + rest.end(), spans, hi, lower_ok=True) is not None
            ):
                # "phó pháp chủ Hội đồng chứng minh, trưởng ban trị sự ...": the rest of a body the title
                # did not take, then a comma and the same person's second title
                m = rest
        if m is None and first:
            home = _HOME_THEN_AS.match(text[pos:hi])
            if home is not None and not any(
                q.type == "PER" and pos <= q.start < pos + home.end() for q in spans
            ):
                m = home  # "ông Lê Thanh Điểu quê ở xã Bình Chánh, huyện Bình Sơn làm thuyền trưởng"
        if m is None and first:
            # "Ông X được bổ nhiệm làm Giám đốc", "Ông X từng giữ chức ...": a verb phrase, no comma
            w = re.match(r"\s+", text[pos:hi])
            pre = _PREFIX.match(text, pos + w.end(), hi) if w is not None else None
            if (pre is not None and pre.group().strip() != "là") or (
                w is not None and _AFF_LEAD.match(text, pos + w.end(), hi) is not None
            ):
                m = w
        if m is None:
            break
        s = pos + m.end()
        in_paren = "(" in m.group()
        # "nguyên Đại tá, Phó Cục trưởng ...": a former rank makes the title former;
        # "cựu Chủ tịch kiêm Tổng giám đốc": "kiêm" shares the status of the title before it
        former = "kiêm" in m.group() and prev_former
        if first:
            for _ in range(3):
                t = _skip_address(text, s, spans, hi)
                if t > s:
                    s = t
                    break
                a = _ASIDE.match(text, s, hi)
                if a is None:
                    break
                s = a.end()
                in_paren = in_paren and ")" not in a.group()
                former = former or a.group().startswith(("nguyên ", "cựu "))
        pre = _PREFIX.match(text, s, hi)
        if pre is not None:
            if (
                not first
                and "giữ " in pre.group()
                and "được" not in pre.group()
                and not re.search(r"\b(?:ông|bà)\s", pre.group())
            ):
                break  # "..., Thủ tướng Chính phủ, giữ chức vụ Trợ lý": the appointee is another
            if pre.group(2) is not None and _NOT_YET.search(text, max(0, pos - 80), pre.end()):
                break  # "với điều kiện ông Hun Sen thôi giữ chức thủ tướng": not (yet) a former title
            s = pre.end()
            former = former or pre.group(1) is not None or pre.group(2) is not None
        was_first, first = first, False
        parsed = _parse_title(text, s, spans, hi, lower_ok=True)
        one = _ONE.match(text, s, hi) if parsed is None and was_first else None
        if one is not None:
            # "ông Patrick Beau Damen, một chuyên gia về biến đổi khí hậu tại FAO": an occupation
            parsed = _parse_title(text, one.end(), spans, hi, lower_ok=True)
        if (
            parsed is None
            and one is not None
            and (ret := _RETIRED_OFFICIAL.match(text, one.end(), hi)) is not None
        ):
            # "Rana Banerji, một quan chức tình báo đã nghỉ hưu ở New Delhi": a retired official of a field
            # ("quan chức" alone is too loose a title: "quan chức Mỹ cho biết" names no office)
            out.append(Position(name, ret.group(1), "", "nguyên"))
            break
        owner = _OWNER_ONE.match(text, s, hi) if parsed is None and was_first else None
        if owner is not None:
            # "bà T., chủ một quán nước": the owner's occupation without the article
            kind = _owned_kind(text[owner.end() : hi])
            if kind is not None:
                out.append(Position(name, f"{owner.group(1)} {kind}", "", "nguyên" if former else ""))
            break
        if parsed is None and was_first and in_paren and pre is None:
            part = _SHORT_ASIDE.match(text, s, hi)
            if (
                part is not None
                # "bà Thủy (con đại tá Huỳnh Văn Hoàng, giám đốc công an tỉnh)": the title after an aside
                # that names another person is that person's
                and not any(
                    q.type == "PER" and s <= q.start < part.end() and text[q.start : q.end] not in name
                    for q in spans
                )
                and _parse_title(text, part.end(), spans, hi, lower_ok=True) is not None
            ):
                s = part.end()
                parsed = _parse_title(text, s, spans, hi, lower_ok=True)
        if parsed is None:
            aff = _affiliation(text, s, spans, hi, m.group()) if was_first and pre is None else None
            if aff is not None:
                out.append(Position(name, "", aff, ""))  # "Ông Phạm Phụ (Trường ĐH Bách khoa TPHCM)"
                also = _ALSO_AFTER_AFF.match(text, s, hi)
                if also is not None:
                    # "ông X, đang công tác tại Học viện Y, đồng thời là hiệu trưởng Trường Z": the title
                    # after the workplace is his too
                    pos, first = also.end(), False
                    continue
            break
        title, org, qual, end = parsed
        if low_key(title) == "pv" and text[end : end + 1] == ")":
            break  # "(từ ngã tư A đến phà B - PV)": the reporter's note in brackets, no apposition
        if was_first and not org and _DEMONSTRATIVE.match(text, end, hi):
            break  # "của đối tượng Nhi, điều tra viên này cũng cho biết": "this investigator" is another
        if (
            was_first
            and "," in m.group()
            and not org
            and pre is None
            and title[:1].islower()
            and gazetteer().titles.get(low_key(title)) == "occupation"
            and _CLAUSE_NEXT.match(text, end, hi)
        ):
            break  # "trong khi tu sửa Salon Francais, công nhân đã tìm thấy": the next clause's subject
        if (
            was_first
            and not org
            and pre is None
            and _CLAUSE_NEXT.match(text, end, hi)
            and _THEO_NAME.search(text, max(0, pos - 40), pos)
        ):
            break  # "Cũng theo ông Hồng, Thủ tướng đã có chỉ đạo": the title is the next clause's subject
        if (
            "và" in m.group()
            and not m.group().rstrip().endswith("là")
            and re.match(r"\s*[A-ZĐ]", text[end : end + 3])
        ):
            break  # "A, Giám đốc X và Giám đốc Y Trần B": the second title is B's
        if was_first and "," in m.group() and not org and pre is None and _names_next(text, end, hi, spans):
            break  # "Loren Legarda, thủ lĩnh của phe thiểu số trong quốc hội Francis Escudero": the next name's
        nxt = next(
            (
                q
                for q in persons
                if end < q.start <= end + 2
                and not text[end : q.start].strip()
                and " " in text[q.start : q.end]
            ),
            None,
        )
        if nxt is not None and in_paren and not org and text[nxt.end : nxt.end + 1] == ")":
            # "ông Trần Quý Thanh (Tổng giám đốc Tân Hiệp Phát)": a company that reads like a name
            org, end = text[nxt.start : nxt.end], nxt.end
        elif nxt is not None and not org and _business_name(text, title, nxt):
            # "ông Nguyễn Văn Hoàng (chủ quán Cây Dừa, ...)", the article also writing "quán Cây Dừa":
            # the business's name, not a person's
            org, end = text[nxt.start : nxt.end], nxt.end
        elif nxt is not None:
            break  # "..., luật sư Nguyễn Trọng Tỵ cho rằng": the title is the next name's
        if in_paren and not org:
            # "(Tổ trưởng tuần tra)": a short lower-case complement inside the parentheses
            tail = re.match(r"\s((?:[^\W\d_A-ZĐ]+\s?){1,2})\)", text[end : end + 30])
            if (
                tail is not None
                and not _TAIL_STOP.intersection(tail.group(1).split())
                # "(kế toán trưởng công ty)": the employer said again, not a part of the title
                and not low_key(tail.group(1)).startswith(_EMPLOYERS)
            ):
                title = f"{title} {tail.group(1).strip()}"
                end += len(tail.group(1)) + 1
        if was_first and _RETIRED_AFTER.match(text, end, hi) is not None:
            former = True  # "Rana Banerji, một quan chức tình báo đã nghỉ hưu ở New Delhi"
        if _THEN_AFTER.match(text, end, hi) is not None:
            former = True  # "ông X, chủ tịch UBND tỉnh Gia Lai lúc bấy giờ, chỉ đạo": the office held then
        if _DISMISSED_AFTER.match(text, end, hi) is not None:
            former = True  # "ông Lê Văn Thuỷ - Trưởng phòng Tài nguyên bị cách chức": removed from it
        if former and "nguyên" not in qual:
            qual = "nguyên phó" if qual == "phó" else ("nguyên" if not qual else f"nguyên {qual}")
        prev_former = "nguyên" in qual
        out.append(Position(name, title, org, qual))
        pos = end
        # "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh", "trưởng công an xã (hiện là chủ tịch xã X)"
        if text[pos : pos + 1] == ")" or m.group().strip() == "làm":
            break  # "X làm TGĐ, bộ trưởng Bộ GTVT thời đó là ...": the next title is another's
    return out


# Lower-case words that never stand between a title and the name it belongs to (verbs, links, kin,
# honorifics, procedural roles): "X, luật sư của bị cáo Nguyễn Văn B" is X's title.
_NEXT_GAP_STOP = frozenset(
    "là và cùng với cho đã đang sẽ vừa được bị nói gặp thay tiếp hỏi ông bà anh chị em cháu con cô chú bác cụ"
    " vợ chồng bạn tên gọi như gồm hoặc hay cáo can chủ thân nạn mà thì khi đối người nhà phóng viên".split()
)
_NEXT_GAP_LAST = frozenset("của cho về tại ở từ đến trong ngoài theo sau trước".split())
_PERSON_WORDS = frozenset(
    "trẻ già trẻ tuổi lão thành kỳ cựu gạo cội nổi tiếng hải ngoại nữ nam tình nguyện tài năng lành nghề".split()
)
_NAME_RUN_NOT_AFTER = frozenset(
    "ty đoàn hàng viện sở phòng ban cục vụ khoa trường báo đài hội bộ tỉnh huyện xã phường quận phố thành"
    " thị đường ấp thôn làng bản xóm nước vùng bang giải án trình hãng quỹ đảng chức nhóm đội bộ nghiệp"
    " học xưởng máy trại tàu sông núi chợ cầu cảng bay khu hiệu lệnh".split()
)


def _names_next(text: str, end: int, hi: int, spans: list[Span]) -> bool:
    """The title ending at ``end`` is followed, after one to seven lower-case words and no comma, by a full
    name ("thầy giáo trẻ | Điêu Chính Nghinh"): the title of that name, not of an earlier one."""
    pos = end
    words: list[str] = []
    while len(words) < 7:
        w = _LOWER_WORD.match(text, pos, hi)
        if w is None or not w.group(1).islower():
            break
        if w.group(1) in _NEXT_GAP_STOP:
            return False
        words.append(w.group(1))
        pos = w.end()
    if not words or words[-1] in _NEXT_GAP_LAST or text[pos : pos + 1] != " ":
        return False
    start = pos + 1
    # a body's head word before the last two ("chuyên gia của công ty cố vấn bảo mật | Computer Virus
    # Consulting") makes the capitalised words its name ("trong quốc hội | Francis Escudero" does not)
    if _NAME_RUN_NOT_AFTER.intersection(words[:-2]):
        return False
    k = bisect_left(spans, start, key=lambda q: q.start)
    at = spans[k] if k < len(spans) and spans[k].start == start else None
    if at is not None:
        name = text[at.start : at.end]
        # a place read as a person ("trưởng đoàn quan họ | Hà Bắc") names no one
        places = gazetteer().entries.get(token_key(name), ())
        return (
            at.type == "PER"
            and " " in name
            and not any(e.type == "LOC" for e in places)
            # a two-word name only after "của" and its body ("thủ lĩnh của phe thiểu số ... | Francis
            # Escudero"), not "trưởng đoàn quan họ | Hà Bắc"
            and (name.count(" ") >= 2 or words[0] == "của")
        )
    # a full name the scan did not mark: three or four capitalised words right after one or two words
    # that describe a person ("thầy giáo trẻ", not "doanh nghiệp tư nhân"), then no capitalised word
    if len(words) > 2 or not _PERSON_WORDS.issuperset(words):
        return False
    run_words = text[start : min(hi, start + 60)].split(" ")
    run = 0
    while run < len(run_words) and run_words[run][:1].isupper() and run_words[run].isalpha():
        run += 1
    return run in (3, 4) and not any(start <= q.start < start + 60 or q.start < start < q.end for q in spans)


# A home address between a name and "làm" + the title: " quê ở xã Bình Chánh, huyện Bình Sơn làm ".
_HOME_THEN_AS = re.compile(
    r"\s+(?:quê|ngụ|trú|thường trú|tạm trú)(?:\s+(?:tại|ở))?\s[^.;:!?\n()\"“”]{1,100}?\slàm\s+"
)
# A retired holder: "một quan chức tình báo | đã nghỉ hưu".
_RETIRED_OFFICIAL = re.compile(r"(quan chức(?: [^\W\d_A-ZĐ]+){0,2}?)\s+(?:đã\s+)?(?:nghỉ hưu|về hưu)(?!\w)")
_RETIRED_AFTER = re.compile(r"(?:\s+[^\W\d_A-ZĐ]+){0,2}?\s+(?:đã\s+)?(?:nghỉ hưu|về hưu)(?!\w)")
_ADDRESS = re.compile(r"(?:tạm trú|thường trú|cư trú|trú|ngụ|quê)(?:\s+(?:tại|ở))?\s")
_ADDRESS_SEP = re.compile(r"\s*(?:,|\s[-–])\s*")


def _skip_address(text: str, s: int, spans: list[Span], hi: int) -> int:
    """After "X (42 tuổi), tạm trú 64 Tân Trào, phường Y, TP. Nha Trang (Khánh Hoà) - Giám đốc ...":
    the start of the title after a residence of a few comma-separated parts (else `s`)."""
    if _ADDRESS.match(text, s, hi) is None:
        return s
    end = min(hi, s + 120)
    for sep in _ADDRESS_SEP.finditer(text, s, end):
        part = text[s : sep.start()]
        if (
            re.search(r"[;:!?\n]", part)
            or part.count(")") > part.count("(")  # "(ngụ Bến Tre) đến nhờ X, Giám đốc ...": the aside ended
            or any(q.type == "PER" and s <= q.start < sep.start() for q in spans)
        ):
            break
        t = sep.end()
        if t < hi and _parse_title(text, t, spans, hi, lower_ok=True) is not None:
            return t
    return s


_OWNER_ONE = re.compile(r"([Cc]hủ)\s+một\s+")


def _owned_kind(rest: str) -> str | None:
    """ "quán nước đối diện ..." -> "quán": the longest "Chủ X" occupation of titles.tsv that the words open."""
    low = low_key(rest)
    kinds = [
        k[4:]
        for k, kind in gazetteer().titles.items()
        if kind == "occupation" and k.startswith("chủ ") and (low + " ").startswith(k[4:] + " ")
    ]
    return " ".join(rest.split()[: len(max(kinds, key=len).split())]) if kinds else None


_PRONOUN_AGAIN = re.compile(r"[^,;:()\n.\"“”]{0,30},\s*(?=(?:hiện|hiện nay|nay)\s+(?:ông|bà)\s)")
_LATER_ALSO_IS = re.compile(
    r"(?:[^,;:()\n.\"“”]|\([^()\n]{1,80}\)){0,100}?\s*[,;]\s*(?:vừa|đồng thời)\s+(?:cũng\s+)?là\s+"
)
_LATER_KIEM = re.compile(r"(?: [^\W\d_A-ZĐ]+){1,5} kiêm\s+")
_LATER_AND = re.compile(r"(?:[^,;:()\n.\"“”]|\([^()\n]{1,20}\)){0,80}?\s+và\s+")
# Words that make the gap before "và" a clause, not the rest of a body ("... đã gặp bạn bè và ...").
_AND_GAP_STOP = frozenset(
    "đã đang sẽ vừa cho nói gặp với cùng được bị có thì khi rằng mà nhưng là ông bà anh chị".split()
)


def _later_and(text: str, pos: int, spans: list[Span], hi: int) -> re.Match[str] | None:
    """The gap up to "và" when a second title follows it (no name, clause or verb in the gap, and the
    title is not a later name's: "... và Chủ tịch Tập Cận Bình")."""
    m = _LATER_AND.match(text[pos:hi])
    if m is None:
        return None
    gap = low_key(m.group()).split()[:-1]
    if any(w in _AND_GAP_STOP for w in gap) or any(f"{a} {b}" in _RUN_STOP_PAIRS for a, b in pairwise(gap)):
        return None
    s = pos + m.end()
    word = _TOKEN.match(text, s, hi)
    if word is None or low_key(word.group()) not in (*_title_firsts(), "phó", "nguyên", "cựu"):
        return None
    parsed = _parse_title(text, s, spans, hi, lower_ok=True)
    if parsed is None or (close := _TITLE_CLOSE.match(text, parsed[3], hi)) is None:
        return None
    if any(q.type == "PER" and pos <= q.start < close.end() for q in spans):
        return None
    return m


# What may follow a second title after "và": punctuation, a few lower-case words of its body and then
# punctuation or a verb, or the end.
_TITLE_CLOSE = re.compile(
    r"(?: [^\W\d_]+){0,4}?(?:\s*[,;.)\n]|\s*$| (?:gọi|nói|cho|đã|là|khẳng|nhấn|phát|cũng)\b)"
)
_AND_ALSO = re.compile(r"[^,;:()\n.\"“”]{0,80}?\s+và\s+(?:cũng\s+|đồng thời\s+)?là\s+")
_DEMONSTRATIVE = re.compile(r"\s+(?:này|đó|ấy|nọ)(?!\w)")
# ("Pia Ranada, nữ phóng viên của Rappler": the gender word before an occupation is no part of it)
_ONE = re.compile(r"(?:là\s+)?(?:một\s+(?:(?:vị|người)\s+)?|(?:một\s+)?nữ\s+)")
# a workplace said as such, then ", đồng thời (là)" / ", kiêm": the position that follows is the person's too
_ALSO_AFTER_AFF = re.compile(
    r"(?:(?:hiện\s+|đang\s+)*(?:công tác|làm việc) (?:tại|ở))\s[^,;()]{3,80}?(?=,\s*(?:đồng thời(?: là)?|kiêm)\s)"
)
# A unit written in lower case before its body, inside an aside ("(khoa tâm lý học Trường ĐH ...)").
_UNIT_LEAD = re.compile(r"(?:khoa|bộ môn|phòng|viện|trung tâm)(?: [^\W\d_A-ZĐ]+){1,4} ")
_AFF_LEAD = re.compile(r"(?:(?:hiện\s+|đang\s+)*(?:công tác|làm việc) (?:tại|ở)|thuộc|đến từ)\s+")
_AFF_END = re.compile(
    # (the parent body in brackets may follow: "Trường ĐH Khoa học tự nhiên (ĐH Quốc gia Hà Nội).")
    r"(?:\s*\([^()]{2,80}\)(?=\s*(?:[,;]|$|[.!?](?:\s|$))))?"
    r"\s*(?:[,;)]|$|[.!?](?:\s|$)|[-–]\s|(?:cho biết|cho hay|nói|khẳng định|nhận định|cho rằng|chia sẻ|nhấn mạnh"
    r"|giải thích|đánh giá|phân tích|thông tin|kể|bày tỏ|lưu ý|khuyến cáo|đề xuất|kiến nghị|phát biểu|trả lời"
    r"|xác nhận|thừa nhận|lo ngại|băn khoăn)(?=[\s,.:]))"
)


_DATELINE = re.compile(r"\)\s*[-–]\s")


_AFF_PLACE_SEP = re.compile(r"\s*(?:,|[-–])\s*")


def _affiliation(text: str, s: int, spans: list[Span], hi: int, conn: str) -> str | None:
    """An institution alone in apposition ("Ông Phạm Phụ (Trường ĐH Bách khoa TPHCM)"): its name."""
    lead = _AFF_LEAD.match(text, s, hi)
    if lead is not None:
        s = lead.end()
    elif not conn.strip() or conn.strip() in ("làm", "là"):
        return None
    unit = _UNIT_LEAD.match(text, s, hi) if "(" in conn else None
    if unit is not None and any(q.type == "ORG" and not q.nested and q.start == unit.end() for q in spans):
        s = unit.end()  # "TS Võ Văn Nam (khoa tâm lý học | Trường ĐH Sư phạm TP. HCM)": a unit of the body
    org = max(
        (q for q in spans if q.type == "ORG" and not q.nested and q.start == s and q.end <= hi),
        key=lambda q: q.end,
        default=None,
    )
    if org is None or any(q.type == "PER" and q.start < org.end and org.start < q.end for q in spans):
        return None
    if "(" in conn and _DATELINE.match(text, org.end) and text[org.start : org.end].isupper():
        return None  # "xin lỗi ông Hoàng (NLĐ) - Ngày 10-1": the paper's dateline, no affiliation
    if "(" in conn and not text[org.end : hi].lstrip().startswith(")"):
        close = text.find(")", org.end, hi)
        sep = _AFF_PLACE_SEP.match(text, org.end, hi) if lead is None and close > 0 else None
        if sep is not None and any(
            q.type == "LOC" and q.start == sep.end() and not text[q.end : close].strip() for q in spans
        ):
            return org.name  # "GS Nayfeh (Đại học Illimois - Mỹ)": the institution, then its country or city
        if (
            lead is None
            or close < 0
            or "(" in text[org.end : close]
            or any(q.type == "PER" and org.end <= q.start < close for q in spans)
        ):
            return None
        # "(công tác tại Phòng Cảnh sát điều tra tội phạm về trật tự xã hội, Công an Lạng Sơn)": a
        # workplace said as such may run on (a name the scan cut short, its parent body) to the ")"
        return org.name
    if _AFF_END.match(text, org.end, hi) is None:
        return None
    return org.name


# A unit named by its level and a number ("quận 4", "phường 10"): the place is the whole name, and the
# organ keeps its level in the title as with a named unit ("Chủ tịch UBND quận" + "quận 10").
_NUMBERED_LEVEL = re.compile(r"(xã|phường|quận|huyện|thị trấn|thị xã|Xã|Phường|Quận|Huyện) \d{1,3}\b")
_ORGAN_END = re.compile(
    r"(?:^|\s)(?:ubnd|hđnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|công an|tand|vksnd|vks"
    r"|tòa án nhân dân|toà án nhân dân|viện kiểm sát nhân dân|đảng ủy|đảng uỷ|mttq|ủy ban mttq)$"
)


def _numbered_level(p: Position) -> Position:
    m = _NUMBERED_LEVEL.match(p.org_or_place)
    if m is None or not _ORGAN_END.search(low_key(p.title)):
        return p
    return Position(p.person, f"{p.title} {m.group(1).lower()}", p.org_or_place, p.qualifier)


def _heads(title: str) -> list[str]:
    """The shorter forms a title with a territorial organ stands for ("Chủ tịch UBND TP" -> "chủ tịch",
    "chủ tịch ubnd"); a lower-case complement or another body makes another title ("thư ký tòa" is not
    "thư ký", "Chủ tịch HĐQT" of a company not a club's "Chủ tịch")."""
    words = title.split()
    return [
        low_key(" ".join(words[:i]))
        for i in range(1, len(words))
        if words[i][:1].isupper() and low_key(" ".join(words[i:])).startswith(_TERR)
    ]


# "Phó Giám đốc Sở GTCC TP (bên phải)": a bare level word after a department is its place, not its name.
_DEPT_LEVEL_END = re.compile(
    r"^(.* (?:Sở|Chi cục|Cục) [A-ZĐÀ-Ỹ]\S*(?: \S+)*?) (?:TP|Tp)\.?$"
    # a department takes no level ("Giám đốc Sở Tư pháp" of "TPHCM"): "Sở Nông nghiệp ... | tỉnh"
    r"|^(.* Sở [A-ZĐÀ-Ỹ]\S*(?: \S+)*?) (?:tỉnh|thành phố)$"
)


# "Phó bí thư Quận uỷ Q. Bình Thạnh": the level abbreviation after a party committee that names it already.
_COMMITTEE_LEVEL_END = re.compile(r"^(.* (?:[Qq]uận|[Hh]uyện|[Tt]hành|[Tt]hị) (?:uỷ|ủy)) (?:Q|H|TP|Tp|TX)\.$")


def _dept_level(q: Position) -> Position:
    m = _DEPT_LEVEL_END.match(q.title) or _COMMITTEE_LEVEL_END.match(q.title)
    return q if m is None else Position(q.person, m.group(1) or m.group(2), q.org_or_place, q.qualifier)


# A board's level or territorial organ at the end of its name ("Trưởng ban Dân vận tỉnh", "Trưởng ban
# Tuyên giáo Thành uỷ"): an organ of the place, the title keeps it.
_BOARD_LOCAL = re.compile(
    r"(?:^|\s)(?:tỉnh|huyện|quận|xã|phường|thị trấn|thị xã|thành phố|tp|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy"
    r"|huyện uỷ|quận ủy|quận uỷ|đảng ủy|đảng uỷ|hđnd|ubnd|mttq)(?:\s|$)"
)


def _board_role(title: str) -> tuple[str, str]:
    """A board named by its task is a uniquely named body: (the role "Trưởng ban", the board); a board
    of a place's organ keeps the organ in the title ("Trưởng ban Tuyên giáo Thành uỷ"): (title, "")."""
    words = title.split()
    if (
        len(words) < 3
        or low_key(" ".join(words[:2])) != "trưởng ban"
        or _BOARD_LOCAL.search(low_key(" ".join(words[2:])))
        # "Trưởng ban trị sự": the role's lower-case field (not "Trưởng Ban Tổ chức", a board)
        or (words[1].islower() and low_key(" ".join(words[2:])) in _ROLE_FIELDS)
    ):
        return title, ""
    return " ".join(words[:2]), f"{words[1]} {' '.join(words[2:])}"


_STANDING_SUFFIX = " thường trực"


def _dedup(found: list[Position]) -> list[Position]:
    seen: dict[tuple[str, str, str], Position] = {}
    for p in map(_dept_level, map(_numbered_level, map(_full_level, map(_no_possessive, found)))):
        key = (p.person, low_key(p.title), p.qualifier)
        if key not in seen or (not seen[key].org_or_place and p.org_or_place):
            seen[key] = p
    out = list(seen.values())
    # One role written with and without its field ("cảnh sát trưởng" and "cảnh sát trưởng quốc gia"):
    # the fuller form stands for both.
    fuller = {
        (p.person, p.qualifier, t[: -len(f) - 1])
        for p in out
        for t in (low_key(p.title),)
        for f in _field_suffixes(t)
    } | {(p.person, p.qualifier, h) for p in out if (h := _fielded_head(low_key(p.title)))}
    out = [p for p in out if (p.person, p.qualifier, low_key(p.title)) not in fuller]
    # "Phó thủ tướng thường trực Nguyễn Tấn Dũng ... Phó thủ tướng Nguyễn Tấn Dũng": one office, written
    # as the bare title (the standing holder's "thường trực" is a rank within it).
    said = {(p.person, p.qualifier, low_key(p.title)) for p in out}
    out = [
        p
        for p in out
        if not (
            low_key(p.title).endswith(_STANDING_SUFFIX)
            and (p.person, p.qualifier, low_key(p.title)[: -len(_STANDING_SUFFIX)]) in said
        )
    ]
    # "Chủ tịch UBND TP Nguyễn A ... chủ tịch Nguyễn A": a bare title said again after its full form.
    fuller_of = {(p.person, p.qualifier, w) for p in out for w in _heads(p.title)}
    out = [
        p
        for p in out
        if p.org_or_place or not p.title or (p.person, p.qualifier, low_key(p.title)) not in fuller_of
    ]
    # "Chủ tịch nước Trần Đức Lương ... Chủ tịch Trần Đức Lương": the short form names the same office.
    state = {(p.person, p.qualifier) for p in out if low_key(p.title) == "chủ tịch nước"}
    out = [
        p
        for p in out
        if not (low_key(p.title) == "chủ tịch" and not p.org_or_place and (p.person, p.qualifier) in state)
    ]
    # "Bộ trưởng Quốc phòng Nhật Bản Onodera ... Bộ trưởng Quốc phòng Itsunori Onodera": a foreign
    # minister's title as written with the country, and the same portfolio read as a ministry.
    portfolio = {
        (p.person, p.qualifier, f"{t} bộ {low_key(p.title)[len(t) + 1 :]}")
        for p in out
        for t in ("bộ trưởng", "thứ trưởng")
        if low_key(p.title).startswith(t + " ") and p.org_or_place in _countries()
    }
    out = [
        p
        for p in out
        if (p.person, p.qualifier, f"{low_key(p.title)} {low_key(p.org_or_place)}") not in portfolio
    ]
    # "Bộ trưởng Quốc phòng Thổ Nhĩ Kỳ Hulusi Akar ... Bộ trưởng Akar", "Chỉ huy lực lượng vũ trang Iraq
    # Abdul Wahab al - Saedi ... chỉ huy Saedi": the bare title said again.
    said_in_full = {
        (p.person, p.qualifier, t)
        for p in out
        for t in ("bộ trưởng", "thứ trưởng", "chỉ huy", "lãnh đạo", "nhà lãnh đạo")
        if low_key(p.title).startswith(t + " ") and (t not in _MINISTER or p.org_or_place in _countries())
    }
    out = [p for p in out if p.org_or_place or (p.person, p.qualifier, low_key(p.title)) not in said_in_full]
    # "cô giáo Nguyễn Thị Thu Trang ... giáo viên Nguyễn Thị Thu Trang", "Cô giáo Đặng Nguyệt Anh, giáo
    # viên dạy văn của ...": one occupation.
    teachers = {
        (p.person, p.qualifier)
        for p in out
        if low_key(p.title) == "giáo viên" or low_key(p.title).startswith("giáo viên ")
    }
    out = [
        p
        for p in out
        if not (
            low_key(p.title) in ("cô giáo", "thầy giáo", "thày giáo") and (p.person, p.qualifier) in teachers
        )
    ]
    # "Lãnh đạo Triều Tiên Kim Jong Un ... nhà lãnh đạo Triều Tiên Kim Jong Un": one office, written
    # as the fuller "nhà lãnh đạo".
    leaders = {(p.person, p.qualifier) for p in out if low_key(p.title) == "nhà lãnh đạo"}
    out = [p for p in out if not (low_key(p.title) == "lãnh đạo" and (p.person, p.qualifier) in leaders)]
    # "dân phòng phường | Bình Trị Đông ... dân phòng Sơn": the bare occupation said again after its
    # form with the unit's level and place.
    leveled = {
        (p.person, p.qualifier, t[: -len(lv) - 1])
        for p in out
        if p.org_or_place
        for t in (low_key(p.title),)
        for lv in _UNIT_LEVELS
        if t.endswith(" " + lv)
    }
    out = [p for p in out if p.org_or_place or (p.person, p.qualifier, low_key(p.title)) not in leveled]
    # "ông X, Chủ tịch UBND huyện Tân Phước ... Chủ tịch huyện X": one office, the short form said
    # without the people's committee.
    councils = {
        (p.person, p.qualifier, t.replace(f" {c} ", " ", 1))
        for p in out
        for t in (low_key(p.title),)
        for c in ("ubnd", "ủy ban nhân dân", "uỷ ban nhân dân")
        if f" {c} " in t
    }
    out = [p for p in out if p.org_or_place or (p.person, p.qualifier, low_key(p.title)) not in councils]
    # An affiliation without a title only when no title is given for the person; a person's one title
    # given with no body takes the one affiliation ("Hậu vệ: Carlos Marchena (Valencia)").
    affs: dict[str, list[str]] = {}
    titles: dict[str, list[Position]] = {}
    for p in out:
        if p.title:
            titles.setdefault(p.person, []).append(p)
        elif p.org_or_place:
            affs.setdefault(p.person, []).append(p.org_or_place)
    given = {
        id(ts[0]): affs[person][0]
        for person, ts in titles.items()
        if len(ts) == 1 and not ts[0].org_or_place and len(affs.get(person, ())) == 1
    }
    out = [Position(p.person, p.title, given[id(p)], p.qualifier) if id(p) in given else p for p in out]
    titled = {p.person for p in out if p.title}
    out = [p for p in out if p.title or p.person not in titled]
    # The latest status wins: a "nguyên" form drops the current form of the same title at the same
    # body ("nguyên Hiệu trưởng trường A" does not drop "Hiệu trưởng trường B").
    # A deputy is another office than the head's: "nguyên phó chủ tịch" leaves a current "Chủ tịch".
    former: dict[tuple[str, str, bool], set[str]] = {}
    # "nguyên giám đốc Sở NN-PTNT tỉnh ... giám đốc Mai Minh Ảnh": the bare title of that office
    bare_former: set[tuple[str, str, bool]] = set()
    for p in out:
        if p.qualifier.startswith("nguyên"):
            held = (p.person, _status_key(p.title), "phó" in p.qualifier)
            former.setdefault(held, set()).add(p.org_or_place)
            bare_former.update((p.person, h, "phó" in p.qualifier) for h in _heads(p.title))
    out = [
        p
        for p in out
        if p.org_or_place
        or p.qualifier.startswith("nguyên")
        or (p.person, low_key(p.title), "phó" in p.qualifier) not in bare_former
    ]
    return [
        p
        for p in out
        if p.qualifier.startswith("nguyên")
        or not _same_body(p.org_or_place, former.get((p.person, _status_key(p.title), "phó" in p.qualifier)))
    ]


_GENERIC_NAME_WORDS = frozenset(
    "việt nam công ty tnhh cp ctcp tổng tập đoàn ngân hàng trường bệnh viện sở bộ ban ủy uỷ nhân dân hội "
    "đồng tỉnh thành phố tp hcm quận huyện xã chi nhánh trung tâm tiểu học trung cơ sở phổ thông thpt thcs "
    "đại cao đẳng mầm non và của".split()
)


def _name_words(org: str) -> set[str]:
    return {w for w in low_key(org).split() if w not in _GENERIC_NAME_WORDS}


def _same_body(org: str, former: set[str] | None) -> bool:
    """A former title's bodies may include this one: an empty body is any body, and "Bosch Việt Nam"
    is "công ty TNHH Robert Bosch Việt Nam" ("trường tiểu học Yang Hăn" is not "trường tiểu học Cư Đrăm")."""
    if former is None:
        return False
    if not org or "" in former:
        return True
    words = _name_words(org)
    return any(not words or not _name_words(f) or words & _name_words(f) for f in former)


_ABBR_FULL = {"tgđ": "tổng giám đốc", "gđ": "giám đốc", "ct": "chủ tịch"}


def _status_key(title: str) -> str:
    """A title's key for the latest-status rule ("nguyên TGĐ" and "Tổng giám đốc" are one title, so are
    "Chủ tịch UBND tỉnh" and "Chủ tịch tỉnh")."""
    words = low_key(title).split(" ", 1)
    key = " ".join([_ABBR_FULL.get(words[0], words[0]), *words[1:]])
    return _PEOPLES_COMMITTEE.sub("", key)


_PEOPLES_COMMITTEE = re.compile(r" (?:ubnd|ủy ban nhân dân)(?= )")
