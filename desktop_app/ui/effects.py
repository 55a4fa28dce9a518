"""The window's side of ``Effects``: the real clipboard and a status-bar notice."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStatusBar

NOTICE_MS = 3000


class QtEffects:
    def __init__(self, status: QStatusBar) -> None:
        self._status = status

    def copy_text(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # Clipboard managers (KDE Klipper and others following the same hint)
        # skip history for data marked like this.
        mime.setData("x-kde-passwordManagerHint", b"secret")
        QGuiApplication.clipboard().setMimeData(mime)

    def notice(self, message: str) -> None:
        self._status.showMessage(message, NOTICE_MS)

    def error(self, message: str) -> None:
        self._status.showMessage(message, NOTICE_MS * 3)
