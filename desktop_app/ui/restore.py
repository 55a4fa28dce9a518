"""After a crash or a kill: offer to carry on with the call that was in progress.

``offer_restore(log, ask)`` is called once at start, before the first call.
If the log holds an autosaved draft, ``ask`` is shown a plain-text question;
yes returns the call and its step exactly as last autosaved (the caller puts
them into a new ``CallSession``), no keeps the call in the log as an
unfinished call, so nothing typed is lost either way. ``ask`` is any
``str -> bool``; ``ask_with_message_box`` gives the real dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.call import CallRecord
from desktop_app.store.base import CallLog

Ask = Callable[[str], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("restore", text)


def describe_draft(record: CallRecord, step_index: int) -> str:
    who = record.customer.name or record.customer.phone or record.customer.account
    started = record.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    lines = [_tr("Calmline was closed during a call. Carry on with it?"), ""]
    lines.append(_tr("Call started {started}").format(started=started))
    if who:
        lines.append(_tr("Customer: {who}").format(who=who))
    lines.append(_tr("Step {number}").format(number=step_index + 1))
    lines += ["", _tr("If not, it is kept in the call log as an unfinished call.")]
    return "\n".join(lines)


def offer_restore(log: CallLog, ask: Ask) -> tuple[CallRecord, int] | None:
    """The call to carry on with, or None (no draft, or the agent said no)."""
    draft = log.load_draft()
    if draft is None:
        return None
    record, step_index = draft
    if ask(describe_draft(record, step_index)):
        return record, step_index
    log.save(record)  # saving a call settles its draft
    return None


def ask_with_message_box(parent: QWidget | None = None) -> Ask:
    def ask(text: str) -> bool:
        box = QMessageBox(parent)
        box.setWindowTitle(APP_NAME)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the customer's name is user text
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Question)
        carry_on = box.addButton(_tr("Carry on with the call"), QMessageBox.ButtonRole.YesRole)
        box.addButton(_tr("Keep it in the log"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(carry_on)
        box.exec()
        return box.clickedButton() is carry_on

    return ask
