"""Shared fixtures. Tests that need the shared corpora use `shared_data` and skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from diembao import settings

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"


@pytest.fixture(scope="session")
def test_data() -> Path:
    """Small fixtures bundled with the repo."""
    return DATA


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The shared public corpora; the test is skipped with a reason when they are not there."""
    p = settings.shared_data()
    if p is None:
        pytest.skip(f"shared corpora not found at {settings.get('shared_data')} (set DIEMBAO_SHARED_DATA)")
    return p


@pytest.fixture
def seed_text() -> str:
    return (DATA / "seed_nhandan_soctrang.txt").read_text(encoding="utf-8")
