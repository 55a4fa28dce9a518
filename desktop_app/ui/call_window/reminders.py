"""A step's do / don't reminders as one painted list: a mark and a wrapped line each.

As labels, each reminder was two widgets (the mark and its text), about twenty
on a page; with a screen reader attached Qt's bridge tells it about every one
of them each time a page is shown or hidden, which made the step key miss its
target. Painted, a list is one widget, read out as one text. Text is drawn as
plain text, never HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.widgets.accessible import Spoken

#: Room between the mark's column and the text, and between two reminders.
GAP = 8
LINE_GAP = 3
_WRAP = int(Qt.TextFlag.TextWordWrap)


class ReminderList(QWidget):
    def __init__(
        self,
        heading: str,
        mark: str,
        mark_role: QPalette.ColorRole,
        items: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._heading = heading
        self._mark = mark
        self._mark_role = mark_role
        self._items = tuple(items)
        self._heights: tuple[int, tuple[int, ...]] = (-1, ())  # width, height of each item
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def items(self) -> tuple[str, ...]:
        return self._items

    def spoken(self) -> Spoken:
        return Spoken(QAccessible.Role.StaticText, f"{self._heading}: " + "; ".join(self._items))

    # -- size ------------------------------------------------------------------
    def _mark_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _mark_width(self) -> int:
        # As wide as the mark at the text size in use (larger text, a wider ✓).
        return max(14, QFontMetrics(self._mark_font()).horizontalAdvance(self._mark))

    def _item_heights(self, width: int) -> tuple[int, ...]:
        if self._heights[0] != width:
            metrics = QFontMetrics(self.font())
            room = max(1, width - self._mark_width() - GAP)
            heights = tuple(
                metrics.boundingRect(QRect(0, 0, room, 1 << 20), _WRAP, item).height()
                for item in self._items
            )
            self._heights = (width, heights)
        return self._heights[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = self._item_heights(width)
        return sum(heights) + LINE_GAP * max(0, len(heights) - 1)

    def sizeHint(self) -> QSize:
        width = QFontMetrics(self.font()).averageCharWidth() * 40
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self._mark_width() + GAP + QFontMetrics(self.font()).averageCharWidth() * 8
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._heights = (-1, ())
            self.updateGeometry()
        super().changeEvent(event)

    # -- painting --------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        mark_width = self._mark_width()
        text_left = mark_width + GAP
        room = max(1, self.width() - text_left)
        top = 0
        for item, height in zip(self._items, self._item_heights(self.width()), strict=True):
            painter.setFont(self._mark_font())
            painter.setPen(palette.color(self._mark_role))
            painter.drawText(
                QRect(0, top, mark_width, height),
                int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter),
                self._mark,
            )
            painter.setFont(self.font())
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRect(text_left, top, room, height), _WRAP, item)
            top += height + LINE_GAP
        painter.end()
