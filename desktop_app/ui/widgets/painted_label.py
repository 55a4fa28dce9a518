"""A one-line label that repaints without asking the window to lay itself out again.

A QLabel's ``setText`` makes the whole window recompute its layout; the step
title, step counter and call timer change on every step or every second, so
they paint their text themselves at a fixed height and elide what does not fit.
Text is drawn as plain text, never HTML.

The step title changes on every step, and working out where each letter goes
(and where to cut a title too long) took longer than drawing it. Each label
keeps its last few texts laid out (``QStaticText``) at its width and font,
so stepping back through a call's steps draws titles already laid out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.widgets.accessible import Spoken

#: texts a label keeps laid out: more than a playbook's steps
KEPT_TEXTS = 16


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
        self._align = align
        self._sample = sample
        #: texts laid out at the label's width and font, the latest last
        self._laid_out: dict[str, tuple[QStaticText, float]] = {}
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
            self._laid_out.clear()  # laid out again in the new font
            self._fix_height()
            self.updateGeometry()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self._sample), metrics.height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(QFontMetrics(self.font()).horizontalAdvance("0:00:00"), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._laid_out.clear()  # cut again at the new width
        super().resizeEvent(event)

    def _laid_out_text(self) -> tuple[QStaticText, float]:
        """The text as shown (cut to the width) laid out, and its width."""
        text = self._text
        laid_out = self._laid_out.pop(text, None)
        if laid_out is None:
            font = self.font()
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, self.width())
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            laid_out = (static, QFontMetricsF(font).horizontalAdvance(shown))
            if len(self._laid_out) >= KEPT_TEXTS:
                del self._laid_out[next(iter(self._laid_out))]
        self._laid_out[text] = laid_out
        return laid_out

    def paintEvent(self, _event: QPaintEvent) -> None:
        static, width = self._laid_out_text()
        # placed where drawText would place one line: by its advance across, and
        # centred upright by the font's line height
        room = self.width() - width
        if self._align & Qt.AlignmentFlag.AlignRight:
            x = room
        elif self._align & Qt.AlignmentFlag.AlignHCenter:
            x = room / 2
        else:
            x = 0.0
        y = (self.height() - QFontMetricsF(self.font()).height()) / 2
        painter = QPainter(self)
        painter.setPen(self.palette().color(self._role))
        painter.drawStaticText(QPointF(x, y), static)
        painter.end()
