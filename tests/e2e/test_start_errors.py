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


def second_start(data: Path) -> subprocess.CompletedProcess[str]:
    """``python -m desktop_app`` again on ``data``, while a window runs there."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app"],
        cwd=REPO_ROOT,
        env=calmline_env(data),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_second_start_says_when_the_first_window_does_not_answer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with calmline_window(data) as first:
        first.send_signal(signal.SIGSTOP)
        try:
            began = time.monotonic()
            second = second_start(data)
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
        second = second_start(data)
    assert second.returncode == exit_codes.OK
    assert "brought its window to the front" in second.stdout


def spoken_env(**language: str) -> dict[str, str]:
    env = no_display_env()
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(name, None)
    return {**env, **language}


def test_a_data_dir_that_cannot_be_made_is_said_in_the_system_language(tmp_path: Path) -> None:
    """The settings file would be in the data dir, which cannot be made: the system's
    language speaks, the paths and the system's own reason as written."""
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    data = tmp_path / "a-file" / "data"
    child = start(data, spoken_env(LANGUAGE="es", LANG="es_ES.UTF-8"), user=[])
    out, err = child.communicate(timeout=60)
    assert child.returncode == exit_codes.DATA_DIR_UNWRITABLE
    assert_one_line(
        err,
        out,
        f"Calmline no puede iniciarse: su carpeta de datos {data} no se puede usar: "
        f"no se puede escribir {tmp_path / 'a-file'}: Not a directory. "
        "Dele permiso de escritura o elija otra con --data-dir DIR o CALMLINE_DATA_DIR.",
    )
    english = start(data, spoken_env(LANG="C.UTF-8"), user=[])
    out, err = english.communicate(timeout=60)
    assert english.returncode == exit_codes.DATA_DIR_UNWRITABLE
    assert err == (
        f"Calmline cannot start: its data dir {data} cannot be used: cannot write "
        f"{tmp_path / 'a-file'}: Not a directory. Make it writable, or choose another "
        "with --data-dir DIR or CALMLINE_DATA_DIR.\n"
    )


def test_a_data_dir_the_user_cannot_write_is_said_in_its_settings_language(
    shared_top: Path,
) -> None:
    """The data dir can be read, not written: its settings.json chooses Greek over
    the system's Spanish."""
    user = as_plain_user()
    data = shared_top / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"language": "el"}', encoding="utf-8")
    (data / "settings.json").chmod(0o644)
    data.chmod(0o555)
    try:
        child = start(data, spoken_env(LANG="es_ES.UTF-8"), user=user)
        out, err = child.communicate(timeout=60)
    finally:
        data.chmod(0o755)
    assert child.returncode == exit_codes.DATA_DIR_UNWRITABLE
    assert_one_line(
        err,
        out,
        f"Το Calmline δεν μπορεί να ξεκινήσει: ο φάκελος δεδομένων {data} δεν μπορεί",
        f"δεν γράφεται το {data}: δεν επιτρέπεται η πρόσβαση.",  # Calmline's own reason
    )


def test_a_second_start_in_spanish_says_it_brought_the_window_forward(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"language": "es"}', encoding="utf-8")
    with calmline_window(data):
        second = second_start(data)
    assert second.returncode == exit_codes.OK
    assert second.stdout == (
        f"Calmline ya está abierto con la carpeta de datos {data}; "
        "se ha traído su ventana al frente.\n"
    )
