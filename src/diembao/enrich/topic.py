"""Topic of a news article: one of the 10 VNTC classes, by a shipped linear model over syllable n-grams.

The model (``models/topic.npz``) is a pruned TF-IDF vocabulary with float16 weights of a linear SVM
trained by ``scripts/train_topic.py``; inference needs only numpy (no sklearn, no pickle).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from diembao.errors import InputError
from diembao.text import canonical

MODELS = Path(__file__).resolve().parent / "models"
TOPIC_MODEL = MODELS / "topic.npz"

# Topic of an article is settled by its first few thousand words; the cap bounds time on huge inputs.
MAX_CHARS = 20_000

_WORD = re.compile(r"\w+")

#: VNTC label (as in the corpus) -> Vietnamese display name.
DISPLAY_NAMES: dict[str, str] = {
    "Chinh tri Xa hoi": "Chính trị - Xã hội",
    "Doi song": "Đời sống",
    "Khoa hoc": "Khoa học",
    "Kinh doanh": "Kinh doanh",
    "Phap luat": "Pháp luật",
    "Suc khoe": "Sức khỏe",
    "The gioi": "Thế giới",
    "The thao": "Thể thao",
    "Van hoa": "Văn hóa",
    "Vi tinh": "Vi tính",
}


def syllables(text: str) -> list[str]:
    """Lowercase canonical syllables (and numbers) of ``text``, in order."""
    return _WORD.findall(canonical(text[:MAX_CHARS]).lower())


def features(text: str) -> list[str]:
    """Syllable unigrams and bigrams: the features of the topic and tone models."""
    t = syllables(text)
    return t + [a + " " + b for a, b in itertools.pairwise(t)]


FEATURIZERS: dict[str, Callable[[str], list[str]]] = {"syl12": features}


@dataclass(frozen=True)
class LinearTextModel:
    """Sublinear TF-IDF (l2) over a fixed vocabulary, then one linear score per label."""

    labels: tuple[str, ...]
    vocab: dict[str, int]
    idf: npt.NDArray[np.float32]
    coef: npt.NDArray[np.float32]  # (n_features, n_labels)
    intercept: npt.NDArray[np.float32]
    featurizer: str = "syl12"

    def scores(self, text: str) -> npt.NDArray[np.float32]:
        """Decision value per label (same order as ``labels``)."""
        counts = Counter(self.featurize(text))
        get = self.vocab.get
        idx: list[int] = []
        tfs: list[float] = []
        for f, c in counts.items():  # one vocabulary lookup per feature
            i = get(f)
            if i is not None:
                idx.append(i)
                tfs.append(1.0 + math.log(c))
        if not idx:
            return self.intercept.copy()
        ids = np.fromiter(idx, dtype=np.int64, count=len(idx))
        tf = np.fromiter(tfs, np.float32, len(idx))
        w = tf * self.idf[ids]
        w /= np.float32(np.sqrt(np.dot(w, w)))
        out: npt.NDArray[np.float32] = (w @ self.coef[ids] + self.intercept).astype(np.float32)
        return out

    def featurize(self, text: str) -> list[str]:
        return FEATURIZERS[self.featurizer](text)

    def predict(self, text: str) -> str:
        """The label with the highest score."""
        return self.labels[int(np.argmax(self.scores(text)))]

    def save(self, path: Path) -> None:
        """Write as one compressed .npz of plain arrays (loadable with allow_pickle=False)."""
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        meta = {"labels": list(self.labels), "featurizer": self.featurizer}
        np.savez_compressed(
            path,
            vocab=np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8),
            idf=self.idf.astype(np.float16),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        )

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        """Read a model written by :meth:`save`."""
        with np.load(path, allow_pickle=False) as z:
            terms = z["vocab"].tobytes().decode("utf-8").split("\n")
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            return cls(
                labels=tuple(meta["labels"]),
                vocab={t: i for i, t in enumerate(terms)},
                idf=z["idf"].astype(np.float32),
                coef=np.ascontiguousarray(z["coef"].astype(np.float32)),
                intercept=z["intercept"].astype(np.float32),
                featurizer=meta["featurizer"],
            )


@functools.cache
def topic_model() -> LinearTextModel:
    """The shipped topic model, loaded once."""
    return LinearTextModel.load(TOPIC_MODEL)


def predict_topic(text: str) -> str:
    """VNTC label of ``text`` (title on the first line helps); InputError when it has no words."""
    if not _WORD.search(text[:MAX_CHARS]):
        raise InputError("no words to classify")
    return topic_model().predict(text)


def display_name(label: str) -> str:
    """Vietnamese display name of a topic label (the label itself when unknown)."""
    return DISPLAY_NAMES.get(label, label)
