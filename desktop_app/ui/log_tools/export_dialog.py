"""The window's "Export calls…" dialog: a format, an optional date range, a file.

Writes through ``ui.log_tools.exporting.export_range`` (streamed, atomic, 0600) into a
file chosen in the save dialog, which starts in ``<data dir>/exports``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from desktop_app.core.export import ExportError, ExportFormat
from desktop_app.ui.locale_formats import locale_formats
from desktop_app.ui.log_tools.date_range import DateRangeFilter
from desktop_app.ui.log_tools.exporting import (
    choose_export_path,
    default_export_name,
    export_range,
)
from desktop_app.ui.log_tools.tool_setup import ToolSetup


class ExportCallsDialog(QDialog):
    def __init__(self, setup: ToolSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tools = setup
        self._choose_path = setup.chooser(self)
        self.setWindowTitle(self.tr("Export calls"))
        self.format = QComboBox(self)
        for fmt, label in (
            (ExportFormat.CSV, self.tr("CSV (spreadsheet)")),
            (ExportFormat.JSONL, self.tr("JSON Lines (full records)")),
            (ExportFormat.MARKDOWN, self.tr("Markdown")),
            (ExportFormat.PDF, self.tr("PDF")),
        ):
            self.format.addItem(label, fmt.value)
        self.dates = DateRangeFilter(self, setup.tz)
        buttons = QDialogButtonBox(self)
        export = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        export.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Calls"), self.dates)
        form.addRow(buttons)

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
