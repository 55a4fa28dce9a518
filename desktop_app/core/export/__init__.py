"""Exports of calls to files: CSV, JSON Lines, Markdown (PDF is drawn by Qt in ui/),
calendar entries for follow-ups, and the ticket note for a CRM.

Every file is written atomically, private (0600), to a path checked by the
rules in ``target``.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from desktop_app.core.call import CallRecord
from desktop_app.core.export.csv_file import write_csv, write_csv_from_log
from desktop_app.core.export.jsonl import to_jsonl, write_jsonl
from desktop_app.core.export.markdown import write_markdown
from desktop_app.core.export.target import (
    ExportError,
    atomic_path,
    atomic_text,
    export_target,
    target_from_out,
)
from desktop_app.core.titles import Titles


class ExportFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"
    MARKDOWN = "md"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


class TextWriter(Protocol):
    """Writes calls to a file; names steps, cards and situations by ``titles``."""

    def __call__(
        self, records: Iterable[CallRecord], path: Path, *, titles: Titles | None = None
    ) -> int: ...


#: The formats written without Qt; PDF is drawn by ``desktop_app.ui.log_tools.pdf_export``.
TEXT_WRITERS: dict[ExportFormat, TextWriter] = {
    ExportFormat.CSV: write_csv,
    ExportFormat.JSONL: write_jsonl,
    ExportFormat.MARKDOWN: write_markdown,
}

__all__ = [
    "TEXT_WRITERS",
    "ExportError",
    "ExportFormat",
    "atomic_path",
    "atomic_text",
    "export_target",
    "target_from_out",
    "to_jsonl",
    "write_csv",
    "write_csv_from_log",
    "write_jsonl",
    "write_markdown",
]
