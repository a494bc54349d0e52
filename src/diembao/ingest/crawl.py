"""A polite crawler: outlets' feeds and sitemaps -> article URLs -> frontier -> RawDocs -> ingest.

Politeness: robots.txt (cached per host, Crawl-delay honoured), one request at a time and a delay
per host, conditional requests (ETag/Last-Modified kept per URL), retries with exponential backoff
on 429/5xx honouring Retry-After, timeouts, a size cap, a redirect limit with loop detection, an
honest User-Agent. Private addresses are refused after DNS resolution (see netguard.py).
"""

from __future__ import annotations

import logging
import posixpath
import re
import sqlite3
import time
import tomllib
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from diembao import settings
from diembao.errors import InputError, TransientError
from diembao.ingest.feeds import FeedEntry, parse_feed
from diembao.ingest.frontier import Frontier, FrontierRow, Kind, host_of
from diembao.ingest.netguard import guarded_transport
from diembao.model import RawDoc

log = logging.getLogger(__name__)

REGISTRY_PATH = Path(__file__).with_name("outlets.toml")
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
RETRY_CODES = frozenset({408, 425, 429, 500, 502, 503, 504})
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("xml", "rss", "atom", "gzip", "text/plain", "octet-stream", "text/html")
ROBOTS_MAX_BYTES = 512 * 1024  # what Google reads of a robots.txt (RFC 9309 asks for at least 500 KiB)


# --------------------------------------------------------------------------- options and errors


def _float_setting(name: str) -> float:
    return float(settings.get(name))


@dataclass
class CrawlOptions:
    """Knobs of the crawler; defaults come from settings where a setting exists."""

    user_agent: str = field(default_factory=lambda: settings.get("user_agent"))
    delay: float = field(default_factory=lambda: _float_setting("crawl_delay"))
    max_page_bytes: int = field(default_factory=lambda: int(settings.get("max_page_bytes")))
    timeout: float = 20.0  # connect/read/write timeout of one request, seconds
    total_timeout: float = 120.0  # whole download of one body, seconds (slow-drip servers)
    max_redirects: int = 5
    max_attempts: int = 4  # per URL, then the URL is failed
    backoff: float = 2.0  # first retry wait, doubled at every attempt
    max_retry_wait: float = 600.0  # cap on Retry-After and backoff waits
    max_wait_in_run: float = 60.0  # retries due later than this are left for the next run
    max_crawl_delay: float = 120.0  # a robots.txt Crawl-delay above this is capped
    respect_robots: bool = True
    batch_size: int = 50  # RawDocs handed to ingest at once
    max_sitemap_depth: int = 2  # sitemap index -> sitemap -> ... levels followed
    max_child_sitemaps: int = 10  # most recent children of one sitemap index
    max_entries_per_source: int = 300  # article links taken from one feed or sitemap
    max_age_days: float | None = 7.0  # ignore entries dated older than this (None: keep all)
    verify_tls: bool = True


class FetchError(InputError):
    """A permanent failure for one URL (4xx, too large, redirect loop, not HTML...)."""

    def __init__(self, reason: str, source: str | None = None, status: int | None = None) -> None:
        super().__init__(reason, source)
        self.status = status


class RobotsDisallowed(FetchError):
    """robots.txt forbids this URL to our User-Agent."""


class RetryableFetchError(TransientError):
    """A failure worth retrying later (timeout, network, 429, 5xx); `retry_after` in seconds if told."""

    def __init__(self, reason: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


# --------------------------------------------------------------------------- URLs


def _remove_dot_segments(path: str) -> str:
    if "/." not in path:
        return path
    trailing = path.endswith("/")
    out = posixpath.normpath(path)
    out = "/" + out.lstrip("/")
    return out + "/" if trailing and out != "/" else out


def canonical_url(url: str) -> str:
    """One spelling per URL: courlan normalisation (lower-case host, tracking parameters removed,
    query sorted), no fragment, no default port, dot segments resolved, host in IDNA ASCII."""
    from courlan import normalize_url

    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"not an http(s) URL: {url!r}", source=url)
    try:
        normal = normalize_url(url)
    except (ValueError, UnicodeError) as exc:
        raise InputError(f"unusable URL {url!r}: {exc}", source=url) from exc
    p = urlsplit(normal)
    host = p.hostname or ""
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise InputError(f"bad host name in {url!r}: {exc}", source=url) from exc
    if ":" in host:
        host = f"[{host}]"
    port = p.port
    if port is not None and (p.scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    return urlunsplit((p.scheme, host, _remove_dot_segments(p.path) or "/", p.query, ""))


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


# --------------------------------------------------------------------------- fetcher


@dataclass
class Response:
    """A completed GET: the final URL after redirects, status, headers and (capped) body."""

    url: str
    status: int
    headers: httpx.Headers
    content: bytes
    fetched_at: str
    redirects: list[str] = field(default_factory=list)

    @property
    def content_type(self) -> str | None:
        value = self.headers.get("content-type")
        return str(value) if value is not None else None


_CRAWL_DELAY = re.compile(r"^(\s*crawl-delay\s*:\s*)([0-9]*\.?[0-9]+)(.*)$", re.I)


def _millisecond_delays(lines: list[str]) -> list[str]:
    """Rewrite Crawl-delay values in milliseconds: urllib.robotparser only reads whole seconds
    and silently drops "Crawl-delay: 0.5", which some sites use."""
    out = []
    for line in lines:
        m = _CRAWL_DELAY.match(line)
        if m:
            line = f"{m.group(1)}{round(float(m.group(2)) * 1000)}{m.group(3)}"
        out.append(line)
    return out


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser
    delay: float
    fetched_at: float


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Fetcher:
    """Polite HTTP GETs: robots.txt, per-host delay, size cap, redirects checked hop by hop."""

    def __init__(
        self,
        options: CrawlOptions | None = None,
        *,
        allow_private: bool = False,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options or CrawlOptions()
        self.sleep = sleep
        self.client = httpx.Client(
            transport=transport
            or guarded_transport(allow_private=allow_private, verify=self.options.verify_tls),
            headers={
                "User-Agent": self.options.user_agent,
                "Accept-Language": "vi, en;q=0.5",
            },
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=False,
            trust_env=False,
        )
        self._robots: dict[str, _Robots] = {}
        self._next_ok: dict[str, float] = {}  # host -> monotonic time of the next allowed request
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- politeness

    def host_delay(self, host: str) -> float:
        """Seconds between two requests to `host`: the setting, or robots.txt's Crawl-delay if longer."""
        robots = self._robots.get(host)
        return max(self.options.delay, robots.delay if robots else 0.0)

    def ready_at(self, host: str) -> float:
        """Monotonic time at which `host` may be asked again."""
        return self._next_ok.get(host, 0.0)

    def hold_host(self, host: str, seconds: float) -> None:
        """Ask nothing of `host` for `seconds` (a 429/503 with Retry-After speaks for the whole host)."""
        self._next_ok[host] = max(self.ready_at(host), time.monotonic() + seconds)

    def _wait_host(self, host: str) -> None:
        wait = self.ready_at(host) - time.monotonic()
        if wait > 0:
            self.sleep(wait)

    # ----------------------------------------------------------------- robots.txt

    def robots(self, url: str) -> urllib.robotparser.RobotFileParser:
        """The parsed robots.txt of `url`'s host (fetched once, cached for a day)."""
        host = host_of(url)
        cached = self._robots.get(host)
        if cached is not None and time.monotonic() - cached.fetched_at < 86400:
            return cached.parser
        parser = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        target = host + "/robots.txt"
        status = 0
        body = b""
        for _ in range(5):  # RFC 9309: follow at least five redirects
            resp = self._get(target, {}, ROBOTS_MAX_BYTES, truncate=True)
            status = resp.status
            if status in REDIRECT_CODES and resp.headers.get("location"):
                target = urljoin(target, resp.headers["location"])
                continue
            body = resp.content
            break
        if 200 <= status < 300:
            parser.parse(_millisecond_delays(body.decode("utf-8", "replace").splitlines()))
        elif 400 <= status < 500:
            parser.parse([])  # RFC 9309: an unavailable robots.txt (4xx) allows everything
        else:
            # 5xx or redirects without end: RFC 9309 says assume complete disallow, so retry later.
            raise RetryableFetchError(f"robots.txt unavailable (HTTP {status})", status=status)
        parser.modified()
        delay = 0.0
        crawl_delay = parser.crawl_delay(self.options.user_agent)
        if crawl_delay is not None:
            delay = float(crawl_delay) / 1000  # see _millisecond_delays
        rate = parser.request_rate(self.options.user_agent)
        if rate is not None and rate.requests > 0:
            delay = max(delay, rate.seconds / rate.requests)
        delay = min(delay, self.options.max_crawl_delay)
        self._robots[host] = _Robots(parser, delay, time.monotonic())
        # The robots.txt request itself counts: the next request waits the delay it just announced.
        self._next_ok[host] = max(self.ready_at(host), time.monotonic() + max(delay, self.options.delay))
        return parser

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets our User-Agent fetch `url` (always True when robots are ignored)."""
        if not self.options.respect_robots:
            return True
        return self.robots(url).can_fetch(self.options.user_agent, url)

    def sitemaps_of(self, url: str) -> list[str]:
        """Sitemap URLs listed in the robots.txt of `url`'s host."""
        return list(self.robots(url).site_maps() or [])

    # ----------------------------------------------------------------- GET

    def _get(
        self,
        url: str,
        headers: dict[str, str],
        max_bytes: int,
        *,
        truncate: bool = False,
        accept: Sequence[str] | None = None,
    ) -> Response:
        """One request, no redirect following; body read only for 2xx, capped at max_bytes."""
        host = host_of(url)
        self._wait_host(host)
        self.requests += 1
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                status = r.status_code
                body = b""
                if 200 <= status < 300:
                    ctype = (r.headers.get("content-type") or "").lower()
                    if accept is not None and ctype and not any(a in ctype for a in accept):
                        raise FetchError(f"unexpected content type {ctype!r}", url, status)
                    body = self._read_capped(r, url, max_bytes, truncate=truncate)
                if status == 429 or status == 503:
                    wait = parse_retry_after(r.headers.get("retry-after"))
                    if wait is not None:
                        self.hold_host(host, min(wait, self.options.max_retry_wait))
                return Response(str(r.url), status, r.headers, body, _utc_now())
        except httpx.TimeoutException as exc:
            raise RetryableFetchError(
                f"timeout ({type(exc).__name__}) after {self.options.timeout} s"
            ) from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError(f"bad URL: {exc}", url) from exc
        except httpx.TransportError as exc:
            raise RetryableFetchError(f"network error: {type(exc).__name__}: {exc}") from exc
        except httpx.HTTPError as exc:  # e.g. a body whose gzip is corrupt: retrying will not help
            raise FetchError(f"{type(exc).__name__}: {exc}", url) from exc
        finally:
            # The delay runs from the end of a request, so a slow answer never causes a burst.
            self._next_ok[host] = max(self._next_ok.get(host, 0.0), time.monotonic() + self.host_delay(host))

    def _read_capped(self, r: httpx.Response, url: str, max_bytes: int, *, truncate: bool) -> bytes:
        declared = r.headers.get("content-length")
        if not truncate and declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(
                f"page too large: Content-Length {declared} exceeds max_page_bytes {max_bytes}",
                url,
                r.status_code,
            )
        buf = bytearray()
        started = time.monotonic()
        for chunk in r.iter_bytes():
            buf += chunk
            if len(buf) > max_bytes:
                if truncate:
                    return bytes(buf[:max_bytes])
                # Leaving the `with` closes the connection: the rest is never downloaded.
                raise FetchError(
                    f"page too large: more than max_page_bytes {max_bytes} (download aborted)",
                    url,
                    r.status_code,
                )
            if time.monotonic() - started > self.options.total_timeout:
                raise RetryableFetchError(
                    f"download slower than total_timeout {self.options.total_timeout} s"
                )
        return bytes(buf)

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: Sequence[str] | None = HTML_TYPES,
        max_bytes: int | None = None,
    ) -> Response:
        """GET `url` politely, following redirects (each hop SSRF- and robots-checked).

        Returns a 2xx or 304 Response; raises FetchError (permanent) or RetryableFetchError.
        """
        max_bytes = self.options.max_page_bytes if max_bytes is None else max_bytes
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        chain = [url]
        current = url
        for _ in range(self.options.max_redirects + 1):
            if not self.allowed(current):
                raise RobotsDisallowed("disallowed by robots.txt", current)
            resp = self._get(current, headers, max_bytes, accept=accept)
            status = resp.status
            if status in REDIRECT_CODES:
                location = resp.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {status} redirect without Location", current, status)
                nxt = canonical_url(urljoin(current, location))
                if nxt in chain:
                    raise FetchError("redirect loop: " + " -> ".join([*chain, nxt]), url, status)
                chain.append(nxt)
                current = nxt
                headers = {}  # validators belong to the URL they were stored for
                continue
            if 200 <= status < 300 or status == 304:
                resp.url = current
                resp.redirects = chain[:-1]
                return resp
            if status in RETRY_CODES:
                raise RetryableFetchError(
                    f"HTTP {status}",
                    status=status,
                    retry_after=parse_retry_after(resp.headers.get("retry-after")),
                )
            raise FetchError(f"HTTP {status}", current, status)
        raise FetchError(f"more than {self.options.max_redirects} redirects: " + " -> ".join(chain), url)


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class Outlet:
    """One news outlet of the registry: where its feeds and sitemaps are."""

    name: str
    homepage: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    region: str = "national"  # "national" or the province the paper belongs to
    discover_sitemaps: bool = True  # also read the Sitemap: lines of robots.txt when no sitemap is listed

    @property
    def domain(self) -> str:
        host = (urlsplit(self.homepage).hostname or "").lower()
        return host.removeprefix("www.")

    def owns(self, url: str) -> bool:
        """Whether `url` is on the outlet's site (its domain or a subdomain of it)."""
        host = (urlsplit(url).hostname or "").lower()
        return host == self.domain or host.endswith("." + self.domain)


_OUTLET_KEYS = {"name", "homepage", "feeds", "sitemaps", "region", "discover_sitemaps"}


def _check_url(value: Any, what: str) -> str:
    if (
        not isinstance(value, str)
        or urlsplit(value).scheme not in ("http", "https")
        or not urlsplit(value).hostname
    ):
        raise ValueError(f"{what} is not an http(s) URL: {value!r}")
    return value


def _outlet_from(i: int, raw: Any) -> Outlet:
    name = raw.get("name") if isinstance(raw, dict) else None
    label = f"outlet #{i + 1}" + (f" ({name})" if isinstance(name, str) else "")
    try:
        if not isinstance(raw, dict):
            raise ValueError("is not a table")
        unknown = set(raw) - _OUTLET_KEYS
        if unknown:
            raise ValueError(f"unknown keys {sorted(unknown)} (allowed: {sorted(_OUTLET_KEYS)})")
        if not isinstance(name, str) or not name.strip():
            raise ValueError("needs a non-empty name")
        homepage = _check_url(raw.get("homepage"), "homepage")
        lists: dict[str, tuple[str, ...]] = {}
        for key in ("feeds", "sitemaps"):
            values = raw.get(key, [])
            if not isinstance(values, list):
                raise ValueError(f"{key} must be a list of URLs")
            lists[key] = tuple(_check_url(v, f"{key}[{j}]") for j, v in enumerate(values))
        region = raw.get("region", "national")
        if not isinstance(region, str):
            raise ValueError("region must be a string")
        discover = raw.get("discover_sitemaps", True)
        if not isinstance(discover, bool):
            raise ValueError("discover_sitemaps must be true or false")
    except ValueError as exc:
        raise InputError(f"{label}: {exc}") from exc
    return Outlet(name.strip(), homepage, lists["feeds"], lists["sitemaps"], region, discover)


def load_registry(path: str | Path | None = None) -> list[Outlet]:
    """Outlets of a TOML registry (`[[outlet]]` tables); the bundled one when path is None.

    Raises InputError naming the bad entry.
    """
    from diembao.text import search_key

    p = Path(path) if path is not None else REGISTRY_PATH
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read outlet registry: {exc}", source=str(p)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"outlet registry is not valid TOML: {exc}", source=str(p)) from exc
    raw = data.get("outlet")
    if not isinstance(raw, list) or not raw:
        raise InputError("outlet registry needs at least one [[outlet]] table", source=str(p))
    outlets: list[Outlet] = []
    seen: dict[str, str] = {}
    for i, entry in enumerate(raw):
        try:
            outlet = _outlet_from(i, entry)
        except InputError as exc:
            raise InputError(exc.reason, source=str(p)) from exc
        key = search_key(outlet.name)
        if key in seen:
            raise InputError(f"outlet #{i + 1} ({outlet.name}): duplicate of {seen[key]!r}", source=str(p))
        seen[key] = outlet.name
        outlets.append(outlet)
    return outlets


def select_outlets(outlets: Sequence[Outlet], names: Sequence[str]) -> list[Outlet]:
    """Outlets whose name matches one of `names` (accents and case ignored); InputError if one is unknown."""
    from diembao.text import search_key

    by_key = {search_key(o.name): o for o in outlets}
    chosen: list[Outlet] = []
    for n in names:
        o = by_key.get(search_key(n))
        if o is None:
            raise InputError(f"unknown outlet {n!r}; known: {', '.join(o.name for o in outlets)}")
        chosen.append(o)
    return chosen


# --------------------------------------------------------------------------- the crawl loop


@dataclass
class CrawlReport:
    """What a crawl (or fetch_urls) did; `errors` lists (url, reason) of permanent failures."""

    feeds_fetched: int = 0
    feeds_not_modified: int = 0
    discovered: int = 0
    pages_fetched: int = 0
    pages_not_modified: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0
    ingested: int = 0
    requests: int = 0
    left_queued: int = 0
    stopped_early: bool = False
    errors: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "errors"} | {"errors": len(self.errors)}


def _record_error(store: Any, url: str, reason: str) -> None:
    record = getattr(store, "record_error", None)
    if record is None:
        return
    try:
        record(source=url, stage="crawl", reason=reason)
    except TypeError:
        record(url, reason)


class _Engine:
    """Drains the frontier: picks the due URL whose host is ready first, fetches, routes errors."""

    def __init__(
        self,
        frontier: Frontier,
        fetcher: Fetcher,
        report: CrawlReport,
        store: Any = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> None:
        self.frontier = frontier
        self.fetcher = fetcher
        self.options = fetcher.options
        self.report = report
        self.store = store
        self.should_stop = should_stop or (lambda: False)
        self.handed: set[str] = set()

    def _fail(self, row: FrontierRow, reason: str, status: int | None = None) -> None:
        self.frontier.mark_failed(row.url, reason, http_status=status)
        self.report.failed += 1
        self.report.errors.append((row.url, reason))
        _record_error(self.store, row.url, reason)
        log.info("failed %s: %s", row.url, reason)

    def _retry(self, row: FrontierRow, exc: RetryableFetchError) -> None:
        wait = exc.retry_after if exc.retry_after is not None else self.options.backoff * 2**row.attempts
        wait = min(max(wait, 0.0), self.options.max_retry_wait)
        state = self.frontier.mark_retry(
            row.url, exc.reason, delay=wait, max_attempts=self.options.max_attempts, http_status=exc.status
        )
        if state == "failed":
            reason = f"{exc.reason} (gave up after {row.attempts + 1} attempts)"
            self.report.failed += 1
            self.report.errors.append((row.url, reason))
            _record_error(self.store, row.url, reason)
        else:
            self.report.retried += 1

    def run(
        self,
        kinds: Sequence[Kind],
        outlets: Sequence[str] | None = None,
        only: Sequence[str] | None = None,
        max_success: int | None = None,
        accept: Sequence[str] | None = HTML_TYPES,
        max_bytes: int | None = None,
    ) -> Iterator[tuple[FrontierRow, Response]]:
        """Yield (row, response) for each 2xx/304; the caller marks those rows fetched."""
        successes = 0
        while True:
            if self.should_stop() or (max_success is not None and successes >= max_success):
                self.report.stopped_early = True
                return
            # Rows handed out stay 'queued' until the caller stores them (batches): never twice a run.
            rows = self.frontier.due(kinds=kinds, outlets=outlets, only=only, exclude=self.handed, limit=200)
            if not rows:
                t = self.frontier.next_due_time(kinds=kinds, outlets=outlets, only=only, exclude=self.handed)
                if t is None:
                    return
                wait = t - time.time()
                if wait > self.options.max_wait_in_run:
                    return  # left queued with its next_attempt_at: a later run picks it up
                self.fetcher.sleep(max(wait, 0.0))
                continue
            # Among due URLs, take the one whose host may be asked soonest (first in queue on ties).
            row = min(rows, key=lambda r: self.fetcher.ready_at(r.host))
            try:
                resp = self.fetcher.fetch(
                    row.url,
                    etag=row.etag,
                    last_modified=row.last_modified,
                    accept=accept,
                    max_bytes=max_bytes,
                )
            except RobotsDisallowed as exc:
                self.frontier.mark_skipped(row.url, exc.reason)
                self.report.skipped += 1
                continue
            except RetryableFetchError as exc:
                self._retry(row, exc)
                continue
            except InputError as exc:  # FetchError, BlockedAddressError, bad URL
                self._fail(row, exc.reason, getattr(exc, "status", None))
                continue
            except Exception as exc:
                # One odd URL must not end the crawl: record it with its type and go on.
                log.exception("unexpected error fetching %s", row.url)
                self._fail(row, f"unexpected {type(exc).__name__}: {exc}")
                continue
            if resp.status != 304:
                successes += 1
            self.handed.add(row.url)
            yield row, resp


def _frontier_for(store: Any) -> tuple[Frontier, sqlite3.Connection | None]:
    if store is None:
        conn = sqlite3.connect(":memory:")
        return Frontier(conn), conn
    conn = store if isinstance(store, sqlite3.Connection) else store.connection
    return Frontier(conn), None


def _raw(resp: Response) -> RawDoc:
    return RawDoc(
        source=resp.url,
        content=resp.content,
        kind="html",
        url=resp.url,
        content_type=resp.content_type,
        fetched_at=resp.fetched_at,
    )


def _mark_done(frontier: Frontier, row: FrontierRow, resp: Response) -> None:
    etag = resp.headers.get("etag")
    last_modified = resp.headers.get("last-modified")
    frontier.mark_fetched(row.url, http_status=resp.status, etag=etag, last_modified=last_modified)
    if resp.url != row.url:
        # Remember the redirect target too, so a feed listing it later does not fetch it again.
        frontier.add([resp.url], kind=row.kind, outlet=row.outlet)
        frontier.mark_fetched(resp.url, http_status=resp.status, etag=etag, last_modified=last_modified)


def fetch_urls(
    urls: Iterable[str],
    *,
    store: Any = None,
    allow_private: bool = False,
    options: CrawlOptions | None = None,
    report: CrawlReport | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Iterator[RawDoc]:
    """Fetch pages politely and yield a RawDoc per page that came back with content.

    With a store, URL states live in its frontier (a URL fetched before is asked again with its
    ETag/Last-Modified, and a 304 yields nothing); without one, an in-memory frontier is used.
    Failures are recorded (report.errors, store.record_error) and the iteration goes on.
    """
    report = report if report is not None else CrawlReport()
    frontier, own_conn = _frontier_for(store)
    canon: list[str] = []
    for u in urls:
        try:
            canon.append(canonical_url(u))
        except InputError as exc:
            report.failed += 1
            report.errors.append((u, exc.reason))
            _record_error(store, u, exc.reason)
    frontier.requeue(canon, kind="page")
    fetcher = Fetcher(options, allow_private=allow_private, transport=transport)
    try:
        engine = _Engine(frontier, fetcher, report, store)
        for row, resp in engine.run(kinds=("page",), only=canon):
            if resp.status == 304:
                report.pages_not_modified += 1
                _mark_done(frontier, row, resp)
                continue
            report.pages_fetched += 1
            yield _raw(resp)
            # Marked only after the consumer took the page: an interrupted run fetches it again.
            _mark_done(frontier, row, resp)
    finally:
        report.requests += fetcher.requests
        fetcher.close()
        if own_conn is not None:
            own_conn.close()


# --------------------------------------------------------------------------- discovery


def _too_old(entry: FeedEntry, options: CrawlOptions) -> bool:
    if options.max_age_days is None:
        return False
    stamp = entry.published or entry.updated
    if not stamp:
        return False
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when < datetime.now(UTC) - timedelta(days=options.max_age_days)


class _Discovery:
    """Fetches feeds and sitemaps of outlets and queues the article URLs they list."""

    def __init__(self, engine: _Engine, outlets: Sequence[Outlet]) -> None:
        self.engine = engine
        self.frontier = engine.frontier
        self.options = engine.options
        self.report = engine.report
        self.outlets = {o.name: o for o in outlets}
        self.depth: dict[str, int] = {}

    def seed(self) -> None:
        for o in self.outlets.values():
            self.frontier.requeue(self._canon(o.feeds), kind="feed", outlet=o.name)
            sitemaps = list(o.sitemaps)
            if not sitemaps and o.discover_sitemaps:
                sitemaps = self._robots_sitemaps(o)
            self.frontier.requeue(self._canon(sitemaps), kind="sitemap", outlet=o.name)

    def _robots_sitemaps(self, o: Outlet) -> list[str]:
        try:
            return self.engine.fetcher.sitemaps_of(o.homepage)
        except (InputError, RetryableFetchError) as exc:
            reason = getattr(exc, "reason", str(exc))
            self.report.errors.append((o.homepage + " robots.txt", reason))
            return []

    def _canon(self, urls: Iterable[str]) -> list[str]:
        out = []
        for u in urls:
            try:
                out.append(canonical_url(u))
            except InputError as exc:
                self.report.errors.append((u, exc.reason))
        return out

    def run(self) -> None:
        names = list(self.outlets)
        max_bytes = max(self.options.max_page_bytes, 50 * 1024 * 1024)  # sitemaps may be 50 MB
        for row, resp in self.engine.run(
            kinds=("feed", "sitemap"), outlets=names, accept=FEED_TYPES, max_bytes=max_bytes
        ):
            _mark_done(self.frontier, row, resp)
            if resp.status == 304:
                self.report.feeds_not_modified += 1
                continue
            self.report.feeds_fetched += 1
            try:
                entries = parse_feed(resp.content, base_url=resp.url)
            except InputError as exc:
                self.engine._fail(row, exc.reason)
                continue
            self._take(row, entries)

    def _take(self, row: FrontierRow, entries: list[FeedEntry]) -> None:
        outlet = self.outlets.get(row.outlet or "")
        depth = self.depth.get(row.url, 0)
        children = [e for e in entries if e.is_sitemap]
        if children and depth < self.options.max_sitemap_depth:
            # Newest children first: archives of past years are not today's news.
            children.sort(key=lambda e: e.updated or "", reverse=True)
            recent = [e for e in children if not _too_old(e, self.options)][: self.options.max_child_sitemaps]
            urls = self._canon(e.url for e in recent)
            for u in urls:
                self.depth[u] = depth + 1
            self.frontier.requeue(urls, kind="sitemap", outlet=row.outlet)
        pages = [e for e in entries if not e.is_sitemap and not _too_old(e, self.options)]
        pages.sort(key=lambda e: e.published or e.updated or "", reverse=True)
        titles: dict[str, str | None] = {}
        published: dict[str, str | None] = {}
        urls = []
        for e in pages:
            if outlet is not None and not outlet.owns(e.url):
                continue  # links to other sites are not this outlet's articles
            try:
                u = canonical_url(e.url)
            except InputError:
                continue
            urls.append(u)
            titles[u] = e.title
            published[u] = e.published
            if len(urls) >= self.options.max_entries_per_source:
                break
        self.report.discovered += self.frontier.add(
            urls, kind="page", outlet=row.outlet, source_feed=row.url, titles=titles, published=published
        )


def _default_ingest(store: Any, raws: list[RawDoc]) -> Any:
    from diembao.ingest.pipeline import ingest_raws  # type: ignore[import-not-found,unused-ignore]

    return ingest_raws(store, raws)


def _ingested_count(result: Any, batch: int) -> int:
    for attr in ("stored", "ingested", "articles", "ok"):
        value = getattr(result, attr, None)
        if isinstance(value, int):
            return value
    return batch


def crawl(
    store: Any,
    registry: Sequence[Outlet] | None = None,
    *,
    allow_private: bool = False,
    max_pages: int | None = None,
    options: CrawlOptions | None = None,
    ingest: Callable[[Any, list[RawDoc]], Any] | None = None,
    should_stop: Callable[[], bool] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> CrawlReport:
    """Crawl the outlets: read feeds/sitemaps, queue new article URLs, fetch them politely and
    hand RawDocs to `ingest` (default: diembao.ingest.pipeline.ingest_raws) in batches.

    Resumable: URL states are committed as they change, so a stopped crawl goes on where it was.
    """
    outlets = list(registry) if registry is not None else load_registry()
    options = options or CrawlOptions()
    ingest_fn = ingest or _default_ingest
    report = CrawlReport()
    frontier, _ = _frontier_for(store)
    fetcher = Fetcher(options, allow_private=allow_private, transport=transport)
    engine = _Engine(frontier, fetcher, report, store, should_stop)
    batch: list[tuple[FrontierRow, Response]] = []

    def flush() -> None:
        if not batch:
            return
        items = list(batch)
        batch.clear()  # taken: if ingest fails, these stay queued and the next run fetches them again
        result = ingest_fn(store, [_raw(resp) for _, resp in items])
        report.ingested += _ingested_count(result, len(items))
        # Marked fetched only once stored: a crash before this line refetches rather than loses.
        for row, resp in items:
            _mark_done(frontier, row, resp)

    try:
        discovery = _Discovery(engine, outlets)
        discovery.seed()
        discovery.run()
        names = [o.name for o in outlets]
        for row, resp in engine.run(kinds=("page",), outlets=names, max_success=max_pages):
            if resp.status == 304:
                report.pages_not_modified += 1
                _mark_done(frontier, row, resp)
                continue
            report.pages_fetched += 1
            batch.append((row, resp))
            if len(batch) >= options.batch_size:
                flush()
    finally:
        # Also on KeyboardInterrupt: what was downloaded is stored, the rest stays queued.
        try:
            flush()
        finally:
            report.requests = fetcher.requests
            report.left_queued = frontier.counts(kind="page").get("queued", 0)
            fetcher.close()
    return report
