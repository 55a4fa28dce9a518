"""A step's cards are one painted list: the keyboard goes card by card inside it,
the pointer finds the card under it, and a screen reader meets every card as a
button of the list, though no card is a widget of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.cards import CardList
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.call_window.step_page import CardPage
from desktop_app.ui.widgets.typography import TEXT_SCALE_MAX
from tests.ui.conftest import WindowFactory, spoken_card
from tests.ui.test_window_sizes import at, builtin_playbook, rect_in, seen_part


def cards_of(window: MainWindow, step: int) -> CardList:
    window.run_command(f"go-to-step {step}")
    cards = window.step_pages[step - 1].cards
    assert cards is not None
    return cards


def nine_cards_at_380(
    make_window: WindowFactory, qtbot: QtBot
) -> tuple[MainWindow, CardPage, CardList]:
    """The built-in playbook's second step at 380x600: nine cards, the last below the fold."""
    window = make_window(builtin_playbook())
    at(window, qtbot, (380, 600), 1)
    return window, window.step_pages[1], cards_of(window, 2)


def test_a_page_of_cards_is_one_widget_and_one_tab_stop(window: MainWindow) -> None:
    cards = cards_of(window, 1)
    assert len(cards.views) == 2
    page = window.step_pages[0]
    # Each widget shown or hidden costs a signal to a listening screen reader on
    # every step change: the cards add one widget to their page, not one each.
    assert page.findChildren(CardList) == [cards]
    assert cards.findChildren(QWidget) == []


def test_the_arrow_keys_and_tab_go_card_by_card_and_enter_copies_the_one_in_focus(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window, page, cards = nine_cards_at_380(make_window, qtbot)
    last = cards.views[-1]
    assert not seen_part(page, window).contains(rect_in(last, window))  # below the fold
    cards.setFocus(Qt.FocusReason.TabFocusReason)
    assert cards.focused_view() is cards.views[0]
    for view in cards.views[1:]:
        qtbot.keyClick(cards, Qt.Key.Key_Tab)
        assert cards.focused_view() is view and view.hasFocus()
    # The card with the focus is scrolled into view, whole, as a widget would be.
    qtbot.waitUntil(lambda: seen_part(page, window).contains(rect_in(last, window)))
    qtbot.keyClick(cards, Qt.Key.Key_Up)
    assert cards.focused_view() is cards.views[-2]
    qtbot.keyClick(cards, Qt.Key.Key_Return)
    copied = cards.views[-2].body_text()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == copied)
    # Shift+Tab walks back the same way, then leaves the list for the rail.
    for view in reversed(cards.views[:-2]):
        qtbot.keyClick(cards, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert cards.focused_view() is view
    qtbot.keyClick(cards, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not cards.hasFocus() and cards.focused_view() is None


def test_a_click_finds_the_card_under_the_pointer_and_a_gap_copies_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    cards = cards_of(window, 1)
    first, second = cards.views
    QGuiApplication.clipboard().setText("before")
    gap = QPoint(40, (first.geometry().bottom() + second.geometry().top()) // 2 + 1)
    assert cards.view_at(gap) is None
    qtbot.mouseClick(cards, Qt.MouseButton.LeftButton, pos=gap)
    assert QGuiApplication.clipboard().text() == "before"
    qtbot.mouseClick(cards, Qt.MouseButton.LeftButton, pos=second.geometry().center())
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == second.body_text())
    assert cards.focused_view() is second  # the click gave it the keyboard focus


def test_clicking_a_card_far_down_does_not_jump_the_page_to_the_card_before(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window, page, cards = nine_cards_at_380(make_window, qtbot)
    bar = page.verticalScrollBar()
    last = cards.views[-1]
    # The agent scrolled down to the last card.
    bar.setValue(cards.mapTo(page.widget(), last.geometry().topLeft()).y() - 10)
    qtbot.waitUntil(lambda: seen_part(page, window).contains(rect_in(last, window)))
    window.notes.notes.setFocus()  # the keyboard elsewhere; the list remembers card 1
    scrolled_to: list[int] = []
    bar.valueChanged.connect(scrolled_to.append)
    qtbot.mouseClick(cards, Qt.MouseButton.LeftButton, pos=last.geometry().center())
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == last.body_text())
    assert cards.focused_view() is last
    assert scrolled_to == [], scrolled_to  # never up to card 1 and back


def test_a_card_cut_short_shows_its_whole_text_as_the_tooltip_under_the_pointer(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(builtin_playbook())
    at(window, qtbot, (380, 600), TEXT_SCALE_MAX)  # the cards are cut to one line
    cards = cards_of(window, 2)
    view = cards.views[1]
    qtbot.waitUntil(lambda: view.toolTip() != "")
    place = view.geometry().center()
    qtbot.mouseMove(cards, place)  # the pointer comes to rest on the card
    QApplication.sendEvent(cards, QHelpEvent(QEvent.Type.ToolTip, place, cards.mapToGlobal(place)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == view.toolTip()
    QToolTip.hideText()


def test_a_screen_reader_meets_each_card_as_a_button_of_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    cards = cards_of(window, 1)
    listed = QAccessible.queryAccessibleInterface(cards)
    assert listed.role() == QAccessible.Role.List
    assert listed.text(QAccessible.Text.Name) == "Cards"
    assert listed.childCount() == len(cards.views)
    spoken = [spoken_card(view) for view in cards.views]
    assert [c.text(QAccessible.Text.Name) for c in spoken] == [v.title_text() for v in cards.views]
    assert all(c.parent().object() is cards for c in spoken)
    assert [listed.indexOfChild(c) for c in spoken] == [0, 1]
    second = cards.views[1]
    place = second.geometry()
    on_screen = QRect(cards.mapToGlobal(place.topLeft()), place.size())
    assert spoken[1].rect() == on_screen
    assert listed.childAt(on_screen.center().x(), on_screen.center().y()) is spoken[1]
    # The keyboard focus, as a screen reader follows it: on the card, not the list.
    actions = spoken[1].actionInterface()
    actions.doAction(actions.setFocusAction())
    qtbot.waitUntil(second.hasFocus)
    assert spoken[1].state().focused and not spoken[0].state().focused
    assert listed.focusChild() is spoken[1]


def test_a_card_s_place_follows_a_change_before_the_list_is_painted_again(
    window: MainWindow,
) -> None:
    cards = cards_of(window, 1)
    first, second = cards.views
    tall = first.height()
    cards.set_line_limit(0)  # titles only, as compact mode shows them; not painted yet
    # What a screen reader asks for (and a click is matched against) is where the
    # cards are now, not where they were last painted.
    assert first.height() == first.heightForWidth(cards.width()) < tall
    assert second.geometry().top() == first.height() + CardList.COMPACT_SPACING


def test_a_card_the_screen_reader_knew_is_let_go_when_its_page_is_rebuilt(
    window: MainWindow, qtbot: QtBot
) -> None:
    cards = cards_of(window, 1)
    known = QAccessible.uniqueId(spoken_card(cards.views[0]))
    assert QAccessible.accessibleInterface(known) is not None
    window.rebuild_pages()  # as a playbook edited on disk is loaded again
    # Qt's cache must not keep a card whose list is gone (a reader asking for it
    # again would reach freed memory): it goes with its list.
    qtbot.waitUntil(lambda: QAccessible.accessibleInterface(known) is None)
