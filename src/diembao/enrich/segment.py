"""Vietnamese word segmentation: multi-syllable words ("Sóc Trăng", "tổng kết") with offsets.

Engine: pyvi's CRF model (the fastest maintained segmenter we measured), called on syllables we cut
ourselves so that offsets point into the caller's text even when it is not NFC, plus a small
post-correction table learnt from the UD Vietnamese-VTB *train+dev* splits (CC BY-SA 4.0;
`data/segment_corrections.json`: the multi-syllable words pyvi splits and the words it joins that
the treebank keeps apart). Never learnt from a test split.

Measured word F1 and speed on one core (`python -m eval.segment`, full test sets, 2026-11):
                        ours             pyvi alone       underthesea 9.5 (peer, not a dependency)
  UD-VTB test           0.9754 570 KB/s  0.9743 900 KB/s  0.9571 285 KB/s
  VLSP-2013 POS test    0.9539 650 KB/s  0.9513 950 KB/s  0.9795 290 KB/s
VLSP-2013 stays below 0.97 for us (and UD-VTB for underthesea, which is trained on VLSP data):
the VLSP test text is legal prose whose conventions join long domain terms ("xã hội chủ nghĩa",
"Bộ luật hình sự", "Uỷ ban Thường vụ Quốc hội") absent from the data we may learn from (UD-VTB
train+dev has none of them), so no single engine reaches 0.97 on both sets.
"""

from __future__ import annotations

import json
import re
import string
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

# pyvi's own syllable pattern (abbreviations, numbers with separators, URLs, e-mails, words,
# single punctuation marks) so the CRF sees the units it was trained on.
_SYLLABLE = re.compile(
    r"[A-ZĐ]+\.|Tp\.|Mr\.|Mrs\.|Ms\.|Dr\.|ThS\.|==>|->|\.\.\.|>>"
    r"|\w+://\S+|[a-zA-Z0-9_.+-]+@(?:[a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+"
    r"|\d+(?:[.,_]\d+)+|[^\w\s\u0300-\u036f]|(?:\w|[\u0300-\u036f])+"
)
# Chunks are cut at line breaks and after sentence punctuation: CRF cost is linear but one
# 5 MB "sentence" would hold every feature dict in memory at once.
_MAX_CHUNK = 200
_PUNCT = set(string.punctuation)
_MAX_MERGE = 6
_HOA = {"hoá", "hóa"}


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark; `text == source[start:end]` (may contain spaces)."""

    text: str
    start: int
    end: int
    is_word: bool


@lru_cache(maxsize=1)
def _corrections() -> tuple[dict[tuple[str, ...], int], frozenset[tuple[str, ...]]]:
    raw = json.loads(resources.files("diembao.enrich").joinpath("data/segment_corrections.json").read_text())
    merges = {tuple(k.split(" ")): 1 for k in raw["merge"]}
    splits = frozenset(tuple(k.split(" ")) for k in raw["split"])
    return merges, splits


@lru_cache(maxsize=1)
def _pyvi() -> Any:
    # Imported lazily: loading the model takes ~0.3 s and most commands never segment.
    from pyvi import ViTokenizer

    return ViTokenizer.ViTokenizer


def _key(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower()


def _chunks(text: str) -> list[list[tuple[int, int]]]:
    out: list[list[tuple[int, int]]] = []
    for line in re.finditer(r"[^\n]+", text):
        cur: list[tuple[int, int]] = []
        base = line.start()
        for m in _SYLLABLE.finditer(line.group()):
            cur.append((base + m.start(), base + m.end()))
            tok = m.group()
            if (tok in {".", "!", "?", ";"} and len(cur) > 8) or len(cur) >= _MAX_CHUNK:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
    return out


def _joinable(prev: str, cur: str) -> bool:
    # pyvi's own veto on its CRF label (kept so our output equals pyvi's before correction).
    return not (
        cur in _PUNCT
        or prev in _PUNCT
        or cur[0].isdigit()
        or prev[0].isdigit()
        or (cur[0].istitle() and not prev[0].istitle())
    )


def _correct(sylls: list[str], groups: list[list[int]]) -> list[list[int]]:
    merges, splits = _corrections()
    keyed = [_key(s) for s in sylls]
    fixed: list[list[int]] = []
    for g in groups:
        if len(g) > 1 and tuple(keyed[i] for i in g) in splits:
            fixed.extend([i] for i in g)
        else:
            fixed.append(g)
    out: list[list[int]] = []
    i = 0
    while i < len(fixed):
        best = 1
        n_syl = len(fixed[i])
        j = i + 1
        # Longest run of whole tokens whose syllables form a known word pyvi split.
        while j < len(fixed) and n_syl + len(fixed[j]) <= _MAX_MERGE:
            n_syl += len(fixed[j])
            j += 1
            if tuple(keyed[k] for g in fixed[i:j] for k in g) in merges:
                best = j - i
        merged = [k for g in fixed[i : i + best] for k in g]
        # "-hoá" (-isation) closes the word before it: UD-VTB train writes "cổ phần hóa",
        # "xã hội hóa", "kế hoạch hóa" as one word and pyvi leaves the suffix apart.
        if (
            len(merged) == 1
            and keyed[merged[0]] in _HOA
            and out
            and len(out[-1]) > 1
            and sylls[out[-1][0]].islower()
        ):
            out[-1].extend(merged)
        else:
            out.append(merged)
        i += best
    return out


def segment(text: str) -> list[Token]:
    """Words and punctuation of `text` with offsets into it; multi-syllable words are one Token."""
    if not text:
        return []
    tok = _pyvi()
    chunks = _chunks(text)
    tokens: list[Token] = []
    batch = 256
    for b in range(0, len(chunks), batch):
        part = chunks[b : b + batch]
        sylls = [[unicodedata.normalize("NFC", text[s:e]) for s, e in ch] for ch in part]
        labels = tok.model.predict([tok.sent2features(s, False) for s in sylls])
        for ch, sy, lab in zip(part, sylls, labels, strict=True):
            groups: list[list[int]] = [[0]]
            for i in range(1, len(sy)):
                if lab[i] == "I_W" and _joinable(sy[i - 1], sy[i]):
                    groups[-1].append(i)
                else:
                    groups.append([i])
            for g in _correct(sy, groups):
                s, e = ch[g[0]][0], ch[g[-1]][1]
                surface = text[s:e]
                tokens.append(Token(surface, s, e, any(c.isalnum() for c in surface)))
    return tokens


def words(text: str) -> list[str]:
    """The words of `text` (punctuation dropped), each as written."""
    return [t.text for t in segment(text) if t.is_word]
