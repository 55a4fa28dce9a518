"""Composition root: paths -> diagnostics -> content -> log -> Qt -> window -> run.

Problems found in user files are collected before any window exists and shown
together once the window is up; only a problem that leaves nothing to run is
fatal.
"""

from __future__ import annotations

import linecache
import logging
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from desktop_app import diagnostics
from desktop_app.core.commands import CommandRegistry
from desktop_app.core.content import ContentSources, LoadResult
from desktop_app.core.keymap import Keymap, load_keymap
from desktop_app.core.playbook import Playbook
from desktop_app.core.settings import Settings, load_settings, save_settings
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.effects import RecordedEffects
from desktop_app.desk.playbooks import register_playbook_commands
from desktop_app.desk.window_commands import WindowSlot, register_window_commands
from desktop_app.paths import DataDir
from desktop_app.resources import resource_path
from desktop_app.store.base import LogError
from desktop_app.store.factory import open_log as open_log_files
from desktop_app.store.lock import LogInUseError
from desktop_app.store.pending import PendingCallLog

log = logging.getLogger(__name__)


@dataclass
class StartupProblems:
    """User-file problems gathered at start-up, shown to the user in one go."""

    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        log.warning("%s", message)
        self.messages.append(message)


@dataclass
class Parts:
    """The pieces the window is built from, assembled at start-up without Qt."""

    data: DataDir
    playbook: Playbook
    call_log: PendingCallLog
    problems: StartupProblems
    settings: Settings = field(default_factory=Settings)
    desk: CallDesk | None = None
    keymap: Keymap = field(default_factory=Keymap)
    window_slot: WindowSlot = field(default_factory=WindowSlot)
    #: where content comes from; ``content.load()`` again for live reload
    content: ContentSources | None = None
    library: LoadResult | None = None


def assemble(data: DataDir) -> Parts:
    """Everything the window needs, built without Qt."""
    data.create()
    problems = StartupProblems()
    settings, settings_problems = load_settings(data.settings)
    for settings_problem in settings_problems:
        problems.add(str(settings_problem))
    content = content_sources(data, settings)
    library = content.load()
    for content_problem in library.problems:
        problems.add(str(content_problem))
    for notice in library.notices:
        problems.add(notice)
    playbook, fallback_notice = library.choose(settings.playbook_id)
    if playbook is None:
        raise SystemExit(
            "Calmline cannot start: no playbook loaded.\n" + "\n".join(problems.messages)
        )
    if fallback_notice:
        problems.add(fallback_notice)
    call_log = open_log(data, problems, settings)
    parts = Parts(data, playbook, call_log, problems, content=content, library=library)
    assemble_desk(parts, settings)
    return parts


def content_sources(data: DataDir, settings: Settings) -> ContentSources:
    """Built-in, then the team folder from the settings, then the agent's own folder."""
    team = settings.team_playbooks_dir.strip()
    return ContentSources(
        builtin_dir=resource_path("playbooks"),
        team_dir=Path(team).expanduser() if team else None,
        personal_dir=data.personal_playbooks,
        team_cache_dir=data.root / "cache" / "team",
        parsed_cache=data.root / "cache" / "parsed-content.json",
    )


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
        raise SystemExit(f"Calmline cannot start: {exc}") from exc
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
    register_playbook_commands(
        registry, desk, lambda: loaded_playbooks(parts), settings, partial(save_to, parts.data)
    )
    keymap, key_problems = load_keymap(parts.data.keymap, registry)
    for key_problem in key_problems:
        parts.problems.add(str(key_problem))
    parts.settings, parts.desk, parts.keymap = settings, desk, keymap


def loaded_playbooks(parts: Parts) -> dict[str, Playbook]:
    """Every playbook that loaded (live reload replaces ``parts.library``)."""
    if parts.library is None:
        return {parts.playbook.id: parts.playbook}
    return parts.library.playbooks


def save_to(data: DataDir, settings: Settings) -> None:
    save_settings(settings, data.settings)


def run_gui(data: DataDir) -> int:
    diagnostics.install(data.logs)
    from desktop_app.ui.application import run_window

    forget_module_sources()
    try:
        parts = assemble(data)
    except LogInUseError as exc:
        # One window per data dir: a second start brings the first to the front.
        from desktop_app.ui.remote import send_command

        if send_command(data, ["raise-window"]) is not None:
            print(f"Calmline is already running for {data.root}; brought its window to the front.")
            return 0
        raise SystemExit(f"Calmline cannot start: {exc}") from exc
    return run_window(parts)


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
