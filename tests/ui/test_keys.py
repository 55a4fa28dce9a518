"""Keys reach commands from anywhere, and never take a text-editing key."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.keymap import parse_key
from desktop_app.core.playbook import PhraseCard, Situation
from desktop_app.ui.call_window.main_window import MainWindow
from tests.ui.conftest import WindowFactory, sample_playbook

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_step_keys_work_while_typing_in_the_notes(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.notes.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "angry about the bill")
    qtbot.keyClick(notes, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(notes, Qt.Key.Key_Right, ALT)
    assert window.desk.session.current_index == 2
    qtbot.keyClick(notes, Qt.Key.Key_Left, ALT)
    assert window.desk.session.current_index == 1
    qtbot.keyClick(notes, Qt.Key.Key_1, ALT)
    assert window.desk.session.current_index == 0
    assert notes.toPlainText() == "angry about the bill"
    assert QApplication.focusWidget() is notes


def test_text_editing_keys_stay_with_the_text(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.notes.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "abc")
    qtbot.keyClick(notes, Qt.Key.Key_Left)  # cursor, not the previous step
    qtbot.keyClick(notes, Qt.Key.Key_Backspace)
    assert notes.toPlainText() == "ac"
    qtbot.keyClick(notes, Qt.Key.Key_Home)
    qtbot.keyClicks(notes, ">")
    qtbot.keyClick(notes, Qt.Key.Key_End)
    qtbot.keyClicks(notes, "!")
    assert notes.toPlainText() == ">ac!"
    qtbot.keyClick(notes, Qt.Key.Key_A, CTRL)  # select all
    qtbot.keyClick(notes, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == ">ac!"
    qtbot.keyClick(notes, Qt.Key.Key_X, CTRL)
    assert notes.toPlainText() == ""
    qtbot.keyClick(notes, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(notes, Qt.Key.Key_V, CTRL)
    assert notes.toPlainText() == ">ac!>ac!"
    qtbot.keyClick(notes, Qt.Key.Key_Z, CTRL)
    assert notes.toPlainText() == ">ac!"
    qtbot.keyClick(notes, Qt.Key.Key_Y, CTRL)
    assert notes.toPlainText() == ">ac!>ac!"
    qtbot.keyClick(notes, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(notes, Qt.Key.Key_Up)
    qtbot.keyClick(notes, Qt.Key.Key_Down)
    assert window.desk.session.current_index == 0
    assert window.desk.session.record.notes == ">ac!>ac!"
    # Every binding in the keymap leaves these keys alone.
    assert not any(binding.chord.is_text_editing and binding.chord != parse_key("Escape")
                   for binding in window.keymap)  # fmt: skip


def test_keys_work_in_a_single_line_field_too(window: MainWindow, qtbot: QtBot) -> None:
    window.notes.name.setFocus()
    qtbot.keyClicks(window.notes.name, "Dana")
    qtbot.keyClick(window.notes.name, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(window.notes.name, Qt.Key.Key_2, CTRL)
    assert window.desk.session.current_index == 1
    assert QApplication.clipboard().text() == "Thank you for telling me."
    assert window.notes.name.text() == "Dana"


def test_a_user_keymap_rebinds_and_the_hints_follow(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "custom"
    data.mkdir(mode=0o700)
    (data / "keys.yaml").write_text("Ctrl+J: next-step\nAlt+Right: null\n", encoding="utf-8")
    window = make_window(data_root=data)
    assert "Ctrl+J next" in window.step_counter.text()
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_Right, ALT)
    assert window.desk.session.current_index == 0
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_J, CTRL)
    assert window.desk.session.current_index == 1


def test_the_cheat_sheet_lists_the_keys_that_do_something_in_this_playbook(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_F1)
    sheet = window._cheat_sheet
    assert sheet is not None and sheet.isVisible()
    keys = {key for key, _what in sheet.rows}
    assert {"Alt+Right", "Ctrl+1", "Ctrl+N", "Ctrl+S", "Ctrl+F", "F1"} <= keys
    assert ("Ctrl+S", "Save the call to the log") in sheet.rows
    assert ("Ctrl+2", "Copy card N of this step (or of the open situation)  (use-card 2)") in (
        sheet.rows
    )
    # Four steps, two situations, at most two cards a step: nothing past them.
    assert ("Alt+4", "Go to step N: Log  (go-to-step 4)") in sheet.rows
    assert (
        "F2",
        "Show a situation's cards (by number or id): Abusive caller  (open-situation 1)",
    ) in (sheet.rows)
    assert (
        "F3",
        "Show a situation's cards (by number or id): Wants a supervisor  (open-situation 2)",
    ) in (sheet.rows)
    assert not keys & {"Alt+5", "Alt+7", "Alt+9", "Ctrl+3", "Ctrl+9", "F4", "F9"}
    assert len(sheet.rows) == len(window.keymap) - 5 - 7 - 6


def test_the_cheat_sheet_follows_a_change_of_playbook(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_F1)
    bigger = sample_playbook()
    bigger = dataclasses.replace(
        bigger,
        situations=(
            *bigger.situations,
            Situation(
                "lawyer",
                "Threat to sue",
                (PhraseCard("law-1", "Take it seriously", "I hear you."),),
            ),
        ),
    )
    window.desk.replace_playbook(bigger)
    qtbot.keyClick(window.notes.notes, Qt.Key.Key_F1)
    sheet = window._cheat_sheet
    assert sheet is not None
    assert (
        "F4",
        "Show a situation's cards (by number or id): Threat to sue  (open-situation 3)",
    ) in (sheet.rows)


def test_hints_on_screen_come_from_the_keymap(window: MainWindow) -> None:
    first = window.step_pages[0]
    assert first.cards is not None
    assert [v.hint_text() for v in first.cards.views] == ["Ctrl+1", "Ctrl+2"]
    assert window.chips["abusive"].text() == "F2  Abusive caller"
    assert "Alt+Right next" in window.step_counter.text()
