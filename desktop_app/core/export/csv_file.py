"""Calls as CSV (RFC 4180, through the csv module), one row per call, spreadsheet-safe.

UTF-8 with a byte-order mark: without it Excel, and LibreOffice left to guess,
read the file in the system's old code page and names with accents or emoji
turn to gibberish.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path

from desktop_app.core.call import CallRecord
from desktop_app.core.export.columns import COLUMNS, row_for
from desktop_app.core.export.target import atomic_text
from desktop_app.core.saved_text import SavedText
from desktop_app.core.titles import Titles


def write_csv(
    records: Iterable[CallRecord],
    path: Path,
    *,
    titles: Titles | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Stream ``records`` to ``path`` atomically; returns how many calls were written.
    Timelines name steps, cards and situations by ``titles`` (see ``core.titles``);
    times are local (or in ``tz``)."""
    return write_csv_from_log(((record, None) for record in records), path, titles=titles, tz=tz)


def write_csv_from_log(
    calls: Iterable[tuple[CallRecord, SavedText | None]],
    path: Path,
    *,
    titles: Titles | None = None,
    tz: tzinfo | None = None,
) -> int:
    """``write_csv`` for calls as ``CallLog.iter_calls_for_csv`` reads them: each
    with what the log saved beside it (``core.saved_text``), used as it stands."""
    titles = titles or Titles()
    written = 0
    # newline="" lets the csv module write RFC 4180's CRLF itself and keep
    # newlines inside quoted cells as they are.
    with atomic_text(path, newline="") as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle, dialect="excel", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for record, saved in calls:
            writer.writerow(row_for(record, titles, tz, saved))
            written += 1
    return written
