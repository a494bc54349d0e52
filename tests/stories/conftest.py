"""Helpers for story tests: deterministic pseudo-articles made of real Vietnamese syllables."""

from __future__ import annotations

import random

import pytest

SYLLABLES = (
    "anh bảo biết bình cao chính chủ công của dân đảng đầu điều định đồng đường giao hành hội huyện "
    "kinh làm lãnh lực mới nam năm ngày người nhân nước phát phòng quan quốc sản sinh sóc tác tài "
    "thành thông tỉnh trăng trong trung trưởng tuyên văn việc viên xã xây hòa khỏe thủy ủy quý hoàng "
    "nghiệp tế học đào tạo giáo dục y tế môi trường nông thôn đô thị biển đảo rừng sông cầu đập điện"
).split()


def make_text(seed: int, paragraphs: int = 6, words: int = 60) -> list[str]:
    """Paragraphs of random syllables (seeded): unrelated seeds share almost no 4-syllable shingle."""
    rng = random.Random(seed)
    out = []
    for _ in range(paragraphs):
        ws = [rng.choice(SYLLABLES) for _ in range(words)]
        ws[0] = ws[0].capitalize()
        out.append(" ".join(ws) + ".")
    return out


@pytest.fixture
def text_maker():  # type: ignore[no-untyped-def]
    return make_text
