"""Alerts: spikes in a watchlist's daily count, and new stories carried by many outlets.

Spike statistic: today's count c against the previous 14 days' mean m. Under "nothing special"
c is Poisson(max(m, 0.5)); we fire when P(X >= c) < alpha (default 0.001), c >= min_count and
c >= ratio * m. The Poisson tail keeps small counts from firing by chance (2 articles after a
quiet fortnight has p ~ 0.09), and the floor of 0.5 keeps a first article after zeros from
looking infinitely surprising.

Delivery: each alert goes to every channel; an alert is recorded per channel only after that
channel accepted it, so a retry never delivers twice and a dead channel never blocks the others.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import smtplib
import sqlite3
import ssl
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any, Protocol

import httpx

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ detection


def poisson_sf(c: int, lam: float) -> float:
    """P(X >= c) for X ~ Poisson(lam)."""
    if c <= 0:
        return 1.0
    term = math.exp(-lam)
    cdf = term
    for k in range(1, c):
        term *= lam / k
        cdf += term
    return max(0.0, 1.0 - cdf)


@dataclass
class SpikeTest:
    today: int
    baseline_mean: float
    p_value: float
    fired: bool


def spike(
    history: Sequence[int], today: int, *, alpha: float = 0.001, min_count: int = 5, ratio: float = 2.0
) -> SpikeTest:
    """Is `today` a spike against `history` (the previous days, normally 14)?"""
    mean = sum(history) / len(history) if history else 0.0
    lam = max(mean, 0.5)
    p = poisson_sf(today, lam)
    fired = today >= min_count and today >= ratio * mean and p < alpha
    return SpikeTest(today, round(mean, 3), p, fired)


@dataclass
class Alert:
    key: str  # identity: the same key is delivered once per channel
    kind: str  # "spike" | "story"
    title: str
    text: str
    data: dict[str, Any] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        return {"key": self.key, "kind": self.kind, "title": self.title, "text": self.text, "data": self.data}


def spike_alerts(watch_daily: dict[str, dict[str, int]], day: str, **kw: Any) -> list[Alert]:
    """Spike alerts for `day` from {watchlist: {day: count}} (missing days count 0)."""
    from datetime import date, timedelta

    d = date.fromisoformat(day)
    out = []
    for name, series in sorted(watch_daily.items()):
        history = [series.get((d - timedelta(days=i)).isoformat(), 0) for i in range(14, 0, -1)]
        t = spike(history, series.get(day, 0), **kw)
        if t.fired:
            out.append(
                Alert(
                    key=f"spike:{name}:{day}",
                    kind="spike",
                    title=f"Tăng đột biến: {name}",
                    text=f"{name}: {t.today} bài ngày {day}, trung bình 14 ngày trước {t.baseline_mean} bài/ngày.",
                    data={
                        "watchlist": name,
                        "day": day,
                        "count": t.today,
                        "baseline_mean": t.baseline_mean,
                        "p_value": t.p_value,
                    },
                )
            )
    return out


def story_alerts(stories: Iterable[dict[str, Any]], min_outlets: int) -> list[Alert]:
    """Alerts for stories carried by at least `min_outlets` distinct outlets.

    stories: dicts with id, title, outlets (list), origin_outlet, first_published."""
    out = []
    for s in stories:
        outlets = sorted(set(s.get("outlets") or []))
        if len(outlets) >= min_outlets:
            out.append(
                Alert(
                    key=f"story:{s['id']}:{min_outlets}",
                    kind="story",
                    title=f"Tin lan rộng: {s.get('title', '')}",
                    text=f"{s.get('title', '')} — {len(outlets)} báo đăng: {', '.join(outlets)}.",
                    data={
                        "story": s["id"],
                        "outlets": outlets,
                        "origin": s.get("origin_outlet"),
                        "first_published": s.get("first_published"),
                    },
                )
            )
    return out


# ------------------------------------------------------------------ delivery


class DeliveryError(Exception):
    pass


class Channel(Protocol):
    name: str

    def send(self, alert: Alert) -> None: ...


def sign(secret: str, body: bytes) -> str:
    """The X-Diembao-Signature header value: "sha256=" + HMAC-SHA256(secret, body) in hex."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class WebhookChannel:
    url: str
    secret: str = ""
    attempts: int = 4
    backoff: float = 1.0  # seconds, doubled after each failure; Retry-After is honoured (capped)
    timeout: float = 10.0
    name: str = "webhook"
    sleep: Callable[[float], None] = time.sleep

    def send(self, alert: Alert) -> None:
        body = json.dumps(
            {**alert.payload(), "sent_at": datetime.now(UTC).isoformat(timespec="seconds")},
            ensure_ascii=False,
        ).encode()
        headers = {"Content-Type": "application/json; charset=utf-8", "X-Diembao-Alert": alert.key}
        if self.secret:
            headers["X-Diembao-Signature"] = sign(self.secret, body)
        delay = self.backoff
        last = ""
        for attempt in range(1, self.attempts + 1):
            try:
                r = httpx.post(self.url, content=body, headers=headers, timeout=self.timeout)
                if r.status_code < 300:
                    return
                last = f"HTTP {r.status_code}"
                if r.status_code < 500 and r.status_code not in (408, 429):
                    break  # a permanent refusal: retrying will not help
                ra = r.headers.get("Retry-After", "")
                if ra.isdigit():
                    delay = max(delay, min(float(ra), 60.0))
            except httpx.HTTPError as e:
                last = f"{type(e).__name__}: {e}"
            if attempt < self.attempts:
                self.sleep(delay)
                delay *= 2
        raise DeliveryError(f"webhook {self.url}: {last} after {attempt} attempt(s)")


@dataclass
class EmailChannel:
    host: str
    port: int
    sender: str
    recipients: list[str]
    user: str = ""
    password: str = ""
    starttls: bool = True
    ssl_context: ssl.SSLContext | None = None
    timeout: float = 20.0
    name: str = "email"

    def send(self, alert: Alert) -> None:
        msg = EmailMessage()
        msg["Subject"] = f"[diembao] {alert.title}"
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.recipients)
        msg["X-Diembao-Alert"] = alert.key
        msg.set_content(alert.text + "\n\n" + json.dumps(alert.data, ensure_ascii=False, indent=2))
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                smtp.ehlo()
                if self.starttls:
                    smtp.starttls(context=self.ssl_context or ssl.create_default_context())
                    smtp.ehlo()
                if self.user:
                    smtp.login(self.user, self.password)
                smtp.send_message(msg)
        except (OSError, smtplib.SMTPException) as e:
            raise DeliveryError(f"e-mail via {self.host}:{self.port}: {e}") from e


@dataclass
class DeliveryReport:
    sent: list[tuple[str, str]] = field(default_factory=list)  # (alert key, channel)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # already delivered before
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (alert key, channel, reason)


def deliver(alerts: Sequence[Alert], channels: Sequence[Channel], conn: sqlite3.Connection) -> DeliveryReport:
    """Send each alert to each channel once; failures are reported, never raised."""
    from diembao.store.migrations import apply
    from diembao.watch.watchlists import STEPS

    apply(conn, "watch", STEPS)
    rep = DeliveryReport()
    for ch in channels:
        for a in alerts:
            done = conn.execute(
                "SELECT 1 FROM alerts_sent WHERE alert_key=? AND channel=?", (a.key, ch.name)
            ).fetchone()
            if done:
                rep.skipped.append((a.key, ch.name))
                continue
            try:
                ch.send(a)
            except DeliveryError as e:
                log.warning("alert %s not delivered: %s", a.key, e)
                rep.failed.append((a.key, ch.name, str(e)))
                continue
            with conn:
                conn.execute(
                    "INSERT OR IGNORE INTO alerts_sent(alert_key, channel, sent_at) VALUES (?,?,?)",
                    (a.key, ch.name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
            rep.sent.append((a.key, ch.name))
    return rep


def channels_from_settings() -> list[Channel]:
    """Webhook and e-mail channels configured through DIEMBAO_* settings (none when unset)."""
    from diembao import settings

    out: list[Channel] = []
    if settings.get("webhook_url"):
        out.append(WebhookChannel(settings.get("webhook_url"), settings.get("webhook_secret")))
    if settings.get("smtp_host") and settings.get("mail_to"):
        out.append(
            EmailChannel(
                settings.get("smtp_host"),
                int(settings.get("smtp_port")),
                settings.get("mail_from"),
                [x.strip() for x in settings.get("mail_to").split(",") if x.strip()],
                settings.get("smtp_user"),
                settings.get("smtp_password"),
            )
        )
    return out
