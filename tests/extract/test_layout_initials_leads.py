"""More failure classes of unseen layouts: bylines of initials and short forms ("H.M (tổng hợp)",
"Q.Anh - V.Tùng", "PV"), a date line inside an author/share bar, and outlet lead-ins at the start of
the sapo or first paragraph ("QĐND Online - ", "Thanhnien.vn - ", "(NLĐO) - "). Small pages in
Vietnamese, one rule each."""

from __future__ import annotations

import itertools
import random

import pytest

from diembao.extract import extract_html, extract_text
from diembao.text import search_key
from tests.extract.test_layout_classes import PARAS, SAPO, TITLE, _body, _page, _ps
from tests.extract.test_layout_combos import BOXES, CRUMBS, TOPS

ISO = "2019-02-12T10:25:00+07:00"

# ------------------------------------------------------------------ 1. bylines of initials

INITIALS = [
    ("H.M (tổng hợp)", ["H.M"]),
    ("T.L", ["T.L"]),
    ("N.Hương", ["N.Hương"]),
    ("Q.Anh - V.Tùng", ["Q.Anh", "V.Tùng"]),
    ("PV", ["PV"]),
    ("Nhóm PV", ["Nhóm PV"]),
    ("Hà Anh (tổng hợp)", ["Hà Anh"]),
    ("H.M (t/h)", ["H.M"]),
    ("H.M.", ["H.M"]),
    ("Ng.Linh", ["Ng.Linh"]),
    ("N.T.Hương - Th.Hằng", ["N.T.Hương", "Th.Hằng"]),
    ("Q.ANH - V.TÙNG", ["Q.Anh", "V.Tùng"]),
]


@pytest.mark.parametrize(("byline", "authors"), INITIALS)
def test_initials_byline_at_end_of_body(byline: str, authors: list[str]) -> None:
    for tail in (
        f"<p>{byline}</p>",
        f'<p style="text-align:right"><strong>{byline}</strong></p>',
        f'<p align="right"><em>{byline}</em></p>',
        f'<p class="article-detail-author"><a href="/tac-gia/hm">{byline}</a></p>',
        f'<div class="detail-author"><span class="name"><a href="/tac-gia/hm">{byline}</a></span></div>',
    ):
        a = extract_html(_page(_ps(PARAS) + tail))
        assert _body(a) == PARAS, tail
        assert a.authors == authors, tail
        assert a.agency is None, tail


@pytest.mark.parametrize(("byline", "authors"), INITIALS)
def test_initials_byline_in_header_author_element(byline: str, authors: list[str]) -> None:
    for meta in (
        f'<p class="article-detail-author"><a href="/tac-gia/hm">{byline}</a></p>',
        f'<p class="article-detail-author">{byline}</p>',
        f'<div class="detail-author"><span class="name"><a href="/tac-gia/hm">{byline}</a></span></div>',
        f'<div class="detail-author"><span class="name">{byline}</span>'
        '<span class="time">Thứ ba, 12/2/2019, 10:25</span></div>',
    ):
        a = extract_html(_page(_ps(PARAS), meta_line=meta))
        assert a.authors == authors, meta
        assert _body(a) == PARAS, meta


def test_initials_byline_in_plain_text() -> None:
    text = "Tiêu đề bài viết về kinh tế biển\n\n" + "\n\n".join(PARAS) + "\n\nQ.Anh - V.Tùng (tổng hợp)\n"
    a = extract_text(text)
    assert a.authors == ["Q.Anh", "V.Tùng"]
    assert [p.text for p in a.paragraphs] == PARAS[1:]


@pytest.mark.parametrize("line", ["TP.HCM", "Tp.HCM", "TP. HCM", "Q.1"])
def test_place_abbreviation_is_not_an_initials_byline(line: str) -> None:
    a = extract_html(_page(_ps(PARAS) + f"<p>{line}</p>"))
    assert a.authors == []
    assert _body(a)[-1] == line
    meta = f'<div class="post-meta">{line} | Thứ Ba, 12/02/2019 10:25</div>'
    a = extract_html(_page(_ps(PARAS), meta_line=meta))
    assert a.authors == [] and a.published == ISO


# ------------------------------------------------------------------ 2. date line in an author/share bar


@pytest.mark.parametrize(
    "bar",
    [
        '<div class="author-share-top"><a class="author" href="/author/x/">Mộc Miên</a> '
        '<span class="post-time">Thứ ba, 12/2/2019, 10:25</span></div>',
        '<div class="author-share-top"><a class="author" href="/author/x/">Mộc Miên</a> '
        '<span class="post-time">Thứ ba, 12/2/2019, 10:25</span><div class="social">'
        '<a href="https://facebook.com/sharer">Facebook</a><a href="#">Zalo</a></div></div>',
        '<div class="share-bar"><a class="author" href="/author/x/">Mộc Miên</a>'
        '<time datetime="2019-02-12T10:25:00+07:00">12/02/2019</time><a href="#">Chia sẻ</a></div>',
        '<div class="social-share clearfix"><span class="author">Mộc Miên</span> - '
        '<span class="date">12/02/2019 10:25</span></div>',
        '<div class="toolbar-share"><span class="author"><a href="/tg/mm">Mộc Miên</a></span>'
        "<span>Thứ ba, 12/2/2019, 10:25</span></div>",
    ],
)
def test_date_in_author_share_bar(bar: str) -> None:
    top = '<span class="date">Hôm nay: Thứ Năm, 27/11/2026</span>'
    for sapo in ("", f'<div class="sapo">{SAPO}</div>'):
        a = extract_html(_page(_ps(PARAS), meta_line=bar, sapo=sapo, site_top=top))
        assert a.published == ISO, (bar, sapo)
        assert a.authors == ["Mộc Miên"], (bar, sapo)
        assert _body(a) == PARAS
        assert a.sapo == (SAPO if sapo else None)


def test_header_date_beats_share_bar_date_below_the_body() -> None:
    share = (
        '<div class="share-bottom"><span class="date">13/02/2019 08:00</span><a href="#">Facebook</a></div>'
    )
    a = extract_html(
        _page(_ps(PARAS) + share, meta_line='<div class="post-date">Thứ ba, 12/2/2019, 10:25</div>')
    )
    assert a.published == ISO and _body(a) == PARAS


def test_dates_in_comment_and_related_boxes_are_not_the_date() -> None:
    boxes = (
        '<div class="comment-list"><div class="comment-item"><b>Nguyễn An</b>'
        '<span class="date">13/02/2019 08:00</span><p>Bài viết rất hay, cảm ơn tòa soạn.</p></div></div>'
        '<div class="related-news"><ul><li><a href="/a">Ngư dân trúng đậm</a>'
        '<span class="time">11/02/2019 09:00</span></li></ul></div>'
    )
    a = extract_html(_page(_ps(PARAS) + boxes))
    assert a.published is None and _body(a) == PARAS


def test_social_bar_clock_above_the_title_is_not_the_date() -> None:
    top = '<div class="top-social"><span>Thứ Năm, 27/11/2026</span> <a href="#">Facebook</a></div>'
    page = _page(_ps(PARAS)).replace('<div class="header-top">', top + '<div class="hd">')
    assert extract_html(page).published is None
    page = _page(_ps(PARAS), meta_line='<div class="post-date">Thứ ba, 12/2/2019, 10:25</div>')
    assert extract_html(page.replace('<div class="header-top">', top + '<div class="hd">')).published == ISO


# ------------------------------------------------------------------ 3. outlet lead-ins

LEADS = [
    ("QĐND Online - ", None),
    ("TPO - ", None),
    ("VOV.VN - ", "VOV"),
    ("(Dân trí) - ", None),
    ("NDO - ", None),
    ("(TTXVN) - ", "TTXVN"),
    ("ANTĐ - ", None),
    ("(PLO) - ", None),
    ("(NLĐO) - ", None),
    ("SGGPO - ", None),
    ("VTV.vn - ", None),
    ("Vietnamnet - ", None),
    ("Thanhnien.vn - ", None),
    ("Dantri.com.vn - ", None),
    ("QĐND Online – ", None),
    ("QĐND Online — ", None),
    ("TPO – ", None),
    ("Vietnamnet – ", None),
    ("Thanhnien.vn — ", None),
    ("(TTXVN) – ", "TTXVN"),
    ("VOV.VN – ", "VOV"),
]


@pytest.mark.parametrize(("lead", "agency"), LEADS)
def test_outlet_lead_in_removed_from_sapo(lead: str, agency: str | None) -> None:
    for sapo in (f'<div class="sapo">{lead}{SAPO}</div>', f'<h2 class="detail__summary">{lead}{SAPO}</h2>'):
        a = extract_html(_page(_ps(PARAS), sapo=sapo))
        assert a.sapo == SAPO, sapo
        assert a.agency == agency, sapo
        assert _body(a) == PARAS
    a = extract_html(_page(f"<p><strong>{lead}{SAPO}</strong></p>" + _ps(PARAS)))
    assert a.sapo == SAPO and a.agency == agency and _body(a) == PARAS


@pytest.mark.parametrize(("lead", "agency"), LEADS)
def test_outlet_lead_in_removed_from_first_paragraph(lead: str, agency: str | None) -> None:
    a = extract_html(_page(f"<p>{lead}{PARAS[0]}</p>" + _ps(PARAS[1:])))
    assert _body(a) == PARAS and a.agency == agency
    # with a sapo that has no lead-in, the first paragraph still loses it
    a = extract_html(
        _page(f"<p>{lead}{PARAS[0]}</p>" + _ps(PARAS[1:]), sapo=f'<div class="sapo">{SAPO}</div>')
    )
    assert _body(a) == PARAS and a.sapo == SAPO and a.agency == agency
    text = "Tiêu đề bài viết về kinh tế biển\n\n" + lead + PARAS[0] + "\n\n" + "\n\n".join(PARAS[1:]) + "\n"
    t = extract_text(text)
    assert t.sapo == PARAS[0] and t.agency == agency and t.dateline is None


def test_agency_lead_in_does_not_override_byline_agency() -> None:
    a = extract_html(
        _page(_ps(PARAS) + "<p>Minh Anh (TTXVN)</p>", sapo=f'<div class="sapo">VOV.VN - {SAPO}</div>')
    )
    assert (a.sapo, a.authors, a.agency) == (SAPO, ["Minh Anh"], "TTXVN")


@pytest.mark.parametrize(
    "start",
    ["Hà Nội - ", "Kon Tum - ", "Đà Nẵng – ", "Quảng Ngãi - ", "Sáng nay - ", "Bộ Y tế - ", "Lao động - "],
)
def test_ordinary_capitalised_start_is_kept(start: str) -> None:
    """A place dateline ("Hà Nội - Sáng nay ...") or an ordinary phrase is text, not an outlet tag:
    it stays in the sapo / paragraph, and (as before) HTML pages set no dateline from it."""
    a = extract_html(_page(_ps(PARAS), sapo=f'<div class="sapo">{start}{SAPO}</div>'))
    assert a.sapo == start + SAPO and a.agency is None and a.dateline is None
    a = extract_html(_page(f"<p>{start}{PARAS[0]}</p>" + _ps(PARAS[1:])))
    assert _body(a)[0] == start + PARAS[0] and a.dateline is None
    text = "Tiêu đề bài viết về kinh tế biển\n\n" + start + PARAS[0] + "\n\n" + "\n\n".join(PARAS[1:]) + "\n"
    t = extract_text(text)
    assert t.sapo == start + PARAS[0] and t.dateline is None and t.agency is None


def test_lead_in_named_after_the_page_outlet() -> None:
    head = '<meta property="og:site_name" content="Báo Điện tử Miền Trung Online">'
    a = extract_html(
        _page(_ps(PARAS), head=head, sapo=f'<div class="sapo">Báo Điện tử Miền Trung Online - {SAPO}</div>')
    )
    assert a.sapo == SAPO


def test_place_and_agency_lead_still_gives_agency() -> None:
    a = extract_html(_page(_ps(PARAS), sapo=f'<div class="sapo">Hà Nội, 12/2 (TTXVN) - {SAPO}</div>'))
    assert a.sapo == SAPO and a.agency == "TTXVN"
    assert search_key("Hà Nội") not in search_key(a.sapo or "")


# ------------------------------------------------------------------ the three classes combined

NEW_SAPOS = [
    f'<div class="sapo">QĐND Online - {SAPO}</div>',
    f'<h2 class="detail__summary">Thanhnien.vn – {SAPO}</h2>',
    f'<p class="lead"><b>(NLĐO) - {SAPO}</b></p>',
    f'<div class="article__sapo">Vietnamnet - {SAPO}</div>',
    f"<div><strong>VOV.VN - {SAPO}</strong></div>",
]
NEW_BARS = [
    '<div class="author-share-top"><a class="author" href="/author/x/">{who}</a> '
    '<span class="post-time">Thứ ba, 12/2/2019, 10:25</span></div>',
    '<div class="share-tools"><span class="author">{who}</span><span class="date">12/02/2019 10:25</span>'
    '<a href="#">Facebook</a><a href="#">Zalo</a></div>',
    '<div class="detail-author"><span class="name"><a href="/tac-gia/hm">{who}</a></span></div>'
    '<div class="detail-time">Thứ ba, 12/2/2019, 10:25</div>',
    '<p class="article-detail-author">{who}</p><time datetime="2019-02-12T10:25:00+07:00">12/02/2019</time>',
]
NEW_WHO = [
    ("H.M (tổng hợp)", ["H.M"]),
    ("Q.Anh - V.Tùng", ["Q.Anh", "V.Tùng"]),
    ("N.Hương", ["N.Hương"]),
    ("Nhóm PV", ["Nhóm PV"]),
    ("Hà Anh (t/h)", ["Hà Anh"]),
]


def _combo_page(top: int, crumb: int, sapo: int, bar: int, who: int, box: int, article: bool) -> str:
    cut = len(PARAS) // 2
    body = _ps(PARAS[:cut]) + BOXES[box] + _ps(PARAS[cut:])
    inner = (
        CRUMBS[crumb]
        + f"<h1 class='title'>{TITLE}</h1>"
        + NEW_BARS[bar].format(who=NEW_WHO[who][0])
        + NEW_SAPOS[sapo]
        + f'<div class="detail-content">{body}</div>'
    )
    if article:
        inner = f"<article>{inner}</article>"
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} - Báo Mẫu Online</title>'
        f'</head><body>{TOPS[top]}<div class="logo"><a href="/">Báo Mẫu Online</a></div>'
        f'<div class="wrapper"><div class="main-col">{inner}</div></div>'
        '<div class="foot">Giấy phép số 123/GP-BTTTT.</div></body></html>'
    )


def test_new_classes_combined() -> None:
    """Tops, breadcrumbs and read-more boxes of the combination test, with the new bylines, author/share
    bars and lead-ins; every field right on every sampled combination."""
    grid = list(
        itertools.product(
            range(len(TOPS)),
            range(len(CRUMBS)),
            range(len(NEW_SAPOS)),
            range(len(NEW_BARS)),
            range(len(NEW_WHO)),
            range(len(BOXES)),
            (False, True),
        )
    )
    for combo in random.Random(2027).sample(grid, 150):
        a = extract_html(_combo_page(*combo))
        agency = "VOV" if combo[2] == 4 else None
        got = (_body(a), a.sapo, a.authors, a.published, a.category, a.agency)
        assert got == (PARAS, SAPO, NEW_WHO[combo[4]][1], ISO, "Kinh tế", agency), combo
