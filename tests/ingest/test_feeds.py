"""Feed and sitemap parsing: RSS, Atom, sitemap index, Google News sitemap, gzip, broken input."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from diembao.errors import InputError
from diembao.ingest.feeds import FeedEntry, is_feed_or_sitemap, parse_feed

DATA = Path(__file__).resolve().parents[1] / "data" / "crawl"
BASE = "https://bao.example"


def load(name: str) -> bytes:
    return (DATA / name).read_text(encoding="utf-8").replace("{BASE}", BASE).encode("utf-8")


def test_rss_entries_with_dates_titles_and_relative_links() -> None:
    entries = parse_feed(load("rss.xml"), base_url=BASE + "/rss.xml")
    by_url = {e.url: e for e in entries}
    first = by_url[BASE + "/thoi-su/bai-1.html?utm_source=rss&utm_medium=feed"]
    assert first.title == "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ"
    assert first.published == "2024-01-01T09:30:00+07:00"  # the feed's own offset is kept
    assert first.source_feed == BASE + "/rss.xml"
    assert not first.is_sitemap
    # A relative <link> resolves against the feed's URL.
    assert BASE + "/kinh-te/bai-2.html" in by_url
    # The item without any link is dropped; the off-site link is kept (the crawler filters it).
    assert "http://other.example/bai-9.html" in by_url
    assert len(entries) == 5


def test_atom_entries() -> None:
    entries = parse_feed(load("atom.xml"), base_url="https://example.vn/atom.xml")
    assert [e.url for e in entries] == [
        "https://example.vn/chinh-tri/luat-dat-dai.html",
        "https://example.vn/do-thi/duong-sat.html",
    ]
    assert entries[0].published == "2024-01-02T07:45:00+07:00"
    assert entries[0].updated == "2024-01-02T08:00:00+07:00"
    assert entries[1].published is None and entries[1].updated == "2024-01-01T22:10:00+00:00"
    assert entries[1].title == "Hà Nội mở rộng tuyến đường sắt đô thị"


def test_sitemap_index_returns_child_sitemaps() -> None:
    entries = parse_feed(load("sitemap_index.xml"), base_url=BASE + "/sitemap.xml")
    assert [e.url for e in entries] == [BASE + "/sitemap-news.xml", BASE + "/sitemap-2009.xml"]
    assert all(e.is_sitemap for e in entries)
    assert entries[1].updated == "2009-01-01"


def test_google_news_sitemap() -> None:
    entries = parse_feed(load("sitemap_news.xml"), base_url=BASE + "/sitemap-news.xml")
    assert entries[0] == FeedEntry(
        url=BASE + "/xa-hoi/bai-3.html",
        title="Đồng bằng sông Cửu Long chủ động phòng chống hạn mặn",
        published="2099-01-01T06:15:00+07:00",
        source_feed=BASE + "/sitemap-news.xml",
    )
    assert entries[1].published == "2001-05-01"


def test_plain_sitemap_without_namespace_and_gzipped() -> None:
    data = load("sitemap_plain.xml")
    for blob in (data, gzip.compress(data)):
        assert is_feed_or_sitemap(blob)
        entries = parse_feed(blob)
        assert [e.url for e in entries] == ["https://example.vn/a.html", "https://example.vn/b.html"]
        assert entries[0].updated == "2024-03-05" and entries[1].updated is None


def test_sniffing() -> None:
    assert is_feed_or_sitemap(load("rss.xml"))
    assert is_feed_or_sitemap(load("atom.xml"))
    assert is_feed_or_sitemap(b"\xef\xbb\xbf<!-- x --><urlset/>")
    assert is_feed_or_sitemap(b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')
    assert not is_feed_or_sitemap(load("article.html"))
    assert not is_feed_or_sitemap(b"<!-- <rss> --><html></html>")
    assert not is_feed_or_sitemap(b"")
    assert not is_feed_or_sitemap(b"\x1f\x8bnot really gzip")


def test_broken_feed_is_a_clear_input_error() -> None:
    with pytest.raises(InputError, match="broken feed XML"):
        parse_feed(load("broken.xml"), base_url=BASE + "/broken.xml")


def test_truncated_feed_keeps_the_items_before_the_break() -> None:
    data = load("rss.xml")
    cut = data[: data.index("<title>Bài nội bộ".encode())]
    entries = parse_feed(cut, base_url=BASE + "/rss.xml")
    assert [e.url.rsplit("/", 1)[-1] for e in entries] == [
        "bai-1.html?utm_source=rss&utm_medium=feed",
        "bai-2.html",
    ]


def test_broken_sitemap_and_non_feeds() -> None:
    with pytest.raises(InputError, match="broken sitemap XML"):
        parse_feed(b"<urlset><url><loc>")
    with pytest.raises(InputError, match=r"not a feed or sitemap \(root element <html>\)"):
        parse_feed(load("article.html"))
    with pytest.raises(InputError, match="no XML element"):
        parse_feed(b"   ")
    with pytest.raises(InputError, match="gzip"):
        parse_feed(gzip.compress(b"<urlset>")[:-8] + b"garbage!")


def test_entities_are_not_expanded() -> None:
    # XXE: an external entity must never be read from disk.
    data = (
        b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<urlset><url><loc>https://example.vn/&x;</loc></url></urlset>"
    )
    entries = parse_feed(data)
    assert all("root:" not in e.url for e in entries)
