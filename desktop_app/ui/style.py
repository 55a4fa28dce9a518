"""The window's style sheet, built only from palette roles so light and dark both work.

The sheet names colours as ``palette(role)``. Qt resolves those once, when a
sheet is set, and keeps them through later palette changes; so the roles are
filled in here from the palette in use, and the sheet is set again whenever
the system switches between light and dark.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.resources import resource_path

STYLE_FILE = "calmline.qss"

_ROLE = re.compile(r"palette\(([a-z-]+)\)")


def load_style() -> str:
    try:
        return resource_path("styles", STYLE_FILE).read_text(encoding="utf-8")
    except OSError:
        return ""  # an unstyled window still works


def _role(name: str) -> QPalette.ColorRole:
    camel = "".join(part.capitalize() for part in name.split("-"))
    return QPalette.ColorRole[camel]


def resolve_palette(sheet: str, palette: QPalette) -> str:
    """``palette(highlight)`` -> the palette's colour for that role, as #rrggbb."""
    return _ROLE.sub(lambda m: palette.color(_role(m.group(1))).name(), sheet)


def apply_style(widget: QWidget) -> None:
    sheet = resolve_palette(load_style(), QApplication.palette())
    # Setting a sheet re-polishes every widget under this one; an unchanged
    # sheet would cost that for nothing.
    if sheet != widget.styleSheet():
        widget.setStyleSheet(sheet)
