"""Calls as CSV (RFC 4180, through the csv module), one row per call, spreadsheet-safe."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.call import CallRecord
from desktop_app.core.export.columns import COLUMNS, row_for
from desktop_app.core.export.target import atomic_text


def write_csv(records: Iterable[CallRecord], path: Path) -> int:
    """Stream ``records`` to ``path`` atomically; returns how many calls were written."""
    written = 0
    # newline="" lets the csv module write RFC 4180's CRLF itself and keep
    # newlines inside quoted cells as they are.
    with atomic_text(path, newline="") as handle:
        writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for record in records:
            writer.writerow(row_for(record))
            written += 1
    return written
