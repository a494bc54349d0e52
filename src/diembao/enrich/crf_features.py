"""pyvi's CRF feature dictionaries, built faster and identical to pyvi's own.

pyvi's ``word2features`` recomputes ``lower()``/``istitle()``/n-gram lookups for every neighbour of
every word and merges dicts with ``update``; on news text that featurisation was a quarter of the
whole enrichment pipeline's time (measured with cProfile on 300 VietNews articles). These functions
compute each word's properties once and build each dict in one literal. The models are pyvi's
(``ViTokenizer.model``, ``ViPosTagger.model``), unchanged; tests check the dicts equal pyvi's.
"""

from __future__ import annotations

from typing import Any


def _cases(sent: list[str]) -> tuple[list[str], list[bool], list[bool]]:
    """lower(), isupper() and istitle() of each word, computed once."""
    return [w.lower() for w in sent], [w.isupper() for w in sent], [w.istitle() for w in sent]


def tokenizer_features(sent: list[str], bi_grams: Any, tri_grams: Any) -> list[dict[str, Any]]:
    """``ViTokenizer.sent2features(sent, False)``."""
    n = len(sent)
    low, up, title = _cases(sent)
    bi = [f"{low[i]} {low[i + 1]}" in bi_grams for i in range(n - 1)]
    tri = [f"{low[i]} {low[i + 1]} {low[i + 2]}" in tri_grams for i in range(n - 2)]
    out: list[dict[str, Any]] = []
    for i, w in enumerate(sent):
        f: dict[str, Any] = {
            "bias": 1.0,
            "word.lower()": low[i],
            "word.isupper()": up[i],
            "word.istitle()": title[i],
            "word.isdigit()": w.isdigit(),
        }
        if i > 0:
            f["-1:word.lower()"] = low[i - 1]
            f["-1:word.istitle()"] = title[i - 1]
            f["-1:word.isupper()"] = up[i - 1]
            f["-1:word.bi_gram()"] = bi[i - 1]
            if i > 1:
                f["-2:word.tri_gram()"] = tri[i - 2]
        if i < n - 1:
            f["+1:word.lower()"] = low[i + 1]
            f["+1:word.istitle()"] = title[i + 1]
            f["+1:word.isupper()"] = up[i + 1]
            f["+1:word.bi_gram()"] = bi[i]
            if i < n - 2:
                f["+2:word.tri_gram()"] = tri[i]
        out.append(f)
    return out


def postagger_features(sent: list[str], filtered: Any) -> list[dict[str, Any]]:
    """``ViPosTagger.sent2features(sent, False)``."""
    n = len(sent)
    low, up, title = _cases(sent)
    d1 = [w[:1].isdigit() for w in sent]
    u3 = [w[:3].isupper() for w in sent]
    out: list[dict[str, Any]] = []
    for i, w in enumerate(sent):
        f: dict[str, Any] = {
            "bias": 1.0,
            "word.lower()": low[i],
            "word.istitle()": title[i],
            "word.isdigit()": w.isdigit(),
            "word[:1].isdigit()": d1[i],
            "word[:3].isupper()": u3[i],
            "word.isfiltered": w in filtered,
        }
        if i > 0:
            f["-1:word.lower()"] = low[i - 1]
            f["-1:word.istitle()"] = title[i - 1]
            f["-1:word[:1].isdigit()"] = d1[i - 1]
            f["-1:word[:3].isupper()"] = u3[i - 1]
            if i > 1:
                f["-2:word.lower()"] = low[i - 2]
                f["-2:word.istitle()"] = title[i - 2]
                f["-2:word.isupper()"] = up[i - 2]
        else:
            f["BOS"] = True
        if i < n - 1:
            f["+1:word.lower()"] = low[i + 1]
            f["+1:word.istitle()"] = title[i + 1]
            f["+1:word[:1].isdigit()"] = d1[i + 1]
            f["+1:word.isupper()"] = up[i + 1]
            if i < n - 2:
                f["+2:word.lower()"] = low[i + 2]
                f["+2:word.istitle()"] = title[i + 2]
                f["+2:word.isupper()"] = up[i + 2]
        else:
            f["EOS"] = True
        out.append(f)
    return out
