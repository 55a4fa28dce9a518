"""The customer's mood now, 1 (furious) to 5 (calm), as five dots."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.call import MOOD_MAX

DOT = 9
GAP = 5
_FILLED, _EMPTY, _EDGE = (
    QPalette.ColorRole.Highlight,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.Mid,
)


class MoodMeter(QWidget):
    def __init__(self, on_pick: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood: int | None = -1  # set below, so that the first set_mood paints
        self._on_pick = on_pick
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Customer mood"))
        self.set_mood(None)

    def set_mood(self, mood: int | None) -> None:
        if mood == self._mood:
            return  # shown on every step change: repaint only what changed
        self._mood = mood
        self.setAccessibleDescription(
            self.tr("not set") if mood is None else self.tr("{0} of 5").format(mood)
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(MOOD_MAX * DOT + (MOOD_MAX - 1) * GAP + 2, DOT + 4)

    def _dot(self, index: int) -> QRectF:
        top = (self.height() - DOT) / 2
        return QRectF(1 + index * (DOT + GAP), top, DOT, DOT)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        filled, empty = palette.color(_FILLED), palette.color(_EMPTY)
        painter.setPen(palette.color(_EDGE))
        mood = self._mood or 0
        for index in range(MOOD_MAX):
            painter.setBrush(filled if index < mood else empty)
            painter.drawEllipse(self._dot(index))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index in range(MOOD_MAX):
            if self._dot(index).adjusted(-GAP / 2, -4, GAP / 2, 4).contains(event.position()):
                self._on_pick(index + 1)
                return
        super().mousePressEvent(event)
