"""The start-up floor made of Calmline's first-frame widgets: what it describes and makes again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.benchmarks import same_widgets
from tests.conftest import REPO_ROOT


class Painted(QWidget):
    """A widget that paints its own text, as Calmline's cards and labels do."""

    def text(self) -> str:
        return "Give them time"


def _window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("Calmline — Listen")
    central = QWidget()
    column = QVBoxLayout(central)
    splitter = QSplitter(Qt.Orientation.Vertical)
    area = QScrollArea()
    area.setWidgetResizable(True)
    page = QWidget()
    rows = QVBoxLayout(page)
    goal = QLabel("Let the customer get it all out.")
    goal.setWordWrap(True)
    rows.addWidget(goal)
    rows.addWidget(Painted())
    combo = QComboBox()
    combo.addItems(["—", "Billing"])
    rows.addWidget(combo)
    hidden = QPushButton("Other step")
    hidden.hide()
    rows.addWidget(hidden)
    area.setWidget(page)
    notes = QLineEdit()
    notes.setPlaceholderText("Customer name")
    splitter.addWidget(area)
    splitter.addWidget(notes)
    column.addWidget(splitter)
    window.setCentralWidget(central)
    window.resize(400, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown(entries: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (e["cls"], e["parent"], e["how"], e["hidden"], e["geometry"], e.get("text"))
        for e in entries
    ]


def test_the_description_names_each_widget_s_class_place_and_text(qtbot: QtBot) -> None:
    entries = same_widgets.describe(_window(qtbot))
    classes = [e["cls"] for e in entries]
    # Qt's own parts (viewports, scroll bars, the combo box's popup) are not listed
    assert classes == [
        "QMainWindow", "QWidget", "QSplitter", "QScrollArea", "QWidget",
        "QLabel", "QLabel", "QComboBox", "QPushButton", "QLineEdit",
    ]  # fmt: skip
    painted = entries[6]
    assert painted["text"] == "Give them time"  # a self-painted widget becomes a label
    assert entries[7]["items"] == ["—", "Billing"]
    assert entries[8]["hidden"] is True
    assert entries[9]["placeholder"] == "Customer name"
    assert entries[2]["vertical"] is True
    assert [e["how"] for e in entries[1:5]] == ["central", "child", "split", "scrolled"]


def test_the_widgets_made_again_are_described_as_the_original(qtbot: QtBot) -> None:
    original = same_widgets.describe(_window(qtbot))
    again = same_widgets.build(original)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.windowTitle() == "Calmline — Listen"
    assert _shown(same_widgets.describe(again)) == _shown(original)


def test_calmline_s_first_frame_is_described_and_made_again_by_plain_pyside6(
    tmp_path: Path,
) -> None:
    tree = tmp_path / "widgets.json"
    environment = {**os.environ, "HOME": str(tmp_path / "home")}
    described = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.app_window", "--data-dir", str(tmp_path / "d")],
        cwd=REPO_ROOT,
        env={**environment, "CALMLINE_BENCH_WIDGET_TREE": str(tree)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert described.returncode == 0, described.stderr
    entries = json.loads(tree.read_text(encoding="utf-8"))
    texts = {e.get("text") for e in entries}
    assert entries[0]["title"].startswith("Calmline")
    assert "Listen" in texts  # the first step's title
    made = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tests.benchmarks.same_widgets", str(tree)],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    assert "FIRST_PAINT" in made.stdout
    imported = [line.split("|")[-1].strip() for line in made.stderr.splitlines()]
    assert "PySide6.QtWidgets" in imported
    assert not [name for name in imported if name.startswith("desktop_app")]
