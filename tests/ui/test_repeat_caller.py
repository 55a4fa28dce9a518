"""The repeat-caller banner shows what the log knows before the agent says hello."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.call import Commitment
from desktop_app.store.base import CustomerHistory
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.repeat_caller import RepeatCallerBanner
from tests.synthetic import sample_call


@pytest.fixture
def banner(qtbot: QtBot) -> Iterator[RepeatCallerBanner]:
    # Inside a window, as the call window will hold it.
    window = QWidget()
    qtbot.addWidget(window)
    yield RepeatCallerBanner(window, tz=UTC)
    window.close()


def test_hidden_for_a_first_time_caller(
    banner: RepeatCallerBanner, call_log: SqliteCallLog
) -> None:
    widget = banner
    widget.look_up(call_log, phone="+1 555 0000")
    assert widget.isHidden()
    widget.show_history(CustomerHistory(0, None))
    assert widget.isHidden()


def test_a_repeat_caller_shows_count_last_call_and_open_commitments(
    qtbot: QtBot, banner: RepeatCallerBanner, call_log: SqliteCallLog
) -> None:
    earlier = sample_call(id="earlier-call")
    earlier.started_at = earlier.started_at.replace(day=2)
    earlier.commitments = [
        Commitment("Send the letter", due=earlier.started_at + timedelta(days=1))
    ]
    call_log.save(earlier)
    widget = banner
    history = widget.look_up(call_log, phone="+44 7700 900123", exclude_call="current")
    assert history is not None and history.earlier_calls == 2
    assert not widget.isHidden()
    assert widget.headline.text() == "Called 2 time(s) before"
    assert widget.last_call.text() == "Last call: 2026-01-05 09:00 · billing error · follow-up"
    assert widget.open_items.text().splitlines() == [
        "Open commitments: 2",
        "• Send the letter (due 2026-01-03 09:00)",
        "• Call back with the refund status (due 2026-01-06 10:00)",
    ]
    with qtbot.waitSignal(widget.open_last_call) as signal:
        widget.show_last.click()
    assert signal.args == [sample_call().id]


def test_customer_text_is_shown_as_text_not_markup(
    banner: RepeatCallerBanner, call_log: SqliteCallLog
) -> None:
    call_log.save(sample_call(id="html", category="<b>billing</b>"))
    widget = banner
    widget.look_up(call_log, account="ACC-123456")
    assert "<b>billing</b>" in widget.last_call.text()
    assert widget.last_call.textFormat().name == "PlainText"


def test_no_field_to_match_hides_the_banner(
    banner: RepeatCallerBanner, call_log: SqliteCallLog
) -> None:
    widget = banner
    assert widget.look_up(call_log) is None
    assert widget.isHidden()
