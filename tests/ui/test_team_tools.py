"""The log tools in the real call window over a real SQLite log: keys, menu, remote
commands, history, follow-ups, report, exports, ticket note, repeat-caller banner."""

from __future__ import annotations

import csv
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.call import Commitment
from desktop_app.core.keymap import parse_key
from desktop_app.ui.call_window.cheat_sheet import CheatSheet
from desktop_app.ui.call_window.keys import key_label
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.log_tools.team_tools import TeamTools, team_tools
from tests.synthetic import sample_call, synthetic_calls
from tests.ui.conftest import PickPath

# Dialogs are windows of their own; the offscreen platform says it cannot
# pass size hints to a window manager it does not have.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ANN_PHONE = "+44 7700 900123"

LOG_KEYS = {
    "history": "Ctrl+H",
    "follow-ups": "F10",
    "complaints-report": "Ctrl+Shift+R",
    "export-calls": "Ctrl+Shift+E",
    "copy-ticket-note": "Ctrl+Shift+C",
}


def press(qtbot: QtBot, widget: object, key: str) -> None:
    """Press a key written as in the keymap ("Ctrl+Shift+C") on ``widget``."""
    chord = parse_key(key)
    mods = Qt.KeyboardModifier.NoModifier
    for name, flag in (
        ("Ctrl", CTRL),
        ("Shift", SHIFT),
        ("Alt", Qt.KeyboardModifier.AltModifier),
    ):
        if name in chord.modifiers:
            mods |= flag
    qtbot.keyClick(widget, Qt.Key[f"Key_{chord.key}"], mods)  # type: ignore[arg-type]


@pytest.fixture
def tools(window: MainWindow) -> TeamTools:
    window.desk.log.save(sample_call())
    return team_tools(window)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """As a window manager does for a window just shown or clicked."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def clipboard() -> str:
    return QApplication.clipboard().text()


# -- keys, menu, cheat sheet, remote commands ---------------------------------------


def test_every_log_tool_has_a_key_a_menu_entry_and_a_cheat_sheet_row(
    window: MainWindow, tools: TeamTools
) -> None:
    for line, key in LOG_KEYS.items():
        assert window.keymap.key_for(line) == parse_key(key)
        assert window.menu_actions[line].text().endswith("\t" + key_label(parse_key(key)))
    sheet = CheatSheet(window.keymap, window.desk.registry, window.keymap_file, window)
    keys_shown = {key for key, _what in sheet.rows}
    assert {key_label(parse_key(k)) for k in LOG_KEYS.values()} <= keys_shown
    assert key_label(parse_key("Ctrl+R")) in keys_shown  # re-escalate keeps its key
    sheet.close()


def test_the_keys_work_while_the_cursor_is_in_the_notes(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    window.notes.name.setFocus()
    press(qtbot, window.notes.name, "Ctrl+H")
    qtbot.waitUntil(lambda: tools.dialogs["history"].isVisible())
    tools.dialogs["history"].close()
    activate(qtbot, window)
    window.notes.notes.setFocus()
    press(qtbot, window.notes.notes, "F10")
    qtbot.waitUntil(lambda: tools.dialogs["follow-ups"].isVisible())
    tools.dialogs["follow-ups"].close()
    activate(qtbot, window)
    press(qtbot, window.notes.phone, "Ctrl+Shift+R")
    qtbot.waitUntil(lambda: tools.dialogs["report"].isVisible())
    tools.dialogs["report"].close()
    activate(qtbot, window)
    press(qtbot, window.notes.reason, "Ctrl+Shift+E")
    assert tools.export_dialog is not None
    qtbot.waitUntil(tools.export_dialog.isVisible)
    tools.export_dialog.close()


def test_menu_entries_and_remote_commands_run_the_same_code(
    window: MainWindow, tools: TeamTools
) -> None:
    window.menu_actions["complaints-report"].trigger()
    assert tools.dialogs["report"].isVisible()
    assert window.run_command("history") == (True, "History open")
    assert tools.dialogs["history"].isVisible()
    assert window.run_command("follow-ups") == (True, "Follow-ups open")
    assert window.run_command("export-calls") == (True, "Export open")
    for dialog in (*tools.dialogs.values(), tools.export_dialog):
        assert dialog is not None
        dialog.close()


# -- ticket note ------------------------------------------------------------------------


def test_ticket_note_key_copies_the_call_in_progress(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    qtbot.keyClicks(window.notes.name, "Dana Reyes")
    qtbot.keyClicks(window.notes.reason, "Charged twice")
    qtbot.keyClicks(window.notes.notes, "card 4111 1111 1111 1111 on the call")
    press(qtbot, window.notes.notes, "Ctrl+Shift+C")
    note = clipboard()
    assert note.splitlines()[1] == "Customer: Dana Reyes"
    assert "Reason: Charged twice" in note
    assert "4111" not in note and "[card number removed]" in note
    assert "Agent:" not in note or "min" in note
    assert window.toast.text() == "Ticket note copied"
    assert window.notes.notes.toPlainText().endswith("on the call")  # the key typed nothing


def test_a_broken_template_says_what_is_wrong_and_copies_nothing(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    QApplication.clipboard().setText("untouched")
    window.settings.ticket_template = "{date}\nCustomer: {customer}"
    press(qtbot, window.notes.name, "Ctrl+Shift+C")
    assert clipboard() == "untouched"
    message = window.toast.text()
    assert "ticket_template" in message
    assert "line 2, column 11: unknown field {customer}" in message
    ok, answer = window.run_command("copy-ticket-note")
    assert not ok and "unknown field {customer}" in answer


# -- history -----------------------------------------------------------------------------


def test_history_searches_opens_copies_and_closes_by_keys(
    qtbot: QtBot, window: MainWindow, tools: TeamTools, tmp_path: Path
) -> None:
    press(qtbot, window, "Ctrl+H")
    dialog = tools.dialogs["history"]
    history = tools.history
    assert history is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: history.query.hasFocus())
    qtbot.keyClicks(history.query, "adams")
    qtbot.keyClick(history.query, Qt.Key.Key_Return)
    assert history.results.topLevelItemCount() == 1
    assert history.results.hasFocus()
    assert history.results.topLevelItem(0).text(1) == "Ann Adams"  # type: ignore[union-attr]

    press(qtbot, history.results, "Ctrl+Shift+C")
    assert "Customer: Ann Adams" in clipboard()
    assert dialog.toast.text() == "Ticket note copied"

    qtbot.keyClick(history.results, Qt.Key.Key_Return)
    viewer = history.viewer
    assert viewer is not None and viewer.isVisible()
    assert "Ann Adams" in viewer.text.toPlainText() and viewer.text.isReadOnly()
    activate(qtbot, viewer)
    qtbot.keyClick(viewer.text, Qt.Key.Key_Escape)
    assert not viewer.isVisible()

    tools.choose_path = PickPath(None)
    target = tmp_path / "data" / "exports" / "ann.md"
    history.call_actions.choose_path = PickPath(target)
    qtbot.keyClick(history.results, Qt.Key.Key_E, CTRL)
    assert "Ann Adams" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    activate(qtbot, dialog)
    qtbot.keyClick(history.results, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_history_shows_calls_saved_since_it_was_last_open(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    window.run_command("history")
    assert tools.history is not None
    assert tools.history.results.topLevelItemCount() == 1
    tools.dialogs["history"].close()
    window.run_command("new-call --name 'Noor Haddad' --phone +15550199")
    window.run_command("save-call")
    window.run_command("history")
    first = tools.history.results.topLevelItem(0)
    assert tools.history.results.topLevelItemCount() == 2
    assert first is not None and first.text(1) == "Noor Haddad"
    tools.dialogs["history"].close()


def test_history_date_filters_narrow_the_list(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    window.run_command("history")
    history = tools.history
    assert history is not None and history.results.topLevelItemCount() == 1
    history.dates.since.setDate(QDate(2026, 1, 6))  # the day after the saved call
    history.dates.use_since.click()
    assert history.results.topLevelItemCount() == 0
    assert history.status.text() == "0 call(s) found"
    history.dates.use_since.click()
    assert history.results.topLevelItemCount() == 1
    tools.dialogs["history"].close()


# -- follow-ups ----------------------------------------------------------------------------


def test_follow_ups_mark_done_and_export_ics(
    qtbot: QtBot, window: MainWindow, tools: TeamTools, tmp_path: Path
) -> None:
    press(qtbot, window, "F10")
    follow_ups = tools.follow_ups
    assert follow_ups is not None
    assert "Call back with the refund status" in " ".join(follow_ups.row_texts())
    qtbot.waitUntil(follow_ups.tree.hasFocus)

    target = tmp_path / "data" / "exports" / "promises.ics"
    tools.choose_path = PickPath(target)
    follow_ups._choose_path = tools.choose_path
    follow_ups.ics_button.click()
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert "Call back with the refund status" in str(event["SUMMARY"])
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    qtbot.keyClick(follow_ups.tree, Qt.Key.Key_Space)
    (done,) = window.desk.log.follow_ups(include_done=True)
    assert done.commitment.done
    assert window.desk.log.follow_ups() == []
    assert tools.dialogs["follow-ups"].toast.text().startswith("Marked done")
    qtbot.keyClick(follow_ups.tree, Qt.Key.Key_Escape)
    assert not tools.dialogs["follow-ups"].isVisible()


def test_enter_on_a_follow_up_opens_its_call_read_only(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    window.run_command("follow-ups")
    assert tools.follow_ups is not None
    qtbot.keyClick(tools.follow_ups.tree, Qt.Key.Key_Return)
    viewer = tools.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.parent() is tools.dialogs["follow-ups"]
    assert "Call back with the refund status" in viewer.text.toPlainText()
    viewer.close()
    tools.dialogs["follow-ups"].close()


def test_a_follow_up_falling_due_is_told_in_the_window(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    assert tools.notifier.timer.isActive()
    assert tools.tray is None  # no system tray offscreen: the window says it
    due = datetime.now(UTC) + timedelta(milliseconds=1)
    window.desk.add_commitment("Ring Noor back", due=due)
    window.run_command("save-call")
    qtbot.waitUntil(lambda: datetime.now(UTC) > due)
    # The notifier asks the log at its next look at the clock: the saved promise is there.
    (fallen,) = tools.notifier.check()
    assert fallen.commitment.what == "Ring Noor back"
    assert window.toast.text().startswith("Follow-up due:")
    assert "Ring Noor back" in window.toast.text()
    # And it stays in the window until the agent looks at the list.
    assert tools.due_bar.isVisible()
    assert tools.due_bar.text == "Follow-up due: Ring Noor back"
    assert tools.due_bar.action_button.text() == "Follow-ups · F10"
    tools.due_bar.action_button.click()
    assert tools.dialogs["follow-ups"].isVisible() and not tools.due_bar.is_up()
    tools.dialogs["follow-ups"].close()


def test_a_long_due_promise_never_widens_the_window(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    window.resize(380, 600)
    qtbot.waitUntil(lambda: window.width() == 380)
    long_promise = "Check that the technician's visit fixed the boiler and the radiators " * 2
    window.desk.log.save(
        sample_call(
            id="long",
            commitments=[Commitment(long_promise, due=datetime.now(UTC) - timedelta(minutes=1))],
        )
    )
    tools.notifier.fell_due.emit([f for f in window.desk.log.follow_ups() if f.call_id == "long"])
    assert tools.due_bar.isVisible() and tools.due_bar.label.text().endswith("…")
    assert tools.due_bar.text.endswith("the radiators")  # whole in its tooltip
    assert window.minimumSizeHint().width() <= 380 and window.width() == 380


# -- repeat callers --------------------------------------------------------------------------


def test_a_call_started_with_a_known_phone_shows_the_banner_at_once(
    window: MainWindow, tools: TeamTools
) -> None:
    assert not tools.banner.is_up()
    ok, _ = window.run_command(f"new-call --phone '{ANN_PHONE}'")
    assert ok
    banner = tools.banner
    assert banner.isVisible()
    assert banner.said().splitlines()[0] == "Called once before"
    assert "billing error" in banner.text and "billing error" in banner.last_call.text()
    assert "Call back with the refund status" in banner.open_items.text()
    window.run_command("new-call --phone +15550000")
    assert not banner.is_up()  # a first-time caller


def test_typing_a_known_account_shows_the_banner_after_a_pause(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    qtbot.keyClicks(window.notes.account, "ACC-123456")
    # Not on the key press: the look-up waits for a pause in typing.
    assert not tools.banner.is_up() and tools.lookup_timer.isActive()
    qtbot.waitUntil(tools.banner.is_up)
    assert tools.banner.text.startswith("Called once before")
    window.notes.account.selectAll()
    qtbot.keyClick(window.notes.account, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not tools.banner.is_up())


def test_show_last_call_opens_it_read_only(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    window.run_command(f"new-call --phone '{ANN_PHONE}'")
    ok, _ = window.run_command("repeat-caller")  # F11: the detail, with the button
    assert ok and tools.banner.show_last.isVisible()
    tools.banner.show_last.click()
    assert tools.viewer is not None and tools.viewer.isVisible()
    assert "charged twice for March" in tools.viewer.text.toPlainText()
    tools.viewer.close()


def test_the_banner_keeps_the_window_usable_at_380_by_600(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    early = sample_call(id="earlier")
    early.started_at -= timedelta(days=30)
    early.commitments = [Commitment("Post the letter", due=early.started_at + timedelta(days=1))]
    window.desk.log.save(early)
    window.resize(380, 600)
    qtbot.waitUntil(lambda: window.width() == 380)
    window.run_command(f"new-call --phone '{ANN_PHONE}' --name 'Ann Adams'")
    banner = tools.banner
    assert banner.isVisible()
    assert banner.mapTo(window, banner.rect().bottomRight()).x() <= 380
    assert banner.height() <= 110
    assert window.pages.height() >= 150
    assert window.rail.isVisible() and window.notes.isVisible()


# -- report and exports -------------------------------------------------------------------------


def test_complaints_report_shows_a_chart_and_exports_csv_and_png(
    qtbot: QtBot, window: MainWindow, tools: TeamTools, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    for record in synthetic_calls(40, seed=5, start=now - timedelta(weeks=6), weeks=5):
        window.desk.log.save(record)
    press(qtbot, window, "Ctrl+Shift+R")
    report = tools.report
    assert report is not None and tools.dialogs["report"].isVisible()
    assert sum(t.total for t in report.report.top) > 0
    assert report.chart.isVisible() and report.chart.width() >= 420
    exports = tmp_path / "data" / "exports"
    report._choose_path = PickPath(exports / "complaints.csv")
    report.export_csv()
    rows = list(csv.reader((exports / "complaints.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[0][0] == "week" and len(rows) > 1
    report._choose_path = PickPath(exports / "complaints.png")
    report.export_png()
    assert not QImage(str(exports / "complaints.png")).isNull()
    activate(qtbot, tools.dialogs["report"])
    qtbot.keyClick(report.weeks, Qt.Key.Key_Escape)
    assert not tools.dialogs["report"].isVisible()


@pytest.mark.parametrize(("index", "suffix"), [(0, ".csv"), (1, ".jsonl"), (2, ".md"), (3, ".pdf")])
def test_export_calls_from_the_window_into_the_exports_folder(
    qtbot: QtBot, window: MainWindow, tools: TeamTools, tmp_path: Path, index: int, suffix: str
) -> None:
    exports = tmp_path / "data" / "exports"
    target = exports / f"all{suffix}"
    pick = PickPath(target)
    tools.choose_path = pick
    press(qtbot, window, "Ctrl+Shift+E")
    dialog = tools.export_dialog
    assert dialog is not None
    dialog.format.setCurrentIndex(index)
    assert dialog.export() == target
    ((_title, suggested, _filter),) = pick.asked
    assert suggested.parent == exports and suggested.suffix == suffix
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    if suffix != ".pdf":
        assert "Ann Adams" in target.read_text(encoding="utf-8")
    else:
        assert target.read_bytes().startswith(b"%PDF")
    assert not dialog.isVisible()
    assert window.toast.text().startswith("1 call(s) exported to")


def test_a_saved_call_reads_in_the_playbooks_words_in_the_viewer_and_the_ticket_note(
    qtbot: QtBot, window: MainWindow, tools: TeamTools
) -> None:
    window.run_command("new-call --name=Bob --phone=+44207946000")
    window.run_command("use-card 1")
    window.run_command("open-situation 2")
    window.run_command("next-step")
    window.run_command("copy-ticket-note")
    note = QApplication.clipboard().text()
    assert "Customer: Bob · +44207946000\n" in note
    assert "Steps: Listen > Acknowledge" in note
    record = window.desk.save_call()
    viewer = tools.open_call(record.id)
    assert viewer is not None
    text = viewer.text.toPlainText()
    assert "Card used on Listen: Invite them on" in text
    assert "Situation on Listen: Wants a supervisor" in text
    assert "Step: Acknowledge" in text
    assert "card_used" not in text and "listen-go-on" not in text
    viewer.close()
