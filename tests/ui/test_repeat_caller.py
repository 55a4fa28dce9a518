"""The repeat-caller banner shows what the log knows before the agent says hello."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.call import Commitment
from desktop_app.store.base import CustomerHistory
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.log_tools.repeat_caller import RepeatCallerBanner
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
    now = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    history = widget.look_up(call_log, phone="+44 7700 900123", exclude_call="current", now=now)
    assert history is not None and history.earlier_calls == 2
    assert not widget.isHidden()
    assert widget.headline.text() == "Called 2 times before"
    assert widget.last_call.text() == "Last call: 5 Jan 09:00 · billing error · follow-up"
    assert widget.open_items.text().splitlines() == [
        "Open promises: 2",
        "• Send the letter · overdue since 3 Jan",
        "• Call back with the refund status · due 6 Jan 10:00",
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


def test_one_earlier_call_reads_once_and_an_old_year_is_named(
    banner: RepeatCallerBanner, call_log: SqliteCallLog
) -> None:
    banner.look_up(
        call_log, account="ACC-123456", now=datetime(2027, 3, 1, tzinfo=UTC), exclude_call="x"
    )
    assert banner.headline.text() == "Called once before"
    assert banner.last_call.text().startswith("Last call: 5 Jan 2026 09:00")
