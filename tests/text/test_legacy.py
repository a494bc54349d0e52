"""Legacy encodings (TCVN3, VNI, VIQR, UTF-8 mojibake, Windows-1258) and decode_bytes."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest

from diembao.text import canonical, decode_bytes, detect_legacy, fix_legacy
from diembao.text.legacy import _TCVN, _VNI

SAMPLE = "Tiếng Việt rất hay. Đà Nẵng, Hồ Chí Minh, người dân được hỗ trợ, Ủy ban Nhân dân tỉnh Sóc Trăng."


@pytest.mark.parametrize(
    ("text", "scheme", "want"),
    [
        ("ViÖt Nam", "tcvn3", "Việt Nam"),
        ("B¶o Th¾ng, M\u00adêng Kh\u00ad¬ng", "tcvn3", "Bảo Thắng, Mường Khương"),
        ("VIÖT NAM §µ N½NG", "tcvn3", "VIỆT NAM ĐÀ NẴNG"),
        ("Tieáng Vieät raát hay, ñöôïc", "vni", "Tiếng Việt rất hay, được"),
        ("Vie^.t Nam", "viqr", "Việt Nam"),
        ("Ho^` Chi' Minh", "viqr", "Hồ Chí Minh"),
        ("Viá»‡t Nam", "utf8-mojibake", "Việt Nam"),
        ("Vi\u00ea\u00f2t Nam ho\u00f2c sinh", "cp1258", "Việt Nam học sinh"),
    ],
)
def test_examples(text: str, scheme: str, want: str) -> None:
    assert detect_legacy(text) == scheme
    assert fix_legacy(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam hoà bình, đó là Nguyễn Thị Thuý",
        "Hello world, price 5$ at http://x.com/a?b=c&d=e.",
        "café crème élève à Paris, año, Señor, schön, não",
        "I'm sure it's fine. What is a? x^2 + a^2; f(a(b))",
        "def f(x):\n    return x.get('a') or y[a+1]\n",
        "",
    ],
)
def test_leaves_correct_text_alone(text: str) -> None:
    assert detect_legacy(text) is None
    assert fix_legacy(text) == text


def _inverse(table: dict[str, str]) -> dict[str, str]:
    inv: dict[str, str] = {}
    for k, v in table.items():
        if len(k) == 1 or k[0].islower() == k[1].islower():
            inv.setdefault(v, k)
    return inv


def to_vni(s: str) -> str:
    inv = _inverse(_VNI)
    return "".join(inv.get(c, c) for c in unicodedata.normalize("NFC", s))


def to_tcvn3(s: str) -> str:
    inv = {v: k for k, v in _TCVN.items() if 0xA0 <= ord(k) < 0x100}
    return "".join(inv.get(c, inv.get(c.lower(), c)) for c in unicodedata.normalize("NFC", s))


def to_mojibake(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="diembao-latin1")


def to_cp1258_bytes(s: str) -> bytes:
    out = bytearray()
    for c in unicodedata.normalize("NFC", s):
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            tone = "".join(x for x in d if x in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(x for x in d if x not in tone))
            out += (base + tone).encode("cp1258")
    return bytes(out)


def to_viqr(s: str) -> str:
    marks = {
        "\u0302": "^",
        "\u0306": "(",
        "\u031b": "+",
        "\u0300": "`",
        "\u0301": "'",
        "\u0309": "?",
        "\u0303": "~",
        "\u0323": ".",
    }
    out = []
    for c in unicodedata.normalize("NFC", s):
        d = unicodedata.normalize("NFD", c)
        mods = sorted(d[1:], key=lambda x: x in "\u0300\u0301\u0309\u0303\u0323")  # modifier, then tone
        out.append({"đ": "dd", "Đ": "DD"}.get(c, d[0] + "".join(marks.get(x, x) for x in mods)))
    return "".join(out)


@pytest.mark.parametrize(
    ("encode", "scheme"),
    [(to_vni, "vni"), (to_tcvn3, "tcvn3"), (to_mojibake, "utf8-mojibake"), (to_viqr, "viqr")],
)
def test_round_trip_sample(encode, scheme: str) -> None:  # type: ignore[no-untyped-def]
    enc = encode(SAMPLE)
    assert detect_legacy(enc) == scheme
    got, want = canonical(fix_legacy(enc)), canonical(SAMPLE)
    if scheme == "tcvn3":  # ".Vn" fonts keep capitals in a separate font: the case of "Ủ" is lost
        got, want = got.lower(), want.lower()
    assert got == want


def test_round_trip_real_corpus(shared_data: Path) -> None:
    docs = [
        json.loads(line)["text"][:2000]
        for line in (shared_data / "vntc" / "vntc_10topics_sample.jsonl").open(encoding="utf-8")
    ][:60]
    assert all(detect_legacy(d) is None for d in docs)
    for enc in (to_vni, to_tcvn3, to_mojibake):
        good = sum(canonical(fix_legacy(enc(d))).lower() == canonical(d).lower() for d in docs)
        assert good == len(docs), enc.__name__
    words = right = 0
    for d in docs:
        want, got = canonical(d).split(), canonical(fix_legacy(to_viqr(d))).split()
        if len(want) == len(got):
            words += len(want)
            right += sum(a == b for a, b in zip(want, got, strict=True))
    assert right >= 0.98 * words  # VIQR's "." and "?" are ambiguous by design


def test_decode_bytes_cases() -> None:
    utf8 = SAMPLE.encode("utf-8")
    assert decode_bytes(utf8, "iso-8859-1") == (SAMPLE, "utf-8")  # mis-declared Latin page
    assert decode_bytes(b"\xef\xbb\xbf" + utf8, None)[0] == SAMPLE
    assert decode_bytes(SAMPLE.encode("utf-16"), None)[0] == SAMPLE
    cp = to_cp1258_bytes(SAMPLE)
    text, enc = decode_bytes(cp, "utf-8")  # declared UTF-8, really Windows-1258
    assert (text, enc) == (SAMPLE, "cp1258")
    assert decode_bytes(cp, None)[0] == SAMPLE
    html = b'<html><head><meta charset="windows-1258"></head><body>' + cp + b"</body></html>"
    assert SAMPLE in decode_bytes(html, None)[0]
    tc = to_tcvn3(SAMPLE).encode("cp1252")
    text, enc = decode_bytes(tc, None)
    assert (text.lower(), enc) == (SAMPLE.lower(), "cp1252+tcvn3")
    assert decode_bytes(b"plain ascii", None) == ("plain ascii", "ascii")
    broken = utf8 * 3 + b"\xff" + utf8
    assert decode_bytes(broken, None)[1] == "utf-8"


def test_decode_bytes_bounded_time() -> None:
    big = to_cp1258_bytes(SAMPLE + "\n") * (30 * 1024 * 1024 // 110)
    t = time.perf_counter()
    text, enc = decode_bytes(big, None)
    assert enc == "cp1258" and text.startswith(SAMPLE)
    assert time.perf_counter() - t < 30
