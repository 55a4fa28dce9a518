"""The real Calmline window as a process of its own: started, driven by ``ctl``, killed.

Commands go through the same socket ``calmline ctl`` uses
(``desktop_app.ui.plumbing.remote.send_command``), or through the ``calmline ctl``
command line itself when a round wants the whole path a script takes.
Everything the window writes to stderr is kept in a file per start, so that a
traceback is found even in a window that was killed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

from desktop_app.paths import DataDir
from desktop_app.ui.plumbing.remote import Reply, send_command
from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline_env

#: A window that does not answer within this long after its start has hung.
START_TIMEOUT_S = 60.0
#: A command the window does not answer within this long has hung it.
COMMAND_TIMEOUT_MS = 30_000


class WindowError(Exception):
    """The window did not start, hung, or printed a traceback."""


def calmline(data: Path, *words: str, timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    """``calmline WORDS...`` on ``data`` as a user runs it, waited for."""
    return subprocess.run(
        calmline_argv(*words),
        cwd=REPO_ROOT,
        env=calmline_env(data),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def calmline_argv(*words: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", *words]


class Window:
    """One data dir's window, restarted as often as it is killed."""

    def __init__(self, data: Path, logs: Path) -> None:
        self.data = data
        self.logs = logs
        self.starts = 0
        self._process: subprocess.Popen[str] | None = None
        self._stderr: IO[str] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start the window and wait until it answers remote control."""
        self.starts += 1
        self._stderr = (self.logs / f"window-{self.starts}.stderr").open("w")
        self._process = subprocess.Popen(
            calmline_argv(),
            cwd=REPO_ROOT,
            env=calmline_env(self.data),
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            text=True,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise WindowError(f"the window stopped at start: {self.stderr_text()}")
            if send_command(DataDir(self.data), ["raise-window"], timeout_ms=5000) is not None:
                return
        raise WindowError(f"the window did not answer within {START_TIMEOUT_S:g} s of its start")

    def kill(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed or closed by the window itself."""
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        self._process = None
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def stderr_text(self) -> str:
        if self._stderr is not None:
            self._stderr.flush()
        return (self.logs / f"window-{self.starts}.stderr").read_text(errors="replace")

    def send(self, *words: str) -> Reply | None:
        """The window's reply over the socket; None when no window listens."""
        return send_command(DataDir(self.data), list(words), timeout_ms=COMMAND_TIMEOUT_MS)

    def run(self, *words: str) -> str:
        """Run a command that must work; its answer."""
        reply = self.send(*words)
        if reply is None or not reply.ok:
            problem = "no window" if reply is None else reply.message
            raise WindowError(f"{' '.join(words[:2])}: {problem}")
        return reply.message

    def cli(self, *words: str) -> subprocess.CompletedProcess[str]:
        """``calmline ctl WORDS...``: the command line a script uses."""
        return calmline(self.data, "ctl", *words)

    def cli_started(self, *words: str) -> subprocess.Popen[str]:
        """``calmline ctl WORDS...`` started, not waited for."""
        return subprocess.Popen(
            calmline_argv("ctl", *words),
            cwd=REPO_ROOT,
            env=calmline_env(self.data),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def status(self) -> dict[str, Any]:
        return dict(json.loads(self.run("status")))
