"""Key names on the window speak the window's language: the key's name through
Qt's own translation (``qtbase_<code>.qm``: "Derecha"), the modifiers as the
keycaps print them ("Mayús"); English as Qt writes it, Greek in Latin letters."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.keymap import DEFAULT_BINDINGS, parse_key
from desktop_app.ui.call_window.cheat_sheet import CheatSheet
from desktop_app.ui.call_window.keys import key_label, to_sequence
from desktop_app.ui.call_window.main_window import MainWindow


def sheet_keys(window: MainWindow, qtbot: QtBot) -> list[str]:
    """The key column of the F1 sheet, opened as the agent opens it."""
    assert window.run_command("cheat-sheet")[0]
    sheet = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, CheatSheet) and w.isVisible()
    )
    qtbot.waitExposed(sheet)
    keys = [sheet.table.item(row, 0).text() for row in range(sheet.table.rowCount())]
    sheet.close()
    return keys


def test_the_key_sheet_names_keys_in_spanish_and_in_english_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    english = sheet_keys(window, qtbot)
    assert "Ctrl+Shift+R" in english and "Esc" in english

    assert window.run_command("set-language es")[0]
    qtbot.waitUntil(lambda: window.step_counter.text().startswith("Paso"))
    spanish = sheet_keys(window, qtbot)
    assert "Ctrl+Mayús+R" in spanish
    assert "Alt+Derecha" in spanish
    assert not any("Shift" in key for key in spanish)

    assert window.run_command("set-language en")[0]
    qtbot.waitUntil(lambda: window.step_counter.text().startswith("Step"))
    assert sheet_keys(window, qtbot) == english


def test_greek_keeps_the_latin_key_names_greek_keyboards_print(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.run_command("set-language el")[0]
    qtbot.waitUntil(lambda: not window.step_counter.text().startswith("Step"))
    greek = sheet_keys(window, qtbot)
    assert "Ctrl+Shift+R" in greek and "Alt+Right" in greek


def test_english_labels_are_qts_own(qapp: QApplication) -> None:
    chords = [parse_key(key) for key, _command in DEFAULT_BINDINGS]
    chords += [parse_key(key) for key in ("Ctrl+Alt+Shift+Meta+Return", "Shift+F3", "Meta+Up")]
    for chord in chords:
        qt = to_sequence(chord).toString(QKeySequence.SequenceFormat.NativeText)
        assert key_label(chord) == qt
