"""Starting a program as a fresh process and timing it to its first painted window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks import probe
from tests.benchmarks.xpixels import XScreen

REPO_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120.0


class LaunchError(Exception):
    """The program exited without painting a window, or hung."""


@dataclass(frozen=True)
class Launched:
    #: process start to the end of the first paint (None when not probed)
    first_paint_ms: float | None
    #: peak resident memory of the process
    max_rss_mb: float
    stdout: str


@dataclass
class Program:
    """A command line and its environment; every run gets a private, empty HOME."""

    argv: Sequence[str]
    env: dict[str, str] = field(default_factory=dict)

    def environment(self, home: Path) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "CALMLINE_"))}
        base.pop("DISPLAY", None)
        return {
            **base,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            # a data dir of this run's own, for programs not given one
            "CALMLINE_DATA_DIR": str(home / "calmline-data"),
            **self.env,
        }


def python_module(module: str, *args: str, env: dict[str, str] | None = None) -> Program:
    return Program([sys.executable, "-m", module, *args], dict(env or {}))


def run(program: Program, *, probed: bool = True) -> Launched:
    """Start ``program``, wait for it to end; time its first paint when ``probed``."""
    with (
        tempfile.TemporaryDirectory(prefix="calmline-bench-home-") as home,
        tempfile.TemporaryFile("w+") as errors,
    ):
        started = time.monotonic_ns()
        child = subprocess.Popen(
            list(program.argv),
            cwd=REPO_ROOT,
            env=program.environment(Path(home)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        watchdog = threading.Timer(TIMEOUT_S, child.kill)
        watchdog.start()
        try:
            assert child.stdout is not None
            stdout = child.stdout.read()
            # wait4, not wait(): it also gives this one child's peak memory
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
        finally:
            watchdog.cancel()
            if child.stdout is not None:
                child.stdout.close()
        errors.seek(0)
        stderr = errors.read()
    if child.returncode != 0:
        raise LaunchError(_failure(program, f"exit status {child.returncode}", stderr))
    max_rss_mb = usage.ru_maxrss / 1024
    if not probed:
        return Launched(None, max_rss_mb, stdout)
    painted = probe.first_paint_ns(stdout)
    if painted is None:
        raise LaunchError(_failure(program, "no window was painted", stderr))
    return Launched((painted - started) / 1e6, max_rss_mb, stdout)


def run_until_pixels(program: Program, screen: XScreen) -> Launched:
    """Start ``program`` on the X display ``screen`` reads; time its first pixels, then end it.

    For programs that cannot report their own first paint (the frozen bundles).
    """
    blank = screen.corner()
    with (
        tempfile.TemporaryDirectory(prefix="calmline-bench-home-") as home,
        tempfile.TemporaryFile("w+") as errors,
    ):
        started = time.monotonic_ns()
        child = subprocess.Popen(
            list(program.argv),
            cwd=REPO_ROOT,
            env=program.environment(Path(home)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        watchdog = threading.Timer(TIMEOUT_S + 10, child.kill)
        watchdog.start()
        try:
            painted = screen.wait_for_change(blank, started + int(TIMEOUT_S * 1e9))
            child.terminate()
            _, _, usage = os.wait4(child.pid, 0)
            child.returncode = -1  # reaped here; Popen must not wait for it again
        finally:
            watchdog.cancel()
        errors.seek(0)
        stderr = errors.read()
        # the window is gone once the screen is blank again
        screen.wait_for_change_back(blank, time.monotonic_ns() + 5_000_000_000)
    if painted is None:
        raise LaunchError(_failure(program, "no window appeared on the screen", stderr))
    return Launched((painted - started) / 1e6, usage.ru_maxrss / 1024, "")


def _failure(program: Program, what: str, stderr: str) -> str:
    tail = "\n".join(stderr.strip().splitlines()[-8:])
    return f"{' '.join(program.argv)}: {what}" + (f"\n{tail}" if tail else "")


def interleaved(
    a: Program,
    b: Program,
    repetitions: int,
    *,
    warm_up: int = 1,
    runner: Callable[[Program], Launched] = run,
) -> tuple[list[Launched], list[Launched]]:
    """A B A B ...: each program ``repetitions`` times, after ``warm_up`` unmeasured runs."""
    for _ in range(warm_up):
        runner(a)
        runner(b)
    firsts: list[Launched] = []
    seconds: list[Launched] = []
    for _ in range(repetitions):
        firsts.append(runner(a))
        seconds.append(runner(b))
    return firsts, seconds
