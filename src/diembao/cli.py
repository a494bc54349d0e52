"""The `diembao` command: one thin verb per public function, imported lazily so `--help` is fast.

Each subpackage owns the module that defines its verbs; this table is the only place that
lists them (tests check that every verb answers `--help`).
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

import click

from diembao import __version__

# verb -> "module:attribute" of a click.Command
COMMANDS: dict[str, str] = {
    "extract": "diembao.extract.cli:extract_cmd",
    "ingest": "diembao.ingest.cli:ingest_cmd",
    "reprocess": "diembao.ingest.cli:reprocess_cmd",
    "errors": "diembao.ingest.cli:errors_cmd",
    "stats": "diembao.ingest.cli:stats_cmd",
    "crawl": "diembao.ingest.crawl_cli:crawl_cmd",
    "search": "diembao.search.cli:search_cmd",
    "reindex": "diembao.search.cli:reindex_cmd",
    "enrich": "diembao.enrich.cli:enrich_cmd",
    "cluster": "diembao.stories.cli:cluster_cmd",
    "stories": "diembao.stories.cli:stories_cmd",
    "recluster": "diembao.stories.cli:recluster_cmd",
    "watchlists": "diembao.watch.cli:watchlists_cmd",
    "trends": "diembao.watch.cli:trends_cmd",
    "alerts": "diembao.watch.cli:alerts_cmd",
    "digest": "diembao.digest.cli:digest_cmd",
    "report": "diembao.digest.cli:report_cmd",
    "run": "diembao.digest.cli:run_cmd",
    "settings": "diembao.cli:settings_cmd",
}


def _available(target: str) -> bool:
    module = target.split(":")[0]
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(v for v, t in COMMANDS.items() if _available(t))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None or not _available(target):
            return None
        module, attr = target.split(":")
        cmd = getattr(importlib.import_module(module), attr)
        assert isinstance(cmd, click.Command)
        return cmd


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diembao")
def cli() -> None:
    """diembao: press monitoring for Vietnamese news (điểm báo).

    Ingest news, extract clean articles, enrich them, group syndicated copies into stories,
    search them, and write the daily press review.
    """


@click.command("settings")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "md"]), default="table")
def settings_cmd(fmt: str) -> None:
    """List every setting, its DIEMBAO_* variable, current value and meaning."""
    from diembao import settings
    from diembao.output import emit

    rows: list[dict[str, Any]] = [
        {"name": s.name, "env": s.env, "value": settings.get(s.name), "help": s.help}
        for s in settings.SETTINGS.values()
    ]
    emit(rows, fmt, columns=["name", "env", "value", "help"])


def main() -> None:
    cli(prog_name="diembao")


if __name__ == "__main__":
    main()
