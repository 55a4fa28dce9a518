"""The follow-ups list (overdue, today, later), marking done, .ics export, and the notifier."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.call import Commitment
from desktop_app.core.clock import FakeClock
from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.base import FollowUp, LogError
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.log_tools.follow_up_notifier import FollowUpNotifier
from desktop_app.ui.log_tools.followups import FollowUpsWidget
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from tests.synthetic import sample_call
from tests.ui.conftest import PickPath

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def add_promise(log: SqliteCallLog, call_id: str, what: str, due: datetime) -> None:
    log.save(
        sample_call(id=call_id, commitments=[Commitment(what, "Dana", due, id=f"{call_id}-c")])
    )


def make_list(
    qtbot: QtBot, log: SqliteCallLog, tmp_path: Path, pick: PickPath | None = None
) -> tuple[FollowUpsWidget, RecordedEffects]:
    effects = RecordedEffects()
    widget = FollowUpsWidget(
        ToolSetup(
            log,
            effects,
            tmp_path / "exports",
            choose_path=pick or PickPath(None),
            clock=FakeClock(NOW),
            tz=UTC,
        )
    )
    qtbot.addWidget(widget)
    return widget, effects


def test_commitments_are_grouped_overdue_today_later(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    add_promise(call_log, "today-call", "Ring back after lunch", NOW + timedelta(hours=4))
    widget, _ = make_list(qtbot, call_log, tmp_path)
    rows = widget.row_texts()
    today = rows.index("Today (1)")
    later = rows.index("Later (1)")
    assert rows[0].startswith("Overdue (")
    assert rows[today + 1] == (
        "2026-01-05 16:00 | Ring back after lunch | Ann Adams | +44 7700 900123 | Dana"
    )
    headers = widget.tree.headerItem()
    assert [headers.text(c) for c in range(widget.tree.columnCount())] == [
        "Due", "Promised", "Customer", "Phone", "By"
    ]  # fmt: skip
    assert rows[later + 1].startswith("2026-01-06 10:00 | Call back with the refund status")
    overdue = int(rows[0].removeprefix("Overdue (").rstrip(")"))
    assert widget.summary.text() == f"{overdue} overdue · 1 today · 1 later"


def test_space_marks_the_selected_commitment_done_in_the_log(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    add_promise(call_log, "today-call", "Ring back after lunch", NOW + timedelta(hours=4))
    widget, effects = make_list(qtbot, call_log, tmp_path)
    rows = widget.row_texts()
    item = widget.tree.topLevelItem(rows.index("Today (1)") + 1)
    assert item is not None
    widget.tree.setCurrentItem(item)
    qtbot.keyClick(widget.tree, Qt.Key.Key_Space)
    record = call_log.get("today-call")
    assert record is not None and record.commitments[0].done
    assert "Today (0)" in widget.row_texts()
    assert effects.notices == ["Marked done: Ring back after lunch"]


def list_with_a_promise_today(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> tuple[FollowUpsWidget, RecordedEffects]:
    """The list on screen with "Ring back after lunch" (Dana's, due today) selected."""
    add_promise(call_log, "today-call", "Ring back after lunch", NOW + timedelta(hours=4))
    widget, effects = make_list(qtbot, call_log, tmp_path)
    widget.show()
    select_row(widget, "Today (1)")
    return widget, effects


def select_row(widget: FollowUpsWidget, group: str) -> None:
    item = widget.tree.topLevelItem(widget.row_texts().index(group) + 1)
    assert item is not None
    widget.tree.setCurrentItem(item)
    widget.tree.setFocus()


def test_ctrl_shift_h_hands_the_selected_promise_to_a_colleague_in_the_log(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, effects = list_with_a_promise_today(qtbot, call_log, tmp_path)
    assert widget.hand_over_button.text() == "Hand over… (Ctrl+Shift+H)"
    assert not widget.hand_over_name.isVisible()
    qtbot.keyClick(
        widget.tree,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert widget.hand_over_name.isVisible()
    assert widget.hand_over_label.text() == "Hand over “Ring back after lunch” to:"
    qtbot.keyClicks(widget.hand_over_name, "  Cara   Lopez ")
    qtbot.keyClick(widget.hand_over_name, Qt.Key.Key_Return)

    record = SqliteCallLog(call_log.path).get("today-call")  # what a fresh reader sees
    assert record is not None and record.commitments[0].who == "Cara Lopez"
    assert not record.commitments[0].done
    rows = widget.row_texts()
    assert rows[rows.index("Today (1)") + 1].endswith("| Cara Lopez")
    assert effects.notices == ["Handed over to Cara Lopez: Ring back after lunch"]
    assert not widget.hand_over_name.isVisible()
    selected = widget.selected()
    assert selected is not None and selected.call_id == "today-call"


def test_escape_or_an_empty_name_hands_nothing_over(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, effects = list_with_a_promise_today(qtbot, call_log, tmp_path)
    widget.hand_over_button.click()
    qtbot.keyClick(widget.hand_over_name, Qt.Key.Key_Return)
    assert effects.errors == ["Hand over: type the colleague's name first"]
    assert widget.hand_over_name.isVisible()
    qtbot.keyClicks(widget.hand_over_name, "Cara")
    qtbot.keyClick(widget.hand_over_name, Qt.Key.Key_Escape)
    assert not widget.hand_over_name.isVisible()
    record = call_log.get("today-call")
    assert record is not None and record.commitments[0].who == "Dana"
    assert effects.notices == []


def test_a_hand_over_the_log_refuses_is_said_and_changes_nothing(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, effects = list_with_a_promise_today(qtbot, call_log, tmp_path)
    before = widget.row_texts()
    call_log.forget_customer(name="Ann Adams")  # gone from the log under the open list
    widget.ask_hand_over()
    qtbot.keyClicks(widget.hand_over_name, "Cara")
    qtbot.keyClick(widget.hand_over_name, Qt.Key.Key_Return)
    assert len(effects.errors) == 1
    assert effects.errors[0].startswith("Not handed over: no commitment today-call-c of call")
    assert widget.row_texts() == before


def test_enter_asks_to_open_the_call_the_commitment_belongs_to(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, _ = make_list(qtbot, call_log, tmp_path)
    rows = widget.row_texts()
    item = widget.tree.topLevelItem(rows.index("Later (1)") + 1)
    assert item is not None
    with qtbot.waitSignal(widget.open_call) as signal:
        widget.tree.itemActivated.emit(item, 0)
    assert signal.args == [sample_call().id]


def test_the_list_exports_to_a_calendar_file(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    out = tmp_path / "exports" / "mine.ics"
    widget, effects = make_list(qtbot, call_log, tmp_path, PickPath(out))
    assert widget.export_calendar() == out
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == len(call_log.follow_ups())
    assert effects.notices == [f"{len(events)} follow-up(s) exported to {out}"]


def test_a_cancelled_export_writes_nothing(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, effects = make_list(qtbot, call_log, tmp_path, PickPath(None))
    assert widget.export_calendar() is None
    assert list((tmp_path / "exports").iterdir()) == []
    assert effects.notices == effects.errors == []


def test_the_notifier_says_so_when_a_commitment_falls_due(
    qtbot: QtBot, call_log: SqliteCallLog
) -> None:
    add_promise(call_log, "soon", "Ring back", NOW + timedelta(minutes=2))
    clock = FakeClock(NOW)
    notices: list[str] = []
    notifier = FollowUpNotifier(call_log, clock, notices.append)
    notifier.start()
    assert notifier.timer.isActive()

    notifier.timer.timeout.emit()
    assert notices == []  # nothing fell due yet, and what was overdue before is not news

    clock.advance(150)
    with qtbot.waitSignal(notifier.fell_due) as signal:
        notifier.timer.timeout.emit()
    assert [f.commitment.what for f in signal.args[0]] == ["Ring back"]
    assert notices == ["Follow-up due: Follow-up: Ring back — Ann Adams"]

    clock.advance(30)
    notifier.timer.timeout.emit()
    assert len(notices) == 1  # said once
    notifier.stop()


def test_the_notifier_picks_up_commitments_saved_after_it_started(call_log: SqliteCallLog) -> None:
    clock = FakeClock(NOW)
    notices: list[str] = []
    notifier = FollowUpNotifier(call_log, clock, notices.append)
    notifier.start()
    add_promise(call_log, "later", "Send letter", NOW + timedelta(minutes=10))
    clock.advance(600)
    notifier.check()
    assert notices == ["Follow-up due: Follow-up: Send letter — Ann Adams"]
    notifier.stop()


def test_the_notifier_skips_a_promise_marked_done_before_it_fell_due(
    call_log: SqliteCallLog,
) -> None:
    add_promise(call_log, "kept", "Send letter", NOW + timedelta(minutes=10))
    clock = FakeClock(NOW)
    notices: list[str] = []
    notifier = FollowUpNotifier(call_log, clock, notices.append)
    call_log.set_commitment_done("kept", "kept-c", True)
    clock.advance(600)
    assert notifier.check() == [] and notices == []


class FlakyLog(SqliteCallLog):
    """The real log, whose reads fail while ``down`` (a disk fault, a log closed at shutdown)."""

    down = False

    def follow_ups_falling_due(self, after: datetime, until: datetime) -> list[FollowUp]:
        if self.down:
            raise LogError(f"cannot read the call log {self.path}: disk I/O error")
        return super().follow_ups_falling_due(after, until)


def test_a_log_that_cannot_be_read_is_asked_again_from_the_same_moment(
    tmp_path: Path,
) -> None:
    flaky = FlakyLog(tmp_path / "calls.sqlite3")
    add_promise(flaky, "soon", "Ring back", NOW + timedelta(minutes=1))
    clock = FakeClock(NOW)
    notices: list[str] = []
    notifier = FollowUpNotifier(flaky, clock, notices.append)
    flaky.down = True
    clock.advance(120)
    assert notifier.check() == [] and notices == []  # warned in the log file, told nothing
    flaky.down = False
    clock.advance(30)
    try:
        assert [f.commitment.what for f in notifier.check()] == ["Ring back"]
    finally:
        flaky.close()
