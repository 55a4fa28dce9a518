"""Live reload with a real QFileSystemWatcher on real folders."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.content import ContentSources, LoadResult
from desktop_app.ui.plumbing.content_watcher import ContentWatcher
from tests.content_helpers import MINIMAL, write

TIMEOUT_MS = 10_000


def sources(tmp_path: Path) -> ContentSources:
    builtin = tmp_path / "builtin"
    write(builtin, "tiny.yaml", MINIMAL)
    return ContentSources(builtin, tmp_path / "team", tmp_path / "mine", tmp_path / "cache")


def change_goal(goal: str) -> str:
    return f"format: 1\nextends: tiny\nsteps:\n  - id: one\n    goal: {goal}\n"


def test_a_new_file_is_loaded_and_announced(qtbot: QtBot, tmp_path: Path) -> None:
    src = sources(tmp_path)
    (tmp_path / "mine").mkdir()
    watcher = ContentWatcher(src, delay_ms=50)
    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS) as blocker:
        write(tmp_path / "mine", "goal.yaml", change_goal("Reloaded goal."))
    result = blocker.args[0]
    assert isinstance(result, LoadResult)
    assert result.playbooks["tiny"].steps[0].goal == "Reloaded goal."


def test_an_atomic_save_is_seen_and_the_file_watched_again(qtbot: QtBot, tmp_path: Path) -> None:
    src = sources(tmp_path)
    path = write(tmp_path / "mine", "goal.yaml", change_goal("First."))
    watcher = ContentWatcher(src, delay_ms=50)
    assert path in watcher.watched_paths()
    for goal in ("Second.", "Third."):
        with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS) as blocker:
            temp = path.with_name(".goal.yaml.tmp")
            temp.write_text(change_goal(goal), encoding="utf-8")
            os.replace(temp, path)
        assert blocker.args[0].playbooks["tiny"].steps[0].goal == goal
        assert path in watcher.watched_paths()


def test_a_broken_save_reports_problems_and_keeps_the_rest(qtbot: QtBot, tmp_path: Path) -> None:
    src = sources(tmp_path)
    path = write(tmp_path / "mine", "goal.yaml", change_goal("Fine."))
    watcher = ContentWatcher(src, delay_ms=50)
    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS) as blocker:
        path.write_text("format: 1\nextends: tiny\nsteps: [\n", encoding="utf-8")
    result = blocker.args[0]
    assert [p.file for p in result.problems] == [path]
    assert result.playbooks["tiny"].steps[0].goal == "First goal."


def test_a_burst_of_changes_reloads_once(qtbot: QtBot, tmp_path: Path) -> None:
    src = sources(tmp_path)
    folder = tmp_path / "mine"
    folder.mkdir()
    watcher = ContentWatcher(src, delay_ms=100)
    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS) as blocker:
        for n in range(5):
            write(folder, f"c{n}.yaml", MINIMAL.replace("id: tiny", f"id: book-{n}"))
    assert sorted(blocker.args[0].playbooks) == [f"book-{n}" for n in range(5)] + ["tiny"]
    with qtbot.assertNotEmitted(watcher.reloaded, wait=300):
        pass


def test_a_folder_created_later_is_noticed(qtbot: QtBot, tmp_path: Path) -> None:
    src = sources(tmp_path)
    watcher = ContentWatcher(src, delay_ms=50)
    assert tmp_path in watcher.watched_paths()
    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS) as blocker:
        write(tmp_path / "mine", "goal.yaml", change_goal("From a new folder."))
    assert blocker.args[0].playbooks["tiny"].steps[0].goal == "From a new folder."


def test_unrelated_files_do_not_reload(qtbot: QtBot, tmp_path: Path) -> None:
    src = sources(tmp_path)
    folder = tmp_path / "mine"
    folder.mkdir()
    watcher = ContentWatcher(src, delay_ms=50)
    with qtbot.assertNotEmitted(watcher.reloaded, wait=400):
        (folder / "notes.txt").write_text("not content", encoding="utf-8")


def test_reload_can_be_asked_for_directly(qtbot: QtBot, tmp_path: Path) -> None:
    watcher = ContentWatcher(sources(tmp_path))
    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS):
        result = watcher.reload()
    assert list(result.playbooks) == ["tiny"]
    assert not watcher.pending
