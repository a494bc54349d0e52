import subprocess
import sys

import pytest
from click.testing import CliRunner

from diembao import __version__
from diembao.cli import COMMANDS, _available, cli


def test_version() -> None:
    r = CliRunner().invoke(cli, ["--version"])
    assert r.exit_code == 0 and __version__ in r.output


@pytest.mark.parametrize("verb", sorted(v for v, t in COMMANDS.items() if _available(t)))
def test_every_command_has_help(verb: str) -> None:
    r = CliRunner().invoke(cli, [verb, "--help"])
    assert r.exit_code == 0, r.output
    assert "Usage:" in r.output


def test_every_command_is_in_readme() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for verb, target in COMMANDS.items():
        if _available(target):
            assert f"diembao {verb}" in readme, f"README's CLI reference lacks `diembao {verb}`"


def test_every_setting_is_in_readme() -> None:
    from pathlib import Path

    from diembao.settings import SETTINGS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for s in SETTINGS.values():
        assert s.env in readme, f"README lacks the setting {s.env}"


def test_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "diembao", "--help"], capture_output=True, text=True, check=True
    )
    assert "diembao" in out.stdout


def test_readme_cli_reference_is_current() -> None:
    from pathlib import Path

    from diembao.clidoc import block

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert block() in readme, "README's CLI reference is stale: paste `python -m diembao.clidoc` into it"
