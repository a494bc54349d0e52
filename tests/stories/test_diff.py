import unicodedata

from diembao.stories import diff as d
from diembao.stories.diff import paragraph_diff
from tests.stories.conftest import make_text


def test_diff_counts_added_removed_edited() -> None:
    origin = make_text(1, paragraphs=6, words=30)
    copy = [
        unicodedata.normalize("NFD", origin[0]).replace("hòa", "hoà"),  # same paragraph, other spelling
        origin[1] + " Thêm một câu.",  # edited
        *origin[2:4],
        "Đoạn do báo địa phương thêm vào.",  # added
    ]  # last two removed
    out = paragraph_diff(origin, copy)
    assert (out["unchanged"], out["edited"], out["added"], out["removed"]) == (3, 1, 1, 2)
    ops = sorted(c["op"] for c in out["changes"])
    assert ops == ["added", "edited", "removed", "removed"]
    edited = next(c for c in out["changes"] if c["op"] == "edited")
    assert edited["text"].endswith("Thêm một câu.") and edited["before"].startswith(origin[1][:20])


def test_diff_is_capped() -> None:
    out = paragraph_diff(make_text(2, paragraphs=20, words=80), make_text(3, paragraphs=20, words=80))
    assert out["removed"] == 20 and out["added"] == 20
    assert len(out["changes"]) == d.MAX_CHANGES and out["truncated"]
    assert all(len(c["before"] or c["text"]) <= d.MAX_CHARS for c in out["changes"])


def test_identical_copy_has_no_changes() -> None:
    p = make_text(4)
    assert paragraph_diff(p, list(p)) == {
        "added": 0,
        "removed": 0,
        "edited": 0,
        "unchanged": len(p),
        "changes": [],
        "truncated": False,
    }
