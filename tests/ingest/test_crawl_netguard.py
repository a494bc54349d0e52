"""SSRF guard: which addresses are refused, and that the check sits under httpx's connections."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from diembao.ingest.netguard import BlockedAddressError, address_problem, guarded_transport, resolve_checked


@pytest.mark.parametrize(
    ("ip", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata endpoint
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-global"),  # carrier-grade NAT
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("2002:7f00:1::", "loopback"),  # 6to4 wrapping 127.0.0.1
        ("ff02::1", "multicast"),
        ("8.8.8.8", None),
        ("203.113.131.1", None),  # a Vietnamese public address
        ("2001:4860:4860::8888", None),
    ],
)
def test_address_problem(ip: str, problem: str | None) -> None:
    assert address_problem(ipaddress.ip_address(ip)) == problem


def test_resolve_checked_refuses_names_resolving_to_loopback() -> None:
    with pytest.raises(BlockedAddressError, match="loopback address; use --allow-private"):
        resolve_checked("localhost", 80)
    assert "127.0.0.1" in resolve_checked("localhost", 80, allow_private=True)


def test_guard_sits_under_httpx() -> None:
    # No server needed: the refusal happens before any socket is opened. This also fails loudly
    # if a future httpx stops using the pool that guarded_transport installs.
    with httpx.Client(transport=guarded_transport()) as client, pytest.raises(BlockedAddressError):
        client.get("http://127.0.0.1:9/")
    with httpx.Client(transport=guarded_transport()) as client, pytest.raises(BlockedAddressError):
        client.get("http://[::1]:9/")
