"""The whole app under real faults: killed mid-call, a full disk, a read-only data dir.

The killed instance is the real program (``python -m desktop_app``) driven by
remote control; the disk faults run a real offscreen window in a child
process (``child_main`` below), since a file size limit or another user id
must not touch the test process itself.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import assemble
from desktop_app.paths import DataDir
from desktop_app.selftest.durable import run_until
from desktop_app.ui.application import build_window, release_clipboard
from desktop_app.ui.plumbing.durable_start import attach
from desktop_app.ui.plumbing.remote import send_command
from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline_window, draft_body

NOBODY = 65534
EVENTUALLY_MS = 30_000


def wait_until(condition: Callable[[], bool]) -> None:
    if not run_until(condition, EVENTUALLY_MS):
        raise AssertionError("timed out")


# -- killed mid-call ----------------------------------------------------------------
def test_a_killed_instance_leaves_its_call_to_be_restored(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    with calmline_window(data) as process:
        for words in (
            ["new-call", "--name", "Dana Reyes", "--phone", "+15551234567"],
            ["set-mood", "2"],
            ["next-step"],
            ["use-card", "1"],
            ["use-card", "2"],
            ["use-card", "1"],
            ["set-field", "notes", "Parcel lost twice; wants it today"],
        ):
            answer = send_command(DataDir(data), words)
            assert answer is not None and answer.ok, (words, answer)
        call_log = data / "calls.sqlite3"
        qtbot.waitUntil(
            lambda: (
                (draft_body(call_log) or {}).get("notes") == "Parcel lost twice; wants it today"
            ),
            timeout=EVENTUALLY_MS,
        )
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
    draft = draft_body(data / "calls.sqlite3")
    assert draft is not None

    parts = assemble(DataDir(data))
    window = build_window(parts)
    questions: list[str] = []

    def ask(text: str) -> bool:
        questions.append(text)
        return True

    attached = attach(window, parts, ask)
    qtbot.addWidget(window)
    window.show()
    try:
        assert attached.restored and len(questions) == 1 and "Dana Reyes" in questions[0]
        session = window.desk.session
        assert session.record.to_dict() == draft  # exactly as autosaved
        assert session.current_index == 1
        first, second = session.current_step.cards[:2]
        assert (session.times_used(first.id), session.times_used(second.id)) == (2, 1)
        assert session.mood == 2
        assert window.notes.name.text() == "Dana Reyes"
        assert window.notes.phone.text() == "+15551234567"
        assert window.notes.notes.toPlainText() == "Parcel lost twice; wants it today"
        assert window.pages.currentWidget() is window.step_pages[1]
        assert session.current_step.title in window.windowTitle()
        ok, message = window.run_command("save-call --category other --outcome resolved")
        assert ok, message
        (saved,) = parts.call_log.list_calls()
        assert saved.id == draft["id"] and saved.ended_at is not None
    finally:
        window.close()
        QApplication.processEvents()  # queued work still finds its log open
        parts.call_log.close()
        release_clipboard()
    assert draft_body(data / "calls.sqlite3") is None


def test_quitting_mid_call_keeps_the_last_words_for_the_next_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with calmline_window(data) as process:
        for words in (
            ["new-call", "--name", "Dana Reyes"],
            ["set-field", "notes", "The last words typed"],
            ["quit"],
        ):
            answer = send_command(DataDir(data), words)
            assert answer is not None and answer.ok, (words, answer)
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 0 and err == ""
    draft = draft_body(data / "calls.sqlite3")
    assert draft is not None and draft["notes"] == "The last words typed"


# -- the child: a real window over a disk that refuses --------------------------------
def child_main() -> None:
    mode, root = sys.argv[1:3]
    {"fsize": _child_fsize, "readonly": _child_readonly}[mode](Path(root))


#: Questions asked before closing (the child answers "keep Calmline open").
CLOSE_QUESTIONS: list[str] = []


def _keep_open(text: str) -> bool:
    CLOSE_QUESTIONS.append(text)
    return False


def _open_window(root: Path) -> tuple[object, object, object]:
    from desktop_app.ui.application import ensure_application

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = ensure_application()
    parts = assemble(DataDir(root))
    window = build_window(parts)
    attached = attach(
        window,
        parts,
        lambda _text: False,
        _keep_open,
        quiet_ms=50,
        max_wait_ms=200,
        retry_ms=100,
    )
    window.show()
    app.processEvents()
    return parts, window, attached


def _child_fsize(root: Path) -> None:
    from desktop_app.desk.parts import Parts
    from desktop_app.ui.call_window.main_window import MainWindow
    from desktop_app.ui.plumbing.durable_start import Attached

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
    parts, window, attached = _open_window(root)
    assert isinstance(parts, Parts) and isinstance(window, MainWindow)
    assert isinstance(attached, Attached)
    bar = attached.durability.storage_bar
    log = parts.call_log
    window.run_command("new-call --name 'Dana Reyes'")
    window.run_command("set-field notes 'Typed before the disk filled'")
    wait_until(lambda: (log.load_draft() or (None, 0))[0] is not None)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))  # from now on no file may grow
    window.run_command("set-field notes 'Typed before the disk filled, and after'")
    wait_until(bar.isVisible)
    result: dict[str, object] = {"bar": bar.text}
    ok, message = window.run_command("save-call --category other --outcome resolved")
    result["save"] = [ok, message, window.toast.text(), log.waiting]
    window.run_command("set-field notes 'The next call, typed while the disk is full'")
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space again
    wait_until(lambda: not bar.isVisible() and log.waiting == 0)
    result["after"] = [window.toast.text(), log.problem]
    window.close()
    QApplication.processEvents()
    log.close()
    release_clipboard()
    print(json.dumps(result))


def _child_readonly(root: Path) -> None:
    from desktop_app.desk.parts import Parts
    from desktop_app.ui.call_window.main_window import MainWindow
    from desktop_app.ui.plumbing.durable_start import Attached

    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)
    parts, window, attached = _open_window(root)
    assert isinstance(parts, Parts) and isinstance(window, MainWindow)
    assert isinstance(attached, Attached)
    bar = attached.durability.storage_bar
    log = parts.call_log
    result: dict[str, object] = {"notices": parts.problems.messages, "bar": bar.isVisible()}
    window.run_command("new-call --name 'Dana Reyes'")
    window.run_command("set-field notes 'Typed on a read-only data dir'")
    ok, message = window.run_command("save-call --category other --outcome resolved")
    result["save"] = [ok, message, window.toast.text(), log.waiting, bar.text]
    window.close()  # the agent is asked, says keep it open: nothing is lost
    result["close"] = [window.isVisible(), CLOSE_QUESTIONS]
    print(json.dumps(result), flush=True)
    sys.stdin.readline()  # the parent makes the folder writable meanwhile
    wait_until(lambda: not bar.isVisible() and log.waiting == 0)
    window.close()
    QApplication.processEvents()
    after = [window.toast.text(), log.problem, window.isVisible(), len(CLOSE_QUESTIONS)]
    print(json.dumps({"after": after}), flush=True)
    log.close()
    release_clipboard()


def spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from tests.e2e.test_durable_app import child_main; child_main()",
            *args,
        ],
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_full_disk_mid_call_is_shown_and_nothing_is_lost(tmp_path: Path) -> None:
    root = tmp_path / "data"
    child = spawn("fsize", str(root))
    out, err = child.communicate(timeout=180)
    assert child.returncode == 0, err
    result = json.loads(out.splitlines()[-1])
    path = str(root / "calls.sqlite3")
    assert path in str(result["bar"]) and "Nothing is lost" in str(result["bar"])
    ok, message, toast, waiting = result["save"]
    assert not ok and "kept in memory" in message  # the truth: not written yet
    assert path in toast and "kept in memory" in toast and waiting == 1
    toast_after, problem = result["after"]
    assert problem == "" and "Writing works again" in toast_after
    from desktop_app.store.sqlite_log import SqliteCallLog

    log = SqliteCallLog(root / "calls.sqlite3")
    try:
        (saved,) = log.list_calls()
        assert saved.notes == "Typed before the disk filled, and after"
        draft = log.load_draft()
        assert draft is not None
        assert draft[0].notes == "The next call, typed while the disk is full"
    finally:
        log.close()


@pytest.fixture
def shared_top() -> Iterator[Path]:
    """A folder another user can reach (pytest's own tmp is private to root)."""
    top = Path(tempfile.mkdtemp(prefix="calmline-ro-"))
    top.chmod(0o711)
    yield top
    shutil.rmtree(top)


@pytest.mark.skipif(
    os.geteuid() != 0, reason="becomes another user to meet a folder it cannot write"
)
def test_a_read_only_data_dir_keeps_the_call_until_it_can_be_written(shared_top: Path) -> None:
    root = shared_top / "data"
    root.mkdir(mode=0o755)  # root's folder: the user nobody may read it, not write it
    (root / "logs").mkdir()
    os.chown(root / "logs", NOBODY, NOBODY)
    child = spawn("readonly", str(root))
    try:
        assert child.stdout is not None and child.stdin is not None
        first = json.loads(child.stdout.readline() or "{}")
        path = str(root / "calls.sqlite3")
        assert any(path in notice for notice in first["notices"])
        assert first["bar"] is True
        ok, message, toast, waiting, bar = first["save"]
        assert not ok and "kept in memory" in message
        assert path in toast and waiting == 1 and path in bar
        still_open, questions = first["close"]
        assert still_open and len(questions) == 1
        assert "1 saved call(s)" in questions[0] and path in questions[0]
        os.chown(root, NOBODY, NOBODY)  # the folder can be written again
        child.stdin.write("go\n")
        child.stdin.flush()
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        toast_after, problem, still_open, asked = json.loads(out.splitlines()[-1])["after"]
        assert problem == "" and "Writing works again" in toast_after
        assert not still_open and asked == 1  # once written, closing asks nothing
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    from desktop_app.store.sqlite_log import SqliteCallLog

    log = SqliteCallLog(root / "calls.sqlite3")
    try:
        assert [r.notes for r in log.iter_calls()] == ["Typed on a read-only data dir"]
    finally:
        log.close()
