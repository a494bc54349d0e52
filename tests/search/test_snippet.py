import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.search import snippet
from diembao.text import search_key_with_map

_VI = (
    "aăâeêioôơuưyđAĂÂĐ"
    + "àáảãạằắẳẵặầấẩẫậèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ"
    + "hoàòaà"
    + " \u00a0\t.,-"
    + "\u0300\u0301"
)


def _reference(text: str) -> tuple[str, list[int] | None]:
    key, omap = search_key_with_map(text)
    if omap.is_identity():
        return key, None
    return key, [omap.to_original(i, i)[0] for i in range(len(key) + 1)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_VI, max_size=40))
def test_fast_key_path_equals_the_mapped_one(text: str) -> None:
    assert snippet._key_and_map(text) == _reference(text)
    nfd = unicodedata.normalize("NFD", text)
    assert snippet._key_and_map(nfd) == _reference(nfd)


def test_highlight_maps_back_to_the_original_spelling() -> None:
    from diembao.search.query import parse

    terms = [t for t in parse('"van hoa"').must]
    text = unicodedata.normalize("NFD", "Ngày hội văn hoá  Sóc Trăng")
    spans = snippet.find_spans(text, terms)  # type: ignore[arg-type]
    assert [text[s:e] for s, e in spans] == [unicodedata.normalize("NFD", "văn hoá")]
