"""The window at the sizes agents use: 380×600 beside a CRM, 1280×800 on its own.

With the built-in playbook's many situations, their chips take one row and
the step's goal and first cards stay on screen without scrolling.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.content import load_library
from desktop_app.core.playbook import Playbook
from desktop_app.resources import resource_path
from desktop_app.ui.call_window.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def builtin_playbook() -> Playbook:
    return load_library(resource_path("playbooks")).playbooks["calm-six"]


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def sized(window: MainWindow, qtbot: QtBot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    qtbot.wait(50)  # the layouts settle


@pytest.mark.parametrize("size", [(380, 600), (1280, 800)])
def test_the_situations_take_one_row_and_the_rest_are_one_key_away(
    make_window: WindowFactory, qtbot: QtBot, size: tuple[int, int]
) -> None:
    book = builtin_playbook()
    assert len(book.situations) > 12  # enough to need more than one row at 380 wide
    window = make_window(book)
    sized(window, qtbot, *size)
    more = window.more_situations
    row_height = more.height() + 14  # the strip's margins, top and bottom
    assert window.situations.height() <= row_height
    assert more.isVisible() and "Ctrl+F" in more.text()
    strip = window.situations.rect()
    shown = [chip for chip in window.chips.values() if chip.isVisible()]
    for chip in [*shown, more]:
        assert strip.contains(rect_in(chip, window.situations)), chip.text()
        assert abs(chip.y() - more.y()) <= 2, chip.text()  # the same row
    # by priority: the shown chips are the first ones of the playbook's order
    order = list(window.chips.values())
    assert shown == order[: len(shown)]
    if size[0] == 380:
        assert len(shown) < len(order)
    more.click()
    assert window.search.isVisible()


def test_at_380_by_600_the_goal_and_the_first_three_cards_show_without_scrolling(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(builtin_playbook())
    sized(window, qtbot, 380, 600)
    window.run_command("go-to-step 2")
    page = window.step_pages[1]
    cards = page.cards
    assert cards is not None
    qtbot.wait(50)
    assert page.verticalScrollBar().value() == 0
    viewport = page.viewport()
    seen = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()) & window.rect()
    goal = page.guidance.findChildren(QWidget)[0]
    assert seen.contains(rect_in(goal, window)), goal.objectName()
    card_views = cards.views
    assert len(card_views) >= 3
    for card in card_views[:3]:
        assert card.isVisible()
        assert seen.contains(rect_in(card, window)), card.accessibleName()
