"""Where playbooks come from, and choosing one: ``switch-playbook ID`` and
``list-playbooks``.

Switching keeps the call in progress (``CallDesk.replace_playbook``): its
notes, timeline and card counts stay, and the agent stays on the step with
the same id where there is one. The choice is saved in the settings
(``playbook_id``), so the next start uses it too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from desktop_app.core.commands import Arg, CommandError, CommandRegistry
from desktop_app.core.content import ContentSources
from desktop_app.core.content.languages import DEFAULT_LANGUAGE, builtin_languages, choose_language
from desktop_app.core.content.languages import SETTING as LANGUAGE_SETTING
from desktop_app.core.content.problems import said
from desktop_app.core.playbook import Playbook
from desktop_app.core.settings import Settings, SettingsProblem, load_settings
from desktop_app.core.titles import Titles
from desktop_app.desk.desk import CallDesk
from desktop_app.paths import DataDir
from desktop_app.resources import resource_path

#: The playbooks that loaded, by id (they change with live reload).
Library = Callable[[], Mapping[str, Playbook]]
SaveSettings = Callable[[Settings], None]


def playbook_language(data: DataDir, settings: Settings) -> tuple[str, SettingsProblem | None]:
    """The playbook language from the settings; English and a problem when none ships."""
    available = builtin_languages(resource_path("playbooks"))
    language, why_not = choose_language(settings.playbook_language, available)
    if why_not is None:
        return language, None
    return language, SettingsProblem(data.settings, LANGUAGE_SETTING, why_not)


def content_sources(
    data: DataDir, settings: Settings, language: str = DEFAULT_LANGUAGE
) -> ContentSources:
    """Built-in (in ``language``), then the team folder from the settings, then the agent's."""
    team = settings.team_playbooks_dir.strip()
    return ContentSources(
        builtin_dir=resource_path("playbooks"),
        team_dir=Path(team).expanduser() if team else None,
        personal_dir=data.personal_playbooks,
        team_cache_dir=data.root / "cache" / "team",
        parsed_cache=data.root / "cache" / "parsed-content.json",
        language=language,
    )


def loaded_titles(data: DataDir) -> Titles:
    """The titles of the playbooks a window on ``data`` loads, for records read
    outside the window (``calmline export``). A playbook that does not load
    leaves its calls' ids in place; the window reports why it did not."""
    settings, _problems = load_settings(data.settings)
    language, _problem = playbook_language(data, settings)
    return Titles(content_sources(data, settings, language).load().playbooks.values())


def switch_playbook(
    desk: CallDesk, library: Library, settings: Settings, save: SaveSettings, playbook_id: str
) -> str:
    playbooks = library()
    playbook = playbooks.get(playbook_id)
    if playbook is None:
        known = ", ".join(playbooks) or said("none")
        raise CommandError(
            said(
                "there is no playbook called {id} (loaded: {known})",
                id=repr(playbook_id),
                known=known,
            )
        )
    if playbook.id != desk.playbook.id:
        desk.replace_playbook(playbook)
    settings.playbook_id = playbook.id
    try:
        save(settings)
    except OSError as exc:
        # the system's reason stays in its own words
        raise CommandError(
            said(
                "now using {name}, but the choice could not be saved: {reason}",
                name=repr(playbook.name),
                reason=str(exc),
            )
        ) from exc
    return f"now using {playbook.name!r} ({len(playbook.steps)} steps)"


def describe_playbooks(desk: CallDesk, library: Library) -> str:
    lines = []
    for playbook in library().values():
        mark = "*" if playbook.id == desk.playbook.id else " "
        lines.append(f"{mark} {playbook.id}  {playbook.name} ({len(playbook.steps)} steps)")
    return "\n".join(lines)


def register_playbook_commands(
    registry: CommandRegistry,
    desk: CallDesk,
    library: Library,
    settings: Settings,
    save: SaveSettings,
) -> None:
    registry.register(
        "switch-playbook",
        lambda inv: switch_playbook(desk, library, settings, save, inv.text("id")),
        help="Use another playbook (by id); the call in progress keeps its state",
        args=[Arg("id")],
        group="Playbook",
    )
    registry.register(
        "list-playbooks",
        lambda _: describe_playbooks(desk, library),
        help="The playbooks that loaded; * marks the one in use",
        group="Playbook",
    )
