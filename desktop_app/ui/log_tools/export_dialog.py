"""The window's "Export calls…" dialog: a format, an optional date range, a file.

Writes through ``ui.log_tools.exporting.export_range`` (streamed, atomic, 0600) into a
file chosen in the save dialog, which starts in ``<data dir>/exports``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop_app.core.export import ExportError, ExportFormat
from desktop_app.ui.locale_formats import locale_formats
from desktop_app.ui.log_tools.date_range import DateRangeFilter
from desktop_app.ui.log_tools.exporting import (
    choose_export_path,
    default_export_name,
    export_range,
)
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from desktop_app.ui.widgets.follow_language import follow_language

#: the formats offered, in the order of the list
FORMATS = (ExportFormat.CSV, ExportFormat.JSONL, ExportFormat.MARKDOWN, ExportFormat.PDF)


class ExportCallsDialog(QDialog):
    def __init__(self, setup: ToolSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tools = setup
        self._choose_path = setup.chooser(self)
        self.format = QComboBox(self)
        for fmt in FORMATS:
            self.format.addItem("", fmt.value)
        self.dates = DateRangeFilter(self, setup.tz)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        self.format_label = QLabel(self)
        self.calls_label = QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.format_label, self.format)
        form.addRow(self.calls_label, self.dates)
        form.addRow(buttons)
        follow_language(self, self._set_words)

    def _set_words(self) -> None:
        # The chosen format stays chosen: only the entries' words change.
        self.setWindowTitle(self.tr("Export calls"))
        labels = {
            ExportFormat.CSV: self.tr("CSV (spreadsheet)"),
            ExportFormat.JSONL: self.tr("JSON Lines (full records)"),
            ExportFormat.MARKDOWN: self.tr("Markdown"),
            ExportFormat.PDF: self.tr("PDF"),
        }
        for row, fmt in enumerate(FORMATS):
            self.format.setItemText(row, labels[fmt])
        self.export_button.setText(self.tr("Export…"))
        self.format_label.setText(self.tr("Format"))
        self.calls_label.setText(self.tr("Calls"))

    def chosen_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def export(self) -> Path | None:
        """Ask for the file and write it; the dialog closes when the export is done."""
        fmt = self.chosen_format()
        since, until = self.dates.date_range()
        try:
            target = choose_export_path(
                self._choose_path,
                self.tr("Export calls"),
                self._tools.exports_folder,
                default_export_name(fmt, datetime.now().astimezone()),
                f"{fmt.name} (*{fmt.suffix})",
            )
            if target is None:
                return None
            count = export_range(
                self._tools.log,
                fmt,
                target,
                since=since,
                until=until,
                titles=self._tools.titles(),
                formats=locale_formats(),
            )
        except (ExportError, OSError) as exc:
            self._tools.effects.error(str(exc))
            return None
        self._tools.effects.notice(self.tr("%n call(s) exported to {0}", "", count).format(target))
        self.accept()
        return target
