"""A step's do / don't reminders as one painted widget: the "Reminders" heading,
then the "Do" list with ✓ marks and the "Don't" list with ✕ marks, each
reminder a mark and a wrapped line.

As labels, each reminder was two widgets (the mark and its text), and the
block around them with its heading and two lists five more; with a screen
reader attached Qt's bridge tells it about every one of them each time a page
is shown or hidden, which made the step key miss its target. Painted, the
block is one widget, which a screen reader hears as a list named "Reminders"
whose items are the reminders ("Do: Let them finish"), each a painted part of
it (``spoken_parts``). Text is drawn as plain text, never HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from desktop_app.ui.widgets.accessible import Spoken
from desktop_app.ui.widgets.section_heading import HeadingText
from desktop_app.ui.widgets.wrapped import MeasuredByWidth, WrappedPainting

#: Room between the mark's column and the text, and between two reminders.
GAP = 8
LINE_GAP = 3
#: Room between the heading and a list, and between the two lists.
LIST_GAP = 6
_WRAP = int(Qt.TextFlag.TextWordWrap)
_MARK = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)


@dataclass(frozen=True, slots=True)
class ReminderList:
    """One list of the block: its title ("Do"), its mark and the mark's colour."""

    title: str
    mark: str
    mark_role: QPalette.ColorRole
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder as a screen reader meets it: an item of the list, read with
    its list's title ("Don't: Promise what you cannot keep")."""

    owner: Reminders
    said: str
    #: (the list's number, the reminder's line in it)
    at: tuple[int, int]

    def spoken(self) -> Spoken:
        return Spoken(QAccessible.Role.ListItem, self.said)

    def geometry(self) -> QRect:
        return self.owner.item_rect(*self.at)

    def hasFocus(self) -> bool:
        return False  # read, not pressed: the keyboard passes it by

    def take_focus(self) -> None:
        return None


class Reminders(WrappedPainting):
    """The "Reminders" heading, then each list that has reminders, in order."""

    def __init__(
        self, heading: str, lists: Sequence[ReminderList], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._written = heading
        self._heading = HeadingText(heading)
        self._lists = tuple(listed for listed in lists if listed.items)
        # the font and width measured at, and the height of each item of each list
        #: the height of each item of each list
        self._heights: MeasuredByWidth[tuple[tuple[int, ...], ...]] = MeasuredByWidth()

    def heading(self) -> str:
        """The heading as shown, in capitals."""
        return self._heading.text

    def items(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each list shown, in order: its title and its reminders."""
        return [(listed.title, listed.items) for listed in self._lists]

    def spoken(self) -> Spoken:
        return Spoken(QAccessible.Role.List, self._written)

    def spoken_parts(self) -> Sequence[Reminder]:
        return [
            Reminder(self, f"{listed.title}: {item}", (number, line))
            for number, listed in enumerate(self._lists)
            for line, item in enumerate(listed.items)
        ]

    def item_rect(self, number: int, line: int) -> QRect:
        """Where reminder ``line`` of list ``number`` is painted."""
        width = self.width()
        top = self._heading.height(self.font(), width)
        for at, heights in enumerate(self._item_heights(width)):
            top += LIST_GAP
            if at == number:
                top += sum(heights[:line]) + LINE_GAP * line
                return QRect(0, top, width, heights[line])
            top += sum(heights) + LINE_GAP * (len(heights) - 1)
        return QRect()

    # -- size ------------------------------------------------------------------
    def _mark_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _mark_width(self) -> int:
        # As wide as the widest mark at the text size in use (larger text, a wider ✓).
        metrics = QFontMetrics(self._mark_font())
        return max([14, *(metrics.horizontalAdvance(listed.mark) for listed in self._lists)])

    def _item_heights(self, width: int) -> tuple[tuple[int, ...], ...]:
        def measure() -> tuple[tuple[int, ...], ...]:
            metrics = QFontMetrics(self.font())
            room = QRect(0, 0, max(1, width - self._mark_width() - GAP), 1 << 20)
            return tuple(
                tuple(metrics.boundingRect(room, _WRAP, item).height() for item in listed.items)
                for listed in self._lists
            )

        return self._heights.get(self.font(), width, measure)

    def heightForWidth(self, width: int) -> int:
        lists = [
            sum(heights) + LINE_GAP * (len(heights) - 1) for heights in self._item_heights(width)
        ]
        return self._heading.height(self.font(), width) + sum(lists) + LIST_GAP * len(lists)

    def narrowest_width(self) -> int:
        return self._mark_width() + GAP + super().narrowest_width()

    # -- painting --------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        width = self.width()
        top = self._heading.paint(painter, palette, self.font(), width)
        mark_width = self._mark_width()
        text_left = mark_width + GAP
        room = max(1, width - text_left)
        for listed, heights in zip(self._lists, self._item_heights(width), strict=True):
            top += LIST_GAP
            for item, height in zip(listed.items, heights, strict=True):
                painter.setFont(self._mark_font())
                painter.setPen(palette.color(listed.mark_role))
                painter.drawText(QRect(0, top, mark_width, height), _MARK, listed.mark)
                painter.setFont(self.font())
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
                painter.drawText(QRect(text_left, top, room, height), _WRAP, item)
                top += height + LINE_GAP
            top -= LINE_GAP
        painter.end()
