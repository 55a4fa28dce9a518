"""The user's settings: who the agent is, where team content lives, window options.

Kept as JSON in the data dir (``settings.json``), written atomically. A
broken or partly wrong file never stops the app: every problem is reported
with the file and the key, and the defaults stand in for what was wrong.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from desktop_app.core.atomic import write_atomic
from desktop_app.core.content.problems import Said, Translate, did_you_mean, said


@dataclass
class Settings:
    """The user's settings, with the defaults standing in for anything not set."""

    agent_name: str = ""
    company: str = ""
    #: the first start asked for the name and company (answered or skipped): never again
    first_start_asked: bool = False
    #: id of the playbook in use
    playbook_id: str = "calm-six"
    #: the window's language (en, es, el, ...); "" follows the system's
    language: str = ""
    #: the language of the playbooks (en, es, el, ...), apart from the window's; see
    #: ``core.content.languages``
    playbook_language: str = "en"
    #: the team's shared content folder (often on a network share); "" for none
    team_playbooks_dir: str = ""
    #: the team log on PostgreSQL: a libpq connection string or "service=NAME"; "" for none.
    #: Never a password: that belongs in libpq's password file (see docs/team-log.md).
    team_log: str = ""
    #: calls older than this many days are purged from the log; 0 keeps them forever
    retention_days: int = 365
    always_on_top: bool = False
    compact: bool = False
    #: text size as a percentage of the system's
    text_scale: int = 100
    #: window geometry as Qt saves it, base64; "" for the default
    window_geometry: str = ""
    #: template for the ticket note copied into a CRM ("" for the built-in one)
    ticket_template: str = ""
    #: the phone program that opens calls, e.g. "baresip:127.0.0.1:4444"; "" for none
    #: (``CALMLINE_SOFTPHONE`` overrides it)
    softphone: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """One thing wrong in the settings file, with the key it concerns ("" for the whole file).

    What is wrong is kept as words with values (``Said``), so the window says it
    in the agent's language; the file and the key stay as written.
    """

    file: Path
    key: str
    said: Said

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.said.render()

    def said_in(self, translate: Translate) -> str:
        """``FILE (KEY): what is wrong`` in the language of ``translate``."""
        where = f" ({self.key})" if self.key else ""
        return f"{self.file}{where}: {self.said.render(translate)}"

    def __str__(self) -> str:
        return self.said_in(lambda template, count=-1, /: template)


def load_settings(path: Path) -> tuple[Settings, list[SettingsProblem]]:
    settings = Settings()
    problems: list[SettingsProblem] = []
    if not path.exists():
        return settings, problems
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        # The reason is Python's own (the JSON decoder's), kept as it says it.
        reason = said("cannot read the settings, using defaults: {reason}", reason=str(exc))
        problems.append(SettingsProblem(path, "", reason))
        return settings, problems
    if not isinstance(data, dict):
        problems.append(
            SettingsProblem(path, "", said("settings must be a JSON object; using defaults"))
        )
        return settings, problems
    known = {f.name: f for f in fields(Settings)}
    for key, value in data.items():
        if key not in known:
            hint = did_you_mean(key, known)
            ignored = said("unknown setting, ignored{hint}", hint=hint)
            problems.append(SettingsProblem(path, key, ignored))
            continue
        default = getattr(settings, key)
        if type(value) is not type(default):
            problems.append(
                SettingsProblem(
                    path,
                    key,
                    said(
                        "expected {expected}, found {found}; using {default}",
                        expected=type(default).__name__,
                        found=type(value).__name__,
                        default=repr(default),
                    ),
                )
            )
            continue
        setattr(settings, key, value)
    return settings, problems


def save_settings(settings: Settings, path: Path) -> None:
    write_atomic(path, json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n")
