"""The remote-control socket's name: in the data dir, or a digest of its path when too long."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.paths import DataDir
from desktop_app.ui.plumbing.remote import MAX_SOCKET_PATH, server_name


def test_a_short_data_dir_holds_its_own_socket(tmp_path: Path) -> None:
    assert server_name(DataDir(tmp_path)) == str(tmp_path / "ctl.sock")


def test_a_long_data_dir_gets_a_socket_named_by_its_path_in_the_runtime_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    deep = tmp_path / ("d" * MAX_SOCKET_PATH)
    name = server_name(DataDir(deep / "one"))
    assert Path(name).parent == runtime
    assert len(name.encode()) <= MAX_SOCKET_PATH
    assert name == server_name(DataDir(deep / "one"))  # the same dir, the same socket
    assert name != server_name(DataDir(deep / "two"))
