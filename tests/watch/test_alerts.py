import json
import shutil
import socket
import sqlite3
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from diembao.watch.alerts import (
    Alert,
    EmailChannel,
    WebhookChannel,
    deliver,
    poisson_sf,
    sign,
    spike,
    spike_alerts,
    story_alerts,
)


def test_poisson_tail() -> None:
    assert poisson_sf(0, 3.0) == 1.0
    assert abs(poisson_sf(1, 2.0) - (1 - 0.1353352832)) < 1e-9
    assert poisson_sf(20, 2.0) < 1e-9


def test_spike_fires_on_a_real_jump_not_on_small_counts() -> None:
    quiet = [2, 3, 1, 2, 2, 4, 3, 2, 1, 2, 3, 2, 2, 3]
    assert spike(quiet, 15).fired
    assert not spike(quiet, 5).fired  # within noise for a mean of ~2.3
    zeros = [0] * 14
    assert not spike(zeros, 2).fired  # two articles after a quiet fortnight is chance
    assert not spike(zeros, 4).fired  # below the minimum count
    assert spike(zeros, 6).fired
    busy = [40] * 14
    assert not spike(busy, 55).fired  # +37 % on a busy subject is not a spike at ratio 2


def test_spike_alerts_for_a_day() -> None:
    series = {f"2024-01-{d:02d}": 2 for d in range(1, 15)} | {"2024-01-15": 20}
    alerts = spike_alerts({"Bão lũ": series, "Khác": {"2024-01-15": 1}}, "2024-01-15")
    assert [a.key for a in alerts] == ["spike:Bão lũ:2024-01-15"]
    assert alerts[0].data["count"] == 20


def test_story_alerts_threshold() -> None:
    stories = [
        {"id": "s1", "title": "Tin A", "outlets": ["TTXVN", "VOV", "Nhân Dân", "VOV"]},
        {"id": "s2", "title": "Tin B", "outlets": ["VOV"]},
    ]
    assert [a.key for a in story_alerts(stories, 3)] == ["story:s1:3"]


class _Hook(BaseHTTPRequestHandler):
    plan: ClassVar[list[int]] = []
    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        status = self.plan.pop(0) if self.plan else 200
        if status == 200:
            type(self).received.append((dict(self.headers), body))
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *a: Any) -> None:
        pass


@pytest.fixture
def hook() -> Iterator[tuple[str, type[_Hook]]]:
    handler = type("H", (_Hook,), {"plan": [], "received": []})
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_port}/hook", handler
    srv.shutdown()
    srv.server_close()


def _alert(key: str = "spike:x:2024-01-15") -> Alert:
    return Alert(key=key, kind="spike", title="Tăng đột biến: Bão lũ", text="Bão lũ: 20 bài")


def test_webhook_fails_twice_then_succeeds_exactly_one_delivery(hook: tuple[str, type[_Hook]]) -> None:
    url, handler = hook
    handler.plan = [500, 503, 200]
    conn = sqlite3.connect(":memory:")
    ch = WebhookChannel(url, secret="s3cret", attempts=4, backoff=0.01)
    rep = deliver([_alert()], [ch], conn)
    assert rep.sent == [("spike:x:2024-01-15", "webhook")] and not rep.failed
    assert len(handler.received) == 1
    headers, body = handler.received[0]
    assert headers["X-Diembao-Signature"] == sign("s3cret", body)
    assert json.loads(body)["title"] == "Tăng đột biến: Bão lũ"
    # Alerted once: running again delivers nothing new.
    rep2 = deliver([_alert()], [ch], conn)
    assert rep2.skipped == [("spike:x:2024-01-15", "webhook")] and len(handler.received) == 1


def test_dead_webhook_does_not_block_others(hook: tuple[str, type[_Hook]]) -> None:
    url, handler = hook
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    dead = WebhookChannel(f"http://127.0.0.1:{dead_port}/x", attempts=2, backoff=0.01, timeout=1, name="dead")
    live = WebhookChannel(url, name="live")
    conn = sqlite3.connect(":memory:")
    rep = deliver([_alert("a1"), _alert("a2")], [dead, live], conn)
    assert {k for k, c in rep.sent} == {"a1", "a2"} and all(c == "live" for _, c in rep.sent)
    assert {(k, c) for k, c, _ in rep.failed} == {("a1", "dead"), ("a2", "dead")}
    assert len(handler.received) == 2
    # The dead channel is retried next time; the live one is not re-sent.
    rep2 = deliver([_alert("a1")], [dead, live], conn)
    assert rep2.skipped == [("a1", "live")] and rep2.failed[0][:2] == ("a1", "dead")


def test_permanent_refusal_is_not_retried(hook: tuple[str, type[_Hook]]) -> None:
    url, handler = hook
    handler.plan = [404, 200]
    rep = deliver([_alert()], [WebhookChannel(url, backoff=0.01)], sqlite3.connect(":memory:"))
    assert rep.failed and "HTTP 404 after 1 attempt" in rep.failed[0][2]
    assert handler.plan == [200]


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_email_over_starttls(tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    got: list[Any] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            got.append((session.ssl is not None, envelope))
            return "250 OK"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ctrl = Controller(
        Handler(), hostname="127.0.0.1", port=port, tls_context=server_ctx, require_starttls=True
    )
    ctrl.start()
    try:
        client_ctx = ssl.create_default_context(cafile=str(cert))
        ch = EmailChannel("127.0.0.1", port, "diembao@localhost", ["ban@localhost"], ssl_context=client_ctx)
        rep = deliver([_alert()], [ch], sqlite3.connect(":memory:"))
    finally:
        ctrl.stop()
    assert rep.sent == [("spike:x:2024-01-15", "email")], rep.failed
    assert len(got) == 1 and got[0][0] is True  # the message travelled inside TLS
    import email
    import email.policy
    from email.message import EmailMessage

    msg = email.message_from_bytes(got[0][1].content, _class=EmailMessage, policy=email.policy.default)
    assert "Bão lũ: 20 bài" in msg.get_content()
    assert msg["Subject"] == "[diembao] Tăng đột biến: Bão lũ"
