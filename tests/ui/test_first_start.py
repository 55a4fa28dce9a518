"""The first start asks once who takes the calls: the answer lands in settings.json and
in the first saved call; skipped, it is never asked again."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.settings import load_settings, save_settings
from desktop_app.desk.parts import Parts
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.plumbing.first_start import ask_who_you_are
from tests.ui.conftest import WindowFactory, press

CTRL = Qt.KeyboardModifier.ControlModifier


def parts_of(window: MainWindow) -> Parts:
    parts = window.parts  # type: ignore[attr-defined]
    assert isinstance(parts, Parts)
    return parts


def first_start(window: MainWindow) -> bool:
    """What the window's start does once it has painted, with the settings on disk."""
    parts = parts_of(window)
    parts.settings, problems = load_settings(parts.data.settings)
    assert problems == []
    assert parts.desk is not None
    return ask_who_you_are(
        window, parts.desk, parts.settings, lambda s: save_settings(s, parts.data.settings)
    )


def on_disk(window: MainWindow) -> dict[str, object]:
    path: Path = parts_of(window).data.settings
    return dict(json.loads(path.read_text(encoding="utf-8")))


def test_the_answer_lands_in_the_settings_and_the_first_saved_call(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert first_start(window)
    bar = window.ask_bar
    assert bar.kind == "who" and QApplication.focusWidget() is bar.edits["agent_name"]
    qtbot.keyClicks(bar.edits["agent_name"], "Ana Ortiz")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Northwind Energy")
    press(qtbot, Qt.Key.Key_Return)
    assert not bar.isVisible()
    settings = on_disk(window)
    assert (settings["agent_name"], settings["company"]) == ("Ana Ortiz", "Northwind Energy")
    assert settings["first_start_asked"] is True

    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(window.notes.notes, "First call of the day")
    press(qtbot, Qt.Key.Key_S, CTRL)
    (saved,) = parts_of(window).call_log.list_calls()
    assert (saved.agent, saved.notes) == ("Ana Ortiz", "First call of the day")
    assert not first_start(window)  # the next start reads the settings: asked once only


def test_enter_waits_for_a_name_and_the_company_may_stay_empty(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    first_start(window)
    press(qtbot, Qt.Key.Key_Return)
    assert window.ask_bar.kind == "who"
    qtbot.keyClicks(window.ask_bar.edits["agent_name"], "Sam")
    press(qtbot, Qt.Key.Key_Return)
    assert (on_disk(window)["agent_name"], on_disk(window)["company"]) == ("Sam", "")


def test_skipped_with_escape_it_is_never_asked_again(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert first_start(window)
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.ask_bar.isVisible()
    assert on_disk(window)["first_start_asked"] is True
    assert on_disk(window)["agent_name"] == ""
    assert not first_start(window)  # the next start reads the settings
    assert not window.ask_bar.isVisible()


def test_an_agent_known_already_is_not_asked(make_window: WindowFactory, tmp_path: Path) -> None:
    root = tmp_path / "known"
    root.mkdir()
    (root / "settings.json").write_text(json.dumps({"agent_name": "Noor"}), encoding="utf-8")
    assert not first_start(make_window(data_root=root))
