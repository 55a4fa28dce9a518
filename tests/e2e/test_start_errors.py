"""A start that cannot go on says so in one line, with its own exit code.

Real ``python -m desktop_app`` processes throughout:

- a data dir that cannot be written, existing or still to be made. Root
  ignores permission bits, so when the tests run as root the child runs as
  the user ``nobody`` (``setpriv``, as a user would start it) in folders
  root owns; and, where mounting is allowed, on a real read-only tmpfs
  mount (``EROFS``), which refuses root too;
- (the dialog with the same words: ``tests/ui/test_cannot_start.py``);
- a second start while the first window is stopped with SIGSTOP.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import exit_codes
from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline_env, calmline_window

NOBODY = 65534


def as_plain_user() -> list[str]:
    """The command prefix that drops root's powers; nothing when not root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root needs setpriv (util-linux) to become a plain user")
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def start(data: Path, env: dict[str, str], *, user: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*user, sys.executable, "-m", "desktop_app", "--data-dir", str(data)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("CALMLINE_DATA_DIR", None)
    return env


@pytest.fixture
def shared_top() -> Iterator[Path]:
    """A folder the plain user can reach but not write (pytest's tmp is private to root)."""
    top = Path(tempfile.mkdtemp(prefix="calmline-start-"))
    top.chmod(0o755)
    yield top
    shutil.rmtree(top)


def assert_one_line(err: str, out: str, *words: str) -> None:
    assert "Traceback" not in err + out
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.mark.parametrize("exists", [True, False], ids=["existing", "to-be-made"])
def test_a_data_dir_the_user_cannot_write_stops_the_start(shared_top: Path, exists: bool) -> None:
    user = as_plain_user()
    data = shared_top / "data" if exists else shared_top / "new" / "data"
    if exists:
        data.mkdir()
    if not user:  # a plain user: the mode bits are enough
        shared_top.chmod(0o555)
        if exists:
            data.chmod(0o555)
    try:
        child = start(data, no_display_env(), user=user)
        out, err = child.communicate(timeout=60)
    finally:
        shared_top.chmod(0o755)
    assert child.returncode == exit_codes.DATA_DIR_UNWRITABLE
    refused = data if exists else shared_top
    assert_one_line(err, out, str(data), f"cannot write {refused}: permission denied")
    assert not (data / "logs").exists()


@pytest.fixture
def read_only_mount() -> Iterator[Path]:
    """A real read-only file system (tmpfs mounted ``ro``), where mounting is allowed."""
    point = Path(tempfile.mkdtemp(prefix="calmline-ro-mount-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        point.rmdir()
        pytest.skip(f"cannot mount a read-only tmpfs here: {mounted.stderr.decode().strip()}")
    yield point
    subprocess.run(["umount", str(point)], check=True)
    point.rmdir()


def test_a_data_dir_on_a_read_only_disk_stops_the_start(read_only_mount: Path) -> None:
    data = read_only_mount / "calmline"  # to be made, on a disk that refuses even root
    child = start(data, no_display_env(), user=[])
    out, err = child.communicate(timeout=60)
    assert child.returncode == exit_codes.DATA_DIR_UNWRITABLE
    assert_one_line(err, out, str(data), "the disk is read-only")


def test_a_second_start_says_when_the_first_window_does_not_answer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with calmline_window(data) as first:
        first.send_signal(signal.SIGSTOP)
        try:
            began = time.monotonic()
            second = subprocess.run(
                [sys.executable, "-m", "desktop_app"],
                cwd=REPO_ROOT,
                env=calmline_env(data),
                capture_output=True,
                text=True,
                timeout=120,
            )
            took = time.monotonic() - began
            ctl = subprocess.run(
                [sys.executable, "-m", "desktop_app", "ctl", "next-step"],
                cwd=REPO_ROOT,
                env=calmline_env(data),
                capture_output=True,
                text=True,
                timeout=120,
            )
        finally:
            first.send_signal(signal.SIGCONT)
    assert second.returncode == exit_codes.NO_ANSWER, second
    assert_one_line(second.stderr, second.stdout, str(data), f"pid {first.pid}", "did not answer")
    assert "brought" not in second.stdout + second.stderr
    assert took < 15  # a few seconds of waiting, not the 15 s of a command
    assert ctl.returncode == exit_codes.NO_ANSWER, ctl
    assert_one_line(ctl.stderr, ctl.stdout, str(data), "does not answer")


def test_a_second_start_brings_an_answering_window_forward(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with calmline_window(data):
        second = subprocess.run(
            [sys.executable, "-m", "desktop_app"],
            cwd=REPO_ROOT,
            env=calmline_env(data),
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert second.returncode == exit_codes.OK
    assert "brought its window to the front" in second.stdout
