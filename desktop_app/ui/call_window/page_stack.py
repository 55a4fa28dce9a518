"""Pages on top of each other, one shown at a time: the steps and situations.

QStackedWidget switches pages with updates switched off and on again over
itself, and Qt carries that to every widget of every page: with a dozen pages
of cards, a thousand widgets are visited twice on each step change, which was
the largest single cost of the step key. This stack only hides the page that
was shown and shows the new one, sized to the stack; the focus moves with it
as QStackedWidget moves it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

#: the size the stack asks for, in lines of text: a full page's (QScrollArea's most)
SIZE_HINT_LINES = (36, 24)


class PageStack(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None
        #: the widget Tab goes from into the page shown (``focus_order.chain_after``)
        self.tab_after: QWidget | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- the pages -----------------------------------------------------------
    def addWidget(self, page: QWidget) -> int:
        page.setParent(self)
        self._pages.append(page)
        if self._current is None:
            self._show(page)
        else:
            page.hide()
        return len(self._pages) - 1

    def removeWidget(self, page: QWidget) -> None:
        if page not in self._pages:
            return
        self._pages.remove(page)
        page.hide()
        if page is self._current:
            self._current = None
            if self._pages:
                self._show(self._pages[0])

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:
        return self._pages.index(page) if page in self._pages else -1

    def currentWidget(self) -> QWidget | None:
        return self._current

    def currentIndex(self) -> int:
        return -1 if self._current is None else self.indexOf(self._current)

    def setCurrentIndex(self, index: int) -> None:
        page = self.widget(index)
        if page is not None:
            self.setCurrentWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:
        if page is self._current or page not in self._pages:
            return
        focus = QApplication.focusWidget()
        old = self._current
        focus_was_on_old = focus is not None and old is not None and old.isAncestorOf(focus)
        self._show(page)
        if old is not None:
            old.hide()
        if focus_was_on_old:
            _focus_into(page)

    def _show(self, page: QWidget) -> None:
        self._current = page
        page.setGeometry(self.rect())
        page.show()

    # -- geometry ------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._current is not None:
            self._current.setGeometry(self.rect())
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        # What a page full of cards asks for (a scroll area asks for at most
        # 36 by 24 lines), the same whichever page is shown: a step change
        # never asks the window to lay itself out again.
        line = self.fontMetrics().height()
        return QSize(SIZE_HINT_LINES[0] * line, SIZE_HINT_LINES[1] * line)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


def _focus_into(page: QWidget) -> None:
    """As QStackedWidget does: the page's last focused widget, else its first in the tab chain."""
    last: QWidget | None = page.focusWidget()  # None when nothing in it had the focus
    (last or _first_focusable(page) or page).setFocus(Qt.FocusReason.OtherFocusReason)


def _first_focusable(page: QWidget) -> QWidget | None:
    candidate = page.nextInFocusChain()
    while candidate is not None and candidate is not page:
        if (
            page.isAncestorOf(candidate)
            and candidate.isVisibleTo(page)
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.isEnabled()
        ):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None
