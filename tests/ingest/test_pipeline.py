"""The ingest pipeline and its CLI: idempotence, history, bad input, reprocess, stats and errors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from diembao.cli import cli
from diembao.ingest.pipeline import ingest_raws, reprocess
from diembao.model import RawDoc
from diembao.pipeline import process_raw
from diembao.store import open_store

PAGE = (
    "<html><head><title>{t}</title><meta property='og:title' content='{t}'></head><body><article>"
    "<h1>{t}</h1><p>{body} Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023 "
    "và triển khai nhiệm vụ năm 2024 với nhiều nội dung quan trọng.</p>"
    "<p>Ông Lâm Văn Mẫn, Bí thư Tỉnh ủy, biểu dương những thành tích nổi bật đã đạt được trong năm qua "
    "và đề nghị ngành tiếp tục phát huy tinh thần trách nhiệm.</p></article></body></html>"
)


def records(n: int, start: int = 0) -> list[dict[str, str]]:
    return [
        {"id": str(i), "title": f"Bài {i}", "text": f"Nội dung số {i}.\nĐoạn hai {i}."}
        for i in range(start, start + n)
    ]


def write_jsonl(path: Path, recs: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def invoke(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return res.exit_code, res.output


def stats(db: Path) -> dict[str, object]:
    code, out = invoke("stats", "--db", str(db), "--format", "json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_same_corpus_twice_gives_the_same_counts_with_a_pool(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", records(300))
    db = tmp_path / "s.db"
    for _ in range(2):
        code, out = invoke(
            "ingest", str(src), "--db", str(db), "--workers", "2", "--json", "--no-index", "--no-enrich"
        )
        assert code == 0
    last = json.loads(out.strip().splitlines()[-1])
    assert last["new"] == 0 and last["unchanged"] == 300
    st = stats(db)
    assert st["articles"] == 300 and st["versions"] == 300 and st["errors"] == 0


def test_changed_page_gives_a_second_version(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    url = "https://e.vn/tin/1.html"
    first = RawDoc(
        source="a", kind="record", url=url, record={"url": url, "title": "Bão", "text": "Bão đang vào."}
    )
    second = RawDoc(
        source="b", kind="record", url=url, record={"url": url, "title": "Bão", "text": "Bão đã vào bờ."}
    )
    r1 = ingest_raws(store, [first], enrich=False)
    r2 = ingest_raws(store, [second], enrich=False)
    r3 = ingest_raws(store, [second], enrich=False)
    assert (r1.new, r2.updated, r3.unchanged) == (1, 1, 1)
    (aid,) = store.ids()
    assert [v.article.text for v in store.versions(aid)] == ["Bão đang vào.", "Bão đã vào bờ."]
    store.close()


def test_bad_inputs_are_each_one_error_and_the_rest_goes_in(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    write_jsonl(d / "good.jsonl", records(20))
    (d / "bad_line.jsonl").write_text(
        json.dumps({"text": "Tiêu đề\nThân bài tốt."})
        + "\n{broken\n"
        + json.dumps({"id": "x", "title": "Chỉ tiêu đề"})
        + "\n",
        encoding="utf-8",
    )
    gz = gzip.compress("".join(json.dumps(r) + "\n" for r in records(1000, start=100)).encode())
    (d / "cut.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    (d / "unreadable.html").symlink_to(d / "gone.html")
    db = tmp_path / "s.db"
    code, out = invoke(
        "ingest", str(d), "--db", str(db), "--workers", "0", "--json", "--no-index", "--no-enrich"
    )
    assert code == 0
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["errors"] == 4
    code, out = invoke("errors", "--db", str(db), "--format", "json")
    errs = {Path(e["source"]).name: e["reason"] for e in json.loads(out)}
    assert "invalid JSON" in errs["bad_line.jsonl:2"]
    assert "no text" in errs["bad_line.jsonl:3"] or "only a title" in errs["bad_line.jsonl:3"]
    assert "truncated or corrupt gzip" in errs["cut.jsonl.gz"]
    assert "cannot read" in errs["unreadable.html"]
    st = stats(db)
    assert st["articles"] == summary["new"] and 21 < int(st["articles"]) < 21 + 1000  # type: ignore[call-overload]


def test_worker_returns_errors_instead_of_raising(monkeypatch: pytest.MonkeyPatch) -> None:
    import diembao.pipeline as pl

    def broken(raw: RawDoc) -> object:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(pl, "_extractor", lambda: broken)
    p = process_raw(RawDoc(source="x.html", content=b"<p>x</p>"))
    assert p.record is None and p.error is not None and "RuntimeError: parser bug" in p.error
    empty = process_raw(RawDoc(source="r", kind="record", record={"title": "T"}))
    assert empty.error is not None and "no article found" in empty.error


def test_html_pages_are_extracted_and_reprocessed_from_raw(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")
    raws = [
        RawDoc(
            source=f"p{i}.html",
            content=PAGE.format(t=f"Tin số {i}", body=f"Mở đầu {i}.").encode(),
            url=f"https://e.vn/{i}.html",
        )
        for i in range(3)
    ]
    rep = ingest_raws(store, raws, workers=0, enrich=False)
    assert rep.new == 3, rep.error_samples
    art = store.get_article(store.ids()[0])
    assert art is not None and "Sóc Trăng" in art.text and art.url == "https://e.vn/0.html"
    again = reprocess(store, workers=0, enrich=False)
    assert again.inputs == 3 and again.errors == 0 and store.count() == 3
    assert all(len(store.versions(i)) == 1 for i in store.ids())
    store.close()


def test_stdin_and_stats_table(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(5))
    res = CliRunner().invoke(
        cli, ["ingest", "-", "--db", str(db), "--quiet", "--no-index", "--no-enrich"], input=data.encode()
    )
    assert res.exit_code == 0, res.output
    assert stats(db)["articles"] == 5
    code, out = invoke("stats", "--db", str(db))
    assert code == 0 and "articles" in out and "5" in out
    code, out = invoke("reprocess", "--db", str(db), "--json", "--no-index", "--no-enrich", "--workers", "0")
    assert code == 0 and json.loads(out.strip().splitlines()[-1])["unchanged"] == 5
