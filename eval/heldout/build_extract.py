"""One-off builder of the blind extraction held-out pages (eval/heldout/extract/*.html + *.json).

The page LAYOUTS are ours: hand-written imitations of the chrome of real Vietnamese outlets (menus,
breadcrumbs, ads, related boxes, comments, licence footers). The article TEXTS are real: title, sapo
(abstract) and body of VietNews test articles (vietnews_test_sample300.jsonl, detokenised fields; research
corpus, licence not stated) -- body lines are grouped into paragraphs, the corpus's own byline line and photo
captions are reused where it has them. Dates, invented bylines, chrome texts and subheadings are ours.
Written without looking at the extractor, its tests or fixtures. Re-run only to rebuild the same files:
`.venv/bin/python -m eval.heldout.build_extract` (needs the shared data).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diembao import settings
from diembao.text import search_key

OUT = Path(__file__).resolve().parent / "extract"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def e(s: str) -> str:
    return html.escape(s, quote=False)


@dataclass
class Page:
    slug: str
    idx: int  # row in vietnews_test_sample300.jsonl
    outlet: str
    published: dt.datetime
    authors: list[str]
    category: str
    byline: str  # as shown on the page ("" = none)
    encoding: str = "utf-8"
    title: str = ""
    sapo: str = ""
    paras: list[str] = field(default_factory=list)
    caps: list[tuple[str, str]] = field(default_factory=list)  # (caption, credit)
    related: list[str] = field(default_factory=list)
    bp: list[str] = field(default_factory=list)
    headings: dict[int, str] = field(default_factory=dict)  # insert before paragraph i
    category_alt: list[str] = field(default_factory=list)
    note: str = ""

    def wd(self) -> str:
        return WEEKDAYS[self.published.weekday()]

    def rel(self, a: int, b: int) -> list[str]:
        out = self.related[a:b]
        self.bp.extend(out)
        return out

    def cap(self, i: int) -> tuple[str, str]:
        c = self.caps[i % len(self.caps)] if self.caps else ("Hiện trường vụ việc.", "Ảnh: CTV")
        self.bp.append(c[0])
        return c

    def b(self, *texts: str) -> None:
        self.bp.extend(texts)


# ----------------------------------------------------------------------------------- text prep


def _group(lines: list[str]) -> list[str]:
    """Corpus lines are sentences; glue broken ones, then make paragraphs of about 2-3 sentences."""
    sents: list[str] = []
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if sents and (ln[0].islower() or ln[0] == "(" or sents[-1].rstrip()[-1] not in '.!?”"…:;)'):
            sents[-1] = sents[-1] + " " + ln
        else:
            sents.append(ln)
    paras: list[str] = []
    cur = ""
    for s in sents:
        if cur and len(cur) + len(s) > 330:
            paras.append(cur)
            cur = s
        else:
            cur = f"{cur} {s}" if cur else s
    if cur:
        paras.append(cur)
    return paras


def load(p: Page, rows: list[dict[str, Any]], byline_lines: int, caps: list[tuple[str, str]]) -> None:
    r = rows[p.idx]
    p.title, p.sapo = r["title"].strip(), r["abstract"].strip()
    main = r["body"].split("\n\n")[0].split("\n")
    if byline_lines:
        main = main[:-byline_lines]
    p.paras = _group(main)
    p.caps = caps


# ----------------------------------------------------------------------------------- chrome bits


def menu(items: list[str], cls: str = "menu") -> str:
    lis = "".join(f'<li><a href="/{search_key(x).replace(" ", "-")}">{e(x)}</a></li>' for x in items)
    return f'<ul class="{cls}">{lis}</ul>'


def links(titles: list[str], cls: str = "list-news", with_sapo: bool = False) -> str:
    out = []
    for i, t in enumerate(titles):
        href = "/" + search_key(t).replace(" ", "-")[:60] + f"-{480000 + i * 17}.html"
        out.append(f'<li class="item"><a href="{href}" title="{e(t)}">{e(t)}</a></li>')
    return f'<ul class="{cls}">{"".join(out)}</ul>'


def interleave(p: Page, fmt: Callable[[str], str], inserts: dict[int, str]) -> str:
    out = []
    for i, para in enumerate(p.paras):
        if i in p.headings:
            out.append(f"<h2>{e(p.headings[i])}</h2>" if i % 2 == 0 else f"<h3>{e(p.headings[i])}</h3>")
        if i in inserts:
            out.append(inserts[i])
        out.append(fmt(para))
    if len(p.paras) in inserts:
        out.append(inserts[len(p.paras)])
    return "\n".join(out)


COMMENT_NAMES = ["Nguyễn Văn Bình", "Trần Thị Mai", "Lê Quang Huy", "Phạm Thu Trang", "Hoàng Đức"]
COMMENTS = [
    "Đề nghị cơ quan chức năng xử lý thật nghiêm để răn đe, đọc mà thấy bức xúc quá.",
    "Cảm ơn báo đã đưa tin kịp thời, mong các anh công an sớm làm rõ vụ việc.",
    "Xã hội bây giờ nhiều chuyện quá, ra đường phải hết sức cẩn thận mọi người ạ.",
]


def comments(p: Page, cls: str = "comment-box") -> str:
    items = []
    for i, c in enumerate(COMMENTS):
        p.b(c)
        items.append(
            f'<div class="comment-item"><span class="c-name">{COMMENT_NAMES[i]}</span>'
            f'<p class="c-content">{e(c)}</p><span class="c-time">{i + 2} giờ trước</span>'
            f' <a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>'
        )
    p.b("Ý kiến bạn đọc", "Bạn đọc gửi ý kiến tại đây")
    return (
        f'<section class="{cls}"><h3>Ý kiến bạn đọc</h3><form><textarea placeholder="Bạn đọc gửi ý kiến '
        f'tại đây"></textarea><button>Gửi bình luận</button></form>{"".join(items)}</section>'
    )


def head(p: Page, extra: str = "", charset: str | None = None) -> str:
    cs = charset if charset is not None else '<meta charset="utf-8">'
    return (
        f"<head>{cs}<title>{e(p.title)} | {e(p.outlet)}</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:site_name" content="{e(p.outlet)}">'
        f'<meta property="og:type" content="article">'
        f'<link rel="stylesheet" href="/static/css/main.min.css?v=2024">{extra}'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "gtag('js',new Date());</script></head>"
    )


def iso(p: Page) -> str:
    return p.published.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def banner(p: Page, text: str, cls: str = "ads") -> str:
    p.b(text)
    return f'<div class="{cls}"><a href="https://ads.example.vn/click?id=4711" rel="nofollow">{e(text)}</a></div>'


def figure(p: Page, i: int, cls: str = "pic") -> str:
    c, credit = p.cap(i)
    if credit:
        p.b(credit)
    cr = f' <span class="credit">{e(credit)}</span>' if credit else ""
    return (
        f'<figure class="{cls}"><img src="/images/2018/{i + 1}.jpg" alt="{e(c)}">'
        f"<figcaption>{e(c)}{cr}</figcaption></figure>"
    )


# ----------------------------------------------------------------------------------- layouts


def vietnamnet(p: Page) -> str:
    d = p.published
    date = f"{p.wd()}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)"
    rel = p.rel(0, 3)
    box = '<div class="article-relate"><h4>Tin liên quan</h4>' + links(rel, "relate-list") + "</div>"
    p.b("Tin liên quan")
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {2: figure(p, 0), 3: box, 5: banner(p, "Ưu đãi trả góp 0% khi mua xe máy trong tháng này")},
    )
    more = p.rel(3, 9)
    p.b("Tin nổi bật", "Đọc nhiều nhất")
    return f"""<!DOCTYPE html><html lang="vi">{head(p)}<body>
<header class="header"><div class="logo"><a href="/">VietNamNet</a></div>
{menu(["Chính trị", "Thời sự", "Kinh doanh", "Thế giới", "Giáo dục", "Đời sống", "Pháp luật", "Thể thao"])}
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form>
<a class="login" href="/dang-nhap">Đăng nhập</a></header>
<main class="container"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/phap-luat">{e(p.category)}</a></div>
<article class="content-detail">
<h1 class="content-detail-title">{e(p.title)}</h1>
<div class="bread-crumb-detail__time">{date}</div>
<h2 class="content-detail-sapo sm-sapo-mb-0">{e(p.sapo)}</h2>
<div class="maincontent main-content" id="maincontent">
{body}
<p class="article-detail-author"><a href="/tac-gia/hm">{e(p.byline)}</a></p>
</div>
<div class="tags"><span>Từ khóa:</span> <a href="/tag/danh-hoi-dong">đánh hội đồng</a>, <a href="/tag/truy-tim">truy tìm</a></div>
<div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép link</a></div>
</article>
{comments(p)}
<aside class="sidebar"><h3>Đọc nhiều nhất</h3>{links(more, "most-read")}<h3>Tin nổi bật</h3></aside>
</main>
<footer><p>Báo VietNamNet - Cơ quan chủ quản: Bộ Thông tin và Truyền thông</p>
<p>Giấy phép số 146/GP-BTTTT do Bộ TT&amp;TT cấp ngày 04/04/2022</p><p>© 1997 Báo VietNamNet. All rights reserved.</p></footer>
</body></html>"""


def tienphong(p: Page) -> str:
    date = p.published.strftime("%d/%m/%Y %H:%M")
    rel = p.rel(0, 2)
    inline = (
        '<div class="article-relate inline"><ul>'
        + "".join(f'<li><a href="/x.tpo">{e(t)}</a></li>' for t in rel)
        + "</ul></div>"
    )
    body = interleave(p, lambda t: f"<p>{e(t)}</p>", {1: inline, 3: figure(p, 0, "article__photo")})
    same = p.rel(2, 8)
    p.b("Tin cùng chuyên mục", "Tiền Phong Online - Đọc báo Tiền Phong", "Xem thêm tin khác")
    return f"""<!doctype html><html lang="vi">{head(p)}<body class="detail">
<div class="top-bar"><span>Tiền Phong Online - Đọc báo Tiền Phong</span> <a href="/dang-ky">Đăng ký</a> | <a href="/dang-nhap">Đăng nhập</a></div>
<nav class="main-nav">{menu(["Xã hội", "Kinh tế", "Thế giới", "Pháp luật", "Giải trí", "Thể thao", "Hoa hậu", "Giáo dục"])}
<div class="search-box"><input type="text" placeholder="Nhập từ khóa..."><button>Tìm</button></div></nav>
<div class="article">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/phap-luat/">{e(p.category)}</a></li></ul>
<h1 class="article__title cms-title">{e(p.title)}</h1>
<div class="article__meta"><time class="time">{date}</time> <span class="views">1.254 lượt xem</span></div>
<div class="article__sapo cms-desc">{e(p.sapo)}</div>
<div class="article__body cms-body">
{body}
<p class="article__author cms-author" style="text-align:right"><strong>{e(p.byline)}</strong></p>
</div>
<div class="article__tag"><a href="/tags/trom-cap.tpo">trộm cắp</a> <a href="/tags/quang-binh.tpo">Quảng Bình</a></div>
<div class="social"><a class="fb">Thích</a> <a class="share">Chia sẻ</a></div>
</div>
<section class="same-category"><h3>Tin cùng chuyên mục</h3>{links(same)}<a href="/phap-luat/">Xem thêm tin khác</a></section>
<footer><p>Cơ quan chủ quản: Trung ương Đoàn TNCS Hồ Chí Minh</p><p>Giấy phép số 77/GP-BTTTT cấp ngày 26/02/2020</p>
<p>Tòa soạn: 15 Hồ Xuân Hương, Hà Nội</p></footer></body></html>"""


def qdnd(p: Page) -> str:
    date = p.published.strftime("%H:%M ngày %d/%m/%Y")
    body = interleave(
        p,
        lambda t: f'<p style="text-align: justify;">{e(t)}</p>',
        {1: figure(p, 0, "image"), 3: banner(p, "Quảng cáo: Đặt mua báo Quân đội nhân dân năm 2024")},
    )
    rel = p.rel(0, 4)
    p.b("Các tin, bài viết khác")
    return f"""<!DOCTYPE html><html lang="vi">{head(p)}<body>
<div id="header"><a href="/" class="logo">Báo Quân đội nhân dân</a>
{menu(["Chính trị", "Quân sự", "Quốc phòng an ninh", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao"], "nav")}
<div class="search"><input id="txtSearch" value="Tìm kiếm..."></div></div>
<div class="path"><a href="/">Trang chủ</a> » <a href="/phap-luat">{e(p.category)}</a></div>
<div class="post-content">
<div class="post-title"><h1>{e(p.title)}</h1></div>
<div class="post-subinfo"><span class="post-date">{date}</span></div>
<div class="post-summary"><p><strong>QĐND Online - </strong>{e(p.sapo)}</p></div>
<div class="post-content-body" id="dnn_VIEWSINDEX">
{body}
<p style="text-align:right"><strong>{e(p.byline)}</strong></p>
</div>
<div class="print-share"><a href="javascript:window.print()">In bài viết</a> <a href="#">Gửi email</a></div>
</div>
<div class="other-news"><h3>Các tin, bài viết khác</h3>{links(rel)}</div>
<div id="footer"><p>BÁO QUÂN ĐỘI NHÂN DÂN - Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng</p>
<p>Giấy phép số 434/GP-BTTTT ngày 19/10/2022</p></div></body></html>"""


def nld(p: Page) -> str:
    date = p.published.strftime("%d-%m-%Y - %I:%M %p")
    rel = p.rel(0, 3)
    p.b("Đọc thêm")
    box = (
        '<div class="box-news-relate"><p class="title">Đọc thêm</p>'
        + "".join(f'<a class="link" href="/y.htm">{e(t)}</a>' for t in rel)
        + "</div>"
    )
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {
            2: figure(p, 0, "VCSortableInPreviewMode"),
            5: box,
            8: banner(p, "Khám phá ưu đãi hè cùng Vietravel"),
        },
    )
    most = p.rel(3, 8)
    p.b("Tin nổi bật", "Bình luận (0)")
    return f"""<!DOCTYPE html><html lang="vi">{head(p)}<body>
<div class="header"><a class="logo" href="/">Người Lao Động</a>
{menu(["Thời sự", "Quốc tế", "Lao động", "Bạn đọc", "Net Zero", "Kinh tế", "Sức khỏe", "Giáo dục", "Pháp luật"])}
<a href="/tim-kiem.htm" class="search">Tìm kiếm</a> <a class="user" href="#">Đăng nhập</a></div>
<div class="detail-cate"><a href="/phap-luat.htm" class="cate">{e(p.category)}</a></div>
<div class="detail-time"><div data-role="publishdate">{date}</div></div>
<h1 class="detail-title">{e(p.title)}</h1>
<div class="detail-author"><span class="name">{e(p.byline)}</span></div>
<h2 class="detail-sapo" data-role="sapo">{e(p.sapo)}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">
{body}
</div></div>
<div class="detail-tab"><a href="#">Bình luận (0)</a> <a href="#">Chia sẻ</a></div>
<div class="box-tin-noi-bat"><h3>Tin nổi bật</h3>{links(most)}</div>
<div class="footer"><p>Cơ quan chủ quản: Thành ủy TP Hồ Chí Minh. Tổng Biên tập: Tô Đình Tuân</p>
<p>Giấy phép số 115/GP-BTTTT cấp ngày 09-3-2022</p></div></body></html>"""


def daklak(p: Page) -> str:
    date = p.published.strftime("Cập nhật: %H:%M %d/%m/%Y")
    body = interleave(
        p,
        lambda t: f'<p class="Normal">{e(t)}</p>',
        {1: figure(p, 0, "image-box"), 4: banner(p, "Đắk Lắk - Điểm đến cà phê của thế giới")},
    )
    rel = p.rel(0, 5)
    p.b("Tin cùng chuyên mục")
    charset = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    return f"""<!DOCTYPE html><html>{head(p, charset=charset)}<body>
<div id="banner"><img src="/logo.png" alt="Báo Đắk Lắk điện tử"></div>
<div id="menu">{menu(["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao", "Quốc tế"])}</div>
<div class="search"><form><input name="keyword"><input type="submit" value="Tìm kiếm"></form></div>
<div class="category-title"><a href="/xa-hoi/">{e(p.category)}</a></div>
<div class="detail">
<h1 class="title-detail">{e(p.title)}</h1>
<div class="date-detail">{date}</div>
<div class="sapo-detail"><strong>{e(p.sapo)}</strong></div>
<div class="content-detail">
{body}
<p style="text-align: right;"><strong>{e(p.byline)}</strong></p>
</div>
<div class="share">Chia sẻ: <a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>In trang</a></div>
</div>
<div class="other-news"><div class="title">Tin cùng chuyên mục</div>{links(rel)}</div>
<div id="footer"><p>BÁO ĐẮK LẮK ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đắk Lắk</p>
<p>Giấy phép số 125/GP-BTTTT ngày 04/3/2021. Địa chỉ: 15 Nguyễn Tất Thành, TP. Buôn Ma Thuột</p></div></body></html>"""


def kenh14(p: Page) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "datePublished": iso(p),
        "dateModified": iso(p),
        "author": {"@type": "Person", "name": p.authors[0]},
        "publisher": {"@type": "Organization", "name": "Kênh14"},
    }
    extra = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    rel = p.rel(0, 3)
    p.b("Xem thêm")
    box = (
        '<div class="knc-relate-wrapper"><div class="kbwcm-title">Xem thêm</div>'
        + links(rel, "krw-list")
        + "</div>"
    )
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {1: figure(p, 0, "VCSortableInPreviewMode"), 4: figure(p, 1, "VCSortableInPreviewMode"), 6: box},
    )
    hot = p.rel(3, 9)
    p.b("Đang được quan tâm", "Trang chủ Kênh14")
    return f"""<!DOCTYPE html><html lang="vi">{head(p, extra)}<body>
<div class="kbw-header"><a href="/" title="Trang chủ Kênh14">Kênh14</a>
{menu(["Star", "Ciné", "Musik", "Beauty & Fashion", "Đời sống", "Xã hội", "Thế giới", "Sport", "Học đường"], "kbh-menu")}
<div class="kbh-search"><input placeholder="Nhập nội dung tìm kiếm"></div><a href="#" class="login">Đăng nhập</a></div>
<div class="kbwc-header"><ul class="kbwc-breadcrumb"><li><a href="/">Home</a></li><li><a href="/xa-hoi.chn">{e(p.category)}</a></li></ul>
<h1 class="kbwc-title">{e(p.title)}</h1>
<div class="kbwc-meta"><span class="kbwcm-author">{e(p.byline)}</span>, <span class="kbwcm-source">Theo Trí Thức Trẻ</span></div></div>
<div class="knc-sapo"><h2 class="knc-sapo">{e(p.sapo)}</h2></div>
<div class="knc-content">
{body}
</div>
<div class="knc-rate-link"><a>Chia sẻ</a> <a>Lưu bài</a></div>
<div class="klw-new-tags"><a href="/tag/treo-co.html">treo cổ</a> <a href="/tag/hoai-duc.html">Hoài Đức</a></div>
<div class="kds-hot"><h3>Đang được quan tâm</h3>{links(hot)}</div>
{comments(p, "kbwc-comment")}
<div class="kfooter">Chịu trách nhiệm quản lý nội dung: Bà Nguyễn Bích Minh. Giấy phép số 2215/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10 tháng 4 năm 2019</div>
</body></html>"""


def cafef(p: Page) -> str:
    extra = (
        f'<meta property="article:published_time" content="{iso(p)}">'
        f'<meta name="author" content="{e(p.authors[0])}">'
    )
    rel = p.rel(0, 3)
    p.b("Tin mới")
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {
            2: figure(p, 0, "VCSortableInPreviewMode"),
            4: '<div class="link-content-footer">'
            + "".join(f'<a href="/z.chn">{e(t)}</a>' for t in rel[:1])
            + "</div>",
            7: banner(p, "Mở tài khoản chứng khoán online, miễn phí giao dịch 3 tháng", "adsbyvccorp"),
        },
    )
    news = p.rel(3, 9)
    p.b("CafeF - Kênh thông tin kinh tế - tài chính Việt Nam", "Giá vàng", "Cùng chuyên mục")
    return f"""<!DOCTYPE html><html lang="vi">{head(p, extra)}<body>
<div class="header"><a class="logo" href="/">CafeF - Kênh thông tin kinh tế - tài chính Việt Nam</a>
<div class="top-info"><span>VN-INDEX 1.245,67 +3,21 (0,26%)</span> <span>Giá vàng</span></div>
{menu(["Thời sự", "Chứng khoán", "Bất động sản", "Doanh nghiệp", "Ngân hàng", "Tài chính quốc tế", "Vĩ mô"])}
<div class="search"><input placeholder="Tìm kiếm"></div></div>
<div class="breadcrumb"><a href="/">CafeF</a> &gt; <a href="/doanh-nghiep.chn">{e(p.category)}</a></div>
<div class="left_cate totalcontentdetail">
<h1 class="title" data-role="title">{e(p.title)}</h1>
<div class="author-info"><span class="author">{e(p.byline)}</span></div>
<h2 class="sapo" data-role="sapo">{e(p.sapo)}</h2>
<div class="detail-content afcbc-body" data-role="content">
{body}
</div>
<div class="tagdetail"><a>sập tường</a> <a>Vĩnh Long</a> <a>Bộ Xây dựng</a></div>
</div>
<div class="rightcol"><h3>Cùng chuyên mục</h3>{links(news)}<h3>Tin mới</h3></div>
<div class="footer"><p>Trang thông tin điện tử tổng hợp CafeF. Giấy phép số 2216/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10/4/2019</p>
<p>Chịu trách nhiệm quản lý nội dung: Bà Nguyễn Bích Minh</p></div></body></html>"""


def znews_amp(p: Page) -> str:
    d = p.published
    date = f"{d:%H:%M} {d.day}/{d.month}/{d.year}"
    rel = p.rel(0, 4)
    p.b("Đọc tiếp", "Bài viết liên quan")
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {
            1: '<amp-img src="/a.jpg" width="640" height="360" layout="responsive" alt=""></amp-img>'
            f'<p class="pic-caption">{e(p.cap(0)[0])} <em>{e(p.cap(0)[1])}</em></p>',
            3: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/zing/amp_article_1"></amp-ad>',
            5: f'<div class="inner-article"><p class="title">Đọc tiếp</p>{links(rel[:2])}</div>',
        },
    )
    p.b(p.cap(0)[1], p.cap(1)[1])
    amp_boiler = (
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
        "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<link rel="canonical" href="https://znews.vn/bat-bang-nhom-cat-trom-cap-post848512.html">'
    )
    return f"""<!doctype html><html ⚡ lang="vi">{head(p, amp_boiler)}<body>
<header class="amp-header"><a href="/" class="logo">Znews</a><button on="tap:sidebar.toggle">Menu</button></header>
<amp-sidebar id="sidebar" layout="nodisplay">{menu(["Xuất bản", "Thời sự", "Thế giới", "Kinh doanh", "Công nghệ", "Pháp luật", "Sống", "Thể thao"])}</amp-sidebar>
<article class="the-article">
<p class="the-article-category"><a href="/phap-luat.html">{e(p.category)}</a></p>
<h1 class="the-article-title">{e(p.title)}</h1>
<ul class="the-article-meta"><li class="the-article-author">{e(p.byline)}</li><li class="the-article-publish">{date}</li></ul>
<p class="the-article-summary">{e(p.sapo)}</p>
<div class="the-article-body">
{body}
<amp-img src="/b.jpg" width="640" height="360" layout="responsive"></amp-img><p class="pic-caption">{e(p.cap(1)[0])} <em>{e(p.cap(1)[1])}</em></p>
</div>
<div class="the-article-tags"><a href="/tieu-diem/trom-cap.html">trộm cắp</a> <a href="/tieu-diem/hue.html">Huế</a></div>
</article>
<section class="related"><h3>Bài viết liên quan</h3>{links(rel[2:])}</section>
<footer><p>Cơ quan chủ quản: Hội Xuất bản Việt Nam. Giấy phép số 143/GP-BTTTT ngày 28/03/2022</p></footer></body></html>"""


def laodong(p: Page) -> str:
    date = f"{p.wd()}, {p.published:%d/%m/%Y %H:%M}"
    rel = p.rel(0, 2)
    p.b("Tin liên quan")
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {
            3: figure(p, 0, "insert-center-image"),
            6: '<div class="box-related-news"><h4>Tin liên quan</h4>' + links(rel) + "</div>",
            9: banner(p, "Vay tiêu dùng lãi suất ưu đãi chỉ từ 0,8%/tháng, giải ngân trong ngày"),
        },
    )
    hot = p.rel(2, 8)
    p.b("Đọc nhiều", "Bạn đọc gửi tin, bài về hòm thư")
    return f"""<!DOCTYPE html><html lang="vi">{head(p)}<body>
<div class="top-header"><span class="date-now">Hôm nay: {WEEKDAYS[0]}, 26/02/2024</span> <a href="/dang-nhap">Đăng nhập</a></div>
<header><a class="logo" href="/">Báo Lao Động</a>
<nav>{menu(["Thời sự", "Công đoàn", "Xã hội", "Thế giới", "Bạn đọc", "Pháp luật", "Kinh tế", "Văn hóa", "Thể thao"])}</nav>
<form class="search"><input type="search" placeholder="Tìm kiếm"></form></header>
<div class="breadcrumbs"><a href="/">Lao Động</a> › <a href="/phap-luat">{e(p.category)}</a></div>
<div class="article-detail">
<div class="time">{date}</div>
<h1 class="title">{e(p.title)}</h1>
<div class="chapeau"><p>{e(p.sapo)}</p></div>
<div class="art-body">
{body}
</div>
<div class="author"><strong>{e(p.byline)}</strong></div>
<div class="share-bottom"><a>Chia sẻ</a> <a>Bình luận</a></div>
<p class="bandoc">Bạn đọc gửi tin, bài về hòm thư: toasoan@laodong.com.vn</p>
</div>
<div class="most-read"><h3>Đọc nhiều</h3>{links(hot)}</div>
<footer><p>Cơ quan chủ quản: Tổng Liên đoàn Lao động Việt Nam</p><p>Giấy phép số 1952/GP-BTTTT cấp ngày 17/11/2020</p></footer></body></html>"""


def cand(p: Page) -> str:
    date = f"{p.wd().replace('Thứ', 'Thứ')}, {p.published:%d/%m/%Y, %H:%M}"
    rel = p.rel(0, 4)
    p.b("Tin cùng chuyên mục")
    body = interleave(
        p,
        lambda t: f'<p class="MsoNormal">{e(t)}</p>',
        {3: banner(p, "Đặt mua ấn phẩm Công an nhân dân qua bưu điện"), 6: figure(p, 0, "detail-img")},
    )
    return f"""<!DOCTYPE html><html lang="vi">{head(p)}<body>
<div id="header"><a href="/" class="logo">Công an nhân dân</a>
{menu(["Tin tức", "Chính trị", "Ký sự pháp đình", "An ninh trật tự", "Hồ sơ tư liệu", "Kinh tế", "Văn hóa", "Thế giới"])}
<a href="/search">Tìm kiếm</a></div>
<div class="breadcrumb"><a href="/">CAND</a> / <a href="/an-ninh-trat-tu/">{e(p.category)}</a></div>
<div class="box-widget detail">
<h1 class="article__title">{e(p.title)}</h1>
<div class="article__meta"><span class="time">{date}</span></div>
<div class="article__body">
<p class="article__sapo lead"><b>{e(p.sapo)}</b></p>
{body}
</div>
<div class="article__tags">Từ khóa: <a>ma túy</a>, <a>Bình Dương</a></div>
<div class="share">Chia sẻ: <a>Facebook</a> <a>Zalo</a></div>
</div>
<div class="related"><h3>Tin cùng chuyên mục</h3>{links(rel)}</div>
<div id="footer">BÁO CÔNG AN NHÂN DÂN - Cơ quan của Bộ Công an. Giấy phép số 60/GP-BTTTT ngày 08/02/2021</div>
</body></html>"""


def sggp(p: Page) -> str:
    d = p.published
    date = f"{p.wd().replace('năm', 'Năm')}, {d.day}/{d.month}/{d.year} {d:%H:%M}"
    rel = p.rel(0, 3)
    p.b("Xem thêm")
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {
            2: figure(p, 0, "article__photo"),
            5: f'<div class="xemthem"><b>Xem thêm:</b>{links(rel[:1])}</div>',
        },
    )
    more = p.rel(3, 8)
    p.b("Tin khác", "Bạn đang xem")
    return f"""<!DOCTYPE html><html lang="vi">{head(p)}<body>
<header><div class="logo"><a href="/">Sài Gòn Giải Phóng</a></div>
{menu(["Chính trị", "Xã hội", "Pháp luật", "Kinh tế", "Thế giới", "Giáo dục", "Thể thao", "Văn hóa"])}
<div class="search-form"><input type="text" placeholder="Tìm kiếm"></div><a class="dangnhap">Đăng nhập</a></header>
<div class="bread">Bạn đang xem: <a href="/">Trang chủ</a> » <a href="/phapluat/">{e(p.category)}</a></div>
<article class="article">
<div class="article__meta"><span class="time">{date}</span></div>
<h1 class="article__title">{e(p.title)}</h1>
<div class="article__sapo">{e(p.sapo)}</div>
<div class="article__body">
{body}
<p class="author" style="text-align:right"><b>{e(p.byline)}</b></p>
</div>
<div class="tags">Tags: <a>trộm xe máy</a> <a>định vị</a></div>
</article>
<div class="othernews"><h3>Tin khác</h3>{links(more)}</div>
<footer>Báo Sài Gòn Giải Phóng. Giấy phép số 111/GP-BTTTT ngày 18/3/2020. Tổng biên tập: Nguyễn Khắc Văn</footer>
</body></html>"""


def baodautu(p: Page) -> str:
    d = p.published
    date = f"{p.wd()}, {d.day}/{d.month}/{d.year}, {d:%H:%M}"
    rel = p.rel(0, 2)
    p.b("Đọc thêm")
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {
            1: figure(p, 0, "img-full"),
            4: f'<div class="box-read-more"><b>Đọc thêm</b>{links(rel)}</div>',
            6: banner(p, "Diễn đàn Đầu tư Việt Nam 2024 - Đăng ký tham dự"),
        },
    )
    news = p.rel(2, 7)
    p.b("Tin cùng chuyên mục", "Baodautu.vn - Báo Đầu tư")
    return f"""<!DOCTYPE html><html lang="vi">{head(p)}<body>
<div class="header"><a href="/" class="logo">Baodautu.vn - Báo Đầu tư</a>
{menu(["Thời sự", "Đầu tư", "Quốc tế", "Doanh nghiệp", "Ngân hàng", "Tài chính", "Bất động sản", "Pháp luật", "Ô tô"])}
<div class="search"><input type="text" placeholder="Tìm kiếm..."></div></div>
<div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/phap-luat-d12/">{e(p.category)}</a></div>
<div class="col630">
<h1 class="title-detail">{e(p.title)}</h1>
<div class="author-share-top"><a class="author cl_green" href="/author/moc-mien/">{e(p.byline)}</a> <span class="post-time">{date}</span></div>
<div class="sapo_detail">{e(p.sapo)}</div>
<div id="content_detail_news">
{body}
</div>
<div class="tag_detail">Từ khóa: <a>BOT</a> <a>VEC</a> <a>trạm thu phí</a></div>
</div>
<div class="col300"><h3>Tin cùng chuyên mục</h3>{links(news)}</div>
<div class="footer">Cơ quan chủ quản: Bộ Kế hoạch và Đầu tư. Giấy phép số 298/GP-BTTTT cấp ngày 16/6/2021</div>
</body></html>"""


def plo(p: Page) -> str:
    date = f"{p.published:%H:%M} - {p.wd()}, {p.published:%d/%m/%Y}"
    rel = p.rel(0, 3)
    p.b("Tin liên quan", "Đọc thêm")
    body = interleave(
        p,
        lambda t: f"<p>{e(t)}</p>",
        {
            2: f'<table class="picture"><tr><td><img src="/p.jpg"></td></tr><tr><td class="caption">{e(p.cap(0)[0])}</td></tr></table>',
            4: f'<div class="article__relate"><span>Đọc thêm</span>{links(rel[:2])}</div>',
        },
    )
    more = p.rel(3, 8)
    return f"""<!DOCTYPE html><html lang="vi">{head(p)}<body>
<header class="site-header"><a href="/" class="logo">Báo Pháp Luật TP.HCM</a>
{menu(["Thời sự", "Pháp luật", "Quốc tế", "Kinh tế", "Đô thị", "Bạn đọc", "Thể thao", "Giải trí"])}
<div class="search"><input placeholder="Tìm kiếm"></div> <a>Đăng nhập</a> <a>Đăng ký</a></header>
<div class="breadcrumb"><a href="/">PLO</a> » <a href="/phap-luat/">{e(p.category)}</a></div>
<div class="article">
<div class="article__meta"><span class="time">{date}</span></div>
<h1 class="article__title">{e(p.title)}</h1>
<div class="article__sapo"><h2>{e(p.sapo)}</h2></div>
<div class="article__body">
{body}
</div>
<div class="article__author"><span class="name">{e(p.byline)}</span></div>
<div class="related"><h3>Tin liên quan</h3>{links(rel[2:])}</div>
</div>
<aside><h3>Đọc nhiều</h3>{links(more)}</aside>
<footer>Báo Pháp Luật TP.HCM - Cơ quan chủ quản: Thành ủy TP.HCM. Giấy phép số 132/GP-BTTTT ngày 12/3/2021</footer>
</body></html>"""


def quangninh(p: Page) -> str:
    date = p.published.strftime("%d/%m/%Y %H:%M")
    rel = p.rel(0, 5)
    p.b("Các tin khác")
    body = interleave(p, lambda t: f'<p align="justify">{e(t)}</p>', {2: figure(p, 0, "anh")})
    charset = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
    return f"""<!DOCTYPE html><html>{head(p, charset=charset)}<body>
<div class="header"><a href="/">Báo Quảng Ninh</a> <span class="slogan">Cơ quan của Đảng bộ tỉnh Quảng Ninh</span></div>
<div class="nav">{menu(["Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Pháp luật", "Thể thao", "Quốc tế", "Du lịch"])}
<form><input name="k" value="Nhập từ khóa"></form></div>
<div class="category"><a href="/phap-luat/">{e(p.category)}</a></div>
<div class="news-detail">
<div class="date">{date}</div>
<h1>{e(p.title)}</h1>
<div class="sapo"><b>{e(p.sapo)}</b></div>
<div class="content">
{body}
</div>
<p class="author" align="right"><b>{e(p.byline)}</b></p>
</div>
<div class="othernews"><b>Các tin khác</b>{links(rel)}</div>
<div class="footer">Báo Quảng Ninh điện tử. Giấy phép số 53/GP-BTTTT ngày 18/2/2021. Địa chỉ: Đường 25/4, TP Hạ Long</div>
</body></html>"""


def cantho(p: Page) -> str:
    date = p.published.strftime("%d/%m/%Y - %H:%M")
    rel = p.rel(0, 4)
    p.b("Các tin đã đưa", "Trang chủ", "Liên hệ quảng cáo")
    paras = "".join(
        f'<p align="justify"><font face="Arial" size="2">{e(t)}</font></p>\n' for t in p.paras[:3]
    )
    paras2 = "".join(
        f'<p align="justify"><font face="Arial" size="2">{e(t)}</font></p>\n' for t in p.paras[3:]
    )
    c0, c1 = p.cap(0), p.cap(1)
    nav = "".join(
        f'<tr><td class="menu"><a href="/?cat={i}">{x}</a></td></tr>'
        for i, x in enumerate(
            ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Pháp luật", "Quốc tế", "Thể thao"]
        )
    )
    others = "".join(
        f'<tr><td class="other">» <a href="/?id={i}">{e(t)}</a></td></tr>' for i, t in enumerate(rel)
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{e(p.outlet)} - {e(p.title)}</title></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/images/banner.gif" width="980" height="120" alt="Báo Cần Thơ"></td></tr>
<tr><td colspan="3" bgcolor="#003366"><font color="#FFFFFF" size="1">Thứ Bảy, 04/08/2018 | <a href="/lienhe">Liên hệ quảng cáo</a></font></td></tr>
<tr>
<td width="180" valign="top"><table width="100%">{nav}</table>
<table><tr><td><form action="/search.asp"><input name="kw" size="15"><input type="submit" value="Tìm"></form></td></tr></table></td>
<td width="600" valign="top">
<table width="100%" cellpadding="4"><tr><td class="path"><a href="/">Trang chủ</a> &gt;&gt; <a href="/?cat=4">{e(p.category)}</a></td></tr>
<tr><td class="title"><font size="4" color="#990000"><b>{e(p.title)}</b></font></td></tr>
<tr><td class="date"><font size="1" color="#666666">{date}</font></td></tr>
<tr><td class="sapo"><b><i>{e(p.sapo)}</i></b></td></tr>
<tr><td class="content">
{paras}<table align="center" width="90%"><tr><td><img src="/up/2018/08/oto.jpg" width="500"></td></tr><tr><td align="center"><font size="1"><i>{e(c0[0])}</i></font></td></tr></table>
<table align="center" width="90%"><tr><td><img src="/up/2018/08/oto2.jpg" width="500"></td></tr><tr><td align="center"><font size="1"><i>{e(c1[0])}</i></font></td></tr></table>
{paras2}<p align="right"><b>{e(p.byline)}</b></p>
</td></tr></table>
<table width="100%"><tr><td><b>Các tin đã đưa</b></td></tr>{others}</table>
</td>
<td width="200" valign="top"><a href="https://ads.example.vn"><img src="/qc/banner1.gif" alt="Quảng cáo"></a></td>
</tr>
<tr><td colspan="3" align="center"><font size="1">BÁO CẦN THƠ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP Cần Thơ. Giấy phép số 12/GP-BTTTT ngày 07/01/2011</font></td></tr>
</table></body></html>"""


# ----------------------------------------------------------------------------------- non-articles


def home_page(teasers: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<div class="news-item"><h3><a href="/a-{i}.html">{e(t)}</a></h3><p class="sapo">{e(s)}</p>'
        f'<span class="time">{i + 1} giờ trước</span></div>'
        for i, (t, s) in enumerate(teasers)
    )
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Hà Nội Mới - Tin tức Hà Nội, tin mới trong ngày</title>
<meta property="og:type" content="website"></head><body>
<header><a href="/" class="logo">Hà Nội Mới</a>{menu(["Chính trị", "Thủ đô", "Kinh tế", "Pháp luật", "Văn hóa", "Giáo dục", "Thế giới"])}
<input placeholder="Tìm kiếm"></header>
<main><section class="featured"><h2>Tin nổi bật</h2>{items}</section>
<section class="box-cate"><h2><a href="/phap-luat">Pháp luật</a></h2>{links([t for t, _ in teasers[:4]])}</section></main>
<footer>Báo Hà Nội Mới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội. Giấy phép số 165/GP-BTTTT ngày 29/4/2021</footer>
</body></html>"""


def page_404() -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang | Soha</title></head><body>
<div class="header"><a href="/" class="logo">Soha</a>{menu(["Thời sự", "Quốc tế", "Quân sự", "Kinh doanh", "Thể thao", "Giải trí", "Đời sống"])}</div>
<div class="error-page"><h1>404</h1><h2>Rất tiếc, trang bạn tìm kiếm không tồn tại!</h2>
<p>Đường dẫn có thể đã bị thay đổi hoặc bài viết đã bị gỡ bỏ. Vui lòng quay lại <a href="/">trang chủ</a> hoặc sử dụng ô tìm kiếm bên dưới để tìm nội dung bạn quan tâm.</p>
<form action="/tim-kiem.htm"><input name="keywords" placeholder="Nhập từ khóa"><button>Tìm kiếm</button></form></div>
<div class="footer">Cơ quan chủ quản: Công ty Cổ phần VCCorp. Giấy phép số 2411/GP-TTĐT do Sở TT&amp;TT Hà Nội cấp ngày 28/6/2019</div>
</body></html>"""


def tag_page(teasers: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<article class="article-item"><a class="thumb" href="/t-{i}.html"><img src="/t{i}.jpg" alt=""></a>'
        f'<p class="article-title"><a href="/t-{i}.html">{e(t)}</a></p><p class="article-summary">{e(s)}</p>'
        f'<p class="article-meta"><span class="friendly-time">{10 + i}:0{i % 6} {i + 1}/8/2018</span></p></article>'
        for i, (t, s) in enumerate(teasers)
    )
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trộm cắp tài sản - Tin tức mới nhất | Znews</title></head><body>
<header><a class="logo" href="/">Znews</a>{menu(["Xuất bản", "Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Sống"])}</header>
<div class="page-header"><h1 class="page-title">Trộm cắp tài sản</h1><p>Tin tức, hình ảnh, video về trộm cắp tài sản cập nhật liên tục.</p></div>
<section class="article-list listing-layout">{items}</section>
<div class="pagination"><a href="?page=2">Trang sau</a></div>
<footer>Giấy phép số 143/GP-BTTTT ngày 28/03/2022</footer></body></html>"""


# ----------------------------------------------------------------------------------- encodings


def encode_cp1258(s: str) -> bytes:
    """cp1258 has few precomposed toned letters: decompose what it lacks (base [+ mark] + tone)."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        # Try composing the base with its first (shape) mark: "ệ" -> "ê" + dot below.
        for m in marks:
            comp = unicodedata.normalize("NFC", base + m)
            try:
                comp.encode("cp1258")
            except UnicodeEncodeError:
                continue
            base, marks = comp, marks.replace(m, "", 1)
            break
        out += (base + marks).encode("cp1258")
    return bytes(out)


# ----------------------------------------------------------------------------------- the cases

LAYOUTS: dict[str, Callable[[Page], str]] = {
    "vietnamnet": vietnamnet,
    "tienphong": tienphong,
    "qdnd": qdnd,
    "nld": nld,
    "baodaklak": daklak,
    "kenh14": kenh14,
    "cafef": cafef,
    "znews_amp": znews_amp,
    "laodong": laodong,
    "cand": cand,
    "sggp": sggp,
    "baodautu": baodautu,
    "plo": plo,
    "baoquangninh": quangninh,
    "baocantho": cantho,
}


def D(y: int, mo: int, d: int, h: int, mi: int) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi)


def cases() -> list[tuple[Page, int, list[tuple[str, str]]]]:
    """(page, number of trailing byline lines to drop from the corpus body, captions)."""
    return [
        (
            Page(
                "vietnamnet",
                21,
                "VietNamNet",
                D(2018, 7, 26, 6, 30),
                ["H.M"],
                "Pháp luật",
                "H.M (tổng hợp)",
                note="date format 'Thứ năm, 26/7/2018, 06:30 (GMT+7)'; byline from corpus",
            ),
            1,
            [("Bệnh viện Thanh Nhàn, nơi hai chị em được đưa tới kiểm tra.", "Ảnh: Phạm Hải")],
        ),
        (
            Page(
                "tienphong",
                33,
                "Tiền Phong",
                D(2018, 8, 11, 14, 5),
                ["Hoàng Phúc", "Quang Dũng"],
                "Pháp luật",
                "Hoàng Phúc - Quang Dũng",
                note="date '11/08/2018 14:05'; two invented authors at the bottom",
            ),
            0,
            [("2 đối tượng Trần Ngọc Vĩnh (trái) và Trần Ngọc Hải.", "Ảnh: Công an cung cấp")],
        ),
        (
            Page(
                "qdnd",
                69,
                "Quân đội nhân dân",
                D(2018, 6, 16, 9, 12),
                ["Văn Thành"],
                "Pháp luật",
                "VĂN THÀNH",
                note="date '09:12 ngày 16/06/2018'; invented author; 'QĐND Online - ' prefix in sapo box",
            ),
            0,
            [("Đối tượng Dềnh Song Chò.", "Ảnh: Công an Nghệ An")],
        ),
        (
            Page(
                "nld",
                137,
                "Người Lao Động",
                D(2019, 7, 15, 18, 30),
                ["H.M"],
                "Pháp luật",
                "H.M (tổng hợp)",
                note="date '15-07-2019 - 06:30 PM' (12-hour clock); author on top",
            ),
            1,
            [("Trạm thu phí BOT An Sương trên Quốc lộ 1A, nơi xảy ra vụ việc.", "Ảnh: Tư liệu")],
        ),
        (
            Page(
                "baodaklak",
                160,
                "Báo Đắk Lắk",
                D(2018, 6, 30, 9, 40),
                ["Mộc Miên"],
                "Xã hội",
                "Mộc Miên (Tổng hợp)",
                note="date 'Cập nhật: 09:40 30/06/2018'; UTF-8 bytes but the page declares charset=iso-8859-1",
            ),
            1,
            [("Đối tượng Phan Đình Thành tại cơ quan công an.", "")],
        ),
        (
            Page(
                "kenh14",
                16,
                "Kênh14",
                D(2019, 1, 27, 11, 15),
                ["Ngọc Anh"],
                "Xã hội",
                "Ngọc Anh",
                note="date only in JSON-LD; invented author; 'Theo Trí Thức Trẻ' source credit",
            ),
            0,
            [("Hiện trường phát hiện vụ việc.", ""), ("Hai tay của nam thanh niên bị trói.", "")],
        ),
        (
            Page(
                "cafef",
                106,
                "CafeF",
                D(2018, 8, 3, 15, 20),
                ["Thanh Lâm"],
                "Doanh nghiệp",
                "Thanh Lâm",
                note="date only in <meta property=article:published_time>; author = the corpus photo credit",
            ),
            0,
            [("Hiện trường vụ sập tường khiến 7 người chết.", "(Ảnh: Thanh Lâm).")],
        ),
        (
            Page(
                "znews_amp",
                49,
                "Znews",
                D(2018, 6, 15, 10, 12),
                ["Bá Di"],
                "Pháp luật",
                "Bá Di",
                note="AMP page; date '10:12 15/6/2018'",
            ),
            1,
            [
                ("Các đối tượng tại cơ quan điều tra", "(ảnh: Lao động thủ đô)."),
                ("Số cáp các đối tượng đã cắt trộm", "(ảnh: Zing.vn)."),
            ],
        ),
        (
            Page(
                "laodong",
                12,
                "Lao Động",
                D(2018, 8, 20, 15, 30),
                ["Lê Phương"],
                "Pháp luật",
                "LÊ PHƯƠNG",
                note="date 'Thứ hai, 20/08/2018 15:30'; invented author at the bottom; a 'today' date in the top bar",
            ),
            0,
            [("Đối tượng Tráng (ảnh nhỏ) đã khai nhận về hành vi giết 2 vợ chồng ở Hưng Yên.", "Ảnh: CAND")],
        ),
        (
            Page(
                "cand",
                94,
                "Công an nhân dân",
                D(2019, 1, 2, 8, 52),
                [],
                "An ninh trật tự",
                "",
                note="sapo only as <p class='article__sapo lead'><b> inside the body div; no author; "
                "date 'Thứ tư, 02/01/2019, 08:52'",
            ),
            0,
            [("Tang vật ma túy thu giữ được.", "Ảnh: CLB PCTP phường Phú Hòa")],
        ),
        (
            Page(
                "sggp",
                62,
                "Sài Gòn Giải Phóng",
                D(2018, 8, 23, 7, 15),
                ["Thu Hà"],
                "Pháp luật",
                "THU HÀ",
                note="date 'Thứ Năm, 23/8/2018 07:15'; invented author in capitals",
            ),
            0,
            [
                (
                    "Thiết bị định vị ghi lại hành trình chiếc xe máy của ông Sơn bị trộm cắp.",
                    "Ảnh: Viettel Hải Phòng",
                )
            ],
        ),
        (
            Page(
                "baodautu",
                3,
                "Báo Đầu tư",
                D(2019, 2, 12, 10, 25),
                ["Mộc Miên"],
                "Pháp luật",
                "Mộc Miên",
                headings={2: "Không có điều luật nào cấm vĩnh viễn", 7: "Diễn biến vụ gây rối tại trạm"},
                note="two invented subheadings (h2/h3) inside the body, kept in the gold paragraphs; "
                "date 'Thứ ba, 12/2/2019, 10:25'",
            ),
            1,
            [
                (
                    "Trạm thu phí Long Phước trên cao tốc TP. HCM - Long Thành - Dầu Giây.",
                    "Ảnh Đào Ngọc Thạch / Thanh Niên.",
                )
            ],
        ),
        (
            Page(
                "plo",
                10,
                "Pháp Luật TP.HCM",
                D(2018, 6, 22, 14, 20),
                ["Mộc Miên"],
                "Pháp luật",
                "Mộc Miên (Tổng hợp)",
                note="date '14:20 - Thứ sáu, 22/06/2018'; caption in a table",
            ),
            1,
            [("Tú cùng chiếc máy ủi tang vật.", "")],
        ),
        (
            Page(
                "baoquangninh",
                116,
                "Báo Quảng Ninh",
                D(2018, 8, 7, 16, 10),
                ["Hải Đăng"],
                "Pháp luật",
                "Hải Đăng",
                encoding="cp1258",
                note="windows-1258 bytes (decomposed tones), declared by http-equiv; date '07/08/2018 16:10'",
            ),
            0,
            [('Nhóm trộm " nhí " cùng tang vật tại cơ quan công an.', "Ảnh: Công an huyện Hoành Bồ")],
        ),
        (
            Page(
                "baocantho",
                30,
                "Báo Cần Thơ",
                D(2018, 8, 4, 17, 5),
                [],
                "Pháp luật",
                "Theo Dân Trí",
                encoding="cp1258",
                note="old table layout, windows-1258; byline only 'Theo Dân Trí' (agency, no author); "
                "the top bar shows today's date; date '04/08/2018 - 17:05'",
            ),
            1,
            [
                ("Chiếc xe bị thiêu rụi chỉ còn trơ khung (ảnh CTV).", ""),
                (
                    "Thời điểm xảy ra vụ việc có 2 chiếc xe ô tô đỗ tại hiện trường nhưng chỉ có một chiếc bị đốt (ảnh CTV)",
                    "",
                ),
            ],
        ),
    ]


USED = {3, 10, 12, 16, 21, 30, 33, 49, 62, 69, 94, 106, 116, 137, 160}
# Rows kept out of the related boxes because Part B (enrichment held-out) may use them.
RESERVED = {25, 53, 56, 66, 84, 93, 105, 111, 120, 128, 129, 133, 147, 155, 172, 175}


def build() -> None:
    root = settings.shared_data()
    if root is None:
        raise SystemExit("shared data not found")
    rows = [
        json.loads(x) for x in (root / "vietnews" / "vietnews_test_sample300.jsonl").open(encoding="utf-8")
    ]
    pool = [r["title"].strip() for i, r in enumerate(rows) if i not in USED | RESERVED and i > 180]
    OUT.mkdir(parents=True, exist_ok=True)
    for n, (p, drop, caps) in enumerate(cases()):
        load(p, rows, drop, caps)
        p.related = pool[n * 9 : n * 9 + 9]
        if p.byline:
            p.b(p.byline)
        html_text = LAYOUTS[p.slug](p)
        header = (
            f"<!-- diembao held-out fixture. Layout: OURS, imitating {p.outlet}; not a copy of its pages. "
            f"Text: VietNews test article {rows[p.idx]['id']} (vietnews_test_sample300.jsonl, detokenised "
            f"title/abstract/body). Date, chrome and invented bylines are ours. {p.note} -->\n"
        )
        doc = (
            html_text.replace("<html", header + "<html", 1)
            if not html_text.startswith("<!")
            else (html_text.split(">", 1)[0] + ">\n" + header + html_text.split(">", 1)[1])
        )
        data = encode_cp1258(doc) if p.encoding == "cp1258" else doc.encode("utf-8")
        (OUT / f"{p.slug}.html").write_bytes(data)
        body_key = search_key(" ".join(p.paras + [p.headings[k] for k in p.headings]))
        bp = sorted({b for b in p.bp if len(b) >= 10 and search_key(b) not in body_key})
        paras = []
        for i, t in enumerate(p.paras):
            if i in p.headings:
                paras.append(p.headings[i])
            paras.append(t)
        gold = {
            "_source": f"vietnews {rows[p.idx]['id']}; layout ours (imitating {p.outlet}); {p.note}",
            "file": f"{p.slug}.html",
            "encoding": p.encoding,
            "outlet": p.outlet,
            "title": p.title,
            "sapo": p.sapo,
            "paragraphs": paras,
            "headings": [p.headings[k] for k in sorted(p.headings)],
            "authors": p.authors,
            "published": iso(p),
            "category": p.category,
            "boilerplate": bp,
        }
        (OUT / f"{p.slug}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    teasers = [(r["title"].strip(), r["abstract"].strip()) for i, r in enumerate(rows) if 200 <= i < 212]
    hdr = "<!-- diembao held-out fixture: non-article page, layout ours; teaser texts from VietNews test titles/abstracts. -->\n"
    for slug, doc in (
        ("home_hanoimoi", home_page(teasers[:8])),
        ("notfound_soha", page_404()),
        ("tag_znews", tag_page(teasers[6:12])),
    ):
        (OUT / f"{slug}.html").write_text(doc.replace("<html", hdr + "<html", 1), encoding="utf-8")
        (OUT / f"{slug}.json").write_text(
            json.dumps({"file": f"{slug}.html", "no_article": True}, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    build()
