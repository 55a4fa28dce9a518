"""History: search past calls by any word and date, open one read-only, copy it, export it."""

from __future__ import annotations

import csv
import json
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.log_tools.history import RESULT_LIMIT, HistoryWidget
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from tests.synthetic import sample_call
from tests.ui.conftest import PickPath

# The read-only viewer is a window of its own; the offscreen platform says
# it cannot pass size hints to a window manager it does not have.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def make_history(
    qtbot: QtBot,
    log: SqliteCallLog,
    tmp_path: Path,
    pick: PickPath | None = None,
    template: str = "",
) -> tuple[HistoryWidget, RecordedEffects]:
    effects = RecordedEffects()
    widget = HistoryWidget(
        ToolSetup(log, effects, tmp_path / "exports", choose_path=pick or PickPath(None), tz=UTC),
        ticket_template=template,
    )
    qtbot.addWidget(widget)
    return widget, effects


def shown_rows(widget: HistoryWidget) -> list[list[str]]:
    rows = []
    for index in range(widget.results.topLevelItemCount()):
        item = widget.results.topLevelItem(index)
        assert item is not None
        rows.append([item.text(c) for c in range(4)])
    return rows


def test_typing_a_word_finds_the_call_after_a_short_pause(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, _ = make_history(qtbot, call_log, tmp_path)
    assert len(shown_rows(widget)) == 121  # every call, newest first, before any word
    qtbot.keyClicks(widget.query, "writing adams")
    qtbot.waitUntil(lambda: len(shown_rows(widget)) == 1)
    assert shown_rows(widget) == [["2026-01-05 09:00", "Ann Adams", "billing error", "follow-up"]]
    assert widget.status.text() == "1 call(s) found"


def test_search_by_phone_and_by_category(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, _ = make_history(qtbot, call_log, tmp_path)
    widget.query.setText("900123")
    widget.search()
    assert [r[1] for r in shown_rows(widget)] == ["Ann Adams"]
    widget.query.setText("late delivery")
    found = widget.search()
    assert found and all(r[2] == "late delivery" for r in shown_rows(widget))


def test_date_filters_keep_only_calls_in_the_range(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, _ = make_history(qtbot, call_log, tmp_path)
    widget.dates.since.setDate(QDate(2025, 9, 8))
    widget.dates.until.setDate(QDate(2025, 9, 12))
    widget.dates.use_since.setChecked(True)
    widget.dates.use_until.setChecked(True)
    rows = shown_rows(widget)
    assert rows
    assert all("2025-09-08" <= r[0][:10] <= "2025-09-12" for r in rows)


def test_results_are_limited_and_the_agent_is_told(
    qtbot: QtBot, tmp_path: Path, call_log: SqliteCallLog
) -> None:
    for n in range(RESULT_LIMIT - 100):
        call_log.save(sample_call(id=f"extra-{n}"))
    widget, _ = make_history(qtbot, call_log, tmp_path)
    assert len(shown_rows(widget)) == RESULT_LIMIT
    assert "narrow" in widget.status.text()


def test_enter_opens_the_call_read_only(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, _ = make_history(qtbot, call_log, tmp_path)
    widget.query.setText("Adams writing")
    widget.search()
    with qtbot.waitSignal(widget.call_opened):
        qtbot.keyClick(widget.results, Qt.Key.Key_Return)
    viewer = widget.viewer
    assert viewer is not None
    assert viewer.text.isReadOnly()
    text = viewer.text.toPlainText()
    assert "Customer: Ann Adams" in text
    assert "[open] Call back with the refund status" in text
    viewer.close()


def test_ctrl_c_copies_the_ticket_note_of_the_selected_call(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, effects = make_history(
        qtbot, call_log, tmp_path, template="{customer_name}: {resolution}"
    )
    widget.query.setText("Adams writing")
    widget.search()
    qtbot.keyClick(widget.results, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert effects.copied == ["Ann Adams: refund of the duplicate charge\n"]
    assert effects.notices == ["Ticket note copied"]


def test_a_broken_template_is_reported_not_copied(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, effects = make_history(qtbot, call_log, tmp_path, template="{nope}")
    widget.copy_selected()
    assert effects.copied == []
    assert "unknown field {nope}" in effects.errors[0]


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "md"])
def test_ctrl_e_exports_the_selected_call_in_the_chosen_format(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / "exports" / f"ann.{suffix}"
    pick = PickPath(out)
    widget, effects = make_history(qtbot, call_log, tmp_path, pick)
    widget.query.setText("Adams writing")
    widget.search()
    qtbot.keyClick(widget.results, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert pick.asked[0][1].parent == tmp_path / "exports"
    assert effects.notices == [f"Call exported to {out}"]
    text = out.read_text(encoding="utf-8")
    if suffix == "csv":
        (row,) = csv.DictReader(text.splitlines())
        assert row["customer_name"] == "Ann Adams"
    elif suffix == "jsonl":
        assert json.loads(text)["id"] == sample_call().id
    else:
        assert "## 2026-01-05" in text


def test_export_to_a_folder_that_is_gone_is_an_error_not_a_crash(
    qtbot: QtBot, call_log: SqliteCallLog, tmp_path: Path
) -> None:
    widget, effects = make_history(qtbot, call_log, tmp_path, PickPath(tmp_path / "gone" / "x.csv"))
    assert widget.export_selected() is None
    assert "does not exist" in effects.errors[0]
