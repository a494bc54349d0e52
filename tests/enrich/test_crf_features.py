"""The fast featurisers must give exactly pyvi's feature dicts (same model, same labels)."""

import pytest

from diembao.enrich.crf_features import (
    postagger_attributes,
    postagger_features,
    to_attributes,
    tokenizer_attributes,
    tokenizer_features,
)

pyvi_tok = pytest.importorskip("pyvi.ViTokenizer")
pyvi_pos = pytest.importorskip("pyvi.ViPosTagger")

SENTENCES = [
    [],
    ["Hà"],
    ["Ngày", "3/1", ",", "Tỉnh", "ủy", "Sóc", "Trăng", "tổ", "chức", "hội", "nghị", "."],
    [
        "ÔNG",
        "Lâm",
        "Văn",
        "Mẫn",
        "–",
        "Bí",
        "thư",
        "Tỉnh",
        "ủy",
        "…",
        "2024",
        "VN-Index",
        "\u201c",
        "x",
        "\u201d",
    ],
    ["thị_trường", "bất_động_sản", "TP.HCM", "tăng", "15%", "...", "Covid-19"],
]


@pytest.mark.parametrize("sent", SENTENCES)
def test_tokenizer_features_equal_pyvis(sent: list[str]) -> None:
    t = pyvi_tok.ViTokenizer
    assert tokenizer_features(sent, t.bi_grams, t.tri_grams) == t.sent2features(sent, False)


@pytest.mark.parametrize("sent", SENTENCES)
def test_postagger_features_equal_pyvis(sent: list[str]) -> None:
    t = pyvi_pos.ViPosTagger
    assert postagger_features(sent, t.filtered_tags) == t.sent2features(sent, False)


@pytest.mark.parametrize("sent", SENTENCES)
def test_tokenizer_attributes_are_pyvis_features(sent: list[str]) -> None:
    t = pyvi_tok.ViTokenizer
    feats = t.sent2features(sent, False)
    attrs = tokenizer_attributes(sent, t.bi_grams, t.tri_grams)
    assert attrs == to_attributes(feats)
    if sent:
        assert list(t.model.predict_single(attrs)) == list(t.model.predict_single(feats))


@pytest.mark.parametrize("sent", SENTENCES)
def test_postagger_attributes_are_pyvis_features(sent: list[str]) -> None:
    t = pyvi_pos.ViPosTagger
    feats = t.sent2features(sent, False)
    attrs = postagger_attributes(sent, t.filtered_tags)
    assert attrs == to_attributes(feats)
    if sent:
        assert list(t.model.predict_single(attrs)) == list(t.model.predict_single(feats))
