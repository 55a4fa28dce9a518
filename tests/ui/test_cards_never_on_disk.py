"""No card number reaches disk, wherever it is typed: the call log and its -wal (draft and
saved call), every export format written from the log, and the diagnostics log."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from desktop_app.core.call import CallRecord
from desktop_app.core.export import ExportFormat
from desktop_app.diagnostics import LogFileHandler
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.log_tools.exporting import write_calls
from tests.card_samples import (
    CODE_LEFT,
    digit_string_pattern,
    neighbours,
    oddly_grouped_cards,
    printed_cards,
    words_around,
)
from tests.synthetic import sample_call

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils) to read the PDF"
)


def with_text(record: CallRecord, field: str, text: str) -> CallRecord:
    """``record`` with ``text`` typed into ``field``."""
    if field in ("name", "account", "phone"):
        setattr(record.customer, field, text)
    elif field in ("commitment what", "commitment who"):
        setattr(record.commitments[0], field.split()[1], text)
    elif field == "timeline":
        record.timeline[-1].detail = text
    else:
        setattr(record, field, text)
    return record


FIELDS = [
    "agent",
    "name",
    "account",
    "phone",
    "category",
    "reason",
    "resolution",
    "outcome",
    "notes",
    "commitment what",
    "commitment who",
    "timeline",
]


def files_as_text(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` as text, its raw bytes and, for a PDF, what it shows."""
    found: dict[str, str] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        found[path.name] = path.read_bytes().decode("utf-8", errors="replace")
        if path.suffix == ".pdf":
            shown = subprocess.run(
                ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
            )
            found[f"{path.name} as shown"] = shown.stdout.decode("utf-8", errors="replace")
    return found


def holding(files: dict[str, str], number: str) -> list[str]:
    pattern = re.compile(digit_string_pattern(number))
    return [name for name, text in files.items() if pattern.search(text)]


@given(
    card=st.one_of(printed_cards(), oddly_grouped_cards()),
    before=st.builds(str.__add__, words_around(), neighbours()),
    opener=st.sampled_from(["", "(", "#", ":", "\n", "card: "]),
    closer=st.sampled_from(["", ")", ".", ",", "\n"]),
    after=words_around(),
    field=st.sampled_from(FIELDS),
    code=st.sampled_from(["", " cvv 123", " CVC: 9876", " security code 321"]),
)
@example(  # as found: a card after a word ending in a digit stayed raw everywhere
    card=("4111111111111111", "4111111111111111"),
    before="card2 ",
    opener="",
    closer="",
    after="",
    field="notes",
    code="",
)
@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_card_number_or_code_reaches_disk(
    qapp: QApplication,
    tmp_path: Path,
    card: tuple[str, str],
    before: str,
    opener: str,
    closer: str,
    after: str,
    field: str,
    code: str,
) -> None:
    number, typed = card
    text = f"{before}{opener}{typed}{closer}{code} {after}"
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    record = with_text(sample_call(), field, text)

    log = SqliteCallLog(folder / "calls.sqlite3")
    try:
        log.save_draft(record, 2)
        draft = files_as_text(folder)
        assert holding(draft, number) == [], "draft"
        log.save(record)
        read = list(log.iter_calls())
        for fmt in ExportFormat:
            assert write_calls(read, fmt, folder / f"calls{fmt.suffix}") == 1
        (folder / "logs").mkdir()
        handler = LogFileHandler(folder / "logs" / "calmline.log")
        logger = logging.getLogger("calmline.test")
        logger.addHandler(handler)
        try:
            logger.warning("refused value %r", text)
        finally:
            logger.removeHandler(handler)
            handler.close()
        written = files_as_text(folder)
    finally:
        log.close()
    written |= {f"{name} after closing": body for name, body in files_as_text(folder).items()}

    assert {"calls.sqlite3-wal", "calls.csv", "calls.jsonl", "calls.md"} <= written.keys()
    assert {"calls.pdf as shown", "calmline.log"} <= written.keys()
    assert "[card ending" in written["calls.sqlite3-wal"]  # the field was written, masked
    assert holding(written, number) == []
    assert [name for name, body in written.items() if CODE_LEFT.search(body)] == []
