"""Small bundled example inputs for the demo and the docs (see SOURCE.md for where each came from)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def example_paths() -> list[Path]:
    """The example articles (HTML pages and plain-text dumps), sorted by name."""
    return sorted(p for p in HERE.iterdir() if p.suffix in (".html", ".txt") and p.is_file())
