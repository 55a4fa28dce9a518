"""Labels that show user text as plain text, never as HTML."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    return label


class WholeOrNothing(QLabel):
    """A short caption ("Mood") that yields its room when a row is short: it
    shows whole where it fits and not at all where it does not, never cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        # Its whole width when there is room (the size hint), nothing when there is not.
        return QSize(0, super().minimumSizeHint().height())

    def fits(self) -> bool:
        return self.width() >= self.sizeHint().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.fits():
            super().paintEvent(event)
