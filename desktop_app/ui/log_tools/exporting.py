"""One call or a date range exported in any format: what the window and the CLI call.

CSV, JSON Lines and Markdown are written by ``core.export`` without Qt; PDF
by ``ui.log_tools.pdf_export`` (imported only when asked for, so a CSV export from the
command line never loads Qt).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.call import CallRecord
from desktop_app.core.export import (
    TEXT_WRITERS,
    ExportError,
    ExportFormat,
    export_target,
    write_csv_from_log,
)
from desktop_app.core.local_formats import ISO_FORMATS, LocalFormats
from desktop_app.core.titles import Titles
from desktop_app.store.base import CallLog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def write_calls(
    records: Iterable[CallRecord],
    fmt: ExportFormat,
    path: Path,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> int:
    """Stream ``records`` to ``path`` in ``fmt``; returns how many calls were written.
    Steps, cards and situations are named by ``titles`` (see ``core.titles``). The
    files people read (Markdown, PDF) write times by ``formats``; CSV and JSON Lines
    stay ISO for the programs that read them."""
    if fmt is ExportFormat.PDF:
        from desktop_app.ui.log_tools.pdf_export import write_pdf

        return write_pdf(records, path, titles=titles, formats=formats)
    if fmt is ExportFormat.MARKDOWN:
        from desktop_app.core.export.markdown import write_markdown

        return write_markdown(records, path, titles=titles, formats=formats)
    return TEXT_WRITERS[fmt](records, path, titles=titles)


def export_call(
    log: CallLog,
    call_id: str,
    fmt: ExportFormat,
    path: Path,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> int:
    record = log.get(call_id)
    if record is None:
        from PySide6.QtCore import QCoreApplication  # only when it is needed: a CSV export is quick

        message = QCoreApplication.translate("Exporting", "no call with id {0} in the log")
        raise ExportError(message.format(repr(call_id)))
    return write_calls([record], fmt, path, titles, formats)


def export_range(
    log: CallLog,
    fmt: ExportFormat,
    path: Path,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> int:
    """Calls started in [since, until), oldest first, streamed from the log. A CSV
    export reads them with what the log saved beside each (``core.saved_text``)."""
    if fmt is ExportFormat.CSV:
        calls = log.iter_calls_for_csv(since=since, until=until)
        return write_csv_from_log(calls, path, titles=titles)
    return write_calls(log.iter_calls(since=since, until=until), fmt, path, titles, formats)


def default_export_name(fmt: ExportFormat, now: datetime, what: str = "calls") -> str:
    return f"calmline-{what}-{now.astimezone().strftime('%Y%m%d-%H%M%S')}{fmt.suffix}"


#: Chooses where to save: (dialog title, suggested path, file filter) -> path or None.
SavePathChooser = Callable[[str, Path, str], Path | None]


def ask_save_path(parent: QWidget | None) -> SavePathChooser:
    """The real chooser: Qt's save dialog, starting in the suggested folder."""

    def choose(title: str, suggested: Path, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    return choose


def choose_export_path(
    choose: SavePathChooser, title: str, folder: Path, name: str, file_filter: str
) -> Path | None:
    """Ask where to save (starting in the exports folder, made private if missing) and
    check the answer: a plain name in the folder the user picked. None if cancelled."""
    from desktop_app.core.atomic import ensure_private_dir

    ensure_private_dir(folder)
    chosen = choose(title, folder / name, file_filter)
    if chosen is None:
        return None
    return export_target(chosen.parent, chosen.name)
