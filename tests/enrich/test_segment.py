"""Word segmentation: multi-syllable words, offsets into the given text, bad input."""

from __future__ import annotations

import itertools
import time
import unicodedata

import pytest

from diembao.enrich.segment import Token, segment, words


def _check_offsets(text: str, toks: list[Token]) -> None:
    for t in toks:
        assert text[t.start : t.end] == t.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(toks))


def test_multi_syllable_words_are_one_token() -> None:
    text = "Ngày 3/1, Tỉnh ủy Sóc Trăng tổ chức Hội nghị tổng kết công tác Tuyên giáo năm 2023."
    toks = segment(text)
    _check_offsets(text, toks)
    got = [t.text for t in toks]
    assert "Sóc Trăng" in got
    assert "tổ chức" in got
    assert "tổng kết" in got
    assert "," in got and not next(t for t in toks if t.text == ",").is_word


def test_words_drops_punctuation_and_keeps_spelling() -> None:
    assert words("Thủ tướng Chính phủ, Quốc hội!") == ["Thủ tướng", "Chính phủ", "Quốc hội"]


def test_offsets_point_into_non_nfc_text() -> None:
    text = unicodedata.normalize("NFD", "Tỉnh ủy Sóc Trăng tổng kết công tác năm 2023")
    toks = segment(text)
    _check_offsets(text, toks)
    assert unicodedata.normalize("NFC", toks[1].text) in {"Sóc Trăng", "ủy"}
    assert any(unicodedata.normalize("NFC", t.text) == "tổng kết" for t in toks)


def test_isation_suffix_joins_the_word_before() -> None:
    got = words("Chính phủ đẩy mạnh cổ phần hóa doanh nghiệp nhà nước")
    assert "cổ phần hóa" in got


def test_full_person_names_are_one_word() -> None:
    assert "Vũ Đình Hoè" in words("Ông Vũ Đình Hoè phát biểu tại hội nghị")
    assert "Nguyễn Văn An" in words("Hà Nội và Nguyễn Văn An")


def test_unknown_long_word_is_split_into_known_words() -> None:
    # pyvi joins "trật tự quản lí" (one word); neither treebank knows it, both know its parts.
    got = words("bảo vệ trật tự quản lí nhà nước")
    assert "trật tự" in got and "quản lí" in got


def test_old_and_new_tone_placement_segment_alike() -> None:
    old = words("Uỷ ban nhân dân tỉnh xây dựng xã hội chủ nghĩa")
    new = words("Ủy ban nhân dân tỉnh xây dựng xã hội chủ nghĩa")
    assert [unicodedata.normalize("NFC", w).replace("Uỷ", "Ủy") for w in old] == new
    assert "xã hội chủ nghĩa" in new


def test_lines_are_never_joined() -> None:
    toks = segment("Sóc\nTrăng")
    assert [t.text for t in toks] == ["Sóc", "Trăng"]


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n ", "a" * 200_000, "😀" * 10_000, "中文 العربية Русский Việt Nam 123 ...", "\x00\x01 x"],
)
def test_bad_input_does_not_crash(text: str) -> None:
    toks = segment(text)
    _check_offsets(text, toks)
    assert all(not t.text.isspace() for t in toks)


@pytest.mark.timeout(60)
def test_large_input_is_linear() -> None:
    sentence = "Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác năm 2023. "
    text = sentence * 8000  # ~0.5 MB
    t0 = time.process_time()
    toks = segment(text)
    assert len(toks) > 8000 * 8
    assert time.process_time() - t0 < 40


def test_pyvi_model_copies_do_not_stay_in_the_temp_dir() -> None:
    # pyvi's unpickled CRFs each write their model to a temp file; we open the taggers and delete them
    import os

    from diembao.enrich import keyphrases, segment

    seg = segment._pyvi()
    tagger = keyphrases._tagger()
    for crf in (seg.model, tagger.model):
        assert crf.modelfile.name is None or not os.path.exists(crf.modelfile.name)
    # and both still work from the open tagger
    assert [w for w in seg.tokenize("Học sinh đi học").split()] == ["Học_sinh", "đi", "học"]
    assert tagger.postagging(seg.tokenize("Học sinh đi học"))[0] == ["Học_sinh", "đi", "học"]
