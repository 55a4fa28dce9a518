"""The repeat-caller notice shows what the log knows before the agent says hello."""

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
from desktop_app.ui.widgets.typography import Typography
from tests.synthetic import sample_call


@pytest.fixture
def banner(qtbot: QtBot) -> Iterator[RepeatCallerBanner]:
    # Inside a window, as the call window will hold it.
    window = QWidget()
    qtbot.addWidget(window)
    yield RepeatCallerBanner(Typography(), window, tz=UTC, detail_key="F11")
    window.close()


def test_hidden_for_a_first_time_caller(
    banner: RepeatCallerBanner, call_log: SqliteCallLog
) -> None:
    widget = banner
    widget.look_up(call_log, phone="+1 555 0000")
    assert not widget.is_up()
    widget.show_history(CustomerHistory(0, None))
    assert not widget.is_up()


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
    assert widget.is_up()
    # One line on the notice, the facts in its detail (and in what a screen reader hears).
    assert widget.text == (
        "Called 2 times before · last 5 Jan 09:00, billing error, follow-up"
        " · 2 open promises, 1 overdue"
    )
    assert widget.said().splitlines() == [
        "Called 2 times before",
        "Last call: 5 Jan 09:00 · billing error · follow-up",
        "Open promises: 2",
        "• Send the letter · overdue since 3 Jan",
        "• Call back with the refund status · due 6 Jan 10:00",
    ]
    assert "• Send the letter · overdue since 3 Jan" in widget.accessibleDescription()
    assert widget.detail.isHidden() and widget.action_button.text() == "Details · F11"
    widget.action_button.click()
    assert not widget.detail.isHidden() and widget.action_button.text() == "Fold · F11"
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
    assert not widget.is_up()


def test_one_earlier_call_reads_once_and_an_old_year_is_named(
    banner: RepeatCallerBanner, call_log: SqliteCallLog
) -> None:
    banner.look_up(
        call_log, account="ACC-123456", now=datetime(2027, 3, 1, tzinfo=UTC), exclude_call="x"
    )
    assert banner.said().splitlines()[:2] == [
        "Called once before",
        "Last call: 5 Jan 2026 09:00 · billing error · follow-up",
    ]
    assert banner.text.startswith("Called once before · last 5 Jan 2026 09:00, billing error")
