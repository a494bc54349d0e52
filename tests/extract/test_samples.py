"""The bundled demo samples all extract to non-empty articles."""

from __future__ import annotations

from diembao.extract.cli import extract_bytes
from diembao.samples import HERE, example_paths


def test_samples_extract() -> None:
    paths = example_paths()
    assert 10 <= len(paths) <= 20
    assert (HERE / "SOURCE.md").read_text(encoding="utf-8").count("- ") >= len(paths)
    for p in paths:
        a = extract_bytes(p.read_bytes(), p.name)
        assert a.title and a.paragraphs and a.text, p.name
