"""Notices in the real call window: one line each, folded into one strip when
several are up, closed by keyboard, and gone with the call they were about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.call import Commitment, Customer
from desktop_app.core.redaction import redact_record
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.log_tools.team_tools import team_tools
from desktop_app.ui.plumbing.redaction_words import RedactionWords
from desktop_app.ui.widgets.notice_bar import NoticeBar
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
    assert tools.banner.is_up()
    tools.notifier.fell_due.emit(
        [f for f in window.desk.log.follow_ups() if f.call_id == "ann-before"]
    )
    assert tools.due_bar.is_up()
    masked.show_message("Kept off the disk: a card number in the notes.", "warning")
    assert window.notices.label.text().startswith("4 notices · newest: Kept off")

    window.run_command("new-call --name 'Next caller'")  # as a phone program opens one
    assert not masked.is_up() and not tools.due_bar.is_up()
    assert not tools.banner.is_up()
    assert lasting.isVisible()  # the disk is still full: that is not about one call


# -- the repeat caller among the notices -----------------------------------------------------

ANN = "+44 7700 900123"


def repeat_caller(window: MainWindow) -> None:
    """Ann called before: a billing call with two promises, one overdue."""
    earlier = sample_call(
        id="ann-before",
        commitments=[
            Commitment("Post the refund letter", due=datetime.now(UTC) - timedelta(days=2)),
            Commitment("Ring Ann back", due=datetime.now(UTC) + timedelta(days=2)),
        ],
    )
    window.desk.log.save(earlier)
    window.run_command(f"new-call --phone '{ANN}'")


def masking_notice(window: MainWindow, qtbot: QtBot) -> NoticeBar:
    """A card number typed in the notes, masked as autosave masks it, and the notice
    Durability puts up for it (its wiring: tests/ui/test_durable_window.py)."""
    window.notes.notes.setPlainText("card 4111 1111 1111 1111")
    report = redact_record(window.desk.session.record)[1]
    bar = window.add_bar("redaction", this_call_only=True)
    words = RedactionWords(window)
    bar.show_words(lambda: words.say(report), "warning")
    return bar


def test_a_repeat_caller_is_one_line_folded_with_a_card_notice(
    window: MainWindow, qtbot: QtBot
) -> None:
    sized(window, qtbot, 380, 600)
    repeat_caller(window)
    caller = team_tools(window).banner
    qtbot.wait(50)
    assert caller.isVisible() and window.notices.isHidden()
    line = caller.label.fontMetrics().height()
    assert caller.label.height() < 2 * line
    assert caller.height() <= max(line, caller.close_button.height()) + 12
    assert caller.text.startswith("Called once before · last ")
    assert caller.text.endswith(" · 2 open promises, 1 overdue")
    assert caller.label.text().endswith("…") and caller.label.toolTip() == caller.text
    assert caller.action_button.text() == "Details · F11" and "Esc" in caller.close_button.text()
    described = caller.accessibleDescription()
    assert described.startswith(caller.text) and "overdue since" in described

    masked = masking_notice(window, qtbot)
    qtbot.wait(50)
    strip = window.notices
    assert strip.isVisible() and not caller.isVisible() and not masked.isVisible()
    assert strip.label.toolTip().startswith("Kept off the disk: 1 card number masked")
    assert strip.label.text().startswith("2 notices · newest: Kept off")
    assert strip.height() <= max(line, strip.read_button.height()) + 12
    assert window.pages.height() >= 150

    qtbot.keyClick(window, Qt.Key.Key_Escape)  # the newest: the card notice
    assert not masked.is_up() and caller.isVisible() and strip.isHidden()


def test_the_key_on_the_repeat_caller_unfolds_its_detail_even_from_the_strip(
    window: MainWindow, qtbot: QtBot
) -> None:
    repeat_caller(window)
    tools = team_tools(window)
    caller = tools.banner
    disk = window.add_bar("disk")
    disk.show_message("The disk is full.", "error")
    assert window.notices.isVisible() and not caller.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.notices.unfolded and caller.isVisible() and caller.detail.isVisible()
    assert caller.last_call.text().startswith("Last call: ")
    assert caller.open_items.text().splitlines()[1].startswith("• Post the refund letter · overdue")
    assert caller.show_last.isVisible() and caller.action_button.text() == "Fold · F11"
    caller.show_last.click()
    assert tools.viewer is not None and tools.viewer.isVisible()
    tools.viewer.close()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert caller.detail.isHidden() and caller.is_up()

    # Closed with Esc, the key brings it back, detail open.
    caller.hide()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert caller.is_up() and caller.detail_opened()


def test_a_new_call_takes_the_repeat_caller_down_and_a_known_one_replaces_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    repeat_caller(window)
    caller = team_tools(window).banner
    assert caller.is_up()
    assert window.run_command("save-call --category other --outcome resolved")[0]
    assert window.run_command("new-call")[0]
    assert not caller.is_up() and caller.said() == ""
    window.desk.log.save(
        sample_call(id="bo-before", customer=Customer("Bo", "", "+1 555 0100"), commitments=[])
    )
    window.run_command("new-call --phone '+1 555 0100'")
    assert caller.is_up() and "open promise" not in caller.text


def test_notices_showing_switch_language(window: MainWindow, qtbot: QtBot) -> None:
    repeat_caller(window)
    tools = team_tools(window)
    tools.notifier.fell_due.emit(
        [f for f in window.desk.log.follow_ups() if f.call_id == "ann-before"][:1]
    )
    masked = masking_notice(window, qtbot)
    strip = window.notices
    assert strip.label.text().startswith("3 notices")

    assert window.run_command("set-language es")[0]
    qtbot.waitUntil(lambda: window.step_counter.text().startswith("Paso"))

    assert tools.banner.text.startswith("Ya llamó una vez · última 5 ene 09:00")
    assert tools.banner.action_button.text() == "Detalles · F11"
    assert tools.due_bar.text == "Seguimiento pendiente: Post the refund letter"
    assert tools.due_bar.action_button.text() == "Seguimientos · F10"
    assert masked.text.startswith("No se guarda en el disco: 1 número de tarjeta ocultado")
    assert masked.text.endswith(
        "antes de guardar (notas). El registro solo conserva"
        " los cuatro últimos dígitos de una tarjeta."
    )
    # The strip names the newest in its new words, and the order stays.
    assert strip.up() == [tools.banner, tools.due_bar, masked]
    assert strip.label.toolTip() == masked.text
