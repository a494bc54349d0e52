"""Readers: JSONL(.gz) records, WARC(.gz), single documents, folders, stdin, feeds; bad input = one error."""

from __future__ import annotations

import gzip
import io
import json
import uuid
from pathlib import Path

import pytest

from diembao.errors import NoArticleError
from diembao.ingest import ByteMeter, SourceError
from diembao.ingest.jsonl import record_article
from diembao.ingest.sources import iter_sources, read_stream, total_size
from diembao.model import RawDoc

HTML = "<html><head><title>Tin</title></head><body><article><h1>Tin {i}</h1><p>Nội dung bài {i}.</p></article></body></html>"


def warc_record(url: str, html: str) -> bytes:
    body = html.encode()
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body)
        + body
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-01-03T08:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=abs(hash(url)))}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def write_warc(path: Path, n: int, gz: bool) -> bytes:
    recs = [warc_record(f"https://e.vn/{i}.html", HTML.format(i=i)) for i in range(n)]
    data = b"".join(gzip.compress(r) for r in recs) if gz else b"".join(recs)
    path.write_bytes(data)
    return data


def items(*sources: Path | str) -> list[RawDoc | SourceError]:
    return list(iter_sources([str(s) for s in sources]))


def test_vntc_and_vietnews_records_map_their_fields() -> None:
    vntc = {
        "id": "x",
        "split": "test",
        "label": "Chinh tri Xa hoi",
        "text": "Tiêu đề bài\nĐoạn một.\nĐoạn hai.",
    }
    a = record_article(vntc, "v.jsonl:1")
    assert (a.title, a.category, a.text) == ("Tiêu đề bài", "Chinh tri Xa hoi", "Đoạn một.\n\nĐoạn hai.")
    vn = {"title": "T", "abstract": "Sapo.", "body": "Thân bài.", "title_seg": "T_"}
    b = record_article(vn, "n.jsonl:1")
    assert (b.title, b.sapo, b.text) == ("T", "Sapo.", "Thân bài.")
    with pytest.raises(NoArticleError, match="no text"):
        record_article({"id": "1", "url": "https://e.vn/x"}, "e.jsonl:1")


def test_jsonl_mixed_records_bad_lines_and_gzip(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://e.vn/1.html", "html": HTML.format(i=1), "outlet": "E"}),
        "{not json",
        json.dumps([1, 2]),
        "",
        json.dumps({"id": "2", "text": "Tiêu đề\nThân bài."}),
    ]
    p = tmp_path / "mixed.jsonl.gz"
    p.write_bytes(gzip.compress("\n".join(lines).encode()))
    out = items(p)
    assert [type(x).__name__ for x in out] == ["RawDoc", "SourceError", "SourceError", "RawDoc"]
    page, bad_json, not_obj, rec = out
    assert (
        isinstance(page, RawDoc)
        and page.kind == "html"
        and page.record == {"url": "https://e.vn/1.html", "outlet": "E"}
    )
    assert (
        isinstance(bad_json, SourceError)
        and bad_json.source.endswith("mixed.jsonl.gz:2")
        and "invalid JSON" in bad_json.reason
    )
    assert isinstance(not_obj, SourceError) and "not an object" in not_obj.reason
    assert isinstance(rec, RawDoc) and rec.kind == "record" and rec.source.endswith(":5")


def test_truncated_gzip_is_one_error_after_the_good_lines(tmp_path: Path) -> None:
    data = gzip.compress(
        "".join(json.dumps({"text": f"Bài {i}\nThân {i}."}) + "\n" for i in range(2000)).encode()
    )
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    out = items(p)
    errors = [x for x in out if isinstance(x, SourceError)]
    assert len(errors) == 1 and "truncated or corrupt gzip" in errors[0].reason
    assert 0 < len(out) - 1 < 2000


def test_warc_gz_plain_and_truncated(tmp_path: Path) -> None:
    data = write_warc(tmp_path / "a.warc.gz", 4, gz=True)
    out = items(tmp_path / "a.warc.gz")
    assert [x.url for x in out if isinstance(x, RawDoc)] == [f"https://e.vn/{i}.html" for i in range(4)]
    assert all(isinstance(x, RawDoc) and x.kind == "html" and b"<article>" in x.content for x in out)
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.6)])
    out = items(tmp_path / "cut.warc.gz")
    assert isinstance(out[-1], SourceError) and "truncated gzip" in out[-1].reason
    assert all(isinstance(x, RawDoc) for x in out[:-1]) and len(out) >= 2
    plain = write_warc(tmp_path / "b.warc", 3, gz=False)
    (tmp_path / "b.warc").write_bytes(plain[:-60])
    out = items(tmp_path / "b.warc")
    assert sum(isinstance(x, RawDoc) for x in out) == 2 and isinstance(out[-1], SourceError)


def test_folder_walk_documents_and_unreadable_files(tmp_path: Path, seed_text: str) -> None:
    d = tmp_path / "dump"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "seed.txt").write_text(seed_text, encoding="utf-8")
    (d / "page.html").write_text(HTML.format(i=1), encoding="utf-8")
    (d / "noext").write_text(HTML.format(i=2), encoding="utf-8")
    (d / "image.jpg").write_bytes(b"\xff\xd8\xff\x00\x00JFIF" + bytes(200))
    (d / "empty.txt").write_text("  \n")
    (d / ".hidden.html").write_text(HTML.format(i=3))
    (d / "broken-link.html").symlink_to(d / "missing.html")
    meter = ByteMeter()
    meter.total = total_size([str(d)])
    out = list(iter_sources([str(d)], meter=meter))
    docs = {Path(x.source).name: x.kind for x in out if isinstance(x, RawDoc)}
    errs = {Path(x.source).name: x.reason for x in out if isinstance(x, SourceError)}
    assert docs == {"page.html": "html", "noext": "html", "seed.txt": "text"}
    assert set(errs) == {"image.jpg", "empty.txt", "broken-link.html"}
    assert (
        "binary" in errs["image.jpg"]
        and "empty" in errs["empty.txt"]
        and "cannot read" in errs["broken-link.html"]
    )
    assert meter.position == meter.total > 0
    missing = items(tmp_path / "nope.jsonl")
    assert len(missing) == 1 and isinstance(missing[0], SourceError)


def test_stdin_jsonl_and_single_document() -> None:
    out = list(read_stream(io.BufferedReader(io.BytesIO(b'{"text": "A\\nB"}\n{"text": "C\\nD"}\n')), "-"))  # type: ignore[arg-type]
    assert [x.kind for x in out if isinstance(x, RawDoc)] == ["record", "record"]
    gz = io.BufferedReader(io.BytesIO(gzip.compress(HTML.format(i=9).encode())))  # type: ignore[arg-type]
    (doc,) = list(read_stream(gz, "-"))
    assert isinstance(doc, RawDoc) and doc.kind == "html" and doc.source == "-"


def test_feed_file_hands_links_to_the_crawler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import diembao.ingest.crawl as crawl

    asked: list[list[str]] = []

    def fake_fetch(urls: list[str], *, store: object = None, allow_private: bool = False) -> object:
        urls = list(urls)
        asked.append(urls)
        for u in urls:
            yield RawDoc(source=u, content=HTML.format(i=1).encode(), url=u)

    monkeypatch.setattr(crawl, "fetch_urls", fake_fetch)
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Bài một</title><link>https://e.vn/1.html</link>"
        "<pubDate>Wed, 03 Jan 2024 08:00:00 +0700</pubDate></item>"
        "<item><title>Bài hai</title><link>https://e.vn/2.html</link></item></channel></rss>"
    )
    (tmp_path / "feed.xml").write_text(rss, encoding="utf-8")
    out = items(tmp_path / "feed.xml")
    assert asked == [["https://e.vn/1.html", "https://e.vn/2.html"]]
    first = out[0]
    assert isinstance(first, RawDoc) and first.record is not None
    assert first.record["title"] == "Bài một" and first.record["published"].startswith("2024-01-03")
