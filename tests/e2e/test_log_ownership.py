"""Only SQLite opens the log's files: another process reading the log cannot take them away.

POSIX locks belong to a process, and closing any descriptor of a file drops
all of them. A window that did so (opening the database file itself beside
SQLite) looked unlocked to a second process, which then checkpointed and
deleted the WAL the window was still writing into: calls reported saved were
gone after a kill. These tests run the real window as a process, read the log
from other processes while it runs, kill it with SIGKILL and count.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.paths import DataDir
from desktop_app.ui.plumbing.remote import send_command
from tests.e2e.running_calmline import calmline, calmline_window, draft_body

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and /proc")


def ctl(data: Path, *words: str) -> str:
    answer = send_command(DataDir(data), list(words))
    assert answer is not None and answer.ok, (words, answer)
    return answer.message


def deleted_log_files(pid: int) -> list[str]:
    """Log files the process still writes into although they are gone from the folder."""
    fd_dir = Path(f"/proc/{pid}/fd")
    targets = []
    for fd in fd_dir.iterdir():
        try:
            targets.append(os.readlink(fd))
        except OSError:
            continue
    return [t for t in targets if "calls.sqlite3" in t and t.endswith("(deleted)")]


def wait_for_draft(data: Path, notes: str) -> None:
    """Until the window's autosave (its second connection to the log) has written ``notes``."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        body = draft_body(data / "calls.sqlite3")
        if body is not None and body.get("notes") == notes:
            return
        time.sleep(0.1)
    pytest.fail(f"no draft with {notes!r} was written")


def save_a_call(data: Path, name: str) -> None:
    ctl(data, "new-call", "--name", name, "--phone", "+15550001111")
    assert ctl(data, "save-call", "--category", "other", "--outcome", "resolved").startswith(
        "saved call"
    )


def test_calls_saved_after_an_export_survive_a_kill(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with calmline_window(data) as window:
        ctl(data, "new-call", "--name", "First Caller")
        ctl(data, "set-field", "notes", "typed before the export")
        wait_for_draft(data, "typed before the export")
        assert ctl(data, "save-call", "--category", "other", "--outcome", "resolved").startswith(
            "saved call"
        )
        exported = calmline(data, "export", "--format", "csv", "--out", str(tmp_path / "x.csv"))
        assert exported.returncode == 0, exported.stderr
        for stats_or_export in (
            ("log", "stats"),
            ("export", "--format", "jsonl", "--out", str(tmp_path / "x.jsonl")),
        ):
            assert calmline(data, *stats_or_export).returncode == 0
        for number in range(3):
            save_a_call(data, f"Later Caller {number}")
        assert deleted_log_files(window.pid) == []
        window.send_signal(signal.SIGKILL)
        window.communicate()
    stats = calmline(data, "log", "stats")
    assert stats.returncode == 0, stats.stderr
    assert re.search(r"^calls:\s+4$", stats.stdout, re.MULTILINE), stats.stdout


def test_a_reader_that_checkpoints_cannot_delete_the_windows_wal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    log_path = data / "calls.sqlite3"
    # A reader of the most thorough kind: it opens, reads, checkpoints and
    # closes, which deletes the WAL whenever it takes itself for the last one.
    reader = (
        "import sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute('SELECT count(*) FROM calls').fetchone()\n"
        "db.execute('PRAGMA wal_checkpoint(TRUNCATE)').fetchone()\n"
        "db.close()\n"
    )
    with calmline_window(data) as window:
        save_a_call(data, "Before The Reader")
        # The autosave connection opens while the window's own is open.
        ctl(data, "new-call", "--name", "Typing Now")
        ctl(data, "set-field", "notes", "draft on its way")
        wait_for_draft(data, "draft on its way")
        for _ in range(3):
            subprocess.run([sys.executable, "-c", reader, str(log_path)], check=True, timeout=60)
            assert Path(f"{log_path}-wal").exists()
            assert deleted_log_files(window.pid) == []
        save_a_call(data, "After The Reader")
        window.send_signal(signal.SIGKILL)
        window.communicate()
    stats = calmline(data, "log", "stats")
    assert re.search(r"^calls:\s+3$", stats.stdout, re.MULTILINE), stats.stdout
