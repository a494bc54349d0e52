"""Rebuild the golden extraction pages tests/data/extract/<case>.html and their expected <case>.json.

The page layouts below are OURS: imitations of how Vietnamese outlets lay out an article page
(title, sapo, body, captions, bylines, related-news boxes, comments, footers), written from
general knowledge of those sites, not copies of their pages. The article texts are real: the
VietNews test sample (research corpus, licence not stated; used as test data only) and the VNTC
sample (MIT). The expected JSON is what the template put on the page, not what the extractor
returns, so a test fails when the extractor's output drifts from it. Run on purpose only:

    .venv/bin/python scripts/regen_golden_extract.py
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "extract"
sys.path.insert(0, str(ROOT / "src"))

from diembao import settings  # noqa: E402
from diembao.model import Article, Caption, Paragraph  # noqa: E402

E = html.escape
AUTHORS = [
    "Trung Hiếu",
    "Lê Phương",
    "Minh Anh",
    "Ngọc Hà",
    "Thanh Tùng",
    "Hoàng Nam",
    "Phương Thảo",
    "Quốc Dũng",
    "Bảo Ngọc",
    "Văn Long",
    "Thu Hằng",
    "Đức Anh",
    "Mai Lan",
    "Hải Đăng",
]
COMMENTS = [
    "Bài viết phản ánh đúng thực tế ở địa phương tôi, mong các cơ quan chức năng sớm có giải pháp xử lý dứt điểm tình trạng này để người dân yên tâm sinh sống và làm ăn.",
    "Cảm ơn tòa soạn đã đưa tin kịp thời. Tôi đề nghị cần kiểm tra thêm trách nhiệm của những đơn vị liên quan.",
    "Đọc xong thấy rất buồn, hy vọng mọi việc sớm được giải quyết ổn thỏa.",
]
FOOTER = (
    "Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/08/2021. Tổng biên tập: Nguyễn Văn X. "
    "Địa chỉ: Số 1 đường Y, Hà Nội. Điện thoại: 024 1234 5678. Email: toasoan@example.vn. "
    "© Bản quyền thuộc về tòa soạn. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."
)
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


@dataclass
class Case:
    name: str
    title: str
    sapo: str | None
    paras: list[str]
    captions: list[tuple[str, str | None]]
    authors: list[str]
    published: str  # ISO with offset
    category: str | None
    tags: list[str]
    url: str | None
    outlet: str | None
    related: list[str]
    agency: str | None = None
    origin: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def d(self) -> tuple[int, int, int, int, int]:
        p = self.published
        return int(p[:4]), int(p[5:7]), int(p[8:10]), int(p[11:13]), int(p[14:16])

    def weekday(self) -> str:
        import datetime

        y, m, dd, _, _ = self.d
        return WEEKDAYS[datetime.date(y, m, dd).weekday()]

    def article(self) -> Article:
        # the truth is what a reader sees: HTML collapses runs of spaces
        self.title, self.sapo = _ws(self.title), _ws(self.sapo) if self.sapo else None
        self.paras = [_ws(p) for p in self.paras]
        self.captions = [(_ws(t), c) for t, c in self.captions]
        self.tags = [_ws(t) for t in self.tags if _ws(t)]
        paras = [Paragraph(p) for p in self.paras]
        return Article(
            url=self.url,
            outlet=self.outlet,
            title=self.title,
            sapo=self.sapo,
            paragraphs=paras,
            captions=[Caption(t, c) for t, c in self.captions],
            authors=self.authors,
            agency=self.agency,
            published=self.published,
            category=self.category,
            tags=self.tags,
            language="vi",
            text=Article.body_text(paras),
            dateline=None,
            source=None,
        )


def _ws(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split()))


# Leftovers of the crawled source pages inside the corpora's texts (not article text).
_LEFTOVER = re.compile(r"^(Xem tiếp|Xem thêm|Tin liên quan|Đọc thêm)\W*$|\(\d{1,2}/\d{1,2}/\d{4}\)\s*$")


def _paras(body: str) -> list[str]:
    sents = [s.strip() for s in body.split("\n") if s.strip() and not _LEFTOVER.search(s.strip())]
    out: list[str] = []
    for i in range(0, len(sents), 2):
        out.append(" ".join(sents[i : i + 2]))
    return out[:9]


def _load() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    shared = settings.shared_data()
    if shared is None:
        raise SystemExit("shared corpora not found (set DIEMBAO_SHARED_DATA)")
    vn = [
        json.loads(x) for x in (shared / "vietnews" / "vietnews_test_sample300.jsonl").open(encoding="utf-8")
    ]
    vt = [json.loads(x) for x in (shared / "vntc" / "vntc_10topics_sample.jsonl").open(encoding="utf-8")]
    return vn, vt


def _caption_from(title: str) -> str:
    words = title.split()
    return " ".join(words[: min(len(words), 9)]).rstrip(",:;") + "."


def _with_images(paras: list[str], figs: list[str]) -> list[str]:
    """Body HTML chunks: paragraphs with figures inserted after the 2nd and 5th paragraph."""
    out = list(paras)
    for n, f in enumerate(figs):
        pos = min(len(out), 2 + 3 * n + n)
        out.insert(pos, f)
    return out


def _related(titles: list[str], href: str = "/tin/") -> str:
    return "".join(f'<li><a href="{href}{i}.html">{E(t)}</a></li>' for i, t in enumerate(titles))


def _comments_html(cls: str = "comment-item") -> str:
    return "".join(
        f'<div class="{cls}"><span class="user">Bạn đọc {i + 1}</span><p>{E(c)}</p></div>'
        for i, c in enumerate(COMMENTS)
    )


def _head(c: Case, extra: str = "", og: bool = True, charset: str = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    ogs = ""
    if og:
        ogs = (
            f'<meta property="og:title" content="{E(c.title)}"><meta property="og:url" content="{c.url}">'
            f'<meta property="og:type" content="article">'
            + (f'<meta property="og:description" content="{E(c.sapo)}">' if c.sapo else "")
        )
    return (
        f"<head>{meta}<title>{E(c.title)} - {E(c.outlet or '')}</title>{ogs}"
        f'<link rel="stylesheet" href="/s.css"><script>var dataLayer=[{{"a":"<p>không phải bài</p>"}}];</script>'
        f"{extra}</head>"
    )


def _menu() -> str:
    items = [
        "Trang chủ",
        "Thời sự",
        "Thế giới",
        "Kinh doanh",
        "Giải trí",
        "Thể thao",
        "Pháp luật",
        "Giáo dục",
        "Sức khỏe",
    ]
    return "<ul>" + "".join(f'<li><a href="/{i}">{E(x)}</a></li>' for i, x in enumerate(items)) + "</ul>"


def _credit_paren(credit: str | None) -> str:
    return f" (Ảnh: {credit})" if credit else ""


# ---------------------------------------------------------------------------------------- templates


def t_vnexpress(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<figure class="tplCaption" data-size="true"><div class="fig-picture"><picture><img src="/i{n}.jpg" alt="{E(t)}"></picture></div>'
        f'<figcaption itemprop="description"><p class="Image">{E(t)}{" Ảnh: " + E(cr) if cr else ""}</p></figcaption></figure>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    body = _with_images([f'<p class="Normal">{E(p)}</p>' for p in c.paras], figs)
    kw = ", ".join(c.tags)
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a VnExpress-like article page); text: "
        + c.origin
        + " -->"
        '<html lang="vi">'
        + _head(
            c,
            f"<meta property=og:site_name content=vnexpress.net><meta name=pubdate content={c.published}><meta name=keywords content='{E(kw)}'><meta name=author content=VnExpress>",
        )
        + ""
        f'<body><header class="header"><a class="logo" href="/">VnExpress</a><nav class="main-nav">{_menu()}</nav></header>'
        f'<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">'
        f'<div class="header-content width_common"><ul class="breadcrumb" data-campaign="Header"><li><a href="/thoi-su">{E(c.category or "")}</a></li>'
        f'<li><a href="/thoi-su/chinh-tri">Chính trị</a></li></ul>'
        f'<span class="date">{c.weekday()}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)</span></div>'
        f'<h1 class="title-detail">{E(c.title)} </h1><p class="description">{E(c.sapo or "")}</p>'
        f'<article class="fck_detail ">{"".join(body)}'
        f'<p class="Normal" style="text-align:right;"><strong>{E(c.authors[0])}</strong></p></article>'
        f'<div class="footer-content"><div class="box-tinlienquanv2"><h3 class="title-box">Tin liên quan</h3><ul>{_related(c.related)}</ul></div>'
        f'<div class="tags"><h4 class="item-tag"><a href="/tag/1">{E(c.tags[0])}</a></h4></div></div>'
        f'<div class="box_comment_vne width_common" id="box_comment_vne"><h3>Ý kiến ({len(COMMENTS)})</h3>{_comments_html()}</div>'
        f'</div><div class="sidebar-2"><div class="box-most-viewed"><h3>Xem nhiều</h3><ul>{_related(c.related[::-1])}</ul></div></div></div></section>'
        f'<footer id="footer"><p>{E(FOOTER)}</p></footer></body></html>'
    )


def t_tuoitre(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="/p{n}.jpg"></div>'
        f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{E(t)}{" - Ảnh: " + E(cr) if cr else ""}</p></figcaption></figure>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    rel = (
        '<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="kbwscwl-relatedbox type-1">'
        f'<strong class="kbwscwl-relatedbox-title">Tin liên quan</strong><ul class="kbwscwlrl-list">{_related(c.related[:2])}</ul></div></div>'
    )
    chunks = _with_images([f"<p>{E(p)}</p>" for p in c.paras], figs)
    chunks.insert(len(chunks) // 2, rel)
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a Tuổi Trẻ-like article page); text: "
        + c.origin
        + " -->"
        f'<html lang="vi-VN">{_head(c)}<body><div class="header__nav">{_menu()}</div>'
        f'<div class="detail-cate"><a href="/thoi-su.htm" title="{E(c.category or "")}">{E(c.category or "")}</a></div>'
        f'<div class="detail__cmain"><h1 class="detail-title article-title" data-role="title">{E(c.title)}</h1>'
        f'<div class="detail-top"><div class="author-info"><a class="name" href="/tac-gia/1.htm" title="{E(c.authors[0])}">{E(" - ".join(c.authors))}</a></div>'
        f'<div class="detail-time"><div data-role="publishdate">{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} GMT+7</div></div></div>'
        f'<h2 class="detail-sapo" data-role="sapo">TTO - {E(c.sapo or "")}</h2>'
        f'<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">{"".join(chunks)}</div>'
        f'<div class="detail-tab"><ul class="tags-container">{"".join(f"<li><a href=/tag/{i}>{E(t)}</a></li>" for i, t in enumerate(c.tags))}</ul></div>'
        f'</div></div><div class="box-comment"><div class="title-comment">Bình luận ({len(COMMENTS)})</div>{_comments_html("lstcommentpopup")}</div>'
        f'<div class="box-category"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{_related(c.related)}</ul></div>'
        f'<div class="footer__info"><p>{E(FOOTER)}</p></div></body></html>'
    )


def t_thanhnien(c: Case) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": c.title,
        "datePublished": c.published,
        "author": [{"@type": "Person", "name": a} for a in c.authors],
        "publisher": {"@type": "Organization", "name": "Báo Thanh Niên"},
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://thanhnien.vn"},
            {"@type": "ListItem", "position": 2, "name": c.category, "item": "https://thanhnien.vn/x.htm"},
        ],
    }
    figs = [
        f'<figure class="image"><img src="/t{n}.jpg"><figcaption><p>{E(t)}</p>'
        f"{f'<p class=credit-text>Ảnh: {E(cr)}</p>' if cr else ''}</figcaption></figure>"
        for n, (t, cr) in enumerate(c.captions)
    ]
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a Thanh Niên-like article page); text: "
        + c.origin
        + " -->"
        f'<html lang="vi">{_head(c, "<script type=application/ld+json>" + json.dumps(ld, ensure_ascii=False) + "</script><script type=application/ld+json>" + json.dumps(crumbs, ensure_ascii=False) + "</script>", og=True)}'
        f'<body><div class="site-header">{_menu()}</div><main><div class="detail-container">'
        f'<h1 class="detail-title"><span data-role="title">{E(c.title)}</span></h1>'
        f'<div class="detail-info"><div class="detail-author"><a class="name" rel="author">{E(c.authors[0])}</a></div></div>'
        f'<h2 class="detail-sapo" data-role="sapo">{E(c.sapo or "")}</h2>'
        f'<div class="detail-cmain"><div class="detail-content afcbc-body">{"".join(_with_images([f"<p>{E(p)}</p>" for p in c.paras], figs))}</div></div>'
        f'<div class="detail-readmore"><div class="box-heading"><span>Xem thêm</span></div><ul>{_related(c.related[:3])}</ul></div>'
        f'<div class="detail-comment" id="comment"><div class="box-heading">Bình luận</div>{_comments_html("item-comment")}</div>'
        f'</div></main><div class="site-footer"><p>{E(FOOTER)}</p></div></body></html>'
    )


def t_dantri(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<figure class="image align-center"><img src="/d{n}.jpg" alt=""><figcaption><p>{E(t)}{_credit_paren(cr)}</p></figcaption></figure>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    body = _with_images([f"<p>{E(p)}</p>" for p in c.paras], figs)
    body.append(f'<p><strong>Xem thêm:</strong> <a href="/x.htm">{E(c.related[0])}</a></p>')
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a Dân trí-like article page); text: "
        + c.origin
        + " -->"
        '<html lang="vi">'
        + _head(
            c,
            f"<meta property=og:site_name content='Báo Dân trí'><meta property=article:published_time content={c.published}>",
        )
        + ""
        f'<body><div class="menu-wrap">{_menu()}</div><article class="singular-container">'
        f'<ul class="dt-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi.htm">{E(c.category or "")}</a></li></ul>'
        f'<h1 class="title-page detail">{E(c.title)}</h1>'
        f'<div class="author-wrap"><div class="author-name"><a href="/tac-gia.htm"><b>{E(c.authors[0])}</b></a></div>'
        f'<time class="author-time" datetime="{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}">{c.weekday()}, {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}</time></div>'
        f'<h2 class="singular-sapo">(Dân trí) - {E(c.sapo or "")}</h2>'
        f'<div class="singular-content">{"".join(body)}</div>'
        f'<div class="tags-wrap"><span>Từ khóa:</span>{"".join(f"<a href=/tag/{i}>{E(t)}</a>" for i, t in enumerate(c.tags))}</div>'
        f'</article><div class="article-related"><h3 class="title">Tin liên quan</h3><ul>{_related(c.related)}</ul></div>'
        f'<section class="comment-wrap"><h3>Bình luận</h3>{_comments_html()}</section>'
        f'<div class="dt-footer"><p>{E(FOOTER)}</p></div></body></html>'
    )


def t_vietnamplus(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="/v{n}.jpg"></td></tr>'
        f'<tr><td class="caption">{E(t)}{_credit_paren(cr)}</td></tr></tbody></table>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a VietnamPlus/TTXVN-like article page); text: "
        + c.origin
        + " -->"
        '<html lang="vi">'
        + _head(
            c,
            f"<meta property=og:site_name content=VietnamPlus><meta property=article:published_time content={c.published}><meta property=article:section content='{E(c.category or '')}'>",
        )
        + ""
        f'<body><div class="header">{_menu()}</div><div class="main-col content-col"><div class="article">'
        f'<h1 class="details__headline cms-title">{E(c.title)}</h1>'
        f'<div class="details__meta"><time class="time">{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}</time></div>'
        f'<div class="details__summary cms-desc">{E(c.sapo or "")}</div>'
        f'<div class="article__body cms-body">{"".join(_with_images([f"<p>{E(p)}</p>" for p in c.paras], figs))}</div>'
        f'<div class="details__author"><span class="name">{E(c.authors[0])} (TTXVN/Vietnam+)</span></div>'
        f'<div class="article__tag">{"".join(f"<a href=/tag/{i}>#{E(t)}</a>" for i, t in enumerate(c.tags))}</div>'
        f'</div><section class="box-related"><h2 class="box-heading">Tin cùng chuyên mục</h2>{_related(c.related)}</section></div>'
        f'<div class="footer"><p>{E(FOOTER)}</p></div></body></html>'
    )


def t_nhandan(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<figure class="picture"><img src="/n{n}.jpg"><figcaption class="caption"><em>{E(t)}{_credit_paren(cr)}</em></figcaption></figure>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    chunks = _with_images([f"<p>{E(p)}</p>" for p in c.paras], figs)
    chunks.insert(
        3,
        f'<div class="article__related"><div class="box-title">Tin liên quan</div><ul>{_related(c.related[:2])}</ul></div>',
    )
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a Nhân Dân-like article page); text: "
        + c.origin
        + " -->"
        '<html lang="vi">'
        + _head(
            c,
            f"<meta property=og:site_name content='Báo Nhân Dân điện tử'><meta name=keywords content='{E(', '.join(c.tags))}'>",
        )
        + ""
        f'<body><div class="main-menu">{_menu()}</div><div class="article-wrapper">'
        f'<div class="breadcrumbs"><a href="/">Trang nhất</a> › <a href="/xay-dung-dang">{E(c.category or "")}</a></div>'
        f'<h1 class="article__title cms-title">{E(c.title)}</h1>'
        f'<div class="article__meta"><time class="time">{c.weekday().replace("Thứ t", "Thứ T")}, {d:02d}-{m:02d}-{y}, {hh:02d}:{mm:02d}</time></div>'
        f'<div class="article__sapo cms-desc">{E(c.sapo or "")}</div>'
        f'<div class="article__body cms-body">{"".join(chunks)}'
        f'<p style="text-align: right"><strong>{E(c.authors[0])}</strong></p></div>'
        f'<div class="box-share"><a>Chia sẻ</a><a>Facebook</a><a>Zalo</a></div></div>'
        f'<div class="box-sidebar"><div class="box-title">Đọc nhiều</div><ul>{_related(c.related)}</ul></div>'
        f'<div class="footer"><p>{E(FOOTER)}</p></div></body></html>'
    )


def t_chinhphu(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<div class="VCSortableInPreviewMode" type="Photo"><div><img src="/c{n}.jpg"></div>'
        f'<div class="PhotoCMS_Caption"><p>{E(t)}{" - Ảnh: " + E(cr) if cr else ""}</p></div></div>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a Báo Chính phủ-like article page); text: "
        + c.origin
        + " -->"
        f'<html lang="vi">{_head(c, "<meta property=og:site_name content=baochinhphu.vn>")}'
        f'<body><div class="header-menu">{_menu()}</div><div class="detail-container">'
        f'<div class="detail-breadcrumb"><a href="/chinh-sach.htm">{E(c.category or "")}</a></div>'
        f'<h1 class="detail-title" data-role="title">{E(c.title)}</h1>'
        f'<div class="detail-time">{hh:02d}:{mm:02d} ngày {d:02d}/{m:02d}/{y}</div>'
        f'<h2 class="detail-sapo" data-role="sapo">(Chinhphu.vn) - {E(c.sapo or "")}</h2>'
        f'<div class="detail-content afcbc-body">{"".join(_with_images([f"<p>{E(p)}</p>" for p in c.paras], figs))}</div>'
        f'<div class="detail-author">{E(c.authors[0])}</div>'
        f'<div class="box-stream"><div class="box-title">Xem thêm</div>{_related(c.related)}</div></div>'
        f'<div class="footer"><p>{E(FOOTER)}</p></div></body></html>'
    )


def t_vov(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<div class="article__image"><img src="/o{n}.jpg"><p class="image-caption">{E(t)}{_credit_paren(cr)}</p></div>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a VOV-like article page); text: " + c.origin + " -->"
        '<html lang="vi">' + _head(c, "<meta property=og:site_name content='VOV.VN'>", og=False) + ""
        f'<body><div class="navbar">{_menu()}</div><div class="layout-content"><div class="article-detail">'
        f'<div class="breadcrumb"><a href="/">Trang chủ</a><a href="/xa-hoi">{E(c.category or "")}</a></div>'
        f'<h1 class="article-title">{E(c.title)}</h1><div class="article-date">{c.weekday()}, {hh:02d}:{mm:02d}, {d:02d}/{m:02d}/{y}</div>'
        f'<div class="article-summary">VOV.VN - {E(c.sapo or "")}</div>'
        f'<div class="article-content text-long">{"".join(_with_images([f"<p>{E(p)}</p>" for p in c.paras], figs))}'
        f'<p style="text-align:right"><strong>{E(c.authors[0])}/VOV</strong></p></div>'
        f'<div class="article-tags">{"".join(f"<a href=/tag/{i}>{E(t)}</a>" for i, t in enumerate(c.tags))}</div>'
        f'<div class="related-news"><h3>Tin liên quan</h3>{_related(c.related)}</div>'
        f'</div></div><div class="site-footer"><p>Cơ quan chủ quản: Đài Tiếng nói Việt Nam. {E(FOOTER)}</p></div></body></html>'
    )


def t_province_table(c: Case, charset: str = "utf-8") -> str:
    y, m, d, hh, mm = c.d
    pics = "".join(
        f'<table align="center" width="400"><tr><td><img src="/anh/{n}.jpg" width="400"></td></tr>'
        f'<tr><td align="center"><i>{E(t)}{_credit_paren(cr)}</i></td></tr></table>'
        for n, (t, cr) in enumerate(c.captions)
    )
    paras = (
        "<br><br>".join(E(p) for p in c.paras[:2])
        + "<br>"
        + pics
        + "<br>"
        + "<br><br>".join(E(p) for p in c.paras[2:])
    )
    return (
        "<!-- Layout is OURS (imitating an old provincial-paper table layout); text: " + c.origin + " -->"
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{E(c.title)} - {E(c.outlet)}</title></head>'
        '<body bgcolor="#ffffff"><table width="980" border="0" cellpadding="0" cellspacing="0">'
        f'<tr><td colspan="3"><img src="/banner.gif"></td></tr><tr><td width="180" valign="top" class="leftmenu">{_menu()}</td>'
        '<td width="600" valign="top">'
        f'<a class="cate" href="/chuyenmuc/3">{E(c.category or "")}</a><br>'
        f'<font class="title" size="4"><b>{E(c.title)}</b></font><br>'
        f'<font class="date" color="#888">Cập nhật lúc {hh:02d}:{mm:02d}, {c.weekday()}, {d:02d}/{m:02d}/{y}</font><br><br>'
        f'<font face="Arial"><b>{E(c.sapo or "")}</b><br><br>{paras}</font><br>'
        f'<p align="right"><b>{E(" - ".join(c.authors))}</b></p>'
        f"<b>Các tin khác:</b><br>{'<br>'.join(f'<a href=/tin/{i}.htm>{E(t)}</a> ({d:02d}/{m:02d}/{y})' for i, t in enumerate(c.related))}"
        '</td><td width="200" valign="top"><b>TIN MỚI</b><br>'
        + "<br>".join(f"<a href=/m/{i}.htm>{E(t)}</a>" for i, t in enumerate(c.related[::-1]))
        + f'</td></tr><tr><td colspan="3" align="center"><font size="1">{E(FOOTER)}</font></td></tr></table></body></html>'
    )


def t_wordpress(c: Case) -> str:
    figs = [
        f'<div class="wp-caption aligncenter" style="width: 610px"><img class="size-full" src="/wp-content/uploads/{n}.jpg">'
        f'<p class="wp-caption-text">{E(t)}{_credit_paren(cr)}</p></div>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    body = [
        f"<p><strong>{E(c.sapo or '')}</strong></p>",
        *_with_images([f"<p>{E(p)}</p>" for p in c.paras], figs),
    ]
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a WordPress news site); text: " + c.origin + " -->"
        '<html lang="vi">'
        + _head(
            c,
            f"<meta property=og:site_name content='{E(c.outlet)}'><meta property=article:published_time content={c.published}>"
            + "".join(f"<meta property=article:tag content='{E(t)}'>" for t in c.tags),
        )
        + ""
        f'<body class="single single-post"><div id="page"><header id="masthead" class="site-header"><div class="site-title">{E(c.outlet)}</div>'
        f'<nav id="site-navigation" class="main-navigation">{_menu()}</nav></header>'
        f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-123" class="post-123 post type-post status-publish"><header class="entry-header">'
        f'<span class="cat-links"><a href="/category/x" rel="category tag">{E(c.category or "")}</a></span>'
        f'<h1 class="entry-title">{E(c.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{c.published}">{c.published[:10]}</time></span>'
        f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/x">{E(c.authors[0])}</a></span></span></div></header>'
        f'<div class="entry-content">{"".join(body)}'
        f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a>Facebook</a></li><li><a>Twitter</a></li></ul></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>{_related(c.related)}</div></div>'
        f'<footer class="entry-footer"><span class="tags-links">{"".join(f"<a rel=tag href=/tag/{i}>{E(t)}</a>" for i, t in enumerate(c.tags))}</span></footer></article>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">3 bình luận</h2><ol class="comment-list">{_comments_html("comment-content")}</ol></div>'
        f'</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Bài viết mới</h2>{_related(c.related)}</section></aside></div>'
        f'<footer id="colophon" class="site-footer"><div class="site-info">{E(FOOTER)}</div></footer></div></body></html>'
    )


def t_amp(c: Case) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": c.title,
        "datePublished": c.published,
        "author": {"@type": "Person", "name": c.authors[0]},
        "publisher": {"@type": "Organization", "name": c.outlet},
        "articleSection": c.category,
        "keywords": c.tags,
    }
    figs = [
        f'<figure><amp-img src="/a{n}.jpg" width="600" height="400" layout="responsive"></amp-img>'
        f"<figcaption>{E(t)}{_credit_paren(cr)}</figcaption></figure>"
        for n, (t, cr) in enumerate(c.captions)
    ]
    return (
        "<!doctype html><!-- Layout is OURS (imitating an AMP article page); text: " + c.origin + " -->"
        f'<html amp lang="vi"><head><meta charset="utf-8"><title>{E(c.title)}</title><link rel="canonical" href="{c.url}">'
        '<meta name="viewport" content="width=device-width"><style amp-custom>body{font-family:Arial}</style>'
        f'<script async src="https://cdn.ampproject.org/v0.js"></script><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
        f'<body><amp-sidebar id="sidebar" layout="nodisplay">{_menu()}</amp-sidebar><div class="amp-header"><a href="/">Trang chủ</a></div>'
        f'<article class="amp-article"><h1 class="amp-title">{E(c.title)}</h1>'
        f'<div class="amp-meta"><span class="amp-author">{E(c.authors[0])}</span></div>'
        f'<p class="amp-sapo">{E(c.sapo or "")}</p><div class="amp-body">{"".join(_with_images([f"<p>{E(p)}</p>" for p in c.paras], figs))}</div>'
        f'<amp-social-share type="facebook"></amp-social-share></article>'
        f'<div class="amp-related"><h3>Tin liên quan</h3>{"".join(f"<div class=item><amp-img src=/r{i}.jpg width=100 height=60></amp-img><a href=/r{i}>{E(t)}</a></div>" for i, t in enumerate(c.related))}</div>'
        f'<div class="amp-footer">{E(FOOTER)}</div></body></html>'
    )


def t_jsonld_only(c: Case) -> str:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": c.url, "name": c.title},
            {
                "@type": "NewsArticle",
                "headline": c.title,
                "datePublished": c.published,
                "dateModified": c.published,
                "author": {"@type": "Person", "name": c.authors[0]},
                "publisher": {"@type": "Organization", "name": c.outlet},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ"},
                    {"@type": "ListItem", "position": 2, "name": c.category},
                ],
            },
        ],
    }
    figs = [
        f'<div class="post-photo"><img src="/j{n}.jpg"><div class="photo-desc">{E(t)}{_credit_paren(cr)}</div></div>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    return (
        "<!DOCTYPE html><!-- Layout is OURS (a page whose date is only in JSON-LD); text: "
        + c.origin
        + " -->"
        f'<html lang="vi"><head><meta charset="utf-8"><title>{E(c.title)} | {E(c.outlet)}</title>'
        f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script></head>'
        f'<body><div class="top-menu">{_menu()}</div><div class="wrapper"><div class="post">'
        f'<div class="post-head"><h1>{E(c.title)}</h1><div class="post-lead">{E(c.sapo or "")}</div></div>'
        f'<div class="post-body">{"".join(_with_images([f"<p>{E(p)}</p>" for p in c.paras], figs))}</div>'
        f'<div class="post-foot"><span class="post-author">Tác giả: {E(c.authors[0])}</span></div></div>'
        f'<div class="more"><h4>Đọc thêm</h4><ul>{_related(c.related)}</ul></div>'
        f'<div class="reader-comments"><h4>Ý kiến bạn đọc</h4>{"".join(f"<div class=cmt><p>{E(x)}</p></div>" for x in COMMENTS)}</div>'
        f'</div><div class="bottom">{E(FOOTER)}</div></body></html>'
    )


def t_cp1258(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<div class="photo"><img src="/w{n}.jpg"><div class="desc">{E(t)}{_credit_paren(cr)}</div></div>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    return (
        "<!-- Layout is OURS (an old news page saved as windows-1258); text: " + c.origin + " -->"
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{E(c.title)}</title></head>'
        f'<body><div id="menu">{_menu()}</div><div id="main"><div class="newsdetail">'
        f'<div class="news-title"><h1>{E(c.title)}</h1></div><div class="news-date">Ngày đăng: {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}</div>'
        f'<div class="news-sapo">{E(c.sapo or "")}</div>'
        f'<div class="news-content">{"".join(_with_images([f"<p>{E(p)}</p>" for p in c.paras], figs))}</div>'
        f'<div class="news-author">{E(c.authors[0])}</div></div>'
        f'<div class="news-other"><b>Các tin khác</b><ul>{_related(c.related)}</ul></div></div>'
        f'<div id="footer">{E(FOOTER)}</div></body></html>'
    )


def t_misdeclared(c: Case) -> str:
    # UTF-8 bytes, but the page (like many old CMS templates) declares ISO-8859-1.
    return (
        t_cp1258(c)
        .replace("windows-1258", "iso-8859-1")
        .replace("an old news page saved as windows-1258", "UTF-8 page declaring iso-8859-1")
    )


# Layouts of the blind-check failure classes: header clocks, site-named breadcrumbs, inline read-more
# boxes, bold sapo paragraphs, bylines in capitals, "(Tổng hợp)", author links, split bodies.


def _inline_box(label: str, titles: list[str], cls: str) -> str:
    return f'<div class="{cls}"><strong>{E(label)}</strong><ul>{_related(titles, "/doc/")}</ul></div>'


def t_regional(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<figure class="img-center"><img src="/r{n}.jpg"><figcaption>{E(t)}{_credit_paren(cr)}</figcaption></figure>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    chunks = _with_images([f"<p>{E(p)}</p>" for p in c.paras], figs)
    chunks.insert(len(chunks) // 2, _inline_box("Xem thêm:", c.related[:2], "inline-readmore"))
    byline = " - ".join(a.upper() for a in c.authors)
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a provincial paper on a modern CMS); text: "
        + c.origin
        + " -->"
        f'<html lang="vi"><head><meta charset="utf-8"><title>{E(c.title)} - {E(c.outlet or "")}</title></head>'
        f'<body><div class="header-info"><span class="date-now">Hôm nay: Thứ Năm, 27/11/2026</span>'
        f'<a class="logo" href="/">{E(c.outlet or "")}</a></div><div class="main-nav">{_menu()}</div>'
        f'<div class="wrap"><div class="col-left"><ul class="breadcrumb"><li><a href="/">{E(c.outlet or "")}</a></li>'
        f'<li><a href="/chuyen-muc/3">{E(c.category or "")}</a></li></ul>'
        f'<h1 class="news-title">{E(c.title)}</h1><div class="news-time">{c.weekday()}, {d}/{m}/{y}, {hh:02d}:{mm:02d}</div>'
        f'<div class="news-body"><p><strong>{E(c.sapo or "")}</strong></p>{"".join(chunks)}'
        f'<p style="text-align: right;"><strong>{E(byline)}</strong></p></div>'
        f'<div class="news-other"><h3>Tin khác</h3><ul>{_related(c.related)}</ul></div></div>'
        f'<div class="col-right"><div class="box-title">Tin đọc nhiều</div><ul>{_related(c.related[::-1])}</ul></div></div>'
        f'<div class="bottom-info"><p>{E(FOOTER)}</p></div></body></html>'
    )


def t_magazine(c: Case) -> str:
    figs = [
        f'<figure class="article-photo"><img src="/g{n}.jpg"><figcaption><p>{E(t)}</p>'
        f"{f'<p class=photo-credit>Ảnh: {E(cr)}</p>' if cr else ''}</figcaption></figure>"
        for n, (t, cr) in enumerate(c.captions)
    ]
    chunks = _with_images([f"<p>{E(p)}</p>" for p in c.paras], figs)
    rel = "".join(f'<tr><td><a href="/l{i}.html">{E(t)}</a></td></tr>' for i, t in enumerate(c.related[:2]))
    chunks.insert(3, f'<table class="tbl-box"><tr><td><b>Tin liên quan</b></td></tr>{rel}</table>')
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a magazine-style news page); text: "
        + c.origin
        + " -->"
        f'<html lang="vi"><head><meta charset="utf-8"><title>{E(c.title)} | {E(c.outlet or "")}</title>'
        f'<meta property="og:title" content="{E(c.title)}"><meta property="og:site_name" content="{E(c.outlet or "")}">'
        f'<link rel="canonical" href="{c.url}"></head>'
        f'<body><div class="site-top"><div class="today">Thứ Năm, 27/11/2026</div></div><nav class="menu">{_menu()}</nav>'
        f'<nav aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/c/1">{E(c.category or "")}</a></li></ol></nav>'
        f'<main><article class="post"><div class="post-header"><h1>{E(c.title)}</h1>'
        f'<div class="post-info"><time datetime="{c.published}">{c.published[8:10]}/{c.published[5:7]}/{c.published[:4]}</time></div>'
        f'<div class="article__sapo">{E(c.sapo or "")}</div></div>'
        f'<div class="post-body">{"".join(chunks)}'
        f'<div class="author-box">Tác giả: <a href="/tac-gia/1">{E(c.authors[0])}</a></div>'
        f"<p><em>Theo {E(c.agency or '')} (Tổng hợp)</em></p></div></article>"
        f'<section class="more-news"><h2>Tin cùng chủ đề</h2>{_related(c.related)}</section></main>'
        f'<div class="copyright">{E(FOOTER)}</div></body></html>'
    )


def t_portal(c: Case) -> str:
    y, m, d, hh, mm = c.d
    figs = [
        f'<div class="image-box"><img src="/q{n}.jpg"><div class="image-caption">{E(t)}{" - Ảnh: " + E(cr) if cr else ""}</div></div>'
        for n, (t, cr) in enumerate(c.captions)
    ]
    chunks = _with_images([f"<p>{E(p)}</p>" for p in c.paras], figs)
    cut = 2 if len(chunks) > 3 else 1
    box = _inline_box("ĐỌC THÊM", c.related[:3], "box-doc")
    return (
        "<!DOCTYPE html><!-- Layout is OURS (imitating a ministry/agency news portal); text: "
        + c.origin
        + " -->"
        f'<html lang="vi"><head><meta charset="utf-8"><title>{E(c.title)}</title>'
        f'<meta property="og:url" content="{c.url}"><meta property="og:site_name" content="{E(c.outlet or "")}"></head>'
        f'<body><div class="banner-top">{E(c.outlet or "")}</div><div class="menu-top">{_menu()}</div>'
        f'<div class="page"><div class="breadcrumb"><span>{E(c.outlet or "")}</span> › <a href="/tin-tuc/3">{E(c.category or "")}</a></div>'
        f'<div class="article-head"><h1 class="article-title">{E(c.title)}</h1>'
        f'<div class="article-meta"><span class="meta-time">{d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d} GMT+7</span></div>'
        f'<h2 class="chapeau">{E(c.sapo or "")}</h2></div>'
        f'<div class="article-content"><div class="content-part">{"".join(chunks[:cut])}</div>{box}'
        f'<div class="content-part">{"".join(chunks[cut:])}</div>'
        f"<p><strong>Bài, ảnh: {E(', '.join(c.authors))}</strong></p></div>"
        f'<div class="other"><div class="other-title">Các tin khác</div>{_related(c.related)}</div></div>'
        f'<div class="page-footer">{E(FOOTER)}</div></body></html>'
    )


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 bytes of NFC text: letters it lacks precomposed go as base + combining tone mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        dec = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(x for x in dec if x not in tones))
        marks = "".join(x for x in dec if x in tones)
        try:
            out += (base + marks).encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode("ascii")
    return bytes(out)


TEMPLATES = [
    ("vnexpress_like", t_vnexpress, "vnexpress.net", "VnExpress"),
    ("tuoitre_like", t_tuoitre, "tuoitre.vn", "Tuổi Trẻ"),
    ("thanhnien_like", t_thanhnien, "thanhnien.vn", "Báo Thanh Niên"),
    ("dantri_like", t_dantri, "dantri.com.vn", "Báo Dân trí"),
    ("vietnamplus_like", t_vietnamplus, "www.vietnamplus.vn", "VietnamPlus"),
    ("nhandan_like", t_nhandan, "nhandan.vn", "Báo Nhân Dân điện tử"),
    ("chinhphu_like", t_chinhphu, "baochinhphu.vn", "Báo Chính phủ"),
    ("vov_like", t_vov, "vov.vn", "VOV"),
    ("province_table", t_province_table, "baosoctrang.org.vn", "Báo Sóc Trăng"),
    ("wordpress_like", t_wordpress, "tintaynguyen.example.vn", "Tin Tây Nguyên"),
    ("amp_like", t_amp, "amp.example-news.vn", "Báo Điện tử Mẫu"),
    ("jsonld_dates", t_jsonld_only, "www.tinnhanh.example.vn", "Tin Nhanh Mẫu"),
    ("cp1258_page", t_cp1258, "baocu.example.vn", "baocu.example.vn"),
    ("misdeclared_charset", t_misdeclared, "baocu2.example.vn", "baocu2.example.vn"),
    ("regional_like", t_regional, "baomientrung.example.vn", "Báo Miền Trung"),
    ("magazine_like", t_magazine, "tapchi.example.vn", "Tạp chí Đời sống Mẫu"),
    ("portal_like", t_portal, "cong.example.gov.vn", "Cổng thông tin Mẫu"),
]
CATEGORIES = ["Thời sự", "Pháp luật", "Kinh doanh", "Xã hội", "Giáo dục", "Sức khỏe", "Thế giới", "Văn hóa"]


def build_cases() -> list[tuple[Case, bytes]]:
    vn, vt = _load()
    vn = [
        r
        for r in vn
        if 5 <= len([s for s in r["body"].split("\n") if s.strip()]) <= 30 and r["abstract"].strip()
    ]
    vt = [r for r in vt if 6 <= len([x for x in r["text"].split("\n") if x.strip()]) <= 16]
    out: list[tuple[Case, bytes]] = []
    per_template = 2
    n = 0
    for t_i, (name, fn, host, outlet) in enumerate(TEMPLATES):
        for k in range(per_template):
            use_vntc = name in ("province_table", "cp1258_page", "misdeclared_charset") or (
                k == 1 and t_i % 3 == 0
            )
            if use_vntc:
                r = vt[(7 * n + 3) % len(vt)]
                lines = [
                    x.strip() for x in r["text"].split("\n") if x.strip() and not _LEFTOVER.search(x.strip())
                ]
                title, sapo, paras = lines[0], lines[1], lines[2:]
                origin = f"VNTC sample id {r['id']} (MIT)"
            else:
                r = vn[(11 * n + 5) % len(vn)]
                title, sapo, paras = r["title"].strip(), r["abstract"].strip(), _paras(r["body"])
                origin = f"VietNews test sample id {r['id']} (research corpus, licence not stated)"
            related = [x["title"] for x in vn[(n * 3 + 40) % len(vn) : (n * 3 + 40) % len(vn) + 4]] or [
                vn[0]["title"]
            ]
            day = 1 + (n * 5) % 28
            mon = 1 + (n * 7) % 12
            hh, mm = 6 + n % 15, (n * 13) % 60
            published = f"2024-{mon:02d}-{day:02d}T{hh:02d}:{mm:02d}:00+07:00"
            authors = [AUTHORS[n % len(AUTHORS)]]
            if name in ("tuoitre_like", "province_table", "regional_like", "portal_like") and k == 1:
                authors.append(AUTHORS[(n + 5) % len(AUTHORS)])
            caps = [
                (
                    _caption_from(title),
                    f"{AUTHORS[(n + 3) % len(AUTHORS)]}/TTXVN" if n % 2 else AUTHORS[(n + 2) % len(AUTHORS)],
                )
            ]
            if len(paras) > 5:
                caps.append(
                    (
                        "Toàn cảnh " + " ".join(title.split()[:5]).lower().rstrip(",:") + ".",
                        "TTXVN" if n % 3 else None,
                    )
                )
            tags = [
                " ".join(title.split()[i : i + 2]).strip(",.:;!?\"“”' ")
                for i in (0, 2, 4)
                if len(title.split()) > i + 1
            ][:3]
            case_name = f"{name}_{k + 1}"
            agency = {
                "vietnamplus_like": "TTXVN/Vietnam+",
                "vov_like": "VOV",
                "magazine_like": ["TTXVN", "Tuổi Trẻ"][k],
            }.get(name)
            if agency is None:
                for _, cr in caps:
                    who, _, ag = (cr or "").rpartition("/")
                    if who and who in authors and ag == "TTXVN":
                        agency = "TTXVN"
            c = Case(
                name=case_name,
                title=title,
                sapo=sapo,
                paras=paras,
                captions=caps,
                authors=authors,
                published=published,
                category=CATEGORIES[n % len(CATEGORIES)],
                tags=tags,
                url=f"https://{host}/{case_name.replace('_', '-')}-{1000 + n}.html",
                outlet=outlet,
                related=related,
                agency=agency,
                origin=origin.replace("--", "-"),
            )
            page = fn(c)
            # what a layout does not show, the truth cannot ask for
            if name in (
                "province_table",
                "cp1258_page",
                "misdeclared_charset",
                "jsonld_dates",
                "thanhnien_like",
                "chinhphu_like",
                "regional_like",
                "magazine_like",
                "portal_like",
            ):
                c.tags = []
            if name in (
                "vov_like",
                "province_table",
                "jsonld_dates",
                "cp1258_page",
                "misdeclared_charset",
                "regional_like",
            ):
                c.url = None
            if name in ("province_table", "cp1258_page", "misdeclared_charset", "regional_like"):
                c.outlet = None
            if name in ("cp1258_page", "misdeclared_charset"):
                c.category = None
            data = encode_cp1258(page) if name == "cp1258_page" else page.encode("utf-8")
            out.append((c, data))
            n += 1
    return out


SAMPLES = ROOT / "src" / "diembao" / "samples"


def write_samples() -> None:
    """The bundled demo inputs: VNTC articles (MIT) as plain text and in three of our layouts, plus the seed."""
    _, vt = _load()
    picked: list[dict[str, Any]] = []
    seen: set[str] = set()
    for r in vt:
        lines = [x.strip() for x in r["text"].split("\n") if x.strip() and not _LEFTOVER.search(x.strip())]
        if r["label"] in seen or not 5 <= len(lines) <= 10 or len(r["text"]) > 4000:
            continue
        seen.add(r["label"])
        picked.append(r)
    sources = [
        "# Where each sample comes from",
        "",
        "Texts: VNTC corpus (MIT, (c) 2019 Vu Cong Duy Hoang, github.com/duyvuleo/VNTC), by document id.",
        "HTML layouts are ours (diembao's imitation templates, scripts/regen_golden_extract.py).",
        "",
    ]
    for n, r in enumerate(picked[:10]):
        lines = [x.strip() for x in r["text"].split("\n") if x.strip() and not _LEFTOVER.search(x.strip())]
        stem = f"vntc_{n + 1:02d}"
        if n < 3:
            fn = [t_wordpress, t_province_table, t_dantri][n]
            c = Case(
                name=stem,
                title=lines[0],
                sapo=lines[1],
                paras=lines[2:],
                captions=[],
                authors=[AUTHORS[n]],
                published=f"2024-01-0{n + 2}T0{n + 7}:30:00+07:00",
                category=r["label"],
                tags=[],
                url=f"https://example.vn/{stem}.html",
                outlet="Báo Mẫu",
                related=[picked[-1 - n]["text"].split("\n")[0].strip()],
                origin=f"VNTC {r['id']} (MIT)",
            )
            (SAMPLES / f"{stem}.html").write_text(fn(c), encoding="utf-8")
            sources.append(f"- {stem}.html: VNTC `{r['id']}` in our {fn.__name__[2:]} layout")
        else:
            (SAMPLES / f"{stem}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
            sources.append(f"- {stem}.txt: VNTC `{r['id']}` ({r['label']}), plain text")
    (SAMPLES / "seed_nhandan_soctrang.txt").write_bytes(
        (ROOT / "tests" / "data" / "seed_nhandan_soctrang.txt").read_bytes()
    )
    sources.append(
        "- seed_nhandan_soctrang.txt: the project's seed article (a TTXVN report as published by Nhân Dân), "
        "our test case"
    )
    (SAMPLES / "SOURCE.md").write_text("\n".join(sources) + "\n", encoding="utf-8")


def main() -> None:
    if "--samples" in sys.argv:
        write_samples()
        return
    OUT.mkdir(parents=True, exist_ok=True)
    for c, data in build_cases():
        (OUT / f"{c.name}.html").write_bytes(data)
        expected = c.article().to_dict()
        expected.pop("id", None)
        (OUT / f"{c.name}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print("wrote", c.name)


if __name__ == "__main__":
    main()
