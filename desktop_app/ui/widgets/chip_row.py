"""One row of chips: as many as fit, in order, then a last chip that always shows.

The situations strip uses it: the situations come by priority, the ones that
do not fit the width are hidden (still one key away: their F-key or card
search), and the last chip ("More… (Ctrl+F)") opens the search for all. The
strip never grows a second row, so on a 380-pixel-wide window the step's goal
and cards keep the room.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ChipRow(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._last: QWidget | None = None
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def set_last(self, widget: QWidget) -> None:
        """``widget`` sits at the end of the row and is never hidden."""
        self._last = widget
        self.addWidget(widget)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def _hint(self, item: QLayoutItem) -> QSize:
        # A hidden widget's item reports no size; the row asks the widget itself,
        # so a chip hidden at one width comes back when the window widens.
        widget = item.widget()
        return widget.sizeHint() if widget is not None else item.sizeHint()

    def sizeHint(self) -> QSize:
        height = max((self._hint(item).height() for item in self._items), default=0)
        width = sum(self._hint(item).width() + self._gap for item in self._items)
        margins = self.contentsMargins()
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        last = self._last.sizeHint() if self._last is not None else QSize()
        return QSize(
            last.width() + margins.left() + margins.right(),
            self.sizeHint().height(),
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        area = rect.marginsRemoved(self.contentsMargins())
        last = self._last
        room = area.right() + 1 - (last.sizeHint().width() + self._gap if last else 0)
        x, full = area.x(), False
        for item in self._items:
            widget = item.widget()
            if widget is last:
                continue
            hint = self._hint(item)
            full = full or x + hint.width() > room
            if widget is not None and widget.isHidden() != full:
                widget.setVisible(not full)
            if not full:
                item.setGeometry(self._placed(area, x, hint))
                x += hint.width() + self._gap
        if last is not None:
            self._items[self.indexOf(last)].setGeometry(self._placed(area, x, last.sizeHint()))

    @staticmethod
    def _placed(area: QRect, x: int, hint: QSize) -> QRect:
        return QRect(
            x, area.y() + (area.height() - hint.height()) // 2, hint.width(), hint.height()
        )
