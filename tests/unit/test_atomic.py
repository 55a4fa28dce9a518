from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app.core.atomic import WriteError, ensure_private_dir, write_atomic


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_written_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        target = tmp_path / "out.txt"
        write_atomic(target, "hello")
    finally:
        os.umask(old)
    assert target.read_text() == "hello"
    assert mode(target) == 0o600


def test_replacing_keeps_no_temporary_files_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    assert target.read_text() == "two"


def test_a_missing_folder_gives_an_error_naming_the_path(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "out.txt"
    with pytest.raises(WriteError, match="nope"):
        write_atomic(target, "x")


def test_private_dirs_are_0700(tmp_path: Path) -> None:
    folder = ensure_private_dir(tmp_path / "a" / "b")
    assert mode(folder) == 0o700
