"""The PyInstaller steps both specs share: analyse, trim, strip, collect one folder.

Imported from inside a spec (PyInstaller has set up its build configuration by
then). ``calmline.spec`` says WHAT goes into Calmline's bundle; this module
says HOW a bundle is made, so the bare window used as the size floor is made
exactly the same way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import trim
from PyInstaller.building.api import COLLECT, EXE, PYZ
from PyInstaller.building.build_main import Analysis
from PyInstaller.building.osx import BUNDLE

#: Standard-library parts a windowed app never imports at run time; PyInstaller
#: would otherwise follow optional imports into them.
PYTHON_EXCLUDES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "distutils",
    "setuptools",
    "pip",
    "test",
    # Nothing runs other processes. With multiprocessing in the bundle
    # PyInstaller adds runtime hooks that import it and pkgutil at every
    # start, before Calmline's first line runs. (ssl, asyncio, concurrent and
    # ctypes stay in: psycopg, the team log's driver, imports all four.)
    "multiprocessing",
]

#: strip debug symbols on Linux only: Windows has no strip, and stripping
#: breaks the code signatures of macOS binaries.
STRIP = sys.platform.startswith("linux")

#: Windowed on Windows and macOS (no console window flashes up); on Linux the
#: flag means nothing and output goes to the terminal that started the app.
CONSOLE = sys.platform.startswith("linux")


def _trim_plugins_before_analysis(languages: frozenset[str]) -> None:
    """Leave unwanted Qt plugins out before PyInstaller follows their libraries.

    Trimming only the finished list would leave behind the system libraries
    the dropped plugins link to (the GTK 3 theme alone brings cairo, pango,
    atk and gdk-pixbuf). PyInstaller's Qt hooks collect plugins through
    ``QtLibraryInfo.collect_plugins``; filtering its answer keeps those
    libraries out of the dependency analysis. Should a future PyInstaller
    rename it, the list is still trimmed afterwards and the size check in
    build.py reports the growth.
    """
    from PyInstaller.utils.hooks import qt

    info_class = getattr(qt, "QtLibraryInfo", None)
    original = getattr(info_class, "collect_plugins", None)
    if info_class is None or original is None or getattr(original, "trimmed", False):
        return

    def collect_plugins(self: Any, plugin_type: str) -> list[tuple[str, str]]:
        return [
            (source, dest_dir)
            for source, dest_dir in original(self, plugin_type)
            if trim.keep(f"{dest_dir}/{os.path.basename(source)}", languages)
        ]

    collect_plugins.trimmed = True  # type: ignore[attr-defined]
    info_class.collect_plugins = collect_plugins


def freeze(
    *,
    name: str,
    script: Path,
    pathex: list[Path],
    datas: list[tuple[str, str]],
    hiddenimports: list[str],
    languages: frozenset[str],
    icon: Path | None = None,
    version_file: Path | None = None,
    macos: dict[str, Any] | None = None,
) -> None:
    """Build the one-folder bundle ``dist/<name>/`` with the trimmed Qt parts."""
    _trim_plugins_before_analysis(languages)
    analysis = Analysis(
        [str(script)],
        pathex=[str(p) for p in pathex],
        datas=datas,
        hiddenimports=hiddenimports,
        excludes=PYTHON_EXCLUDES,
        noarchive=False,
    )
    report = trim.TrimReport()
    analysis.binaries = list(trim.trim(analysis.binaries, languages, report))
    analysis.datas = list(trim.trim(analysis.datas, languages, report))
    trim.check_imported_modules(analysis.binaries)
    print(f"trim: kept {report.kept} Qt-side files, dropped {len(report.dropped)}")

    pyz = PYZ(analysis.pure)
    exe = EXE(
        pyz,
        analysis.scripts,
        [],
        exclude_binaries=True,
        name=name,
        debug=False,
        strip=STRIP,
        upx=False,
        console=CONSOLE,
        # macOS gives a clicked calmline: link that starts the app as an Apple
        # event; this turns it into sys.argv[1], as on Linux and Windows.
        argv_emulation=sys.platform == "darwin",
        icon=str(icon) if icon and sys.platform in ("win32", "darwin") else None,
        version=str(version_file) if version_file and sys.platform == "win32" else None,
    )
    collect = COLLECT(
        exe,
        analysis.binaries,
        analysis.datas,
        strip=STRIP,
        upx=False,
        name=name,
    )
    if sys.platform == "darwin" and macos is not None:
        BUNDLE(collect, icon=str(icon) if icon else None, **macos)
