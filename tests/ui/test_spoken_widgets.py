"""What Calmline's painted widgets tell a screen reader, read through Qt's own
accessibility interfaces in the running window (the AT-SPI side of the same
answers is tests/e2e/test_screen_reader.py)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface, QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.widgets.notice_bar import add_notice_bar
from tests.ui.conftest import spoken_card

NAME, DESCRIPTION, VALUE = (
    QAccessible.Text.Name,
    QAccessible.Text.Description,
    QAccessible.Text.Value,
)


def spoken(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def test_a_card_is_a_button_described_by_its_text_as_it_would_be_copied(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.run_command("go-to-step 2")
    cards = window.step_pages[1].cards
    assert cards is not None
    card = spoken_card(cards.views[0])
    assert card.role() == QAccessible.Role.Button
    assert card.text(NAME) == "Name the feeling"
    # The missing value is named, never read out as "{customer_name}".
    assert card.text(DESCRIPTION) == "That sounds frustrating, [Customer's name]."
    qtbot.keyClicks(window.notes.name, "Dana Reyes")
    qtbot.waitUntil(lambda: window.desk.session.record.customer.name == "Dana Reyes")
    assert card.text(DESCRIPTION) == "That sounds frustrating, Dana Reyes."
    actions = card.actionInterface()
    assert actions.keyBindingsForAction(actions.pressAction()) == ["Ctrl+1"]
    # Pressing it through its action is the same as its key: copied and counted.
    actions.doAction(actions.pressAction())
    clipboard = QGuiApplication.clipboard()
    qtbot.waitUntil(
        lambda: clipboard.text(QClipboard.Mode.Clipboard) == "That sounds frustrating, Dana Reyes."
    )
    assert window.desk.session.times_used("ack-name") == 1


def test_the_rail_is_page_tabs_and_a_tab_press_goes_to_its_step(window: MainWindow) -> None:
    rail = spoken(window.rail)
    assert rail.role() == QAccessible.Role.PageTabList
    assert rail.text(NAME) == "Steps"
    tabs = [spoken(tab) for tab in window.rail.tabs]
    assert [t.role() for t in tabs] == [QAccessible.Role.PageTab] * len(tabs)
    assert [t.text(NAME) for t in tabs] == [s.title for s in window.desk.playbook.steps]
    assert [t.state().selected for t in tabs] == [True, False, False, False]
    assert tabs[2].text(DESCRIPTION) == "Step 3 of 4: Resolve"
    actions = tabs[2].actionInterface()
    actions.doAction(actions.pressAction())
    assert window.desk.session.current_index == 2
    assert [t.state().selected for t in tabs] == [False, False, True, False]
    assert rail.text(VALUE) == "Step 3 of 4: Resolve"


def test_the_mood_is_a_value_from_1_to_5_with_its_word(window: MainWindow) -> None:
    mood = spoken(window.mood)
    assert mood.role() == QAccessible.Role.Slider
    assert mood.text(NAME) == "Customer mood"
    assert mood.text(VALUE) == "not set"
    value = mood.valueInterface()
    assert (value.minimumValue(), value.maximumValue()) == (1, 5)
    value.setCurrentValue(1)  # as a screen reader sets a slider
    assert window.desk.session.mood == 1
    assert mood.text(VALUE) == "1 of 5, furious"
    window.run_command("set-mood 5")
    assert value.currentValue() == 5
    assert mood.text(VALUE) == "5 of 5, calm"


def test_the_step_title_is_heard_with_what_it_shows(window: MainWindow) -> None:
    window.run_command("next-step")
    title = spoken(window.step_title)
    assert title.role() == QAccessible.Role.StaticText
    assert title.text(NAME) == "Current step: Acknowledge"


def test_a_notice_says_what_it_is_and_how_to_close_it(window: MainWindow) -> None:
    bar = add_notice_bar(window, window.ask_bar, "test", window.typography)
    bar.show_message("The log could not be written: the disk is full.", "error")
    notice = spoken(bar)
    assert notice.text(NAME) == "Notice"
    assert notice.text(DESCRIPTION).startswith("The log could not be written: the disk is full.")
    assert "Close this notice" in notice.text(DESCRIPTION)
    assert spoken(bar.close_button).text(NAME) == "Close this notice"


def test_every_scroll_bar_says_what_it_scrolls(window: MainWindow) -> None:
    bar = window.notes.verticalScrollBar()
    said = spoken(bar)
    assert said.role() == QAccessible.Role.ScrollBar
    assert said.text(NAME) == "Scroll: Call notes"
