"""The call window: step rail, the current step, its cards and the notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.session import CallSession
from desktop_app.desk.desk import CallDesk

DEFAULT_KEYS: dict[str, str] = {
    "Alt+Right": "next-step",
    "Alt+Left": "previous-step",
    "Ctrl+N": "new-call",
    "Ctrl+S": "save-call",
    **{f"Alt+{n}": f"go-to-step {n}" for n in range(1, 10)},
    **{f"Ctrl+{n}": f"use-card {n}" for n in range(1, 10)},
}


class MainWindow(QMainWindow):
    def __init__(self, desk: CallDesk, status: QStatusBar | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.setStatusBar(status or QStatusBar(self))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.rail = QListWidget(central)
        self.rail.setAccessibleName("Steps")
        self.goal = QLabel(central)
        self.goal.setTextFormat(Qt.TextFormat.PlainText)
        self.goal.setWordWrap(True)
        self.cards_box = QVBoxLayout()
        self.notes = QPlainTextEdit(central)
        self.notes.setAccessibleName("Notes")
        self.notes.setPlaceholderText("Notes")
        layout.addWidget(self.rail)
        layout.addWidget(self.goal)
        layout.addLayout(self.cards_box)
        layout.addWidget(self.notes)
        self.setCentralWidget(central)
        self.resize(380, 600)
        self._shortcuts: list[QShortcut] = []
        self._bind_keys(DEFAULT_KEYS)
        self._connect_signals()
        self._show_session(desk.session)

    def _connect_signals(self) -> None:
        self.desk.on_new_session(self._show_session)
        self.notes.textChanged.connect(self._notes_edited)

    def _bind_keys(self, keys: dict[str, str]) -> None:
        for key, line in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda line=line: self.run_command(line))
            self._shortcuts.append(shortcut)

    def run_command(self, line: str) -> None:
        try:
            self.desk.registry.run_line(line)
        except Exception as exc:  # shown, never swallowed: the agent must know
            self.desk.effects.error(str(exc))

    def _show_session(self, session: CallSession) -> None:
        session.subscribe(lambda s, _what: self._render(s))
        self.notes.blockSignals(True)
        self.notes.setPlainText(session.record.notes)
        self.notes.blockSignals(False)
        self.rail.clear()
        for number, step in enumerate(session.playbook.steps, start=1):
            self.rail.addItem(f"Alt+{number}  {step.title}")
        self._render(session)

    def _render(self, session: CallSession) -> None:
        step = session.current_step
        self.setWindowTitle(f"{APP_NAME} — {step.title}")
        self.rail.setCurrentRow(session.current_index)
        self.goal.setText(step.goal)
        while self.cards_box.count():
            item = self.cards_box.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        for number, card in enumerate(step.cards, start=1):
            button = QPushButton(f"{number}  {card.title}")
            button.clicked.connect(lambda _=False, n=number: self.run_command(f"use-card {n}"))
            self.cards_box.addWidget(button)

    def _notes_edited(self) -> None:
        self.desk.session.record.notes = self.notes.toPlainText()
        self.desk.session.notify_fields_changed()
