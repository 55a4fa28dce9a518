"""Calmline's application icon, for the window, the task bar and dialogs.

``app_icon()`` gathers the PNG renderings of resources/icons/calmline.svg
(16 to 512 pixels) into one QIcon, so Qt picks a hand-checked bitmap for each
size instead of scaling one. PNG is built into QtGui: no image plugin needed.
Call it once the QApplication exists, e.g. ``app.setWindowIcon(app_icon())``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from desktop_app.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"calmline-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
