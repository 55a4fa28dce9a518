"""The repeat-caller banner: what the log knows of this customer, at a glance.

Given a ``CustomerHistory`` (``log.customer_history``), it shows how many
earlier calls there were, the last one's date, category and outcome, and the
open commitments. Hidden when there were no earlier calls, so it only ever
appears when it matters. The window calls ``show_history`` (or ``look_up``)
when a call starts or the customer's phone, account or name changes.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.export.call_view import local_time
from desktop_app.store.base import CallLog, CustomerHistory

#: Open commitments listed by name; the rest are counted.
SHOWN_COMMITMENTS = 3


class RepeatCallerBanner(QFrame):
    #: the agent asked to see the last call (its id)
    open_last_call = Signal(str)

    def __init__(self, parent: QWidget | None = None, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._last_call_id = ""
        self.setObjectName("repeatCaller")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Repeat caller"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        self.headline = self._label(bold=True)
        self.last_call = self._label()
        self.open_items = self._label()
        self.show_last = QPushButton(self.tr("Show last call"), self)
        self.show_last.clicked.connect(lambda: self.open_last_call.emit(self._last_call_id))
        for widget in (self.headline, self.last_call, self.open_items, self.show_last):
            layout.addWidget(widget)
        self.hide()

    def _label(self, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        # Customer text is shown as typed, never as markup.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def look_up(
        self,
        log: CallLog,
        *,
        phone: str = "",
        account: str = "",
        name: str = "",
        exclude_call: str = "",
    ) -> CustomerHistory | None:
        """Ask the log about this customer and show the answer (nothing to ask: hide)."""
        if not (phone or account or name):
            self.show_history(None)
            return None
        history = log.customer_history(
            phone=phone, account=account, name=name, exclude_call=exclude_call
        )
        self.show_history(history)
        return history

    def show_history(self, history: CustomerHistory | None) -> None:
        if history is None or history.earlier_calls == 0:
            self._last_call_id = ""
            self.hide()
            return
        self.headline.setText(self.tr("Called %n time(s) before", "", history.earlier_calls))
        last = history.last
        if last is not None:
            self._last_call_id = last.id
            parts = [local_time(last.started_at, self._tz)]
            parts += [p for p in (last.category, last.outcome) if p]
            self.last_call.setText(self.tr("Last call: {0}").format(" · ".join(parts)))
        self.last_call.setVisible(last is not None)
        self.show_last.setVisible(last is not None)
        self.open_items.setText(self._open_text(history))
        self.open_items.setVisible(bool(history.open_commitments))
        self.show()

    def _open_text(self, history: CustomerHistory) -> str:
        items = history.open_commitments
        lines = [self.tr("Open commitments: %n", "", len(items))]
        for item in items[:SHOWN_COMMITMENTS]:
            due = item.commitment.due
            when = self.tr(" (due {0})").format(local_time(due, self._tz)) if due else ""
            lines.append(f"• {item.commitment.what}{when}")
        if len(items) > SHOWN_COMMITMENTS:
            lines.append(self.tr("… and %n more", "", len(items) - SHOWN_COMMITMENTS))
        return "\n".join(lines)
