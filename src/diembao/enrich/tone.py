"""Tone of press coverage (positive | neutral | negative), by a shipped linear model.

Trained on DANeS headlines + sapos (CC BY 4.0) by ``scripts/train_tone.py``; it judges the
sentiment of the news text itself, which the headline and lead carry, so only the start of the
article is scored.
"""

from __future__ import annotations

import functools

from diembao.enrich.topic import MODELS, LinearTextModel
from diembao.errors import InputError

TONE_MODEL = MODELS / "tone.npz"
TONES = ("positive", "neutral", "negative")
# DANeS texts are a headline and a sapo (~250 characters); the lead of an article is the match.
LEAD_CHARS = 600


@functools.cache
def tone_model() -> LinearTextModel:
    """The shipped tone model, loaded once."""
    return LinearTextModel.load(TONE_MODEL)


def predict_tone(text: str) -> str:
    """ "positive", "neutral" or "negative" for the title + lead of ``text``; InputError if no words."""
    lead = text[:LEAD_CHARS]
    if not any(ch.isalnum() for ch in lead):
        raise InputError("no words to judge the tone of")
    return tone_model().predict(lead)
