"""Topic inference speed on one core: the shipped numpy model vs a plain sklearn pipeline.

    python -m bench.topic_speed [--train 6000] [--docs 3000]

The peer is TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True) + LinearSVC, fitted here on the
first --train VNTC train articles (its own default word tokenizer on raw text); both classify the
same --docs test articles, one call per article (how the pipeline calls predict_topic), and in a
single batch call for sklearn (its best case). Single-threaded process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

from diembao.enrich.topic import predict_topic, topic_model
from eval.corpora import require_shared


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--train", type=int, default=6000)
    ap.add_argument("--docs", type=int, default=3000)
    args = ap.parse_args()
    train: list[dict[str, str]] = []
    test: list[dict[str, str]] = []
    with gzip.open(require_shared() / "vntc" / "vntc_10topics_full.jsonl.gz", "rt", encoding="utf-8") as f:
        for r in map(json.loads, f):
            (train if r["split"] == "train" else test).append(r)
    # Spread over labels: the file is sorted by label.
    train = train[:: max(1, len(train) // args.train)][: args.train]
    test = test[:: max(1, len(test) // args.docs)][: args.docs]
    texts = [r["text"] for r in test]
    mb = sum(len(t.encode()) for t in texts) / 1e6

    t0 = time.perf_counter()
    topic_model()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        predict_topic(t)
    ours = len(texts) / (time.perf_counter() - t0)

    pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LinearSVC())
    pipe.fit([r["text"] for r in train], [r["label"] for r in train])
    t0 = time.perf_counter()
    for t in texts:
        pipe.predict([t])
    sk_single = len(texts) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    pipe.predict(texts)
    sk_batch = len(texts) / (time.perf_counter() - t0)

    print(f"{len(texts)} VNTC test articles ({mb:.1f} MB), one core")
    print(f"diembao topic (numpy, float16 model)  {ours:8.0f} articles/s  (model load {load:.2f}s)")
    print(f"sklearn Tfidf+LinearSVC, per article  {sk_single:8.0f} articles/s  ratio {ours / sk_single:.2f}x")
    print(f"sklearn Tfidf+LinearSVC, one batch    {sk_batch:8.0f} articles/s  ratio {ours / sk_batch:.2f}x")


if __name__ == "__main__":
    main()
