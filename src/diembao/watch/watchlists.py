"""Watchlists: a name, a query in the search language, notes; kept in the store's SQLite file.

Each watchlist keeps a daily count series (local days, UTC+7), recomputed from the search index
for the days an ingest batch touched, so re-ingesting never double-counts.
"""

from __future__ import annotations

import re
import sqlite3
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import tomli_w

from diembao.errors import DiembaoError, QueryError
from diembao.search.query import parse
from diembao.store.migrations import apply

WatchlistList = list  # `Watchlists.list` shadows the builtin inside the class body

STEPS = [
    """
    CREATE TABLE watchlists (
        name TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE watch_daily (
        name TEXT NOT NULL,
        day TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (name, day)
    );
    CREATE TABLE alerts_sent (
        alert_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (alert_key, channel)
    );
    """,
]


class WatchlistError(DiembaoError):
    """A watchlist command that cannot be carried out (unknown name, duplicate, bad query)."""


@dataclass
class Watchlist:
    name: str
    query: str
    notes: str = ""
    enabled: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "query": self.query, "notes": self.notes, "enabled": self.enabled}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def validate_query(query: str) -> None:
    """Raise WatchlistError with the parser's message when a query is malformed."""
    try:
        parse(query)
    except QueryError as e:
        raise WatchlistError(f"invalid query {query!r}: {e}") from None


class Watchlists:
    """CRUD over the watchlists table of a store's SQLite connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        apply(conn, "watch", STEPS)

    def add(self, name: str, query: str, notes: str = "", enabled: bool = True) -> Watchlist:
        name = name.strip()
        if not name:
            raise WatchlistError("a watchlist needs a name")
        validate_query(query)
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT INTO watchlists(name, query, notes, enabled, created, updated) VALUES (?,?,?,?,?,?)",
                    (name, query, notes, int(enabled), _now(), _now()),
                )
        except sqlite3.IntegrityError:
            raise WatchlistError(f"a watchlist named {name!r} already exists (use edit)") from None
        return Watchlist(name, query, notes, enabled)

    def get(self, name: str) -> Watchlist:
        row = self.conn.execute(
            "SELECT name, query, notes, enabled FROM watchlists WHERE name = ?", (name,)
        ).fetchone()
        if row is None:
            known = ", ".join(w.name for w in self.list()) or "none"
            raise WatchlistError(f"no watchlist named {name!r} (known: {known})")
        return Watchlist(row[0], row[1], row[2], bool(row[3]))

    def list(self, enabled_only: bool = False) -> WatchlistList[Watchlist]:
        sql = "SELECT name, query, notes, enabled FROM watchlists"
        if enabled_only:
            sql += " WHERE enabled = 1"
        return [Watchlist(r[0], r[1], r[2], bool(r[3])) for r in self.conn.execute(sql + " ORDER BY name")]

    def edit(
        self,
        name: str,
        *,
        query: str | None = None,
        notes: str | None = None,
        new_name: str | None = None,
        enabled: bool | None = None,
    ) -> Watchlist:
        w = self.get(name)
        if query is not None:
            validate_query(query)
            w.query = query
        if notes is not None:
            w.notes = notes
        if enabled is not None:
            w.enabled = enabled
        target = new_name.strip() if new_name else w.name
        try:
            with self.conn:
                self.conn.execute(
                    "UPDATE watchlists SET name=?, query=?, notes=?, enabled=?, updated=? WHERE name=?",
                    (target, w.query, w.notes, int(w.enabled), _now(), name),
                )
                if target != name:
                    self.conn.execute("UPDATE watch_daily SET name=? WHERE name=?", (target, name))
                if query is not None:  # counts were for the old query
                    self.conn.execute("DELETE FROM watch_daily WHERE name=?", (target,))
        except sqlite3.IntegrityError:
            raise WatchlistError(f"a watchlist named {target!r} already exists") from None
        w.name = target
        return w

    def remove(self, name: str) -> None:
        self.get(name)
        with self.conn:
            self.conn.execute("DELETE FROM watchlists WHERE name=?", (name,))
            self.conn.execute("DELETE FROM watch_daily WHERE name=?", (name,))

    # ------------------------------------------------------------- TOML
    def export_toml(self) -> str:
        return tomli_w.dumps({"watchlist": [w.to_dict() for w in self.list()]})

    def import_toml(self, text: str, replace: bool = False) -> WatchlistList[Watchlist]:
        """Add (or with replace=True, overwrite) the watchlists of a TOML document; all or nothing."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise WatchlistError(f"invalid TOML: {e}") from None
        items = data.get("watchlist")
        if not isinstance(items, list):
            raise WatchlistError("the TOML needs [[watchlist]] tables with name and query")
        parsed: WatchlistList[Watchlist] = []
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict) or not item.get("name") or not item.get("query"):
                raise WatchlistError(f"watchlist #{i}: needs a name and a query")
            validate_query(str(item["query"]))
            parsed.append(
                Watchlist(
                    str(item["name"]),
                    str(item["query"]),
                    str(item.get("notes", "")),
                    bool(item.get("enabled", True)),
                )
            )
        existing = {w.name for w in self.list()}
        clash = [w.name for w in parsed if w.name in existing]
        if clash and not replace:
            raise WatchlistError(f"already exist: {', '.join(clash)} (use --replace)")
        with self.conn:
            for w in parsed:
                self.conn.execute(
                    "INSERT INTO watchlists(name, query, notes, enabled, created, updated) VALUES (?,?,?,?,?,?) "
                    "ON CONFLICT(name) DO UPDATE SET query=excluded.query, notes=excluded.notes, "
                    "enabled=excluded.enabled, updated=excluded.updated",
                    (w.name, w.query, w.notes, int(w.enabled), _now(), _now()),
                )
                self.conn.execute("DELETE FROM watch_daily WHERE name=?", (w.name,))
        return parsed

    # ------------------------------------------------------------- daily counts
    def set_counts(self, name: str, counts: dict[str, int]) -> None:
        with self.conn:
            self.conn.executemany(
                "INSERT INTO watch_daily(name, day, count) VALUES (?,?,?) "
                "ON CONFLICT(name, day) DO UPDATE SET count=excluded.count",
                [(name, day, c) for day, c in counts.items()],
            )

    def daily(self, name: str, since: str | None = None, until: str | None = None) -> dict[str, int]:
        sql = "SELECT day, count FROM watch_daily WHERE name=?"
        args: list[Any] = [name]
        if since:
            sql += " AND day >= ?"
            args.append(since)
        if until:
            sql += " AND day <= ?"
            args.append(until)
        return {d: c for d, c in self.conn.execute(sql + " ORDER BY day", args)}


def refresh_counts(lists: Watchlists, index: Any, days: Iterable[str] | None = None) -> int:
    """Recompute the daily counts of every enabled watchlist from the search index.

    days=None recomputes the whole series; otherwise only those local days (idempotent)."""
    wanted = set(days) if days is not None else None
    n = 0
    for w in lists.list(enabled_only=True):
        hist = index.histogram(w.query, "day", strict=True)
        counts = {d: v.get("", 0) for d, v in hist.items() if wanted is None or d in wanted}
        if wanted is not None:
            for d in wanted:
                counts.setdefault(d, 0)
        lists.set_counts(w.name, counts)
        n += 1
    return n


# ------------------------------------------------------------- presets


def presets() -> list[Watchlist]:
    """The neutral presets shipped with diembao (switched on with `watchlists add --preset`)."""
    text = resources.files("diembao.watch").joinpath("presets.toml").read_text(encoding="utf-8")
    return [Watchlist(i["name"], i["query"], i.get("notes", "")) for i in tomllib.loads(text)["watchlist"]]


def preset(name: str) -> Watchlist:
    from diembao.text import search_key

    for p in presets():
        if search_key(p.name) == search_key(name) or search_key(p.name).replace(" ", "-") == name:
            return p
    raise WatchlistError(f"no preset {name!r}; presets: {', '.join(p.name for p in presets())}")


# The 34 provincial units in force from 2025-07-01 (Nghị quyết 202/2025/QH15) and the pre-2025
# provinces merged into each; a province watchlist follows the new unit under all its names.
PROVINCES_2025: dict[str, list[str]] = {
    "Hà Nội": [], "Huế": ["Thừa Thiên Huế"], "Lai Châu": [], "Điện Biên": [], "Sơn La": [], "Lạng Sơn": [],
    "Quảng Ninh": [], "Thanh Hóa": [], "Nghệ An": [], "Hà Tĩnh": [], "Cao Bằng": [],
    "Tuyên Quang": ["Hà Giang"], "Lào Cai": ["Yên Bái"], "Thái Nguyên": ["Bắc Kạn"],
    "Phú Thọ": ["Vĩnh Phúc", "Hòa Bình"], "Bắc Ninh": ["Bắc Giang"], "Hưng Yên": ["Thái Bình"],
    "Hải Phòng": ["Hải Dương"], "Ninh Bình": ["Hà Nam", "Nam Định"], "Quảng Trị": ["Quảng Bình"],
    "Đà Nẵng": ["Quảng Nam"], "Quảng Ngãi": ["Kon Tum"], "Gia Lai": ["Bình Định"], "Khánh Hòa": ["Ninh Thuận"],
    "Lâm Đồng": ["Đắk Nông", "Bình Thuận"], "Đắk Lắk": ["Phú Yên"],
    "TP Hồ Chí Minh": ["Bình Dương", "Bà Rịa - Vũng Tàu"], "Đồng Nai": ["Bình Phước"], "Tây Ninh": ["Long An"],
    "Cần Thơ": ["Sóc Trăng", "Hậu Giang"], "Vĩnh Long": ["Bến Tre", "Trà Vinh"], "Đồng Tháp": ["Tiền Giang"],
    "Cà Mau": ["Bạc Liêu"], "An Giang": ["Kiên Giang"],
}  # fmt: skip
# Names that are also ordinary words ("hòa bình" = peace): matched only as a place or after "tỉnh".
_AMBIGUOUS = {"hoa binh"}
_HCM = ['"TP HCM"', '"TPHCM"', '"TP.HCM"', '"Thành phố Hồ Chí Minh"', '"TP Hồ Chí Minh"', '"Sài Gòn"']


def _name_terms(name: str) -> list[str]:
    from diembao.text import search_key

    if name == "TP Hồ Chí Minh":
        return [*_HCM, 'place:"Hồ Chí Minh"']
    terms = [f'place:"{name}"', f'"tỉnh {name}"', f'"TP {name}"', f'"thành phố {name}"']
    if search_key(name) not in _AMBIGUOUS:
        terms.append(f'"{name}"')
    return terms


def province_watchlist(name: str) -> Watchlist:
    """A watchlist for one of the 34 provinces, also matching the provinces merged into it in 2025.
    An old name ("Sóc Trăng") selects the province it now belongs to (Cần Thơ)."""
    from diembao.text import search_key

    key = " ".join(search_key(name).replace(".", " ").split())
    key = re.sub(r"^(tinh|thanh pho|tp)\s+(?!ho chi minh$|hcm$)", "", key)
    for new, old in PROVINCES_2025.items():
        if key in {search_key(n) for n in [new, *old]} or (
            new == "TP Hồ Chí Minh"
            and key
            in ("tp hcm", "tphcm", "hcm", "ho chi minh", "thanh pho ho chi minh", "tp ho chi minh", "sai gon")
        ):
            terms = [t for n in [new, *old] for t in _name_terms(n)]
            notes = f"Tỉnh/thành {new}" + (f", gồm cả {', '.join(old)} trước 1/7/2025" if old else "")
            return Watchlist(new if new.startswith("TP") else f"Tỉnh/TP {new}", " OR ".join(terms), notes)
    raise WatchlistError(f"unknown province {name!r}; the 34 are: {', '.join(PROVINCES_2025)}")
