"""Which language the playbooks are in: chosen by the agent, apart from the window's.

The built-in playbooks are written in English in the playbook folder; each
translation sits in a folder named by its language code beside them
(``es/calm-six.yaml``, ``el/calm-six.yaml``) with the same playbook, step,
card and situation ids. The setting ``playbook_language`` picks the folder;
a playbook not translated stays in English. Because the ids are the same, a
team's change (``extends: calm-six``) applies whichever language is in use;
a change file that says ``language: es`` holds Spanish wording and applies
only to a playbook in Spanish.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.content.document import LANGUAGE_PATTERN
from desktop_app.core.content.problems import Said, said

#: The language the built-in playbooks are written in, and the fallback.
DEFAULT_LANGUAGE = "en"
SETTING = "playbook_language"


def normalise(code: str) -> str:
    """``ES`` -> ``es``, ``es_MX`` -> ``es-mx``: one spelling for comparing codes."""
    return code.strip().replace("_", "-").lower()


def same_language(a: str, b: str) -> bool:
    """True when the two codes name the same language (``es`` and ``es-MX`` do)."""
    return normalise(a).split("-")[0] == normalise(b).split("-")[0]


def builtin_languages(builtin_dir: Path) -> list[str]:
    """The playbook languages shipped: English, then every translation folder, by code."""
    found = [DEFAULT_LANGUAGE]
    try:
        entries = sorted(os.scandir(builtin_dir), key=lambda e: e.name)
    except OSError:
        return found
    for entry in entries:
        if entry.is_dir() and LANGUAGE_PATTERN.match(entry.name) and entry.name != "business":
            found.append(entry.name)
    return found


def choose_language(wanted: str, available: list[str]) -> tuple[str, Said | None]:
    """The language to load for the setting ``wanted``, and why not, when it cannot be.

    An exact code wins (case and ``_`` aside); ``es-MX`` falls back to ``es``
    quietly, as the Spanish playbooks are written to be understood everywhere.
    Anything else gives English and a sentence saying what was wrong.
    """
    if not wanted.strip():
        return DEFAULT_LANGUAGE, None
    for code in available:
        if normalise(code) == normalise(wanted):
            return code, None
    for code in available:
        if same_language(code, wanted):
            return code, None
    return DEFAULT_LANGUAGE, said(
        "no playbooks in the language {wanted}; the playbook languages are {languages}; "
        "using English (en)",
        wanted=repr(wanted),
        languages=", ".join(available),
    )
