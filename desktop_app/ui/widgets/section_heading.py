"""A page's section heading ("CARDS", "REMINDERS") painted as one widget.

As a row of labels a heading was two or three widgets; with a screen reader
attached Qt's bridge tells it about every widget shown or hidden, and a step
change shows one page and hides another. Painted, a heading is one widget
that a screen reader hears as a heading named by its text.

Its text is in capitals (``heading_case``), bold, a little smaller than the
body text and spaced out. It is sized from the body font the widget
inherits, so larger text reaches it as it reaches everything else, and it
wraps when the window is narrow (at the largest text a long heading is wider
than a 380-pixel window). Text is drawn as plain text, never HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from desktop_app.ui.widgets.accessible import Spoken
from desktop_app.ui.widgets.labels import heading_case
from desktop_app.ui.widgets.style import HEADING_LETTER_SPACING, TEXT_ROLES
from desktop_app.ui.widgets.wrapped import MeasuredByWidth, WrappedPainting

#: the heading's size, relative to the body text
HEADING_SIZE = 0.78
#: room above a heading, which sets it apart from what comes before it
ROOM_ABOVE = 6
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
#: tall enough for any wrapped heading
_TALL = 1 << 20


def heading_font(body: QFont) -> QFont:
    key = body.key()
    font = _HEADING_FONTS.get(key)
    if font is None:
        font = QFont(body)
        font.setPointSizeF(body.pointSizeF() * HEADING_SIZE)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, HEADING_LETTER_SPACING)
        if len(_HEADING_FONTS) >= MeasuredByWidth.MOST:
            _HEADING_FONTS.clear()  # fonts of text sizes chosen a while ago
        _HEADING_FONTS[key] = font
    return QFont(font)  # a copy (sharing its data): a caller's change stays its own


#: the heading font for each body font in use (``QFont.key``)
_HEADING_FONTS: dict[str, QFont] = {}


class HeadingText:
    """A heading, measured and drawn in a widget's body font; a widget that paints
    a heading above more (the reminders) draws it with this."""

    def __init__(self, text: str) -> None:
        self.text = heading_case(text)
        self._heights: MeasuredByWidth[int] = MeasuredByWidth()
        self._laid_out: MeasuredByWidth[QStaticText] = MeasuredByWidth()

    def height(self, body: QFont, width: int) -> int:
        """Its height at ``width``, the room above it included."""

        def measure() -> int:
            room = QRect(0, 0, max(1, width), _TALL)
            text = QFontMetrics(heading_font(body)).boundingRect(room, _WRAP, self.text)
            return ROOM_ABOVE + text.height()

        return self._heights.get(body, width, measure)

    def paint(self, painter: QPainter, palette: QPalette, body: QFont, width: int) -> int:
        """Draw it at the top of ``painter``'s widget; returns its height."""
        font = heading_font(body)

        def lay_out() -> QStaticText:
            laid_out = QStaticText(self.text)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
            laid_out.setTextWidth(max(1, width))
            laid_out.prepare(QTransform(), font)
            return laid_out

        painter.setFont(font)
        painter.setPen(palette.color(TEXT_ROLES["sectionHeading"]))
        painter.drawStaticText(QPointF(0, ROOM_ABOVE), self._laid_out.get(body, width, lay_out))
        return self.height(body, width)


class SectionHeading(WrappedPainting):
    """One heading on a page: hidden by the page when room is short."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionHeading")
        self._written = text
        self._heading = HeadingText(text)

    def text(self) -> str:
        """The heading as shown, in capitals."""
        return self._heading.text

    def set_text(self, text: str) -> None:
        """Another heading in its place (the same heading in another language)."""
        if text != self._written:
            self._written = text
            self._heading = HeadingText(text)
            self.updateGeometry()
            self.update()

    def spoken(self) -> Spoken:
        # Named as written ("Cards"): capitals may be spelt out letter by letter.
        return Spoken(QAccessible.Role.Heading, self._written)

    def heightForWidth(self, width: int) -> int:
        return self._heading.height(self.font(), width)

    def preferred_width(self) -> int:
        return QFontMetrics(heading_font(self.font())).horizontalAdvance(self._heading.text)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._heading.paint(painter, self.palette(), self.font(), self.width())
        painter.end()
