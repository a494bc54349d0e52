"""Train the shipped tone model src/diembao/enrich/models/tone.npz on DANeS (CC BY 4.0).

Trains only on the 80 % training part of the fixed stratified split in eval/tone.py (the held-out
20 % is what `python -m eval.tone` scores). C and class weighting are chosen by 5-fold stratified
cross-validation (macro F1) on the training part. Seeded and deterministic; rerun to reproduce:

    .venv/bin/python scripts/train_tone.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for eval.tone (the split) when run as a script

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_val_score  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.svm import LinearSVC  # noqa: E402

from diembao.enrich.tone import TONE_MODEL  # noqa: E402
from diembao.enrich.topic import LinearTextModel, features  # noqa: E402
from eval.tone import LABELS, load_danes, split  # noqa: E402


def vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=1, dtype=np.float32)


def main() -> None:
    train, _ = split(load_danes())
    texts = [d.text for d in train]
    y = np.array([d.tone for d in train])
    best: tuple[float, float, str | None] = (-1.0, 0.0, None)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=13)
    for c in (0.1, 0.3, 1.0, 3.0):
        for cw in (None, "balanced"):
            pipe = make_pipeline(vectorizer(), LinearSVC(C=c, class_weight=cw, random_state=13))
            score = float(cross_val_score(pipe, texts, y, cv=folds, scoring="f1_macro").mean())
            print(f"C={c} class_weight={cw}: CV macro F1 {score:.4f}", flush=True)
            if score > best[0]:
                best = (score, c, cw)
    _, c, cw = best
    vec = vectorizer()
    x = vec.fit_transform(texts)
    svm = LinearSVC(C=c, class_weight=cw, random_state=13).fit(x, y)
    order = [list(svm.classes_).index(lab) for lab in LABELS]
    model = LinearTextModel(
        labels=LABELS,
        vocab={t: int(i) for t, i in vec.vocabulary_.items()},
        idf=vec.idf_.astype(np.float32),
        coef=svm.coef_[order].T.astype(np.float32),
        intercept=svm.intercept_[order].astype(np.float32),
    )
    model.save(TONE_MODEL)
    print(f"chose C={c} class_weight={cw}; wrote {TONE_MODEL} ({TONE_MODEL.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
