"""The crawler against a local fake news site on 127.0.0.1 (never the internet).

Covers: discovery from RSS + sitemap index + Google News sitemap, robots.txt, ETag/304, resume
after a stop, timeouts, 500, 429 + Retry-After, redirect loops, the size cap on a 50 MB page,
a wrong charset header, SSRF refusal, and the `diembao crawl` command.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from diembao.errors import InputError
from diembao.ingest import crawl as crawl_mod
from diembao.ingest import netguard
from diembao.ingest.crawl import (
    CrawlOptions,
    CrawlReport,
    Fetcher,
    FetchError,
    Outlet,
    crawl,
    fetch_urls,
    parse_retry_after,
)
from diembao.ingest.frontier import Frontier
from diembao.model import RawDoc

DATA = Path(__file__).resolve().parents[1] / "data" / "crawl"
UA = "diembao-test/0.1 (+https://example.invalid/bot)"
HUGE = 50 * 1024 * 1024
VIETNAMESE = "Ủy ban nhân dân tỉnh Sóc Trăng họp báo về chuyển đổi số"

Route = Callable[["_Handler"], None]


class _Handler(BaseHTTPRequestHandler):
    site: FakeSite
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        with self.site.lock:
            self.site.hits[path] += 1
            self.site.requests.append((path, dict(self.headers.items()), time.monotonic()))
        route = self.site.routes.get(path)
        if route is None:
            self.reply(404, b"not found")
        else:
            route(self)

    def reply(
        self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)


class FakeSite:
    """A threaded HTTP server with per-path routes and hit counters."""

    def __init__(self) -> None:
        handler = type("H", (_Handler,), {"site": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str], float]] = []
        self.bytes_sent: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.routes: dict[str, Route] = {}
        self.pages: dict[str, bytes] = {}
        self._default_routes()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.daemon = True
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fixture(self, name: str) -> bytes:
        return (DATA / name).read_text(encoding="utf-8").replace("{BASE}", self.base).encode("utf-8")

    def headers_of(self, path: str) -> list[dict[str, str]]:
        return [h for p, h, _ in self.requests if p == path]

    # ------------------------------------------------------------------ routes

    def conditional(self, path: str, body: bytes, ctype: str, etag: str) -> None:
        def route(h: _Handler) -> None:
            if h.headers.get("If-None-Match") == etag:
                h.send_response(304)
                h.send_header("ETag", etag)
                h.send_header("Content-Length", "0")
                h.end_headers()
            else:
                h.reply(200, body, ctype, ETag=etag)

        self.routes[path] = route

    def article(self, path: str, title: str) -> None:
        body = (DATA / "article.html").read_text(encoding="utf-8").replace("{TITLE}", title).encode("utf-8")
        self.pages[path] = body
        self.conditional(path, body, "text/html; charset=utf-8", f'"{abs(hash(path))}"')

    def _default_routes(self) -> None:
        robots = f"User-agent: *\nDisallow: /private/\n\nSitemap: {self.base}/sitemap.xml\n".encode()
        self.routes["/robots.txt"] = lambda h: h.reply(200, robots, "text/plain")
        self.conditional("/rss.xml", self.fixture("rss.xml"), "application/rss+xml", '"rss-1"')
        self.conditional("/sitemap.xml", self.fixture("sitemap_index.xml"), "application/xml", '"idx-1"')
        self.conditional("/sitemap-news.xml", self.fixture("sitemap_news.xml"), "text/xml", '"news-1"')
        self.article("/thoi-su/bai-1.html", "Thủ tướng chủ trì phiên họp")
        self.article("/kinh-te/bai-2.html", "Sóc Trăng chuyển đổi số")
        self.article("/xa-hoi/bai-3.html", "Hạn mặn ở Đồng bằng sông Cửu Long")
        self.article("/private/bi-mat.html", "Bí mật")
        self.article("/the-gioi/bai-cu.html", "Tin cũ")
        html = f"<html><head><title>{VIETNAMESE}</title></head><body><p>{VIETNAMESE}</p></body></html>"
        self.pages["/charset.html"] = html.encode("utf-8")
        self.routes["/charset.html"] = lambda h: h.reply(
            200, html.encode("utf-8"), "text/html; charset=iso-8859-1"
        )
        self.routes["/slow.html"] = self._slow
        self.routes["/500.html"] = lambda h: h.reply(500, b"oops")
        self.routes["/429.html"] = self._too_many
        self.routes["/loop/a"] = lambda h: h.reply(302, b"", Location="/loop/b")
        self.routes["/loop/b"] = lambda h: h.reply(302, b"", Location=self.base + "/loop/a")
        self.routes["/moved"] = lambda h: h.reply(301, b"", Location="/kinh-te/bai-2.html?utm_source=x")
        self.routes["/to-private"] = lambda h: h.reply(
            302, b"", Location=self.base.replace(".1:", ".2:") + "/x"
        )
        self.routes["/huge.html"] = lambda h: self._huge(h, declare=False)
        self.routes["/huge-cl.html"] = lambda h: self._huge(h, declare=True)
        self.routes["/bad-gzip.html"] = lambda h: h.reply(200, b"this is not gzip", Content_Encoding="gzip")
        self.routes["/broken.xml"] = lambda h: h.reply(200, self.fixture("broken.xml"), "application/rss+xml")
        self.routes["/file.pdf"] = lambda h: h.reply(200, b"%PDF-1.4", "application/pdf")

    def _slow(self, h: _Handler) -> None:
        time.sleep(1.5)
        with contextlib.suppress(OSError):
            h.reply(200, b"<html>late</html>")

    def _too_many(self, h: _Handler) -> None:
        if self.hits["/429.html"] == 1:
            h.reply(429, b"slow down", Retry_After="1")
        else:
            h.reply(200, b"<html><p>after the wait</p></html>")

    def _huge(self, h: _Handler, *, declare: bool) -> None:
        """50 MB generated on the fly (never stored), counting what actually left the server."""
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        if declare:
            h.send_header("Content-Length", str(HUGE))
        else:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        sent = 0
        try:
            while sent < HUGE:
                h.wfile.write(chunk)
                sent += len(chunk)
                with self.lock:
                    self.bytes_sent[h.path] = sent
        except OSError:
            pass  # the client hung up: what we wanted


@pytest.fixture
def site() -> Iterator[FakeSite]:
    s = FakeSite()
    yield s
    s.close()


def fast_options(**kw: Any) -> CrawlOptions:
    base: dict[str, Any] = dict(
        user_agent=UA,
        delay=0.01,
        max_page_bytes=1024 * 1024,
        timeout=0.4,
        total_timeout=5.0,
        max_attempts=3,
        backoff=0.01,
        max_retry_wait=0.3,
        max_wait_in_run=2.0,
        max_age_days=None,
    )
    base.update(kw)
    return CrawlOptions(**base)


class FakeStore:
    """What crawl() needs of a store: a connection for the frontier, and record_error."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path)
        self.errors: list[tuple[str, str, str]] = []
        self.raws: list[RawDoc] = []

    def record_error(self, *, source: str, stage: str, reason: str) -> None:
        self.errors.append((source, stage, reason))


def collect(store: FakeStore, raws: list[RawDoc]) -> SimpleNamespace:
    store.raws.extend(raws)
    return SimpleNamespace(stored=len(raws))


def outlet(site: FakeSite) -> Outlet:
    return Outlet(
        name="Báo Thử Nghiệm",
        homepage=site.base + "/",
        feeds=(site.base + "/rss.xml",),
        sitemaps=(site.base + "/sitemap.xml",),
    )


ARTICLES = {"/thoi-su/bai-1.html", "/kinh-te/bai-2.html", "/xa-hoi/bai-3.html", "/charset.html"}


# ---------------------------------------------------------------------------- discovery + crawl


def test_crawl_discovers_fetches_and_ingests(site: FakeSite, tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "s.db")
    options = fast_options(max_age_days=3650.0)
    report = crawl(store, [outlet(site)], allow_private=True, options=options, ingest=collect)

    fetched = {r.url.removeprefix(site.base) for r in store.raws}
    assert fetched == ARTICLES  # tracking parameters stripped from bai-1's URL
    assert report.pages_fetched == 4 and report.ingested == 4 and report.left_queued == 0
    # robots.txt forbids /private/: never requested, recorded as skipped.
    assert site.hits["/private/bi-mat.html"] == 0 and report.skipped == 1
    # The 2009 child sitemap and the 2001 article are too old; the off-site link is not ours.
    assert site.hits["/sitemap-2009.xml"] == 0 and site.hits["/the-gioi/bai-cu.html"] == 0
    assert site.hits["/robots.txt"] == 1
    # Every request carries the honest User-Agent.
    assert {h["User-Agent"] for _, h, _ in site.requests} == {UA}
    for raw in store.raws:
        assert raw.kind == "html" and raw.source == raw.url
        assert raw.content == site.pages[raw.url.removeprefix(site.base)]
        assert raw.fetched_at is not None and datetime.fromisoformat(raw.fetched_at).tzinfo is not None
    frontier = Frontier(store.connection)
    row = frontier.get(site.base + "/xa-hoi/bai-3.html")
    assert row is not None and row.state == "fetched" and row.outlet == "Báo Thử Nghiệm"
    assert row.published == "2099-01-01T06:15:00+07:00" and row.source_feed == site.base + "/sitemap-news.xml"


def test_wrong_charset_header_is_carried_to_extraction(site: FakeSite) -> None:
    (raw,) = fetch_urls([site.base + "/charset.html"], allow_private=True, options=fast_options())
    # The bytes are untouched UTF-8 and the (wrong) header travels with them: decoding is
    # extraction's job, which can see that the bytes are valid UTF-8.
    assert raw.content_type == "text/html; charset=iso-8859-1"
    assert raw.content.decode("utf-8").count(VIETNAMESE) == 2


def test_second_crawl_is_conditional_and_fetches_nothing_twice(site: FakeSite, tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "s.db")
    options = fast_options(max_age_days=3650.0)
    crawl(store, [outlet(site)], allow_private=True, options=options, ingest=collect)
    second = crawl(store, [outlet(site)], allow_private=True, options=options, ingest=collect)
    assert second.pages_fetched == 0 and second.discovered == 0
    assert second.feeds_not_modified == 2 and second.feeds_fetched == 0  # rss + sitemap index: 304
    assert site.headers_of("/rss.xml")[-1].get("If-None-Match") == '"rss-1"'
    assert all(site.hits[p] == 1 for p in ARTICLES)
    assert len(store.raws) == 4

    # An explicit refetch of a known page is conditional too: 304, nothing yielded.
    report = CrawlReport()
    again = list(
        fetch_urls(
            [site.base + "/thoi-su/bai-1.html"],
            store=store,
            allow_private=True,
            options=options,
            report=report,
        )
    )
    assert again == [] and report.pages_not_modified == 1
    assert site.headers_of("/thoi-su/bai-1.html")[-1].get("If-None-Match")


def test_resume_after_stop_fetches_nothing_twice(site: FakeSite, tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "s.db")
    options = fast_options(max_age_days=3650.0, batch_size=10)
    first = crawl(store, [outlet(site)], allow_private=True, options=options, ingest=collect, max_pages=1)
    assert first.pages_fetched == 1 and first.stopped_early and first.left_queued == 4  # 3 + robots-forbidden

    # A hard stop (Ctrl-C) in the middle: what was downloaded is still handed to ingest.
    def interrupt_after_one_more() -> bool:
        if sum(site.hits[p] for p in ARTICLES) >= 2:
            raise KeyboardInterrupt
        return False

    with pytest.raises(KeyboardInterrupt):
        crawl(
            store,
            [outlet(site)],
            allow_private=True,
            options=options,
            ingest=collect,
            should_stop=interrupt_after_one_more,
        )
    assert len(store.raws) == 2  # the page downloaded before the stop was stored

    third = crawl(store, [outlet(site)], allow_private=True, options=options, ingest=collect)
    assert third.left_queued == 0
    assert sorted(r.url.removeprefix(site.base) for r in store.raws) == sorted(ARTICLES)
    assert all(site.hits[p] == 1 for p in ARTICLES), site.hits


def test_failed_ingest_loses_nothing_and_broken_feed_does_not_stop(site: FakeSite, tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "s.db")
    options = fast_options(max_age_days=3650.0, batch_size=2)
    broken = Outlet("Báo Hỏng", site.base + "/", feeds=(site.base + "/broken.xml",), discover_sitemaps=False)

    def failing_ingest(store: FakeStore, raws: list[RawDoc]) -> None:
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(sqlite3.OperationalError):
        crawl(store, [broken, outlet(site)], allow_private=True, options=options, ingest=failing_ingest)
    report = crawl(store, [broken, outlet(site)], allow_private=True, options=options, ingest=collect)
    # The pages of the failed batch were fetched again and stored; the rest once.
    assert sorted(r.url.removeprefix(site.base) for r in store.raws) == sorted(ARTICLES)
    assert report.left_queued == 0
    assert any(u == site.base + "/broken.xml" and r.startswith("broken feed XML") for u, r in report.errors)


# ---------------------------------------------------------------------------- failures


def test_corrupt_compressed_body_is_a_permanent_error(site: FakeSite) -> None:
    report = CrawlReport()
    assert (
        list(
            fetch_urls(
                [site.base + "/bad-gzip.html"], allow_private=True, report=report, options=fast_options()
            )
        )
        == []
    )
    assert report.failed == 1 and report.retried == 0 and "DecodingError" in report.errors[0][1]


def test_slow_host_times_out_and_is_recorded(site: FakeSite, tmp_path: Path) -> None:
    store = FakeStore(tmp_path / "s.db")
    report = CrawlReport()
    started = time.monotonic()
    docs = list(
        fetch_urls(
            [site.base + "/slow.html"],
            store=store,
            allow_private=True,
            report=report,
            options=fast_options(timeout=0.2, max_attempts=2),
        )
    )
    assert docs == [] and report.failed == 1 and report.retried == 1
    assert site.hits["/slow.html"] == 2
    assert "timeout" in report.errors[0][1] and "gave up after 2 attempts" in report.errors[0][1]
    assert store.errors and store.errors[0][0] == site.base + "/slow.html" and store.errors[0][1] == "crawl"
    assert time.monotonic() - started < 1.4  # did not wait for the server's 1.5 s


def test_500_is_retried_with_backoff_then_failed(site: FakeSite) -> None:
    report = CrawlReport()
    docs = list(
        fetch_urls([site.base + "/500.html"], allow_private=True, report=report, options=fast_options())
    )
    assert docs == [] and site.hits["/500.html"] == 3 and report.retried == 2 and report.failed == 1
    assert report.errors == [(site.base + "/500.html", "HTTP 500 (gave up after 3 attempts)")]


def test_429_honours_retry_after_capped(site: FakeSite) -> None:
    report = CrawlReport()
    started = time.monotonic()
    docs = list(
        fetch_urls([site.base + "/429.html"], allow_private=True, report=report, options=fast_options())
    )
    elapsed = time.monotonic() - started
    assert [d.content for d in docs] == [b"<html><p>after the wait</p></html>"]
    assert site.hits["/429.html"] == 2 and report.retried == 1
    assert 0.3 <= elapsed < 0.9  # Retry-After: 1, capped by max_retry_wait=0.3


def test_parse_retry_after() -> None:
    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Mon, 01 Jan 2024 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Mon, 01 Jan 2024 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_redirects_loop_and_target(site: FakeSite) -> None:
    report = CrawlReport()
    docs = list(
        fetch_urls(
            [site.base + "/loop/a", site.base + "/moved"],
            allow_private=True,
            report=report,
            options=fast_options(),
        )
    )
    # The redirect target is the canonical final URL (tracking parameter dropped).
    assert [d.url for d in docs] == [site.base + "/kinh-te/bai-2.html"]
    ((url, reason),) = report.errors
    assert url == site.base + "/loop/a"
    assert reason == f"redirect loop: {site.base}/loop/a -> {site.base}/loop/b -> {site.base}/loop/a"
    assert site.hits["/loop/a"] == 1 and site.hits["/loop/b"] == 1


def test_redirect_limit(site: FakeSite) -> None:
    for i in range(5):
        site.routes[f"/hop/{i}"] = lambda h, i=i: h.reply(302, b"", Location=f"/hop/{i + 1}")
    report = CrawlReport()
    assert (
        list(
            fetch_urls(
                [site.base + "/hop/0"],
                allow_private=True,
                report=report,
                options=fast_options(max_redirects=2),
            )
        )
        == []
    )
    assert report.errors[0][1].startswith("more than 2 redirects")
    assert site.hits["/hop/3"] == 0


@pytest.mark.parametrize(
    ("path", "why"), [("/huge.html", "download aborted"), ("/huge-cl.html", "Content-Length")]
)
def test_size_cap_stops_a_50mb_page_early(site: FakeSite, path: str, why: str) -> None:
    report = CrawlReport()
    started = time.monotonic()
    docs = list(fetch_urls([site.base + path], allow_private=True, report=report, options=fast_options()))
    assert docs == [] and report.failed == 1
    assert "page too large" in report.errors[0][1] and why in report.errors[0][1]
    time.sleep(0.2)  # let the server notice the hang-up
    with site.lock:
        sent = site.bytes_sent[path]
    assert sent < 16 * 1024 * 1024, f"server sent {sent} bytes of a 50 MB page"
    assert time.monotonic() - started < 5


def test_not_html_is_refused_before_download(site: FakeSite) -> None:
    report = CrawlReport()
    assert (
        list(fetch_urls([site.base + "/file.pdf"], allow_private=True, report=report, options=fast_options()))
        == []
    )
    assert "unexpected content type 'application/pdf'" in report.errors[0][1]


def test_robots_rules_and_crawl_delay(site: FakeSite) -> None:
    robots = (
        b"User-agent: diembao-test\nDisallow: /kinh-te/\nCrawl-delay: 0.25\n\nUser-agent: *\nDisallow: /\n"
    )
    site.routes["/robots.txt"] = lambda h: h.reply(200, robots, "text/plain")
    with Fetcher(fast_options(), allow_private=True) as f:
        assert not f.allowed(site.base + "/kinh-te/bai-2.html")
        assert f.allowed(site.base + "/thoi-su/bai-1.html")
        assert f.host_delay(site.base) == 0.25
        with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
            f.fetch(site.base + "/kinh-te/bai-2.html")
        f.fetch(site.base + "/thoi-su/bai-1.html")
        f.fetch(site.base + "/xa-hoi/bai-3.html")
    times = [t for p, _, t in site.requests]
    assert len(times) == 3 and site.hits["/kinh-te/bai-2.html"] == 0
    assert all(b - a >= 0.24 for a, b in itertools.pairwise(times))


def test_robots_404_allows_and_500_defers(site: FakeSite) -> None:
    del site.routes["/robots.txt"]
    with Fetcher(fast_options(), allow_private=True) as f:
        assert f.allowed(site.base + "/private/bi-mat.html")
    site.routes["/robots.txt"] = lambda h: h.reply(503, b"down")
    report = CrawlReport()
    assert (
        list(
            fetch_urls(
                [site.base + "/thoi-su/bai-1.html"],
                allow_private=True,
                report=report,
                options=fast_options(max_attempts=2),
            )
        )
        == []
    )
    assert "robots.txt unavailable (HTTP 503)" in report.errors[0][1]
    assert site.hits["/thoi-su/bai-1.html"] == 0


# ---------------------------------------------------------------------------- SSRF


def test_ssrf_loopback_refused_by_default(site: FakeSite) -> None:
    report = CrawlReport()
    urls = [
        site.base + "/thoi-su/bai-1.html",
        site.base.replace("127.0.0.1", "localhost") + "/kinh-te/bai-2.html",
    ]
    assert list(fetch_urls(urls, report=report, options=fast_options())) == []
    assert report.failed == 2 and not report.retried
    assert all("loopback address" in reason for _, reason in report.errors)
    assert sum(site.hits.values()) == 0  # not even robots.txt was asked


def test_ssrf_checked_on_every_redirect_hop(site: FakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend 127.0.0.1 is public so the first hop passes; the redirect to 127.0.0.2 must not.
    real = netguard.address_problem
    monkeypatch.setattr(netguard, "address_problem", lambda ip: None if str(ip) == "127.0.0.1" else real(ip))
    report = CrawlReport()
    assert list(fetch_urls([site.base + "/to-private"], report=report, options=fast_options())) == []
    assert site.hits["/to-private"] == 1
    assert "127.0.0.2 is a loopback address" in report.errors[0][1]


def test_bad_urls_are_errors_not_crashes() -> None:
    report = CrawlReport()
    assert list(fetch_urls(["ftp://example.vn/x", "not a url"], report=report, options=fast_options())) == []
    assert [r for _, r in report.errors] == [
        "not an http(s) URL: 'ftp://example.vn/x'",
        "not an http(s) URL: 'not a url'",
    ]


# ---------------------------------------------------------------------------- CLI


def _registry_file(site: FakeSite, tmp_path: Path) -> Path:
    p = tmp_path / "outlets.toml"
    p.write_text(
        f'[[outlet]]\nname = "Báo Thử Nghiệm"\nhomepage = "{site.base}/"\nfeeds = ["{site.base}/rss.xml"]\n'
        "discover_sitemaps = false\n",
        encoding="utf-8",
    )
    return p


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[RawDoc]:
    """Stand-ins for the store and the pipeline (owned by another part) behind `diembao crawl`."""
    import diembao.store

    raws: list[RawDoc] = []
    monkeypatch.setattr(diembao.store, "open_store", lambda path: FakeStore(Path(path)), raising=False)
    monkeypatch.setattr(crawl_mod, "_default_ingest", lambda store, batch: raws.extend(batch))
    monkeypatch.setenv("DIEMBAO_CRAWL_DELAY", "0.01")
    monkeypatch.setenv("DIEMBAO_USER_AGENT", UA)
    return raws


def test_crawl_command(site: FakeSite, tmp_path: Path, cli_env: list[RawDoc]) -> None:
    from click.testing import CliRunner

    from diembao.cli import cli

    reg = _registry_file(site, tmp_path)
    db = tmp_path / "d.db"
    args = ["crawl", "--sources", str(reg), "--db", str(db), "--outlet", "bao thu nghiem", "--format", "json"]
    args += ["--max-age-days", "0"]
    r = CliRunner().invoke(cli, [*args, "--allow-private", "--max-pages", "2"])
    assert r.exit_code == 0, r.output
    assert '"pages_fetched": 2' in r.stdout and len(cli_env) == 2
    assert {h["User-Agent"] for _, h, _ in site.requests} == {UA}  # DIEMBAO_USER_AGENT is used
    r = CliRunner().invoke(cli, [*args, "--allow-private", "--quiet"])
    assert r.exit_code == 0 and r.stdout == ""
    assert len(cli_env) == 3  # bai-1, bai-2, charset (private one skipped); nothing twice

    # Without --allow-private the local site is refused and the reason is printed.
    site.hits.clear()
    r = CliRunner().invoke(cli, ["crawl", "--sources", str(reg), "--db", str(tmp_path / "e.db"), "--quiet"])
    assert r.exit_code == 0 and "loopback address" in r.stderr and sum(site.hits.values()) == 0

    r = CliRunner().invoke(cli, ["crawl", "--sources", str(reg), "--outlet", "Nowhere"])
    assert r.exit_code == 2 and "unknown outlet 'Nowhere'" in r.output


def test_delay_setting_feeds_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIEMBAO_CRAWL_DELAY", "3.5")
    monkeypatch.setenv("DIEMBAO_MAX_PAGE_BYTES", "1234")
    o = CrawlOptions()
    assert o.delay == 3.5 and o.max_page_bytes == 1234


def test_registry_error_is_input_error(tmp_path: Path) -> None:
    p = tmp_path / "r.toml"
    p.write_text(
        '[[outlet]]\nname = "A"\nhomepage = "https://a.vn/"\nfeeds = ["a.vn/rss"]\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"outlet #1 \(A\): feeds\[0\] is not an http\(s\) URL: 'a.vn/rss'"):
        crawl(SimpleNamespace(connection=sqlite3.connect(":memory:")), crawl_mod.load_registry(p))
