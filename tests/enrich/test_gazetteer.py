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
