"""SSRF guard: refuse to connect to private, loopback, link-local, multicast or reserved addresses.

The check runs where the socket is opened (an httpcore network backend), after DNS resolution,
and the socket is connected to the very address that was checked. So a redirect to an intranet
host, a public name that resolves to 127.0.0.1, or DNS rebinding between check and connect are
all refused, on every hop.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from diembao.errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class BlockedAddressError(InputError):
    """The URL's host is (or resolves to) an address the crawler must not reach."""


def address_problem(ip: IPAddress) -> str | None:
    """Why `ip` must not be reached (e.g. "loopback"), or None when it is a public address."""
    # Unwrap IPv6 forms that embed an IPv4 address, so ::ffff:127.0.0.1 counts as loopback.
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return address_problem(embedded)
    # Most specific first: link-local, reserved and unspecified ranges are also "private".
    checks = [
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
    ]
    for name, hit in checks:
        if hit:
            return name
    # is_global also excludes shared address space (100.64.0.0/10) and other special ranges.
    if not ip.is_global:
        return "non-global"
    return None


def resolve_checked(host: str, port: int, *, allow_private: bool = False) -> list[str]:
    """Resolve `host` and return its addresses; raise BlockedAddressError if any is not public.

    Refusing when *any* resolved address is private (not only the first) stops a name that
    mixes a public and a private record from sneaking through on a later connection attempt.
    """
    host = host.strip("[]")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"cannot resolve {host!r}: {exc}") from exc
    addresses: list[str] = []
    for info in infos:
        addr = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        if addr not in addresses:
            addresses.append(addr)
    if not allow_private:
        for addr in addresses:
            problem = address_problem(ipaddress.ip_address(addr))
            if problem is not None:
                raise BlockedAddressError(
                    f"refused to connect to {host} ({addr} is a {problem} address; "
                    "use --allow-private for intranets and tests)",
                    source=host,
                )
    return addresses


class GuardedBackend(httpcore.NetworkBackend):
    """An httpcore backend that checks every resolved address before connecting to it."""

    def __init__(self, *, allow_private: bool = False) -> None:
        self.allow_private = allow_private
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve_checked(host, port, allow_private=self.allow_private)
        last: Exception | None = None
        for addr in addresses:
            try:
                return self._inner.connect_tcp(
                    addr, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise BlockedAddressError("unix sockets are not crawled", source=path)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guarded_transport(*, allow_private: bool = False, verify: bool = True) -> httpx.HTTPTransport:
    """An httpx transport whose every connection goes through GuardedBackend (no proxies)."""
    transport = httpx.HTTPTransport(verify=verify, trust_env=False)
    # httpx does not expose the network backend; replace its pool with one using ours.
    # tests/ingest/test_crawl_ssrf.py fails loudly if a future httpx changes this shape.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
        max_connections=10,
        max_keepalive_connections=10,
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(allow_private=allow_private),
    )
    return transport
