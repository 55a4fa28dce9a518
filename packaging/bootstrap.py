#!/usr/bin/env python3
"""Set up a private virtual environment for Calmline, then run the app or the tests.

    python3 packaging/bootstrap.py run  [calmline options]
    python3 packaging/bootstrap.py test [pytest options]
    python3 packaging/bootstrap.py package [build.py options]   # dist/calmline/

Needs only Python 3.11+. The environment lives in ``.venv`` at the top of the
checkout and is (re)installed only when ``pyproject.toml`` changed since the
last install, so a second run starts straight away.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / "calmline-install.json"
EXTRAS = {"run": [], "test": ["test"], "package": ["test", "package"]}


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def wanted_state(extras: list[str]) -> dict[str, object]:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return {"pyproject": digest, "python": sys.version, "extras": sorted(extras)}


def installed_state() -> dict[str, object] | None:
    try:
        state = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def is_satisfied(extras: list[str]) -> bool:
    have = installed_state()
    if have is None or not venv_python().exists():
        return False
    want = wanted_state(extras)
    have_extras = have.get("extras")
    return (
        have.get("pyproject") == want["pyproject"]
        and have.get("python") == want["python"]
        and isinstance(have_extras, list)
        and set(extras) <= set(have_extras)
    )


def install(extras: list[str]) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs under any python3 the user has
        sys.exit(f"Calmline needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not venv_python().exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except Exception as exc:
            sys.exit(
                f"Could not create {VENV}: {exc}\n"
                "On Debian or Ubuntu install the venv module first: "
                "sudo apt-get install python3-venv"
            )
    have = installed_state() or {}
    previous = have.get("extras") if isinstance(have.get("extras"), list) else []
    union = sorted(set(extras) | set(previous or []))  # type: ignore[arg-type]
    spec = f".[{','.join(union)}]" if union else "."
    print(f"Installing Calmline and what it needs ({spec}) ...", flush=True)
    subprocess.run(
        [
            str(venv_python()),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "-q",
            "-e",
            spec,
        ],
        cwd=ROOT,
        check=True,
    )
    STAMP.write_text(json.dumps(wanted_state(union)), encoding="utf-8")


def build_translations() -> None:
    """The window's translations (.qm) from the .ts files, where they changed."""
    subprocess.run(
        [str(venv_python()), str(ROOT / "packaging" / "translations.py"), "release"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in EXTRAS:
        print(__doc__, file=sys.stderr)
        return 2
    action, rest = argv[0], argv[1:]
    extras = EXTRAS[action]
    if not is_satisfied(extras):
        install(extras)
    build_translations()
    python = str(venv_python())
    if action == "run":
        command = [python, "-m", "desktop_app", *rest]
    elif action == "test":
        command = [python, "-m", "pytest", *rest]
    else:
        command = [python, str(ROOT / "packaging" / "build.py"), *rest]
    return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
