"""Composition root: paths -> diagnostics -> content -> log -> Qt -> window -> run.

Problems found in user files are collected before any window exists and shown
together once the window is up; only a problem that leaves nothing to run is
fatal.
"""

from __future__ import annotations

import linecache
import sys
import time
from functools import partial

from desktop_app import diagnostics, exit_codes
from desktop_app.core.caller import Caller, offer_words
from desktop_app.core.commands import CommandRegistry
from desktop_app.core.keymap import load_keymap
from desktop_app.core.playbook import Playbook
from desktop_app.core.settings import Settings, load_settings, save_settings
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.effects import RecordedEffects
from desktop_app.desk.parts import Parts, StartupProblems
from desktop_app.desk.phone_calls import PhoneCalls
from desktop_app.desk.playbooks import (
    content_sources,
    playbook_language,
    register_playbook_commands,
)
from desktop_app.paths import DataDir, DataDirError, unwritable
from desktop_app.store.base import LogError
from desktop_app.store.factory import open_log as open_log_files
from desktop_app.store.lock import LogInUseError
from desktop_app.store.pending import PendingCallLog


def assemble(data: DataDir) -> Parts:
    """Everything the window needs, built without Qt."""
    data.create()
    problems = StartupProblems()
    settings, settings_problems = load_settings(data.settings)
    for settings_problem in settings_problems:
        problems.add(settings_problem)
    language, language_problem = playbook_language(data, settings)
    if language_problem is not None:
        problems.add(language_problem)
    content = content_sources(data, settings, language)
    library = content.load()
    for content_problem in library.problems:
        problems.add(content_problem)
    for notice in library.notices:
        problems.add(notice)
    playbook, fallback_notice = library.choose(settings.playbook_id)
    if playbook is None:
        from desktop_app.cli_translation import tr_error, tr_words

        stopped = in_language(data, "Calmline cannot start: no playbook loaded.")
        raise SystemExit("\n".join([stopped, *problems.said_in(tr_words, tr_error)]))
    if fallback_notice:
        problems.add(fallback_notice)
    call_log = open_log(data, problems, settings)
    parts = Parts(data, playbook, call_log, problems, content=content, library=library)
    assemble_desk(parts, settings)
    return parts


def open_log(data: DataDir, problems: StartupProblems, settings: Settings) -> PendingCallLog:
    """The call log, owned by this process; old calls purged, file trouble reported."""
    try:
        opened = open_log_files(
            data.call_log,
            retention_days=settings.retention_days,
            team_log=settings.team_log,
            settings_file=data.settings,
        )
    except LogInUseError:
        raise  # another Calmline runs on this data dir: ``run_gui`` brings it forward
    except LogError as exc:
        raise SystemExit(in_language(data, f"Calmline cannot start: {exc}")) from exc
    for notice in opened.notices:
        problems.add(notice)
    if settings.team_log:
        from desktop_app.store.team.config import holds_password

        if holds_password(settings.team_log):
            # Refused above, and never written back: settings.json is saved from
            # these settings, and no password may be in it by Calmline's hand.
            settings.team_log = ""
    return opened.log


def assemble_desk(parts: Parts, settings: Settings | None = None) -> None:
    """Settings, the call desk, every command and the keymap, problems collected.

    The keymap is checked against the full registry (call and window
    commands) here, before any window exists, so a bad binding is reported
    at start-up with its file and line.
    """
    if settings is None:
        settings, setting_problems = load_settings(parts.data.settings)
        for setting_problem in setting_problems:
            parts.problems.add(setting_problem)
    registry = CommandRegistry()
    # The window gives the desk its real effects when it attaches.
    desk = CallDesk(
        parts.playbook,
        parts.call_log,
        RecordedEffects(),
        agent=settings.agent_name,
        company=settings.company,
        registry=registry,
    )
    desk.known_playbooks = lambda: loaded_playbooks(parts).values()
    # The window's and the log tools' commands, declared where they run; they
    # run once the window and the tools are made (``ui.application.wire``).
    for declared_by in window_commands():
        registry.declare(declared_by)
    parts.phone_calls = PhoneCalls(desk, registry)
    register_playbook_commands(
        registry, desk, lambda: loaded_playbooks(parts), settings, partial(save_to, parts.data)
    )
    keymap, key_problems = load_keymap(parts.data.keymap, registry)
    for key_problem in key_problems:
        parts.problems.add(key_problem)
    parts.settings, parts.desk, parts.keymap = settings, desk, keymap


def window_commands() -> tuple[type, ...]:
    """The classes that declare the commands of the window and the log tools.

    The call window's module is loaded before the window is made anyway;
    the log tools' commands are declared in a small module of their own so
    that their widgets still load after the first paint.
    """
    from desktop_app.ui.call_window.main_window import MainWindow
    from desktop_app.ui.log_tools.log_commands import LogCommands

    return (MainWindow, LogCommands)


def loaded_playbooks(parts: Parts) -> dict[str, Playbook]:
    """Every playbook that loaded (live reload replaces ``parts.library``)."""
    if parts.library is None:
        return {parts.playbook.id: parts.playbook}
    return parts.library.playbooks


def save_to(data: DataDir, settings: Settings) -> None:
    save_settings(settings, data.settings)


def run_gui(data: DataDir, first_call: Caller | None = None) -> int:
    """The window on ``data``; ``first_call`` is opened in it (a ``calmline:`` link)."""
    try:
        data.check_writable()
        diagnostics.install(data.logs)
    except DataDirError as exc:
        return cannot_start(in_language(data, str(exc)))
    except OSError as exc:  # e.g. a log file left unwritable in a writable folder
        return cannot_start(in_language(data, str(unwritable(exc, data.root))))
    from desktop_app.ui.application import run_window

    forget_module_sources()
    try:
        parts = assemble(data)
    except LogInUseError as exc:
        # A link clicked while Calmline runs: the call opens in that window.
        if first_call is not None and offer_to_running(data, first_call):
            opened = f"Calmline is already running for {data.root}; the call was opened there."
            print(in_language(data, opened))
            return exit_codes.OK
        return hand_over(data, exc)
    parts.first_call = first_call
    return run_window(parts)


def in_language(data: DataDir, message: str) -> str:
    """``message`` in the language of the data dir's ``language`` setting or the
    system's, as the command line says it (values as written). What stops the start
    is said before any window exists; the translation is read only then, so a start
    that goes on loads nothing for it."""
    from desktop_app.cli_translation import speak_language, tr_error

    speak_language(data.settings)
    return tr_error(message)


def cannot_start(message: str) -> int:
    """Say why the data dir cannot be used, on stderr and, where a window would
    open, in a dialog; the exit code is ``DATA_DIR_UNWRITABLE``."""
    print(message, file=sys.stderr, flush=True)
    from desktop_app.ui.cannot_start import show_cannot_start

    show_cannot_start(message)
    return exit_codes.DATA_DIR_UNWRITABLE


def hand_over(data: DataDir, in_use: LogInUseError) -> int:
    """One window per data dir: a second start brings the first to the front.

    A first window that does not answer within ``RAISE_MS`` (stopped, hung)
    is reported as such, never as brought forward.
    """
    from desktop_app.ui.plumbing.remote import RAISE_MS, send_command

    reply = send_command(data, ["raise-window"], timeout_ms=RAISE_MS)
    if reply is None:
        raise SystemExit(in_language(data, f"Calmline cannot start: {in_use}"))
    if not reply.answered:
        silent = (
            f"Calmline cannot start: {in_use}, and its window did not answer within "
            f"{RAISE_MS / 1000:g} s (stopped or hung). End that Calmline, then start again."
        )
        print(in_language(data, silent), file=sys.stderr)
        return exit_codes.NO_ANSWER
    if not reply.ok:
        refused = f"Calmline cannot start: {in_use}; its window says: {reply.message}"
        raise SystemExit(in_language(data, refused))
    brought = f"Calmline is already running for {data.root}; brought its window to the front."
    print(in_language(data, brought))
    return exit_codes.OK


#: how long a second start with a call waits for the first window to listen
HAND_OVER_S = 20.0


def offer_to_running(data: DataDir, caller: Caller) -> bool:
    """Give the call to the window already running on ``data``, waiting for it to
    listen if it is still starting. False when none answers, or it refuses."""
    from desktop_app.ui.plumbing.remote import send_command

    deadline = time.monotonic() + HAND_OVER_S
    while time.monotonic() < deadline:
        reply = send_command(data, offer_words(caller))
        if reply is not None:
            send_command(data, ["raise-window"])
            return reply.ok
        time.sleep(0.2)
    return False


def forget_module_sources() -> None:
    """Drop the source text of the modules imported so far, before the window is built.

    Once PySide6 is imported, its import hook reads the whole source of every
    module imported after it, looking for the word "PySide6" (its
    ``__feature__`` support), and Python's ``linecache`` keeps that text for
    good: about 140 files, 54,000 lines, 5 MB of Python objects at start.
    Nothing else needs it; a traceback reads its lines again. A frozen build
    has no sources, so there this does nothing.
    """
    linecache.clearcache()
