"""The page stack: one page shown, sized to the stack, the focus carried to the new page."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.page_stack import PageStack


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
    assert second.geometry() == stack.rect()
    stack.resize(320, 260)
    qtbot.waitUntil(lambda: second.geometry() == stack.rect())
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
