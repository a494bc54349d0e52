from diembao.enrich.entities import extract_entities
from diembao.enrich.gazetteer import gazetteer, lookup, province_at, token_key


def test_hcm_forms_share_one_entry() -> None:
    for form in ("TP HCM", "TP. HCM", "TPHCM", "Thành phố Hồ Chí Minh"):
        names = {e.name for e in lookup(form)}
        assert names == {"Thành phố Hồ Chí Minh"}, form


def test_2025_merger_resolves_by_date() -> None:
    assert province_at("Sóc Trăng", "2024-01-03") == "Sóc Trăng"
    assert province_at("Sóc Trăng", "2025-07-01") == "Cần Thơ"
    assert province_at("Hà Giang", "2025-08-01") == "Tuyên Quang"
    assert province_at("Hà Tây", "2007-05-01") == "Hà Tây"
    assert province_at("Hà Tây", "2010-01-01") == "Hà Nội"
    assert province_at("Đà Nẵng") == "Đà Nẵng"
    assert province_at("Atlantis") is None


def test_34_provinces_after_reorganisation() -> None:
    g = gazetteer()
    current = {p.name for p in g.provinces.values() if not p.valid_to}
    assert len(current) == 34
    assert all(p.merged_into in current for p in g.provinces.values())


def test_keys_ignore_tone_style_case_and_punctuation() -> None:
    assert token_key("Thanh Hoá") == token_key("THANH HÓA") == "thanh hoa"
    assert token_key("KH-ĐT") == "kh dt"
    assert {e.name for e in lookup("bộ kế hoạch và đầu tư")} == {"Bộ Kế hoạch và Đầu tư"}
    assert gazetteer() is gazetteer()


def test_full_district_list_and_variant_spellings() -> None:
    for name in (
        "Lục Yên",
        "Yên Bình",
        "Trạm Tấu",
        "Kiến Thụy",
        "Long Đất",
        "Châu Thành A",
        "Dương Minh Châu",
    ):
        assert any(e.kind == "district" for e in lookup(name)), name
    assert {e.name for e in lookup("Mù Căng Chải")} == {"Mù Cang Chải"}
    assert {e.name for e in lookup("Đăk Glei")} == {"Đắk Glei"}
    text = "Tuyến tỉnh lộ từ Nghĩa Lộ đi Trạm Tấu, Mù Căng Chải bị sạt lở. Xã An Ngãi, Long Đất, Bà Rịa - Vũng Tàu."
    locs = {m.surface for e in extract_entities(text) if e.type == "LOC" for m in e.mentions}
    assert {"Nghĩa Lộ", "Trạm Tấu", "Mù Căng Chải", "Long Đất"} <= locs


def test_district_named_like_a_person_keeps_the_person() -> None:
    for text, per in (
        ("Ông Lương Sơn cho biết sự việc.", "Lương Sơn"),
        ("Theo ông Trần Đề, giá sẽ tăng.", "Trần Đề"),
    ):
        ents = extract_entities(text)
        assert per in {m.surface for e in ents if e.type == "PER" for m in e.mentions}, text
    ents = extract_entities("Ngụ huyện Lương Sơn, tỉnh Hòa Bình.")
    assert "Lương Sơn" in {m.surface for e in ents if e.type == "LOC" for m in e.mentions}
    # Left out on purpose: common given names and words ("anh Sơn", "Thanh Hà", "dinh Thống Nhất").
    for name in ("Anh Sơn", "Thanh Hà", "Thống Nhất", "Vũ Quang"):
        assert not any(e.kind == "district" for e in lookup(name)), name


def test_organisations5_agencies_and_regions() -> None:
    assert {e.name for e in lookup("NASA")} == {"Cơ quan Hàng không và Vũ trụ Mỹ"}
    assert {e.name for e in lookup("FBI")} == {"Cục Điều tra Liên bang Mỹ"}
    assert any(e.type == "LOC" for e in lookup("Gibraltar"))
    ents = extract_entities("Theo tin từ CIA, con tàu đã rời Gibraltar sang Cornwall.")
    flat = {(e.type, m.surface) for e in ents for m in e.mentions}
    assert {("ORG", "CIA"), ("LOC", "Gibraltar"), ("LOC", "Cornwall")} <= flat


def test_central_bodies_in_every_abbreviation() -> None:
    # "Trung ương" written "TƯ", "T.Ư", "TW" or "T.W" names the same central body
    for form in ("Ban Kinh tế T.Ư", "Ban Kinh tế TW", "Ban Kinh tế T.W", "Ban Kinh tế TƯ"):
        assert [e.name for e in lookup(form) if e.type == "ORG"] == ["Ban Kinh tế Trung ương"], form
    # the word alone is no body (a document number's "/TW" stays a code)
    assert not [e for e in lookup("TW") if e.type == "ORG"]


def test_kremlin_is_a_body() -> None:
    # like "Nhà Trắng": the seat named for the presidency, a body; a name after it is its spokesman's
    ents = extract_entities("Người phát ngôn Điện Kremlin Dmitry Peskov cho biết.")
    assert {(e.type, e.name) for e in ents} == {("ORG", "Điện Kremlin"), ("PER", "Dmitry Peskov")}
