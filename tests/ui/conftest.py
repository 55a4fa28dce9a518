"""A real call log with realistic calls, for the history, follow-up and report widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.store.sqlite_log import SqliteCallLog
from tests.synthetic import fill_log, sample_call, synthetic_calls


@pytest.fixture
def call_log(tmp_path: Path) -> Iterator[SqliteCallLog]:
    log = SqliteCallLog(tmp_path / "calls.sqlite3")
    fill_log(log, synthetic_calls(120, seed=21, weeks=10))
    log.save(sample_call())
    yield log
    log.close()


class PickPath:
    """Stands in for the save dialog: answers with a fixed path and remembers the question."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, Path, str]] = []

    def __call__(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        self.asked.append((title, suggested, file_filter))
        return self.answer
