"""Content follows its files while a call goes on; the playbook can be switched mid-call.

Real windows over the built-in playbooks, with a personal playbook file
written into the data dir while a call is in progress.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.app import assemble
from desktop_app.paths import DataDir
from desktop_app.ui.application import build_window, release_clipboard
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.plumbing.durable_start import Attached, attach

TIMEOUT_MS = 20_000
NEW_GOAL = "Say what you heard them feel, in one short sentence."


@pytest.fixture
def running(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Attached]]:
    parts = assemble(DataDir(tmp_path / "data"))
    window = build_window(parts)
    attached = attach(window, parts, lambda _text: False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, attached
    window.close()
    QApplication.processEvents()  # what the window had queued still finds its log open
    parts.call_log.close()
    release_clipboard()


def page_texts(window: MainWindow) -> list[str]:
    page = window.pages.currentWidget()
    return [label.text() for label in page.findChildren(QLabel)]


def call_in_progress(window: MainWindow, qtbot: QtBot) -> dict[str, object]:
    window.run_command("new-call --name 'Dana Reyes'")
    window.run_command("next-step")  # acknowledge
    window.run_command("use-card 1")
    qtbot.keyClicks(window.notes.notes, "Parcel lost twice")
    return window.desk.session.record.to_dict()


def test_an_edited_personal_playbook_is_swapped_in_and_the_call_goes_on(
    running: tuple[MainWindow, Attached], qtbot: QtBot, tmp_path: Path
) -> None:
    window, attached = running
    before = call_in_progress(window, qtbot)
    session = window.desk.session
    used = session.current_step.cards[0].id
    folder = tmp_path / "data" / "playbooks"
    folder.mkdir()
    watcher = attached.content.watcher
    assert watcher is not None
    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS):
        (folder / "mine.yaml").write_text(
            f"format: 1\nextends: calm-six\nsteps:\n  - id: acknowledge\n    goal: {NEW_GOAL}\n",
            encoding="utf-8",
        )
    assert window.desk.playbook.steps[1].goal == NEW_GOAL  # also for the next calls
    assert window.desk.session is session and session.playbook.steps[1].goal == NEW_GOAL
    assert session.record.to_dict() == before
    assert session.current_index == 1 and session.times_used(used) == 1
    assert NEW_GOAL in page_texts(window)
    assert window.pages.currentWidget() is window.step_pages[1]
    assert window.notes.notes.toPlainText() == "Parcel lost twice"

    # A broken edit: its problems are shown, the content in use stays.
    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS):
        (folder / "mine.yaml").write_text(
            "format: 1\nextends: calm-six\nsteps: [\n", encoding="utf-8"
        )
    bar = attached.content.bar
    assert bar.isVisible() and str(folder / "mine.yaml") in bar.text
    assert window.desk.playbook.steps[1].goal == NEW_GOAL
    assert session.record.to_dict() == before

    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS):
        (folder / "mine.yaml").write_text(
            "format: 1\nextends: calm-six\nsteps:\n  - id: acknowledge\n    goal: Fixed.\n",
            encoding="utf-8",
        )
    assert not bar.isVisible()
    assert "Fixed." in page_texts(window)
    window.run_command("new-call")
    assert window.desk.session.playbook.steps[1].goal == "Fixed."


def test_switching_playbook_mid_call_keeps_the_call_and_is_remembered(
    running: tuple[MainWindow, Attached], qtbot: QtBot, tmp_path: Path
) -> None:
    window, attached = running
    before = call_in_progress(window, qtbot)
    titles = [a.text() for a in attached.content.menu.actions()]
    assert len(titles) == 3 and any(a.isChecked() for a in attached.content.menu.actions())
    assert any("LAST" in title for title in titles)  # the third method, chosen like the others

    ok, message = window.run_command("switch-playbook heard")
    assert ok, message
    session = window.desk.session
    assert session.playbook.id == "heard" and window.desk.playbook.id == "heard"
    assert session.record.notes == before["notes"]
    timeline = before["timeline"]
    assert isinstance(timeline, list)
    assert session.record.to_dict()["timeline"][: len(timeline)] == timeline
    assert len(window.step_pages) == len(session.playbook.steps) == 5
    assert window.pages.currentWidget() is window.step_pages[session.current_index]
    assert session.current_step.title in window.windowTitle()
    settings = json.loads((tmp_path / "data" / "settings.json").read_text(encoding="utf-8"))
    assert settings["playbook_id"] == "heard"
    attached.content.menu.aboutToShow.emit()
    checked = [a.data() for a in attached.content.menu.actions() if a.isChecked()]
    assert checked == ["heard"]

    ok, message = window.run_command("switch-playbook nope")
    assert not ok and "calm-six" in message and "heard" in message
    ok, listing = window.run_command("list-playbooks")
    assert ok and "* heard" in listing

    # Back to six steps after HEARD's five: the rail grows a tab, the call stays.
    assert window.rail.shown_title(0)  # the rail as painted, its five steps laid out
    ok, message = window.run_command("switch-playbook calm-six")
    assert ok, message
    assert len(window.rail.tabs) == len(window.step_pages) == 6
    assert window.desk.session.record.notes == before["notes"]
    ok, message = window.run_command("switch-playbook heard")
    assert ok and len(window.rail.tabs) == 5, message

    window.run_command("save-call")
    assert window.desk.session.playbook.id == "heard"  # the next call too


def test_the_playbook_commands_reach_translators(tmp_path: Path) -> None:
    from desktop_app.core.commands import CommandRegistry
    from desktop_app.core.settings import Settings
    from desktop_app.desk.desk import CallDesk
    from desktop_app.desk.effects import RecordedEffects
    from desktop_app.desk.playbooks import register_playbook_commands
    from desktop_app.store.sqlite_log import SqliteCallLog
    from desktop_app.ui.catalogue import COMMAND_TEXT
    from tests.fakes import playbook

    registry = CommandRegistry()
    log = SqliteCallLog(tmp_path / "log.sqlite3")
    try:
        desk = CallDesk(playbook(), log, RecordedEffects())
        register_playbook_commands(registry, desk, dict, Settings(), lambda _s: None)
    finally:
        log.close()
    assert {c.name for c in registry} == {"switch-playbook", "list-playbooks"}
    for command in registry:
        assert command.help in COMMAND_TEXT and command.group in COMMAND_TEXT, command.name


def test_a_file_broken_since_start_does_not_hold_back_other_edits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "data" / "playbooks"
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("format: 1\nextends: calm-six\nsteps: [\n")
    parts = assemble(DataDir(tmp_path / "data"))
    assert parts.library is not None and parts.library.problems
    window = build_window(parts)
    attached = attach(window, parts, lambda _text: False)
    qtbot.addWidget(window)
    try:
        watcher = attached.content.watcher
        assert watcher is not None
        with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS):
            (folder / "mine.yaml").write_text(
                f"format: 1\nextends: calm-six\nsteps:\n  - id: acknowledge\n"
                f"    goal: {NEW_GOAL}\n",
                encoding="utf-8",
            )
        assert window.desk.playbook.steps[1].goal == NEW_GOAL
        assert not attached.content.bar.isVisible()
    finally:
        window.close()
        QApplication.processEvents()
        parts.call_log.close()
