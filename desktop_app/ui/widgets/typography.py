"""Text sizes by role, scaled together when the agent asks for larger text."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

TEXT_SCALE_MIN = 70
TEXT_SCALE_MAX = 200
TEXT_SCALE_STEP = 10


class Typography:
    """Remembers each widget's size relative to body text and applies the scale."""

    def __init__(self, scale: int = 100) -> None:
        self._base = QApplication.font().pointSizeF()
        self._scale = clamp_scale(scale)
        self._roles: list[tuple[QWidget, float, QFont.Weight]] = []

    @property
    def scale(self) -> int:
        return self._scale

    def body_font(self) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(self._base * self._scale / 100)
        return font

    def role(
        self, widget: QWidget, factor: float = 1.0, weight: QFont.Weight = QFont.Weight.Normal
    ) -> None:
        self._roles.append((widget, factor, weight))
        self._apply_one(widget, factor, weight)

    def set_scale(self, scale: int) -> None:
        self._scale = clamp_scale(scale)
        # Pages of an earlier playbook (after a switch or a content reload) are gone.
        self._roles = [role for role in self._roles if shiboken6.isValid(role[0])]
        for widget, factor, weight in self._roles:
            self._apply_one(widget, factor, weight)

    def _apply_one(self, widget: QWidget, factor: float, weight: QFont.Weight) -> None:
        font = QFont(widget.font())
        font.setPointSizeF(self._base * self._scale / 100 * factor)
        font.setWeight(weight)
        widget.setFont(font)


def clamp_scale(scale: int) -> int:
    return max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, scale))
