"""Every registered command, with valid arguments, in every state of the window.

The real window over the built-in playbook and a real log: each command runs
on each step, with and without a call, with a situation open or not, in
compact mode or not, at normal and the largest text size. A command must not
fail, raise, show an error or make Qt warn (``qt_log_level_fail``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.content import load_library
from desktop_app.core.playbook import Playbook
from desktop_app.desk.desk import UnfinishedCall
from desktop_app.resources import resource_path
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.widgets.typography import TEXT_SCALE_MAX
from tests.synthetic import sample_call
from tests.ui.conftest import WindowFactory

# Dialogs are windows of their own; the offscreen platform says it cannot
# pass size hints to a window manager it does not have.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: commands that take arguments: valid ones for the built-in playbook
ARGUMENTS = {
    "add-commitment": ["Ring back with the refund", "--who", "Dana", "--due", "2031-01-02 10:00"],
    "go-to-step": ["2"],
    "open-situation": ["1"],
    "set-field": ["notes", "Charged twice in March"],
    "set-mood": ["3"],
    "switch-playbook": ["calm-six"],
    "use-card": ["1"],
    "new-call": ["--name", "Ann Adams", "--phone", "+44 7700 900123"],
    "offer-call": ["--name", "Ben Brook", "--phone", "+44 7700 900456"],
}
#: closes the window: run once, last (``test_quit_closes_the_window``)
CLOSING = {"quit"}


@dataclass(frozen=True)
class State:
    step: int  # 1-based
    call: bool
    situation: bool

    def __str__(self) -> str:
        call = "call" if self.call else "no call"
        return f"step {self.step}, {call}{', situation' if self.situation else ''}"


def offer_unfinished(window: MainWindow, state: State) -> bool:
    """Last time's unfinished call, offered as at start; False during a call, where
    any key keeps it in the log (an offer and a call in progress never meet)."""
    if state.call:
        return False
    record = sample_call(id="unfinished0000000000000000000001")
    window.desk.offer_unfinished(UnfinishedCall(record, 2))
    return True


def offer_waiting_call(window: MainWindow, state: State) -> bool:
    """A second call ringing during this one; False without a call (it would open)."""
    if not state.call:
        return False
    ok, _ = window.run_command("offer-call --name 'Ben Brook' --phone '+44 7700 900456'")
    return ok


#: what a command needs besides its arguments, made ready before it runs
NEEDS: dict[str, Callable[[MainWindow, State], bool]] = {
    "restore-call": offer_unfinished,
    "keep-unfinished-call": offer_unfinished,
    "take-call": offer_waiting_call,
}


def builtin_playbook() -> Playbook:
    return load_library(resource_path("playbooks")).playbooks["calm-six"]


def states(playbook: Playbook) -> Iterator[State]:
    # Without a call the window waits on the first step: any step key starts one.
    yield State(1, call=False, situation=False)
    for step in range(1, len(playbook.steps) + 1):
        yield State(step, call=True, situation=False)
        yield State(step, call=True, situation=True)


def close_other_windows(window: MainWindow) -> None:
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isVisible():
            top.close()


def enter(window: MainWindow, state: State, *, compact: bool, scale: int) -> None:
    """Bring ``window`` to ``state`` by commands, as an agent's keys would."""
    close_other_windows(window)
    if window.ask_bar.asking:
        window.ask_bar.cancel()
    run = window.run_command
    if window.desk.unfinished is not None:
        assert run("keep-unfinished-call")[0]
    if window.settings.compact != compact:
        assert run("toggle-compact")[0]
    while window.settings.text_scale < scale:
        assert run("text-bigger")[0]
    while window.settings.text_scale > scale:
        assert run("text-smaller")[0]
    assert run("close-situation")[0]
    if state.call:
        if not window.desk.session.begun or window.desk.session.finished:
            assert run("new-call")[0]
        assert run(f"go-to-step {state.step}")[0]
        if state.situation:
            assert run("open-situation 1")[0]
    elif window.desk.session.begun:
        assert run(" ".join(["save-call", *wrap_up_fields(window)]))[0]
    assert window.desk.session.begun == state.call, state
    assert window.desk.session.current_index == state.step - 1, state


def wrap_up_fields(window: MainWindow) -> list[str]:
    """What the built-in playbooks require before a call is saved."""
    return ["--category", window.desk.playbook.categories[0], "--outcome", "resolved"]


def arguments(window: MainWindow, name: str) -> list[str]:
    if name == "use-card-id":
        return [window.desk.visible_cards()[0].id]
    if name == "save-call":
        return wrap_up_fields(window)
    return ARGUMENTS.get(name, [])


@pytest.mark.parametrize("scale", [100, TEXT_SCALE_MAX], ids=["normal text", "largest text"])
@pytest.mark.parametrize("compact", [False, True], ids=["full", "compact"])
def test_every_command_runs_in_every_state(
    make_window: WindowFactory,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    compact: bool,
    scale: int,
) -> None:
    book = builtin_playbook()
    window = make_window(book)
    names = [c.name for c in window.desk.registry if c.name not in CLOSING]
    assert {"text-bigger", "switch-playbook", "read-notices", "history"} <= set(names)
    failures: list[str] = []
    with caplog.at_level(logging.WARNING, logger="desktop_app"):
        for state in states(book):
            for name in names:
                enter(window, state, compact=compact, scale=scale)
                ready = NEEDS.get(name, lambda _window, _state: True)(window, state)
                caplog.clear()
                words = [name, *arguments(window, name)]
                ok, message = window.run_words(words)
                qtbot.wait(1)  # what the command left for the event loop runs too
                said = [r.getMessage() for r in caplog.records]
                if not ready:  # what it needs cannot be there: refused in one clear line
                    if ok or "\n" in message or said != [message]:
                        failures.append(f"{state}: {' '.join(words)}: {ok} {message!r} {said}")
                elif not ok or said:
                    failures.append(f"{state}: {' '.join(words)}: {message} {said}")
    close_other_windows(window)
    assert not failures, "\n".join(failures)


def test_quit_closes_the_window(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(builtin_playbook())
    window.run_command("new-call")
    ok, _ = window.run_command("quit")
    assert ok
    qtbot.waitUntil(lambda: not window.isVisible())
