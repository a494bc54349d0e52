import random

import pytest

from diembao.stories.cluster import (
    Clusterer,
    MatchParams,
    Record,
    cluster_records,
    is_copy,
    order_key,
    utc_key,
)
from tests.stories.conftest import make_text


def rec(i: str, paras: list[str], published: str | None = None) -> Record:
    return Record(i, "\n\n".join(paras), published)


def corpus() -> tuple[list[Record], dict[str, str]]:
    """Five stories with edited copies, plus singletons; gold story per id."""
    rng = random.Random(3)
    recs: list[Record] = []
    gold: dict[str, str] = {}
    for s in range(5):
        paras = make_text(100 + s, paragraphs=8)
        base = f"s{s}"
        recs.append(rec(base, paras, f"2024-01-0{s + 1}T08:00:00+07:00"))
        gold[base] = base
        copies = [
            ["(TTXVN) - " + paras[0], *paras[1:]],  # credit lead
            paras[:5],  # last three paragraphs cut
            [*paras, "Theo VOV"],  # credit tail
            [paras[0], paras[2], paras[1], *paras[3:], *make_text(900 + s, paragraphs=1)],  # swap + local
        ]
        for k, c in enumerate(copies):
            cid = f"s{s}c{k}"
            recs.append(rec(cid, c, f"2024-01-0{s + 1}T0{9 + k % 1}:{10 + k}:00+07:00"))
            gold[cid] = base
    for k in range(5):
        recs.append(rec(f"x{k}", make_text(500 + k), "2024-01-09T10:00:00+07:00"))
        gold[f"x{k}"] = f"x{k}"
    rng.shuffle(recs)
    return recs, gold


def test_copies_join_their_story_and_stories_stay_apart() -> None:
    recs, gold = corpus()
    got = cluster_records(recs)
    assert got == gold  # story id = the earliest member (the origin here)


@pytest.mark.parametrize("batch", [1, 3, 1000])
def test_result_does_not_depend_on_order_or_batching(batch: int) -> None:
    recs, _ = corpus()
    ref = cluster_records(recs)
    for seed in range(3):
        shuffled = recs[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_records(shuffled, batch=batch) == ref


def test_a_late_earlier_copy_rekeys_the_story() -> None:
    paras = make_text(1, paragraphs=6)
    cl = Clusterer()
    cl.add([rec("b", paras, "2024-01-02T10:00:00+07:00"), rec("c", paras[:4], "2024-01-03T10:00:00+07:00")])
    assert cl.story_of("c") == "b"
    changed = cl.add([rec("a", ["(TTXVN) - " + paras[0], *paras[1:]], "2024-01-01T10:00:00+07:00")])
    assert sorted(changed) == ["a", "b", "c"]
    assert {cl.story_of(x) for x in "abc"} == {"a"}
    assert cl.stories()["a"] == ["a", "b", "c"]


def test_two_stories_sharing_a_template_lead_do_not_merge() -> None:
    lead = (
        "Ngày 3/1, UBND tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ "
        "năm 2024. Dự hội nghị có đồng chí Lâm Văn Mẫn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí "
        "Trần Văn Lâu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh."
    )
    recs = [rec(f"t{i}", [lead, *make_text(300 + i, paragraphs=2, words=40)]) for i in range(40)]
    got = cluster_records(recs)
    assert len(set(got.values())) == 40
    # ... while a copy of one of them still joins it
    recs.append(rec("t0copy", [lead, *make_text(300, paragraphs=2, words=40), "Theo TTXVN"]))
    got = cluster_records(recs)
    assert got["t0copy"] == "t0" and len(set(got.values())) == 40


def test_remove_splits_a_story_held_together_by_the_removed_article() -> None:
    a, b = make_text(11, paragraphs=4), make_text(12, paragraphs=4)
    cl = Clusterer(MatchParams(min_containment=0.6, min_shared=3))
    cl.add([rec("a", a, "2024-01-01"), rec("b", b, "2024-01-02"), rec("ab", a + b, "2024-01-03")])
    assert cl.story_of("a") == cl.story_of("b") == "a"  # the round-up contains both
    changed = cl.remove(["ab"])
    assert changed == ["b"]
    assert cl.story_of("b") == "b" and "ab" not in cl
    assert cl.assignments() == {"a": "a", "b": "b"}


def test_related_stories_exclude_own_copies() -> None:
    a = make_text(21, paragraphs=6)
    follow = [a[0], *make_text(22, paragraphs=5)]  # a follow-up quoting one paragraph
    cl = Clusterer()
    cl.add([rec("a", a), rec("a2", a[:5]), rec("f", follow), rec("z", make_text(23))])
    assert cl.story_of("a2") == "a" and cl.story_of("f") == "f"
    related = cl.related("a")
    assert [s for s, _ in related] == ["f"]
    assert 0 < related[0][1] < 0.6


def test_order_keys_and_copy_relation() -> None:
    assert utc_key("2024-01-03T08:00:00+07:00") == "2024-01-03T01:00:00Z"
    assert utc_key("2024-01-03 08:00") == "2024-01-03T01:00:00Z"  # naive = Vietnam time
    assert utc_key("hôm qua") == utc_key(None) == "~"
    assert order_key("b", "2024-01-01") < order_key("a", None)
    assert is_copy(6, 10, 40) and not is_copy(5, 10, 40) and not is_copy(2, 3, 3)
