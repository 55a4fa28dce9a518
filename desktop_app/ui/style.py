"""The window's style sheet, built only from palette roles so light and dark both work."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.resources import resource_path

STYLE_FILE = "calmline.qss"


def load_style() -> str:
    try:
        return resource_path("styles", STYLE_FILE).read_text(encoding="utf-8")
    except OSError:
        return ""  # an unstyled window still works


def apply_style(widget: QWidget) -> None:
    # Re-applied on palette changes: palette(...) references resolve when set.
    widget.setStyleSheet(load_style())
