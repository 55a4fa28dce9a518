"""Follow-ups: the list of commitments (overdue, today, later).

``FollowUpsWidget`` lists every open commitment with a due time, grouped;
Space (or the button) marks the selected one done in the log; Ctrl+Shift+H
asks, in a line under the list, for a colleague's name and hands the selected
promise to them (in the local log, and for the whole team when there is a team
log); Enter asks the window to open its call; the list exports as .ics. Time comes from an
injected clock, so tests move it instead of waiting. Imported when the list
is first opened; what tells about a promise falling due while Calmline runs
is ``ui.log_tools.follow_up_notifier``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.export import ExportError
from desktop_app.core.export.call_view import local_time
from desktop_app.core.export.ics import write_ics
from desktop_app.core.follow_ups import group_follow_ups
from desktop_app.store.base import FollowUp, LogError
from desktop_app.ui.locale_formats import locale_formats
from desktop_app.ui.log_tools.exporting import choose_export_path
from desktop_app.ui.log_tools.row_lists import ListKeys, row_list
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from desktop_app.ui.widgets.follow_language import follow_language

log = logging.getLogger(__name__)

#: Rows shown per group; a group with more says how many more there are.
ROWS_PER_GROUP = 300
#: A colleague's name longer than this is a paste gone wrong, not a name.
NAME_LIMIT = 80

_ITEM_ROLE = Qt.ItemDataRole.UserRole


class FollowUpsWidget(QWidget):
    #: the agent asked to open the call a commitment belongs to (its id)
    open_call = Signal(str)
    #: a commitment was marked done or handed over in the log
    changed = Signal()

    def __init__(self, setup: ToolSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: how due times read: the agent's locale unless a test chooses
        self._tools = setup
        self._formats = setup.formats or locale_formats()
        self._formats_of_locale = setup.formats is None
        self._choose_path = setup.chooser(self)
        self._items: list[FollowUp] = []
        self.tree = row_list(self, self._headers())
        self.tree.itemActivated.connect(self._activated)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.hand_over_button = QPushButton(self)
        self.hand_over_button.clicked.connect(self.ask_hand_over)
        self.ics_button = QPushButton(self)
        self.ics_button.clicked.connect(self.export_calendar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.hand_over_button)
        buttons.addWidget(self.ics_button)
        # The colleague's name is asked for inline: no dialog to lose behind the window.
        self.hand_over_label = QLabel(self)
        self.hand_over_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hand_over_name = QLineEdit(self)
        self.hand_over_name.setMaxLength(NAME_LIMIT)
        self.hand_over_label.setBuddy(self.hand_over_name)
        self.hand_over_name.returnPressed.connect(self.hand_over_selected)
        asking = QHBoxLayout()
        asking.addWidget(self.hand_over_label)
        asking.addWidget(self.hand_over_name, 1)
        self._show_asking(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addLayout(asking)
        layout.addLayout(buttons)
        self._keys = ListKeys(
            self.tree, {"Space": self.mark_selected_done, "Ctrl+Shift+H": self.ask_hand_over}
        )
        self._name_keys = ListKeys(self.hand_over_name, {"Escape": self.cancel_hand_over})
        self.reload()
        follow_language(self, self._set_words)

    def _headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Promised"), self.tr("Customer"), self.tr("Phone"),
                self.tr("By")]  # fmt: skip

    def _set_words(self) -> None:
        """The words in the language now in use; the selection and a name typed stay."""
        self.setAccessibleName(self.tr("Follow-ups"))
        self.tree.setHeaderLabels(self._headers())
        self.tree.setAccessibleName(self.tr("Promises to follow up"))
        self.done_button.setText(self.tr("Mark done (Space)"))
        self.hand_over_button.setText(self.tr("Hand over… (Ctrl+Shift+H)"))
        self.ics_button.setText(self.tr("Export to calendar (.ics)"))
        self.hand_over_name.setAccessibleName(self.tr("Colleague's name"))
        self.hand_over_name.setPlaceholderText(self.tr("Colleague's name, Enter to hand over"))
        if self._formats_of_locale:  # the due times as the new language writes them
            self._formats = locale_formats()
        chosen = self.selected()
        self._draw()
        if chosen is not None:
            self._select(chosen.call_id, chosen.commitment.id)
        if chosen is not None and self.hand_over_name.isVisibleTo(self):
            self._ask_for(chosen)

    # -- what the window calls ------------------------------------------------
    def reload(self) -> None:
        """Read the follow-ups from the log again and redraw the groups."""
        self._items = self._tools.log.follow_ups()
        self._draw()

    def selected(self) -> FollowUp | None:
        item = self.tree.currentItem()
        data = item.data(0, _ITEM_ROLE) if item is not None else None
        return data if isinstance(data, FollowUp) else None

    def mark_selected_done(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._change(
            lambda: self._tools.log.set_commitment_done(chosen.call_id, chosen.commitment.id, True),
            self.tr("Not marked done: {0}"),
            self.tr("Marked done: {0}").format(chosen.commitment.what),
        )

    def _change(self, change: Callable[[], None], refused: str, notice: str) -> bool:
        """Make ``change`` in the log and redraw; a refusal is said and the list stays."""
        try:
            change()
        except LogError as exc:  # a full or read-only disk: say so, the list stays as it was
            self._tools.effects.error(refused.format(exc))
            return False
        self._tools.effects.notice(notice)
        self.reload()
        self.changed.emit()
        return True

    def ask_hand_over(self) -> None:
        """Ask under the list whose the selected promise becomes."""
        chosen = self.selected()
        if chosen is None:
            self._tools.effects.error(self.tr("Hand over: choose a promise in the list first"))
            return
        self._ask_for(chosen)
        self.hand_over_name.clear()
        self._show_asking(True)
        self.hand_over_name.setFocus()

    def _ask_for(self, chosen: FollowUp) -> None:
        self.hand_over_label.setText(self.tr("Hand over “{0}” to:").format(chosen.commitment.what))

    def cancel_hand_over(self) -> None:
        self._show_asking(False)
        self.tree.setFocus()

    def hand_over_selected(self) -> None:
        """Give the selected promise to the name typed; the list shows the new owner."""
        chosen = self.selected()
        name = " ".join(self.hand_over_name.text().split())
        if chosen is None:
            self.cancel_hand_over()
            return
        if not name:
            self._tools.effects.error(self.tr("Hand over: type the colleague's name first"))
            return
        if self._change(
            lambda: self._tools.log.hand_over(chosen.call_id, chosen.commitment.id, name),
            self.tr("Not handed over: {0}"),
            self.tr("Handed over to {0}: {1}").format(name, chosen.commitment.what),
        ):
            self.cancel_hand_over()
            self._select(chosen.call_id, chosen.commitment.id)

    def _show_asking(self, shown: bool) -> None:
        self.hand_over_label.setVisible(shown)
        self.hand_over_name.setVisible(shown)

    def _select(self, call_id: str, commitment_id: str) -> None:
        for item, data in self._commitment_rows():
            if data.call_id == call_id and data.commitment.id == commitment_id:
                self.tree.setCurrentItem(item)
                return

    def export_calendar(self) -> Path | None:
        try:
            target = choose_export_path(
                self._choose_path,
                self.tr("Export follow-ups"),
                self._tools.exports_folder,
                "calmline-follow-ups.ics",
                self.tr("Calendar (*.ics)"),
            )
            if target is None:
                return None
            count = write_ics(self._items, target, self._tools.clock.now())
        except (ExportError, OSError) as exc:
            self._tools.effects.error(str(exc))
            return None
        self._tools.effects.notice(
            self.tr("%n follow-up(s) exported to {0}", "", count).format(target)
        )
        return target

    # -- drawing ----------------------------------------------------------------
    def _draw(self) -> None:
        groups = group_follow_ups(self._items, self._tools.clock.now(), self._tools.tz)
        self.tree.clear()
        for title, items in (
            (self.tr("Overdue"), groups.overdue),
            (self.tr("Today"), groups.today),
            (self.tr("Later"), groups.later),
        ):
            self._add_group(title, items)
        self.summary.setText(
            self.tr("{0} overdue · {1} today · {2} later").format(
                len(groups.overdue), len(groups.today), len(groups.later)
            )
        )
        first = self._first_commitment_row()
        if first is not None:
            self.tree.setCurrentItem(first)

    def _add_group(self, title: str, items: Sequence[FollowUp]) -> None:
        header = QTreeWidgetItem(self.tree, [f"{title} ({len(items)})"])
        header.setFirstColumnSpanned(True)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._say_empty(header)
        font = header.font(0)
        font.setBold(True)
        header.setFont(0, font)
        for follow_up in items[:ROWS_PER_GROUP]:
            commitment = follow_up.commitment
            due = commitment.due
            row = QTreeWidgetItem(
                self.tree,
                [
                    local_time(due, self._tools.tz, self._formats) if due else "",
                    commitment.what,
                    follow_up.customer_name,
                    follow_up.phone,
                    commitment.who,
                ],
            )
            row.setData(0, _ITEM_ROLE, follow_up)
            self._say_empty(row)
        if len(items) > ROWS_PER_GROUP:
            more = QTreeWidgetItem(
                self.tree, [self.tr("… and %n more", "", len(items) - ROWS_PER_GROUP)]
            )
            more.setFirstColumnSpanned(True)
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._say_empty(more)

    def _say_empty(self, item: QTreeWidgetItem) -> None:
        """A screen reader says "empty" for a blank cell rather than nothing at all."""
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        for column in range(self.tree.columnCount()):
            if not item.text(column):
                item.setData(column, Qt.ItemDataRole.AccessibleTextRole, self.tr("empty"))

    def _commitment_rows(self) -> Iterator[tuple[QTreeWidgetItem, FollowUp]]:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            data = item.data(0, _ITEM_ROLE) if item is not None else None
            if item is not None and isinstance(data, FollowUp):
                yield item, data

    def _first_commitment_row(self) -> QTreeWidgetItem | None:
        return next((item for item, _ in self._commitment_rows()), None)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, _ITEM_ROLE)
        if isinstance(data, FollowUp):
            self.open_call.emit(data.call_id)

    def row_texts(self) -> list[str]:
        """What the list shows, one string per row (for tests and accessibility checks)."""
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None:
                cells = [item.text(c) for c in range(self.tree.columnCount())]
                rows.append(" | ".join(c for c in cells if c))
        return rows
