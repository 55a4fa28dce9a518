"""The inline question: the window needs something from the agent before it goes on.

A small bar above the cards, never a modal dialog, answered by keyboard:
Enter answers, Escape declines. It asks for the value a card needs (the
customer's name, say, then the card is copied), for the log-entry fields the
playbook requires before a call is saved, whether to save the call before a
new one, and for the agent's name at the first start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QGridLayout, QLineEdit, QWidget

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

#: What the bar asks, by kind: for ``status`` and for what Escape says.
CARD, BEFORE_SAVING, SAVE_FIRST, WHO_YOU_ARE = "card", "before-saving", "save-first", "who"


def placeholder_label(name: str) -> str:
    words = _PLACEHOLDER_WORDS.get(name, name.replace("_", " ").capitalize())
    return QCoreApplication.translate("AskBar", str(words))


@dataclass(frozen=True, slots=True)
class Row:
    """One value asked for: typed in, or picked from ``choices`` (value, label) by keys."""

    name: str
    label: str
    choices: tuple[tuple[str, str], ...] = ()
    #: Enter waits until this one is filled
    needed: bool = True


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
        self._declined: Callable[[], None] | None = None
        self._needed: tuple[str, ...] = ()
        #: what is being asked (``CARD``, ``BEFORE_SAVING``, ...); "" when nothing is
        self.kind = ""
        self.edits: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.hide()

    @property
    def asking(self) -> bool:
        return self._answer is not None

    def ask(
        self,
        question: MissingValues,
        answer: Answer,
        declined: Callable[[], None] | None = None,
    ) -> None:
        """The values a card needs; Enter copies it once every one is given."""
        rows = [Row(name, placeholder_label(name)) for name in question.names]
        title = self.tr("“{0}” needs:").format(question.card_title)
        hint = self.tr("Enter copies the card · Esc skips it")
        self.ask_rows(CARD, title, rows, hint, answer, declined)

    def ask_rows(
        self,
        kind: str,
        title: str,
        rows: Sequence[Row],
        hint: str,
        answer: Answer,
        declined: Callable[[], None] | None = None,
    ) -> None:
        """Ask for ``rows``; ``answer`` gets them by name once Enter is pressed with every
        needed one filled; ``declined`` runs if the agent presses Escape instead."""
        self._open(kind, title, hint, answer, declined)
        self.setAccessibleName(title)
        for number, row in enumerate(rows, start=1):
            caption = plain_label(row.label, self)
            field: QWidget = self._choice(row) if row.choices else self._edit(row)
            field.setAccessibleName(row.label)
            caption.setBuddy(field)
            self._grid.addWidget(caption, number, 0)
            self._grid.addWidget(field, number, 1)
        self._needed = tuple(row.name for row in rows if row.needed)
        self._add_hint(hint, len(rows) + 1)
        self.show()
        first = self._grid.itemAtPosition(1, 1)
        widget = first.widget() if first is not None else None
        if widget is not None:
            widget.setFocus()

    def confirm(
        self,
        kind: str,
        text: str,
        hint: str,
        yes: Callable[[], None],
        declined: Callable[[], None] | None = None,
    ) -> None:
        """A yes-or-back question: Enter runs ``yes``, Escape ``declined``."""
        self._open(kind, text, hint, lambda _values: yes(), declined)
        self.setAccessibleName(text)
        self._needed = ()
        self._add_hint(hint, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter reaches the bar itself
        self.show()
        self.setFocus()

    def values(self) -> dict[str, str]:
        """What is typed or picked so far, by name."""
        found = {name: edit.text().strip() for name, edit in self.edits.items()}
        for name, box in self.choices.items():
            found[name] = str(box.currentData() or "")
        return found

    def submit(self) -> None:
        """Enter: answer, unless a needed value is still empty (the cursor goes there)."""
        if self._answer is None:
            return
        values = self.values()
        empty = [name for name in self._needed if not values.get(name)]
        if empty:
            (self.edits.get(empty[0]) or self.choices[empty[0]]).setFocus()
            return
        answer = self._answer
        self.cancel()
        answer(values)

    def decline(self) -> None:
        """Escape: close the question, and say what that means."""
        declined = self._declined
        self.cancel()
        if declined is not None:
            declined()

    def cancel(self) -> None:
        self._answer = None
        self._declined = None
        self.kind = ""
        self._clear()
        self.hide()
        previous, self._focus_before = self._focus_before, None
        if previous is not None and previous.isVisible():
            previous.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits and closed lists pass Enter on to the bar; one place answers it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.asking:
            event.accept()
            self.submit()
            return
        super().keyPressEvent(event)

    # -- building ------------------------------------------------------------
    def _open(
        self,
        kind: str,
        title: str,
        hint: str,
        answer: Answer,
        declined: Callable[[], None] | None,
    ) -> None:
        if self._answer is None:
            self._focus_before = QApplication.focusWidget()
        self._clear()
        self.kind = kind
        self._answer, self._declined = answer, declined
        heading = plain_label(title, self, wrap=True)
        self._typography.role(heading, 0.9)
        self._grid.addWidget(heading, 0, 0, 1, 2)

    def _edit(self, row: Row) -> QLineEdit:
        edit = QLineEdit(self)
        self.edits[row.name] = edit
        return edit

    def _choice(self, row: Row) -> QComboBox:
        """A closed list: arrows or the first letters pick; nothing is picked at first."""
        box = QComboBox(self)
        box.addItem("—", "")
        for value, label in row.choices:
            box.addItem(label, value)
        self.choices[row.name] = box
        return box

    def _add_hint(self, hint: str, row: int) -> None:
        label = plain_label(hint, self)
        style_as(label, "keyHint")
        self._typography.role(label, 0.8)
        self._grid.addWidget(label, row, 0, 1, 2)
        self._grid.setColumnStretch(1, 1)

    def _clear(self) -> None:
        self.edits = {}
        self.choices = {}
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
