"""Keyphrases of an article: segmented words and short noun phrases, scored TF-IDF-style.

Candidates are words from the word segmenter (diembao.enrich.segment, else pyvi directly) tagged
as nouns by pyvi's POS tagger, and runs of two nouns / proper nouns; stopwords, numbers and
classifier nouns are dropped. The score is (1 + log tf) x idf x a bonus for multi-syllable phrases
and for appearing in the title/lead. Document frequencies of syllable n-grams come from the VNTC
train split (MIT) in ``models/df.npz``, written by scripts/train_topic.py. Phrases are deduplicated
on their canonical lowercase form and shown as most often written.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from diembao.enrich.crf_features import postagger_attributes
from diembao.enrich.topic import MODELS
from diembao.text import canonical

DF_TABLE = MODELS / "df.npz"
MAX_N = 3  # longest syllable n-gram with a stored document frequency
MAX_CHARS = 20_000  # keyphrases come from the head of the text; bounds time on huge inputs
LEAD_CHARS = 400

_NOUN_TAGS = {"N", "Np", "Ny", "Nb"}
_HAS_LETTER = re.compile(r"[^\W\d_]")
_PLAIN = re.compile(r"^\w+(?:[ -]\w+)*$")
# Function and reporting words the POS tagger may still call nouns; canonical lowercase.
STOPWORDS = frozenset(
    w.replace("_", " ")
    for w in (
        "người việc điều cái con chiếc lúc khi ngày tháng năm giờ phút lần số loại phần nơi chỗ "
        "bên sau trước trong ngoài trên dưới giữa cuối đầu cách vụ đó này kia nay hôm qua tuần "
        "đồng triệu tỷ nghìn ngàn trăm mức thời_gian hiện_nay vấn_đề trường_hợp tình_hình "
        "thông_tin cho_biết phóng_viên ông bà anh chị em cô chú bác tôi chúng_tôi họ mình ảnh "
        "nguồn theo tuy_nhiên ngoài_ra bao_gồm khoảng hơn gần nhiều ít các những mỗi từng mọi "
        "toàn điểm kết_quả hoạt_động nội_dung phía mặt ý_kiến con_số dịp đợt thời_điểm đơn_vị"
    ).split()
)


def save_df(path: Path, df: dict[str, int], n_docs: int) -> None:
    """Write a document-frequency table as plain arrays (loadable with allow_pickle=False)."""
    terms = sorted(df)
    np.savez_compressed(
        path,
        terms=np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8),
        df=np.array([df[t] for t in terms], dtype=np.uint32),
        n_docs=np.array([n_docs], dtype=np.uint32),
    )


@functools.cache
def _df() -> tuple[dict[str, int], int]:
    with np.load(DF_TABLE, allow_pickle=False) as z:
        terms = z["terms"].tobytes().decode("utf-8").split("\n")
        return dict(zip(terms, z["df"].tolist(), strict=True)), int(z["n_docs"][0])


def _idf(key: str) -> float:
    df, n = _df()
    syl = key.split()
    if len(syl) <= MAX_N:
        d = df.get(key, 1)  # unseen (or rarer than the table keeps): a rare, specific term
    else:  # a longer phrase is as specific as its rarest part
        d = min(df.get(" ".join(syl[i : i + MAX_N]), 1) for i in range(len(syl) - MAX_N + 1))
    return math.log((n + 1) / (d + 1)) + 1.0


@functools.cache
def _segmenter() -> Callable[[list[str]], list[list[str]]]:
    """Words and punctuation marks of each line, in order (one batched segmenter call)."""
    try:
        from diembao.enrich.segment import segment

        def by_line(lines: list[str]) -> list[list[str]]:
            # The segmenter cuts its CRF chunks at line breaks, so segmenting the joined lines is
            # segmenting each line, with one batched model call instead of one per line.
            out: list[list[str]] = [[] for _ in lines]
            starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
            i = 0
            for t in segment("\n".join(lines)):
                while t.start >= starts[i + 1]:
                    i += 1
                out[i].append(t.text)
            return out

        return by_line
    except ImportError:  # the segmenter component is optional; pyvi alone does the job
        from pyvi import ViTokenizer

        return lambda lines: [
            [w.replace("_", " ") for w in ViTokenizer.tokenize(line).split()] for line in lines
        ]


@functools.cache
def _tagger() -> Any:
    from pyvi.ViPosTagger import ViPosTagger

    from diembao.enrich.segment import release_model_file

    release_model_file(ViPosTagger.model)
    return ViPosTagger


def _tagged(text: str) -> list[tuple[str, str]]:
    """(word, POS tag) of ``text``; each line opens with ("\n", "F"), and punctuation is kept
    (tag "F"), so phrases stop there. All lines go through the tagger in one batched call."""
    lines = text.splitlines()
    tagger = _tagger()
    seqs: list[tuple[list[str], list[str]]] = []
    for segmented in _segmenter()(lines):
        words = [w for w in segmented if w.strip()]
        toks = " ".join(w.replace(" ", "_") for w in words).split(" ") if words else []
        seqs.append((words, toks))
    tags = tagger.model.predict([postagger_attributes(t, tagger.filtered_tags) for _, t in seqs if t])
    out: list[tuple[str, str]] = []
    k = 0
    for words, toks in seqs:
        out.append(("\n", "F"))
        if not toks:
            continue
        if len(toks) != len(words):  # the tagger split differently: trust its tokens
            words = [t.replace("_", " ") for t in toks]
        out.extend(zip(words, (str(t) for t in tags[k]), strict=False))
        k += 1
    return out


def _ok(key: str) -> bool:
    return bool(_HAS_LETTER.search(key) and _PLAIN.match(key)) and key not in STOPWORDS and 1 < len(key) <= 40


def keyphrases(text: str, k: int = 10) -> list[str]:
    """Up to ``k`` keyphrases of ``text``, best first, each as written in the text (no duplicates)."""
    if len(text) > MAX_CHARS:  # cut at a space so no word is truncated into a new one
        text = text[: MAX_CHARS - len(text[:MAX_CHARS].rsplit(None, 1)[-1])]
    if k <= 0 or not _HAS_LETTER.search(text):
        return []
    tagged = _tagged(text)
    tf: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    early: set[str] = set()
    pos = 0
    prev: str | None = None
    phrases: set[str] = set()
    # word as written -> (canonical lowercase, usable as a keyphrase); words repeat a lot
    keys: dict[str, tuple[str, bool]] = {}
    prev_key = ""
    for word, tag in tagged:
        cands = []
        known = keys.get(word)
        if known is None:
            ck = canonical(word).lower()
            known = keys[word] = (ck, _ok(ck))
        key = known[0]
        noun = known[1] and tag in _NOUN_TAGS
        if noun:
            cands.append((key, word))
            if prev is not None and prev_key != key:
                phrase = prev + " " + word
                cands.append((canonical(phrase).lower(), phrase))
                phrases.add(cands[-1][0])
        for ck, surface in cands:
            tf[ck] += 1
            surfaces.setdefault(ck, Counter())[surface] += 1
            if pos < LEAD_CHARS:
                early.add(ck)
        pos += len(word) + 1
        prev = word if noun else None
        prev_key = key
    tf_words = {ck for ck in tf if ck not in phrases}
    scored = []
    for ck, c in tf.items():
        n_syl = len(ck.split())
        bonus = 1.0 if n_syl == 1 else 1.6 if n_syl == 2 else 1.8
        if ck in early:
            bonus *= 1.3
        if ck in phrases and ck not in tf_words and c < 2:  # a noun pair seen once: not a phrase
            continue
        scored.append(((1.0 + math.log(c)) * _idf(ck) * bonus, ck))
    scored.sort(key=lambda x: (-x[0], x[1]))
    out: list[str] = []
    chosen: list[str] = []
    for _, ck in scored:
        # Skip a word already inside a chosen phrase, and a phrase made of chosen words only.
        if any(f" {ck} " in f" {c} " for c in chosen):
            continue
        chosen.append(ck)
        out.append(surfaces[ck].most_common(1)[0][0])
        if len(out) >= k:
            break
    return out
