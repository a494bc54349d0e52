"""The fast paths of the text layer give exactly what the plain definitions give."""

from __future__ import annotations

import re
import sys
import threading
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.text import normalise as n
from diembao.text import normalise_whitespace

fold_module = sys.modules["diembao.text.fold"]  # the package exports a function of the same name
fold = fold_module.fold

# Vietnamese letters in both cases and spellings, the usual punctuation, characters outside the
# fast fold map (other scripts, look-alikes, controls, NUL, lone surrogates, non-alphabetic word
# characters), spaces and newlines in runs.
CHARS = [
    *"aăâeêioôơuưyAĂÂEÊIOÔƠUƯYgGqQhnNtcđĐ -_2\n",
    *n._TONED,
    *"\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b",
    *"“”…–€ǯΣΑΩÅ\u212bİß中ﬁ²Ⅻ\x00\x01\x1f\x7f\ufffe\ud800\u00a0\u2028",
]
TEXT = st.text(alphabet=st.sampled_from(CHARS), max_size=30)


# The whitespace patterns as first written (each alternative tried at every position); offsets.py
# records the edits of the faster ones, which must match the same spans.
PLAIN_WS = (
    re.compile(r"(?<= ) +| +(?=\n)|(?<=\n) +"),
    re.compile(r"(?<=\n\n)\n+"),
    re.compile(r"\A[ \n]+|[ \n]+\Z"),
)


def _delete_all(s: str) -> str:
    for rx in (n.RE_WS_SPACES, n.RE_WS_BLANKS, n.RE_WS_EDGES):
        s = rx.sub("", s)
    return s


@given(TEXT)
@settings(max_examples=500, deadline=None)
def test_fold_is_translate_then_lower(s: str) -> None:
    assert fold(s) == s.translate(fold_module._FOLD).lower()


@given(TEXT)
@settings(max_examples=500, deadline=None)
def test_whitespace_matches_the_deletions_offsets_follow(s: str) -> None:
    assert normalise_whitespace(s) == _delete_all(s)
    for fast, plain in zip((n.RE_WS_SPACES, n.RE_WS_BLANKS, n.RE_WS_EDGES), PLAIN_WS, strict=True):
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)]


@given(TEXT, st.integers(min_value=0, max_value=30))
@settings(max_examples=500, deadline=None)
def test_candidate_scan_finds_what_the_plain_pattern_finds(s: str, pos: int) -> None:
    s = unicodedata.normalize("NFC", s)
    pos = min(pos, len(s))
    fast = n._next_candidate(s, pos)
    plain = n._RE_CANDIDATE.search(s, pos)
    assert (fast and fast.span()) == (plain and plain.span())


def test_whitespace_examples() -> None:
    assert normalise_whitespace("  a  b \n  c \n\n\n\n d  ") == "a b\nc\n\nd"
    assert normalise_whitespace(" \n \n ") == ""


def test_fold_examples_and_threads() -> None:
    assert fold("VĂN HOÁ “Đà Nẵng” 中文 Σ ǯ\x00x") == "van hoa “da nang” 中文 σ ǯ\x00x"
    texts = [f"Hà Nội {i} 中{i}文 ĐÀ" * 50 for i in range(8)]
    want = [t.translate(fold_module._FOLD).lower() for t in texts]
    got: dict[int, bool] = {}

    def run(i: int) -> None:
        got[i] = all(fold(texts[i]) == want[i] for _ in range(200))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got.values()) and len(got) == 8
