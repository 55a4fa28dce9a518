"""Keyboard only: Tab and Shift+Tab go round every view and dialog in reading order,
with no trap, and the focus ring painted on Calmline's own widgets stands out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.call_window.cards import CardList, CardView
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.widgets.accessible import contrast_ratio
from desktop_app.ui.widgets.style import FOCUS_RING
from tests.ui.conftest import DARK_BASE

#: more Tab presses than any view has controls: past this, focus is trapped
ROUND_LIMIT = 120


#: where Tab stops: a widget, or a card of a card list (one widget, a stop per card)
Stop = QWidget | CardView


def focus_stop() -> Stop:
    """Where the keyboard focus is: the widget, or the card of a card list."""
    widget = QApplication.focusWidget()
    assert widget is not None
    if isinstance(widget, CardList):
        view = widget.focused_view()
        assert view is not None, "a card list with the focus and no card with it"
        return view
    return widget


def is_shown(stop: Stop) -> bool:
    if isinstance(stop, CardView):
        return stop.card_list().isVisible() and not stop.geometry().isEmpty()
    return stop.isVisible()


def tab_round(qtbot: QtBot, start: QWidget, *, back: bool = False) -> list[Stop]:
    """Where Tab (Shift+Tab with ``back``) stops from ``start`` until it is back there."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen: list[Stop] = [start]
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _ in range(ROUND_LIMIT):
        before = focus_stop()
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab, modifier)
        now = focus_stop()
        if now is start:
            return seen
        if now is not before:  # a date field's Tab first walks its day, month, year
            seen.append(now)
    pytest.fail(f"Tab never came back to {start!r}: {[type(w).__name__ for w in seen]}")


def test_tab_goes_round_the_call_window_in_reading_order(window: MainWindow, qtbot: QtBot) -> None:
    forward = tab_round(qtbot, window.rail)
    cards = window.step_pages[0].cards
    assert cards is not None
    assert window.mood in forward
    assert all(view in forward for view in cards.views)
    # the situations that fit the one row, then "More…"; the others are behind search
    shown = [chip for chip in window.chips.values() if chip.isVisible()]
    assert shown and all(chip in forward for chip in shown)
    assert window.more_situations in forward
    assert window.notes.name in forward
    # Reading order, round from the rail: the cards, the situations, the notes,
    # then the header (the menu, the mood) and the rail again.
    where = forward.index
    assert where(window.menu_button) < where(window.mood) == len(forward) - 1
    assert where(window.rail) < where(cards.views[0]) < where(cards.views[-1])
    assert where(cards.views[-1]) < min(where(c) for c in shown)
    assert max(where(c) for c in shown) < where(window.more_situations)
    assert where(window.more_situations) < where(window.notes.name)
    backward = tab_round(qtbot, window.rail, back=True)
    assert backward == [forward[0], *reversed(forward[1:])]


@pytest.mark.parametrize(
    "view",
    ["last-step", "open-situation 1", "search-cards"],
    ids=["log step", "situation", "card search"],
)
def test_tab_goes_round_every_view_without_a_trap(
    window: MainWindow, qtbot: QtBot, view: str
) -> None:
    last = f"go-to-step {len(window.desk.playbook.steps)}"
    assert window.run_command(last if view == "last-step" else view)[0]
    forward = tab_round(qtbot, window.rail)
    shown = [w for w in forward if is_shown(w)]
    assert shown == forward, "Tab stopped on a hidden widget"
    if view == "last-step":
        review = window.review
        assert review is not None
        assert review.draft in forward and review.save in forward
    if view == "search-cards":
        assert window.search.field in forward
    assert len(tab_round(qtbot, window.rail, back=True)) == len(forward)


@pytest.mark.parametrize("tool", ["history", "follow-ups", "complaints-report", "export-calls"])
def test_tab_goes_round_each_log_tool_and_back(window: MainWindow, qtbot: QtBot, tool: str) -> None:
    window.run_command(tool)
    qtbot.waitUntil(
        lambda: (
            QApplication.activeModalWidget() is not None
            or bool(
                [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
            )
        )
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    start = next(
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    )
    forward = tab_round(qtbot, start)
    assert len(forward) >= 2
    assert all(isinstance(w, QWidget) and dialog.isAncestorOf(w) for w in forward), (
        "Tab left the dialog"
    )
    assert len(tab_round(qtbot, start, back=True)) == len(forward)


@pytest.mark.parametrize("palette_name", ["light", "dark"])
def test_the_focus_ring_stands_out_three_to_one(
    window: MainWindow, request: pytest.FixtureRequest, qtbot: QtBot, palette_name: str
) -> None:
    if palette_name == "dark":
        request.getfixturevalue("dark_palette")
        qtbot.waitUntil(
            lambda: window.palette().color(QPalette.ColorRole.Base) == QColor(*DARK_BASE)
        )
    palette = window.palette()  # as the window uses it (made readable, see widgets/contrast.py)
    ring = palette.color(FOCUS_RING)
    # Cards are drawn on Base; the rail, the mood and the chips on the Window colour.
    for ground in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        ratio = contrast_ratio(ring, palette.color(ground))
        assert ratio >= 3.0, f"{palette_name}: focus ring on {ground.name} only {ratio:.2f}:1"
    # A checked chip is filled with the ring's colour: its focus ring is HighlightedText.
    inner = contrast_ratio(
        palette.color(QPalette.ColorRole.HighlightedText), palette.color(FOCUS_RING)
    )
    assert inner >= 3.0
