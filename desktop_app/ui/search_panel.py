"""Card search (Ctrl+F): type a few letters, Enter copies the top hit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.core.card_search import CardHit, CardIndex
from desktop_app.core.playbook import PhraseCard
from desktop_app.ui.cards import plain_label
from desktop_app.ui.typography import Typography

RESULTS = 30
EXCERPT = 90


class SearchPanel(QFrame):
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
        self.field.setPlaceholderText(self.tr("Search cards: title, words, tags…"))
        self.field.setAccessibleName(self.tr("Search cards"))
        self.field.setClearButtonEnabled(True)
        typography.role(self.field, 1.05)
        column.addWidget(self.field)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Matching cards"))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column.addWidget(self.results, 1)
        self.empty = plain_label(self.tr("No card matches these words."), self)
        self.empty.setObjectName("caption")
        self.empty.hide()
        column.addWidget(self.empty)
        self.hint = plain_label(self.tr("↑↓ choose · Enter copies · Esc closes"), self)
        self.hint.setObjectName("keyHint")
        typography.role(self.hint, 0.8)
        column.addWidget(self.hint)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.use_selected)
        self.field.installEventFilter(self)
        self.results.itemClicked.connect(lambda _item: self.use_selected())

    def set_index(self, index: CardIndex) -> None:
        self._index = index
        self.search(self.field.text())

    def open(self) -> None:
        self.field.selectAll()
        self.field.setFocus()
        self.search(self.field.text())

    def search(self, text: str) -> None:
        self.hits = self._index.search(text, RESULTS) if self._index is not None else []
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        for hit in self.hits:
            text_line = " ".join(hit.card.text.split())
            if len(text_line) > EXCERPT:
                text_line = text_line[: EXCERPT - 1].rstrip() + "…"
            item = QListWidgetItem(f"{hit.card.title}\n{hit.owner_title} · {text_line}")
            self.results.addItem(item)
        if self.hits:
            self.results.setCurrentRow(0)
        self.results.setUpdatesEnabled(True)
        self.empty.setVisible(bool(text.strip()) and not self.hits)

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
