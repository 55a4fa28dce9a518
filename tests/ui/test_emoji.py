"""Emoji an agent pastes into the notes show as emoji, not as empty boxes, on a
computer with no emoji font of its own (this one has only DejaVu): the window
falls back to the font Calmline carries (``resources/fonts``)."""

from __future__ import annotations

from PySide6.QtGui import QImage, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.main_window import MainWindow

PASTED = ("👍", "😡", "🙏", "✅")
#: a character no font draws (a private-use plane): the empty box Qt draws for it
NO_GLYPH = "\U000ffffd"


def shown(field: QPlainTextEdit, text: str, qtbot: QtBot) -> QImage:
    field.setPlainText(text)
    qtbot.wait(1)
    return field.viewport().grab().toImage()


def test_pasted_emoji_are_drawn_from_a_font_that_has_them(window: MainWindow) -> None:
    font = window.notes.notes.font()
    for emoji in PASTED:
        layout = QTextLayout(emoji, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        assert runs, emoji
        for run in runs:
            assert run.rawFont().supportsCharacter(ord(emoji)), (emoji, run.rawFont().familyName())
            assert 0 not in run.glyphIndexes(), emoji  # glyph 0 is the empty box


def test_a_thumbs_up_in_the_notes_is_not_the_empty_box(window: MainWindow, qtbot: QtBot) -> None:
    notes = window.notes.notes
    window.show()
    qtbot.waitExposed(window)
    blank = shown(notes, "", qtbot)
    box = shown(notes, NO_GLYPH, qtbot)
    thumbs_up = shown(notes, "👍", qtbot)
    assert box != blank, "the empty box is drawn for a character no font has"
    assert thumbs_up != blank and thumbs_up != box
