"""Fixtures for the end-to-end tests: the real window as a process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.running_calmline import calmline, calmline_window


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Path]:
    """The data dir of a real Calmline window; it must quit cleanly, with nothing on stderr."""
    data = tmp_path / "data"
    with calmline_window(data) as process:
        yield data
        assert calmline(data, "ctl", "quit").returncode == 0
        _out, err = process.communicate(timeout=60)
        assert process.returncode == 0
        assert err == ""
