"""Card search (Ctrl+F): type a few letters, Enter copies the top hit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.card_search import CardHit, CardIndex
from desktop_app.core.playbook import PhraseCard
from desktop_app.ui.widgets.accessible import announce
from desktop_app.ui.widgets.follow_language import follow_language
from desktop_app.ui.widgets.labels import plain_label
from desktop_app.ui.widgets.style import Band, style_as
from desktop_app.ui.widgets.typography import Typography

RESULTS = 30
EXCERPT = 90
EMPTY_MARGIN = 8


def _row_text(hit: CardHit) -> str:
    """Two lines: the card's title, then where it lives and the start of its text."""
    text_line = " ".join(hit.card.text.split())
    if len(text_line) > EXCERPT:
        text_line = text_line[: EXCERPT - 1].rstrip() + "…"
    return f"{hit.card.title}\n{hit.owner_title} · {text_line}"


class _RowPerCard(QStyledItemDelegate):
    """Every result row as tall as the first and never wider than the list.

    So the list lays out one row instead of word-wrapping each (a keystroke
    stays within a frame), and a line too long for the panel ends in "…".
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(1, super().sizeHint(option, index).height())


class SearchPanel(Band):
    def __init__(
        self,
        typography: Typography,
        on_use: Callable[[PhraseCard], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._on_use = on_use
        self._index: CardIndex | None = None
        self.hits: list[CardHit] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(6)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        typography.role(self.field, 1.05)
        column.addWidget(self.field)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(False)
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(_RowPerCard(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column.addWidget(self.results, 1)
        # Shown over the empty list rather than below it: showing or hiding it
        # then moves nothing, so the keystroke that finds the first cards
        # needs no new layout of the panel.
        self.empty = plain_label("", self.results.viewport())
        style_as(self.empty, "caption")
        self.empty.setWordWrap(True)
        self.empty.move(EMPTY_MARGIN, EMPTY_MARGIN)
        self.empty.hide()
        self.hint = plain_label("", self)
        style_as(self.hint, "keyHint")
        typography.role(self.hint, 0.8)
        column.addWidget(self.hint)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.use_selected)
        self.field.installEventFilter(self)
        self.results.itemClicked.connect(lambda _item: self.use_selected())
        follow_language(self, self._set_words)

    def _set_words(self) -> None:
        """The panel's own words in the language now in use; what was typed and found stays."""
        self.field.setPlaceholderText(self.tr("Search cards: title, words, tags…"))
        self.field.setAccessibleName(self.tr("Search cards"))
        self.results.setAccessibleName(self.tr("Matching cards"))
        self.empty.setText(self.tr("No card matches these words."))
        self.hint.setText(self.tr("↑↓ choose · Enter copies · Esc closes"))

    def set_index(self, index: CardIndex) -> None:
        self._index = index
        self.search(self.field.text())

    def open(self) -> None:
        self.field.selectAll()
        self.field.setFocus()
        self.search(self.field.text())

    def search(self, text: str) -> None:
        self.hits = self._index.search(text, RESULTS) if self._index is not None else []
        self._show_rows([_row_text(hit) for hit in self.hits])
        nothing = bool(text.strip()) and not self.hits
        if nothing:
            width = self.results.viewport().width() - 2 * EMPTY_MARGIN
            self.empty.resize(width, self.empty.heightForWidth(width))
        self.empty.setVisible(nothing)
        if text.strip():  # said after the typing, not over it
            found = self.tr("%n cards match", "", len(self.hits))
            announce(self.results, found if self.hits else self.empty.text())

    def _show_rows(self, rows: list[str]) -> None:
        """The list's rows become ``rows``: rows already there are relabelled, not rebuilt."""
        results = self.results
        results.setUpdatesEnabled(False)
        shown = results.count()
        for row, label in enumerate(rows[:shown]):
            item = results.item(row)
            if item.text() != label:
                item.setText(label)
        if len(rows) > shown:
            results.addItems(rows[shown:])
        elif len(rows) < shown:
            results.model().removeRows(len(rows), shown - len(rows))
        if rows:
            results.setCurrentRow(0)
        results.setUpdatesEnabled(True)

    def use_selected(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            self._on_use(self.hits[row].card)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            if self.hits:
                row = max(0, min(len(self.hits) - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)
