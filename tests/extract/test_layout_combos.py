"""The blind-check failure classes crossed with each other: header clocks, breadcrumbs, date lines,
sapo forms, inline read-more boxes, bylines and body wrappings combined at random (fixed seed), on
long and short paragraphs. Every field must come out right on every combination."""

from __future__ import annotations

import itertools
import random

import pytest

from diembao.extract import extract_html
from tests.extract.test_layout_classes import PARAS, RELATED, SAPO, TITLE

SHORT = [s.strip().rstrip(".") + "." for p in PARAS for s in p.split(", ", 1)][:8]
ISO = "2019-02-12T10:25:00+07:00"


def _lis(prefix: str = "") -> str:
    return "".join(f'<li><a href="/{prefix}{i}">{t}</a></li>' for i, t in enumerate(RELATED))


TOPS = [
    '<div class="top-bar"><span class="date">Hôm nay: Thứ Năm, 27/11/2026</span></div>',
    '<div class="header-top"><div class="today">Thứ Năm, ngày 27/11/2026</div></div>',
    '<div class="hd"><span class="time-now">Thứ Năm, 27/11/2026 | 08:15</span></div>',
    '<table class="top"><tr><td>Hôm nay: 27/11/2026</td><td><a href="/lh">Liên hệ</a></td></tr></table>',
    "",
]
CRUMBS = [
    '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul>',
    '<div class="breadcrumbs"><a href="/">Báo Mẫu Online</a> » <a href="/kinh-te">Kinh tế</a> » '
    '<a href="/kinh-te/bien">Biển đảo</a></div>',
    '<nav aria-label="breadcrumb"><ol><li><a href="https://baomau.example.vn/"><i class="fa-home"></i> Trang chủ</a>'
    '</li><li><a href="/kinh-te">Kinh tế</a></li></ol></nav>',
    '<div class="duong-dan"><span>Báo Mẫu</span> › <a href="/kinh-te.htm">Kinh tế</a></div>',
    '<div class="detail-cate"><a href="/kinh-te.htm">Kinh tế</a></div>',
]
# (where, html): above the title, in the meta line under it, after the sapo, at the end of the body
DATES = [
    ("meta", '<div class="date-time">Thứ ba, 12/2/2019, 10:25</div>'),
    ("meta", '<span class="time">12/02/2019 - 10:25 GMT+7</span>'),
    ("meta", "<div>10:25 ngày 12/02/2019</div>"),
    ("meta", '<div class="meta"><time datetime="2019-02-12T10:25:00+07:00">12/02/2019</time></div>'),
    ("meta", '<p class="pub">Cập nhật lúc 10:25, Thứ Ba, 12/02/2019</p>'),
    ("above", '<div class="date">Thứ ba, 12/2/2019, 10:25</div>'),
    ("after-sapo", '<div class="info">12/02/2019 | 10:25</div>'),
    ("bottom", '<p class="date-bottom">Ngày đăng: 12/02/2019 10:25</p>'),
]
SAPOS = [
    ("in", f"<p><strong>{SAPO}</strong></p>"),
    ("in", f"<p><strong>(MTO) - {SAPO}</strong></p>"),
    ("in", f'<div class="summary">{SAPO}</div>'),
    ("out", f'<div class="sapo">{SAPO}</div>'),
    ("out", f'<h2 class="article__sapo">{SAPO}</h2>'),
    ("out", f'<p class="lead"><b>{SAPO}</b></p>'),
    ("out", f"<div><strong>{SAPO}</strong></div>"),
    ("out", f'<div class="detail__summary"><p>{SAPO}</p></div>'),
    ("out", f'<p class="chapeau">MTO - {SAPO}</p>'),
]
BOXES = [
    f'<div class="box-xem-them"><strong>Xem thêm:</strong><ul>{_lis()}</ul></div>',
    "<p><strong>TIN LIÊN QUAN</strong></p>"
    + "".join(f'<p>- <a href="/{i}">{t}</a></p>' for i, t in enumerate(RELATED[:2])),
    '<table class="noi-bat"><tr><td><b>Đọc thêm</b></td></tr>'
    + "".join(f'<tr><td><a href="/{i}">{t}</a></td></tr>' for i, t in enumerate(RELATED))
    + "</table>",
    '<div class="inner-box"><h4>Bài liên quan</h4>'
    + "".join(
        f'<div class="it"><a href="/{i}"><img src="/t{i}.jpg"></a><a href="/{i}">{t}</a></div>'
        for i, t in enumerate(RELATED)
    )
    + "</div>",
    '<div class="box-rel"><div class="title-box">Tin liên quan</div>'
    + "".join(
        f'<div class="item"><a href="/{i}">{t}</a><p>Tóm tắt ngắn của tin liên quan số {i}.</p></div>'
        for i, t in enumerate(RELATED)
    )
    + "</div>",
    f'<p><strong>Xem thêm:</strong> <a href="/x">{RELATED[0]}</a></p>',
    '<div class="ads"><img src="/ad.gif"></div>',
    "",
]
# (where, html, authors)
BYLINES = [
    ("end", '<p style="text-align:right"><strong>MINH ANH</strong></p>', ["Minh Anh"]),
    ("end", "<p><strong>Minh Anh - Trần Bình</strong></p>", ["Minh Anh", "Trần Bình"]),
    ("end", '<p align="right"><a href="/tac-gia/minh-anh"><b>Minh Anh</b></a></p>', ["Minh Anh"]),
    ("end", "<p>Bài, ảnh: Minh Anh</p>", ["Minh Anh"]),
    ("end", "<p><strong>Minh Anh</strong></p><p><em>(Tổng hợp)</em></p>", ["Minh Anh"]),
    ("end", '<div class="tac-gia">Tác giả: <a href="/tg/1">Minh Anh</a></div>', ["Minh Anh"]),
    (
        "end",
        '<p style="text-align:right"><strong>NGUYỄN VĂN AN</strong></p>'
        '<p style="text-align:right"><em>Theo VOV (Tổng hợp)</em></p>',
        ["Nguyễn Văn An"],
    ),
    ("end", '<p class="text-right"><strong>Thu Hằng (tổng hợp)</strong></p>', ["Thu Hằng"]),
    ("end", '<div class="author-box"><span>Tác giả</span> <a href="/tg">Minh Anh</a></div>', ["Minh Anh"]),
    ("end", "<p><strong>Bài và ảnh: MINH ANH</strong></p>", ["Minh Anh"]),
    ("head", '<span class="author">Minh Anh</span>', ["Minh Anh"]),
]
WRAPS = ["flat", "split", "article"]


def build(
    paras: list[str], top: int, crumb: int, date: int, sapo: int, box: int, byline: int, wrap: int
) -> str:
    s_where, s_html = SAPOS[sapo]
    d_where, d_html = DATES[date]
    b_where, b_html, _ = BYLINES[byline]
    cut = len(paras) // 2
    first, second = "".join(f"<p>{p}</p>" for p in paras[:cut]), "".join(f"<p>{p}</p>" for p in paras[cut:])
    if WRAPS[wrap] == "split":
        body = f'<div class="txt">{first}</div>{BOXES[box]}<div class="txt">{second}</div>'
    else:
        body = first + BOXES[box] + second
    body = (
        (s_html if s_where == "in" else "")
        + body
        + (b_html if b_where == "end" else "")
        + (d_html if d_where == "bottom" else "")
    )
    meta = (b_html if b_where == "head" else "") + (d_html if d_where == "meta" else "")
    inner = (
        CRUMBS[crumb]
        + (d_html if d_where == "above" else "")
        + f'<h1 class="title">{TITLE}</h1>'
        + (f'<div class="meta-line">{meta}</div>' if meta else "")
        + (s_html if s_where == "out" else "")
        + (d_html if d_where == "after-sapo" else "")
        + f'<div class="detail-content">{body}</div>'
    )
    if WRAPS[wrap] == "article":
        inner = f"<article>{inner}</article>"
    others = "".join(f'<li><a href="/o{i}">{t}</a> (11/02/2019)</li>' for i, t in enumerate(RELATED))
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} - Báo Mẫu Online</title>'
        f'</head><body>{TOPS[top]}<div class="logo"><a href="/">Báo Mẫu Online</a></div>'
        '<div class="menu"><a href="/">Trang chủ</a><a href="/kinh-te">Kinh tế</a></div>'
        f'<div class="wrapper"><div class="main-col">{inner}<div class="other-news"><h3>Tin khác</h3>'
        f'<ul>{others}</ul></div></div><div class="right-col"><div class="hot">Tin đọc nhiều</div></div></div>'
        '<div class="foot">Giấy phép số 123/GP-BTTTT. Tổng biên tập: Nguyễn Văn X.</div></body></html>'
    )


_ALL = list(
    itertools.product(
        range(2),
        range(len(TOPS)),
        range(len(CRUMBS)),
        range(len(DATES)),
        range(len(SAPOS)),
        range(len(BOXES)),
        range(len(BYLINES)),
        range(len(WRAPS)),
    )
)
COMBOS = random.Random(2026).sample(_ALL, 240)


@pytest.mark.parametrize(
    "combo", [COMBOS[i : i + 40] for i in range(0, len(COMBOS), 40)], ids=lambda c: str(c[0])
)
def test_combined_layouts(combo: list[tuple[int, ...]]) -> None:
    for short, *rest in combo:
        paras = SHORT if short else PARAS
        a = extract_html(build(paras, *rest))
        got = ([p.text for p in a.paragraphs], a.title, a.sapo, a.authors, a.published, a.category)
        want = (paras, TITLE, SAPO, BYLINES[rest[5]][2], ISO, "Kinh tế")
        assert got == want, (short, *rest)
