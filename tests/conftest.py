"""Shared test set-up: Qt runs offscreen and no test ever sees the real home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt reads this when the QApplication is created; set before any test runs.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

#: The team log's test server and databases (PostgreSQL).
pytest_plugins = ["tests.team_fixtures"]

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    (home / "run").mkdir(mode=0o700)
    monkeypatch.delenv("CALMLINE_DATA_DIR", raising=False)


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """A data dir of this test's own (not created yet)."""
    return tmp_path / "calmline-data"
