"""Classes of failure found on layouts never seen: bylines, header dates, inline read-more boxes,
breadcrumbs starting at the site, sapo forms. Small pages in Vietnamese, one rule each."""

from __future__ import annotations

import pytest

from diembao.extract import extract_html
from diembao.model import Article
from diembao.text import search_key

PARAS = [
    "Sáng 12/2, Ủy ban nhân dân tỉnh Quảng Ngãi tổ chức hội nghị triển khai kế hoạch phát triển kinh tế biển "
    "giai đoạn 2019 - 2025, với sự tham gia của đại diện các sở, ngành và 14 huyện, thành phố trong tỉnh.",
    "Theo báo cáo của Sở Kế hoạch và Đầu tư, năm 2018 tổng sản phẩm trên địa bàn tỉnh tăng 10,5%, trong đó "
    "kinh tế biển đóng góp gần một nửa, chủ yếu từ lọc hóa dầu, cảng biển, thủy sản và du lịch ven biển.",
    "Phát biểu chỉ đạo, Chủ tịch UBND tỉnh đề nghị các địa phương rà soát quy hoạch, ưu tiên nguồn lực cho hạ "
    "tầng cảng cá, khu neo đậu tránh trú bão, đồng thời kiên quyết xử lý các vi phạm về khai thác hải sản.",
    "Hội nghị cũng thống nhất thành lập tổ công tác liên ngành để theo dõi, đôn đốc việc thực hiện, định kỳ "
    "báo cáo kết quả với Ban Thường vụ Tỉnh ủy vào cuối mỗi quý và đề xuất điều chỉnh khi cần thiết.",
    "Đến năm 2025, tỉnh phấn đấu kinh tế biển chiếm trên 60% tổng sản phẩm, thu hút thêm ít nhất 20 dự án "
    "đầu tư lớn vào khu kinh tế Dung Quất và các cảng biển nước sâu, tạo việc làm cho hàng nghìn lao động.",
]
TITLE = "Quảng Ngãi triển khai kế hoạch phát triển kinh tế biển đến năm 2025"
SAPO = (
    "Tỉnh Quảng Ngãi đặt mục tiêu đến năm 2025 kinh tế biển đóng góp trên 60% tổng sản phẩm, với trọng tâm "
    "là công nghiệp lọc hóa dầu, cảng biển và du lịch."
)
RELATED = [
    "Quảng Ngãi thu hút đầu tư vào khu kinh tế Dung Quất",
    "Ngư dân Quảng Ngãi trúng đậm mùa cá đầu năm",
    "Cảng Dung Quất đón tàu trọng tải lớn nhất từ trước đến nay",
]


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _related_box(label: str, cls: str = "box-xemthem") -> str:
    items = "".join(f'<li><a href="/tin/{i}.html">{t}</a></li>' for i, t in enumerate(RELATED))
    return f'<div class="{cls}"><strong>{label}</strong><ul>{items}</ul></div>'


def _page(
    content: str,
    head: str = "",
    before: str = "",
    meta_line: str = "",
    sapo: str = "",
    site_top: str = "",
) -> str:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} - Báo Điện tử Miền Trung</title>'
        f"{head}</head><body>"
        f'<div class="header-top">{site_top}<a class="logo" href="/">Báo Điện tử Miền Trung</a></div>'
        f'<div class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li>'
        f'<li><a href="/xa-hoi">Xã hội</a></li><li><a href="/the-thao">Thể thao</a></li></ul></div>'
        f'<div class="container"><div class="col-main">{before}<h1 class="post-title">{TITLE}</h1>'
        f"{meta_line}{sapo}"
        f'<div class="post-content">{content}</div>'
        f'<div class="box-other"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/1">{RELATED[0]}</a></li>'
        f'<li><a href="/2">{RELATED[1]}</a></li></ul></div></div></div>'
        "<div class='site-bottom'>Giấy phép số 123/GP-BTTTT. © Bản quyền thuộc về Báo Điện tử Miền Trung.</div>"
        "</body></html>"
    )


def _body(a: Article) -> list[str]:
    return [p.text for p in a.paragraphs]


def _no_leak(a: Article, *needles: str) -> None:
    body = search_key(a.text)
    for n in needles:
        assert search_key(n) not in body, n


# ------------------------------------------------------------------ 1. bylines


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("Minh Anh", ["Minh Anh"], None),
        ("NGUYỄN VĂN AN - TRẦN BÌNH", ["Nguyễn Văn An", "Trần Bình"], None),
        ("Bài, ảnh: Lê Phương", ["Lê Phương"], None),
        ("Bài và ảnh: HOÀNG NAM", ["Hoàng Nam"], None),
        ("(Tổng hợp)", [], None),
        ("Theo VOV (Tổng hợp)", [], "VOV"),
        ("Thu Hằng (tổng hợp)", ["Thu Hằng"], None),
        ("Ngọc Hà (Theo Reuters)", ["Ngọc Hà"], "Reuters"),
        ("Quốc Dũng (t/h)", ["Quốc Dũng"], None),
        ("PV (Tổng hợp)", ["PV"], None),
    ],
)
def test_end_byline_becomes_authors(byline: str, authors: list[str], agency: str | None) -> None:
    for wrap in (
        f"<p>{byline}</p>",
        f'<p style="text-align: right;"><strong>{byline}</strong></p>',
        f'<p align="right"><em>{byline}</em></p>',
        f'<div class="text-right"><b>{byline}</b></div>',
    ):
        a = extract_html(_page(_ps(PARAS) + wrap))
        assert _body(a) == PARAS, wrap
        assert a.authors == authors, wrap
        assert a.agency == agency, wrap


def test_byline_then_source_line_at_end() -> None:
    a = extract_html(_page(_ps(PARAS) + "<p><strong>Minh Anh</strong></p><p><em>(Tổng hợp)</em></p>"))
    assert _body(a) == PARAS and a.authors == ["Minh Anh"]
    a = extract_html(_page(_ps(PARAS) + "<p>Trung Hiếu - Lê Phương</p><p>Theo Tuổi Trẻ (Tổng hợp)</p>"))
    assert _body(a) == PARAS and a.authors == ["Trung Hiếu", "Lê Phương"] and a.agency == "Tuổi Trẻ"


def test_byline_that_is_a_link() -> None:
    for tail in (
        '<p style="text-align:right"><a href="/tac-gia/minh-anh.html"><strong>Minh Anh</strong></a></p>',
        '<p class="author"><a href="/tac-gia/minh-anh.html">Minh Anh</a></p>',
        '<p><strong>Tác giả:</strong> <a href="/tac-gia/minh-anh.html">Minh Anh</a></p>',
        '<div class="tac-gia">Tác giả: <a href="/tac-gia/minh-anh.html">Minh Anh</a></div>',
        '<div class="box-author"><span>Tác giả</span><a href="/tac-gia/minh-anh.html" class="name">Minh Anh</a></div>',
    ):
        a = extract_html(_page(_ps(PARAS) + tail))
        assert _body(a) == PARAS, tail
        assert a.authors == ["Minh Anh"], tail


def test_author_links_in_header_element() -> None:
    meta = (
        '<div class="post-meta"><div class="author-name">'
        '<a href="/tac-gia/1">Minh Anh</a> - <a href="/tac-gia/2">Trần Bình</a></div>'
        '<span class="post-date">Thứ ba, 12/2/2019, 10:25</span></div>'
    )
    a = extract_html(_page(_ps(PARAS), meta_line=meta))
    assert a.authors == ["Minh Anh", "Trần Bình"]
    assert _body(a) == PARAS
    meta = (
        '<div class="detail-info">Tác giả: <a href="/tac-gia/1">Lê Phương</a> | 10:25 ngày 12/02/2019</div>'
    )
    a = extract_html(_page(_ps(PARAS), meta_line=meta))
    assert a.authors == ["Lê Phương"]
    assert a.published == "2019-02-12T10:25:00+07:00"
    assert _body(a) == PARAS


# ------------------------------------------------------------------ 2. dates


@pytest.mark.parametrize(
    ("shown", "iso"),
    [
        ("Thứ ba, 12/2/2019, 10:25", "2019-02-12T10:25:00+07:00"),
        ("12/02/2019 - 10:25 GMT+7", "2019-02-12T10:25:00+07:00"),
        ("10:25 ngày 12/02/2019", "2019-02-12T10:25:00+07:00"),
        ("Cập nhật: 10:25 | 12/02/2019", "2019-02-12T10:25:00+07:00"),
        ("Thứ Ba, 12/02/2019 | 10:25 (GMT+07:00)", "2019-02-12T10:25:00+07:00"),
        ("12/02/2019 10:25 AM", "2019-02-12T10:25:00+07:00"),
    ],
)
def test_date_line_read_and_topbar_date_ignored(shown: str, iso: str) -> None:
    topbars = [
        '<span class="date">Hôm nay: Thứ Năm, 27/11/2026</span>',
        '<div class="today">Thứ Năm, ngày 27/11/2026</div>',
        '<span class="current-time">Thứ Năm, 27/11/2026 08:15</span>',
    ]
    for top in topbars:
        for line in (f'<div class="post-date">{shown}</div>', f"<div>{shown}</div>", f"<span>{shown}</span>"):
            a = extract_html(_page(_ps(PARAS), site_top=top, meta_line=line))
            assert a.published == iso, (top, line)
            assert _body(a) == PARAS


def test_article_meta_beats_visible_dates() -> None:
    top = '<span class="date">Hôm nay: Thứ Năm, 27/11/2026</span>'
    head = '<meta property="article:published_time" content="2019-02-12T10:25:00+07:00">'
    a = extract_html(_page(_ps(PARAS), head=head, site_top=top, meta_line="<div>13/02/2019 08:00</div>"))
    assert a.published == "2019-02-12T10:25:00+07:00"
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-02-12T10:25:00"}</script>'
    a = extract_html(_page(_ps(PARAS), head=ld, site_top=top))
    assert a.published == "2019-02-12T10:25:00+07:00"


def test_time_element_datetime_attribute() -> None:
    top = '<span class="date">Hôm nay: Thứ Năm, 27/11/2026</span>'
    line = '<div class="meta"><time datetime="2019-02-12T10:25:00+07:00">12/02/2019</time></div>'
    a = extract_html(_page(_ps(PARAS), site_top=top, meta_line=line))
    assert a.published == "2019-02-12T10:25:00+07:00"
    line = '<time class="entry-date" datetime="2019-02-12 10:25">2 năm trước</time>'
    a = extract_html(_page(_ps(PARAS), site_top=top, meta_line=line))
    assert a.published == "2019-02-12T10:25:00+07:00"


def test_header_date_alone_is_not_the_publish_date() -> None:
    top = '<span class="date">Hôm nay: Thứ Năm, 27/11/2026</span>'
    a = extract_html(_page(_ps(PARAS), site_top=top))
    assert a.published is None or not a.published.startswith("2026-11-27")


# ------------------------------------------------------------------ 3. inline read-more boxes


@pytest.mark.parametrize(
    "box",
    [
        _related_box("Xem thêm:"),
        _related_box("Tin liên quan", "inline-news"),
        _related_box("ĐỌC THÊM", "box-note"),
        _related_box("Xem thêm", "tinlienquan"),
        f"<p><strong>Xem thêm:</strong></p><ul>{''.join(f'<li><a href=/x{i}>{t}</a></li>' for i, t in enumerate(RELATED))}</ul>",
        f'<div><p><strong>Tin liên quan:</strong></p><p><a href="/a">{RELATED[0]}</a></p><p><a href="/b">{RELATED[1]}</a></p></div>',
        f'<table class="tbl-related"><tr><td><b>Đọc thêm</b></td></tr><tr><td><a href="/a">{RELATED[0]}</a></td></tr></table>',
        f'<blockquote><strong>Đọc thêm:</strong> <a href="/a">{RELATED[0]}</a><br><a href="/b">{RELATED[1]}</a></blockquote>',
        f'<div class="relatedArticles"><h4>Bài liên quan</h4><a href="/a">{RELATED[0]}</a><a href="/b">{RELATED[1]}</a></div>',
    ],
)
def test_inline_read_more_box_dropped_body_kept(box: str) -> None:
    content = _ps(PARAS[:2]) + box + _ps(PARAS[2:]) + "<p><strong>Minh Anh</strong></p>"
    a = extract_html(_page(content))
    assert _body(a) == PARAS
    assert a.authors == ["Minh Anh"]
    _no_leak(a, *RELATED, "Xem thêm", "Tin liên quan")


def test_inline_box_in_short_article() -> None:
    content = _ps(PARAS[:1]) + _related_box("Xem thêm:") + _ps(PARAS[1:2])
    a = extract_html(_page(content))
    assert _body(a) == PARAS[:2]


def test_related_box_at_end_still_dropped() -> None:
    content = _ps(PARAS) + _related_box("Tin liên quan", "box")
    a = extract_html(_page(content))
    assert _body(a) == PARAS


# ------------------------------------------------------------------ 4. breadcrumbs


@pytest.mark.parametrize(
    "crumbs",
    [
        '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul>',
        '<div class="breadcrumb"><a href="/">Báo Điện tử Miền Trung</a> » <a href="/kinh-te">Kinh tế</a></div>',
        '<ol class="breadcrumbs"><li><a href="https://mientrung.example.vn/">Miền Trung Online</a></li>'
        '<li><a href="https://mientrung.example.vn/kinh-te">Kinh tế</a></li><li><a href="/kinh-te/bien">Kinh tế biển</a></li></ol>',
        '<nav aria-label="breadcrumb"><a href="/"><i class="icon-home"></i></a><a href="/kinh-te">Kinh tế</a></nav>',
        '<div class="breadcrumb"><a href="/" title="Trang chủ">Home</a> / <a href="/kinh-te">Kinh tế</a> / '
        f"<span>{TITLE}</span></div>",
        '<div class="duong-dan"><a href="/index.html">Trang nhất</a> &gt; <a href="/kinh-te.html">KINH TẾ</a></div>',
    ],
)
def test_category_skips_home_and_site_name(crumbs: str) -> None:
    a = extract_html(_page(_ps(PARAS), before=crumbs), url="https://mientrung.example.vn/kinh-te/a-123.html")
    assert a.category is not None and search_key(a.category) == "kinh te"
    assert _body(a) == PARAS


def test_jsonld_breadcrumb_site_first() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":['
        '{"@type":"ListItem","position":1,"name":"Miền Trung Online","item":"https://mientrung.example.vn/"},'
        '{"@type":"ListItem","position":2,"name":"Kinh tế","item":"https://mientrung.example.vn/kinh-te"}]}</script>'
    )
    a = extract_html(_page(_ps(PARAS), head=ld), url="https://mientrung.example.vn/kinh-te/a-123.html")
    assert a.category == "Kinh tế"


# ------------------------------------------------------------------ 5. sapo


@pytest.mark.parametrize(
    ("sapo_html", "inside"),
    [
        (f"<p><strong>{SAPO}</strong></p>", True),
        (f"<p><b>{SAPO}</b></p>", True),
        (f'<p class="lead">{SAPO}</p>', False),
        (f'<div class="sapo">{SAPO}</div>', False),
        (f'<div class="article__sapo"><p>{SAPO}</p></div>', False),
        (f'<h2 class="summary">{SAPO}</h2>', False),
        (f'<div class="description">{SAPO}</div>', False),
        (f'<p class="chapeau">{SAPO}</p>', False),
        (f'<div class="articleSapo">{SAPO}</div>', False),
        (f'<div class="news-lead"><strong>{SAPO}</strong></div>', False),
        (f"<p><strong>{SAPO}</strong></p>", False),
        (f"<div><b>{SAPO}</b></div>", False),
        (f'<p class="sapo">{SAPO}</p>', True),
        (f'<p class="summary"><strong>(MTO) - {SAPO}</strong></p>', True),
    ],
)
def test_sapo_forms(sapo_html: str, inside: bool) -> None:
    if inside:
        a = extract_html(_page(sapo_html + _ps(PARAS)))
    else:
        a = extract_html(_page(_ps(PARAS), sapo=sapo_html))
    assert a.sapo == SAPO, sapo_html
    assert _body(a) == PARAS


def test_sapo_after_date_and_author_lines() -> None:
    meta = '<div class="meta"><span class="author">Minh Anh</span><span class="time">12/02/2019 10:25</span></div>'
    a = extract_html(_page(_ps(PARAS), meta_line=meta, sapo=f"<p><strong>{SAPO}</strong></p>"))
    assert a.sapo == SAPO and a.authors == ["Minh Anh"] and a.published == "2019-02-12T10:25:00+07:00"
    assert _body(a) == PARAS


def test_bold_heading_is_not_a_sapo() -> None:
    content = "<p><strong>Kinh tế biển là động lực</strong></p>" + _ps(PARAS)
    a = extract_html(_page(content))
    assert a.sapo is None or a.sapo != "Kinh tế biển là động lực"


def test_body_split_around_inline_box_is_whole() -> None:
    box = _related_box("Tin liên quan", "box-inline")
    for cut in (1, 2, 3, 4):
        content = (
            f'<div class="text-block">{_ps(PARAS[:cut])}</div>{box}'
            f'<div class="text-block">{_ps(PARAS[cut:])}</div>'
        )
        a = extract_html(_page(content))
        assert _body(a) == PARAS, cut


def test_today_line_without_class_is_not_the_date() -> None:
    top = '<div class="top-info"><span class="date">Hôm nay: Thứ Năm, 27/11/2026</span></div>'
    page = _page(_ps(PARAS), meta_line='<div class="post-time">12/02/2019</div>').replace(
        '<div class="header-top">', "<div>" + top
    )
    a = extract_html(page)
    assert a.published == "2019-02-12"


# ------------------------------------------------------------------ decoding shortcuts


def _legacy_pages() -> list[tuple[str, bytes]]:
    from tests.text.test_legacy import to_cp1258_bytes, to_mojibake, to_tcvn3, to_viqr, to_vni

    html = _page(f'<p class="sapo">{SAPO}</p>' + _ps(PARAS) + "<p><strong>Minh Anh</strong></p>")
    return [
        ("utf8", html.encode("utf-8")),
        ("vni", to_vni(html).encode("utf-8")),
        ("mojibake", to_mojibake(html).encode("utf-8")),
        ("viqr", to_viqr(html).encode("utf-8")),
        ("tcvn3-cp1252", to_tcvn3(html).encode("cp1252", errors="replace")),
        ("cp1258", to_cp1258_bytes(html.replace('charset="utf-8"', 'charset="windows-1258"'))),
        ("cp1258-undeclared", to_cp1258_bytes(html.replace('<meta charset="utf-8">', ""))),
    ]


@pytest.mark.parametrize("case", range(7))
def test_decoding_shortcuts_agree_with_full_detection(case: int) -> None:
    from diembao.text import canonical, decode_bytes

    name, data = _legacy_pages()[case]
    fast = extract_html(data)
    full = extract_html(decode_bytes(data)[0])
    assert fast.to_dict() == full.to_dict(), name
    if name in ("utf8", "vni", "mojibake", "cp1258", "cp1258-undeclared"):
        assert [canonical(p.text) for p in fast.paragraphs] == [canonical(p) for p in PARAS], name


def test_more_byline_forms() -> None:
    for tail, authors, agency in [
        ("<p>Tin, ảnh: Bảo Ngọc</p>", ["Bảo Ngọc"], None),
        ("<p><strong>Bài: Minh Anh - Ảnh: Trần Bình</strong></p>", ["Minh Anh"], None),
        ("<p><strong>Minh Anh - TTXVN</strong></p>", ["Minh Anh"], "TTXVN"),
        ("<p><strong>NHÓM PHÓNG VIÊN</strong></p>", ["NHÓM PHÓNG VIÊN"], None),
    ]:
        a = extract_html(_page(_ps(PARAS) + tail))
        assert _body(a) == PARAS, tail
        assert (a.authors, a.agency) == (authors, agency), tail


def test_name_beside_date_under_title() -> None:
    meta = '<div class="post-meta">Minh Anh | Thứ Ba, 12/02/2019 10:25</div>'
    a = extract_html(_page(_ps(PARAS), meta_line=meta))
    assert a.authors == ["Minh Anh"] and a.published == "2019-02-12T10:25:00+07:00"
    meta = '<div class="post-meta">Thứ Ba, 12/02/2019 - 10:25</div>'
    a = extract_html(_page(_ps(PARAS), meta_line=meta))
    assert a.authors == []


def test_share_bar_and_long_read_more_labels_are_not_body() -> None:
    content = (
        _ps(PARAS[:2])
        + "<p>In bài | Gửi email | Chia sẻ</p>"
        + "<p><strong>► Xem thêm:</strong> <a href='/x'>Ngư dân trúng đậm</a></p>"
        + "<p><b>Xem thêm các bài viết khác</b></p>"
        + f"<ul><li><a href='/a'>{RELATED[0]}</a></li></ul>"
        + _ps(PARAS[2:])
        + "<p>Theo dõi trên Google News</p>"
    )
    a = extract_html(_page(content))
    assert _body(a) == PARAS


def test_date_with_vietnamese_hour_words() -> None:
    line = "<div>Đăng lúc 10 giờ 25 phút ngày 12/02/2019</div>"
    assert extract_html(_page(_ps(PARAS), meta_line=line)).published == "2019-02-12T10:25:00+07:00"


def test_signature_after_the_body_element_and_outlet_credit() -> None:
    page = _page(_ps(PARAS)).replace(
        '<div class="box-other">',
        '<p style="text-align:right"><strong>MINH ANH</strong></p><div class="box-other">',
    )
    a = extract_html(page)
    assert a.authors == ["Minh Anh"] and _body(a) == PARAS
    a = extract_html(_page(_ps(PARAS) + '<p class="author">Theo <a href="/x">Dân Việt</a></p>'))
    assert a.authors == [] and _body(a) == PARAS
    a = extract_html(_page(_ps(PARAS) + "<p>Minh Anh (TTXVN)./.</p>"))
    assert (a.authors, a.agency) == (["Minh Anh"], "TTXVN") and _body(a) == PARAS


def test_meta_day_completed_by_shown_hour() -> None:
    head = '<meta property="article:published_time" content="2019-02-12">'
    a = extract_html(_page(_ps(PARAS), head=head, meta_line="<div>12/02/2019 10:25</div>"))
    assert a.published == "2019-02-12T10:25:00+07:00"
    a = extract_html(_page(_ps(PARAS), head=head, meta_line="<div>13/02/2019 10:25</div>"))
    assert a.published == "2019-02-12"


def test_byline_with_role_in_parentheses() -> None:
    a = extract_html(_page(_ps(PARAS) + "<p><strong>Hà Phương - Quang Minh (thực hiện)</strong></p>"))
    assert a.authors == ["Hà Phương", "Quang Minh"] and _body(a) == PARAS


def test_linked_tag_after_byline_is_not_an_author() -> None:
    tail = (
        '<div style="text-align:right"><b>Minh Anh - Trần Bình</b></div>'
        '<div class="tags"><a href="/tag/1">Quảng Ngãi</a></div>'
        '<p>Từ khóa: <a href="/tag/2">kinh tế biển</a>, <a href="/tag/1">Quảng Ngãi</a></p>'
    )
    a = extract_html(_page(_ps(PARAS) + tail))
    assert a.authors == ["Minh Anh", "Trần Bình"] and _body(a) == PARAS


def test_deeply_nested_bold_sapo() -> None:
    a = extract_html(_page(f"<p><strong><span><span><em>{SAPO}</em></span></span></strong></p>" + _ps(PARAS)))
    assert a.sapo == SAPO and _body(a) == PARAS


def test_sapo_class_after_top_photo_and_date_line_in_body() -> None:
    top = '<figure><img src="a.jpg"><figcaption>Quang cảnh hội nghị. Ảnh: Minh Anh</figcaption></figure>'
    a = extract_html(_page(top + f'<p class="sapo">{SAPO}</p>' + _ps(PARAS)))
    assert a.sapo == SAPO and _body(a) == PARAS
    first = '<p class="date">Thứ ba, 12/2/2019, 10:25</p>' + f"<p><strong>{SAPO}</strong></p>"
    a = extract_html(_page(first + _ps(PARAS) + "<p>Minh Anh</p>"))
    assert (a.sapo, a.published, a.authors) == (SAPO, "2019-02-12T10:25:00+07:00", ["Minh Anh"])


def test_article_header_without_h1_keeps_date_and_author() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>' + TITLE + "</title></head><body>"
        '<header class="site-header"><div class="breadcrumb"><a href="/">Trang chủ</a> › '
        '<a href="/kinh-te">Kinh tế</a></div><span class="date">Thứ Năm, 27/11/2026</span></header>'
        f"<main><article><h1>{TITLE}</h1><header class='entry-meta'><span class='byline'>Bởi "
        "<a href='/tac-gia/1'>Minh Anh</a></span><time datetime='2019-02-12T10:25:00+07:00'>12/02/2019</time>"
        f"</header><div class='entry-content'>{_ps(PARAS)}</div></article></main></body></html>"
    )
    a = extract_html(html)
    assert (a.authors, a.published, a.category) == (["Minh Anh"], "2019-02-12T10:25:00+07:00", "Kinh tế")
    assert _body(a) == PARAS


def test_author_element_with_role_text() -> None:
    meta = (
        '<div class="article-author"><img src="/av.jpg"><a href="/tac-gia/1">Minh Anh</a>'
        '<span class="desc">Phóng viên Ban Kinh tế</span></div>'
    )
    a = extract_html(_page(_ps(PARAS), meta_line=meta))
    assert a.authors == ["Minh Anh"] and _body(a) == PARAS


def test_subheading_that_starts_like_a_label_is_body() -> None:
    paras = [*PARAS[:2], "Theo dõi sát diễn biến thời tiết trên biển", *PARAS[2:]]
    content = _ps(paras[:2]) + f"<p><strong>{paras[2]}</strong></p>" + _ps(paras[3:])
    a = extract_html(_page(content))
    assert _body(a) == paras


def test_day_and_hour_in_separate_elements() -> None:
    line = '<div class="meta"><span class="date">12/02/2019</span> <span class="time">10:25</span></div>'
    assert extract_html(_page(_ps(PARAS), meta_line=line)).published == "2019-02-12T10:25:00+07:00"
