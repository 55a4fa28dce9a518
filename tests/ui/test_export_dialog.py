"""The window's export dialog: format, date range, file."""

from __future__ import annotations

import csv
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.log_tools.export_dialog import ExportCallsDialog
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from tests.ui.conftest import PickPath


def make_dialog(
    qtbot: QtBot, log: SqliteCallLog, pick: PickPath, folder: Path
) -> tuple[ExportCallsDialog, RecordedEffects]:
    effects = RecordedEffects()
    dialog = ExportCallsDialog(ToolSetup(log, effects, folder, choose_path=pick, tz=UTC))
    qtbot.addWidget(dialog)
    return dialog, effects


def test_a_date_range_is_exported_to_the_exports_folder(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    folder = tmp_path / "data" / "exports"
    out = folder / "september.csv"
    pick = PickPath(out)
    dialog, effects = make_dialog(qtbot, call_log, pick, folder)
    dialog.dates.since.setDate(QDate(2025, 9, 1))
    dialog.dates.until.setDate(QDate(2025, 9, 30))
    dialog.dates.use_since.setChecked(True)
    dialog.dates.use_until.setChecked(True)
    assert dialog.export() == out
    (_, suggested, file_filter) = pick.asked[0]
    assert suggested.parent == folder and suggested.suffix == ".csv"
    assert file_filter == "CSV (*.csv)"
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["started_at"].startswith("2025-09") for r in rows)
    assert effects.notices == [f"{len(rows)} call(s) exported to {out}"]


def test_the_chosen_format_decides_the_file(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    out = tmp_path / "all.md"
    dialog, _ = make_dialog(qtbot, call_log, PickPath(out), tmp_path)
    dialog.format.setCurrentIndex(2)
    assert dialog.export() == out
    assert out.read_text(encoding="utf-8").count("\n## ") == 121
