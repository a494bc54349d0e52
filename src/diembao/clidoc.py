"""The README's CLI reference, generated from the commands themselves (`python -m diembao.clidoc`).

tests/test_cli.py checks that README.md holds exactly this text between the markers, so the
reference cannot drift from the code.
"""

from __future__ import annotations

import click

from diembao.cli import COMMANDS, _available, cli

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"


def _usage(ctx: click.Context, cmd: click.Command, path: str) -> str:
    pieces = cmd.collect_usage_pieces(ctx)
    return " ".join([path, *pieces])


def _entries(cmd: click.Command, path: str, parent: click.Context) -> list[str]:
    ctx = click.Context(cmd, info_name=path.split()[-1], parent=parent)
    doc = " ".join((cmd.help or "").strip().split("\n\n")[0].split())
    if doc.endswith(":") and ". " in doc:
        doc = doc[: doc.rindex(". ") + 1]
    lines = [f"- `{_usage(ctx, cmd, path)}` — {doc}"]
    if isinstance(cmd, click.Group):
        for name in cmd.list_commands(ctx):
            sub = cmd.get_command(ctx, name)
            if sub is not None:
                lines += ["  " + x for x in _entries(sub, f"{path} {name}", ctx)]
    return lines


def reference() -> str:
    root = click.Context(cli, info_name="diembao")
    lines: list[str] = []
    for verb in sorted(v for v, t in COMMANDS.items() if _available(t)):
        cmd = cli.get_command(root, verb)
        if cmd is not None:
            lines += _entries(cmd, f"diembao {verb}", root)
    return "\n".join(lines)


def block() -> str:
    return f"{START}\n{reference()}\n{END}"


if __name__ == "__main__":
    print(block())
