"""Where Calmline keeps the files it writes.

Everything the app writes lives under one data dir, chosen by ``--data-dir``,
then ``CALMLINE_DATA_DIR``, then the platform's usual place for app data.
Tests and the self-test always pass their own.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.atomic import ensure_private_dir

ENV_DATA_DIR = "CALMLINE_DATA_DIR"


def default_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Calmline"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Calmline"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "calmline"


@dataclass(frozen=True, slots=True)
class DataDir:
    """The folder that holds everything Calmline writes, and where each file in it goes."""

    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> DataDir:
        chosen = explicit or os.environ.get(ENV_DATA_DIR) or default_data_dir()
        return cls(Path(chosen).expanduser().absolute())

    def create(self) -> DataDir:
        ensure_private_dir(self.root)
        ensure_private_dir(self.logs)
        return self

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def call_log(self) -> Path:
        return self.root / "calls.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def keymap(self) -> Path:
        return self.root / "keys.yaml"

    @property
    def personal_playbooks(self) -> Path:
        return self.root / "playbooks"

    @property
    def exports(self) -> Path:
        return self.root / "exports"
