"""A one-line label that repaints without asking the window to lay itself out again.

A QLabel's ``setText`` makes the whole window recompute its layout; the step
title, step counter and call timer change on every step or every second, so
they paint their text themselves at a fixed height and elide what does not fit.
Text is drawn as plain text, never HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.widgets.accessible import Spoken


class PaintedLabel(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        role: QPalette.ColorRole = QPalette.ColorRole.WindowText,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        sample: str = "Acknowledge",
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._role = role
        self._flags = int(align | Qt.AlignmentFlag.AlignVCenter)
        self._sample = sample
        self._elided: tuple[str, int, str] = ("", -1, "")  # text, width, elided
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fix_height()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def spoken(self) -> Spoken:
        """Its accessible name says what it is ("Current step"), its text what it shows."""
        what = self.accessibleName()
        return Spoken(
            QAccessible.Role.StaticText,
            f"{what}: {self._text}" if what and self._text else what or self._text,
            value=self._text,
        )

    def _fix_height(self) -> None:
        self.setFixedHeight(QFontMetrics(self.font()).height() + 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._elided = ("", -1, "")  # cut again in the new font
            self._fix_height()
            self.updateGeometry()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self._sample), metrics.height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(QFontMetrics(self.font()).horizontalAdvance("0:00:00"), self.height())

    def _elided_text(self) -> str:
        text, width = self._text, self.width()
        if self._elided[:2] != (text, width):
            elided = QFontMetrics(self.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided = (text, width, elided)
        return self._elided[2]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self._role))
        painter.drawText(self.rect(), self._flags, self._elided_text())
        painter.end()
