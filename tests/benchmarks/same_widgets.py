"""The widgets of Calmline's first frame, made by plain PySide6 code: a floor for start-up.

    python -m tests.benchmarks.same_widgets TREE.json

The bare window is one label; Calmline's first frame has some ninety widgets
on screen. This program separates the two: it reads a description of the
widgets Calmline's window had when it first painted (written by the
first-paint probe when ``CALMLINE_BENCH_WIDGET_TREE`` names a file, see
:func:`describe`) and makes the same widgets, with the same texts, places and
sizes, then leaves after its first paint exactly as the bare window does.
None of Calmline's code runs: no content, settings or log are read, no
layouts are made (every widget is placed where Calmline's layouts put it),
and a widget Calmline paints itself becomes the plain Qt widget that shows
its text (a label), or an empty one. What this costs over the bare window is
what any program pays to show that many widgets with PySide6; what Calmline
costs over this is its own.

Only the widgets made before the first paint are described; the hidden ones
(pages of other steps, the ask bar, a menu) are made hidden, as in Calmline.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QWidget,
)

from tests.benchmarks import probe

#: how a widget is put into its parent: as a plain child, the main window's
#: central widget, a scroll area's content, or a splitter's next part
CHILD, CENTRAL, SCROLLED, SPLIT = "child", "central", "scrolled", "split"

#: a Qt class whose children Qt makes itself (viewports, scroll bars, popups,
#: the editor of a spin box): described as the class alone
_SELF_MADE = (QAbstractScrollArea, QComboBox, QAbstractSpinBox)


def _qt_class(widget: QWidget) -> type[QWidget]:
    """The most derived PySide6 class of ``widget``."""
    for cls in type(widget).__mro__:
        if cls.__module__.startswith("PySide6.") and issubclass(cls, QWidget):
            return cls
    return QWidget


def _own_text(widget: QWidget) -> str | None:
    """What a widget Calmline paints itself shows as text, if anything."""
    text = getattr(widget, "text", None)
    if callable(text):
        shown = text()
        if isinstance(shown, str) and shown:
            return shown
    if widget.accessibleDescription():
        return f"{widget.accessibleName()}\n{widget.accessibleDescription()}"
    return None


def _entry(widget: QWidget, parent: int | None, how: str) -> dict[str, Any]:
    cls = _qt_class(widget)
    entry: dict[str, Any] = {"parent": parent, "how": how, "hidden": widget.isHidden()}
    geometry = widget.geometry()
    entry["geometry"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
    if cls in (QWidget, QFrame) and type(widget) is not cls and (own := _own_text(widget)):
        # painted by Calmline: the plain widget that shows its text
        entry.update(cls="QLabel", text=own, wrap="\n" in own)
        return entry
    entry["cls"] = cls.__name__
    if isinstance(widget, QLabel | QAbstractButton):
        entry["text"] = widget.text()
        entry["wrap"] = isinstance(widget, QLabel) and widget.wordWrap()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        entry["placeholder"] = widget.placeholderText()
    elif isinstance(widget, QComboBox):
        entry["items"] = [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QSplitter):
        entry["vertical"] = widget.orientation() == QtCore.Qt.Orientation.Vertical
        entry["sizes"] = widget.sizes()
    elif isinstance(widget, QMainWindow):
        entry["title"] = widget.windowTitle()
    return entry


def _parts(widget: QWidget) -> list[tuple[QWidget, str]]:
    """The widgets inside ``widget`` that its program made, and how each was put there."""
    if isinstance(widget, QScrollArea):
        content = widget.widget()
        return [] if content is None else [(content, SCROLLED)]
    if isinstance(widget, _SELF_MADE):
        return []
    if isinstance(widget, QSplitter):
        return [(widget.widget(i), SPLIT) for i in range(widget.count())]
    central = widget.centralWidget() if isinstance(widget, QMainWindow) else None
    parts = []
    for child in widget.children():
        if not isinstance(child, QWidget) or child.objectName().startswith("qt_"):
            continue
        parts.append((child, CENTRAL if child is central else CHILD))
    return parts


def describe(window: QMainWindow) -> list[dict[str, Any]]:
    """``window`` and every widget in it, parents first, as :func:`build` takes them."""
    entries: list[dict[str, Any]] = []

    def walk(widget: QWidget, parent: int | None, how: str) -> None:
        entries.append(_entry(widget, parent, how))
        index = len(entries) - 1
        for part, put in _parts(widget):
            walk(part, index, put)

    walk(window, None, CHILD)
    return entries


def build(entries: list[dict[str, Any]]) -> QMainWindow:
    """The widgets ``entries`` describe, made by plain PySide6 calls; the window is hidden."""
    made: list[QWidget] = []
    for entry in entries:
        cls = getattr(QtWidgets, entry["cls"])
        parent = None if entry["parent"] is None else made[entry["parent"]]
        how = entry["how"]
        widget = cls() if how != CHILD or parent is None else cls(parent)
        if "text" in entry:
            widget.setText(entry["text"])
            if entry.get("wrap"):
                widget.setWordWrap(True)
        if entry.get("placeholder"):
            widget.setPlaceholderText(entry["placeholder"])
        if entry.get("items"):
            widget.addItems(entry["items"])
        if entry.get("vertical"):
            # Touching ``Qt`` makes PySide6 build all its enums (about 13 ms):
            # only a window that needs one of them pays for it.
            widget.setOrientation(QtCore.Qt.Orientation.Vertical)
        if "title" in entry:
            widget.setWindowTitle(entry["title"])
        x, y, width, height = entry["geometry"]
        if how == CENTRAL:
            parent.setCentralWidget(widget)
        elif how == SPLIT:
            parent.addWidget(widget)
        elif how == SCROLLED:
            parent.setWidget(widget)
        if how == CHILD and parent is not None:
            widget.setGeometry(x, y, width, height)
        else:
            widget.resize(width, height)
        if entry["hidden"] and parent is not None:
            widget.hide()
        made.append(widget)
    for entry, widget in zip(entries, made, strict=True):
        if "sizes" in entry:  # once its parts are in
            widget.setSizes(entry["sizes"])
    window = made[0]
    assert isinstance(window, QMainWindow)
    return window


def write(window: QMainWindow, path: str) -> None:
    Path(path).write_text(json.dumps(describe(window)), encoding="utf-8")


def main() -> int:
    entries = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    app = QApplication(sys.argv[:1])
    window = build(entries)
    probe.install(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
