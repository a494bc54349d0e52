"""Vietnamese newsroom conventions shared by the HTML and plain-text extractors.

Every comparison goes through `diembao.text.search_key`, so "Tin liên quan", "TIN LIÊN QUAN" and
"Tin lien quan" are the same label; the returned strings keep the page's spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from diembao.text import search_key

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def clean(s: str) -> str:
    """NFC, one space between words, no zero-width characters; the spelling is kept."""
    s = unicodedata.normalize("NFC", s).replace("\u200c", "").replace("\u200d", "")
    return _WS.sub(" ", s).strip()


_NON_WORD = re.compile(r"[^\w]+")


def key(s: str) -> str:
    """Matching key of a short label: search_key with punctuation dropped and spaces squeezed."""
    return " ".join(_NON_WORD.sub(" ", search_key(s)).split())


# Labels of page furniture that is not the article (titles of boxes, buttons, leftovers).
BOILERPLATE_LABELS = {
    key(s)
    for s in [
        "Tin liên quan",
        "Bài liên quan",
        "Tin bài liên quan",
        "Xem thêm",
        "Đọc thêm",
        "Xem tiếp",
        "Tin cùng chuyên mục",
        "Tin khác",
        "Các tin khác",
        "Tin mới",
        "Tin mới nhất",
        "Tin nổi bật",
        "Đọc nhiều",
        "Xem nhiều",
        "Đọc nhiều nhất",
        "Tin đọc nhiều",
        "Bình luận",
        "Ý kiến bạn đọc",
        "Ý kiến",
        "Gửi bình luận",
        "Viết bình luận",
        "Chia sẻ",
        "Chia sẻ bài viết",
        "Tin tiêu điểm",
        "Có thể bạn quan tâm",
        "Bạn có thể quan tâm",
        "Tin cùng chủ đề",
        "Cùng chuyên mục",
        "Tin liên quan khác",
        "Bài viết liên quan",
        "Video liên quan",
        "Tin video",
        "Tags",
        "Tag",
        "Từ khóa",
        "Từ khoá",
        "Chủ đề",
        "Quảng cáo",
        "Advertisement",
        "Theo dõi chúng tôi",
        "Bài cùng chuyên mục",
        "Tin trong ngày",
        "Mới nhất",
        "Đọc tiếp",
        "Xem tiếp bài",
        "Bình luận của bạn",
        "Gửi ý kiến",
        "Ý kiến của bạn",
        "In bài",
        "In bài viết",
        "Gửi bài",
        "Lưu bài",
        "Bản in",
        "Trở về",
        "Quay lại",
        "Lên đầu trang",
        "Về đầu trang",
        "Related",
        "Related news",
        "Read more",
        "Comments",
        "Share",
        "Chuyên mục",
        "Tin ảnh",
        "Nổi bật",
        "Đừng bỏ lỡ",
        "Tin hay",
        "Sự kiện",
        "Dòng sự kiện",
        "Cùng tác giả",
        "Theo dòng sự kiện",
        "Xem nhiều nhất",
        "Tin xem nhiều",
        "Tin tức liên quan",
        "Tin mới cập nhật",
        "Tin khác cùng chuyên mục",
        "Các tin bài khác",
        "Tin đã đưa",
        "Bài đã đăng",
        "Xem bình luận",
        "Ý kiến độc giả",
        "Hãy chia sẻ",
        "Trang chủ",
        "Like",
        "Tweet",
        "Email",
        "Facebook",
        "Zalo",
        "Twitter",
        "Gửi email",
        "Gửi mail",
        "Báo lỗi",
        "Góp ý",
        "Gửi góp ý",
        "Cỡ chữ",
        "Nghe bài viết",
        "Nghe đọc bài",
        "Nghe đọc",
        "Đọc bài viết",
        "Copy link",
        "Sao chép liên kết",
        "Sao chép link",
        "Google News",
        "Theo dõi trên Google News",
        "Theo dõi báo trên Google News",
        "Bình chọn",
        "Thích",
        "Lưu",
        "Lưu tin",
        "Tin cùng tác giả",
        "Bài viết cùng chuyên mục",
        "Mời xem thêm",
        "Mời bạn đọc xem thêm",
        "Xem video",
        "Xem clip",
    ]
}
_LABEL_PREFIXES = (
    "tin lien quan",
    "bai lien quan",
    "xem them",
    "doc them",
    "tin cung chuyen muc",
    "doc nhieu",
    "xem nhieu",
    "binh luan",
    "y kien ban doc",
    "tin khac",
    "cac tin khac",
    "co the ban quan tam",
    "tin moi",
    "bai viet lien quan",
    "cung chuyen muc",
    "tin cung chu de",
    "chia se",
    "tin bai lien quan",
    "moi ban doc xem them",
    "moi xem them",
    "luot xem",
    "tai ung dung",
)
# read-more labels run longer ("Xem thêm các bài viết khác của tác giả:")
_READ_MORE_PREFIXES = (
    "xem them",
    "doc them",
    "tin lien quan",
    "bai lien quan",
    "tin bai lien quan",
    "bai viet lien quan",
    "moi xem them",
    "moi ban doc xem them",
)
# A footer line: licence numbers, copyright, editors-in-chief, addresses. A strong mark alone, or
# two weak ones (a news paragraph may well mention "tổng biên tập" or a phone number once).
_FOOTER_STRONG = re.compile(
    r"giay phep (so|hoat dong|thiet lap)|\bgp so\b|so giay phep|ban quyen thuoc|copyright|©|all rights reserved|"
    r"ghi ro nguon|khi phat hanh lai|co quan chu quan|chiu trach nhiem (noi dung|xuat ban)|phat trien boi"
)
_FOOTER_WEAK = re.compile(
    r"tong bien tap|toa soan|dien thoai:|email:|hotline|dia chi:|fax:|pho tong bien tap"
)


_LABEL_SEPS = re.compile(r"[|•·/]")
_LABEL_PREFIX_RE = re.compile("|".join(re.escape(p) for p in sorted(_LABEL_PREFIXES, key=len, reverse=True)))


def is_boilerplate_label(s: str) -> bool:
    """A box title or leftover line such as "Tin liên quan", "Xem thêm >>", "TIN MỚI",
    "Xem thêm các bài viết khác:", "In bài | Gửi email | Chia sẻ"."""
    k = key(s)
    if not k or len(k) > 60:
        return False
    if k in BOILERPLATE_LABELS:
        return True
    # a label runs a few words past its prefix; a sentence ends with a full stop
    m = _LABEL_PREFIX_RE.match(k)  # the longest prefix: a shorter one allows fewer words
    if m and len(k) <= m.end() + 12:
        return True
    if not s.rstrip().endswith(".") and any(
        k.startswith(p) and len(k) <= len(p) + 30 for p in _READ_MORE_PREFIXES
    ):
        return True
    if not _LABEL_SEPS.search(s):
        return False
    parts = [key(x) for x in _LABEL_SEPS.split(s) if key(x)]
    return len(parts) >= 2 and all(p in BOILERPLATE_LABELS for p in parts)


def is_footer_line(s: str) -> bool:
    """A site footer line (licence number "Giấy phép số ...", copyright, editorial office)."""
    k = search_key(s)
    if len(k) > 600:
        return False
    return bool(_FOOTER_STRONG.search(k)) or len(_FOOTER_WEAK.findall(k)) >= 2


# ------------------------------------------------------------------ captions

# "(Ảnh: Trung Hiếu/TTXVN)", "Ảnh: Bệnh viện cung cấp", "(Nguồn: VOV)", "- Ảnh: TTXVN", "Photo: X"
_CREDIT = re.compile(
    r"(?:\s*[-–—|]\s*|\s+|^)[(\[]?\s*(?P<label>(?:[Ảả]nh|ẢNH)(?:\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu|chụp\s+màn\s+hình))?"
    r"|Nguồn(?:\s+ảnh)?|NGUỒN|Photo|Video|Clip|Đồ\s+họa|Đồ\s+hoạ|Infographic)\s*:\s*"
    r"(?P<credit>[^()\[\]]{1,80}?)\s*[)\]]?\s*\.?\s*$",
)
_CREDIT_ALONE = re.compile(
    r"^\s*[(\[]\s*(?P<credit>(?:Ảnh|ảnh)\s+(?:minh\s+họa|minh\s+hoạ|tư\s+liệu)[^()]*)[)\]]\s*\.?$"
)


def split_credit(caption: str) -> tuple[str, str | None]:
    """Split a photo credit off a caption: "Quang cảnh. (Ảnh: Trung Hiếu/TTXVN)" ->
    ("Quang cảnh.", "Trung Hiếu/TTXVN")."""
    caption = clean(caption)
    m = _CREDIT.search(caption)
    if m and m.start() > 0:
        text = caption[: m.start()].rstrip(" -–—|")
        if text:
            return text, clean(m["credit"]).rstrip(".")
    return caption, None


_CREDIT_ONLY = re.compile(
    r"^\s*[(\[]?\s*(?:[Ảả]nh|ẢNH|Nguồn|Photo|Đồ họa|Đồ hoạ)\s*:\s*(?P<credit>[^()\[\]]{1,80}?)\s*[)\]]?\s*\.?\s*$"
)


def credit_only(s: str) -> str | None:
    """The credit of a line that is nothing but a credit ("Ảnh: Nhật Bắc"), else None."""
    m = _CREDIT_ONLY.match(clean(s))
    return clean(m["credit"]) if m else None


def caption_line(s: str) -> bool:
    """A line of a plain-text dump that is an image caption (it carries a photo credit)."""
    text, credit = split_credit(s)
    return credit is not None and len(text) < 400


# ------------------------------------------------------------------ agencies and bylines

# Wire agencies and the "Theo ..." lines that credit another outlet.
AGENCIES = {
    key(a): a
    for a in [
        "TTXVN",
        "VNA",
        "VOV",
        "Vietnam+",
        "VietnamPlus",
        "TTXVN/Vietnam+",
        "AFP",
        "Reuters",
        "AP",
        "Xinhua",
        "TASS",
        "Sputnik",
        "BBC",
        "CNN",
        "Bloomberg",
        "Kyodo",
        "Yonhap",
    ]
}
_THEO = re.compile(r"^\s*\(?\s*(?:Theo|Nguồn|Nguồn tin)\s*:?\s+(?P<src>[^\n]{2,80}?)\s*\)?\s*\.?\s*$", re.I)
_PAREN_TAG = re.compile(r"^\s*\((?P<tag>[^()]{2,40})\)\s*[-–—:]\s*")
_CAPS_TAG = re.compile(
    r"^\s*(?P<tag>[A-ZĐ][A-ZĐ0-9.+]{1,14}(?:\.(?:VN|vn|net|com|org))?(?:\s+Online)?)\s*[-–—:]\s+(?=\S)"
)
# "Thanhnien.vn - ", "Dantri.com.vn – ": the outlet's domain
_DOMAIN_TAG = re.compile(
    r"^\s*(?P<tag>[A-Za-z][A-Za-z0-9-]{1,40}(?:\.(?:com|org|net|gov|edu))?\.(?:vn|VN|net|com|org))"
    r"\s*[-–—:]\s+(?=\S)"
)
# "Vietnamnet - ", "Tiền Phong Online – ": a few words before a dash, an outlet only if the caller
# knows the name (a place dateline "Hà Nội - " is text, not a tag)
_NAME_TAG = re.compile(r"^\s*(?P<tag>[^\W\d_][\w.+]*(?:\s[^\W\d_][\w.+]*){0,6})\s*[-–—]\s+(?=\S)")
_TAG_SUFFIX = re.compile(r"(?:\.(?:com\.)?vn|\.net|\s+online)$", re.I)
# "Hà Nội, 3/1 (TTXVN) - " : dateline, optional date, agency tag
_DATELINE_TAG = re.compile(
    r"^\s*(?P<place>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ .][A-ZĐÀ-Ỹ][^\W\d_]*){0,4})\s*(?:,\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?)?\s*"
    r"\((?P<tag>[^()]{2,30})\)\s*[-–—:]\s*"
)


def agency_name(s: str) -> str | None:
    """The canonical spelling of a wire agency named in `s`, if `s` is one."""
    return AGENCIES.get(key(s))


def theo_line(s: str) -> str | None:
    """ "Theo VOV" / "(Theo Tuổi Trẻ)" / "Nguồn: VnExpress" -> the credited source."""
    s = clean(s)
    if len(s) > 90:
        return None
    m = _THEO.match(s)
    if not m:
        return None
    src = m["src"].strip(" .")
    words = src.split()
    # "Theo VOV", "Theo Tuổi Trẻ", "Theo báo Lao Động", "Theo vnexpress.net": a name, not a sentence
    while words and words[0].lower() in (
        "báo",
        "đài",
        "tạp",
        "chí",
        "trang",
        "tờ",
        "hãng",
        "thông",
        "tấn",
        "xã",
    ):
        words = words[1:]
    if not words or len(words) > 6:
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or "." in w for w in words):
        return None
    return src


def strip_lead_tag(
    text: str, is_outlet: Callable[[str], bool] | None = None
) -> tuple[str, str | None, str | None]:
    """Remove a lead tag such as "(TTXVN) - ", "Hà Nội, 3/1 (TTXVN) - ", "TTO - ", "(Dân trí) - ",
    "QĐND Online - ", "Thanhnien.vn - ", and "Vietnamnet - " when `is_outlet` knows the name.
    Returns (text, tag, dateline)."""
    m = _DATELINE_TAG.match(text)
    if m and m.end() < len(text):
        return text[m.end() :], clean(m["tag"]), clean(m["place"])
    m = _PAREN_TAG.match(text)
    if m and m.end() < len(text):
        return text[m.end() :], clean(m["tag"]), None
    m = _CAPS_TAG.match(text) or _DOMAIN_TAG.match(text)
    if m and m.end() < len(text) and len(m["tag"]) >= 2:
        return text[m.end() :], clean(m["tag"]), None
    if is_outlet is not None:
        m = _NAME_TAG.match(text)
        if m and m.end() < len(text) and len(m["tag"]) <= 50 and is_outlet(clean(m["tag"])):
            return text[m.end() :], clean(m["tag"]), None
    return text, None, None


def lead_agency(tag: str) -> str | None:
    """The wire agency a lead tag names: "TTXVN", "VOV.VN", "VOV Online" -> "TTXVN", "VOV"."""
    return agency_name(tag) or agency_name(_TAG_SUFFIX.sub("", tag))


# "Minh", "H.", and initials run into the name: "H.M", "N.Hương", "N.T.Hương", "Ng.Linh", "Th.Hằng"
# ("TP.HCM", "Tp.HCM" are not: a place starts with two letters that are no name's initial)
_NAME_WORD = re.compile(r"^(?:(?:[A-ZĐ]|Ng|Th|Tr|Ph|Kh|Nh|Ch|Gi|Qu)\.)*[A-ZĐÀ-Ỹ][^\W\d_]*\.?$")
_NAME_SEP = re.compile(r"\s*(?:[-–—,;&]|\bvà\b|\bva\b)\s*")
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:Bài|Tin)\s*(?:và|,|&|-)\s*ảnh|Bài|Tin|Tác giả|Phóng viên|PV|Nhóm phóng viên|Nhóm PV|Ghi|Thực hiện|"
    r"Nhóm\s+thực\s+hiện|Người viết|By)\s*:\s*",
    re.I,
)
# "Bài: Minh Anh - Ảnh: Trần Bình": the photographer is credited, the writer signs
_PHOTO_PART = re.compile(r"\s*[-–—,;|]?\s*(?:Ảnh|Clip|Video|Đồ họa|Đồ hoạ|Infographic)\s*:\s*[^:]+$", re.I)
_GROUP_AUTHOR = re.compile(r"^(?:Nhóm\s+)?(?:PV|CTV|Phóng viên|Nhóm PV|BTV|PV\s+\w+)$", re.I)


def _name(s: str) -> bool:
    words = s.split()
    if not 1 <= len(words) <= 5:
        return False
    # "TP. HCM", "TX. Sơn Tây": an abbreviation in capitals with a dot is a place, not an initial
    return all(_NAME_WORD.match(w) and not (len(w) > 2 and w[-1] == "." and w[:-1].isupper()) for w in words)


# "(Tổng hợp)", "(tổng hợp)", "(T/h)", "TH": the article was compiled, no one signed it
_COMPILED = {"tong hop", "t h", "th", "tong hop tu nhieu nguon", "tong hop tu cac nguon", "tu tong hop"}
_COMPILED_TAIL = re.compile(
    r"\s*[(\[]\s*(?:tổng\s+hợp|t/h|th|thực\s+hiện|ghi|lược\s+dịch|biên\s+dịch|dịch)\s*[)\]]\s*$", re.I
)


def _title_case(name: str) -> str:
    """ "NGUYỄN VĂN AN" -> "Nguyễn Văn An": names printed in capitals, as many bylines are."""
    if name.isupper() and (len(name.split()) >= 2 or "." in name) and not _GROUP_AUTHOR.match(name):
        # "Q.ANH" -> "Q.Anh"; initials alone ("H.M") stay as they are
        return " ".join(".".join(p[:1] + p[1:].lower() for p in w.split(".")) for w in name.split())
    return name


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """A byline ("Trung Hiếu", "Nguyễn Văn A - Trần B", "Bài và ảnh: X", "Trung Hiếu (TTXVN)",
    "Theo VOV", "Theo VOV (Tổng hợp)", "(Tổng hợp)") -> (authors, agency); None when the line is
    not a byline."""
    s = clean(line).strip(" .")
    if s.endswith("./"):  # the wire's end mark "./."
        s = s[:-2].rstrip(" .")
    if not s or len(s) > 90 or s.endswith(("?", "!", ":")):
        return None
    if key(s) in _COMPILED:
        return [], None
    s = _COMPILED_TAIL.sub("", s).strip(" .,-–") or s
    theo = theo_line(s)
    if theo:
        return [], agency_name(theo) or theo
    agency: str | None = None
    m = re.search(r"\s*[(\[]\s*(?P<a>[^()\[\]]{2,40})\s*[)\]]$", s)
    if m:
        inner = clean(m["a"])
        agency = agency_name(inner)
        if agency is None and not theo_line(inner):
            if not _name(inner.replace("/", " ")):
                return None
            agency = inner
        elif agency is None:
            agency = theo_line(inner)
        s = s[: m.start()].strip()
    elif "/" in s:
        who, _, ag = s.rpartition("/")
        if agency_name(ag):
            agency, s = agency_name(ag), who.strip()
    prefixed = bool(_BYLINE_PREFIX.match(s))
    s = _BYLINE_PREFIX.sub("", s)
    if prefixed:
        s = _PHOTO_PART.sub("", s).strip(" .,-–")
    if not s:
        return ([], agency) if agency else None
    if agency_name(s):
        return [], agency_name(s)
    parts = [p.strip(" .") for p in _NAME_SEP.split(s) if p.strip(" .")]
    if not parts or len(parts) > 6:
        return None
    # "Minh Anh - TTXVN": the agency is not an author
    if len(parts) > 1 and agency_name(parts[-1]):
        agency = agency or agency_name(parts[-1])
        parts = parts[:-1]
    if all(_name(p) or (prefixed and len(p.split()) <= 5) or _GROUP_AUTHOR.match(p) for p in parts):
        return [_title_case(p) for p in parts], agency
    return None
