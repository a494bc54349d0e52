"""The outlet registry (bundled starter list and user files) and URL canonicalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from diembao.errors import InputError
from diembao.ingest.crawl import Outlet, canonical_url, load_registry, select_outlets
from diembao.text import search_key


def test_bundled_registry() -> None:
    outlets = load_registry()
    assert 30 <= len(outlets) <= 60
    keys = {search_key(o.name) for o in outlets}
    for name in [
        "VnExpress",
        "Tuổi Trẻ",
        "Thanh Niên",
        "Dân trí",
        "VietnamPlus",
        "Nhân Dân",
        "Báo Chính phủ",
        "VOV",
        "Quân đội nhân dân",
        "Công an nhân dân",
        "Lao Động",
        "Tiền Phong",
        "Người Lao Động",
        "VietNamNet",
        "Pháp luật TP.HCM",
        "Sài Gòn Giải Phóng",
        "Hà Nội Mới",
        "Báo Đà Nẵng",
    ]:
        assert search_key(name) in keys, name
    assert sum(o.region != "national" for o in outlets) >= 10  # provincial papers too
    for o in outlets:
        assert o.homepage.startswith("https://")
        assert all(u.startswith("https://") and o.owns(u) for u in (*o.feeds, *o.sitemaps)), o.name
        assert o.feeds or o.sitemaps or o.discover_sitemaps, o.name


def test_outlet_owns_subdomains_only() -> None:
    o = Outlet("VnExpress", "https://vnexpress.net/")
    assert o.owns("https://vnexpress.net/a.html") and o.owns("https://suckhoe.vnexpress.net/b.html")
    assert not o.owns("https://notvnexpress.net/a.html") and not o.owns("https://vnexpress.net.evil.com/")


def test_select_outlets_ignores_accents_and_case() -> None:
    outlets = load_registry()
    (o,) = select_outlets(outlets, ["tuoi tre"])
    assert o.name == "Tuổi Trẻ"
    with pytest.raises(InputError, match="unknown outlet 'Báo Mây'"):
        select_outlets(outlets, ["Báo Mây"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[outlet]]\nname = "A"\n', r"outlet #1 \(A\): homepage is not an http\(s\) URL: None"),
        (
            '[[outlet]]\nname = "A"\nhomepage = "https://a.vn"\n[[outlet]]\nname = ""\nhomepage = "https://b.vn"\n',
            r"outlet #2 \(\): needs a non-empty name",
        ),
        (
            '[[outlet]]\nname = "A"\nhomepage = "https://a.vn"\nfeed = ["https://a.vn/rss"]\n',
            r"outlet #1 \(A\): unknown keys \['feed'\]",
        ),
        (
            '[[outlet]]\nname = "A"\nhomepage = "https://a.vn"\nsitemaps = "https://a.vn/s.xml"\n',
            r"outlet #1 \(A\): sitemaps must be a list of URLs",
        ),
        (
            '[[outlet]]\nname = "Tuổi Trẻ"\nhomepage = "https://a.vn"\n[[outlet]]\nname = "tuoi tre"\nhomepage = "https://b.vn"\n',
            r"outlet #2 \(tuoi tre\): duplicate of 'Tuổi Trẻ'",
        ),
        ("[[outlet]\n", "not valid TOML"),
        ("title = 'x'\n", r"needs at least one \[\[outlet\]\] table"),
    ],
)
def test_bad_registry_names_the_entry(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "r.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        load_registry(p)
    assert info.value.source == str(p)


def test_missing_registry_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read outlet registry"):
        load_registry(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTPS://VnExpress.net:443/thoi-su/bai-123.html?utm_source=fb&utm_medium=x#binh-luan",
            "https://vnexpress.net/thoi-su/bai-123.html",
        ),
        ("https://tuoitre.vn/a/./b/../c.htm?id=5&fbclid=abc", "https://tuoitre.vn/a/c.htm?id=5"),
        ("https://ex.vn/x?b=2&a=1", "https://ex.vn/x?a=1&b=2"),
        ("http://example.vn:80", "http://example.vn/"),
        ("http://127.0.0.1:8080/a", "http://127.0.0.1:8080/a"),
        ("https://báo.vn/tin-tức.html", f"https://{'báo.vn'.encode('idna').decode()}/tin-t%E1%BB%A9c.html"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected
    assert canonical_url(expected) == expected  # idempotent


@pytest.mark.parametrize("url", ["mailto:toasoan@example.vn", "javascript:void(0)", "/relative/only", ""])
def test_canonical_url_refuses_non_http(url: str) -> None:
    with pytest.raises(InputError, match="not an http"):
        canonical_url(url)
