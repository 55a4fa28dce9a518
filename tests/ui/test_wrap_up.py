"""Wrapping up by keyboard: Ctrl+S asks for what the playbook requires, Ctrl+N asks
whether to save a call that holds typing. Checked in the log file itself."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.main_window import MainWindow
from tests.ui.conftest import WindowFactory, press, sample_playbook

CTRL = Qt.KeyboardModifier.ControlModifier


def logged(window: MainWindow) -> list[tuple[str, str, str, str]]:
    """(category, outcome, notes, agent) of every saved call, read from the log file."""
    path = Path(window.parts.data.call_log)  # type: ignore[attr-defined]
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute(
            "SELECT category, outcome, notes, agent FROM calls WHERE ended_at IS NOT NULL"
        ).fetchall()
    finally:
        db.close()
    return [tuple(row) for row in rows]


@pytest.fixture
def strict(make_window: WindowFactory) -> MainWindow:
    """The window over a playbook that requires a category and an outcome."""
    playbook = dataclasses.replace(sample_playbook(), required=("category", "outcome"))
    return make_window(playbook)


def type_notes(window: MainWindow, qtbot: QtBot, text: str) -> None:
    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(window.notes.notes, text)


def test_ctrl_s_with_fields_missing_asks_and_writes_nothing(
    strict: MainWindow, qtbot: QtBot
) -> None:
    type_notes(strict, qtbot, "Charged twice")
    press(qtbot, Qt.Key.Key_S, CTRL)
    bar = strict.ask_bar
    assert bar.isVisible() and bar.kind == "before-saving"
    assert list(bar.choices) == ["category", "outcome"]
    assert QApplication.focusWidget() is bar.choices["category"]
    assert logged(strict) == []
    # Enter with nothing picked saves nothing: the cursor stays on the empty field.
    press(qtbot, Qt.Key.Key_Return)
    assert bar.isVisible()
    assert QApplication.focusWidget() is bar.choices["category"]
    assert logged(strict) == []


def test_picking_by_keys_then_enter_saves_one_call_with_those_values(
    strict: MainWindow, qtbot: QtBot
) -> None:
    type_notes(strict, qtbot, "Charged twice")
    press(qtbot, Qt.Key.Key_S, CTRL)
    category = strict.ask_bar.choices["category"]
    press(qtbot, Qt.Key.Key_Down)  # — -> billing
    press(qtbot, Qt.Key.Key_Down)  # billing -> delivery
    assert category.currentData() == "delivery"
    press(qtbot, Qt.Key.Key_Tab)
    outcome = QApplication.focusWidget()
    assert isinstance(outcome, QComboBox) and outcome is strict.ask_bar.choices["outcome"]
    qtbot.keyClicks(outcome, "Esc")  # typed: the first letters pick "Escalated"
    assert outcome.currentData() == "escalated"
    press(qtbot, Qt.Key.Key_Return)
    assert not strict.ask_bar.isVisible()
    assert logged(strict) == [("delivery", "escalated", "Charged twice", "")]
    assert strict.notes.notes.toPlainText() == ""  # ready for the next call
    press(qtbot, Qt.Key.Key_S, CTRL)  # the next, empty call: asked again, nothing saved twice
    assert len(logged(strict)) == 1


def test_escape_goes_back_to_the_call_with_the_notes_intact(
    strict: MainWindow, qtbot: QtBot
) -> None:
    type_notes(strict, qtbot, "Wants a refund today")
    strict.notes.category.setCurrentIndex(1)  # a category, but no outcome yet
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert list(strict.ask_bar.choices) == ["outcome"]
    press(qtbot, Qt.Key.Key_Escape)
    assert not strict.ask_bar.isVisible()
    assert strict.toast.text() == "Not saved: back to the call"
    assert QApplication.focusWidget() is strict.notes.notes
    assert strict.notes.notes.toPlainText() == "Wants a refund today"
    assert strict.desk.session.record.notes == "Wants a refund today"
    assert logged(strict) == []


def test_a_playbook_that_requires_nothing_saves_at_once(window: MainWindow, qtbot: QtBot) -> None:
    type_notes(window, qtbot, "Quick one")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not window.ask_bar.isVisible()
    assert logged(window) == [("", "", "Quick one", "")]


def test_ctrl_n_with_nothing_typed_starts_afresh_without_asking(
    strict: MainWindow, qtbot: QtBot
) -> None:
    before = strict.desk.session
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert not strict.ask_bar.isVisible()
    assert strict.desk.session is not before and strict.desk.session.begun


def test_ctrl_n_with_typing_asks_and_escape_keeps_the_call(
    strict: MainWindow, qtbot: QtBot
) -> None:
    type_notes(strict, qtbot, "Parcel lost")
    call = strict.desk.session
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert strict.ask_bar.kind == "save-first"
    press(qtbot, Qt.Key.Key_Escape)
    assert strict.toast.text() == "Back to the call"
    assert strict.desk.session is call
    assert strict.notes.notes.toPlainText() == "Parcel lost"
    assert logged(strict) == []


def test_ctrl_n_then_enter_asks_for_the_fields_saves_and_starts_the_new_call(
    strict: MainWindow, qtbot: QtBot
) -> None:
    type_notes(strict, qtbot, "Parcel lost")
    call = strict.desk.session
    press(qtbot, Qt.Key.Key_N, CTRL)
    press(qtbot, Qt.Key.Key_Return)  # yes, save it: the playbook wants two fields first
    assert strict.ask_bar.kind == "before-saving"
    assert strict.desk.session is call
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert logged(strict) == [("billing", "resolved", "Parcel lost", "")]
    assert strict.desk.session is not call and strict.desk.session.begun
    assert strict.notes.notes.toPlainText() == ""


def test_ctl_save_call_is_refused_and_the_window_asks(strict: MainWindow) -> None:
    strict.desk.set_field("notes", "From a script")
    ok, message, status = strict.run_words_with_status(["save-call"])
    assert (ok, status) == (False, "missing-fields")
    assert message.startswith("not saved: the call needs category, outcome")
    assert strict.ask_bar.kind == "before-saving"
    assert logged(strict) == []
    ok, message, _ = strict.run_words_with_status(
        ["save-call", "--category", "other", "--outcome", "unresolved"]
    )
    assert ok, message
    assert logged(strict) == [("other", "unresolved", "From a script", "")]
    assert not strict.ask_bar.isVisible()  # the question went with the call it was about
