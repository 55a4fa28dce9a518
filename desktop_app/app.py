"""Composition root: paths -> diagnostics -> content -> log -> Qt -> window -> run.

Problems found in user files are collected before any window exists and shown
together once the window is up; only a problem that leaves nothing to run is
fatal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop_app import diagnostics
from desktop_app.core.commands import CommandRegistry
from desktop_app.core.content import ContentError, load_playbook
from desktop_app.core.keymap import Keymap, load_keymap
from desktop_app.core.playbook import Playbook
from desktop_app.core.settings import Settings, load_settings
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.effects import RecordedEffects
from desktop_app.desk.window_commands import WindowSlot, register_window_commands
from desktop_app.paths import DataDir
from desktop_app.resources import resource_path
from desktop_app.store.sqlite_log import SqliteCallLog

log = logging.getLogger(__name__)

DEFAULT_PLAYBOOK = "calm-six.yaml"


@dataclass
class StartupProblems:
    """User-file problems gathered at start-up, shown to the user in one go."""

    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        log.warning("%s", message)
        self.messages.append(message)


@dataclass
class Parts:
    data: DataDir
    playbook: Playbook
    call_log: SqliteCallLog
    problems: StartupProblems
    settings: Settings = field(default_factory=Settings)
    desk: CallDesk | None = None
    keymap: Keymap = field(default_factory=Keymap)
    window_slot: WindowSlot = field(default_factory=WindowSlot)


def assemble(data: DataDir) -> Parts:
    """Everything the window needs, built without Qt."""
    data.create()
    problems = StartupProblems()
    try:
        playbook = load_playbook(resource_path("playbooks", DEFAULT_PLAYBOOK))
    except ContentError as exc:
        raise SystemExit(f"Calmline cannot start: the built-in playbook is broken:\n{exc}") from exc
    call_log = SqliteCallLog(data.call_log)
    parts = Parts(data, playbook, call_log, problems)
    assemble_desk(parts)
    return parts


def assemble_desk(parts: Parts) -> None:
    """Settings, the call desk, every command and the keymap, problems collected.

    The keymap is checked against the full registry (call and window
    commands) here, before any window exists, so a bad binding is reported
    at start-up with its file and line.
    """
    settings, setting_problems = load_settings(parts.data.settings)
    for setting_problem in setting_problems:
        parts.problems.add(str(setting_problem))
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
    parts.window_slot = register_window_commands(registry)
    keymap, key_problems = load_keymap(parts.data.keymap, registry)
    for key_problem in key_problems:
        parts.problems.add(str(key_problem))
    parts.settings, parts.desk, parts.keymap = settings, desk, keymap


def run_gui(data: DataDir) -> int:
    from desktop_app.ui.remote import send_command

    # One window per data dir: a second start brings the first to the front.
    if send_command(data, ["raise-window"]) is not None:
        print(f"Calmline is already running for {data.root}; brought its window to the front.")
        return 0
    diagnostics.install(data.logs)
    parts = assemble(data)

    from desktop_app.ui.application import run_window

    return run_window(parts)
