"""Vietnamese word segmentation: multi-syllable words ("Sóc Trăng", "tổng kết") with offsets.

Engine: pyvi's CRF model (the fastest maintained segmenter we measured), called on syllables we cut
ourselves so that offsets point into the caller's text even when it is not NFC, then corrected with
`data/segment_corrections.json` (built by `python -m eval.segment --build`, from training data only,
never a test split we score on):
- merges / splits: words pyvi splits or joins against the gold of UD Vietnamese-VTB train+dev (CC
  BY-SA 4.0) and of VietNews (RDRsegmenter output, VLSP-2013 conventions, nine documents in ten),
  kept only where UD-VTB does not mostly write the other way ("người dân", "không chỉ", "nâng cao":
  the conventions disagree there and pyvi is left alone);
- a lexicon of known words ranked by frequency: a long lowercase pyvi word that no source knows
  ("trật tự quản lí", "loại hình phạt") is split into the fewest known words spelling it;
- rules: "-hoá" closes the word before it; a family name and the capitalised syllables after it
  (up to 4 syllables) are one word ("Vũ Đình Hoè"). Old and new tone placement ("hoá"/"hóa",
  "Uỷ"/"Ủy") share one spelling in the tables.

Measured word F1 and speed on one core (`python -m eval.segment`, full test sets, 2026-11):
                        ours             pyvi alone       underthesea 9.5 (peer, not a dependency)
  UD-VTB test           0.9781 570 KB/s  0.9743 815 KB/s  0.9571 259 KB/s
  VLSP-2013 POS test    0.9702 650 KB/s  0.9513 880 KB/s  0.9795 267 KB/s
(speeds on a shared 2-core machine; best of three runs about 630 and 650 KB/s). Before the VietNews
corrections, the lexicon split and the name rule: 0.9754 and 0.9539. What is left on VLSP-2013 (legal
prose) is mostly convention, not engine: of its 1,398 missed gold words, 567 are multi-syllable
words that no training source has as a word (long names joined whole: "Uỷ ban Thường vụ Quốc hội",
"Bộ luật hình sự", "Hiến pháp 1946"; domain terms: "chủ nghĩa hợp hiến") and 250 are words UD-VTB
train+dev writes as two ("người dân" 0 of 34, "không chỉ", "nào đó", "bên cạnh").
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

from diembao.enrich.crf_features import tokenizer_attributes

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
_HOA = {"hoá", "hóa"}
# Common Vietnamese family names (not those that mostly open place names: Hà, Cao, Lâm, Thái).
_SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương trịnh"
    " trương phùng tô tạ lưu đinh chu kiều lương quách tăng triệu diệp hứa khổng lục mạc nghiêm"
    " tôn tống viên doãn khúc lã lò mai".split()
)
_MAX_NAME = 4
# A letter or digit: what str.isalnum() accepts (\w is that plus "_").
_ALNUM = re.compile(r"[^\W_]")


def _tone_table() -> dict[str, str]:
    # Old-style tone placement on open "oa", "oe", "uy" ("hoá", "Uỷ", "thuỷ") -> the new one
    # ("hóa", "Ủy", "thủy"), so UD-VTB (new) and VietNews / VLSP (old) spellings share table keys;
    # "quý" is the same in both styles. pyvi itself sees the text as written (measured: better so).
    table: dict[str, str] = {}
    for tones in ("àáảãạ", "èéẻẽẹ", "ỳýỷỹỵ"):
        base = unicodedata.normalize("NFD", tones[0])[0]
        first = {"a": "o", "e": "o", "y": "u"}[base]
        for t in tones:
            mark = unicodedata.normalize("NFD", t)[1]
            for f in (first, first.upper()):
                new = unicodedata.normalize("NFC", f + mark) + base
                table[f + t] = new
    return table


_TONES = _tone_table()
_OLD_TONE = re.compile("(?<![qQ])(" + "|".join(_TONES) + ")$")
_OLD_TONE_LAST = frozenset(k[-1] for k in _TONES)


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark; `text == source[start:end]` (may contain spaces)."""

    text: str
    start: int
    end: int
    is_word: bool


@dataclass(frozen=True)
class _Corrections:
    merges: frozenset[tuple[str, ...]]
    prefixes: frozenset[tuple[str, ...]]  # every prefix of a merge: where to stop extending a run
    splits: dict[tuple[str, ...], tuple[int, ...]]  # word -> syllables per part
    lexicon: dict[tuple[str, ...], int]  # known multi-syllable words -> frequency rank (0 = most frequent)


@lru_cache(maxsize=1)
def _corrections() -> _Corrections:
    raw = json.loads(resources.files("diembao.enrich").joinpath("data/segment_corrections.json").read_text())
    merges = frozenset(tuple(k.split(" ")) for k in raw["merge"])
    splits: dict[tuple[str, ...], tuple[int, ...]] = {}
    for entry in raw["split"]:
        parts = [p.split(" ") for p in entry.split("|")]
        if len(parts) == 1:  # no pattern: one word per syllable
            parts = [[x] for x in parts[0]]
        splits[tuple(x for p in parts for x in p)] = tuple(len(p) for p in parts)
    lexicon = {tuple(w.split(" ")): rank for rank, w in enumerate(raw.get("lexicon", []))}
    prefixes = frozenset(k[:n] for k in merges for n in range(1, len(k)))
    return _Corrections(merges, prefixes, splits, lexicon)


@lru_cache(maxsize=1)
def _pyvi() -> Any:
    # Imported lazily: loading the model takes ~0.3 s and most commands never segment.
    from pyvi import ViTokenizer

    release_model_file(ViTokenizer.ViTokenizer.model)
    return ViTokenizer.ViTokenizer


def release_model_file(crf: Any) -> None:
    """Open a pyvi CRF's tagger now and delete the temporary copy of its model.

    pyvi's models are pickled sklearn-crfsuite CRFs: unpickling writes each model to a new file in the
    temp directory (4.1 MB and 0.6 MB), deleted only when the object is garbage collected, which for
    pyvi's module-level models happens at best at interpreter exit (measured: every pytest session
    left both files in /tmp, 717 MB over a day of test runs; a killed process leaves them too). The
    open tagger keeps the model it read, so the file can go at once.
    """
    try:
        if crf.tagger_ is not None:
            crf.modelfile.cleanup()
    except (AttributeError, OSError):  # another pyvi/sklearn-crfsuite layout: leave it as it is
        pass


def _key(s: str) -> str:
    """Lowercase NFC syllable with modern tone placement: the spelling of the corrections table."""
    s = s.lower()
    if len(s) > 1 and s[-1] in _OLD_TONE_LAST:
        return _OLD_TONE.sub(lambda m: _TONES[m.group()], s)
    return s


# _key of short syllables seen (syllables repeat a lot); emptied when full.
_keys: dict[str, str] = {}


def _cached_key(s: str) -> str:
    k = _key(s)
    if len(s) <= 32:
        if len(_keys) >= 100_000:
            _keys.clear()
        _keys[s] = k
    return k


def _chunks(text: str) -> list[list[tuple[int, int]]]:
    out: list[list[tuple[int, int]]] = []
    for line in re.finditer(r"[^\n]+", text):
        cur: list[tuple[int, int]] = []
        # No anchors or look-arounds in _SYLLABLE: matching within pos..endpos is matching the line.
        for m in _SYLLABLE.finditer(text, line.start(), line.end()):
            cur.append(m.span())
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


def _decompose(key: tuple[str, ...], lexicon: dict[tuple[str, ...], int]) -> tuple[int, ...] | None:
    """Fewest known words (then fewest lone syllables, then most frequent) spelling `key`."""
    n = len(key)
    inf = (n + 1, n + 1, 0)
    best: list[tuple[int, int, int]] = [(0, 0, 0)] + [inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(end - 1, -1, -1):
            size = end - start
            if size == n:
                continue
            if size == 1:
                cost = (best[start][0] + 1, best[start][1] + 1, best[start][2])
            else:
                rank = lexicon.get(key[start:end])
                if rank is None:
                    continue
                cost = (best[start][0] + 1, best[start][1], best[start][2] + rank)
            if cost < best[end]:
                best[end] = cost
                back[end] = size
    if best[n][1] == n:  # no known word inside: leave the token alone
        return None
    parts: list[int] = []
    end = n
    while end:
        parts.append(back[end])
        end -= back[end]
    return tuple(reversed(parts))


def _correct(sylls: list[str], groups: list[list[int]]) -> list[list[int]]:
    corr = _corrections()
    merges, prefixes, splits, lexicon = corr.merges, corr.prefixes, corr.splits, corr.lexicon
    get = _keys.get
    keyed = [get(s) or _cached_key(s) for s in sylls]
    fixed: list[list[int]] = []
    for g in groups:
        pattern = None
        if len(g) > 1:
            key = tuple(map(keyed.__getitem__, g))
            pattern = splits.get(key)
            # A long lowercase word neither treebank knows ("trật tự quản lí") is split into the
            # known words that spell it ("trật tự" + "quản lí").
            if (
                pattern is None
                and len(g) > 2
                and key not in lexicon
                and key not in merges
                and not any(sylls[i][0].isupper() for i in g[1:])
            ):
                pattern = _decompose(key, lexicon)
        if pattern is None:
            fixed.append(g)
            continue
        k = 0
        for n in pattern:
            fixed.append(g[k : k + n])
            k += n
    at = keyed.__getitem__
    keys = [tuple(map(at, g)) for g in fixed]
    out: list[list[int]] = []
    i = 0
    while i < len(fixed):
        best = 1
        cur = keys[i]
        j = i + 1
        # Longest run of whole tokens whose syllables form a known word pyvi split.
        while cur in prefixes and j < len(fixed):
            cur += keys[j]
            j += 1
            if cur in merges:
                best = j - i
        merged = [k for g in fixed[i : i + best] for k in g] if best > 1 else fixed[i]
        # "-hoá" (-isation) closes the word before it: UD-VTB train writes "cổ phần hóa",
        # "xã hội hóa", "kế hoạch hóa" as one word and pyvi leaves the suffix apart.
        if (
            len(merged) == 1
            and keyed[merged[0]] in _HOA
            and out
            and len(out[-1]) > 1
            and sylls[out[-1][0]].islower()
        ):
            out[-1] = out[-1] + merged
        else:
            out.append(merged)
        i += best
    return _join_names(sylls, keyed, out)


def _capitalised(s: str) -> bool:
    return s[0].isupper() and s[1:].islower() and s.isalpha()


def _join_names(sylls: list[str], keyed: list[str], groups: list[list[int]]) -> list[list[int]]:
    """A family name and the capitalised syllables after it are one word ("Vũ Đình Hoè")."""
    out: list[list[int]] = []
    i = 0
    while i < len(groups):
        g = groups[i]
        j = i + 1
        if keyed[g[0]] in _SURNAMES and all(_capitalised(sylls[k]) for k in g):
            n_syl = len(g)
            while j < len(groups) and all(_capitalised(sylls[k]) for k in groups[j]):
                n_syl += len(groups[j])
                j += 1
            if not 2 <= n_syl <= _MAX_NAME:
                j = i + 1
        out.append([k for h in groups[i:j] for k in h] if j > i + 1 else g)
        i = j
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
        labels = tok.model.predict([tokenizer_attributes(s, tok.bi_grams, tok.tri_grams) for s in sylls])
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
                tokens.append(Token(surface, s, e, _ALNUM.search(surface) is not None))
    return tokens


def words(text: str) -> list[str]:
    """The words of `text` (punctuation dropped), each as written."""
    return [t.text for t in segment(text) if t.is_word]
