"""After a crash or a kill: offer to carry on with the call that was in progress.

The offer is a bar at the top of the window, never a modal dialog: the phone
may be ringing, and a phone program may open the next call (``ctl new-call``)
while it is up. Enter (or ``calmline ctl restore-call``) carries on with the
call exactly as last autosaved; Esc (or ``ctl keep-unfinished-call``) keeps
it in the call log as an unfinished call. Starting on anything else keeps it
in the log too (``CallDesk.offer_unfinished``): nothing typed is ever lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.call import CallRecord
from desktop_app.desk.desk import UnfinishedCall
from desktop_app.ui.widgets.accessible import announce
from desktop_app.ui.widgets.labels import plain_label
from desktop_app.ui.widgets.style import Band, Role
from desktop_app.ui.widgets.typography import Typography

#: Answers a question at once (tests and the self-test): True for yes.
Ask = Callable[[str], bool]


def describe_draft(record: CallRecord, step_index: int) -> str:
    who = record.customer.name or record.customer.phone or record.customer.account
    started = record.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    lines = [
        QCoreApplication.translate(
            "restore", "Calmline was closed during a call. Carry on with it?"
        )
    ]
    lines.append(
        QCoreApplication.translate("restore", "Call started {started}").format(started=started)
    )
    if who:
        lines.append(QCoreApplication.translate("restore", "Customer: {who}").format(who=who))
    lines.append(
        QCoreApplication.translate("restore", "Step {number}").format(number=step_index + 1)
    )
    lines.append(
        QCoreApplication.translate(
            "restore", "If not, it is kept in the call log as an unfinished call."
        )
    )
    return "\n".join(lines)


class RestoreBar(Band):
    """The offer of last time's unfinished call, answered by Enter or Esc."""

    def __init__(
        self,
        typography: Typography,
        carry_on: Callable[[], object],
        keep: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBar")
        self.set_accent(Role.Highlight)
        self.setAccessibleName(
            QCoreApplication.translate("restore", "Unfinished call from last time")
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(6)
        self.label = plain_label("", self, wrap=True)
        typography.role(self.label, 0.9)
        column.addWidget(self.label)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.carry_on_button = QPushButton(
            QCoreApplication.translate("restore", "Carry on with it (Enter)"), self
        )
        self.carry_on_button.setDefault(True)
        self.carry_on_button.setAutoDefault(True)
        self.carry_on_button.clicked.connect(carry_on)
        self.keep_button = QPushButton(
            QCoreApplication.translate("restore", "Keep it in the log (Esc)"), self
        )
        self.keep_button.setAutoDefault(True)
        self.keep_button.clicked.connect(keep)
        row.addWidget(self.carry_on_button)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        column.addLayout(row)
        self.hide()

    def show_offer(self, call: UnfinishedCall | None) -> None:
        if call is None:
            self.hide()
            return
        self.label.setText(describe_draft(call.record, call.step_index))
        self.show()
        announce(self, f"{self.accessibleName()}: {self.label.text()}")
        self.carry_on_button.setFocus(Qt.FocusReason.OtherFocusReason)
