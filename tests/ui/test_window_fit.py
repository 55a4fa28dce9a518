"""The window fits a small screen at the largest text: cards cut to fewer lines
(the whole text in the tooltip and for a screen reader), the notes in one
column, compact mode one line per card, the free notes one key away."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.widgets.typography import TEXT_SCALE_MAX
from tests.ui.conftest import WindowFactory, spoken_card
from tests.ui.test_window_sizes import at, builtin_playbook, cut_off

CTRL = Qt.KeyboardModifier.ControlModifier


def small_and_large(make_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    window = make_window(builtin_playbook())
    at(window, qtbot, (380, 600), TEXT_SCALE_MAX)
    return window


def test_at_the_largest_text_on_a_small_screen_a_card_shows_one_line_and_says_the_rest(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = small_and_large(make_window, qtbot)
    window.run_command("go-to-step 2")
    cards = window.step_pages[1].cards
    assert cards is not None
    for view in cards.views[:3]:
        title, text = view.shown_texts()
        whole = view.body_text()
        assert text.endswith("…") and len(text) < len(whole), text
        assert whole.startswith(text[:-1].rstrip())
        assert view.toolTip() == f"<p>{escape(whole)}</p>"
        spoken = spoken_card(view)
        assert spoken.text(QAccessible.Text.Name) == view.title_text()
        assert spoken.text(QAccessible.Text.Description) == whole
        assert view.title_text().startswith(title.rstrip("…").rstrip())

    # A name typed in the notes reaches the tooltip as text, never as markup.
    qtbot.keyClicks(window.notes.name, "<b>Dana</b>")
    window.run_command("go-to-step 5")  # Recap thanks the customer by name
    recap = window.step_pages[4].cards
    assert recap is not None
    named = next(v for v in recap.views if "<b>Dana</b>" in v.body_text())
    assert "&lt;b&gt;Dana&lt;/b&gt;" in named.toolTip() and "<b>" not in named.toolTip()

    window.run_command("text-reset")  # normal text: the whole card again
    qtbot.waitUntil(lambda: cards.views[0].shown_texts()[1] == cards.views[0].body_text())
    assert all(view.toolTip() == "" for view in cards.views)


def test_the_notes_take_one_column_when_two_would_not_fit_and_keep_their_order(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = small_and_large(make_window, qtbot)
    notes = window.notes
    assert notes.columns == 1
    name, phone = notes.name, notes.phone
    assert name.x() == phone.x() and phone.y() > name.y()  # the phone under the name
    assert name.accessibleName() == "Customer name" and phone.accessibleName() == "Phone"
    notes.show_cause(True)
    qtbot.waitUntil(notes.cause.isVisible)
    QApplication.processEvents()
    assert not cut_off(window), cut_off(window)
    body = notes.widget()
    assert body is not None and body.width() <= notes.viewport().width()

    name.setFocus()
    order = [name]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert [w.objectName() for w in order] == [
        "name", "phone", "account", "category", "reason", "notes"
    ]  # fmt: skip

    notes.show_cause(False)
    at(window, qtbot, (1920, 1080), TEXT_SCALE_MAX)  # room for two columns again
    qtbot.waitUntil(lambda: notes.columns == 2)
    assert phone.y() == name.y() and phone.x() > name.x()
    assert not notes.cause.isVisible()
    notes.retranslate()
    assert name.accessibleName() == "Customer name"


def test_compact_mode_shows_each_card_in_one_line_its_title_and_key(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = small_and_large(make_window, qtbot)
    qtbot.keyClick(window.notes.name, Qt.Key.Key_M, CTRL)
    assert window.settings.compact
    cards = window.step_pages[0].cards
    assert cards is not None
    for view in cards.views:
        qtbot.waitUntil(lambda view=view: view.height() == view.heightForWidth(view.width()))
        title, text = view.shown_texts()
        assert text == "" and title
        assert view.height() < 2 * view.card_list().fontMetrics().lineSpacing()
        assert view.toolTip() == f"<p>{escape(view.body_text())}</p>"
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: cards.views[0].shown_texts()[1] != "")


def test_ctrl_l_brings_the_free_notes_into_view_when_the_cards_take_the_height(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = small_and_large(make_window, qtbot)
    pages, pane, box = window.pages, window.notes, window.notes.notes
    assert pane.height() < pages.height() // 3  # at the largest text the cards come first
    qtbot.keyClick(window.notes.name, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is box

    def in_view() -> bool:
        top = box.mapTo(pane.viewport(), QPoint(0, 0)).y()
        return (top <= 0 and top + box.height() >= pane.viewport().height()) or (
            top >= 0 and top + box.height() <= pane.viewport().height()
        )

    qtbot.waitUntil(in_view)
