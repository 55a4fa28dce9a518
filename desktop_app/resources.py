"""Finds Calmline's read-only resources: playbooks, icons, translations.

One resolver for every way the app runs:

- a frozen bundle (PyInstaller): ``<bundle>/resources``;
- an installed wheel: ``desktop_app/_resources`` inside the package;
- a source checkout (or an editable install): ``resources/`` beside the package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE_DIR / "_resources")
    found.append(_PACKAGE_DIR.parent / "resources")
    return found


@cache
def resources_root() -> Path:
    for candidate in _candidates():
        if (candidate / "playbooks").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"Calmline's resources are missing; looked in: {tried}")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
