"""Pages on top of each other, one shown at a time, in one scroll area: the
steps and situations.

QStackedWidget switches pages with updates switched off and on again over
itself, and Qt carries that to every widget of every page: with a dozen pages
of cards, a thousand widgets are visited twice on each step change, which was
the largest single cost of the step key. This stack only hides the page that
was shown and shows the new one; the focus moves with it as QStackedWidget
moves it.

The pages share one scroll area, which stays shown: were each page its own,
a step change would hide and show its viewport and scroll bar as well, and
with a screen reader listening Qt tells it about every widget shown or
hidden (each a signal over D-Bus). Each page keeps where it was scrolled to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

#: the size the stack asks for, in lines of text: a full page's (QScrollArea's most)
SIZE_HINT_LINES = (36, 24)


class _Shelf(QWidget):
    """What the scroll area scrolls: the page shown, as tall as it needs at the width it has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: QWidget | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.page is None:
            return 0
        height = self.page.heightForWidth(width)
        return height if height >= 0 else self.page.sizeHint().height()

    def sizeHint(self) -> QSize:
        return self.page.sizeHint() if self.page is not None else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        if self.page is None:
            return QSize(0, 0)
        # As narrow as the page can be; its height is worked out for the width it gets.
        return QSize(self.page.minimumSizeHint().width(), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.page is not None:
            self.page.setGeometry(self.rect())
        super().resizeEvent(event)


class PageStack(QWidget):
    #: the view the pages are seen through changed its size (a page fits itself again)
    room_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        #: where each page was scrolled to when another was shown
        self._scrolled: dict[int, int] = {}
        #: the widget Tab goes from into the page shown (``focus_order.chain_after``)
        self.tab_after: QWidget | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.view = QScrollArea(self)
        self.view.setObjectName("pageView")
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setWidgetResizable(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Its pages' cards take the focus (and scroll into view); the view is no Tab stop.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setAccessibleName(QCoreApplication.translate("PageStack", "Step and cards"))
        self._shelf = _Shelf()
        self.view.setWidget(self._shelf)
        column.addWidget(self.view)

    # -- the pages -----------------------------------------------------------
    def addWidget(self, page: QWidget) -> int:
        page.setParent(self._shelf)
        self._pages.append(page)
        if self._shelf.page is None:
            self._show(page)
        else:
            page.hide()
        return len(self._pages) - 1

    def removeWidget(self, page: QWidget) -> None:
        if page not in self._pages:
            return
        self._pages.remove(page)
        self._scrolled.pop(id(page), None)
        page.hide()
        if page is self._shelf.page:
            self._shelf.page = None
            if self._pages:
                self._show(self._pages[0])

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:
        return self._pages.index(page) if page in self._pages else -1

    def currentWidget(self) -> QWidget | None:
        return self._shelf.page

    def currentIndex(self) -> int:
        page = self._shelf.page
        return -1 if page is None else self.indexOf(page)

    def setCurrentIndex(self, index: int) -> None:
        page = self.widget(index)
        if page is not None:
            self.setCurrentWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:
        old = self._shelf.page
        if page is old or page not in self._pages:
            return
        focus = QApplication.focusWidget()
        focus_was_on_old = focus is not None and old is not None and old.isAncestorOf(focus)
        if old is not None:
            self._scrolled[id(old)] = self.scroll_bar().value()
        self._show(page)
        if old is not None:
            old.hide()
        if focus_was_on_old:
            _focus_into(page)

    def _show(self, page: QWidget) -> None:
        shelf = self._shelf
        shelf.page = page
        # At the size the scroll area will give the shelf for it: laid out once, not
        # at the last page's height first.
        width = shelf.width()
        page.setGeometry(0, 0, width, max(shelf.heightForWidth(width), self.viewport().height()))
        page.show()
        shelf.updateGeometry()  # the scroll area sizes the shelf to the new page
        scrolled = self._scrolled.get(id(page), 0)
        if scrolled:
            # Sized now, not on the next turn of the loop: the scroll bar's range is the new page's.
            QApplication.sendEvent(self.view, QEvent(QEvent.Type.LayoutRequest))
        self.scroll_bar().setValue(scrolled)

    # -- scrolling -------------------------------------------------------------
    def scroll_bar(self) -> QScrollBar:
        return self.view.verticalScrollBar()

    def viewport(self) -> QWidget:
        """What the pages are seen through."""
        return self.view.viewport()

    # -- geometry ------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.room_changed.emit()

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
