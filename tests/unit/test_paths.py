from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop_app.paths import DataDir


def test_the_option_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CALMLINE_DATA_DIR", str(tmp_path / "env"))
    assert DataDir.resolve(tmp_path / "opt").root == tmp_path / "opt"
    assert DataDir.resolve().root == tmp_path / "env"


def test_without_either_it_uses_the_xdg_data_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert DataDir.resolve().root == tmp_path / "xdg" / "calmline"


def test_creating_the_data_dir_makes_it_private(data_root: Path) -> None:
    data = DataDir(data_root).create()
    assert stat.S_IMODE(data.root.stat().st_mode) == 0o700
    assert data.logs.is_dir()
