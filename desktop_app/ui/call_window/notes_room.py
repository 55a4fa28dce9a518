"""Room for the notes field the agent is in, when the notes sit below the cards.

Stacked in a narrow window at large text, the notes pane is a strip a field
may not fit in. While one of its fields has the focus (Tab, Ctrl+L, a click,
``calmline ctl focus-notes``) the splitter lends the pane the height that
field and its caption need, and the field is scrolled into view whole; the
cards get their height back when the focus returns to the rest of the window.
Side by side the pane is tall enough: the field is only scrolled into view.

Works on focus changes only, never on a step change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from desktop_app.ui.call_window.notes_pane import NotesPane


class NotesRoom(QObject):
    def __init__(self, splitter: QSplitter, notes: NotesPane) -> None:
        super().__init__(notes)
        self._splitter = splitter
        self._notes = notes
        #: the splitter's sizes before the notes borrowed height, and the sizes lent
        self._lent: tuple[list[int], list[int]] | None = None

    def focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Connected to ``QApplication.focusChanged``."""
        if new is None or new.window() is not self._notes.window():
            return  # a combo box's list or the calendar open, another window: the same room
        field = self._notes.field_holding(new)
        if field is not None:
            self.make_room(field)
        elif not self._notes.isAncestorOf(new):
            self.give_back()

    def refit(self) -> None:
        """The splitter was shared anew (larger text, notes beside or below): the
        sizes to give back are these now, and the field in use gets its room again."""
        self._lent = None
        focused = QApplication.focusWidget()
        field = self._notes.field_holding(focused) if focused is not None else None
        if field is not None:
            self.make_room(field)

    def make_room(self, field: QWidget) -> None:
        """Lend the notes the height ``field`` needs, if they are short of it, and
        scroll it into view."""
        splitter, notes = self._splitter, self._notes
        cards = splitter.widget(0)
        if splitter.orientation() == Qt.Orientation.Vertical and cards is not None:
            sizes = splitter.sizes()
            shown = notes.viewport().height()
            need = notes.area_of(field).height()
            if need > shown:
                more = min(need - shown, sizes[0] - cards.minimumSizeHint().height())
                if more > 0:
                    lent = [sizes[0] - more, sizes[1] + more]
                    before = self._lent[0] if self._lent is not None else sizes
                    splitter.setSizes(lent)
                    self._lent = (before, splitter.sizes())
        notes.show_field(field)
        # Again once the layouts have settled on the new sizes.
        QTimer.singleShot(0, notes, lambda: notes.show_field(field))

    def give_back(self) -> None:
        """The cards' height back, unless the agent has moved the divider since."""
        if self._lent is None:
            return
        before, lent = self._lent
        self._lent = None
        splitter = self._splitter
        if splitter.orientation() == Qt.Orientation.Vertical and splitter.sizes() == lent:
            splitter.setSizes(before)
