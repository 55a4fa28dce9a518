"""A phrasing card on screen: its number, key, title and text, clickable.

Each card is one widget that lays out and paints its four texts itself. Its
wrapped title and text are laid out once per width (``WrappedText``), so
switching to a step whose page is already built paints the cards without
wrapping a line again; five widgets per card (a frame and four labels) used
to cost about a millisecond more on every step change. What a card paints
is kept as a picture for its size, look and state, so coming back to a step
copies three or four pictures instead of drawing every glyph again (about
0.5 ms of each step change).

A card shows its text as a click would copy it: placeholders filled with what
the call knows, each value still missing as a blank in words ("[Customer's
name]"), in italics and the accent colour so it stands out. It follows the
notes as they are typed (``refresh_words``); a card without placeholders
never looks again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QToolTip, QWidget

from desktop_app.core.placeholders import pieces, placeholders_in
from desktop_app.core.playbook import PhraseCard
from desktop_app.ui.call_window.ask_bar import placeholder_label
from desktop_app.ui.widgets.accessible import Spoken, tell_part_described, tell_part_focused
from desktop_app.ui.widgets.style import (
    FOCUS_RING,
    FOCUS_RING_WIDTH,
    TEXT_ROLES,
    Role,
    paint_rounded,
)
from desktop_app.ui.widgets.typography import Typography

_FACE, _EDGE, _HOVER_EDGE, _FOCUS_EDGE = Role.Base, Role.Midlight, Role.Mid, FOCUS_RING
#: the colour of each text on a card, as ``style_as`` gives labels of the same kind
_NUMBER_INK, _TITLE_INK, _TEXT_INK, _HINT_INK, _BLANK_INK = (
    TEXT_ROLES[kind] for kind in ("cardNumber", "cardTitle", "cardText", "keyHint", "cardBlank")
)


@dataclass(frozen=True, slots=True)
class CardText:
    """A card's text as it would be copied now, and where its blanks are."""

    text: str
    #: each value still missing, as (start, length) of its "[words]" in ``text``
    blanks: tuple[tuple[int, int], ...] = ()


#: a card's text as it is shown, heard and copied now
CardWords = Callable[[PhraseCard], CardText]


def scaled(font: QFont, factor: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """``font`` at ``factor`` times its size, in ``weight``."""
    result = QFont(font)
    result.setPointSizeF(font.pointSizeF() * factor)
    result.setWeight(weight)
    return result


def card_text(card: PhraseCard, values: dict[str, str]) -> CardText:
    """The card's text as a click would copy it, each value still missing named in brackets."""
    text, blanks = "", []
    for piece in pieces(card.text, values, dict(card.fallbacks)):
        words = f"[{placeholder_label(piece.missing)}]" if piece.missing else piece.text
        if piece.missing:
            blanks.append((len(text), len(words)))
        text += words
    return CardText(text, tuple(blanks))


class WrappedText:
    """Plain text wrapped to a width, laid out once per font and width.

    A long word with no place to break is broken anywhere rather than cut off.
    Shown in at most a number of lines, the last one ends in "…" where the
    text goes on. The text is never read as HTML.
    """

    def __init__(self, text: str, marked: Sequence[tuple[int, int]] = ()) -> None:
        self._layout = _plain_layout(text)
        #: (start, length) of the runs set in italics and ``draw``'s ``mark`` colour
        self._marked = tuple(marked)
        self._mark: QColor | None = None
        if self._marked:
            self._set_marks(QColor())
        self._font: QFont | None = None
        self._width = -1
        #: the bottom of each line, from the top of the first
        self._bottoms: list[float] = []
        #: the text cut short to a number of lines, by that number (for this font and width)
        self._cut: dict[int, QTextLayout] = {}

    def text(self) -> str:
        return self._layout.text()

    def height(self, font: QFont, width: int, lines: int | None = None) -> int:
        """The height of the text wrapped to ``width`` pixels, in ``font``, in at
        most ``lines`` lines (all of them if None)."""
        if width != self._width or self._font is None or font != self._font:
            self._lay_out(font, max(width, 1))
        shown = len(self._bottoms) if lines is None else min(lines, len(self._bottoms))
        return int(self._bottoms[shown - 1] + 0.999) if shown > 0 else 0

    def shown(self, font: QFont, width: int, lines: int | None) -> str:
        """The text as drawn in at most ``lines`` lines: whole, or cut short with "…"."""
        if lines is not None and lines <= 0:
            return ""
        if self.cut_short(font, width, lines):
            assert lines is not None
            return self._cut_to(lines).text()
        return self.text()

    def cut_short(self, font: QFont, width: int, lines: int | None) -> bool:
        """Whether the text needs more than ``lines`` lines at this width."""
        self.height(font, width)
        return lines is not None and len(self._bottoms) > lines

    def _lay_out(self, font: QFont, width: int) -> None:
        if self._font is None or font != self._font:
            self._layout.setFont(font)
        self._bottoms = _wrap(self._layout, width)
        self._font, self._width = QFont(font), width
        self._cut.clear()

    def _cut_to(self, lines: int) -> QTextLayout:
        """The text up to where ``lines`` lines end, then "…", laid out like the whole."""
        cut = self._cut.get(lines)
        if cut is not None:
            return cut
        assert self._font is not None
        text = self.text()
        last = self._layout.lineAt(lines - 1)
        end = last.textStart() + last.textLength()
        while True:
            kept = text[:end].rstrip()
            cut = _plain_layout(kept + "…")
            cut.setFont(self._font)
            cut.setFormats(_marks(self._marked, self._mark, len(kept)))
            if len(_wrap(cut, self._width)) <= lines or end <= last.textStart():
                break
            end -= 1  # "…" did not fit after the line's last word: one letter less
        self._cut[lines] = cut
        return cut

    def _set_marks(self, colour: QColor) -> None:
        self._layout.setFormats(_marks(self._marked, colour, len(self.text())))
        self._mark = colour
        self._font = None  # laid out again: the look of the marks changed

    def draw(
        self,
        painter: QPainter,
        x: int,
        y: int,
        font: QFont,
        width: int,
        mark: QColor | None = None,
        lines: int | None = None,
    ) -> None:
        if self._marked and mark is not None and mark != self._mark:
            self._set_marks(mark)
        if lines is not None and lines <= 0:
            return
        if self.cut_short(font, width, lines):
            assert lines is not None
            self._cut_to(lines).draw(painter, QPointF(x, y))
        else:
            self._layout.draw(painter, QPointF(x, y))


def _plain_layout(text: str) -> QTextLayout:
    layout = QTextLayout(text)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    return layout


def _wrap(layout: QTextLayout, width: int) -> list[float]:
    """Lay ``layout`` out in lines ``width`` wide; the bottom of each line."""
    layout.beginLayout()
    bottoms: list[float] = []
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        bottoms.append(y)
    layout.endLayout()
    return bottoms


def _marks(
    marked: Sequence[tuple[int, int]], colour: QColor | None, length: int
) -> list[QTextLayout.FormatRange]:
    """Italics (in ``colour``, if valid) over each marked run, up to ``length``."""
    marks = []
    for start, run in marked:
        if start >= length:
            continue
        mark = QTextLayout.FormatRange()
        mark.start, mark.length = start, min(run, length - start)
        look = QTextCharFormat()
        look.setFontItalic(True)
        if colour is not None and colour.isValid():
            look.setForeground(colour)
        mark.format = look
        marks.append(mark)
    return marks


class CardView:
    """One card of a ``CardList``, painted by it: the number on the left, the
    title with the key beside it, the text below, on a rounded face. Its fonts
    follow the list's font (the body size, set by ``Typography``).

    It is no widget: a page of nine cards is one widget, so a step change
    shows and hides far fewer of them (with a screen reader listening, Qt
    tells it about every widget shown or hidden). A screen reader meets each
    card all the same, as a button of the list (``spoken``).
    """

    MARGINS = (10, 8, 10, 9)  # left, top, right, bottom
    #: a card cut to a few lines keeps less room above and below its texts too
    DENSE_MARGINS = (10, 4, 10, 5)
    #: the width a card asks for; the page gives it its own width
    PREFERRED_WIDTH = 320
    NUMBER_WIDTH = 22
    COLUMN_GAP = 10
    LINE_GAP = 2

    def __init__(
        self,
        owner: CardList,
        number: int,
        card: PhraseCard,
        key: str,
        on_use: Callable[[PhraseCard], None],
        words: CardWords | None = None,
    ) -> None:
        self._owner = owner
        self.card = card
        self._on_use = on_use
        self._words = words
        self._key = key
        self._number = str(number) if number <= 9 else ""
        self._hint = key
        self._title = WrappedText(card.title)
        #: only a card with placeholders changes its text as the call goes on
        self._fills = bool(placeholders_in(card.text))
        self._shown = self._words_now()
        self._text = WrappedText(self._shown.text, self._shown.blanks)
        self._heights: dict[int, int] = {}
        #: the most lines of text shown (0: the title only), or None for all of it
        self._lines: int | None = None
        #: where the list paints it, in the list's coordinates
        self._geometry = QRect()
        self._tooltip = ""
        #: the card as painted, by state; all for ``_pictures_for`` (size, pixel
        #: ratio, palette), emptied when the fonts or the key hint change
        self._pictures: dict[str, QPixmap] = {}
        self._pictures_for: tuple[int, int, float, int] | None = None
        self.set_font(owner.font())

    # -- what it shows ---------------------------------------------------------
    def title_text(self) -> str:
        return self._title.text()

    def hint_text(self) -> str:
        return self._hint

    def body_text(self) -> str:
        """The text: filled in, a missing value as a blank in words."""
        return self._text.text()

    def shown_texts(self) -> tuple[str, str]:
        """The title and the text as drawn now, each cut short with "…" where the
        card has fewer lines than they need (``set_line_limit``)."""
        _x, title_width, text_width, _hint = self.columns(self.width())
        title = self._title.shown(self.title_font, title_width, self._title_lines())
        return title, self._text.shown(self.text_font, text_width, self._lines)

    def blank_texts(self) -> list[str]:
        """The blanks shown for values still missing ("[Customer's name]")."""
        text = self._shown.text
        return [text[start : start + length] for start, length in self._shown.blanks]

    def toolTip(self) -> str:
        """A card cut short says its whole text here (a screen reader always hears
        it, in the description); escaped, so a name typed in the notes is never HTML."""
        return self._tooltip

    def refresh_words(self) -> bool:
        """Show what the call knows now (a name typed in the notes, a promise's due
        date); whether the card's text changed."""
        if not self._fills:
            return False
        shown = self._words_now()
        if shown == self._shown:
            return False  # the usual case while typing: not a word of this card changed
        self._shown = shown
        self._text = WrappedText(shown.text, shown.blanks)
        self._heights.clear()
        self._pictures.clear()
        self._say_whole_text()
        return True

    def set_line_limit(self, lines: int | None) -> None:
        """Show at most ``lines`` lines of the text and one of the title (0: the
        title only, as in compact mode), each cut short with "…"; None: all of both."""
        if lines == self._lines:
            return
        self._lines = lines
        self._heights.clear()
        self._pictures.clear()
        self._say_whole_text()

    def line_limit(self) -> int | None:
        return self._lines

    def _say_whole_text(self) -> None:
        self._tooltip = "" if self._lines is None else f"<p>{escape(self._shown.text)}</p>"

    def show_uses(self, times: int) -> bool:
        """The key hint says how often the card was used this call; whether it changed."""
        used = QCoreApplication.translate("CardView", "{0} · used {1}×")
        used = used.format(self._key, times).lstrip(" ·")
        hint = used if times else self._key
        if hint == self._hint:
            return False
        self._hint = hint
        self._heights.clear()  # the title has another width beside it
        self._pictures.clear()
        return True

    def spoken(self) -> Spoken:
        """The texts are painted: a screen reader hears them from here."""
        return Spoken(
            _BUTTON,
            self.card.title,
            describe=self._as_copied,
            press=self.press,
            key=self._key,
        )

    def press(self) -> None:
        """What a click, Enter or the card's key does: the card is copied."""
        self._on_use(self.card)

    def _as_copied(self) -> str:
        return self._words_now().text

    def _words_now(self) -> CardText:
        if self._words is not None and self._fills:
            return self._words(self.card)
        return card_text(self.card, {})

    # -- where it is (a ``Part`` of its list, for a screen reader) ---------------
    def card_list(self) -> CardList:
        """The list that paints it."""
        return self._owner

    def geometry(self) -> QRect:
        self._owner.place_cards()  # where it is now, not where it was last painted
        return QRect(self._geometry)

    def rect(self) -> QRect:
        return QRect(QPoint(0, 0), self.geometry().size())

    def width(self) -> int:
        return self.geometry().width()

    def height(self) -> int:
        return self.geometry().height()

    def palette(self) -> QPalette:
        return self._owner.palette()

    def hasFocus(self) -> bool:
        return self._owner.focused_view() is self

    def take_focus(self) -> None:
        self._owner.focus_view(self)

    def grab(self) -> QPixmap:
        """The card as it is on screen."""
        return self._owner.grab(self._geometry)

    def place(self, geometry: QRect) -> None:
        self._geometry = QRect(geometry)

    # -- fonts and geometry ----------------------------------------------------
    def set_font(self, body: QFont) -> None:
        self.number_font = scaled(body, 1.15, QFont.Weight.Bold)
        self.title_font = scaled(body, 1.0, QFont.Weight.DemiBold)
        self.hint_font = scaled(body, 0.8)
        self.text_font = scaled(body, 0.95)
        self._hint_metrics = QFontMetrics(self.hint_font)
        self._number_height = QFontMetrics(self.number_font).height()
        self._heights.clear()
        self._pictures.clear()

    def margins(self) -> tuple[int, int, int, int]:
        return self.MARGINS if self._lines is None else self.DENSE_MARGINS

    def _title_lines(self) -> int | None:
        return None if self._lines is None else 1

    def columns(self, width: int) -> tuple[int, int, int, int]:
        """Where the texts go on a card ``width`` pixels wide: the x of the title
        and text, the title's width (the key hint sits beside it), the text's
        width, the key hint's width."""
        left, _top, right, _bottom = self.margins()
        x = left + self.NUMBER_WIDTH + self.COLUMN_GAP
        text_width = width - x - right
        hint_width = self._hint_metrics.horizontalAdvance(self._hint) if self._hint else 0
        title_width = text_width - (hint_width + self.COLUMN_GAP if hint_width else 0)
        return x, max(title_width, 1), max(text_width, 1), hint_width

    def _title_row_height(self, title_width: int, lines: int | None) -> int:
        """The wrapped title's height, or the key hint's if that is taller."""
        title = self._title.height(self.title_font, title_width, lines)
        return max(title, self._hint_metrics.height())

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self.height_with(width, self._lines)
        return height

    def height_with(self, width: int, lines: int | None) -> int:
        """The card's height at ``width`` with at most ``lines`` lines of text
        (see ``set_line_limit``)."""
        saved, self._lines = self._lines, lines
        try:
            _x, title_width, text_width, _hint = self.columns(width)
            _left, top, _right, bottom = self.margins()
            title = self._title_row_height(title_width, self._title_lines())
        finally:
            self._lines = saved
        if lines == 0:
            return top + max(self._number_height, title) + bottom
        text = self._text.height(self.text_font, text_width, lines)
        return top + max(self._number_height, title + self.LINE_GAP + text) + bottom

    def least_width(self) -> int:
        left, _top, right, _bottom = self.margins()
        words = 8 * self._hint_metrics.averageCharWidth()
        return left + self.NUMBER_WIDTH + self.COLUMN_GAP + words + right

    # -- painting ----------------------------------------------------------------
    def picture(self, state: str, ratio: float) -> QPixmap:
        """The card as it looks in ``state``, painted once for its size, look and state.

        The picture is opaque, its corners filled with the page's colour (a
        card sits on its page's ``Base``, the same colour as its face), so
        text keeps the sub-pixel smoothing the window itself would give it.
        """
        palette = self.palette()
        size = (self.width(), self.height(), ratio, palette.cacheKey())
        if size != self._pictures_for:
            self._pictures.clear()
            self._pictures_for = size
        picture = self._pictures.get(state)
        if picture is None:
            picture = QPixmap(self._geometry.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(palette.color(_FACE))
            painter = QPainter(picture)
            self.paint_card(painter, state)
            painter.end()
            self._pictures[state] = picture
        return picture

    def paint_card(self, painter: QPainter, state: str) -> None:
        """Paint the card, as it looks in ``state``, with ``painter``.

        A rounded card on the page: a hairline edge, darker under the mouse,
        a thick highlight edge while it has the keyboard focus.
        """
        if state == "focus":
            paint_rounded(self, painter, _FACE, _FOCUS_EDGE, FOCUS_RING_WIDTH)
        else:
            paint_rounded(self, painter, _FACE, _HOVER_EDGE if state == "hover" else _EDGE)
        palette = self.palette()
        left, top, right, _bottom = self.margins()
        width = self.width()
        x, title_width, text_width, hint_width = self.columns(width)
        if self._number:
            painter.setFont(self.number_font)
            painter.setPen(palette.color(_NUMBER_INK))
            painter.drawText(
                left, top, self.NUMBER_WIDTH, self.height(), _NUMBER_ALIGN, self._number
            )
        painter.setPen(palette.color(_TITLE_INK))
        title_lines = self._title_lines()
        self._title.draw(painter, x, top, self.title_font, title_width, lines=title_lines)
        title_height = self._title_row_height(title_width, title_lines)
        painter.setPen(palette.color(_TEXT_INK))
        self._text.draw(
            painter,
            x,
            top + title_height + self.LINE_GAP,
            self.text_font,
            text_width,
            palette.color(_BLANK_INK),
            self._lines,
        )
        if hint_width:
            painter.setFont(self.hint_font)
            painter.setPen(palette.color(_HINT_INK))
            painter.drawText(
                width - right - hint_width, top, hint_width, title_height, _HINT_ALIGN, self._hint
            )


_BUTTON = QAccessible.Role.Button
_NUMBER_ALIGN = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
_HINT_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)


class CardList(QWidget):
    """The cards of one step or situation, numbered from 1, painted one under another.

    One widget and one Tab stop: Tab and Shift+Tab (and the arrow keys) go
    from card to card inside it before they leave it, the card with the
    keyboard focus wears the focus ring and is scrolled into view, Enter or
    Space copies it, a click copies the card under the pointer. A screen
    reader meets the list and, as its children, a button for each card.
    """

    SPACING = 6
    #: between cards cut to a few lines
    DENSE_SPACING = 4
    #: between one-line cards (compact mode), so that nine fit under the goal at 380x600
    COMPACT_SPACING = 2

    def __init__(
        self,
        cards: Sequence[PhraseCard],
        keys: Sequence[str],
        on_use: Callable[[PhraseCard], None],
        typography: Typography,
        parent: QWidget | None = None,
        words: CardWords | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cards")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # the card under the pointer is edged darker
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._gap = self.SPACING
        self._current = 0
        self._hovered: CardView | None = None
        #: a focus change is to be told to a screen reader (``_tell_soon``)
        self._telling = False
        #: the width the cards were placed for (-1: to be placed again)
        self._placed_for = -1
        self.views: list[CardView] = []
        for number, card in enumerate(cards, start=1):
            key = keys[number - 1] if number - 1 < len(keys) else ""
            self.views.append(CardView(self, number, card, key, on_use, words))
        typography.role(self)  # the cards' fonts follow (``changeEvent``)

    # -- what the page asks of it ----------------------------------------------------
    def show_uses(self, uses: Callable[[str], int]) -> None:
        changed = [view.show_uses(uses(view.card.id)) for view in self.views]  # every one
        if any(changed):
            self._relayout()

    def refresh_words(self) -> None:
        changed = [i for i, view in enumerate(self.views) if view.refresh_words()]
        for index in changed:
            tell_part_described(self, index)
        if changed:
            self._relayout()

    def set_line_limit(self, lines: int | None) -> None:
        """Every card in at most ``lines`` lines of text (see ``CardView.set_line_limit``)."""
        self._gap = self._gap_for(lines)
        for view in self.views:
            view.set_line_limit(lines)
        self._relayout()

    def height_of_first(self, count: int, width: int, lines: int | None) -> int:
        """The height the first ``count`` cards take at ``width`` with ``lines``
        lines of text each, the gaps between them included."""
        shown = self.views[:count]
        gap = self._gap_for(lines)
        return sum(view.height_with(width, lines) for view in shown) + gap * max(len(shown) - 1, 0)

    def _gap_for(self, lines: int | None) -> int:
        if lines is None:
            return self.SPACING
        return self.DENSE_SPACING if lines else self.COMPACT_SPACING

    # -- the keyboard focus, card by card ----------------------------------------------
    def focused_view(self) -> CardView | None:
        """The card the keyboard is on, while the list has the focus."""
        if self.views and self.hasFocus():
            return self.views[self._current]
        return None

    def focus_view(self, view: CardView) -> None:
        """Give ``view`` the keyboard focus (the list takes it, if it has not)."""
        self._move_to(self.views.index(view))
        if not self.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _move_to(self, index: int) -> None:
        before = self._current
        self._current = index
        if self.hasFocus() and index != before:
            self.update(self.views[before].geometry())
            self._arrived()

    def _arrived(self, *, told: bool = True) -> None:
        """The focused card drawn with its ring, in view, and (if ``told``) told to a
        screen reader."""
        view = self.views[self._current]
        self.update(view.geometry())
        _scroll_into_view(self, view.geometry())
        if told:
            self._tell_focused()

    def _tell_focused(self) -> None:
        self._telling = False
        if self.hasFocus() and self.views:
            tell_part_focused(self, self._current)

    def _tell_soon(self) -> None:
        """Tell the focused card once this event is done (and Qt's own focus news with it)."""
        if not self._telling:
            self._telling = True
            QTimer.singleShot(0, self, self._tell_focused)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.views and event.reason() == Qt.FocusReason.MouseFocusReason:
            # The click that gave the focus picks the card (``mousePressEvent``): the
            # page must not scroll to the card the keyboard was on before.
            self.update(self.views[self._current].geometry())
            self._tell_soon()
            super().focusInEvent(event)
            return
        if self.views:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self._current = 0
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self._current = len(self.views) - 1
            # Qt tells a screen reader that the list has the focus after this
            # handler: the card is told once that is done, so the card is what
            # the reader ends on (and speaks), not the list.
            self._arrived(told=False)
            self._tell_soon()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.views:
            self.update(self.views[self._current].geometry())
        super().focusOutEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        step = 1 if next else -1
        if self.hasFocus() and 0 <= self._current + step < len(self.views):
            self._move_to(self._current + step)
            return True  # still inside the list: Tab goes on to the next card
        return bool(super().focusNextPrevChild(next))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.views:
            self.views[self._current].press()
            return
        moves = {int(Qt.Key.Key_Down): 1, int(Qt.Key.Key_Up): -1}
        if key in moves and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            wanted = self._current + moves[int(key)]
            if 0 <= wanted < len(self.views):
                self._move_to(wanted)
            return
        super().keyPressEvent(event)

    # -- the pointer -------------------------------------------------------------------
    def view_at(self, point: QPoint) -> CardView | None:
        for view in self.views:
            if view.geometry().contains(point):
                return view
        return None

    def _hover(self, view: CardView | None) -> None:
        if view is not self._hovered:
            for changed in (self._hovered, view):
                if changed is not None:
                    self.update(changed.geometry())
            self._hovered = view
            if QToolTip.isVisible():
                QToolTip.hideText()  # the last card's; the new one's shows when the pointer rests
        self._tooltip_of_hovered()

    def _tooltip_of_hovered(self) -> None:
        """The list's tooltip is that of the card under the pointer (its whole text
        where it is cut short): Qt shows it, no handler of every event needed."""
        tip = self._hovered.toolTip() if self._hovered is not None else ""
        if tip != self.toolTip():
            self.setToolTip(tip)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover(self.view_at(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        view = self.view_at(event.position().toPoint())
        if view is not None and event.button() == Qt.MouseButton.LeftButton:
            before, self._current = self._current, self.views.index(view)
            if self.hasFocus():  # the click gave it the focus, or it had it
                self.update(self.views[before].geometry())
                self._arrived(told=False)
                self._tell_soon()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        view = self.view_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and view is not None:
            view.press()
            return
        super().mouseReleaseEvent(event)

    # -- what a screen reader hears --------------------------------------------------
    def spoken(self) -> Spoken:
        return Spoken(_LIST, QCoreApplication.translate("CardPage", "Cards"))

    def spoken_parts(self) -> Sequence[CardView]:
        return self.views

    # -- size and placing ----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            for view in self.views:
                view.set_font(self.font())
            self._relayout()
        super().changeEvent(event)

    def _relayout(self) -> None:
        self._placed_for = -1
        self._tooltip_of_hovered()  # a card cut short, or whole again
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = sum(view.heightForWidth(width) for view in self.views)
        return heights + self._gap * max(len(self.views) - 1, 0)

    def sizeHint(self) -> QSize:
        width = CardView.PREFERRED_WIDTH
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = max((view.least_width() for view in self.views), default=0)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._placed_for = -1
        super().resizeEvent(event)

    def place_cards(self) -> None:
        """Each card's rectangle, one under another at the list's width."""
        width = self.width()
        if width == self._placed_for:
            return
        top = 0
        for view in self.views:
            height = view.heightForWidth(width)
            view.place(QRect(0, top, width, height))
            top += height + self._gap
        self._placed_for = width

    def showEvent(self, event: QShowEvent) -> None:
        self.place_cards()
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.place_cards()
        ratio = self.devicePixelRatioF()
        focused = self.focused_view()
        painter = QPainter(self)
        for view in self.views:
            place = view.geometry()
            if not place.intersects(event.rect()):
                continue
            state = "focus" if view is focused else "hover" if view is self._hovered else "plain"
            painter.drawPixmap(place.topLeft(), view.picture(state, ratio))
        painter.end()


_LIST = QAccessible.Role.List


def _scroll_into_view(widget: QWidget, place: QRect) -> None:
    """Scroll the nearest scroll area around ``widget`` until ``place`` (in its
    coordinates) is in view, as a scroll area does for a widget that takes the focus."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    body = area.widget() if area is not None else None
    if area is None or body is None:
        return
    centre = widget.mapTo(body, place.center())
    area.ensureVisible(centre.x(), centre.y(), 0, place.height() // 2 + 1)
