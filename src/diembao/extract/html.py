"""Generic article extraction from HTML of Vietnamese news sites (layouts never seen before).

One selectolax (lexbor) parse; a single document-order walk cuts the page into text blocks; the
body is the element whose Vietnamese paragraphs score highest (text density, few links); page
furniture is dropped by tag, by class/id words and by the label of its box ("Tin liên quan",
"Xem thêm", "Bình luận", ... matched through search_key). Metadata comes from JSON-LD, OpenGraph
and meta tags, checked against what the page shows. trafilatura is used only when this finds no
body: running its full pipeline costs about 10 ms a page, five times our whole extraction.

Decoding: valid UTF-8 (and Windows-1258 when declared and the bytes read as Vietnamese letters) is
read directly, and legacy fonts are then detected on the text a reader sees rather than on the
whole markup and scripts; everything else goes through `diembao.text.decode_bytes`.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from diembao.errors import InputError, NoArticleError
from diembao.extract import rules
from diembao.extract.dates import has_date, parse_iso, parse_visible
from diembao.extract.metadata import PageMeta, is_outlet_name, ld_names, names_outlet, outlet_for, read_meta
from diembao.extract.plaintext import credited_agency
from diembao.extract.rules import clean, key
from diembao.model import Article, Caption, Paragraph
from diembao.text import canonical, convert_legacy, detect_legacy, search_key
from diembao.text.encodings import decode_bytes

MAX_BYTES = 16 * 1024 * 1024  # larger "pages" are dumps or attacks, not articles
MAX_DEPTH = 1500  # lexbor copes with deeper trees, but nothing real nests this deep
MIN_BODY_CHARS = 150
_LEGACY_SAMPLE = 200_000

_DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "button",
    "svg",
    "select",
    "textarea",
    "input",
    "template",
    "nav",
    "footer",
    "aside",
    "object",
    "embed",
    "video",
    "audio",
    "canvas",
    "map",
    "link",
    "meta",
    "dialog",
]
_BLOCK = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tbody",
    "thead",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "blockquote",
    "section",
    "article",
    "header",
    "main",
    "pre",
    "dl",
    "dt",
    "dd",
    "hr",
    "center",
    "address",
    "caption",
    "body",
    "html",
    "details",
    "summary",
    "picture",
}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_BOLD = {"b", "strong"}
_ITALIC = {"i", "em"}

# class/id words of metadata elements, read before they are dropped as furniture
_META_WORDS = {
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "tag",
    "keywords",
    "keyword",
    "author",
    "byline",
    "tacgia",
    "date",
    "time",
    "datetime",
    "publish",
    "published",
    "meta",
    "info",
    "sapo",
    "lead",
    "chapeau",
    "description",
    "summary",
    "excerpt",
    "teaser",
    "intro",
    "abstract",
    "title",
    "headline",
    "caption",
    "figcaption",
}
# class/id words of furniture boxes (one word of the class or id attribute, split on space, - and _)
_JUNK_WORDS = {
    "comment",
    "comments",
    "binhluan",
    "share",
    "sharing",
    "social",
    "socials",
    "related",
    "relate",
    "lienquan",
    "tinlienquan",
    "banner",
    "ads",
    "adv",
    "advert",
    "adsbygoogle",
    "advertisement",
    "quangcao",
    "qc",
    "sponsor",
    "sponsored",
    "menu",
    "navbar",
    "nav",
    "navigation",
    "footer",
    "sidebar",
    "widget",
    "popup",
    "modal",
    "newsletter",
    "subscribe",
    "mostread",
    "docnhieu",
    "xemnhieu",
    "tinkhac",
    "othernews",
    "rating",
    "vote",
    "toolbar",
    "print",
    "cookie",
    "login",
    "signup",
    "pagination",
    "paging",
    "hotnews",
    "tinmoi",
    "recommend",
    "recommendation",
    "readmore",
    "outbrain",
    "taboola",
    "zalo",
    "facebook",
    "fb",
    "twitter",
    "topbar",
} | _META_WORDS
_SAPO_WORDS = {
    "sapo",
    "lead",
    "chapeau",
    "description",
    "desc",
    "summary",
    "excerpt",
    "teaser",
    "intro",
    "abstract",
    "lede",
    "standfirst",
    "tomtat",
    "subtitle",
}
_AUTHOR_WORDS = {"author", "authors", "byline", "tacgia", "writer", "reporter", "nguoiviet", "nhabao"}
_DATE_WORDS = {
    "date",
    "time",
    "datetime",
    "publish",
    "published",
    "pubdate",
    "ngay",
    "ngaydang",
    "posted",
    "timeago",
}
# words of the site's own header clock ("Hôm nay: Thứ Năm, 27/11/2026"): never the article's date
_SITE_DATE_WORDS = {
    "today",
    "now",
    "timenow",
    "datenow",
    "hientai",
    "homnay",
    "current",
    "currentdate",
    "currenttime",
    "clock",
    "weather",
    "topbar",
    "headertop",
    "topheader",
    "tophead",
    "headerdate",
    "datetoday",
    "todaydate",
    "ngayhientai",
    "lunar",
    "amlich",
}
_CAPTION_WORDS = {
    "caption",
    "figcaption",
    "imagecaption",
    "imgcaption",
    "photocaption",
    "wpcaption",
    "expnoedit",
    "photocmscaption",
    "imagedesc",
    "captiontext",
    "picdesc",
    "imgdesc",
    "figcap",
}
_PIC_WORDS = {"image", "img", "photo", "picture", "tplcaption", "pic", "figure", "hinhanh", "anh"}
_PIC_CAPTION_WORDS = {"desc", "note", "description", "text", "title", "chuthich"}
_CREDIT_WORDS = {"credit", "copyright", "photographer", "source", "author", "photo-author"}
_CRUMB_WORDS = {"breadcrumb", "breadcrumbs", "crumb", "crumbs", "breadcrum", "duongdan"}
# a category link near the title ("detail-cate", WordPress "cat-links"); weaker than a breadcrumb
_CATE_WORDS = {
    "cate",
    "cat",
    "category",
    "chuyenmuc",
    "catlinks",
    "detailcate",
    "catelink",
    "sectionname",
    "kicker",
}
_TAG_WORDS = {"tags", "tag", "keywords", "keyword", "tukhoa", "taglist", "tagslist", "articletags"}
_SKIP_WORDS = _JUNK_WORDS - _META_WORDS
# furniture words of a share/tool bar, which often carries the author and the date line too
_SHARE_WORDS = {
    "share",
    "sharing",
    "social",
    "socials",
    "toolbar",
    "print",
    "zalo",
    "facebook",
    "fb",
    "twitter",
}
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_HOME = {key(x) for x in ("Trang chủ", "Trang nhất", "Home", "Trang chu", "Tin tức", "Homepage")}
# Matched on the canonical lowercase title WITH diacritics: folded, "loi" would also be "lợi",
# "lời", "lội" ("Quyền lợi người lao động" is news, not an error page); the status codes must stand
# alone ("1.500 công nhân" is not a 500).
_ERROR_TITLE = re.compile(
    r"(?<![\w.,])(?:404|403|500|502|503)(?![\w.,])|\b(?:page not found|not found|error)\b|"
    r"\b(?:không tìm thấy|trang không tồn tại|lỗi\s*(?:404|403|500|trang)|đã xảy ra lỗi|có lỗi xảy ra)\b|"
    r"^\W*lỗi\W*$"
)
_READ_MORE = re.compile(
    r"^\W*(?:moi (?:ban doc )?)?(?:xem them|doc them|tin lien quan|xem tiep|doc tiep|bai lien quan|"
    r"tin bai lien quan|bai viet lien quan)\s*(?:[:>»]|\W*$)"
)


_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _words_of(attrs: dict[str, str | None]) -> set[str]:
    out: set[str] = set()
    for name in ("class", "id"):
        v = attrs.get(name)
        if v:
            if not v.islower():
                # "articleSapo", "detailAuthor": camelCase words count as words too
                v = _CAMEL.sub(r"\1 \2", v)
            for w in _WORD_SPLIT.split(v.lower()):
                if w:
                    out.add(w)
            # "tin-lien-quan", "box_binh_luan" read as one word too
            out.add(re.sub(r"[\s_\-]+", "", v.lower()))
    return out


@dataclass
class Block:
    """A run of inline text between block boundaries, with what the walk knew about it."""

    text: str
    link_chars: int
    ancestors: tuple[int, ...]  # mem_ids of the open block elements, outermost first
    tag: str  # the nearest block element's tag
    bold_chars: int = 0
    italic_chars: int = 0
    caption: bool = False
    credit: str | None = None
    sapo_class: bool = False
    author_class: bool = False
    date_class: bool = False
    after_img: bool = False
    right: bool = False
    index: int = 0
    site_date: bool = False  # inside the site's header clock / today box
    sapo_id: int = 0  # mem_id of the sapo element the block is in (0: none)

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def all_bold(self) -> bool:
        return self.bold_chars >= 0.9 * len(self.text.replace(" ", ""))

    @property
    def all_italic(self) -> bool:
        return self.italic_chars >= 0.9 * len(self.text.replace(" ", ""))


@dataclass
class _Frame:
    tag: str
    mem_id: int
    block: bool
    link: bool = False
    bold: bool = False
    italic: bool = False
    caption: bool = False
    credit: bool = False
    pic: bool = False
    sapo: bool = False
    author: bool = False
    date: bool = False
    right: bool = False
    site_date: bool = False
    sapo_id: int = 0


@dataclass
class _Walk:
    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    bold_chars: int = 0
    italic_chars: int = 0
    credit_parts: list[str] = field(default_factory=list)
    img_pending: bool = False
    crumbs: list[tuple[str, str]] = field(default_factory=list)  # (text, href)
    times: list[tuple[int, str]] = field(default_factory=list)  # (block index, <time datetime>)
    cate_links: list[str] = field(default_factory=list)  # category links seen before the first h1
    tag_links: list[str] = field(default_factory=list)
    author_links: list[str] = field(default_factory=list)  # link texts inside author elements
    box_dates: list[tuple[int, str]] = field(default_factory=list)  # (block index, iso) of share bars
    h1: list[tuple[int, str]] = field(default_factory=list)  # (block index, text)


def _walk(root: LexborNode) -> _Walk:
    """Cut the tree under `root` into blocks in document order (iteratively: no recursion limit)."""
    w = _Walk()
    total_chars = max(1, len(root.text(deep=True)))
    stack: list[_Frame] = []

    def flush() -> None:
        text = clean("".join(w.parts))
        if text and stack:
            anc = tuple(f.mem_id for f in stack if f.block)
            inner = next((f for f in reversed(stack) if f.block), stack[-1])
            top = stack[-1]  # the flags below are inherited down the stack (see _walk)
            credit = clean("".join(w.credit_parts)) or None
            w.blocks.append(
                Block(
                    text=text,
                    link_chars=w.link_chars,
                    ancestors=anc,
                    tag=inner.tag,
                    bold_chars=w.bold_chars,
                    italic_chars=w.italic_chars,
                    caption=top.caption,
                    credit=credit,
                    sapo_class=top.sapo,
                    author_class=top.author,
                    date_class=top.date,
                    after_img=w.img_pending,
                    right=top.right,
                    index=len(w.blocks),
                    site_date=top.site_date,
                    sapo_id=top.sapo_id,
                )
            )
            w.img_pending = False
        w.parts.clear()
        w.credit_parts.clear()
        w.link_chars = w.bold_chars = w.italic_chars = 0

    node: LexborNode | None = root
    depth = 0
    while node is not None:
        tag = node.tag
        descend = False
        if tag == "-text":
            t = node.text_content or ""
            if t:
                w.parts.append(t)
                n = len(t.strip())
                if stack:
                    top = stack[-1]
                    # link, bold and italic are inherited down the stack (see _Frame)
                    if top.link:
                        w.link_chars += n
                    if top.bold:
                        w.bold_chars += n
                    if top.italic:
                        w.italic_chars += n
                    if top.credit:
                        w.credit_parts.append(t)
        elif tag and not tag.startswith("-"):
            if tag == "br":
                flush()
            elif tag == "img":
                w.img_pending = True
            else:
                attrs = node.attributes
                words = _words_of(attrs) if ("class" in attrs or "id" in attrs) else set()
                # an author or date element is its own block even when inline (span, time, a)
                block = (
                    tag in _BLOCK
                    or tag == "time"
                    or (bool(words & (_AUTHOR_WORDS | _DATE_WORDS)) and len(node.text(deep=True)) < 200)
                )
                if block:
                    flush()
                parent_caption = bool(stack and stack[-1].caption)
                in_pic = bool(stack and stack[-1].pic)
                style = (attrs.get("style") or "").replace(" ", "").lower()
                if (
                    words & _CRUMB_WORDS
                    or "BreadcrumbList" in (attrs.get("itemtype") or "")
                    or "breadcrumb" in (attrs.get("aria-label") or "").lower()
                ):
                    w.crumbs.extend(_crumb_items(node))
                elif words & _CATE_WORDS and not w.h1 and not words & _SKIP_WORDS:
                    links = [clean(a.text()) for a in node.css("a")] if tag != "a" else [clean(node.text())]
                    w.cate_links.extend(x for x in links if x)
                elif words & _TAG_WORDS:
                    w.tag_links.extend(clean(a.text()) for a in node.css("a") if clean(a.text()))
                elif (
                    words & _AUTHOR_WORDS
                    and len(w.author_links) < 20
                    and not _CREDIT_LINE.match(node.text(deep=True)[:40])
                ):
                    # "<div class=author><a>Minh Anh</a><span>Phóng viên</span></div>": the linked names
                    anchors = [node] if tag == "a" else node.css("a")
                    # (the share links of an "author-share" bar are not names)
                    w.author_links.extend(
                        t
                        for t in (clean(a.text()) for a in anchors[:6])
                        if 0 < len(t) <= 60 and not rules.is_boilerplate_label(t)
                    )
                skip = bool(words & _SKIP_WORDS) or "display:none" in style or "hidden" in attrs
                # furniture box: skipped whole, unless it holds most of the page's text (a wrapper)
                if skip and tag not in ("body", "html") and len(node.text(deep=True)) < 0.5 * total_chars:
                    if block:
                        flush()
                    if (
                        words & _SKIP_WORDS <= _SHARE_WORDS
                        and not words & _SITE_DATE_WORDS
                        and not (stack and stack[-1].site_date)
                    ):
                        _share_bar(node, w)
                    node = _next_node(node, root, stack, flush)
                    depth = len(stack)
                    continue
                small = True
                if words & (_SAPO_WORDS | _AUTHOR_WORDS | _DATE_WORDS):
                    # "status-publish", "author-box", "content-summary" on a wrapper say nothing about its text
                    small = len(node.text(deep=True)) < 1500
                f = _Frame(
                    tag=tag,
                    mem_id=node.mem_id,
                    block=block,
                    link=tag == "a" or (bool(stack) and stack[-1].link),
                    bold=tag in _BOLD
                    or "font-weight:bold" in style
                    or "font-weight:700" in style
                    or (bool(stack) and stack[-1].bold),
                    italic=tag in _ITALIC or (bool(stack) and stack[-1].italic),
                    caption=tag == "figcaption"
                    or bool(words & _CAPTION_WORDS)
                    or (in_pic and bool(words & _PIC_CAPTION_WORDS))
                    or (
                        in_pic
                        and tag in ("td", "p", "div", "span")
                        and stack[-1].tag in ("tr", "tbody", "td")
                    ),
                    credit=parent_caption and bool(words & _CREDIT_WORDS),
                    pic=tag == "figure" or bool(words & _PIC_WORDS),
                    sapo=bool(words & _SAPO_WORDS) and not in_pic and small,
                    author=(bool(words & _AUTHOR_WORDS) and small)
                    or attrs.get("rel") == "author"
                    or attrs.get("itemprop") == "author",
                    date=(bool(words & _DATE_WORDS) and small) or tag == "time",
                    right="text-align:right" in style or attrs.get("align") == "right",
                    site_date=bool(words & _SITE_DATE_WORDS),
                    sapo_id=node.mem_id if words & _SAPO_WORDS and not in_pic and small else 0,
                )
                if stack:
                    # what an element is inside of, its descendants are too
                    up = stack[-1]
                    f.caption |= up.caption
                    f.pic |= up.pic
                    f.sapo |= up.sapo
                    f.author |= up.author
                    f.date |= up.date
                    f.right |= up.right
                    f.site_date |= up.site_date
                    f.sapo_id = f.sapo_id or up.sapo_id
                if tag == "h1":
                    w.h1.append((len(w.blocks), clean(node.text())))
                elif tag == "time" and attrs.get("datetime"):
                    w.times.append((len(w.blocks), attrs.get("datetime") or ""))
                stack.append(f)
                descend = True
                depth += 1
                if depth > MAX_DEPTH:
                    raise InputError(f"HTML nested more than {MAX_DEPTH} levels deep")
        child = node.child if descend else None
        if child is not None:
            node = child
            continue
        if descend:
            # an element without children: close it at once (flush first: the block's flags read the stack)
            if stack[-1].block:
                flush()
            stack.pop()
            depth -= 1
        node = _next_node(node, root, stack, flush)
        depth = len(stack)
    flush()
    return w


def _share_bar(node: LexborNode, w: _Walk) -> None:
    """The author and date in a share bar skipped as furniture ("<div class=author-share-top><a
    class=author>Mộc Miên</a> <span class=post-time>Thứ ba, 12/2/2019, 10:25</span>...")."""
    text = clean(node.text(deep=True, separator=" "))
    if len(text) > 300:
        return
    if len(w.author_links) < 20:
        for el in node.css("[class], [id], [rel], [itemprop]"):
            a = el.attributes
            if _words_of(a) & _AUTHOR_WORDS or a.get("rel") == "author" or a.get("itemprop") == "author":
                name = clean(el.text(deep=True, separator=" "))
                if 0 < len(name) <= 60 and not _CREDIT_LINE.match(name):
                    w.author_links.append(name)
                    break
    iso = None
    t = node.css_first("time[datetime]")
    if t is not None:
        iso = parse_iso(t.attributes.get("datetime") or "")
    if iso is None and has_date(text) and not _TODAY.match(key(text[:30])):
        iso = parse_visible(text)
    if iso:
        w.box_dates.append((len(w.blocks), iso))


def _inside(node: LexborNode, tags: tuple[str, ...]) -> bool:
    p = node.parent
    while p is not None:
        if p.tag in tags:
            return True
        p = p.parent
    return False


def _crumb_items(node: LexborNode) -> list[tuple[str, str]]:
    """(text, href) of the items of a breadcrumb element."""
    out: list[tuple[str, str]] = []
    for a in node.css("a, li > span"):
        t = clean(a.text())
        if t:
            out.append((t, (a.attributes.get("href") or "") if a.tag == "a" else ""))
    return out


def _next_node(
    node: LexborNode, root: LexborNode, stack: list[_Frame], flush: Callable[[], None]
) -> LexborNode | None:
    """The next node in document order after `node`'s subtree, closing the elements left behind."""
    cur: LexborNode | None = node
    root_id = root.mem_id
    while cur is not None and cur.mem_id != root_id and cur.next is None:
        cur = cur.parent
        if cur is None or cur.mem_id == root_id:
            return None
        if stack[-1].block:
            flush()
        stack.pop()
    if cur is None or cur.mem_id == root_id:
        return None
    return cur.next


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_VI_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}
# precomposed Vietnamese letters (a-y with Vietnamese marks, đ): what a correctly decoded page is made of
_VI_LETTERS = frozenset(
    c
    for c in (chr(i) for i in range(0xC0, 0x1FA0))
    if c in "đĐ"
    or (
        unicodedata.normalize("NFD", c)[0] in "aeiouyAEIOUY"
        and len(unicodedata.normalize("NFD", c)) > 1
        and set(unicodedata.normalize("NFD", c)[1:]) <= _VI_MARKS
    )
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _declared_vietnamese(data: bytes, declared: str | None) -> str | None:
    """The page read in the Vietnamese charset it declares (Windows-1258), when the bytes read as
    Vietnamese letters through it; None leaves the decision to the full detection."""
    names = [declared] if declared else []
    m = _META_CHARSET.search(data[:8192])
    if m:
        names.append(m.group(1).decode("ascii", "ignore"))
    if not any(n and n.strip().lower().replace("_", "-") in ("windows-1258", "cp1258") for n in names):
        return None
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    chars = _NON_ASCII.findall(text[:262144])
    vi = sum(1 for c in chars if c in _VI_LETTERS)
    return text if vi >= 30 and vi >= 0.95 * len(chars) else None


def _decode(data: bytes | str, content_type: str | None, source: str | None) -> tuple[str, bool]:
    """The page as text, and whether legacy-font detection was already done on it (False: the caller
    checks the visible text, which is cheaper and safer than the markup and scripts)."""
    checked = True
    if isinstance(data, str):
        html = data
    else:
        if len(data) > MAX_BYTES:
            raise InputError(
                f"page too large ({len(data) // 1_048_576} MB, limit {MAX_BYTES // 1_048_576} MB)", source
            )
        head = data[:65536]
        if not head.strip():
            raise NoArticleError("empty input", source)
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise NoArticleError("binary data, not HTML", source)
        declared = None
        if content_type:
            m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
            declared = m.group(1) if m else None
        html_or_none: str | None = None
        if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # valid UTF-8 is UTF-8 whatever the page declares (old CMS templates declare
            # iso-8859-1 whatever they serve): valid UTF-8 does not happen by accident
            try:
                html_or_none = data.decode("utf-8")
            except UnicodeDecodeError:
                html_or_none = _declared_vietnamese(data, declared)
        if html_or_none is not None:
            html, checked = html_or_none, False
        else:
            html, used = decode_bytes(data, declared)
            if (
                used.replace("_", "-") in ("latin-1", "iso8859-1", "cp1252", "windows-1252", "ascii")
                and max(data) > 0x7F
            ):
                with contextlib.suppress(UnicodeDecodeError):
                    html = data.decode("utf-8")
    if len(html) > MAX_BYTES:
        raise InputError(f"page too large ({len(html) // 1_048_576} M characters)", source)
    if not html.strip():
        raise NoArticleError("empty input", source)
    sample = html[:20000]
    bad = len(_BAD_CHARS.findall(sample))
    if bad > 0.05 * len(sample):
        raise NoArticleError("binary or undecodable data, not HTML", source)
    if "<" not in sample:
        raise NoArticleError("no HTML markup", source)
    return html, checked


def _match(a: str, b: str) -> bool:
    ka, kb = key(a), key(b)
    return bool(ka and kb) and (
        ka == kb or (len(ka) > 30 and len(kb) > 30 and (ka.startswith(kb) or kb.startswith(ka)))
    )


def _title(pm: PageMeta, w: _Walk, site: str | None) -> str:
    og = pm.first("og:title", "twitter:title")
    ld = pm.ld_value("headline")
    ld = clean(ld) if isinstance(ld, str) else None
    refs = [x for x in (og, ld, pm.title_tag) if x]
    for _, h in w.h1:
        if (
            h
            and 2 <= len(h.split()) <= 60
            and (not refs or any(key(h) in key(r) or key(r) in key(h) for r in refs))
        ):
            return h
    for cand in (og, ld):
        if cand:
            return _strip_site(cand, site)
    if w.h1 and w.h1[0][1]:
        return w.h1[0][1]
    return _strip_site(pm.title_tag, site)


def _strip_site(title: str, site: str | None) -> str:
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1:
        return max(parts, key=len) if not site else next((p for p in parts if key(p) != key(site)), parts[0])
    return title


def _score(b: Block) -> float:
    n = len(b.text)
    if n < 25 or b.link_density > 0.35 or b.caption:
        return 0.0
    return 1.0 + b.text.count(",") * 0.5 + min(n / 80.0, 4.0)


def _choose_container(blocks: list[Block]) -> int | None:
    direct: dict[int, float] = {}
    total: dict[int, float] = {}
    parent_of: dict[int, int] = {}
    for b in blocks:
        s = _score(b)
        anc = b.ancestors
        for i in range(1, len(anc)):
            parent_of.setdefault(anc[i], anc[i - 1])
        if not s:
            continue
        # the paragraph's own element does not count: its container does
        own = (
            anc[-1]
            if b.tag in ("p", "h2", "h3", "h4", "li", "blockquote", "span", "font") and len(anc) > 1
            else None
        )
        base = anc[:-1] if own is not None else anc
        if not base:
            continue
        direct[base[-1]] = direct.get(base[-1], 0.0) + s
        if len(base) > 1:
            direct[base[-2]] = direct.get(base[-2], 0.0) + s / 2
        for a in anc:
            total[a] = total.get(a, 0.0) + s
    if not direct:
        return None
    best = max(direct, key=lambda k: direct[k])
    # The body is sometimes split over sibling boxes (ads between them): climb while the parent
    # holds clearly more paragraph text than the best box alone.
    while best in parent_of:
        up = parent_of[best]
        t_up, t_best = total.get(up, 0.0), total.get(best, 0.0)
        more = t_up >= 1.4 * t_best and direct.get(up, 0.0) + direct.get(best, 0) > 0
        if not (more or (t_up > t_best and _continues(blocks, best, up))):
            break
        best = up
    return best


def _continues(blocks: list[Block], best: int, up: int) -> bool:
    """Whether the paragraphs `up` holds beyond `best` continue the article: plain paragraphs right
    before or after it (a read-more box or an ad split the body in two elements)."""
    inside = [b.index for b in blocks if best in b.ancestors]
    if not inside:
        return False
    lo, hi = inside[0], inside[-1]
    pos = {b.index: n for n, b in enumerate(blocks)}
    extra = [b for b in blocks if up in b.ancestors and best not in b.ancestors and _score(b)]
    if not extra:
        return False
    for b in extra:
        if b.author_class or b.date_class or b.sapo_class or b.right:
            return False
        gap = pos[lo] - pos[b.index] if b.index < lo else pos[b.index] - pos[hi]
        if gap > 15:
            return False
    return True


def _is_heading(b: Block) -> bool:
    return (
        (b.tag in _HEADINGS or (b.all_bold and b.tag in ("p", "div")))
        and len(b.text) <= 200
        and not b.text.endswith((".", ":", ";"))
    )


def extract_html(
    data: bytes | str, url: str | None = None, content_type: str | None = None, source: str | None = None
) -> Article:
    """Extract the article of one HTML page; raises NoArticleError (home/listing/error page, no body)
    or InputError (unreadable, too large, too deep)."""
    html, checked = _decode(data, content_type, source)
    tree = LexborHTMLParser(html)
    pm = read_meta(tree)
    site = pm.first("og:site_name", "application-name")
    publisher = pm.ld_value("publisher")
    pub_names = ld_names(publisher, persons_only=False)
    pub_name = pub_names[0] if pub_names else None
    page_url = url or pm.first("og:url") or pm.canonical
    outlet = outlet_for(site, page_url, pub_name)

    body_node = tree.body
    if body_node is None:
        raise NoArticleError("no HTML body", source)
    # a breadcrumb inside <nav> (dropped below with the menus) still names the section
    nav_crumbs: list[tuple[str, str]] = []
    for nav in tree.css("nav, header"):
        a = nav.attributes
        if nav.tag == "nav" and (
            "breadcrumb" in (a.get("aria-label") or "").lower() or _words_of(a) & _CRUMB_WORDS
        ):
            nav_crumbs.extend(_crumb_items(nav))
        else:
            inner = nav.css_first('[class*="breadcrumb"], [itemtype*="BreadcrumbList"]')
            if inner is not None:
                nav_crumbs.extend(_crumb_items(inner))
    tree.strip_tags(_DROP_TAGS)
    # <header> of the site holds menus; an article's own <header> holds its h1, or its date and
    # author inside the <article>, and is kept.
    for h in tree.css("header"):
        if h.css_first("h1") is None and not _inside(h, ("article", "main")):
            h.decompose()
    w = _walk(body_node)
    if not checked:
        # legacy fonts (TCVN3, VNI, VIQR, mojibake) are told from the text a reader sees
        sample = "\n".join([pm.title_tag, *(b.text for b in w.blocks[:3000])])[:_LEGACY_SAMPLE]
        scheme = detect_legacy(sample)
        if scheme is not None:
            return extract_html(convert_legacy(html, scheme), url, content_type, source)
    w.crumbs = nav_crumbs + w.crumbs
    blocks = w.blocks
    title = _title(pm, w, site or outlet)
    if not title:
        raise NoArticleError("no title", source)
    if _ERROR_TITLE.search(canonical(title).lower()) and len(title) < 60:
        raise NoArticleError(f"error page ({title!r})", source)

    title_idx = next((i for i, t in w.h1 if key(t) == key(title)), None)
    if title_idx is None:
        tk, tl = key(title), len(title)
        title_idx = next((b.index for b in blocks if abs(len(b.text) - tl) < 20 and key(b.text) == tk), -1)

    # ------------------------------------------------------------- furniture removal
    drop = _furniture(blocks)
    kept = [b for b in blocks if b.index not in drop and b.index > title_idx] or [
        b for b in blocks if b.index not in drop
    ]
    container = _choose_container(kept)
    if container is None:
        art = _fallback(html, title, source, tree)
        if art is None:
            raise NoArticleError("no article body (home, listing or error page?)", source)
        body_blocks: list[Block] = []
    else:
        body_blocks = [b for b in kept if container in b.ancestors]
        art = None

    result = art or Article()
    result.title = title
    result.url = page_url
    result.outlet = outlet
    result.source = source
    result.language = _language(pm)

    # ------------------------------------------------------------- sapo
    sapo_blocks = _sapo_blocks(blocks, body_blocks, title_idx, drop)
    sapo_idx = {b.index for b in sapo_blocks}
    paragraphs: list[Paragraph] = []
    captions: list[Caption] = []
    tail: list[Block] = []
    linked: set[int] = set()  # linked blocks kept only as byline candidates
    seen: set[str] = set()
    title_key = key(title)
    for b in body_blocks:
        # long paragraphs are told apart by their NFC text; the search key matters for short labels
        k = key(b.text) if len(b.text) <= 2 * len(title) + 20 else b.text
        if not k or k == title_key or b.index in sapo_idx:
            continue
        if (b.caption and len(b.text) < 600) or (
            b.after_img and (b.all_italic or rules.split_credit(b.text)[1]) and len(b.text) < 400
        ):
            only = rules.credit_only(b.text)
            if only is not None:
                if captions and captions[-1].credit is None:
                    captions[-1].credit = only
                continue
            text, credit = rules.split_credit(b.text)
            if b.credit and not credit:
                credit = b.credit
                text = clean(text.replace(b.credit, "")) or text
            if text and k not in seen:
                captions.append(Caption(text, credit))
                seen.add(k)
            continue
        if b.link_density > 0.5:
            # a byline whose name links to the author's page ("<a href=/tac-gia/..>Minh Anh</a>")
            if len(b.text) <= 80 and k not in seen and _linked_byline(b):
                linked.add(b.index)
                seen.add(k)
                tail.append(b)
            continue
        if len(b.text) <= 60 and rules.is_boilerplate_label(b.text):
            continue
        # "Xem thêm: <linked title>" and footer lines are short; long prose needs no search key here
        if len(b.text) < 250 and (_READ_MORE.match(search_key(b.text)) or rules.is_footer_line(b.text)):
            continue
        if b.date_class or (len(b.text) < 60 and has_date(b.text) and not b.text.endswith(".")):
            continue
        if k in seen:
            continue
        seen.add(k)
        tail.append(b)
    # Bylines and "Theo ..." lines at the end of the body become authors / agency.
    authors: list[str] = []
    agency: str | None = None
    while tail:
        parsed = _byline(tail[-1].text)
        if parsed is None or len(tail) == 1 or len(tail[-1].text) > 80:
            break
        who, ag = parsed
        authors = who + authors
        agency = agency or ag
        tail.pop()
    # A signature just after the body's element (right-aligned or bold, outside it) is the byline too.
    if not authors and body_blocks:
        nxt = next((x for x in blocks[body_blocks[-1].index + 1 :] if x.index not in drop), None)
        if nxt is not None and len(nxt.text) <= 60 and (nxt.right or nxt.all_bold or nxt.all_italic):
            parsed = _byline(nxt.text)
            if parsed and parsed[0]:
                authors, agency = parsed[0], agency or parsed[1]
    # A leading author line ("Bài và ảnh: ...") is also a byline.
    if tail and (tail[0].author_class or tail[0].text.lower().startswith(("bài và ảnh", "bài, ảnh", "bài:"))):
        parsed = _byline(tail[0].text)
        if parsed:
            authors = authors or parsed[0]
            agency = agency or parsed[1]
            tail.pop(0)
    tail = [b for b in tail if b.index not in linked]
    for n, b in enumerate(tail):
        if b.author_class and _byline(b.text):
            continue
        heading = _is_heading(b) and 0 < n < len(tail) - 1
        paragraphs.append(Paragraph(b.text, "heading" if heading else "p"))

    sapo = clean(" ".join(b.text for b in sapo_blocks)) or None
    if sapo is None and paragraphs and len(paragraphs) >= 2:
        first = next((b for b in tail if b.text == paragraphs[0].text), None)
        desc = pm.first("og:description", "description", "twitter:description")
        if first is not None and (
            (first.all_bold and len(first.text) >= 60) or (desc and _match(desc, first.text))
        ):
            sapo = paragraphs.pop(0).text

    # the outlet's lead-in ("(TTXVN) - ", "TPO - ", "Vietnamnet - ") opens the sapo, else the body
    def outlet_tag(t: str) -> bool:
        return names_outlet(t, outlet, site)

    tag = None
    if sapo:
        sapo, tag, _ = rules.strip_lead_tag(sapo, outlet_tag)
    if not tag and paragraphs and paragraphs[0].kind == "p":
        first_text, tag, _ = rules.strip_lead_tag(paragraphs[0].text, outlet_tag)
        if tag:
            paragraphs[0] = Paragraph(first_text)
    if tag:
        agency = agency or rules.lead_agency(tag)

    if art is None:
        result.paragraphs = paragraphs
        result.captions = captions
    result.sapo = sapo
    result.text = Article.body_text(result.paragraphs)
    if len(result.text) < MIN_BODY_CHARS:
        fb = _fallback(html, title, source, tree) if art is None else None
        if fb is None or len(fb.text) < MIN_BODY_CHARS:
            raise NoArticleError("no article body (home, listing or error page?)", source)
        result.paragraphs, result.text = fb.paragraphs, fb.text
    if _listing(body_blocks):
        raise NoArticleError("listing page (many linked headlines, no article body)", source)

    # ------------------------------------------------------------- authors, date, category, tags
    body_start = body_blocks[0].index if body_blocks else title_idx + 1
    result.authors, byline_agency = _authors(
        pm, blocks, authors, outlet, site, title_idx, body_start, w.author_links
    )
    result.agency = agency or byline_agency or credited_agency(result.authors, result.captions)
    result.published = _published(pm, w, title_idx, body_start)
    result.category = _category(pm, w, outlet, site, title, page_url)
    result.tags = _tags(pm, w)
    return result


def _byline(text: str) -> tuple[list[str], str | None] | None:
    """parse_byline, also after an author label without a colon ("Tác giả Minh Anh", "Bởi X")."""
    parsed = rules.parse_byline(text)
    if parsed is None:
        m = _AUTHOR_LABEL.match(text)
        if m and m.end() < len(text):
            return rules.parse_byline(text[m.end() :])
    return parsed


def _linked_byline(b: Block) -> bool:
    """A linked line that signs the article (author element, right-aligned or bold signature);
    a linked tag or related title that looks like a name is not one."""
    if not (b.author_class or b.right or b.all_bold or b.all_italic or _AUTHOR_LABEL.match(b.text)):
        return False
    parsed = _byline(b.text)
    return parsed is not None and bool(parsed[0]) and not b.caption


# labels of read-more boxes an editor drops between two paragraphs of the article
_INLINE_BOX = re.compile(
    r"^(?:xem them|doc them|xem tiep|doc tiep|tin lien quan|bai lien quan|tin bai lien quan|bai viet lien quan|"
    r"co the ban quan tam|ban co the quan tam|tin cung chu de|cung chu de|tin lien quan khac|xem them tin)\b"
)


def _furniture(blocks: list[Block]) -> set[int]:
    """Indexes of blocks inside a furniture box: a box whose label is "Tin liên quan", "Bình luận"...
    covers the label's block element and its following siblings up to the end of that element. A
    read-more box set inside the article ("Xem thêm:" and a list of links between two paragraphs)
    takes only its links: the paragraphs after it are the article's."""
    drop: set[int] = set()
    for b in blocks:
        if len(b.text) > 60 or not rules.is_boilerplate_label(b.text):
            continue
        drop.add(b.index)
        anc = b.ancestors
        # The box is the nearest element holding the label and blocks after it: the label's own
        # element when the label is inline in it (<div><b>Xem thêm</b><ul>...), else an ancestor.
        box = None
        members: list[Block] = []
        for depth in range(len(anc) - 1, -1, -1):
            cand = anc[depth]
            members = [x for x in blocks[b.index + 1 :] if cand in x.ancestors]
            if members:
                box = cand
                break
        if box is None:
            continue
        prose_before = any(
            len(x.text) >= 80 and x.link_density < 0.3 and not x.caption
            for x in blocks[max(0, b.index - 40) : b.index]
            if box in x.ancestors
        )
        if prose_before and _INLINE_BOX.match(key(b.text)):
            # inside the article: the linked titles right after the label go, the rest stays
            for x in members:
                if x.link_density >= 0.5 or (len(x.text) <= 40 and has_date(x.text)):
                    drop.add(x.index)
                else:
                    break
            continue
        # everything after the label in the box goes unless it is long, link-free prose (then the
        # box was the article itself)
        prose = [x for x in members if len(x.text) > 160 and x.link_density < 0.2 and not x.caption]
        if len(prose) >= 2 and sum(len(x.text) for x in prose) > 600:
            continue
        drop.update(x.index for x in members)
    return drop


def _sapo_blocks(blocks: list[Block], body: list[Block], title_idx: int, drop: set[int]) -> list[Block]:
    start = body[0].index if body else len(blocks)
    # class-marked lead near the title, before or at the start of the body (a photo may come first)
    limit = start + 1
    for b in blocks:
        if b.index <= title_idx or b.index in drop:
            continue
        if (
            b.caption
            or b.date_class
            or b.author_class
            or len(b.text) < 40
            or (b.after_img and b.index == start)
        ):
            limit += 1
        if b.index > limit:
            break
        if b.sapo_class and 10 <= len(b.text) <= 1200 and b.link_density < 0.5 and not b.date_class:
            out = [b]
            # a lead split by <br> or in several <p> of the same element reads as one
            for x in blocks[b.index + 1 : b.index + 6]:
                if not b.sapo_id or x.sapo_id != b.sapo_id or x.index in drop or x.link_density >= 0.5:
                    break
                out.append(x)
            if sum(len(x.text) for x in out) <= 1500:
                return out
            return [b]
    # an unmarked paragraph between the title and the body
    for b in blocks:
        if b.index <= title_idx or b.index >= start or b.index in drop:
            continue
        if (
            (
                len(b.text) >= 60
                and b.link_density < 0.3
                and not b.caption
                and not b.date_class
                and not b.author_class
            )
            and not has_date(b.text[:40])
            and rules.parse_byline(b.text) is None
        ):
            return [b]
    return []


def _listing(body: list[Block]) -> bool:
    linked = sum(1 for b in body if len(b.text) >= 25 and b.link_density > 0.8)
    prose = sum(1 for b in body if len(b.text) >= 80 and b.link_density < 0.2)
    return linked >= 5 and linked >= prose


def _language(pm: PageMeta) -> str:
    lang = pm.lang or pm.first("og:locale", "language", "content-language") or "vi"
    return lang.replace("_", "-").split("-")[0].lower() or "vi"


def _authors(
    pm: PageMeta,
    blocks: list[Block],
    byline: list[str],
    outlet: str | None,
    site: str | None,
    title_idx: int = -1,
    body_start: int = -1,
    author_links: tuple[str, ...] | list[str] = (),
) -> tuple[list[str], str | None]:
    """Authors (and the agency a byline names) from the body's byline, author elements, JSON-LD, meta."""

    def ok(names: list[str]) -> list[str]:
        out: list[str] = []
        for n in names:
            n = clean(n).strip(" .,-")
            if n and not is_outlet_name(n, outlet, site) and key(n) not in {key(x) for x in out}:
                out.append(n)
        return out

    if byline:
        return ok(byline), None
    credited: str | None = None
    for b in blocks:
        if len(b.text) > 160 or not (b.author_class or _AUTHOR_LABEL.match(b.text)):
            continue
        # "Tác giả: Lê Phương | 10:25 ngày 12/02/2019": the segment that names the author
        for seg in _META_SEP.split(b.text):
            seg = clean(seg)
            if not seg or len(seg) > 90 or has_date(seg):
                continue
            if not b.author_class and not _AUTHOR_LABEL.match(seg):
                continue
            # ("Theo Dân Việt" in an author element credits an outlet: parse_byline reads it so)
            parsed = rules.parse_byline(_AUTHOR_LABEL.sub("", seg))
            if parsed and parsed[0]:
                names = ok(parsed[0])
                if names:
                    return names, parsed[1]
            elif parsed and parsed[1] and b.author_class:
                credited = credited or parsed[1]
    linked: list[str] = []
    for t in author_links:
        parsed = rules.parse_byline(t)
        if parsed and parsed[0]:
            linked.extend(parsed[0])
    names = ok(linked)
    if names:
        return names, credited
    names = ok(ld_names(pm.ld_value("author")))
    if names:
        return names, credited
    metas = [x for v in pm.all("author", "article:author", "dc.creator") for x in re.split(r"\s*[,;]\s*", v)]
    names = ok(metas)
    if names:
        return names, credited
    # "Minh Anh | 12/02/2019 10:25" under the title: the name beside the date line
    for b in blocks[max(0, title_idx + 1) : body_start + 1]:
        if len(b.text) > 120 or not has_date(b.text) or (b.link_density > 0.8 and not b.author_class):
            continue
        segs = [clean(x) for x in _META_SEP.split(b.text) if clean(x)]
        if len(segs) < 2:
            segs = [clean(x) for x in re.split(r"\s+[-–—]\s+", b.text) if clean(x)]
        for seg in segs:
            if has_date(seg) or re.search(r"\d", seg) or _WEEKDAY.match(key(seg)):
                continue
            parsed = rules.parse_byline(seg)
            if parsed and parsed[0] and len(parsed[0]) == 1:
                names = ok(parsed[0])
                if names:
                    return names, parsed[1] or credited
    return [], credited


_AUTHOR_LABEL = re.compile(
    r"^\s*(?:(?:Tác giả|Người viết|Bởi|By|Viết bởi|Đăng bởi)\s*:?|"
    r"(?:Phóng viên|Nhóm phóng viên|Bài và ảnh|Bài, ảnh|Bài|Thực hiện|Nhóm thực hiện)\s*:)\s*",
    re.I,
)
_META_SEP = re.compile(r"\s*[|•·]\s*|\s{2,}")
_WEEKDAY = re.compile(r"^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|cap nhat|dang|ngay|luc)\b")
_CREDIT_LINE = re.compile(r"^\W*(?:Theo|Nguồn)\b", re.I)
_HOUR = re.compile(r"\d{1,2}\s*(?::|h|giờ)\s*\d{2}")
_TODAY = re.compile(r"^\W*(?:hom nay|today|bay gio|ngay hom nay)\b")


def _published(pm: PageMeta, w: _Walk, title_idx: int, body_start: int) -> str | None:
    """Publication date: JSON-LD and meta first; then the date printed in the article's header
    (a <time datetime>, a date-classed element, a short date line), never the site's header clock."""
    for v in (
        pm.ld_value("datePublished"),
        pm.first(
            "article:published_time",
            "og:article:published_time",
            "pubdate",
            "datepublished",
            "publishdate",
            "dc.date.issued",
            "dc.date",
            "date",
            "publish-date",
            "article.published",
            "sailthru.date",
            "parsely-pub-date",
            "og:published_time",
            "dcterms.created",
        ),
        pm.ld_value("dateCreated"),
    ):
        if isinstance(v, str) and v.strip():
            iso = parse_iso(v)
            if iso:
                if len(iso) > 10:
                    return iso
                # a day without the hour: the page may print the hour of that day
                shown = _shown_date(w, title_idx, body_start)
                return shown if shown and shown[:10] == iso else iso
    shown = _shown_date(w, title_idx, body_start)
    if shown:
        return shown
    v = pm.ld_value("dateModified") or pm.first("article:modified_time", "lastmod")
    return parse_iso(v) if isinstance(v, str) else None


def _shown_date(w: _Walk, title_idx: int, body_start: int) -> str | None:
    blocks = w.blocks
    if title_idx < 0:  # no title on the page: the article's header ends where the body starts
        title_idx = max(0, body_start - 1)
    # (index, iso) of every date the page shows, in document order
    cands: list[tuple[int, str]] = []
    attr_at: dict[int, str] = {}
    for i, v in w.times:
        iso = parse_iso(v)
        if iso and (i >= len(blocks) or not blocks[i].site_date):
            attr_at.setdefault(i, iso)
    # dates of share bars skipped as furniture ("before block i"), after the title only: a social bar
    # above it may be the site's own, with its clock
    boxes = [c for c in w.box_dates if c[0] > title_idx]
    for b in blocks[:600]:
        while boxes and boxes[0][0] <= b.index:
            cands.append(boxes.pop(0))
        if b.index in attr_at:
            if b.site_date or _TODAY.match(key(b.text[:30])):
                continue
            cands.append((b.index, attr_at.pop(b.index)))
            continue
        n = len(b.text)
        if n > 120 or b.site_date or not has_date(b.text):
            continue
        near = title_idx <= b.index <= body_start + 2
        if not (
            (b.date_class and n <= 120)
            or (n <= 80 and re.search(r"\d{1,2}\s*(?:[:h]|giờ)\s*\d{2}", b.text))
            or (near and n <= 50)
        ):
            continue
        if _TODAY.match(key(b.text[:30])):
            continue
        iso = parse_visible(b.text)
        if iso and len(iso) == 10 and b.index + 1 < len(blocks):
            # "<span class=date>12/02/2019</span><span class=time>10:25</span>": the hour beside the day
            nxt = blocks[b.index + 1]
            if len(nxt.text) <= 20 and not has_date(nxt.text) and _HOUR.search(nxt.text):
                iso = parse_visible(b.text + " " + nxt.text) or iso
        if iso:
            cands.append((b.index, iso))
    cands.extend(boxes)
    cands.extend(attr_at.items())
    if cands:
        header = [c for c in cands if title_idx <= c[0] <= body_start + 2]
        before = [c for c in cands if title_idx - 12 <= c[0] < title_idx]
        after = [c for c in cands if c[0] > body_start + 2]
        for tier in (header, before[::-1], after, cands):
            if tier:
                return tier[0][1]
    return None


_HOME_HREF = re.compile(
    r"^(?:https?://[^/]+)?/?(?:#.*|index\.\w+|home|trang-chu(?:\.\w+)?|default\.\w+|vi|vn|vi-vn)?/?$", re.I
)


def _category(
    pm: PageMeta, w: _Walk, outlet: str | None, site: str | None, title: str, url: str | None
) -> str | None:
    """The section: the first breadcrumb item that is not the home page or the site itself."""
    skip = _HOME | {key(x) for x in (outlet, site) if x} | {key(title)}
    # the site's name as the <title> tag prints it ("Tiêu đề - Báo Điện tử Miền Trung")
    parts = re.split(r"\s+[|–—-]\s+", pm.title_tag) if pm.title_tag else []
    if len(parts) > 1:
        skip |= {key(p) for p in parts if not _match(p, title)}
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""

    def ok(c: str, href: str = "") -> bool:
        k = key(c)
        if not k or k in skip or len(c) > 60 or re.fullmatch(r"[>»/|›\\]+", c):
            return False
        if href and _HOME_HREF.match(href.strip()):
            return False
        return not (host and k == key(host)) and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", c.lower())

    linked = any(href for _, href in w.crumbs)
    for n, (text, href) in enumerate(w.crumbs):
        # an unlinked first item before linked ones is the home page ("Báo X › Kinh tế › ...")
        if n == 0 and linked and not href and len(w.crumbs) > 1:
            continue
        if ok(text, href):
            return text
    for crumbs in (pm.crumbs, w.cate_links):
        for c in crumbs:
            if ok(c):
                return c
    sec = pm.first("article:section") or pm.ld_value("articleSection")
    if isinstance(sec, list):
        sec = sec[0] if sec else None
    return clean(sec) if isinstance(sec, str) and clean(sec) else None


def _tags(pm: PageMeta, w: _Walk) -> list[str]:
    cands: list[str] = []
    kw = pm.first("news_keywords", "keywords")
    if kw:
        cands = [x for x in re.split(r"\s*[,;]\s*", kw)]
    if not cands:
        cands = [x for v in pm.all("article:tag") for x in re.split(r"\s*,\s*", v)]
    if not cands:
        ld = pm.ld_value("keywords")
        if isinstance(ld, str):
            cands = re.split(r"\s*,\s*", ld)
        elif isinstance(ld, list):
            cands = [str(x) for x in ld]
    if not cands:
        cands = [t for t in w.tag_links if not rules.is_boilerplate_label(t)]
    out: list[str] = []
    seen: set[str] = set()
    for t in cands:
        t = clean(t).lstrip("#").strip()
        k = key(t)
        if t and k not in seen and len(t) <= 80:
            seen.add(k)
            out.append(t)
    return out


def _fallback(html: str, title: str, source: str | None, tree: LexborHTMLParser) -> Article | None:
    """trafilatura's body when our own walk found none (a layout our density rules miss); refused
    when it is a list of the page's links (a listing page) rather than prose."""
    with warnings.catch_warnings():
        # trafilatura's downloader imports urllib3's optional SOCKS support; we never download
        # through it, so the "PySocks missing" DependencyWarning is noise.
        warnings.simplefilter("ignore")
        import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=False, include_comments=False, include_tables=True
        )
    except (ValueError, RecursionError, TypeError):
        return None
    if doc is None:
        return None
    text = getattr(doc, "text", None) or ""
    paras = [
        Paragraph(t)
        for t in (clean(x) for x in text.split("\n"))
        if t and key(t) != key(title) and not rules.is_boilerplate_label(t) and not rules.is_footer_line(t)
    ]
    anchors = {key(a.text()) for a in tree.css("a")}
    linked = sum(1 for p in paras if key(p.text) in anchors)
    prose = [p for p in paras if len(p.text) >= 80 and key(p.text) not in anchors]
    if not prose or linked >= len(paras) / 2:
        return None
    return Article(title=title, paragraphs=paras, text=Article.body_text(paras), source=source)
