import re
import unicodedata

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.stories.fingerprint import (
    THRESHOLD,
    common_keys,
    fingerprint,
    fingerprint_batch,
    tokens_of,
)
from diembao.text import search_key
from tests.stories.conftest import make_text

VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = VI + VI.upper() + "0123456789 ,.;:-–()“”\"'/\n\u00a0\u200b"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_tokens_are_those_of_search_key(s: str) -> None:
    assert tokens_of(s) == re.findall(r"[a-z0-9]+", search_key(s))


def test_spelling_variants_give_the_same_fingerprint(seed_text: str) -> None:
    variants = [
        seed_text,
        unicodedata.normalize("NFD", seed_text),
        seed_text.replace("hòa", "hoà").replace("Ủy", "Uỷ").replace("thủy", "thuỷ"),
        seed_text.upper(),
        seed_text.replace(" ", "\u00a0"),
    ]
    fps = fingerprint_batch(variants)
    assert fps[0].keys.size > 10
    for f in fps[1:]:
        assert np.array_equal(f.keys, fps[0].keys)


def test_batch_equals_one_by_one() -> None:
    texts = ["\n\n".join(make_text(i)) for i in range(5)] + ["", "một hai"]
    batch = fingerprint_batch(texts)
    for t, f in zip(texts, batch, strict=True):
        g = fingerprint(t)
        assert np.array_equal(f.keys, g.keys) and f.shingles == g.shingles
    assert batch[-2].keys.size == 0 and batch[-1].shingles == 0


def test_keys_are_a_consistent_sample_so_a_cut_copy_is_contained() -> None:
    paras = make_text(7, paragraphs=8)
    full = fingerprint("\n\n".join(paras))
    cut = fingerprint("\n\n".join(paras[:5]))
    assert 0 < cut.keys.size < full.keys.size
    assert np.isin(cut.keys, full.keys).all()
    assert (full.keys < THRESHOLD).all()
    assert list(full.keys) == sorted(set(full.keys.tolist()))


def test_common_keys_are_sorted_and_dropped() -> None:
    common = common_keys()
    assert common.size > 1000 and np.all(np.diff(common.astype(np.int64)) > 0)
    # a sentence built from very common press phrases keeps few keys of its own
    boiler = "Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm. " * 3
    assert not np.isin(fingerprint(boiler).keys, common).any()
