"""The sizing a painted widget with wrapped text needs: as tall as its width makes it.

Layouts ask such a widget its height for a width; a change of font (larger
text) asks them to measure it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QWidget


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
