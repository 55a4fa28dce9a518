"""The real program, started as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.paths import DataDir
from tests.conftest import REPO_ROOT
from tests.e2e.test_log_cli import fill


def calmline(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version() -> None:
    result = calmline("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Calmline {__version__}"


def test_self_test_drives_a_call_and_says_so_in_one_line() -> None:
    result = calmline("--self-test")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("self-test ok: ")
    assert "1 call saved and exported" in line
    assert result.stderr == ""


def test_self_test_leaves_the_users_data_dir_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = calmline("--self-test", env={"CALMLINE_DATA_DIR": str(data)})
    assert result.returncode == 0
    assert not data.exists()


def test_an_unknown_option_is_refused() -> None:
    result = calmline("--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr


def test_a_reader_that_stops_reading_gets_no_traceback(tmp_path: Path) -> None:
    """``calmline log stats | head -c 0``: the pipe is closed before a line is read."""
    data = DataDir(tmp_path / "data")
    fill(data)
    program = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data.root), "log", "stats"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert program.stdout is not None and program.stderr is not None
    program.stdout.close()
    errors = program.stderr.read()
    program.stderr.close()
    assert program.wait(timeout=120) == 141  # as a Unix tool ended by SIGPIPE says it
    assert errors == ""
