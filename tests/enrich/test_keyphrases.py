"""Keyphrases: words (not syllables), no stopwords or numbers, deduplicated, original surface."""

from __future__ import annotations

import time

import pytest

from diembao.enrich.keyphrases import STOPWORDS, keyphrases
from diembao.text import canonical


def test_seed_article(seed_text: str) -> None:
    got = keyphrases(seed_text, k=10)
    assert 5 <= len(got) <= 10
    assert all(k in seed_text for k in got)  # surface as written
    keys = [canonical(k).lower() for k in got]
    assert len(set(keys)) == len(keys)
    assert not any(k in STOPWORDS or k.replace(" ", "").isdigit() for k in keys)
    assert sum(len(k.split()) >= 2 for k in got) >= len(got) // 2  # mostly multi-syllable words
    assert any("Sóc Trăng" in k for k in got)


def test_tone_mark_variants_are_one_phrase() -> None:
    text = "Giá thủy sản tăng. Xuất khẩu thuỷ sản đạt kỷ lục. Doanh nghiệp thủy sản lãi lớn.\n" * 3
    got = [canonical(k).lower() for k in keyphrases(text)]
    assert len(set(got)) == len(got)
    assert any(canonical("thủy sản") in k for k in got)
    assert not any(k == "thuỷ sản" or "thuỷ" in k for k in got)


def test_k_limits() -> None:
    text = "Ngân hàng Nhà nước điều chỉnh lãi suất điều hành để hỗ trợ doanh nghiệp và thị trường."
    assert len(keyphrases(text, k=2)) <= 2
    assert keyphrases(text, k=0) == []


@pytest.mark.parametrize("text", ["", "   ", "12 345 6.789", "a" * 5_000_000, "Hà Nội " * 700_000])
def test_bad_input_is_bounded(text: str) -> None:
    t0 = time.perf_counter()
    got = keyphrases(text)
    assert time.perf_counter() - t0 < 10
    assert all(len(k) <= 40 for k in got)
    assert len({canonical(k).lower() for k in got}) == len(got)
