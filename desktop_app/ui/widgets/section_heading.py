"""A page's section heading ("CARDS", "REMINDERS") painted as one widget.

As a row of labels a heading was two or three widgets; with a screen reader
attached Qt's bridge tells it about every widget shown or hidden, and a step
change shows one page and hides another. Painted, a heading is one widget
that a screen reader hears as a heading named by its text.

Its text is in capitals (``heading_case``), bold, a little smaller than the
body text and spaced out; an optional hint (a key) sits on the right. Both are
sized from the body font the widget inherits, so larger text reaches them as
it reaches everything else, and the text wraps when the window is narrow (at
the largest text a long heading is wider than a 380-pixel window). Text is
drawn as plain text, never HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from desktop_app.ui.widgets.accessible import Spoken
from desktop_app.ui.widgets.labels import heading_case
from desktop_app.ui.widgets.style import HEADING_LETTER_SPACING, TEXT_ROLES
from desktop_app.ui.widgets.wrapped import WrappedPainting

#: the heading's size and the hint's, relative to the body text
HEADING_SIZE = 0.78
HINT_SIZE = 0.8
#: room above a heading, which sets it apart from what comes before it
ROOM_ABOVE = 6
#: room between the heading's text and its hint
HINT_GAP = 6
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
#: tall enough for any wrapped heading
_TALL = 1 << 20


def heading_font(body: QFont) -> QFont:
    font = QFont(body)
    font.setPointSizeF(body.pointSizeF() * HEADING_SIZE)
    font.setWeight(QFont.Weight.Bold)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, HEADING_LETTER_SPACING)
    return font


def hint_font(body: QFont) -> QFont:
    font = QFont(body)
    font.setPointSizeF(body.pointSizeF() * HINT_SIZE)
    return font


class HeadingText:
    """A heading and its hint, measured and drawn in a widget's body font; a
    widget that paints a heading above more (the reminders) draws it with this."""

    def __init__(self, text: str, hint: str = "") -> None:
        self.text = heading_case(text)
        self.hint = hint
        #: its height by font and width (a layout asks for a few widths in turn)
        self._measured: dict[tuple[str, int], int] = {}

    def _room(self, body: QFont, width: int) -> tuple[int, int]:
        """The width the heading's text wraps in, and the hint's width."""
        if not self.hint:
            return max(1, width), 0
        hint_width = QFontMetrics(hint_font(body)).horizontalAdvance(self.hint)
        return max(1, width - hint_width - HINT_GAP), hint_width

    def height(self, body: QFont, width: int) -> int:
        """Its height at ``width``, the room above it included."""
        measured = (body.key(), width)
        height = self._measured.get(measured)
        if height is None:
            if len(self._measured) > 8:
                self._measured.clear()  # widths of a window resized a while ago
            room, _hint_width = self._room(body, width)
            text = QFontMetrics(heading_font(body)).boundingRect(
                QRect(0, 0, room, _TALL), _WRAP, self.text
            )
            hint = QFontMetrics(hint_font(body)).height() if self.hint else 0
            height = self._measured[measured] = ROOM_ABOVE + max(text.height(), hint)
        return height

    def paint(self, painter: QPainter, palette: QPalette, body: QFont, width: int) -> int:
        """Draw it at the top of ``painter``'s widget; returns its height."""
        height = self.height(body, width)
        room, hint_width = self._room(body, width)
        painter.setFont(heading_font(body))
        painter.setPen(palette.color(TEXT_ROLES["sectionHeading"]))
        painter.drawText(QRect(0, ROOM_ABOVE, room, height - ROOM_ABOVE), _WRAP, self.text)
        if self.hint:
            painter.setFont(hint_font(body))
            painter.setPen(palette.color(TEXT_ROLES["keyHint"]))
            painter.drawText(
                QRect(width - hint_width, ROOM_ABOVE, hint_width, height - ROOM_ABOVE),
                _RIGHT,
                self.hint,
            )
        return height


class SectionHeading(WrappedPainting):
    """One heading on a page: hidden by the page when room is short."""

    def __init__(self, text: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionHeading")
        self._written = text
        self._heading = HeadingText(text, hint)

    def text(self) -> str:
        """The heading as shown, in capitals."""
        return self._heading.text

    def hint(self) -> str:
        return self._heading.hint

    def spoken(self) -> Spoken:
        # Named as written ("Cards"): capitals may be spelt out letter by letter.
        return Spoken(QAccessible.Role.Heading, self._written, description=self._heading.hint)

    def heightForWidth(self, width: int) -> int:
        return self._heading.height(self.font(), width)

    def preferred_width(self) -> int:
        width = QFontMetrics(heading_font(self.font())).horizontalAdvance(self._heading.text)
        if self._heading.hint:
            hint = QFontMetrics(hint_font(self.font())).horizontalAdvance(self._heading.hint)
            width += HINT_GAP + hint
        return width

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._heading.paint(painter, self.palette(), self.font(), self.width())
        painter.end()
