"""The sizing a painted widget with wrapped text needs: as tall as its width makes it.

Layouts ask such a widget its height for a width; a change of font (larger
text) asks them to measure it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QWidget

Measure = TypeVar("Measure")


class MeasuredByWidth(Generic[Measure]):
    """What wrapped text measures at a width, in a font, kept for the few widths a
    layout asks about in turn (measuring wrapped text is not free, and a step change
    must not measure again)."""

    #: more widths than this are those of a window resized a while ago: forgotten
    MOST = 8

    def __init__(self) -> None:
        self._measured: dict[tuple[str, int], Measure] = {}

    def get(self, font: QFont, width: int, measure: Callable[[], Measure]) -> Measure:
        key = (font.key(), width)
        found = self._measured.get(key)
        if found is None:
            if len(self._measured) > self.MOST:
                self._measured.clear()
            found = self._measured[key] = measure()
        return found


class WrappedPainting(QWidget):
    """Subclasses paint themselves and say their ``heightForWidth``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def preferred_width(self) -> int:
        return QFontMetrics(self.font()).averageCharWidth() * 40

    def narrowest_width(self) -> int:
        """Narrower than its text: it wraps."""
        return QFontMetrics(self.font()).averageCharWidth() * 8

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = self.preferred_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self.narrowest_width()
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            # Measured again: what is remembered of earlier measures names its font.
            self.updateGeometry()
        super().changeEvent(event)
