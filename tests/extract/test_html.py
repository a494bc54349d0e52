"""HTML extraction: real VnExpress pages, page furniture, metadata rules and bad input."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from diembao.errors import InputError, NoArticleError
from diembao.extract import extract, extract_html
from diembao.model import RawDoc
from diembao.text import search_key

P = "<p>{}</p>"
PARAS = [
    "Ngày 3/1, Tỉnh ủy Sóc Trăng tổ chức Hội nghị tổng kết công tác Tuyên giáo năm 2023 và triển khai nhiệm vụ năm 2024.",
    "Chỉ đạo tại Hội nghị, ông Lâm Văn Mẫn, Bí thư Tỉnh ủy, biểu dương những thành tích nổi bật đã đạt được trong năm.",
    "Ngành phối hợp các cơ quan báo chí đẩy mạnh tuyên truyền các chủ trương, giải pháp của Trung ương và địa phương.",
]


def page(
    body: str, head: str = "", title: str = "Ngành Tuyên giáo đổi mới sáng tạo, đi trước mở đường"
) -> str:
    return f"<html><head><title>{title}</title>{head}</head><body><h1>{title}</h1>{body}</body></html>"


def test_real_vnexpress_page(shared_data: Path) -> None:
    d = shared_data / "vi_news_html"
    truth = json.loads((d / "fundus_VnExpress_2025_10_22.truth.json").read_text())["expected"]["V1"]
    html = gzip.decompress((d / "fundus" / "VnExpress_2025_10_22.html.gz").read_bytes())
    a = extract_html(html, source="vnexpress")
    assert a.title == truth["title"]
    assert a.authors == truth["authors"]
    assert a.sapo == truth["body"]["summary"][0]
    caption = truth["images"][0]
    paras = [p for p in truth["body"]["sections"][0]["paragraphs"] if not p.startswith(caption["caption"])]
    assert [p.text for p in a.paragraphs] == paras
    assert [(c.text, c.credit) for c in a.captions] == [(caption["caption"], caption["authors"][0])]
    assert a.published == truth["publishing_date"].replace(" ", "T")
    assert a.outlet == "VnExpress"


def test_real_htmldate_page_date(shared_data: Path) -> None:
    d = shared_data / "vi_news_html"
    truth = json.loads((d / "htmldate_VnExpress.net-Kinh-doanh.truth.json").read_text())["expected"]
    a = extract_html((d / "htmldate" / truth["file"]).read_bytes())
    assert a.published is not None and a.published[:10] == truth["date"]


def test_related_box_comments_and_footer_are_not_body() -> None:
    body = (
        '<div class="content">'
        + "".join(P.format(p) for p in PARAS[:2])
        + '<div class="box"><h3>Tin liên quan</h3><ul><li><a href="/a">Sóc Trăng tổng kết năm</a></li></ul></div>'
        + P.format(PARAS[2])
        + "<p><b>Xem thêm:</b> <a href='/b'>Bài khác về hội nghị tổng kết</a></p>"
        + '<p style="text-align:right"><strong>Trung Hiếu</strong></p></div>'
        + '<div class="y-kien"><h3>Ý kiến bạn đọc</h3><div><p>Bài viết phản ánh đúng thực tế ở địa phương tôi, mong các '
        "cơ quan chức năng sớm có giải pháp xử lý dứt điểm tình trạng này.</p></div></div>"
        + "<div>Giấy phép số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</div>"
    )
    a = extract_html(page(body))
    assert [p.text for p in a.paragraphs] == PARAS
    assert a.authors == ["Trung Hiếu"]
    key = search_key(a.to_json())
    for leak in ("tin lien quan", "xem them", "giay phep", "y kien ban doc", "mong cac co quan"):
        assert leak not in key


def test_jsonld_and_visible_dates() -> None:
    body = "<div>" + "".join(P.format(p) for p in PARAS) + "</div>"
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-03T10:25:00+07:00"}</script>'
    assert extract_html(page(body, ld)).published == "2024-01-03T10:25:00+07:00"
    for shown, iso in [
        ("Thứ tư, 3/1/2024, 10:25 (GMT+7)", "2024-01-03T10:25:00+07:00"),
        ("10:25 ngày 03/01/2024", "2024-01-03T10:25:00+07:00"),
        ("03-01-2024 - 01:25 PM", "2024-01-03T13:25:00+07:00"),
    ]:
        a = extract_html(page(f'<span class="date">{shown}</span>' + body))
        assert a.published == iso and shown not in a.text


def test_sapo_from_class_and_lead_tag() -> None:
    body = '<h2 class="detail-sapo">TTO - Ngành Tuyên giáo đã nhân rộng các điển hình tiên tiến.</h2><div>'
    body += "".join(P.format(p) for p in PARAS) + "</div>"
    a = extract_html(page(body))
    assert a.sapo == "Ngành Tuyên giáo đã nhân rộng các điển hình tiên tiến."
    assert a.paragraphs[0].text == PARAS[0]


def test_outlet_from_site_name_domain() -> None:
    body = "<div>" + "".join(P.format(p) for p in PARAS) + "</div>"
    a = extract_html(page(body, '<meta property="og:site_name" content="tuoitre.vn">'))
    assert a.outlet == "Tuổi Trẻ"
    assert extract_html(page(body), url="https://vnexpress.net/x.html").outlet == "VnExpress"


def test_listing_and_error_pages_have_no_article() -> None:
    items = "".join(
        f'<div class="item"><h3><a href="/{i}">Tiêu đề bài báo số {i} về kinh tế xã hội trong nước</a></h3></div>'
        for i in range(20)
    )
    with pytest.raises(NoArticleError):
        extract_html(page(items, title="Trang chủ - Báo Mẫu"))
    with pytest.raises(NoArticleError):
        extract_html(page("<p>Trang bạn tìm không tồn tại.</p>", title="404 Not Found"))


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50, b"\x00\x01" * 5000, b"<html><body><p>ng"],
    ids=["empty", "blank", "png", "nul", "truncated-short"],
)
def test_bad_input_is_a_per_document_error(data: bytes) -> None:
    with pytest.raises(InputError):
        extract_html(data, source="bad")


def test_truncated_page_still_gives_what_is_there() -> None:
    html = page("<div>" + "".join(P.format(p) for p in PARAS) + "</div>").encode()
    a = extract_html(html[: html.index(b"Ng\xc3\xa0nh ph")], source="cut")
    assert a.paragraphs[0].text == PARAS[0]


def test_huge_and_deep_input_bounded_time() -> None:
    t = time.perf_counter()
    with pytest.raises(InputError):
        extract_html(b"<html><body><p>" + b"a" * (30 * 1024 * 1024) + b"</p></body></html>")
    with pytest.raises(InputError):
        extract_html(("<html><body>" + "<div>" * 10000 + "<p>xin chào</p>" + "</div>" * 10000).encode())
    assert time.perf_counter() - t < 20


def test_broken_charset_declaration() -> None:
    html = page("<div>" + "".join(P.format(p) for p in PARAS) + "</div>", '<meta charset="no-such-charset">')
    a = extract_html(html.encode("utf-8"))
    assert a.paragraphs[1].text == PARAS[1]


def test_record_kinds() -> None:
    html = page("<div>" + "".join(P.format(p) for p in PARAS) + "</div>")
    a = extract(
        RawDoc(source="r.jsonl:1", kind="record", record={"url": "https://nhandan.vn/x", "html": html})
    )
    assert a.outlet == "Nhân Dân" and a.paragraphs[0].text == PARAS[0]
    rec = {
        "id": "7",
        "title": "Tiêu đề có sẵn",
        "text": "\n".join(PARAS),
        "published": "2024-01-03 10:25",
        "outlet": "VOV",
    }
    b = extract(RawDoc(source="r.jsonl:2", kind="record", record=rec))
    assert (b.title, b.outlet, b.published) == ("Tiêu đề có sẵn", "VOV", "2024-01-03T10:25:00+07:00")
    assert b.sapo == PARAS[0] and [p.text for p in b.paragraphs] == PARAS[1:]
    with pytest.raises(NoArticleError):
        extract(RawDoc(source="r.jsonl:3", kind="record", record={"id": "8"}))


@pytest.mark.parametrize(
    "title",
    ["Quyền lợi người lao động được bảo đảm", "1.500 công nhân thoát chết", "Lời kêu gọi thi đua",
     "Lỗi hệ thống khiến ngân hàng dừng giao dịch"],
)  # fmt: skip
def test_news_titles_are_not_mistaken_for_error_pages(title: str) -> None:
    a = extract_html(page("<div>" + "".join(P.format(p) for p in PARAS) + "</div>", title=title).encode())
    assert a.title == title and a.paragraphs[0].text == PARAS[0]


@pytest.mark.parametrize("title", ["404 Not Found", "Lỗi 404", "Trang không tồn tại", "Đã xảy ra lỗi"])
def test_error_pages_have_no_article(title: str) -> None:
    with pytest.raises(NoArticleError):
        extract_html(page("<p>Xin lỗi, trang bạn tìm không có.</p>", title=title).encode())
