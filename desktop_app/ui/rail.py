"""The step rail: every step of the playbook in a row, the current one highlighted.

Painted in one widget rather than built from labels, so moving to another
step costs one repaint and no layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 4
GAP = 4


class StepRail(QWidget):
    def __init__(self, on_pick: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_pick = on_pick
        self._titles: list[str] = []
        self._keys: list[str] = []
        self._current = 0
        self._visited: set[int] = set()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Steps"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_steps(self, titles: Sequence[str], keys: Sequence[str]) -> None:
        self._titles, self._keys = list(titles), list(keys)
        self._visited = set()
        self.updateGeometry()
        self.update()

    def set_current(self, index: int, visited: set[int]) -> None:
        self._current, self._visited = index, visited
        if self._titles:
            self.setAccessibleDescription(
                self.tr("Step {0} of {1}: {2}").format(
                    index + 1, len(self._titles), self._titles[index]
                )
            )
        self.update()

    # -- geometry ------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        key = QFont(self.font())
        key.setPointSizeF(self.font().pointSizeF() * 0.8)
        return title, key

    def sizeHint(self) -> QSize:
        title, key = self._fonts()
        height = BAR_HEIGHT + 6 + QFontMetrics(title).height() + QFontMetrics(key).height() + 4
        return QSize(60 * max(1, len(self._titles)), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.sizeHint().height())

    def _slot(self, index: int) -> QRectF:
        count = max(1, len(self._titles))
        width = (self.width() - GAP * (count - 1)) / count
        return QRectF(index * (width + GAP), 0, width, self.height())

    # -- painting -------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        title_font, key_font = self._fonts()
        bold = QFont(title_font)
        bold.setWeight(QFont.Weight.DemiBold)
        title_height = QFontMetrics(title_font).height()
        for index, title in enumerate(self._titles):
            slot = self._slot(index)
            current = index == self._current
            if current:
                bar = palette.color(QPalette.ColorRole.Highlight)
            elif index in self._visited:
                bar = palette.color(QPalette.ColorRole.Mid)
            else:
                bar = palette.color(QPalette.ColorRole.Midlight)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            painter.drawRoundedRect(QRectF(slot.x(), 0, slot.width(), BAR_HEIGHT), 2, 2)

            font = bold if current else title_font
            painter.setFont(font)
            text_role = (
                QPalette.ColorRole.WindowText if current else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(palette.color(text_role))
            top = BAR_HEIGHT + 5
            elided = QFontMetrics(font).elidedText(
                title, Qt.TextElideMode.ElideRight, int(slot.width())
            )
            painter.drawText(
                QRectF(slot.x(), top, slot.width(), title_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            if index < len(self._keys) and self._keys[index]:
                painter.setFont(key_font)
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(slot.x(), top + title_height, slot.width(), self.height() - top),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    self._keys[index],
                )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index in range(len(self._titles)):
            if self._slot(index).contains(event.position()):
                self._on_pick(index)
                return
        super().mousePressEvent(event)
