"""Tone: positive / neutral / negative for the title and lead of an article."""

from __future__ import annotations

import pytest

from diembao.enrich.tone import LEAD_CHARS, TONES, predict_tone, tone_model
from diembao.errors import InputError


def test_shipped_model_labels() -> None:
    assert set(tone_model().labels) == set(TONES)


def test_clear_cases() -> None:
    assert predict_tone("Tai nạn thảm khốc, 5 người tử vong, nhiều người bị thương nặng") == "negative"
    assert (
        predict_tone("Học sinh Việt Nam giành huy chương vàng Olympic, niềm tự hào của cả nước") == "positive"
    )


def test_only_the_lead_counts() -> None:
    lead = ("Tai nạn thảm khốc, 5 người tử vong, nhiều người bị thương nặng. " * 20)[:LEAD_CHARS]
    happy = "Niềm vui chiến thắng, tự hào, hạnh phúc, thành công rực rỡ. " * 200
    assert predict_tone(lead + happy) == predict_tone(lead) == "negative"


@pytest.mark.parametrize("text", ["", " \n ", "…!?"])
def test_no_words_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        predict_tone(text)


def test_repeated_character() -> None:
    assert predict_tone("a" * 5_000_000) in TONES
