"""A scroll bar that draws itself at rest from a picture kept of its last look.

Each page of cards scrolls, and a step change shows another page and so its
scroll bar. Fusion, the style Qt uses on a desktop that names none, draws a
scroll bar's groove and handle in about half a millisecond each at a page's
height: a third of the step key's painting, for a scroll bar that looks as
it did the last time its page was shown.

At rest (no pointer over it, no button held on it) the scroll bar is drawn
once into a pixmap and, until its look changes, painted from it. Its look
changes with its size, range, value and steps (``sliderChange``), its
palette, style, font, direction, enabled or active state (``changeEvent``),
its focus and its screen's pixel ratio; each drops the picture. Under the
pointer or while pressed it is drawn as QScrollBar draws itself: the part
hovered or pressed is QScrollBar's own state, and there the look changes
with every move. A style that fades its scroll bars in and out (macOS)
animates them, and is never drawn from a picture. Nor is a scroll bar on a
screen scaled by a fraction (125 %, 175 %): there a picture places the
style's arrows a fraction of a pixel apart from where the style draws them
on the window, so it is drawn afresh; at 100 % and 200 % the picture is the
same pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractSlider, QScrollBar, QStyle, QStyleOptionSlider, QWidget

_ALL = QStyle.SubControl.SC_All
_NONE = QStyle.SubControl.SC_None
_SCROLL_BAR = QStyle.ComplexControl.CC_ScrollBar
_FADES = QStyle.StyleHint.SH_ScrollBar_Transient


class RestingScrollBar(QScrollBar):
    def __init__(
        self, orientation: Qt.Orientation = Qt.Orientation.Vertical, parent: QWidget | None = None
    ) -> None:
        super().__init__(orientation, parent)
        # Filled with its background before the style draws on it, as its picture
        # is: the style's half-transparent lines blend onto the same colour either way.
        self.setAutoFillBackground(True)
        self._picture: QPixmap | None = None
        self._pressed = False
        self._fades = self._style_fades()

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        if self._pressed or self._fades or not ratio.is_integer() or self.underMouse():
            super().paintEvent(event)
            return
        picture = self._picture
        if picture is None or picture.devicePixelRatio() != ratio:
            picture = self._picture = self._draw(ratio)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, picture)
        painter.end()

    def resting_option(self) -> QStyleOptionSlider:
        """What QScrollBar's own paint event hands the style when nothing is hovered
        or pressed: every part drawn, none of them active."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = _ALL
        option.activeSubControls = _NONE
        return option

    def _draw(self, ratio: float) -> QPixmap:
        picture = QPixmap(self.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(self.palette().color(self.backgroundRole()))
        painter = QPainter(picture)
        self.style().drawComplexControl(_SCROLL_BAR, self.resting_option(), painter, self)
        painter.end()
        return picture

    def _style_fades(self) -> bool:
        return bool(self.style().styleHint(_FADES, None, self))

    # -- what changes its look drops the picture ---------------------------------
    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        self._picture = None
        super().sliderChange(change)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._picture = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        self._picture = None
        if event.type() == QEvent.Type.StyleChange:
            self._fades = self._style_fades()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._picture = None
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._picture = None
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = True  # it has the mouse until every button is up
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.buttons() != Qt.MouseButton.NoButton
        self._picture = None  # a drag without tracking moves the handle alone
        super().mouseReleaseEvent(event)
