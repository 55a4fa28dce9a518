"""``calmline ctl save-call`` on a full disk: the truth, with its own exit code.

The window is the real program on a data dir that is a small tmpfs mount
of its own, filled up while the window runs: the disk really is full
(``ENOSPC``), for the window only, and the test frees it again afterwards.
Mounting needs root (or a user namespace); elsewhere the test is skipped.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import exit_codes
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline_env, calmline_window


@pytest.fixture
def small_disk() -> Iterator[Path]:
    point = Path(tempfile.mkdtemp(prefix="calmline-small-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        point.rmdir()
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    yield point
    subprocess.run(["umount", "--lazy", str(point)], check=True)
    point.rmdir()


def fill(filler: Path) -> None:
    """Write until the disk says it is full."""
    chunk = b"\0" * 65536
    with filler.open("wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(chunk)
            handle.flush()


def ctl(data: Path, *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "ctl", *words],
        cwd=REPO_ROOT,
        env=calmline_env(data),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_save_call_on_a_full_disk_says_the_call_is_kept_in_memory(small_disk: Path) -> None:
    data = small_disk / "data"
    notes = "The customer was charged twice for one order. " * 1000  # about 47 kB
    with calmline_window(data) as window:
        assert ctl(data, "new-call", "--name", "Dana Reyes").returncode == 0
        filler = small_disk / "filler"
        fill(filler)
        assert ctl(data, "set-field", "notes", notes).returncode == 0
        saved = ctl(data, "save-call", "--category", "other", "--outcome", "resolved")
        assert saved.returncode == exit_codes.NOT_WRITTEN, saved
        assert "Traceback" not in saved.stdout + saved.stderr
        (line,) = saved.stderr.splitlines()
        assert "kept in memory" in line and str(data / "calls.sqlite3") in line
        assert "the disk is full" in line or "disk write failed" in line, line
        assert saved.stdout == ""  # never "saved call ..."

        filler.unlink()  # space again: the window writes the call within seconds
        deadline = time.monotonic() + 60
        found: list[str] = []
        while time.monotonic() < deadline and not found:
            time.sleep(0.5)
            log = SqliteCallLog(data / "calls.sqlite3")
            try:
                found = [call.notes for call in log.list_calls()]
            finally:
                log.close()
        assert found == [notes]
        again = ctl(
            data, "save-call", "--category", "other", "--outcome", "resolved"
        )  # an empty call: nothing to keep, saved at once
        assert again.returncode == 0, again
        assert ctl(data, "quit").returncode == 0
        window.communicate(timeout=60)
    assert window.returncode == 0
    assert os.path.exists(data / "calls.sqlite3")
