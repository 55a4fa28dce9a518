"""What a saved call and its draft hold, and when the draft goes: the desk's rules, no Qt.

The log is the real one (``open_call_log``: the pending wrapper over SQLite in
a temp folder); the promise row is a plain function standing in for the
window's, as ``MainWindow`` hands its own to the desk.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.clock import FakeClock
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.opening import open_call_log
from desktop_app.store.pending import PendingCallLog
from tests.unit.test_desk import BOOK

DUE = datetime(2030, 5, 6, 9, 0, tzinfo=UTC)


class PromiseRow:
    """What the agent has typed in the promise row, without a window."""

    def __init__(self) -> None:
        self.typed: tuple[str, str, datetime | None] | None = None

    def __call__(self) -> tuple[str, str, datetime | None] | None:
        return self.typed


@pytest.fixture
def log(tmp_path: Path) -> Iterator[PendingCallLog]:
    call_log = open_call_log(tmp_path / "calls.sqlite3").log
    yield call_log
    call_log.close()


@pytest.fixture
def row() -> PromiseRow:
    return PromiseRow()


@pytest.fixture
def desk(log: PendingCallLog, row: PromiseRow) -> CallDesk:
    desk = CallDesk(BOOK, log, RecordedEffects(), agent="Sam", company="Acme", clock=FakeClock())
    desk.promise_being_typed = row
    return desk


def test_a_promise_still_being_typed_is_saved_with_the_call(
    desk: CallDesk, log: PendingCallLog, row: PromiseRow
) -> None:
    desk.set_field("name", "Dana Reyes")
    row.typed = ("Call back about the refund", "", DUE)
    saved = desk.save_call()
    (stored,) = log.list_calls()
    assert stored.id == saved.id
    assert [(c.what, c.who, c.due) for c in stored.commitments] == [
        ("Call back about the refund", "Sam", DUE)
    ]


def test_an_empty_promise_row_adds_nothing(desk: CallDesk, log: PendingCallLog) -> None:
    desk.set_field("name", "Dana Reyes")
    desk.save_call()
    (stored,) = log.list_calls()
    assert stored.commitments == []


def test_a_fresh_call_has_no_draft_until_something_is_typed(
    desk: CallDesk, row: PromiseRow
) -> None:
    assert desk.draft() is None
    row.typed = ("Send the form", "Lee", None)
    draft = desk.draft()
    assert draft is not None
    record, step_index = draft
    assert [(c.what, c.who) for c in record.commitments] == [("Send the form", "Lee")]
    assert step_index == 0
    # the draft is a copy: the call itself holds the promise only once it is added
    assert desk.session.record.commitments == []


def test_saving_clears_the_draft_on_disk(desk: CallDesk, log: PendingCallLog) -> None:
    desk.set_field("notes", "Billed twice in March")
    draft = desk.draft()
    assert draft is not None
    log.save_draft(*draft)
    assert log.load_draft() is not None
    desk.save_call()
    assert log.load_draft() is None
    assert log.draft_call_id_on_disk() == ""


def test_a_draft_written_after_its_call_was_saved_is_cleared(
    desk: CallDesk, log: PendingCallLog
) -> None:
    desk.set_field("notes", "Billed twice in March")
    late = desk.draft()  # taken by the autosave, written on its thread after the save
    assert late is not None
    desk.save_call()
    log.save_draft(*late)
    desk.draft_written()
    assert log.load_draft() is None


def test_a_draft_of_the_call_in_progress_stays(desk: CallDesk, log: PendingCallLog) -> None:
    desk.set_field("notes", "Billed twice in March")
    draft = desk.draft()
    assert draft is not None
    log.save_draft(*draft)
    desk.draft_written()
    loaded = log.load_draft()
    assert loaded is not None
    assert loaded[0].notes == "Billed twice in March"


def test_a_finished_call_has_no_draft(desk: CallDesk) -> None:
    desk.set_field("notes", "Billed twice in March")
    desk.session.finish()
    assert desk.draft() is None
