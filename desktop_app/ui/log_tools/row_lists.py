"""Lists of calls and commitments: keys that act on the selected row (Space: done,
Ctrl+C: copy, ...), and column widths.

An event filter rather than QShortcut: the keys belong to the list that has
the focus, whatever window hosts it, and the window's own shortcuts keep
every other key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QWidget


class ListKeys(QObject):
    def __init__(self, target: QWidget, keys: dict[str, Callable[[], object]]) -> None:
        super().__init__(target)
        self._keys: dict[QKeyCombination, Callable[[], object]] = {}
        for text, action in keys.items():
            # [0] is the sequence's first key; the stubs lack QKeySequence.__getitem__.
            self._keys[QKeySequence(text)[0]] = action  # type: ignore[index]
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._keys.get(event.keyCombination())
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)


def fit_date_column(tree: QTreeWidget, *, stretch: int) -> None:
    """Column 0 wide enough for "2026-01-05 09:00", column ``stretch`` takes the rest,
    the others fit their text (a list shows a few hundred rows at most)."""
    header = tree.header()
    header.setStretchLastSection(False)
    tree.setColumnWidth(0, tree.fontMetrics().horizontalAdvance("2026-01-05 09:00") + 24)
    for column in range(1, tree.columnCount()):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)


def row_list(parent: QWidget, headers: list[str], *, stretch: int = 1) -> QTreeWidget:
    """A flat list of rows under ``headers``, the date first (History, Follow-ups)."""
    tree = QTreeWidget(parent)
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    fit_date_column(tree, stretch=stretch)
    return tree
