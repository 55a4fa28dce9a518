"""Labels that show user text as plain text, never as HTML."""

from __future__ import annotations

import unicodedata

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


#: Marks Greek drops from capitals (tonos, its variants, breathings); the
#: diaeresis stays ("ΪΫ").
_GREEK_CAPITALS_DROP = frozenset("\u0301\u0300\u0342\u0313\u0314\u0345")


def heading_case(text: str) -> str:
    """``text`` in capitals as its language writes them: Greek capitals lose their
    accents ("Υπενθυμίσεις" -> "ΥΠΕΝΘΥΜΙΣΕΙΣ"); Spanish ones keep them ("CATEGORÍA")."""
    out = []
    for char in text.upper():
        parts = unicodedata.normalize("NFD", char)
        if "\u0370" <= parts[0] <= "\u03ff":
            parts = "".join(c for c in parts if c not in _GREEK_CAPITALS_DROP)
        out.append(unicodedata.normalize("NFC", parts))
    return "".join(out)
