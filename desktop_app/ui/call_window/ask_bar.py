"""The inline question: a card needs a value the call does not have yet.

A small bar above the cards, never a modal dialog: the agent types the
customer's name (say), presses Enter and the card is copied; Escape skips it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QWidget

from desktop_app.desk.effects import Answer, MissingValues
from desktop_app.ui.widgets.labels import plain_label
from desktop_app.ui.widgets.style import Band, style_as
from desktop_app.ui.widgets.typography import Typography

_PLACEHOLDER_WORDS = {
    "customer_name": QT_TRANSLATE_NOOP("AskBar", "Customer's name"),
    "agent_name": QT_TRANSLATE_NOOP("AskBar", "Your name"),
    "company": QT_TRANSLATE_NOOP("AskBar", "Company name"),
    "due": QT_TRANSLATE_NOOP("AskBar", "When (date and time)"),
    "account": QT_TRANSLATE_NOOP("AskBar", "Account or ticket"),
    "phone": QT_TRANSLATE_NOOP("AskBar", "Phone"),
    "category": QT_TRANSLATE_NOOP("AskBar", "Category"),
}


def placeholder_label(name: str) -> str:
    words = _PLACEHOLDER_WORDS.get(name, name.replace("_", " ").capitalize())
    return QCoreApplication.translate("AskBar", str(words))


class AskBar(Band):
    def __init__(self, typography: Typography, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askBar")
        self.setAccessibleName(self.tr("A card needs a value"))
        self._typography = typography
        self._focus_before: QWidget | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 8, 12, 8)
        self._grid.setVerticalSpacing(4)
        self._answer: Answer | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.hide()

    @property
    def asking(self) -> bool:
        return self._answer is not None

    def ask(self, question: MissingValues, answer: Answer) -> None:
        if self._answer is None:
            self._focus_before = QApplication.focusWidget()
        self._clear()
        self._answer = answer
        title = plain_label(self.tr("“{0}” needs:").format(question.card_title), self, wrap=True)
        self._typography.role(title, 0.9)
        self._grid.addWidget(title, 0, 0, 1, 2)
        for row, name in enumerate(question.names, start=1):
            caption = plain_label(placeholder_label(name), self)
            edit = QLineEdit(self)
            edit.setAccessibleName(placeholder_label(name))
            edit.returnPressed.connect(self._submit)
            caption.setBuddy(edit)
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(edit, row, 1)
            self.edits[name] = edit
        hint = plain_label(self.tr("Enter copies the card · Esc skips it"), self)
        style_as(hint, "keyHint")
        self._typography.role(hint, 0.8)
        self._grid.addWidget(hint, len(question.names) + 1, 0, 1, 2)
        self._grid.setColumnStretch(1, 1)
        self.show()
        next(iter(self.edits.values())).setFocus()

    def _submit(self) -> None:
        empty = [edit for edit in self.edits.values() if not edit.text().strip()]
        if empty:
            empty[0].setFocus()
            return
        answer, values = self._answer, {n: e.text() for n, e in self.edits.items()}
        self.cancel()
        if answer is not None:
            answer(values)

    def cancel(self) -> None:
        self._answer = None
        self._clear()
        self.hide()
        previous, self._focus_before = self._focus_before, None
        if previous is not None and previous.isVisible():
            previous.setFocus()

    def _clear(self) -> None:
        self.edits = {}
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
