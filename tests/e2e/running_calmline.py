"""The real Calmline window in a subprocess, started as a user starts it, for e2e tests."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.paths import DataDir
from desktop_app.ui.plumbing.remote import send_command
from tests.conftest import REPO_ROOT

START_TIMEOUT = 60.0


def calmline_env(data: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CALMLINE_DATA_DIR": str(data)}


def wait_until_listening(data: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if send_command(DataDir(data), ["raise-window"], timeout_ms=5000) is not None:
            return
        # The window is still starting; connection attempts themselves wait up to 1.5 s.
    pytest.fail("Calmline did not start listening in time")


def calmline(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m desktop_app ARGS`` on ``data``, as a user types it; waited for."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=REPO_ROOT,
        env=calmline_env(data),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@contextmanager
def calmline_window(
    data: Path, extra_env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[str]]:
    """``python -m desktop_app`` on ``data``, answering remote control; killed if still there."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app"],
        cwd=REPO_ROOT,
        env={**calmline_env(data), **(extra_env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_listening(data, process)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def draft_body(path: Path) -> dict[str, object] | None:
    if not path.exists():
        return None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT body FROM draft WHERE slot = 1").fetchone()
    except sqlite3.OperationalError:  # the schema is not there yet
        return None
    finally:
        db.close()
    return None if row is None else dict(json.loads(row[0]))
