#!/usr/bin/env python3
"""Keep the window's translations in step with the code, and build them.

    .venv/bin/python packaging/translations.py update            # refresh every .ts
    .venv/bin/python packaging/translations.py update --into DIR # the same, into copies in DIR
    .venv/bin/python packaging/translations.py release           # .ts -> .qm, where stale
    .venv/bin/python packaging/translations.py new CODE          # start calmline_CODE.ts

The sources are the window's modules (``desktop_app/ui``): the plain-Python
layers write English, and their words reach translators through
``desktop_app/ui/catalogue.py``. The ``.ts`` files are kept; the ``.qm``
files are built by the install step (``packaging/bootstrap.py``) and the
bundle (``packaging/calmline.spec``), never committed. docs/languages.md
tells a translator what to do with them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
PREFIX = "calmline_"


def tool(name: str, tools: Path | None = None) -> str:
    """The Qt tool ``name`` (pyside6-lupdate, pyside6-lrelease) beside this Python."""
    folder = tools or Path(sys.executable).parent
    found = shutil.which(name, path=str(folder)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found in {folder} (PySide6 installs it)")
    return found


def source_files() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    """Every language Calmline ships a translation for: ``calmline_<code>.ts``."""
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def update(targets: list[Path], tools: Path | None = None) -> None:
    """Add new source text to ``targets`` and drop text no longer in the code."""
    if not targets:
        return
    command = [tool("pyside6-lupdate", tools), *map(str, source_files())]
    command += ["-locations", "none", "-no-obsolete", "-silent", "-ts", *map(str, targets)]
    subprocess.run(command, cwd=ROOT, check=True)


def release(folder: Path = TRANSLATIONS, tools: Path | None = None) -> list[Path]:
    """Build ``.qm`` beside each ``.ts`` that is newer than its ``.qm``; the files built."""
    built = []
    for ts in ts_files(folder):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run(
            [tool("pyside6-lrelease", tools), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        qm.chmod(0o644)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    actions = parser.add_subparsers(dest="action", required=True)
    into = actions.add_parser("update", help="refresh the .ts files from the code")
    into.add_argument("--into", type=Path, help="update copies of the .ts files in this folder")
    actions.add_parser("release", help="build the .qm files")
    new = actions.add_parser("new", help="start the translation for a language code")
    new.add_argument("code", help="language code, as in es, el, pt_BR")
    args = parser.parse_args(argv)
    if args.action == "release":
        for qm in release():
            print(f"built {qm.relative_to(ROOT)}")
        return 0
    if args.action == "new":
        target = TRANSLATIONS / f"{PREFIX}{args.code}.ts"
        if target.exists():
            print(f"translations: {target} exists already; use update", file=sys.stderr)
            return 1
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        update([target])
        print(f"started {target.relative_to(ROOT)}: translate it with pyside6-linguist")
        return 0
    targets = ts_files()
    if args.into is not None:
        args.into.mkdir(parents=True, exist_ok=True)
        targets = [Path(shutil.copy2(ts, args.into / ts.name)) for ts in targets]
    update(targets)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
