"""Legal-document references: "Nghị quyết số 35-NQ/TW", "Nghị định 100/2019/NĐ-CP", "Luật Đất đai",
"Bộ luật Hình sự năm 2015", "Nghị quyết Trung ương 9", "quyết định khởi tố", drafts ("dự thảo ...").

Span rules follow /work/shared/ANNOTATION.md: the surface is the type word (+ "số") + number, or
type + proper name; "Điều 219"/"khoản 2 Điều 285" before it go to `article`; issuer phrases and
signing dates stay outside. Hand-written rules: no maintained library covers Vietnamese document
numbers, and the formats are fixed by Decree 30/2020/NĐ-CP, so patterns are exact and fast.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from diembao.model import DocRef
from diembao.text import canonical_chars

# --------------------------------------------------------------------------- text view


def normalised_view(text: str) -> tuple[str, list[int] | None]:
    """canonical_chars(text) and, when its length differs, a map from its indices to `text`'s.

    Matching runs on the canonical view (one tone-mark style, NFC) while offsets stay in the
    original; the map is None in the usual case where the view is index-aligned.
    """
    view = canonical_chars(text)
    if len(view) == len(text):
        return view, None
    # Rare (decomposed input, invisible characters): line by line, and cluster by cluster only
    # in the lines whose length changes, so every view index maps back in linear time.
    parts: list[str] = []
    index: list[int] = []
    base = 0
    for line in text.splitlines(keepends=True):
        norm = canonical_chars(line)
        if len(norm) == len(line):
            parts.append(norm)
            index.extend(range(base, base + len(line)))
        else:
            i, n = 0, len(line)
            while i < n:
                j = i + 1
                while j < n and unicodedata.combining(line[j]):
                    j += 1
                piece = canonical_chars(line[i:j])
                parts.append(piece)
                index.extend([base + i] * len(piece))
                i = j
        base += len(line)
    index.append(len(text))
    return "".join(parts), index


def to_view(index: list[int] | None, pos: int) -> int:
    """The view index of original offset `pos` (inverse of `to_original`)."""
    return pos if index is None else bisect_left(index, pos)


def to_original(index: list[int] | None, pos: int) -> int:
    return pos if index is None else index[pos]


def _c(pattern: str) -> re.Pattern[str]:
    # Patterns are written in either tone-mark style; match them against the canonical view.
    return re.compile(canonical_chars(pattern))


# --------------------------------------------------------------------------- tables

ISSUERS: dict[str, str] = {
    "TW": "Ban Chấp hành Trung ương",
    "TƯ": "Ban Chấp hành Trung ương",
    "BCT": "Bộ Chính trị",
    "BBT": "Ban Bí thư",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "CP": "Chính phủ",
    "NĐCP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "CTN": "Chủ tịch nước",
    "BTC": "Bộ Tài chính",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BTP": "Bộ Tư pháp",
    "BNV": "Bộ Nội vụ",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BNG": "Bộ Ngoại giao",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "TANDTC": "Tòa án nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "KTNN": "Kiểm toán Nhà nước",
    "TTCP": "Thanh tra Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
}
# "BCT" in a state document (Thông tư, QĐ-BCT) is the Ministry of Industry and Trade; in a Party
# document ("/BCT" after the party-style code) it is the Politburo.
_STATE_BCT = "Bộ Công Thương"

# Code letters in a number -> document type.
CODE_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "NĐ": "Nghị định",
    "QĐ": "Quyết định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "TTLN": "Thông tư liên tịch",
    "CT": "Chỉ thị",
    "CV": "Công văn",
    "TB": "Thông báo",
    "KL": "Kết luận",
    "QC": "Quy chế",
    "TTr": "Tờ trình",
    "HD": "Hướng dẫn",
    "CĐ": "Công điện",
    "PL": "Pháp lệnh",
    "QH": "Luật",
}

# Surface type word (canonical, lowercase key) -> normalised type.
TYPES: dict[str, str] = {
    "bộ luật": "Bộ luật",
    "luật": "Luật",
    "hiến pháp": "Hiến pháp",
    "pháp lệnh": "Pháp lệnh",
    "nghị quyết": "Nghị quyết",
    "nghị định": "Nghị định",
    "quyết định": "Quyết định",
    "chỉ thị": "Chỉ thị",
    "thông tư liên tịch": "Thông tư liên tịch",
    "thông tư liên ngành": "Thông tư liên tịch",
    "thông tư liên bộ": "Thông tư liên tịch",
    "thông tư": "Thông tư",
    "công văn": "Công văn",
    "công điện": "Công điện",
    "thông báo": "Thông báo",
    "kết luận": "Kết luận",
    "quy chế": "Quy chế",
    "quy định": "Quy định",
    "tờ trình": "Tờ trình",
    "hiệp định": "Hiệp định",
    "hướng dẫn": "Hướng dẫn",
    "văn bản": "Văn bản",
}
_INDIVIDUAL_TYPES = {"Công văn", "Thông báo", "Công điện"}

_TYPE_WORDS = "|".join(
    sorted(
        {w for t in TYPES for w in (t, t[0].upper() + t[1:], t.title())},
        key=len,
        reverse=True,
    )
)
_L = r"A-Za-zÀ-ỹĐđ"
# A document number: 35-NQ/TW, 100/2019/NĐ-CP, 1234/QĐ-TTg, 05/2024/TT-BTC, 45/2013/QH13,
# 01/2016/TTLT-BTP-BCA, 1234/UBND-KT, 22-NQ/TƯ, 11/NQ-CP; bare "01" / "31/2001" after a type word.
# Word-segmented corpora (VietNews) space the separators: "116 / NĐ - CP", "5309 / UBND - TM"; a
# spaced code starts with a capital after " / " (a spaced " - " alone is a dash: "khoản 4 - Bộ luật").
# A compound serial keeps its parts: "01-06/QĐHNB".
_SEG = rf"[{_L}Đ&]+\d{{0,2}}"
_USEG = rf"[A-ZĐ][{_L}Đ&]*\d{{0,2}}"
_CODE = (
    rf"\d{{1,5}}[a-z]?(?:-\d{{1,4}}(?=/[A-ZĐ]))?(?:/\d{{4}})?"
    rf"(?:[/-]\s?{_SEG}(?:[-/]{_SEG})*|\s/\s{_USEG}(?:\s?[-/]\s?{_USEG})*)"
)
_NUMBER = rf"(?:{_CODE}|\d{{1,5}}(?:/\d{{4}})?(?![\d/.,]\d))"

_RE_NUMBERED = _c(rf"(?<![{_L}])(?P<type>{_TYPE_WORDS})(?P<so>\s+số)?\s*(?P<num>{_NUMBER})(?![{_L}\d])")
# A code with no type word in front ("theo 35-NQ/TW"): needs the doc-type letters inside.
_CODE_KEYS = "|".join(sorted(CODE_TYPES, key=len, reverse=True))
_RE_BARE_CODE = _c(
    rf"(?<![{_L}\d/-])\d{{1,5}}(?:/\d{{4}})?[/-](?P<code>{_CODE_KEYS})(?:[-/][{_L}Đ&]+\d{{0,2}})+(?![{_L}\d])"
)
# The type abbreviated: "NĐ 158/CP", "QĐ 58/QĐ-UB", "NĐ31/2001/NĐ-CP" (a code is required: "NĐ 5-0" is a score).
_RE_ABBR_NUMBERED = _c(
    rf"(?<![{_L}\d.])(?P<type>NĐ|QĐ|NQ|TTLT|TT|CT)\s?(?:số\s+)?(?P<num>{_CODE})(?![{_L}\d])"
)
_RE_NQ_TW = _c(
    r"(?<![\w])(?P<type>Nghị quyết)(?P<name>\s+(?:(?:Hội nghị\s+)?Trung ương\s+\d{1,2}(?:\s+khóa\s+[IVXL]+)?"
    r"|Đại hội\s+(?:Đảng\s+(?:toàn quốc\s+)?)?(?:lần thứ\s+)?[IVXL]+)(?![\w]))"
)
_RE_LAW = _c(r"(?<![\w])(?P<type>Bộ luật|Bộ Luật|Luật|Hiến pháp|Pháp lệnh|luật|bộ luật)(?=[ \t])")
_RE_LAW_AMEND = _c(
    r"(?<![\w])Luật\s+sửa\s+đổi,?\s+bổ\s+sung\s+(?:một\s+số\s+điều\s+)?của\s+(?:các\s+)?(?:Bộ\s+luật|Luật)\s+"
)
# Code abbreviations: BLHS (Bộ luật Hình sự), BLDS, BLTTHS, BLTTDS, BLLĐ.
_RE_CODE_ABBR = _c(r"(?<![\w])(?:BLHS|BLDS|BLTTHS|BLTTDS|BLLĐ)(?![\w])")
# "Quyết định trên", "Nghị định này": an anaphoric mention; the surface is the type word.
_RE_ANAPHOR = _c(
    r"(?<![\w])(?P<type>[Qq]uyết định|[Nn]ghị định|[Nn]ghị quyết|[Tt]hông tư|[Cc]hỉ thị|Luật|Bộ luật|[Pp]háp lệnh|"
    r"[Vv]ăn bản|[Cc]ông văn|[Tt]ờ trình|[Qq]uy chế)"
    r"(?=\s+(?:trên|này|nói trên|nêu trên)(?![\w])"
    # The document as the subject: "Nghị quyết nêu rõ", "chỉ thị nêu rõ", "Nghị quyết cũng khẳng định".
    r"|\s+(?:cũng\s+)?(?:nêu rõ|nhấn mạnh|khẳng định|quy định rõ|có hiệu lực|ra đời)(?![\w]))"
)
# "Quy chế kiểm toán độc lập trong nền kinh tế quốc dân": a regulation named by a lowercase phrase.
_RE_REGULATION = _c(r"(?<![\w])Quy chế(?= [a-zđà-ỹ])")
_RE_NAME_WORD = _c(r" ([a-zđà-ỹ]+)(?![\w])")
# Treaties: "Hiệp định Thương mại Việt - Mỹ" (named), "Hiệp định về tránh đánh thuế hai lần" (the type
# word; what follows "về" is the subject).
_RE_TYPE_START = _c(r"(?:Hiệp định|Luật|Bộ luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị)(?![\w])")
_RE_TREATY = _c(r"(?<![\w])Hiệp định(?=\s+(?:về(?![\w])|[A-ZĐ]|[a-zđà-ỹ]))")
_RE_DECISIVE_BEFORE = _c(
    r"(?<![\w])(?:trận|trận đấu|trận cầu|bàn thắng|yếu tố|vai trò|thời điểm|ý nghĩa|tính|nhân tố|lượt|hiệp|"
    r"giây phút|khoảnh khắc|cú|pha|loạt)\s+$"
)
_RE_ON_SOMETHING = _c(
    r"\s+trên\s+(?!(?:của|do|đã|được|cho|nêu|là|có|không|cũng|vẫn|và|sẽ|thì|nhằm|với|về|đều)(?![\w]))[a-zđà-ỹ]"
)
# "Hiến pháp" alone is the Constitution; "Hiến pháp năm 2013", "Hiến pháp 1992".
_RE_CONSTITUTION = _c(r"(?<![\w])Hiến pháp(?![\w])")
_RE_YEAR_SUFFIX = _c(r"\s+(?:năm\s+)?((?:19|20)\d{2})(?!\d)")
_RE_ARTICLE = _c(
    r"((?:(?:điểm|Điểm)\s+[a-zđ]\)?\s*,?\s*)?(?:(?:khoản|Khoản)\s+\d+(?:\s*,\s*\d+)*\s*,?\s*)?Điều\s+\d+[a-z]?)"
    r"(?:\s*,\s*(?:khoản|điểm)[^,]{1,12})?,?\s+(?:của\s+|tại\s+)?$"
)
_RE_SIGNED = _c(
    r"\s*,?\s*(?:ban hành|ký)?\s*ngày\s+\d{1,2}(?:/|-|\.|\s+tháng\s+)\d{1,2}(?:/|-|\.|\s+năm\s+)((?:19|20)\d{2})"
)
_RE_OF_ISSUER = _c(
    r"\s*(?:ngày[^,;.]{0,25})?\s*(?:của|do)\s+(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Trung ương|Chính phủ|"
    r"Thủ tướng(?: Chính phủ)?|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ(?: [A-ZĐ][\w]*(?: (?:và )?[\w]+){0,4})|"
    r"UBND[^,;.()]{0,30}|Ủy ban nhân dân[^,;.()]{0,30}|HĐND[^,;.()]{0,30}|Tỉnh ủy[^,;.()]{0,20}|Thành ủy[^,;.()]{0,20})"
)
_RE_DRAFT_BEFORE = _c(r"(?:dự thảo|Dự thảo|dự án|Dự án)\s+$")
# Unnumbered "quyết định": a document only after a verb of issuing/receiving ("ra quyết định"),
# otherwise "Tòa quyết định chuyển hồ sơ" is the verb.
_RE_ISSUED_BEFORE = _c(
    r"(?<![\w])(?:ra|ban hành|ký|nhận|nhận được|có|trao|công bố|tống đạt|phê chuẩn|theo|Theo|tại|Tại|"
    r"căn cứ|Căn cứ|hủy|huỷ|thu hồi|thi hành|chấp hành|đọc|kèm theo|gửi|gửi cả|nộp|rút|nội dung|Nội dung|"
    r"trong|Trong)\s+(?:bản\s+|một\s+)?$"
)
# After "ra"/"có" ("đưa ra quyết định cuối cùng", "cách ra quyết định."), "quyết định" is the act of
# deciding unless an administrative content follows.
_RE_MADE_BEFORE = _c(r"(?<![\w])(?:ra|có|trong|Trong)\s+(?:một\s+)?$")
# "kể từ ngày ra quyết định.", "Sau khi ra quyết định,": the issuing of one.
_RE_ISSUE_TIME_BEFORE = _c(r"(?<![\w])(?:ngày|khi)\s+ra\s+$")
_RE_ABSTRACT_AFTER = _c(
    r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:cuối cùng|đúng|sai|nào|gì|hay|hoặc|rõ ràng|quan trọng|sáng suốt|kịp thời|"
    r"chính xác|nhanh|đúng đắn|táo bạo|khó khăn|lớn|đó|để|mà|khi|thì|và|như|dựa|theo sự|về các|về mức|"
    r"về việc có)(?![\w])"
)
_RE_GENERIC_AFTER = _c(r"(?:của\s+pháp\s+luật|pháp\s+luật|liên\s+quan|hiện\s+hành|nói\s+chung)")
_RE_UNNUMBERED_ANY = _c(
    r"(?<![\w])(?P<type>[Qq]uyết định|[Cc]ông văn|[Tt]ờ trình|[Cc]ông điện|[Vv]ăn bản|[Tt]hông báo|"
    r"[Nn]ghị định|[Nn]ghị quyết|[Tt]hông tư(?:\s+liên\s+(?:tịch|bộ|ngành))?|[Cc]hỉ thị|[Qq]uy chế)(?![\w])"
)
# After a sentence-initial "Quyết định", words that make it the subject noun, not the verb.
_RE_NOUN_AFTER = _c(
    r"\s+(?:chưa|đã|được|có hiệu lực|nêu|này|trên|số|khởi tố|kỷ luật|xử phạt|đình chỉ|tạm đình chỉ|truy nã|"
    r"tạm giữ|thu hồi|bổ nhiệm|cưỡng chế)(?![\w])"
)
# Verbs that send or issue a letter/notice: "có văn bản gửi", "phát thông báo".
_RE_SENT_BEFORE = _c(r"(?<![\w])(?:có|gửi|ban hành|ra|ký|phát|nhận được|nhận|công bố)\s+(?:một\s+)?$")
# "quyết định của Thủ tướng": the decision of an authority is a document.
_RE_AUTHORITY_AFTER = _c(
    r"\s+của\s+(?:Thủ tướng|Chính phủ|Bộ|UBND|Ủy ban|Uỷ ban|Tòa|Toà|TAND|VKS|Viện|Sở|Cục|Tổng cục|Công an|"
    r"HĐND|Hội đồng|Chủ tịch|Ban|Thanh tra|Kiểm toán|Quốc hội|Trung ương|Đảng)(?![\w])"
)
# "vừa có chỉ thị, các cơ quan ...": a body has just issued one.
_RE_JUST_ADOPTED_BEFORE = _c(r"(?<![\w])(?:vừa|đã)\s+(?:có|ban hành|ký|ra)\s+$")
# A capitalised type word after a verb of using or presenting it: "giới thiệu Nghị định về ...".
_RE_USED_BEFORE = _c(r"(?<![\w])(?:giới thiệu|triển khai|thực hiện|áp dụng|soạn thảo|xây dựng|hướng dẫn)\s+$")
# A body or person right before a capitalised "Quyết định" makes it the verb ("Thủ tướng Quyết định").
_RE_SUBJECT_BEFORE = _c(r"(?:[A-ZĐ][\w.]*|tướng|tịch|trưởng|đốc)\s+$")
_RE_COPY_BEFORE = _c(r"(?<![\w])(?<!các )(?<!những )(?<!nhiều )(?<!văn )(?<!Văn )bản\s+$")
_RE_ADOPTED_BEFORE = _c(r"(?<![\w])(?:ra|ban hành|ký|ký ban hành|thông qua|có|công bố|thông báo)\s+$")
_RE_CONTENT_AFTER = _c(
    r"\s+(?!(?:và|hoặc|hay|nào|gì|mới|này|trên|đó|thì|là|mà|cũng|đã|sẽ|được|không|chưa|cho|với|để)(?![\w]))"
    r"[a-zđà-ỹ]+(?![\w])"
)
_RE_NOT_LETTER_AFTER = _c(r"\s+(?:phòng|hóa|học|minh|nghệ|chương|kiện|bằng)(?![\w])")
_RE_GUIDE_AFTER = _c(rf"\s+hướng dẫn(?:\s+số\s+(?P<num>{_NUMBER}))?")
_RE_VB_GENERIC = _c(r"\s+(?:quy phạm|pháp luật|pháp quy|liên quan|hành chính|này)")
_BARE_NUMBER_TYPES = {
    canonical_chars(w)
    for t in (
        "Nghị định",
        "Nghị quyết",
        "Quyết định",
        "Thông tư",
        "Chỉ thị",
        "Pháp lệnh",
        "Công văn",
    )
    for w in (t, t.lower(), t.title())
} | {"Kết luận"}  # lowercase "kết luận 2 ông ..." is the verb
_RE_QUANTITY = _c(
    r"\s*(?:%|[,.]\d|\s+(?:người|học|thí|lượt|trường|đồng|tỷ|triệu|nghìn|xe|ca|vụ|hộ|ông|bà|đối tượng|bị can|bị cáo|"
    r"đơn vị|cơ quan|cán bộ)(?![\w]))"
)
# "pháp luật", "kỷ luật", "ĐH Luật", "Hiệp hội Luật": the word is no document type there.
_RE_NOT_DOC_BEFORE = _c(
    r"(?:pháp|[Kk]ỷ|điều|ĐH|[Đđ]ại học|[Tt]rường|[Hh]iệp hội|[Hh]ội|[Kk]hoa|[Ss]inh viên|hữu hạn|TNHH|[Cc]ông ty|"
    r"[Vv]ăn phòng|[Hh]ãng|[Đđ]oàn|[Cc]ử nhân|[Tt]iến sĩ|[Tt]hạc sĩ|[Hh]ọc)\s+$"
)
# Lowercase law names ("Luật di trú") only where the context is legal.
_RE_LEGAL_CUE = _c(
    r"(?:theo|vi phạm|của|trong|tại|dự án|dự thảo|sửa đổi|áp dụng|thi hành|ban hành|thông qua|"
    r"Điều \d+[a-z]?,?|điều \d+[a-z]?,?|quy định|luật hóa|hướng dẫn|thực thi)\s+$"
)
_PLURAL_BEFORE = _c(r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Mm]ột số|[Hh]ai|[Bb]a|\d+)\s+$")
_PLURAL_WORD_BEFORE = _c(
    r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Nn]hiều|[Mm]ọi|[Mm]ột số|[Hh]ai|[Bb]a)\s+$"
)  # "Điều 33 Quy chế" is one

# Words and two-word phrases that end a law's proper name ("Luật Đất đai quy định..." -> "Luật Đất đai").
_NAME_STOP = {
    canonical_chars(w)
    for w in (
        "đã đang sẽ có là về thì mà này đó trên cho với để khi nêu do tại theo số mới được và hoặc hay "
        "các những không cũng vừa nhưng trong ra nên vào của năm lần khóa tới trước sau cần phải chưa "
        "vẫn như gồm nói vì bởi từ đến nhằm tuy nếu rằng còn thuộc ngày tháng điều khoản mục chương "
        "quy sửa bổ ban hiện thông đối sắp lại chỉ xuống lên rất đều bị giữa bắt kể"
    ).split()
}
_NAME_STOP2 = {
    canonical_chars(w)
    for w in (
        "quy định",
        "chính thức",
        "sửa đổi",
        "bổ sung",
        "ban hành",
        "hiện hành",
        "thông qua",
        "đối với",
        "quy chế",
    )
}
# Words that end a regulation's lowercase name ("Quy chế ... quốc dân thì ...").
_CLAUSE_STOP = {
    canonical_chars(w)
    for w in "thì của do ngày được đã sẽ là mà nên khi theo tại này trên mới số nói nêu vừa cũng có về để cho".split()
} | (_NAME_STOP - {canonical_chars(w) for w in ("trong", "và", "điều", "thông")})
# Lowercase words after "Luật" that make a common noun, not a law ("Luật sư", "luật pháp").
_NOT_LAW = {canonical_chars(w) for w in "sư gia pháp lệ học hóa chơi định".split()}
# Official names of frequently cited codes and laws (lowercase key), so a name written in lower
# case ("Luật đất đai", "Bộ luật hình sự") or with commas ("Phòng, chống tham nhũng") is whole.
KNOWN_LAWS = sorted(
    {
        canonical_chars(n).lower()
        for n in (
            "Hình sự",
            "Dân sự",
            "Tố tụng hình sự",
            "Tố tụng dân sự",
            "Tố tụng hành chính",
            "Lao động",
            "Hàng hải",
            "Đất đai",
            "Doanh nghiệp",
            "Đầu tư",
            "Đầu tư công",
            "Đầu tư nước ngoài",
            "Đầu tư nước ngoài tại Việt Nam",
            "Khuyến khích đầu tư trong nước",
            "Doanh nghiệp nhà nước",
            "Thuế tiêu thụ đặc biệt",
            "Thuế xuất khẩu, thuế nhập khẩu",
            "Thuế sử dụng đất nông nghiệp",
            "Thi đua, khen thưởng",
            "Bảo vệ và phát triển rừng",
            "Bảo vệ, chăm sóc và giáo dục trẻ em",
            "Bảo vệ sức khỏe nhân dân",
            "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
            "Xây dựng",
            "Nhà ở",
            "Giao thông đường bộ",
            "Trật tự, an toàn giao thông đường bộ",
            "Công nghệ thông tin",
            "Báo chí",
            "Thuế thu nhập cá nhân",
            "Thuế thu nhập doanh nghiệp",
            "Thuế giá trị gia tăng",
            "Quản lý thuế",
            "Ngân sách nhà nước",
            "Các tổ chức tín dụng",
            "Chứng khoán",
            "Bảo hiểm xã hội",
            "Bảo hiểm y tế",
            "Kinh doanh bảo hiểm",
            "Phòng, chống tham nhũng",
            "Phòng chống tham nhũng",
            "Xử lý vi phạm hành chính",
            "Cư trú",
            "Căn cước",
            "Căn cước công dân",
            "An ninh mạng",
            "An toàn thông tin mạng",
            "Tổ chức Quốc hội",
            "Tổ chức Chính phủ",
            "Tổ chức chính quyền địa phương",
            "Cán bộ, công chức",
            "Viên chức",
            "Giáo dục",
            "Giáo dục đại học",
            "Giáo dục nghề nghiệp",
            "Khám bệnh, chữa bệnh",
            "Bảo vệ môi trường",
            "Tài nguyên nước",
            "Khoáng sản",
            "Lâm nghiệp",
            "Thủy sản",
            "Điện lực",
            "Hải quan",
            "Kế toán",
            "Kiểm toán nhà nước",
            "Kiểm toán độc lập",
            "Kinh doanh bất động sản",
            "Đấu thầu",
            "Quy hoạch",
            "Thanh tra",
            "Khiếu nại",
            "Khiếu nại, tố cáo",
            "Khiếu nại và tố cáo",
            "Khiếu nại tố cáo",
            "Tố cáo",
            "Tiếp cận thông tin",
            "Trưng cầu ý dân",
            "Ban hành văn bản quy phạm pháp luật",
            "Phòng cháy và chữa cháy",
            "Phòng, chống ma túy",
            "Hôn nhân và gia đình",
            "Bình đẳng giới",
            "Trẻ em",
            "Người cao tuổi",
            "Thanh niên",
            "Công đoàn",
            "Quốc phòng",
            "Công an nhân dân",
            "Nghĩa vụ quân sự",
            "Biên giới quốc gia",
            "Biển Việt Nam",
            "Hàng không dân dụng Việt Nam",
            "Đường sắt",
            "Giao thông đường thủy nội địa",
            "Sở hữu trí tuệ",
            "Thương mại",
            "Cạnh tranh",
            "Bảo vệ quyền lợi người tiêu dùng",
            "An toàn thực phẩm",
            "Dược",
            "Luật sư",
            "Công chứng",
            "Thi hành án dân sự",
            "Thi hành án hình sự",
            "Đặc xá",
            "Tương trợ tư pháp",
            "Quốc tịch Việt Nam",
            "Di sản văn hóa",
            "Điện ảnh",
            "Xuất bản",
            "Quảng cáo",
            "Du lịch",
            "Thể dục, thể thao",
            "Tín ngưỡng, tôn giáo",
            "Phòng, chống bạo lực gia đình",
            "Phòng, chống rửa tiền",
            "Phòng, chống tác hại của rượu, bia",
            "Phòng, chống tác hại của thuốc lá",
            "Tổ chức Tòa án nhân dân",
            "Tổ chức Viện kiểm sát nhân dân",
            "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
            "Đo lường",
            "Tiêu chuẩn và quy chuẩn kỹ thuật",
            "Năng lượng nguyên tử",
            "Khoa học và công nghệ",
            "Chuyển giao công nghệ",
            "Giao dịch điện tử",
            "Viễn thông",
            "Tần số vô tuyến điện",
            "Bưu chính",
            "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
            "Hiến pháp",
            "Phá sản",
            "Trọng tài thương mại",
            "Hợp tác xã",
            "Quản lý nợ công",
            "Phí và lệ phí",
            "Giá",
        )
    },
    key=len,
    reverse=True,
)
_MAX_NAME_SYLLABLES = 9
_RE_BLANKS = re.compile(r"[ \t]*")
_RE_WORD = re.compile(rf"[{_L}]+|[A-ZĐ]+\d*")


def _issuer_from_code(number: str, doc_type: str) -> str | None:
    parts = [p for p in re.split(r"\s*[-/]\s*", number.strip()) if p and not p.isdigit()]
    if not parts:
        return None
    last = re.sub(r"\d+$", "", parts[-1])
    if last == "BCT" and doc_type not in {"Nghị quyết", "Kết luận", "Chỉ thị"}:
        return _STATE_BCT
    if last in CODE_TYPES and last != "QH" and len(parts) == 1:
        return None
    return ISSUERS.get(last) or ISSUERS.get(last.replace("&", ""))


def _year_from_number(number: str) -> int | None:
    m = re.search(r"/\s?((?:19|20)\d{2})\s?/", number)
    if m:
        return int(m.group(1))
    return None


def _kind(doc_type: str, number: str | None, following: str) -> str:
    if doc_type in _INDIVIDUAL_TYPES:
        return "individual"
    if doc_type == "Quyết định":
        # Normative decisions carry their year in the number ("17/2019/QĐ-TTg", Decree
        # 34/2016); individual ones do not ("1234/QĐ-TTg", "quyết định khởi tố").
        return "normative" if number and _year_from_number(number) else "individual"
    return "normative"


def _with_year(view: str, end: int) -> tuple[int, int | None]:
    """Extend a name by a following "năm 2015" / "2015" (part of the designation)."""
    y = _RE_YEAR_SUFFIX.match(view, end)
    if not y:
        return end, None
    gap = view[end : y.start(1)].strip()
    if gap == "năm" or (gap == "" and not view[y.end() : y.end() + 1].isalnum()):
        return y.end(), int(y.group(1))
    return end, None


def _lower_words(view: str, end: int, most: int, stop: frozenset[str] = frozenset()) -> tuple[int, int]:
    """(end, count) of up to `most` lower-case words after `end`, stopping at a clause word or `stop`:
    a regulation's name, a treaty's field."""
    words = 0
    while words < most:
        w = _RE_NAME_WORD.match(view, end)
        if not w or w.group(1) in _CLAUSE_STOP or w.group(1) in stop:
            break
        end, words = w.end(), words + 1
    return end, words


_RE_WORD_AT = _c(r"\w+")


def _party_end(view: str, start: int) -> int:
    """End of up to four capitalised words from `start` ("Việt Nam", "VN", "ASEAN"); start if none."""
    end = start
    for _ in range(4):
        at = end if end == start else end + 1
        if end != start and view[end : end + 1] != " ":
            break
        w = _RE_WORD_AT.match(view, at)
        if w is None or not w.group()[0].isupper():
            break
        end = w.end()
    return end


def _parties(view: str, start: int) -> tuple[int, int]:
    """(end, number of " - " joins) of a treaty's parties, capitalised words joined by " - "
    ("Việt Nam - Hoa Kỳ", "ASEAN - Trung Quốc"); (start, 0) if none."""
    end = _party_end(view, start)
    if end == start or _RE_TYPE_START.match(view, start):
        return start, 0
    pairs = 0
    while view.startswith(" - ", end) and (more := _party_end(view, end + 3)) > end + 3:
        end, pairs = more, pairs + 1
    return end, pairs


def _law_name_end(view: str, pos: int, lowercase_ok: bool = False, known_only: bool = False) -> int:
    """End of a law's proper name starting at `pos`, or `pos` when there is none.

    A known name (KNOWN_LAWS) is taken whole; otherwise the name runs from a capitalised word
    (or, with `lowercase_ok`, a lowercase one) up to a stop word, punctuation or a number.
    """
    low = view[pos : pos + 80].lower()
    end = pos
    count = 0
    i = pos
    for name in KNOWN_LAWS:
        if low.startswith(name) and not (low[len(name) : len(name) + 1].isalnum()):
            # A known name may go on ("Luật Đầu tư nước ngoài"): continue word by word.
            end = i = pos + len(name)
            count = name.count(" ") + 1
            break
    if known_only and (end == pos or not view[pos : pos + 1].isupper()):
        return pos
    known = end > pos
    while count < _MAX_NAME_SYLLABLES:
        gap = (_RE_BLANKS.match(view, i).end() - i) if count else 0  # type: ignore[union-attr]
        w = _RE_WORD.match(view, i + gap)
        if not w or (count and gap == 0 and view[i : i + 1] != "/"):
            break
        word = w.group()
        key = word.lower()
        if end == pos:
            if key in _NOT_LAW or key in _NAME_STOP:
                return pos
            if not (word[0].isupper() or lowercase_ok):
                return pos
        else:
            nxt = _RE_WORD.match(view, w.end() + 1)
            pair = f"{key} {nxt.group().lower()}" if nxt else ""
            if known and not word[0].isupper():
                break  # after a known name only a proper noun goes on ("... Việt Nam")
            if pair in _NAME_STOP2 or (
                key in _NAME_STOP and not (key == "không" and view[i - 4 : i].lower() == "hàng")
            ):
                break
        count += 1
        end = w.end()
        i = end
        if view[i : i + 1] == "/" and _RE_WORD.match(view, i + 1):
            i += 1  # "HIV/AIDS"
            w2 = _RE_WORD.match(view, i)
            assert w2 is not None
            end = i = w2.end()
    return end


def find_docrefs(text: str) -> list[DocRef]:
    """Every document reference in `text`, in order, with offsets into `text` (ANNOTATION.md spans)."""
    if not text:
        return []
    view, index = normalised_view(text)
    found: list[tuple[int, int, str, str | None, dict[str, object]]] = []

    def add(start: int, end: int, doc_type: str, number: str | None, **extra: object) -> None:
        found.append((start, end, doc_type, number, extra))

    for m in _RE_NUMBERED.finditer(view):
        doc_type = TYPES[m.group("type").lower()]
        num = m.group("num").strip()
        # A bare number ("Quyết định 01") only after a type that is never a verb or a count
        # noun, and not as a quantity ("quy định 84 người", "thông báo 75%").
        bare = not m.group("so") and re.fullmatch(r"[\d/]+", num)
        if bare and (m.group("type") not in _BARE_NUMBER_TYPES or _RE_QUANTITY.match(view, m.end())):
            continue
        if _RE_NOT_DOC_BEFORE.search(view[max(0, m.start() - 12) : m.start()]):
            continue
        add(m.start(), m.end(), doc_type, num)
    for m in _RE_ABBR_NUMBERED.finditer(view):
        add(m.start(), m.end(), CODE_TYPES[m.group("type")], m.group("num"))
    taken = [(s, e) for s, e, *_ in found]
    for m in _RE_BARE_CODE.finditer(view):
        if any(s <= m.start() < e for s, e in taken):
            continue
        add(m.start(), m.end(), CODE_TYPES[m.group("code")], m.group())
    for m in _RE_NQ_TW.finditer(view):
        add(m.start(), m.end(), "Nghị quyết", None)
    for m in _RE_LAW_AMEND.finditer(view):
        end = _law_name_end(view, m.end())
        if end > m.end():
            add(m.start(), end, "Luật", None)
    for m in _RE_LAW.finditer(view):
        kw = m.group("type")
        before = view[max(0, m.start() - 20) : m.start()]
        if _RE_NOT_DOC_BEFORE.search(before):
            continue
        name_start = m.end() + 1
        while name_start < len(view) and view[name_start] == " ":
            name_start += 1
        end = _law_name_end(
            view,
            name_start,
            lowercase_ok=kw[0].isupper() and bool(_RE_LEGAL_CUE.search(before)),
            known_only=kw[0].islower(),
        )
        if end == name_start:
            continue
        end, law_year = _with_year(view, end)
        add(m.start(), end, TYPES[kw.lower()], None, year=law_year)
    for m in _RE_CODE_ABBR.finditer(view):
        end, abbr_year = _with_year(view, m.end())
        add(m.start(), end, "Bộ luật", None, year=abbr_year)
    for m in _RE_REGULATION.finditer(view):
        if _PLURAL_WORD_BEFORE.search(view[max(0, m.start() - 12) : m.start()]):
            continue
        end, words = _lower_words(view, m.end(), 14)
        if words >= 2:
            add(m.start(), end, "Quy chế", None)
    for m in _RE_TREATY.finditer(view):
        if _PLURAL_WORD_BEFORE.search(view[max(0, m.start() - 12) : m.start()]):
            continue
        name_start = m.end() + 1
        if view.startswith(canonical_chars("về"), name_start):
            add(m.start(), m.end(), "Hiệp định", None)
            continue
        # A field in lower case (after the type word or after a capitalised start), then the parties:
        # "Hiệp định thương mại Việt - Mỹ", "Hiệp định Thương mại song phương Việt Nam - Hoa Kỳ".
        head_end = (
            name_start - 1 if view[name_start : name_start + 1].islower() else _law_name_end(view, name_start)
        )
        field_end, _ = _lower_words(view, head_end, 4, frozenset({"và"}))
        end, pairs = _parties(view, field_end + 1) if field_end > head_end else (field_end, 0)
        if pairs:
            add(m.start(), end, "Hiệp định", None)
            continue
        if head_end == name_start - 1:
            continue  # a lower-case field with no named parties: a generic "hiệp định thương mại"
        end = head_end
        while end > name_start and view.startswith(" - ", end):
            more = _law_name_end(view, end + 3)
            if more == end + 3:
                break
            end = more
        if end > name_start:
            add(m.start(), end, "Hiệp định", None)
    for m in _RE_CONSTITUTION.finditer(view):
        end, const_year = _with_year(view, m.end())
        add(m.start(), end, "Hiến pháp", None, year=const_year)
    for m in _RE_ANAPHOR.finditer(view):
        if _PLURAL_BEFORE.search(view[max(0, m.start() - 12) : m.start()]):
            continue
        if _RE_ON_SOMETHING.match(view, m.end()):
            continue  # "văn bản trên ổ cứng": "trên" is the preposition
        if _RE_DECISIVE_BEFORE.search(view[max(0, m.start() - 20) : m.start()]):
            continue  # "trận cầu quyết định này": the adjective
        add(m.start(), m.end(), TYPES[m.group("type").lower()], None, anaphoric=True)
    for m in _RE_UNNUMBERED_ANY.finditer(view):
        word = m.group("type")
        doc_type = TYPES[word.lower()]
        before = view[max(0, m.start() - 25) : m.start()]
        after = view[m.end() : m.end() + 30]
        if _PLURAL_BEFORE.search(before) or _RE_GENERIC_AFTER.match(after.lstrip()):
            continue
        if re.match(r"\s+(?:số\s*)?\d", after):
            continue  # numbered: handled above
        issued = bool(_RE_ISSUED_BEFORE.search(before))
        draft = bool(_RE_DRAFT_BEFORE.search(before))
        sentence_start = word[0].isupper() and bool(re.search(r"(?:^|[.!?:\n]\s*|\n)$", before))
        low = word.lower()
        if low == "quyết định":
            ok = issued or draft or (sentence_start and bool(_RE_NOUN_AFTER.match(after)))
            ok = ok or bool(_RE_AUTHORITY_AFTER.match(after))
            # Capitalised mid-sentence before what it orders: "tống đạt cho bà Quyết định khởi tố".
            ok = ok or (
                word[0].isupper()
                and bool(_RE_NOUN_AFTER.match(after))
                and not _RE_SUBJECT_BEFORE.search(before)
            )
            if (
                ok
                and not draft
                and _RE_MADE_BEFORE.search(before)
                and _RE_ABSTRACT_AFTER.match(after)
                and not _RE_ISSUE_TIME_BEFORE.search(before)
            ):
                ok = False
        elif low == "công văn" and (re.search(r"tấn\s+$", before) or _RE_NOT_LETTER_AFTER.match(after)):
            ok = False  # "tấn công văn phòng"
        elif low in {"công văn", "tờ trình", "công điện"}:
            ok = True
        elif low == "văn bản":
            guide = _RE_GUIDE_AFTER.match(view, m.end())
            if guide:  # "văn bản hướng dẫn", "văn bản hướng dẫn số 16"
                number = guide.group("num")
                add(m.start(), guide.end(), doc_type, number)
                continue
            ok = bool(_RE_SENT_BEFORE.search(before)) and not _RE_VB_GENERIC.match(after)
        elif low == "thông báo":
            ok = bool(_RE_SENT_BEFORE.search(before)) and not re.match(r"\s+(?:rằng|là)\b", after)
        else:  # Nghị định, Nghị quyết, Thông tư, Chỉ thị, Quy chế, Luật without a name
            used = issued or bool(_RE_USED_BEFORE.search(before))
            ok = draft or (used and bool(re.match(_c(r"\s+(?:về|của|mới)(?![\w])"), after)))
            ok = ok or bool(_RE_AUTHORITY_AFTER.match(after))  # "Nghị quyết của Bộ Chính trị về ..."
            if not word[0].isupper() and not draft:
                # Lowercase: one specific document when a body issues or adopts it and its content
                # follows ("Ủy ban thường vụ Quốc hội đã ra nghị quyết chốt lại danh sách").
                ok = bool(_RE_ADOPTED_BEFORE.search(before)) and (
                    bool(_RE_CONTENT_AFTER.match(after))
                    or bool(_RE_JUST_ADOPTED_BEFORE.search(before) and re.match(r"\s*[,.;]", after))
                )
        # "bản nghị quyết", "bản quyết định": the classifier of a paper.
        ok = ok or bool(_RE_COPY_BEFORE.search(before))
        if ok:
            add(m.start(), m.end(), doc_type, None, individual=low in {"quyết định", "công văn", "thông báo"})

    # Resolve overlaps: earliest start, then longest.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, str | None, dict[str, object]]] = []
    for f in found:
        if kept and f[0] < kept[-1][1]:
            continue
        kept.append(f)

    out: list[DocRef] = []
    for start, end, doc_type, number, extra in kept:
        before = view[max(0, start - 60) : start]
        after = view[end : end + 120]
        # "số" right after the type and before the name is the designation, a law name is not a number.
        given = extra.get("year")
        year: int | None = given if isinstance(given, int) else None
        if year is None and number:
            year = _year_from_number(number)
        if year is None:
            s = _RE_SIGNED.match(after)
            if s:
                year = int(s.group(1))
        if year is None and doc_type in {"Luật", "Bộ luật", "Hiến pháp"}:
            ym = re.search(r"năm\s+((?:19|20)\d{2})$", view[start:end])
            year = int(ym.group(1)) if ym else None
        issuer = None
        im = _RE_OF_ISSUER.match(after)
        if im:
            issuer = im.group(1).strip()
            if issuer == "Trung ương":
                issuer = "Ban Chấp hành Trung ương"
        elif number:
            issuer = _issuer_from_code(number, doc_type)
        if doc_type == "Nghị quyết" and number is None and "Trung ương" in view[start:end]:
            issuer = "Ban Chấp hành Trung ương"
        article = None
        am = _RE_ARTICLE.search(before)
        if am:
            article = am.group(1)
        status = None
        if _RE_DRAFT_BEFORE.search(before[-15:]):
            status = "draft"
        kind = "individual" if extra.get("individual") else _kind(doc_type, number, after)
        o_start, o_end = to_original(index, start), to_original(index, end)
        out.append(
            DocRef(
                surface=text[o_start:o_end],
                type=doc_type,
                number=number,
                year=year if isinstance(year, int) else None,
                issuer=issuer,
                kind=kind,  # type: ignore[arg-type]
                start=o_start,
                end=o_end,
                article=article,
                status=status,
            )
        )
    return out


def docref_spans(refs: list[DocRef]) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of `refs`, for other components to skip."""
    return sorted((r.start, r.end) for r in refs)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) overlaps any of the sorted `spans`."""
    i = bisect_right(spans, (start, 1 << 62)) - 1
    if i >= 0 and spans[i][1] > start:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < end
