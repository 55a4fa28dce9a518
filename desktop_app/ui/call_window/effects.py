"""The window's side of ``Effects``: the real clipboard, toasts and the inline question."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from desktop_app.desk.effects import Answer, MissingValues
from desktop_app.ui.widgets.toast import Toast

#: asks for missing values without blocking (the window's ``AskBar.ask``)
Ask = Callable[[MissingValues, Answer], None]

log = logging.getLogger(__name__)

#: Clipboard managers (KDE Klipper and others following the same hint) keep
#: data marked like this out of their history.
SECRET_HINT_MIME = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name, not a secret


def copy_secret(text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    mime.setData(SECRET_HINT_MIME, b"secret")
    QGuiApplication.clipboard().setMimeData(mime)


class QtEffects:
    def __init__(self, toast: Toast, ask: Ask) -> None:
        self._toast = toast
        self._ask = ask

    def copy_text(self, text: str) -> None:
        copy_secret(text)

    def notice(self, message: str) -> None:
        self._toast.show_message(message, "notice")

    def warn(self, message: str) -> None:
        self._toast.show_message(message, "warning")

    def error(self, message: str) -> None:
        log.warning("%s", message)
        self._toast.show_message(message, "error")

    def ask(self, question: MissingValues, answer: Answer) -> None:
        self._ask(question, answer)
