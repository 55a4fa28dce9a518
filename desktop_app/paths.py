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

from desktop_app.core.atomic import describe_os_error, ensure_private_dir

ENV_DATA_DIR = "CALMLINE_DATA_DIR"


def default_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Calmline"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Calmline"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "calmline"


class DataDirError(Exception):
    """The data dir cannot be created or written; the message names the path and why."""


def unwritable(exc: OSError, path: Path, where: Path | None = None) -> DataDirError:
    """The one-line message for a data dir the disk refuses, naming where and why."""
    if where is None:
        where = Path(exc.filename) if isinstance(exc.filename, str) else path
    return DataDirError(
        f"Calmline cannot start: its data dir {path} cannot be used: "
        f"{describe_os_error(exc, where)}. Make it writable, or choose another "
        f"with --data-dir DIR or {ENV_DATA_DIR}."
    )


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

    def check_writable(self) -> DataDir:
        """Create the data dir if needed and prove a file can be made in it and in
        ``logs``; ``DataDirError`` otherwise (read-only disk, no permission).

        A real file is made and removed: mode bits say nothing about a
        read-only mount, and nothing at all to root.
        """
        for folder in (self.root, self.logs):
            try:
                ensure_private_dir(folder)
            except OSError as exc:  # a folder could not be made: its parent refused
                made = Path(exc.filename) if isinstance(exc.filename, str) else folder
                raise unwritable(exc, self.root, made.parent) from exc
            probe = folder / f".write-check-{os.getpid()}"
            try:
                os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                os.unlink(probe)
            except OSError as exc:
                raise unwritable(exc, self.root, folder) from exc
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
