"""A whole call driven by keys only, from new call to the entry in the log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.call import EventKind
from desktop_app.ui.call_window.main_window import MainWindow
from tests.ui.conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_a_whole_call_by_keys_only_lands_in_the_log(window: MainWindow, qtbot: QtBot) -> None:
    clipboard = QApplication.clipboard()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert window.windowTitle() == "Calmline — Listen"

    # Notes while the customer vents: Ctrl+L goes to the notes, keys still work there.
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is window.notes.notes
    qtbot.keyClicks(window.notes.notes, "Charged twice in March")
    press(qtbot, Qt.Key.Key_Down, ALT)  # angrier: 3 -> 2
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert clipboard.text() == "Please go on, I'm listening."

    # Acknowledge: the card needs the customer's name, asked inline.
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.windowTitle() == "Calmline — Acknowledge"
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.ask_bar.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "Dana Reyes")
    press(qtbot, Qt.Key.Key_Return)
    assert clipboard.text() == "That sounds frustrating, Dana Reyes."
    assert not window.ask_bar.isVisible()
    assert window.notes.name.text() == "Dana Reyes"

    # A situation, one key away, then back.
    press(qtbot, Qt.Key.Key_F2)
    assert window.pages.currentWidget() is window.situation_pages["abusive"]
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert clipboard.text() == "Let's keep this respectful."
    press(qtbot, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.step_pages[1]

    # Resolve, then the customer flares up again: one key back to Acknowledge.
    press(qtbot, Qt.Key.Key_3, ALT)
    assert window.windowTitle() == "Calmline — Resolve"
    press(qtbot, Qt.Key.Key_R, CTRL)  # and one step angrier: 2 -> 1
    assert window.windowTitle() == "Calmline — Acknowledge"
    assert window.toast.text() == "Back to Acknowledge · mood: furious"
    press(qtbot, Qt.Key.Key_Right, ALT)
    press(qtbot, Qt.Key.Key_Up, ALT)  # calmer: 1 -> 2
    press(qtbot, Qt.Key.Key_Up, ALT)  # 3
    press(qtbot, Qt.Key.Key_Up, ALT)  # 4

    # The resolution and a reason, typed by keys: Shift+Tab walks back from the notes.
    press(qtbot, Qt.Key.Key_L, CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.notes.resolution
    qtbot.keyClicks(window.notes.resolution, "Refund the duplicate charge")
    press(qtbot, Qt.Key.Key_L, CTRL)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is window.notes.reason
    qtbot.keyClicks(window.notes.reason, "Double charge")

    # The Log step shows the drafted entry for review.
    press(qtbot, Qt.Key.Key_4, ALT)
    assert window.windowTitle() == "Calmline — Log"
    review = window.review
    assert review is not None
    qtbot.waitUntil(lambda: "Dana Reyes" in review.draft.toPlainText())
    draft = review.draft.toPlainText()
    assert "Customer: Dana Reyes" in draft
    assert "Reason: Double charge" in draft
    assert "Resolution: Refund the duplicate charge" in draft
    assert "Mood: 2 → 4" in draft
    assert "flared up again" in draft

    call_id = window.desk.session.record.id
    press(qtbot, Qt.Key.Key_S, CTRL)

    log = window.desk.log
    (saved,) = log.list_calls()
    assert saved.id == call_id
    assert saved.customer.name == "Dana Reyes"
    assert saved.notes == "Charged twice in March"
    assert saved.reason == "Double charge"
    assert saved.resolution == "Refund the duplicate charge"
    assert (saved.mood_start, saved.mood_end) == (2, 4)
    kinds = [e.kind for e in saved.timeline]
    assert kinds.count(EventKind.CARD_USED) == 3
    assert EventKind.REESCALATED in kinds and EventKind.SITUATION_OPENED in kinds
    used = [e.detail for e in saved.timeline if e.kind is EventKind.CARD_USED]
    assert used == ["listen-go-on", "ack-name", "abusive-warn"]

    # Ready for the next call: first step, empty fields.
    assert window.windowTitle() == "Calmline — Listen"
    assert window.notes.name.text() == "" and window.notes.notes.toPlainText() == ""
    assert window.desk.session.record.id != call_id
