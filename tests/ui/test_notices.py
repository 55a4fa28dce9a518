"""Notices in the real call window: one line each, folded into one strip when
several are up, closed by keyboard, and gone with the call they were about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.call import Commitment
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.log_tools.team_tools import team_tools
from tests.synthetic import sample_call


def sized(window: MainWindow, qtbot: QtBot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    qtbot.wait(50)  # the layouts settle


def test_a_notice_takes_one_line_and_shows_its_whole_text_in_its_tooltip(
    window: MainWindow, qtbot: QtBot
) -> None:
    sized(window, qtbot, 380, 600)
    bar = window.add_bar("disk")
    long_text = "The disk refused to write the call log. " * 6
    bar.show_message(long_text, "warning")
    qtbot.wait(50)
    line = bar.label.fontMetrics().height()
    assert bar.isVisible() and bar.label.height() < 2 * line
    assert bar.height() <= max(line, bar.close_button.height()) + 12  # its margins
    assert bar.text == long_text.strip() and bar.label.text().endswith("…")
    assert bar.label.toolTip() == long_text.strip()
    assert "Esc" in bar.close_button.text()
    assert window.notices.isHidden()  # one notice shows as itself


def test_several_notices_fold_into_one_line_that_f12_unfolds(
    window: MainWindow, qtbot: QtBot
) -> None:
    sized(window, qtbot, 380, 600)
    disk, content, phone = (window.add_bar(name) for name in ("disk", "content", "phone"))
    disk.show_message("The disk is full.", "error")
    content.show_message("Content reloaded with 2 mistakes", "notice")
    phone.show_message("A call is waiting: Ann Adams", "notice")
    qtbot.wait(50)
    strip = window.notices
    assert strip.isVisible() and not any(b.isVisible() for b in (disk, content, phone))
    assert all(b.is_up() for b in (disk, content, phone))
    line = strip.label.fontMetrics().height()
    assert strip.label.height() < 2 * line
    assert strip.height() <= max(line, strip.read_button.height()) + 12
    assert strip.label.text().startswith("3 notices · newest: A call")
    assert "F12" in strip.read_button.text()

    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert strip.isVisible() and all(b.isVisible() for b in (disk, content, phone))
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # the newest goes
    assert not phone.is_up() and not phone.isVisible()
    assert disk.isVisible() and content.isVisible()
    assert strip.label.text().startswith("2 notices")

    qtbot.keyClick(window, Qt.Key.Key_F12)  # folded again
    assert strip.isVisible() and not disk.isVisible() and not content.isVisible()
    assert strip.label.text() == "2 notices · newest: Content reloaded with 2 mistakes"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    # One left: it shows as itself, the strip goes.
    assert strip.isHidden() and disk.isVisible() and not content.is_up()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not disk.isVisible() and not disk.is_up()
    ok, _ = window.run_command("read-notices")  # nothing to read: said, not an error
    assert ok and window.toast.text() == "No notices"


def test_a_notice_shown_again_becomes_the_newest(window: MainWindow, qtbot: QtBot) -> None:
    older, newer = window.add_bar("older"), window.add_bar("newer")
    older.show_message("Writing failed", "error")
    newer.show_message("Content reloaded", "notice")
    older.show_message("Writing failed again", "error")
    assert window.notices.up() == [newer, older]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not older.is_up() and newer.isVisible()


def test_esc_closes_the_situation_before_a_notice(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.add_bar("disk")
    bar.show_message("The disk is full.", "error")
    window.run_command("open-situation 1")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.desk.situation is None and bar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_notices_about_the_call_before_go_when_the_next_call_starts(
    window: MainWindow, qtbot: QtBot
) -> None:
    tools = team_tools(window)
    masked = window.add_bar("masked", this_call_only=True)
    lasting = window.add_bar("disk")
    masked.show_message("Kept off the disk: a card number in the notes.", "warning")
    lasting.show_message("The disk is full.", "error")
    # A repeat caller, and a promise of theirs falling due during the call.
    ann = "+44 7700 900123"
    window.desk.log.save(
        sample_call(
            id="ann-before",
            commitments=[Commitment("Ring Ann back", due=datetime.now(UTC) - timedelta(minutes=1))],
        )
    )
    window.run_command(f"new-call --phone '{ann}'")
    assert tools.banner.isVisible()
    tools.notifier.fell_due.emit(
        [f for f in window.desk.log.follow_ups() if f.call_id == "ann-before"]
    )
    assert tools.due_bar.isVisible()
    masked.show_message("Kept off the disk: a card number in the notes.", "warning")

    window.run_command("new-call --name 'Next caller'")  # as a phone program opens one
    assert not masked.is_up() and not tools.due_bar.isVisible()
    assert not tools.banner.isVisible()
    assert lasting.isVisible()  # the disk is still full: that is not about one call
