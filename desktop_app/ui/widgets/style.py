"""Calmline's look, taken from the palette alone, without a style sheet.

A style sheet over the window makes Qt polish and paint every widget through
its rule engine: measured at 40-70 ms before the first paint and about a
millisecond on every step change. So the look is built from what Qt draws
natively: text and fills take palette *roles* (``tone``, ``fill``), and the
few shapes that need more (cards, situation chips, bands, the toast) paint
themselves with the palette. Roles are kept, not colours, so a switch between
light and dark is followed by Qt itself: nothing is restyled.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

Role = QPalette.ColorRole

#: corner radius of cards and the toast, in pixels
CARD_RADIUS = 8.0


def tone(widget: QWidget, role: Role) -> None:
    """Draw ``widget``'s text (a label's, a painted label's) in the palette's ``role``."""
    widget.setForegroundRole(role)


def fill(widget: QWidget, role: Role) -> None:
    """Fill ``widget``'s background with the palette's ``role``."""
    widget.setBackgroundRole(role)
    widget.setAutoFillBackground(True)


class Surface(Protocol):
    """What a rounded shape is painted on: a widget, or a card its list paints."""

    def palette(self) -> QPalette: ...

    def rect(self) -> QRect: ...


def frame_rect(widget: Surface, pen_width: float) -> QRectF:
    """The widget's rectangle, inset so that a pen of ``pen_width`` draws inside it."""
    inset = pen_width / 2
    return QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset)


_ANTIALIASED = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen


def paint_rounded(
    widget: Surface,
    painter: QPainter,
    background: Role,
    border: Role | None = None,
    border_width: float = 1.0,
    radius: float = CARD_RADIUS,
) -> None:
    """A rounded rectangle over the whole widget, filled and edged with palette roles."""
    palette = widget.palette()
    painter.setRenderHint(_ANTIALIASED)
    if border is None:
        painter.setPen(_NO_PEN)
        rect = QRectF(widget.rect())
    else:
        painter.setPen(QPen(palette.color(border), border_width))
        rect = frame_rect(widget, border_width)
    painter.setBrush(palette.brush(background))
    painter.drawRoundedRect(rect, radius, radius)


#: the colour of the keyboard focus ring on painted widgets (drawn on ``Window``
#: or ``Base``; tests/ui/test_accessibility.py checks it stands out 3:1)
FOCUS_RING = Role.Highlight
FOCUS_RING_WIDTH = 2.0


def paint_focus_ring(
    painter: QPainter, palette: QPalette, rect: QRectF, radius: float = 3.0
) -> None:
    """The keyboard focus ring around ``rect``, inside it."""
    inset = FOCUS_RING_WIDTH / 2
    painter.setRenderHint(_ANTIALIASED)
    painter.setPen(QPen(palette.color(FOCUS_RING), FOCUS_RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)


class Band(QFrame):
    """A quiet strip across the window: the alternate base colour, a hairline below
    and, when ``accent`` is set, a coloured edge on the left (the question bar,
    notices, the repeat-caller banner)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accent: Role | None = None
        self.accent_width = 4

    def set_accent(self, role: Role | None, width: int = 4) -> None:
        if (role, width) != (self.accent, self.accent_width):
            self.accent, self.accent_width = role, width
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, palette.brush(Role.AlternateBase))
        painter.fillRect(0, rect.height() - 1, rect.width(), 1, palette.color(Role.Midlight))
        if self.accent is not None:
            painter.fillRect(0, 0, self.accent_width, rect.height(), palette.color(self.accent))
        painter.end()


#: The palette role of each kind of text, by the object name it carries.
TEXT_ROLES: dict[str, Role] = {
    "stepTitle": Role.WindowText,
    "goal": Role.Text,
    "situationTitle": Role.Text,
    "cardTitle": Role.Text,
    "cardText": Role.Text,
    "cardNumber": Role.Highlight,
    "cardBlank": Role.Highlight,
    "doMark": Role.Highlight,
    "repeatHeadline": Role.Highlight,
    "moveOn": Role.PlaceholderText,
    "dontMark": Role.PlaceholderText,
    "sectionHeading": Role.PlaceholderText,
    "keyHint": Role.PlaceholderText,
    "caption": Role.PlaceholderText,
    "moodLabel": Role.PlaceholderText,
}

#: Small capitals headings are spaced out a little, as they were in print.
HEADING_LETTER_SPACING = 1.0


def style_as(widget: QWidget, name: str) -> None:
    """Name ``widget`` (tests and accessibility tools find it by this name) and give
    it the text colour of that kind of text."""
    widget.setObjectName(name)
    role = TEXT_ROLES.get(name)
    if role is not None:
        tone(widget, role)
    if name == "sectionHeading":
        font = widget.font()
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, HEADING_LETTER_SPACING)
        widget.setFont(font)


class AlertBar(QPushButton):
    """A full-width button in the highlight colour, its text left-aligned and cut
    to the width (what is due now, under the rail)."""

    PADDING = (14, 4)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        across, down = self.PADDING
        return QSize(
            metrics.horizontalAdvance(self.text()) + 2 * across, metrics.height() + 2 * down
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.brush(Role.Highlight))
        across, _down = self.PADDING
        text_rect = self.rect().adjusted(across, 0, -across, 0)
        painter.setPen(palette.color(Role.HighlightedText))
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.fontMetrics().elidedText(
                self.text(), Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )
        if self.hasFocus():
            painter.setPen(QPen(palette.color(Role.HighlightedText), 1, Qt.PenStyle.DotLine))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()


class Chip(QPushButton):
    """A checkable pill (a situation): a hairline edge, filled with the highlight
    colour while checked."""

    PADDING = (9, 3)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repainted as the mouse comes and goes

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        across, down = self.PADDING
        return QSize(
            metrics.horizontalAdvance(self.text()) + 2 * across + 2,
            metrics.height() + 2 * down + 2,
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        radius = self.height() / 2
        if self.isChecked():
            # Checked is already the highlight colour: focus is a ring inside it.
            edge = Role.HighlightedText if self.hasFocus() else Role.Highlight
            paint_rounded(self, painter, Role.Highlight, edge, 2.0, radius=radius - 1)
            painter.setPen(palette.color(Role.HighlightedText))
        else:
            edge = (
                Role.Highlight
                if self.hasFocus()
                else Role.Mid
                if self.underMouse()
                else Role.Midlight
            )
            width = FOCUS_RING_WIDTH if self.hasFocus() else 1.0
            paint_rounded(self, painter, Role.Window, edge, width, radius=radius - width / 2)
            painter.setPen(palette.color(Role.WindowText))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.text())
        painter.end()
