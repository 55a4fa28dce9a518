"""The dialog of a start that cannot go on: the very words of the stderr line, as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.ui.cannot_start import show_cannot_start


def test_the_dialog_shows_the_message_and_waits_to_be_closed(qtbot: QtBot) -> None:
    message = (
        "Calmline cannot start: its data dir /tmp/<b>x</b> cannot be used: "
        "cannot write /tmp/<b>x</b>: permission denied."
    )
    seen: list[tuple[str, str, Qt.TextFormat, QMessageBox.Icon]] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(
                    (widget.windowTitle(), widget.text(), widget.textFormat(), widget.icon())
                )
                widget.accept()

    poll = QTimer()
    poll.timeout.connect(answer)
    poll.start(20)
    try:
        show_cannot_start(message)  # returns only once the box is closed
    finally:
        poll.stop()
    assert seen == [("Calmline", message, Qt.TextFormat.PlainText, QMessageBox.Icon.Critical)]
