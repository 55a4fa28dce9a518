"""Build Calmline's one-folder bundle (dist/calmline/) and the bare-window floor beside it.

    python3 packaging/bootstrap.py package     # the usual way: sets up .venv first
    .venv/bin/python packaging/build.py        # the same, in an environment you made
    ... build.py --no-floor                    # Calmline only, no size comparison

Both bundles are built at once (they are independent), then the script
prints their sizes and the ratio, and fails when Calmline's bundle is more
than MAX_RATIO times the bare PySide6 window built the same trimmed way.
PyInstaller's own output goes to build/pyinstaller/<name>.log and is shown
only when a build fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SIZE_REPORT = ROOT / "build" / "bundle-size.json"

#: Calmline may add at most 15% to the bare window's bundle.
MAX_RATIO = 1.15

#: Libraries the bundle leaves to the target system (see docs/deployment.md,
#: "Which Linux systems it runs on"). PyInstaller never bundles the GL, EGL
#: and xcb core libraries; the Wayland ones are needed only on Wayland. Every
#: other library a Qt plugin needs must be in the bundle, and is put there
#: only when the build machine has it.
TARGET_SYSTEM_LIBRARIES = frozenset(
    {
        "libEGL.so.1",
        "libGL.so.1",
        "libxcb.so.1",
        "libwayland-client.so.0",
        "libwayland-cursor.so.0",
        "libwayland-egl.so.1",
    }
)

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)

SPECS = {
    "calmline": ROOT / "packaging" / "calmline.spec",
    "bare_window": ROOT / "packaging" / "bare_window" / "bare_window.spec",
}


@dataclass
class Build:
    name: str
    process: subprocess.Popen[bytes]
    log: Path
    started: float


def bundle_bytes(folder: Path) -> int:
    """Bytes of the regular files in a bundle; symbolic links count as nothing."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for filename in filenames:
            path = Path(dirpath) / filename
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def start(name: str) -> Build:
    WORK.mkdir(parents=True, exist_ok=True)
    log = WORK / f"{name}.log"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPECS[name]),
    ]
    # Each build gets its own PyInstaller cache: two builds running at once
    # must not write one cache index together.
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(WORK / f"cache-{name}")}
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    return Build(name, process, log, time.monotonic())


def finish(build: Build) -> bool:
    code = build.process.wait()
    seconds = time.monotonic() - build.started
    if code != 0:
        print(f"{build.name}: PyInstaller failed (exit {code}); its output:", file=sys.stderr)
        print(build.log.read_text(encoding="utf-8", errors="replace"), file=sys.stderr)
        return False
    print(f"{build.name}: built {DIST / build.name} in {seconds:.0f} s")
    return True


def missing_libraries(internal: Path) -> dict[str, list[str]]:
    """Libraries the bundle's Qt plugins need that neither the bundle nor the target has.

    Asks ``ldd`` about every plugin under ``internal`` with the bundle's own
    folder first on the search path, as the frozen program loads them. Keys
    are plugin paths relative to ``internal``; libraries the target system
    provides (TARGET_SYSTEM_LIBRARIES) are not reported. Linux only.
    """
    ldd = shutil.which("ldd")
    if ldd is None:
        raise RuntimeError("ldd is not installed (Debian: libc-bin); cannot check the bundle")
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing: dict[str, list[str]] = {}
    for plugin in sorted(internal.rglob("plugins/*/*.so")):
        done = subprocess.run(
            [ldd, str(plugin)], env=env, capture_output=True, text=True, check=False
        )
        names = sorted(set(_NOT_FOUND.findall(done.stdout)) - TARGET_SYSTEM_LIBRARIES)
        if names:
            missing[plugin.relative_to(internal).as_posix()] = names
    return missing


def check_libraries(bundle: Path) -> int:
    """Fail a Linux build whose Qt plugins need a library it could not bundle."""
    if not sys.platform.startswith("linux"):
        return 0
    missing = missing_libraries(bundle / "_internal")
    if not missing:
        return 0
    names = sorted({name for found in missing.values() for name in found})
    print(
        f"{bundle.name}: its Qt plugins need {', '.join(names)}, which this build machine "
        "does not have, so the bundle lacks them and would not start on a desktop without "
        'them. Install the libraries listed under "Set up" in the README '
        "(Debian and Ubuntu package names) and build again. Needed by:",
        file=sys.stderr,
    )
    for plugin, found in missing.items():
        print(f"  {plugin}: {', '.join(found)}", file=sys.stderr)
    return 1


def report_sizes(with_floor: bool) -> int:
    app = bundle_bytes(DIST / "calmline")
    print(f"calmline bundle:    {mib(app)}  ({DIST / 'calmline'})")
    report: dict[str, object] = {"calmline_bytes": app}
    status = 0
    if with_floor:
        floor = bundle_bytes(DIST / "bare_window")
        ratio = app / floor
        print(f"bare window bundle: {mib(floor)}  ({DIST / 'bare_window'})")
        print(f"ratio:              {ratio:.3f}  (limit {MAX_RATIO:.2f})")
        report.update(bare_window_bytes=floor, ratio=round(ratio, 4), max_ratio=MAX_RATIO)
        if ratio > MAX_RATIO:
            print(
                f"Calmline's bundle is {ratio:.2f}x the bare window, over the {MAX_RATIO:.2f}x "
                "limit: see what grew with `du -ah dist/calmline | sort -h | tail -30`.",
                file=sys.stderr,
            )
            status = 1
    SIZE_REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return status


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-floor", action="store_true", help="build Calmline only, without the bare window"
    )
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            "PyInstaller is not installed here; run `python3 packaging/bootstrap.py package`.",
            file=sys.stderr,
        )
        return 2
    began = time.monotonic()
    names = ["calmline"] if args.no_floor else ["calmline", "bare_window"]
    builds = [start(name) for name in names]
    # Wait for every build, even after one failed, so none is left running.
    finished = [finish(build) for build in builds]
    if not all(finished):
        return 1
    print(f"build time: {time.monotonic() - began:.0f} s")
    # Both bundles are checked, so every missing library is named at once.
    unbundled = [check_libraries(DIST / name) for name in names]
    if any(unbundled):
        return 1
    return report_sizes(with_floor=not args.no_floor)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
