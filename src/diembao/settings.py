"""One table of settings (name, default, help) feeding CLI flags, DIEMBAO_* variables and the docs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    @property
    def env(self) -> str:
        return "DIEMBAO_" + self.name.upper()


def _default_db() -> str:
    return str(Path(user_data_dir("diembao", appauthor=False)) / "diembao.db")


def _default_shared() -> str:
    # The repo sits beside ../shared in the development workplace; users set DIEMBAO_SHARED_DATA.
    return str(Path(__file__).resolve().parents[2].parent / "shared" / "data")


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("db", _default_db(), "Path of the SQLite store (the search index lives beside it)."),
        Setting(
            "shared_data", _default_shared(), "Folder of the shared public corpora (evaluations, benchmarks)."
        ),
        Setting("unit_name", "Bộ phận theo dõi báo chí", "Issuing unit's name printed on the digest."),
        Setting(
            "user_agent",
            "diembao/0.1 (+https://github.com/diembao/diembao; press monitoring)",
            "User-Agent of the crawler.",
        ),
        Setting("crawl_delay", "2.0", "Seconds between two requests to the same host."),
        Setting("max_page_bytes", str(10 * 1024 * 1024), "Largest page the crawler downloads, in bytes."),
        Setting("webhook_url", "", "URL receiving alert webhooks (JSON POST)."),
        Setting("webhook_secret", "", "HMAC-SHA256 secret signing alert webhooks."),
        Setting("smtp_host", "", "SMTP server for e-mail alerts (STARTTLS)."),
        Setting("smtp_port", "587", "SMTP port."),
        Setting("smtp_user", "", "SMTP user name."),
        Setting("smtp_password", "", "SMTP password."),
        Setting("mail_from", "diembao@localhost", "Sender address of e-mail alerts."),
        Setting("mail_to", "", "Comma-separated recipients of e-mail alerts."),
        Setting("digest_time", "06:00", "Local time at which `diembao run` writes the daily digest."),
        Setting(
            "timezone", "Asia/Ho_Chi_Minh", "Time zone for local dates in digests and resolution of dates."
        ),
    ]
}


def get(name: str) -> str:
    """Value of a setting: the DIEMBAO_<NAME> environment variable, else its default."""
    s = SETTINGS[name]
    return os.environ.get(s.env, s.default)


def shared_data() -> Path | None:
    """The shared corpora folder, or None when it is not there."""
    p = Path(get("shared_data"))
    return p if p.is_dir() else None
