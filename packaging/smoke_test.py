"""Smoke-test a built bundle: the frozen app must work and say nothing unexpected.

    python3 packaging/smoke_test.py                  # dist/calmline, self-test only
    python3 packaging/smoke_test.py --read-only      # also from a read-only copy, as a plain user
    python3 packaging/smoke_test.py --xcb            # also a real start on an X display (Xvfb)
    python3 packaging/smoke_test.py path/to/calmline # another bundle folder

Checks, each failing with what it saw:

1. ``calmline --self-test`` runs offscreen, exits 0, prints its one
   ``self-test ok: ...`` line, and nothing else except lines Qt is known to
   print (ALLOWED_LINES). Anything else, a warning included, fails.
2. ``--xcb``: a real start on a virtual X display (Xvfb, Debian package
   ``xvfb``) with the bundled xcb platform plugin, as on a Linux desktop.
3. ``--read-only``: the bundle is copied, made read-only (``chmod -R a-w``)
   and started as a user who is not root (``nobody`` when this runs as root,
   since root writes through read-only modes). The self-test passes, a real
   start with the default data dir creates that dir under the user's home
   and stays up, and not one file of the bundle changed.

Standard library only: it runs under any Python 3.11+, with or without the
development environment.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "calmline"

#: What Qt (or the app's Qt message handler, which prefixes "Qt: ") may print
#: in a healthy run. Everything else fails the smoke test.
ALLOWED_LINES = [
    # Qt falls back to a private runtime dir when the session has none (CI).
    re.compile(r"^(Qt: )?QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '[^']*'$"),
    re.compile(r"^(Qt: )?QStandardPaths: runtime directory '[^']*' is not owned by UID \d+.*$"),
    # The offscreen platform does not implement every window call.
    re.compile(r"^(Qt: )?This plugin does not support [a-zA-Z ]+\(\)$"),
]

SELF_TEST_LINE = re.compile(r"^self-test ok: .+$")

#: How long a real start may take to create its data dir (a slow, busy
#: machine included), and how long it must then stay up.
START_TIMEOUT = 60.0
STAY_UP = 3.0
NOBODY = 65534


class SmokeTestError(Exception):
    pass


@dataclass
class Run:
    command: list[str]
    returncode: int
    stdout: str
    stderr: str

    def describe(self) -> str:
        return (
            f"$ {' '.join(self.command)}\nexit {self.returncode}\n"
            f"--- stdout\n{self.stdout}--- stderr\n{self.stderr}---"
        )


def executable(bundle: Path) -> Path:
    name = "calmline.exe" if os.name == "nt" else "calmline"
    path = bundle / name
    if not path.is_file():
        raise SmokeTestError(f"no {name} in {bundle}: build it with packaging/build.py")
    return path


def unexpected_lines(output: str) -> list[str]:
    """Lines that are neither blank nor on the allow-list."""
    return [
        line
        for line in output.splitlines()
        if line.strip() and not any(pattern.match(line) for pattern in ALLOWED_LINES)
    ]


def clean_env(home: Path, display: str | None = None) -> dict[str, str]:
    """The environment of a fresh desktop session with its home at ``home``.

    Offscreen unless an X ``display`` is given.
    """
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "SYSTEMROOT", "TEMP", "TMP")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen")
    if display is not None:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    env["APPDATA"] = str(home / "AppData" / "Roaming")
    return env


def as_user_prefix() -> list[str]:
    """Run as ``nobody`` when we are root: root ignores read-only permissions."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        raise SmokeTestError("running as root needs setpriv (util-linux) to test as a plain user")
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"]


def self_test(bundle: Path, home: Path, prefix: list[str] | None = None) -> str:
    """Run ``--self-test``; return its summary line or raise with what went wrong."""
    command = [*(prefix or []), str(executable(bundle)), "--self-test"]
    result = subprocess.run(
        command, env=clean_env(home), capture_output=True, text=True, timeout=300, check=False
    )
    run = Run(command, result.returncode, result.stdout, result.stderr)
    if run.returncode != 0:
        raise SmokeTestError(f"the self-test failed:\n{run.describe()}")
    summary = [line for line in run.stdout.splitlines() if SELF_TEST_LINE.match(line)]
    if len(summary) != 1:
        raise SmokeTestError(f"expected one 'self-test ok:' line:\n{run.describe()}")
    extra = [line for line in unexpected_lines(run.stdout + run.stderr) if line != summary[0]]
    if extra:
        listed = "\n".join(f"  {line}" for line in extra)
        raise SmokeTestError(f"unexpected output from the self-test:\n{listed}\n{run.describe()}")
    return summary[0]


def real_start(
    bundle: Path, home: Path, prefix: list[str] | None = None, display: str | None = None
) -> Path:
    """Start the app as an agent would (default data dir), see it come up and stay up."""
    data_dir = home / ".local" / "share" / "calmline"
    if sys.platform == "win32":
        data_dir = home / "AppData" / "Roaming" / "Calmline"
    elif sys.platform == "darwin":
        data_dir = home / "Library" / "Application Support" / "Calmline"
    command = [*(prefix or []), str(executable(bundle))]
    with tempfile.TemporaryFile("w+") as out:
        process = subprocess.Popen(
            command,
            env=clean_env(home, display),
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            _wait_for_start(process, data_dir)
            deadline = time.monotonic() + STAY_UP
            while time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.1)
            if process.poll() is not None:
                out.seek(0)
                raise SmokeTestError(
                    f"calmline exited ({process.returncode}) right after starting:\n{out.read()}"
                )
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        out.seek(0)
        extra = unexpected_lines(out.read())
    if extra:
        listed = "\n".join(f"  {line}" for line in extra)
        raise SmokeTestError(f"unexpected output from a real start:\n{listed}")
    return data_dir


def _wait_for_start(process: subprocess.Popen[str], data_dir: Path) -> None:
    """The call log exists once the app has assembled its parts for the window."""
    deadline = time.monotonic() + START_TIMEOUT
    while not (data_dir / "calls.sqlite3").exists():
        if process.poll() is not None:
            raise SmokeTestError(f"calmline exited ({process.returncode}) before it was up")
        if time.monotonic() > deadline:
            raise SmokeTestError(f"calmline did not create {data_dir} in {START_TIMEOUT:.0f} s")
        time.sleep(0.1)


@contextmanager
def virtual_display(screen: str = "1280x800x24", *options: str) -> Iterator[str]:
    """An Xvfb X server on a free display number, stopped afterwards.

    The benchmarks start theirs here too (``tests/benchmarks/display.py``).
    """
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SmokeTestError("--xcb needs Xvfb (Debian: apt-get install xvfb)")
    read_end, write_end = os.pipe()
    command = [xvfb, "-displayfd", str(write_end), "-screen", "0", screen, *options]
    server = subprocess.Popen(
        [*command, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as reader:
            number = reader.readline().strip()
        if not number.isdigit():
            raise SmokeTestError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def check_xcb(bundle: Path) -> str:
    """A real start on an X display, through the bundled xcb plugin."""
    with (
        tempfile.TemporaryDirectory(prefix="calmline-smoke-x-") as home,
        virtual_display() as display,
    ):
        real_start(bundle, Path(home), display=display)
    return "a real start on an X display (xcb) came up and ran"


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every path under ``folder`` with its size, modification time and mode."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            info = path.lstat()
            found[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns, info.st_mode)
    return found


def _set_writable(folder: Path, writable: bool) -> None:
    write_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in [*dirnames, *filenames, "."]:
            path = Path(dirpath) / name
            if path.is_symlink():
                continue
            mode = path.stat().st_mode
            path.chmod((mode | stat.S_IWUSR) if writable else (mode & ~write_bits))


@contextmanager
def read_only_copy(bundle: Path) -> Iterator[tuple[Path, Path, list[str]]]:
    """A read-only copy of the bundle, a fresh home and how to run as a plain user."""
    prefix = as_user_prefix()
    base = Path(tempfile.mkdtemp(prefix="calmline-smoke-"))
    try:
        base.chmod(0o755)  # the plain user must reach the copy
        copy = base / bundle.name
        shutil.copytree(bundle, copy, symlinks=True)
        home = base / "home"
        home.mkdir()
        if prefix:
            os.chown(home, NOBODY, NOBODY)
        _set_writable(copy, writable=False)
        yield copy, home, prefix
    finally:
        if (base / bundle.name).exists():
            _set_writable(base / bundle.name, writable=True)
        shutil.rmtree(base, ignore_errors=True)


def check_read_only(bundle: Path) -> list[str]:
    """Self-test and a real start from a read-only copy, as a plain user."""
    done = []
    with read_only_copy(bundle) as (copy, home, prefix):
        user = "nobody" if prefix else "the current user"
        before = snapshot(copy)
        done.append(f"read-only bundle, as {user}: {self_test(copy, home, prefix)}")
        data_dir = real_start(copy, home, prefix)
        done.append(f"read-only bundle, as {user}: a real start created {data_dir.name}/ and ran")
        after = snapshot(copy)
        if before != after:
            changed = sorted(set(before.items()) ^ set(after.items()))
            raise SmokeTestError(f"the bundle changed while running: {changed[:10]}")
        done.append("the bundle did not change")
    return done


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument(
        "--read-only", action="store_true", help="also run from a read-only copy as a plain user"
    )
    parser.add_argument(
        "--xcb", action="store_true", help="also start on a virtual X display (needs Xvfb)"
    )
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory(prefix="calmline-smoke-home-") as home:
            print(f"self-test: {self_test(args.bundle, Path(home))}")
        if args.xcb:
            print(check_xcb(args.bundle))
        if args.read_only:
            for line in check_read_only(args.bundle):
                print(line)
    except SmokeTestError as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
