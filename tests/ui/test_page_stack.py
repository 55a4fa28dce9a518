"""The page stack: one page shown in one scroll area all pages share, as wide as its
view, the focus carried to the new page, each page scrolled where the agent left it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.page_stack import PageStack
from desktop_app.ui.call_window.step_page import FITS
from desktop_app.ui.widgets.typography import TEXT_SCALE_MAX
from tests.ui.conftest import WindowFactory
from tests.ui.test_window_sizes import at, builtin_playbook


def _page_with_fields(*names: str) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    for name in names:
        field = QLineEdit(page)
        field.setObjectName(name)
        column.addWidget(field)
    return page


def test_one_page_is_shown_and_fills_the_stack(qtbot: QtBot) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    first, second = _page_with_fields("a"), _page_with_fields("b")
    assert stack.addWidget(first) == 0 and stack.addWidget(second) == 1
    stack.resize(300, 200)
    stack.show()
    qtbot.waitExposed(stack)
    assert stack.currentWidget() is first and first.isVisible() and not second.isVisible()
    stack.setCurrentIndex(1)
    assert stack.currentIndex() == 1 and second.isVisible() and not first.isVisible()
    view = stack.viewport()
    assert second.width() == view.width() and second.height() >= view.height()
    stack.resize(320, 260)
    qtbot.waitUntil(lambda: second.width() == view.width() == 320)
    assert second.height() >= view.height() == 260
    # The size it asks for does not depend on the page shown.
    hint = stack.sizeHint()
    stack.setCurrentWidget(first)
    assert stack.sizeHint() == hint


def test_the_focus_moves_to_the_new_page_when_it_was_on_the_old(qtbot: QtBot) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    first, second = _page_with_fields("a1", "a2"), _page_with_fields("b1", "b2")
    stack.addWidget(first)
    stack.addWidget(second)
    stack.show()
    stack.activateWindow()
    qtbot.waitUntil(stack.isActiveWindow)
    first.findChildren(QLineEdit)[1].setFocus()
    qtbot.waitUntil(lambda: stack.focusWidget() is not None)
    stack.setCurrentWidget(second)
    focused = stack.focusWidget()
    assert focused is not None and focused.objectName() == "b1"  # the page's first field


def test_removing_the_page_shown_shows_the_first_left(qtbot: QtBot) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    first, second = _page_with_fields("a"), _page_with_fields("b")
    stack.addWidget(first)
    stack.addWidget(second)
    stack.show()
    stack.setCurrentWidget(second)
    stack.removeWidget(second)
    assert stack.count() == 1 and stack.currentWidget() is first and first.isVisible()
    assert stack.widget(1) is None and stack.indexOf(second) == -1


def test_each_page_keeps_where_it_was_scrolled(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(builtin_playbook())
    at(window, qtbot, (380, 600), 1)
    bar = window.pages.scroll_bar()
    window.run_command("go-to-step 2")
    qtbot.waitUntil(lambda: bar.maximum() > 100)  # a page of nine cards scrolls at 380x600
    bar.setValue(100)
    window.run_command("go-to-step 3")
    assert bar.value() == 0  # a page not scrolled yet shows its top
    window.run_command("go-to-step 2")
    assert bar.value() == 100
    # One scroll area for every page: a step change hides and shows no scroll bar.
    assert window.pages.findChildren(QScrollArea) == [window.pages.view]


def test_a_page_fits_the_room_the_window_has_when_it_shows_again(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(builtin_playbook())
    at(window, qtbot, (380, 900), TEXT_SCALE_MAX)
    window.run_command("go-to-step 2")
    page = window.step_pages[1]
    roomy = page.fit
    window.run_command("go-to-step 3")
    # Only the height changes while step 2 is not shown: the page itself keeps its
    # size (it is taller than the view), so only the view's new room tells it.
    at(window, qtbot, (380, 600), TEXT_SCALE_MAX)
    window.run_command("go-to-step 2")
    qtbot.waitUntil(lambda: FITS.index(page.fit) > FITS.index(roomy))
