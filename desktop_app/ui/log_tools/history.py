"""History: find any past call by any word, open it read-only, copy it, export it.

``HistoryWidget`` searches the log (``log.search``: notes, names, phone,
account, category, resolution) as the agent types, with optional from/to
dates; results show date, customer, category and outcome, newest first, at
most ``RESULT_LIMIT`` of them so a 100,000-call log stays instant. Keys in the
result list: Enter opens the call read-only, Ctrl+C copies it as a ticket
note, Ctrl+E exports it. The window owns the key that brings History up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.call import CallRecord
from desktop_app.core.export import ExportError, ExportFormat
from desktop_app.core.export.call_view import call_section, local_time, section_as_text
from desktop_app.core.export.ticket_note import TemplateError, ticket_note
from desktop_app.core.titles import Titles
from desktop_app.desk.effects import Effects
from desktop_app.store.base import CallSummary
from desktop_app.ui.locale_formats import locale_formats
from desktop_app.ui.log_tools.date_range import DateRangeFilter
from desktop_app.ui.log_tools.exporting import (
    SavePathChooser,
    choose_export_path,
    write_calls,
)
from desktop_app.ui.log_tools.row_lists import ListKeys, row_list
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from desktop_app.ui.widgets.follow_language import follow_language

#: Newest matches shown; more means the agent should narrow the search.
RESULT_LIMIT = 200
#: The search runs on the event loop's next turn after a key, not inside the
#: key press: keys that arrive together (a paste, fast typing) are searched
#: once, and each key shows its result at once (the log's full-text search
#: answers in a few milliseconds, even over 100,000 calls).
SEARCH_DELAY_MS = 0

_ID_ROLE = Qt.ItemDataRole.UserRole
_FILTERS = {
    ExportFormat.CSV: "CSV (*.csv)",
    ExportFormat.JSONL: "JSON Lines (*.jsonl)",
    ExportFormat.MARKDOWN: "Markdown (*.md)",
    ExportFormat.PDF: "PDF (*.pdf)",
}


def format_for(path: Path) -> ExportFormat:
    """The export format named by a file's suffix (PDF when it names none we know)."""
    suffix = path.suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        return ExportFormat.PDF


class CallActions:
    """Copy and export of one call; shared by the history list and the call viewer."""

    def __init__(
        self,
        effects: Effects,
        choose_path: SavePathChooser,
        exports_folder: Path,
        ticket_template: str,
        parent: QWidget,
        titles: Callable[[], Titles] = Titles,
    ) -> None:
        self.effects = effects
        #: the titles steps, cards and situations are named by, as loaded now
        self.titles = titles
        self.choose_path = choose_path
        self.exports_folder = exports_folder
        self.ticket_template = ticket_template
        self._parent = parent

    def copy_note(self, record: CallRecord) -> None:
        try:
            note = ticket_note(
                record, self.ticket_template, titles=self.titles(), formats=locale_formats()
            )
        except TemplateError as exc:
            self.effects.error(str(exc))
            return
        self.effects.copy_text(note)
        self.effects.notice(QCoreApplication.translate("CallActions", "Ticket note copied"))

    def export(self, record: CallRecord) -> Path | None:
        stamp = record.started_at.astimezone().strftime("%Y%m%d-%H%M")
        try:
            target = choose_export_path(
                self.choose_path,
                QCoreApplication.translate("CallActions", "Export call"),
                self.exports_folder,
                f"calmline-call-{stamp}.pdf",
                ";;".join(_FILTERS.values()),
            )
            if target is None:
                return None
            write_calls([record], format_for(target), target, self.titles(), locale_formats())
        except (ExportError, OSError) as exc:
            self.effects.error(str(exc))
            return None
        self.effects.notice(
            QCoreApplication.translate("CallActions", "Call exported to {0}").format(target)
        )
        return target


class CallViewer(QDialog):
    """One past call, read-only, with Copy note and Export."""

    def __init__(
        self, record: CallRecord, actions: CallActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.record = record
        self._actions = actions
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: actions.copy_note(record))
        self.export_button.clicked.connect(lambda: actions.export(record))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 560)
        follow_language(self, self._set_words)

    def _set_words(self) -> None:
        # Read-only: the call's text is written again in the new language's words.
        self.setWindowTitle(self.tr("Past call"))
        words = locale_formats()
        section = call_section(self.record, titles=self._actions.titles(), formats=words)
        self.text.setPlainText(section_as_text(section, words))
        self.copy_button.setText(self.tr("Copy note"))
        self.export_button.setText(self.tr("Export…"))


class HistoryWidget(QWidget):
    #: a past call was opened in a viewer (its id)
    call_opened = Signal(str)

    def __init__(
        self,
        setup: ToolSetup,
        *,
        ticket_template: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tools = setup
        self.call_actions = CallActions(
            setup.effects,
            setup.chooser(self),
            setup.exports_folder,
            ticket_template,
            self,
            setup.titles,
        )
        self.viewer: CallViewer | None = None
        #: how many calls the last search found
        self.found = 0

        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.dates = DateRangeFilter(self, setup.tz)

        self.results = row_list(self, self._headers())
        self.results.itemActivated.connect(lambda *_: self.open_selected())
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.open_button = QPushButton(self)
        self.copy_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.export_button.clicked.connect(self.export_selected)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.copy_button, self.export_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.dates)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.search)
        self._connect_signals()
        self.search()
        follow_language(self, self._set_words)

    def _headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Customer"),
            self.tr("Category"),
            self.tr("Outcome"),
            # whose call: filled in when the history spans the team
            self.tr("Agent"),
        ]

    def _set_words(self) -> None:
        """The words in the language now in use; the words typed and the calls found stay."""
        self.setAccessibleName(self.tr("History"))
        self.query.setPlaceholderText(self.tr("Search notes, names, phone, account, category"))
        self.query.setAccessibleName(self.tr("Search past calls"))
        self.results.setHeaderLabels(self._headers())
        self.results.setAccessibleName(self.tr("Past calls found"))
        self.open_button.setText(self.tr("Open (Enter)"))
        self.copy_button.setText(self.tr("Copy note (Ctrl+C)"))
        self.export_button.setText(self.tr("Export… (Ctrl+E)"))
        self._say_found()

    def _say_found(self) -> None:
        if self.found >= RESULT_LIMIT:
            self.status.setText(
                self.tr(
                    "Showing the newest %n calls; add words or dates to narrow.", "", self.found
                )
            )
        else:
            self.status.setText(self.tr("%n call(s) found", "", self.found))

    def _connect_signals(self) -> None:
        self.query.textChanged.connect(lambda _: self._delay.start())
        self.query.returnPressed.connect(self._search_now_and_focus_results)
        self.dates.changed.connect(self.search)
        self._keys = ListKeys(
            self.results,
            {
                "Return": self.open_selected,
                "Enter": self.open_selected,
                "Ctrl+C": self.copy_selected,
                "Ctrl+E": self.export_selected,
            },
        )

    # -- searching ------------------------------------------------------------
    def search(self) -> list[CallSummary]:
        self._delay.stop()
        since, until = self.dates.date_range()
        found = self._tools.log.search(
            self.query.text(), since=since, until=until, limit=RESULT_LIMIT
        )
        self.results.clear()
        for summary in found:
            item = QTreeWidgetItem(
                self.results,
                [
                    local_time(summary.started_at, self._tools.tz),
                    summary.customer_name or summary.phone or summary.account,
                    summary.category,
                    summary.outcome,
                    summary.agent,
                ],
            )
            item.setData(0, _ID_ROLE, summary.id)
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)
        self.found = len(found)
        self._say_found()
        return found

    def _search_now_and_focus_results(self) -> None:
        self.search()
        self.results.setFocus()

    # -- the selected call ----------------------------------------------------
    def selected_record(self) -> CallRecord | None:
        item = self.results.currentItem()
        call_id = item.data(0, _ID_ROLE) if item is not None else None
        return self._tools.log.get(call_id) if isinstance(call_id, str) else None

    def open_selected(self) -> CallViewer | None:
        record = self.selected_record()
        if record is None:
            return None
        self.viewer = CallViewer(record, self.call_actions, self)
        self.viewer.show()
        self.call_opened.emit(record.id)
        return self.viewer

    def copy_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.call_actions.copy_note(record)

    def export_selected(self) -> Path | None:
        record = self.selected_record()
        return self.call_actions.export(record) if record is not None else None
