"""The dialog for a start that cannot go on (the data dir cannot be written).

The same words go to stderr first (``app.cannot_start``); the dialog is for
the agent who started Calmline from a menu and sees no terminal. It is shown
only where a window could open at all, so a start without any display ends
with the stderr line instead of Qt's own abort.
"""

from __future__ import annotations

import os
import sys

from desktop_app import APP_NAME


def can_show_windows() -> bool:
    """True when Qt has somewhere to show a window (a display, or a chosen platform)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def show_cannot_start(message: str) -> None:
    """A modal error box with ``message`` as plain text; returns once it is closed."""
    if not can_show_windows():
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.application import ensure_application

    ensure_application()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path is never read as markup
    box.setObjectName("cannot-start")
    box.exec()
