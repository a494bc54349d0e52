"""Topic model: the shipped model loads without pickle and classifies plain news text."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from diembao.enrich.topic import (
    DISPLAY_NAMES,
    LinearTextModel,
    display_name,
    features,
    predict_topic,
    topic_model,
)
from diembao.errors import InputError

SPORT = (
    "Đội tuyển Việt Nam thắng Thái Lan 2-1 ở chung kết AFF Cup\n"
    "Tiền đạo ghi bàn ở phút 89, huấn luyện viên khen các cầu thủ đã thi đấu kiên cường trên sân."
)
HEALTH = (
    "Bệnh viện Bạch Mai tiếp nhận nhiều ca sốt xuất huyết\n"
    "Bác sĩ khuyến cáo người dân diệt muỗi, khi sốt cao cần đến cơ sở y tế để được điều trị kịp thời."
)


def test_shipped_model_has_the_ten_vntc_labels() -> None:
    m = topic_model()
    assert set(m.labels) == set(DISPLAY_NAMES)
    assert m.coef.shape == (len(m.vocab), len(m.labels))


@pytest.mark.parametrize(("text", "label"), [(SPORT, "The thao"), (HEALTH, "Suc khoe")])
def test_predicts_obvious_topics(text: str, label: str) -> None:
    assert predict_topic(text) == label


def test_spelling_variants_do_not_change_features() -> None:
    assert features("Hòa bình VĂN HOÁ") == features("Hoà bình văn hóa")


def test_display_names() -> None:
    assert display_name("Suc khoe") == "Sức khỏe"
    assert display_name("unknown") == "unknown"


@pytest.mark.parametrize("text", ["", "   ", "!!! ... ---"])
def test_no_words_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        predict_topic(text)


@pytest.mark.parametrize("text", ["a" * 5_000_000, SPORT * 3000, "Đ" * 1_000_000])
def test_huge_input_is_bounded(text: str) -> None:
    t0 = time.perf_counter()
    assert predict_topic(text) in DISPLAY_NAMES
    assert time.perf_counter() - t0 < 5


def test_save_load_round_trip(tmp_path: Path) -> None:
    m = LinearTextModel(
        labels=("x", "y"),
        vocab={"bóng": 0, "đá": 1, "bóng đá": 2},
        idf=np.array([1.0, 1.5, 2.0], dtype=np.float32),
        coef=np.array([[1.0, -1.0], [0.5, -0.5], [-2.0, 2.0]], dtype=np.float32),
        intercept=np.array([0.0, 0.1], dtype=np.float32),
    )
    path = tmp_path / "m.npz"
    m.save(path)
    back = LinearTextModel.load(path)
    assert back.labels == m.labels and back.vocab == m.vocab
    np.testing.assert_allclose(back.scores("bóng đá"), m.scores("bóng đá"), atol=1e-3)
    assert back.predict("bóng đá bóng đá") == "y"
    assert back.predict("đá") == "x"
