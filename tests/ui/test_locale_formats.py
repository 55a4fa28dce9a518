"""Dates, times and call lengths read in the agent's locale; machine exports stay ISO."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.call import Commitment
from desktop_app.core.clock import FakeClock
from desktop_app.core.export import ExportFormat
from desktop_app.core.export.ticket_note import ticket_note
from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.locale_formats import locale_formats
from desktop_app.ui.log_tools.exporting import write_calls
from desktop_app.ui.log_tools.followups import FollowUpsWidget
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from tests.synthetic import sample_call
from tests.ui.conftest import PickPath

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
DUE = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)
#: How each locale writes DUE (in UTC): day first in both, Greek with a 12-hour clock.
#: (Qt puts a narrow no-break space before "μ.μ.", so it never wraps alone.)
DUE_READS = {"es_ES": "24/11/26 17:30", "el_GR": "24/11/26 5:30\u202fμ.μ."}


@pytest.fixture(params=sorted(DUE_READS))
def agent_locale(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    """The application's locale set as the agent's system would set it (``window_language``
    puts it back)."""
    QLocale.setDefault(QLocale(request.param))
    return str(request.param)


def test_a_due_date_in_the_follow_ups_list_reads_in_the_locale(
    agent_locale: str, qtbot: QtBot, tmp_path: Path
) -> None:
    log = SqliteCallLog(tmp_path / "log.sqlite3")
    try:
        log.save(sample_call(commitments=[Commitment("Ring back", "Dana", DUE, id="c-1")]))
        widget = FollowUpsWidget(
            ToolSetup(
                log,
                RecordedEffects(),
                tmp_path / "exports",
                choose_path=PickPath(None),
                clock=FakeClock(NOW),
                tz=UTC,
            )
        )
        qtbot.addWidget(widget)
        rows = widget.row_texts()
    finally:
        log.close()
    assert f"{DUE_READS[agent_locale]} | Ring back | Ann Adams | +44 7700 900123 | Dana" in rows


def _local(moment: datetime, locale: str) -> str:
    """``moment`` in this machine's zone as ``locale`` writes it (exports use local time)."""
    return locale_formats(QLocale(locale)).date_time(moment.astimezone())


def test_markdown_pdf_and_ticket_note_read_in_the_locale_csv_and_json_lines_stay_iso(
    agent_locale: str, tmp_path: Path
) -> None:
    due = DUE
    call = sample_call(commitments=[Commitment("Ring back", "Dana", due, id="c-1")])
    formats = locale_formats()
    started, promised = _local(call.started_at, agent_locale), _local(due, agent_locale)
    assert started != call.started_at.astimezone().strftime("%Y-%m-%d %H:%M")

    write_calls([call], ExportFormat.MARKDOWN, tmp_path / "calls.md", formats=formats)
    markdown = (tmp_path / "calls.md").read_text(encoding="utf-8")
    assert f"## {started} — Ann Adams" in markdown
    assert f"Ring back — Dana, due {promised}" in markdown
    assert "2026-11-24" not in markdown

    note = ticket_note(call, formats=formats)
    assert started in note and promised in note

    if shutil.which("pdftotext") is not None:
        write_calls([call], ExportFormat.PDF, tmp_path / "calls.pdf", formats=formats)
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "calls.pdf"), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        # pdftotext gives every kind of space back as a plain one.
        words = " ".join(text.split())
        assert " ".join(started.split()) in words and " ".join(promised.split()) in words

    # The machine-readable files ignore the locale: byte for byte what ISO gives.
    for fmt in (ExportFormat.CSV, ExportFormat.JSONL):
        local_file, iso_file = tmp_path / f"local{fmt.suffix}", tmp_path / f"iso{fmt.suffix}"
        write_calls([call], fmt, local_file, formats=formats)
        write_calls([call], fmt, iso_file)
        assert local_file.read_bytes() == iso_file.read_bytes()
    (line,) = (tmp_path / "local.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["commitments"][0]["due"] == due.isoformat()
    assert "2026-11-24" in (tmp_path / "local.csv").read_text(encoding="utf-8-sig")


def test_without_a_language_times_read_as_iso(qapp: QApplication) -> None:
    formats = locale_formats(QLocale.c())
    assert formats.date_time(datetime(2026, 1, 5, 9, 0)) == "2026-01-05 09:00"
    assert formats.minutes(8) == "8 min"


def test_call_lengths_group_digits_the_locale_way(qapp: QApplication) -> None:
    assert locale_formats(QLocale("el_GR")).minutes(1500) == "1.500 min"
    assert locale_formats(QLocale("en_GB")).minutes(1500) == "1,500 min"
    assert locale_formats(QLocale("en_GB")).date_time(
        datetime(2026, 1, 5, 9, 0) + timedelta(minutes=1)
    ) == ("05/01/2026 09:01")
