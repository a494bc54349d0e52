"""Generic article extraction from HTML of Vietnamese news sites (layouts never seen before).

One selectolax (lexbor) parse; a single document-order walk cuts the page into text blocks; the
body is the element whose Vietnamese paragraphs score highest (text density, few links); page
furniture is dropped by tag, by class/id words and by the label of its box ("Tin liên quan",
"Xem thêm", "Bình luận", ... matched through search_key). Metadata comes from JSON-LD, OpenGraph
and meta tags, checked against what the page shows. trafilatura is used only when this finds no
body: running its full pipeline costs about 10 ms a page, five times our whole extraction.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from diembao.errors import InputError, NoArticleError
from diembao.extract import rules
from diembao.extract.dates import has_date, parse_iso, parse_visible
from diembao.extract.metadata import PageMeta, is_outlet_name, ld_names, outlet_for, read_meta
from diembao.extract.plaintext import credited_agency
from diembao.extract.rules import clean, key
from diembao.model import Article, Caption, Paragraph
from diembao.text import search_key
from diembao.text.encodings import decode_bytes

MAX_BYTES = 16 * 1024 * 1024  # larger "pages" are dumps or attacks, not articles
MAX_DEPTH = 1500  # lexbor copes with deeper trees, but nothing real nests this deep
MIN_BODY_CHARS = 150

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
# of those, the words that mark metadata elements we read before dropping them
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
_CATE_WORDS = {"cate", "category", "chuyenmuc", "catlinks", "detailcate", "catelink", "section-name"}
_TAG_WORDS = {"tags", "tag", "keywords", "keyword", "tukhoa", "taglist", "tagslist", "articletags"}
_SKIP_WORDS = _JUNK_WORDS - _META_WORDS
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_HOME = {key(x) for x in ("Trang chủ", "Trang nhất", "Home", "Trang chu", "Tin tức", "Homepage")}
_ERROR_TITLE = re.compile(
    r"\b(404|403|500|not found|page not found|khong tim thay|loi|error|trang khong ton tai)\b"
)
_READ_MORE = re.compile(
    r"^(?:>>|»|\+)?\s*(?:xem them|doc them|tin lien quan|xem tiep|doc tiep|bai lien quan)\s*[:>»]"
)


_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _words_of(attrs: dict[str, str | None]) -> set[str]:
    out: set[str] = set()
    for name in ("class", "id"):
        v = attrs.get(name)
        if v:
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


@dataclass
class _Walk:
    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    bold_chars: int = 0
    italic_chars: int = 0
    credit_parts: list[str] = field(default_factory=list)
    img_pending: bool = False
    crumbs: list[str] = field(default_factory=list)
    cate_links: list[str] = field(default_factory=list)  # category links seen before the first h1
    tag_links: list[str] = field(default_factory=list)
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
            credit = clean("".join(w.credit_parts)) or None
            w.blocks.append(
                Block(
                    text=text,
                    link_chars=w.link_chars,
                    ancestors=anc,
                    tag=inner.tag,
                    bold_chars=w.bold_chars,
                    italic_chars=w.italic_chars,
                    caption=any(f.caption for f in stack),
                    credit=credit,
                    sapo_class=any(f.sapo for f in stack),
                    author_class=any(f.author for f in stack),
                    date_class=any(f.date for f in stack),
                    after_img=w.img_pending,
                    right=any(f.right for f in stack),
                    index=len(w.blocks),
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
                    if any(f.link for f in stack):
                        w.link_chars += n
                    if top.bold or any(f.bold for f in stack[-3:]):
                        w.bold_chars += n
                    if top.italic or any(f.italic for f in stack[-3:]):
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
                in_pic = any(f.pic for f in stack)
                style = (attrs.get("style") or "").replace(" ", "").lower()
                if words & _CRUMB_WORDS or "BreadcrumbList" in (attrs.get("itemtype") or ""):
                    w.crumbs.extend(clean(a.text()) for a in node.css("a, li > span") if clean(a.text()))
                elif words & _CATE_WORDS and not w.h1:
                    links = [clean(a.text()) for a in node.css("a")] if tag != "a" else [clean(node.text())]
                    w.cate_links.extend(x for x in links if x)
                elif words & _TAG_WORDS:
                    w.tag_links.extend(clean(a.text()) for a in node.css("a") if clean(a.text()))
                skip = bool(words & _SKIP_WORDS) or "display:none" in style or "hidden" in attrs
                # furniture box: skipped whole, unless it holds most of the page's text (a wrapper)
                if skip and tag not in ("body", "html") and len(node.text(deep=True)) < 0.5 * total_chars:
                    if block:
                        flush()
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
                    link=tag == "a",
                    bold=tag in _BOLD or "font-weight:bold" in style or "font-weight:700" in style,
                    italic=tag in _ITALIC,
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
                )
                if tag == "h1":
                    w.h1.append((len(w.blocks), clean(node.text())))
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


def _decode(data: bytes | str, content_type: str | None, source: str | None) -> str:
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
        html, used = decode_bytes(data, declared)
        if (
            used.replace("_", "-") in ("latin-1", "iso8859-1", "cp1252", "windows-1252", "ascii")
            and max(data) > 0x7F
        ):
            # A page declaring a Latin charset whose bytes are valid UTF-8 is UTF-8 (old CMS templates
            # declare iso-8859-1 whatever they serve); valid UTF-8 does not happen by accident.
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
    return html


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
        if total.get(up, 0.0) >= 1.4 * total.get(best, 0.0) and direct.get(up, 0.0) + direct.get(best, 0) > 0:
            best = up
        else:
            break
    return best


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
    html = _decode(data, content_type, source)
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
    tree.strip_tags(_DROP_TAGS)
    # <header> of the site holds menus; an article's own <header> holds its h1 and is kept.
    for h in tree.css("header"):
        if h.css_first("h1") is None:
            h.decompose()
    w = _walk(body_node)
    blocks = w.blocks
    title = _title(pm, w, site or outlet)
    if not title:
        raise NoArticleError("no title", source)
    if _ERROR_TITLE.search(key(title)) and len(title) < 60:
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
    sapo_block = _sapo_block(blocks, body_blocks, title_idx, drop)
    paragraphs: list[Paragraph] = []
    captions: list[Caption] = []
    tail: list[Block] = []
    seen: set[str] = set()
    title_key = key(title)
    for b in body_blocks:
        # long paragraphs are told apart by their NFC text; the search key matters for short labels
        k = key(b.text) if len(b.text) <= 2 * len(title) + 20 else b.text
        if not k or k == title_key or (sapo_block is not None and b.index == sapo_block.index):
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
        if b.link_density > 0.5 or (len(b.text) <= 60 and rules.is_boilerplate_label(b.text)):
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
        parsed = rules.parse_byline(tail[-1].text)
        if parsed is None or len(tail) == 1 or len(tail[-1].text) > 80:
            break
        who, ag = parsed
        authors = who + authors
        agency = agency or ag
        tail.pop()
    # A leading author line ("Bài và ảnh: ...") is also a byline.
    if tail and (tail[0].author_class or tail[0].text.lower().startswith(("bài và ảnh", "bài, ảnh", "bài:"))):
        parsed = rules.parse_byline(tail[0].text)
        if parsed:
            authors = authors or parsed[0]
            agency = agency or parsed[1]
            tail.pop(0)
    for n, b in enumerate(tail):
        if b.author_class and rules.parse_byline(b.text):
            continue
        heading = _is_heading(b) and 0 < n < len(tail) - 1
        paragraphs.append(Paragraph(b.text, "heading" if heading else "p"))

    sapo = sapo_block.text if sapo_block is not None else None
    if sapo is None and paragraphs and len(paragraphs) >= 2:
        first = next((b for b in tail if b.text == paragraphs[0].text), None)
        desc = pm.first("og:description", "description", "twitter:description")
        if first is not None and (first.all_bold or (desc and _match(desc, first.text))):
            sapo = paragraphs.pop(0).text
    if sapo:
        sapo, tag, _ = rules.strip_lead_tag(sapo)
        if tag:
            agency = agency or rules.agency_name(tag)
    elif paragraphs:
        first_text, tag, _ = rules.strip_lead_tag(paragraphs[0].text)
        if tag:
            paragraphs[0] = Paragraph(first_text)
            agency = agency or rules.agency_name(tag)

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
    result.authors, byline_agency = _authors(pm, blocks, authors, outlet, site)
    result.agency = agency or byline_agency or credited_agency(result.authors, result.captions)
    result.published = _published(pm, blocks)
    result.category = _category(pm, w, outlet, site, title)
    result.tags = _tags(pm, w)
    return result


def _furniture(blocks: list[Block]) -> set[int]:
    """Indexes of blocks inside a furniture box: a box whose label is "Tin liên quan", "Bình luận"...
    covers the label's block element and its following siblings up to the end of that element."""
    drop: set[int] = set()
    for b in blocks:
        if len(b.text) > 60 or not rules.is_boilerplate_label(b.text):
            continue
        drop.add(b.index)
        anc = b.ancestors
        # The box is the label's nearest ancestor holding other blocks; everything after the label in it
        # goes unless it is long, link-free prose (then the box was the article itself).
        for depth in range(len(anc) - 1, 0, -1):
            box = anc[depth - 1] if anc[depth] == anc[-1] and depth == len(anc) - 1 else anc[depth]
            members = [x for x in blocks[b.index + 1 :] if box in x.ancestors]
            if not members:
                continue
            prose = [x for x in members if len(x.text) > 160 and x.link_density < 0.2 and not x.caption]
            if len(prose) >= 2 and sum(len(x.text) for x in prose) > 600:
                break
            drop.update(x.index for x in members)
            break
    return drop


def _sapo_block(blocks: list[Block], body: list[Block], title_idx: int, drop: set[int]) -> Block | None:
    start = body[0].index if body else len(blocks)
    # class-marked lead near the title, before or at the start of the body
    for b in blocks:
        if b.index <= title_idx or b.index in drop:
            continue
        if b.index > start + 1:
            break
        if b.sapo_class and 10 <= len(b.text) <= 1200 and b.link_density < 0.5 and not b.date_class:
            return b
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
            return b
    return None


def _listing(body: list[Block]) -> bool:
    linked = sum(1 for b in body if len(b.text) >= 25 and b.link_density > 0.8)
    prose = sum(1 for b in body if len(b.text) >= 80 and b.link_density < 0.2)
    return linked >= 5 and linked >= prose


def _language(pm: PageMeta) -> str:
    lang = pm.lang or pm.first("og:locale", "language", "content-language") or "vi"
    return lang.replace("_", "-").split("-")[0].lower() or "vi"


def _authors(
    pm: PageMeta, blocks: list[Block], byline: list[str], outlet: str | None, site: str | None
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
    for b in blocks:
        if b.author_class and len(b.text) <= 90:
            parsed = rules.parse_byline(re.sub(r"^(?:Tác giả|Theo|bởi|By)\s*:?\s*", "", b.text, flags=re.I))
            if parsed and parsed[0]:
                names = ok(parsed[0])
                if names:
                    return names, parsed[1]
    names = ok(ld_names(pm.ld_value("author")))
    if names:
        return names, None
    metas = [x for v in pm.all("author", "article:author", "dc.creator") for x in re.split(r"\s*[,;]\s*", v)]
    return ok(metas), None


def _published(pm: PageMeta, blocks: list[Block]) -> str | None:
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
                return iso
    for b in blocks:
        if b.date_class and len(b.text) <= 120:
            iso = parse_visible(b.text)
            if iso:
                return iso
    for b in blocks[:400]:
        if len(b.text) <= 80 and has_date(b.text) and re.search(r"\d{1,2}[:h]\d{2}", b.text):
            iso = parse_visible(b.text)
            if iso:
                return iso
    v = pm.ld_value("dateModified") or pm.first("article:modified_time", "lastmod")
    return parse_iso(v) if isinstance(v, str) else None


def _category(pm: PageMeta, w: _Walk, outlet: str | None, site: str | None, title: str) -> str | None:
    skip = _HOME | {key(x) for x in (outlet, site) if x} | {key(title)}
    for crumbs in (w.crumbs, pm.crumbs, w.cate_links):
        for c in crumbs:
            k = key(c)
            if k and k not in skip and len(c) <= 60 and not re.fullmatch(r"[>»/|›]+", c):
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
