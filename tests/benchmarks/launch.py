"""Starting a program as a fresh process and timing it to its first painted window."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tests.benchmarks import probe
from tests.benchmarks.xpixels import XScreen

REPO_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60.0


class LaunchError(Exception):
    """The program exited without painting a window, or hung."""


@dataclass(frozen=True)
class Launched:
    #: process start to the end of the first paint (None when not probed)
    first_paint_ms: float | None
    #: peak resident memory of the process (probed runs only: see probe.peak_rss_kb)
    max_rss_mb: float | None
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


@dataclass
class _Child:
    process: subprocess.Popen[str]
    #: ``time.monotonic_ns()`` just before the process was started
    started: int
    errors: IO[str]

    def reap(self) -> None:
        """Wait for the process to end."""
        self.process.wait()

    def stderr(self) -> str:
        self.errors.seek(0)
        return self.errors.read()


@contextmanager
def _start(program: Program, *, stdout: int) -> Iterator[_Child]:
    """``program`` running with a private HOME, killed if it outlives the time limit."""
    with (
        tempfile.TemporaryDirectory(prefix="calmline-bench-home-") as home,
        tempfile.TemporaryFile("w+") as errors,
    ):
        started = time.monotonic_ns()
        process = subprocess.Popen(
            list(program.argv),
            cwd=REPO_ROOT,
            env=program.environment(Path(home)),
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=errors,
            text=True,
        )
        watchdog = threading.Timer(TIMEOUT_S, process.kill)
        watchdog.start()
        try:
            yield _Child(process, started, errors)
        finally:
            watchdog.cancel()
            if process.stdout is not None:
                process.stdout.close()
            if process.returncode is None:
                process.kill()
                process.wait()


def run(program: Program, *, probed: bool = True) -> Launched:
    """Start ``program``, wait for it to end; time its first paint when ``probed``."""
    with _start(program, stdout=subprocess.PIPE) as child:
        assert child.process.stdout is not None
        stdout = child.process.stdout.read()
        child.reap()
        stderr = child.stderr()
    if child.process.returncode != 0:
        raise LaunchError(_failure(program, f"exit status {child.process.returncode}", stderr))
    if not probed:
        return Launched(None, None, stdout)
    painted = probe.first_paint_ns(stdout)
    if painted is None:
        raise LaunchError(_failure(program, "no window was painted", stderr))
    return Launched((painted - child.started) / 1e6, probe.peak_rss_mb(stdout), stdout)


def run_until_pixels(program: Program, screen: XScreen) -> Launched:
    """Start ``program`` on the X display ``screen`` reads; time its first pixels, then end it.

    For programs that cannot report their own first paint (the frozen bundles).
    """
    blank = screen.corner()
    with _start(program, stdout=subprocess.DEVNULL) as child:
        painted = screen.wait_for_change(blank, child.started + int(TIMEOUT_S * 1e9))
        child.process.terminate()
        child.reap()
        stderr = child.stderr()
    # the window is gone once the screen is blank again
    screen.wait_for_change_back(blank, time.monotonic_ns() + 5_000_000_000)
    if painted is None:
        raise LaunchError(_failure(program, "no window appeared on the screen", stderr))
    return Launched((painted - child.started) / 1e6, None, "")


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
    firsts, seconds = in_turn([a, b], repetitions, warm_up=warm_up, runner=runner)
    return firsts, seconds


def in_turn(
    programs: Sequence[Program],
    repetitions: int,
    *,
    warm_up: int = 1,
    runner: Callable[[Program], Launched] = run,
) -> list[list[Launched]]:
    """A B C A B C ...: each program ``repetitions`` times, after ``warm_up`` unmeasured runs."""
    for _ in range(warm_up):
        for program in programs:
            runner(program)
    runs: list[list[Launched]] = [[] for _ in programs]
    for _ in range(repetitions):
        for program, done in zip(programs, runs, strict=True):
            done.append(runner(program))
    return runs
