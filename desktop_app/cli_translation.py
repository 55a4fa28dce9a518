"""The command line in the agent's language: the window's translations, without a display.

``calmline export``, ``log`` and ``ctl`` print what a person reads (errors,
"exported 3 calls to ...") in the language of ``settings.json``'s ``language``,
or the system's when it is empty, as the window does. The messages are written
in English here and in the subcommands, and listed in ``ui/catalogue.py``
(context "cli"). Machine output (``ctl status``, ``--json``) and exit codes
never change with the language.

Qt's translator needs a ``QCoreApplication``, which needs no display. Qt is
only loaded when there is a translation to show or a locale's dates to write:
an English command line starts as fast as before.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.settings import load_settings
from desktop_app.resources import resource_path

if TYPE_CHECKING:
    from desktop_app.core.local_formats import LocalFormats

_CONTEXT = "cli"
#: set once a translator speaks for the command line
_translating = False
#: the Qt application the translator belongs to, kept for the life of the command
_qt_app: object = None


def chosen_language(settings_file: Path) -> str:
    """The ``language`` setting ("" to follow the system); problems in the file
    are the window's to report, so an unreadable file means the system's language."""
    settings, _problems = load_settings(settings_file)
    return settings.language.strip()


def _system_languages() -> list[str]:
    # What Qt reads on Unix for the system's language, in its order.
    found = [part for part in os.environ.get("LANGUAGE", "").split(":") if part]
    found += [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    return [code for code in found if code]


def _has_translation(codes: list[str]) -> bool:
    folder = resource_path("translations")
    for code in codes:
        bare = code.split(".")[0].split("@")[0]
        for name in {bare, bare.split("_")[0]}:
            if name and (folder / f"calmline_{name}.qm").is_file():
                return True
    return False


def speak_language(settings_file: Path, *, gui: bool = False, dates: bool = False) -> None:
    """Translate the command line's messages into the chosen language from now on.

    ``gui``: make the Qt application a windowless QGuiApplication (the PDF writer
    needs one); ``dates``: load Qt even for English, as the locale writes the dates.
    """
    global _translating, _qt_app
    language = chosen_language(settings_file)
    if not (gui or dates or _has_translation([language] if language else _system_languages())):
        return
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.translations import has_translator, use_language

    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            # -platform wins over QT_QPA_PLATFORM: a command line never needs a display.
            app = QGuiApplication(["calmline", "-platform", "offscreen"])
        else:
            app = QCoreApplication(["calmline"])
    _qt_app = app
    # A language without a translation is English, as in the window: then the
    # English plural forms come from ``tr_count``'s own "one" text.
    _translating = use_language(app, language) is None and has_translator(app)


def tr(text: str) -> str:
    """``text`` in the command line's language."""
    if not _translating:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(_CONTEXT, text)


def tr_count(many: str, count: int, one: str) -> str:
    """A message with a count (``%n``) in the plural form for ``count``; ``one`` is
    the English for a count of 1."""
    if not _translating:
        return (one if count == 1 else many).replace("%n", str(count))
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(_CONTEXT, many, "", count)


def export_formats() -> LocalFormats:
    """Dates, call lengths and headings of a Markdown or PDF export in the chosen
    language's way (``speak_language(..., dates=True)`` first)."""
    from desktop_app.ui.locale_formats import locale_formats

    return locale_formats()
