"""Calls as a PDF, drawn by Qt's own text document and PDF writer.

One section per call (heading, a table of fields, commitments, notes,
timeline); Qt breaks the document into A4 pages and numbers them. User text
goes in through ``QTextCursor.insertText`` only, so it is never read as HTML.
Needs a QGuiApplication (the command line makes an offscreen one).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from desktop_app import APP_NAME
from desktop_app.core.call import CallRecord
from desktop_app.core.export import ExportError, atomic_path
from desktop_app.core.export.call_view import CallSection, call_section
from desktop_app.core.local_formats import ISO_FORMATS, LocalFormats
from desktop_app.core.titles import Titles
from desktop_app.ui.widgets.emoji_font import with_emoji

#: A PDF is laid out in memory; past this many calls, CSV or JSON Lines is the tool.
MAX_PDF_CALLS = 2000
PDF_DPI = 300


class _Formats:
    def __init__(self, base: QFont) -> None:
        self.body = QTextCharFormat()
        self.body.setFont(base)
        self.title = self._sized(base, 1.8, bold=True)
        self.heading = self._sized(base, 1.35, bold=True)
        self.subheading = self._sized(base, 1.1, bold=True)
        self.label = self._sized(base, 1.0, bold=True)
        self.small = self._sized(base, 0.85, bold=False)

    @staticmethod
    def _sized(base: QFont, factor: float, *, bold: bool) -> QTextCharFormat:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * factor)
        font.setBold(bold)
        fmt = QTextCharFormat()
        fmt.setFont(font)
        return fmt


def _block(cursor: QTextCursor, text: str, fmt: QTextCharFormat, *, space_before: float) -> None:
    block = QTextBlockFormat()
    block.setTopMargin(space_before)
    block.setBottomMargin(4)
    cursor.insertBlock(block, fmt)
    cursor.insertText(text, fmt)


def _fields_table(cursor: QTextCursor, section: CallSection, formats: _Formats) -> None:
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellPadding(2)
    table_format.setCellSpacing(0)
    table_format.setColumnWidthConstraints(
        [
            QTextLength(QTextLength.Type.PercentageLength, 22),
            QTextLength(QTextLength.Type.PercentageLength, 78),
        ]
    )
    table = cursor.insertTable(len(section.fields), 2, table_format)
    for row, (label, value) in enumerate(section.fields):
        table.cellAt(row, 0).firstCursorPosition().insertText(label, formats.label)
        table.cellAt(row, 1).firstCursorPosition().insertText(value, formats.body)
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _list(cursor: QTextCursor, items: Iterable[str], fmt: QTextCharFormat) -> None:
    list_format = QTextListFormat()
    list_format.setStyle(QTextListFormat.Style.ListDisc)
    first = True
    for item in items:
        if first:
            cursor.insertBlock(QTextBlockFormat(), fmt)
            cursor.createList(list_format)
            first = False
        else:
            cursor.insertBlock(cursor.blockFormat(), fmt)
        cursor.insertText(item, fmt)


def _section(
    cursor: QTextCursor, section: CallSection, formats: _Formats, words: LocalFormats
) -> None:
    _block(cursor, section.title, formats.heading, space_before=18)
    if section.fields:
        _fields_table(cursor, section, formats)
    if section.commitments:
        _block(cursor, words.label("Commitments"), formats.subheading, space_before=8)
        _list(cursor, section.commitments, formats.body)
    if section.notes:
        _block(cursor, words.label("Notes"), formats.subheading, space_before=8)
        # insertText turns line breaks into new paragraphs; never markup.
        _block(cursor, section.notes, formats.body, space_before=0)
    if section.timeline:
        _block(cursor, words.label("Timeline"), formats.subheading, space_before=8)
        _list(cursor, section.timeline, formats.small)


def calls_document(
    records: Iterable[CallRecord],
    *,
    title: str,
    tz: tzinfo | None = None,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> tuple[QTextDocument, int]:
    """The text document for ``records``; ExportError past ``MAX_PDF_CALLS`` calls."""
    titles = titles or Titles()
    document = QTextDocument()
    # Emoji pasted into notes are drawn from the carried font, embedded as outlines.
    base = with_emoji(document.defaultFont())
    base.setPointSizeF(10)
    document.setDefaultFont(base)
    document.setDocumentMargin(0)
    frame = QTextFrameFormat()
    document.rootFrame().setFrameFormat(frame)
    text_formats = _Formats(base)
    cursor = QTextCursor(document)
    cursor.insertText(title, text_formats.title)
    count = 0
    for record in records:
        count += 1
        if count > MAX_PDF_CALLS:
            message = QCoreApplication.translate(
                "PdfExport", "a PDF holds at most {limit} calls; choose a shorter range, or CSV"
            )
            raise ExportError(message.format(limit=MAX_PDF_CALLS))
        _section(cursor, call_section(record, tz, titles, formats), text_formats, formats)
    if count == 0:
        nothing = QCoreApplication.translate("PdfExport", "No calls in this range.")
        _block(cursor, nothing, text_formats.body, space_before=12)
    return document, count


def write_pdf(
    records: Iterable[CallRecord],
    path: Path,
    *,
    title: str = "",
    tz: tzinfo | None = None,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> int:
    """Write ``records`` as an A4 PDF to ``path`` atomically; returns how many calls.
    Steps, cards and situations are named by ``titles`` (see ``core.titles``), times
    written by ``formats``."""
    if QGuiApplication.instance() is None:
        raise ExportError(f"cannot write {path}: a PDF needs the Qt application to be running")
    title = title or formats.label("Calmline calls")
    document, count = calls_document(records, title=title, tz=tz, titles=titles, formats=formats)
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setCreator(APP_NAME)
        writer.setTitle(title)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        # print_ paginates a copy of the document to the writer's pages and
        # numbers them at the foot of each page.
        document.print_(writer)
        # Dropping the writer closes the file before it is synced and renamed.
        del writer
    return count
