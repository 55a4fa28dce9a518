"""The Tab order of the call window: the order a sighted agent reads it in.

The menu and the mood in the header, the step rail, the cards of the page
shown, the situations, then the notes. Pages fill when first shown, after
the rest of the window exists, so a page's cards are put after the rail
when it fills (``chain_after``); hidden pages' cards are passed over by Tab.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def set_reading_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each of ``widgets`` to the next (those that take no focus left out)."""
    chain = [w for w in widgets if _takes_tab(w)]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def chain_after(anchor: QWidget, container: QWidget) -> None:
    """Put every widget in ``container`` that Tab stops at right after ``anchor``."""
    inside = [w for w in container.findChildren(QWidget) if _takes_tab(w)]
    if inside and _takes_tab(anchor):
        set_reading_order([anchor, *inside])
