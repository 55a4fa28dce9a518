"""The command line in the agent's language: the window's translations, without a display.

Everything the command line says to a person (``--help``, argparse's own
words and errors, messages, ``log stats``' labels, check-content's problems,
the store's and core's errors it prints) is in the language of
``settings.json``'s ``language``, or the system's when it is empty, as the
window is. The words are written in English here, in the subcommands, the
store and core, and listed in ``ui/catalogue.py`` (contexts "cli",
"argparse" and "errors"). Machine output (``ctl status``, ``--json``, CSV,
the tab-separated lines of ``log search``) and exit codes never change with
the language.

The translation is read by a ``QTranslator`` asked directly, so a message
needs no Qt application; one is made only for the dates and headings of a
Markdown or PDF export. Qt is only loaded when there is a translation to show
or a locale's dates to write: an English command line starts as fast as before.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.said_again import SaidAgain
from desktop_app.core.settings import load_settings
from desktop_app.resources import resource_path

if TYPE_CHECKING:
    from desktop_app.core.local_formats import LocalFormats

_CONTEXT = "cli"
#: the context of argparse's own words ("usage: ", "error:", ...) in the catalogue
ARGPARSE_CONTEXT = "argparse"
#: the context of the store's and core's messages the command line prints
_ERRORS = "errors"
#: the QTranslator that speaks for the command line, once a translation is loaded;
#: it is asked directly, so a message needs no Qt application
_translator: Any = None
#: the Qt application made for dates or the PDF writer, kept for the life of the command
_qt_app: object = None


def chosen_language(settings_file: Path) -> str:
    """The ``language`` setting ("" to follow the system); problems in the file
    are the window's to report, so an unreadable file means the system's language."""
    try:
        settings, _problems = load_settings(settings_file)
    except OSError:  # a data dir that cannot be used: its folder cannot even be looked in
        return ""
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
    """Translate the command line's messages, its ``--help`` and argparse's own
    words into the chosen language from now on. Called again, it keeps the
    language already chosen and only adds what ``gui`` or ``dates`` ask for.

    ``gui``: make the Qt application a windowless QGuiApplication (the PDF writer
    needs one); ``dates``: load Qt even for English, as the locale writes the dates.
    """
    global _translator, _qt_app
    language = chosen_language(settings_file)
    wanted = _has_translation([language] if language else _system_languages())
    if wanted and _translator is None:
        from PySide6.QtCore import QLocale, QTranslator

        translator = QTranslator()
        locale = QLocale(language) if language else QLocale.system()
        if translator.load(locale, "calmline", "_", str(resource_path("translations"))):
            _translator = translator
            _speak_to_argparse()
    if not (gui or dates) or _qt_app is not None:
        return
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.translations import use_language

    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            # -platform wins over QT_QPA_PLATFORM: a command line never needs a display.
            app = QGuiApplication(["calmline", "-platform", "offscreen"])
        else:
            app = QCoreApplication(["calmline"])
    _qt_app = app
    # The exports' words and the locale's dates come through the application.
    use_language(app, language)


def _look_up(context: str, text: str) -> str:
    found = _translator.translate(context, text) if _translator is not None else ""
    return str(found) if found else text


def _speak_to_argparse() -> None:
    """Hand argparse our words. It takes each of its own ("usage: ", "error:", "the
    following arguments are required: %s", ...) by calling the ``_`` and ``ngettext``
    it imported from gettext, looked up in its module at every call; gettext would
    want .mo catalogues beside the .qm ones, so those two names are given the
    catalogue's context "argparse" instead. A word not listed stays English."""

    def words(text: str) -> str:
        return _look_up(ARGPARSE_CONTEXT, text)

    def counted(singular: str, plural: str, count: int) -> str:
        # Singular for 1, as in every shipped language (Spanish, Greek).
        return words(singular if count == 1 else plural)

    # Neither name is declared in argparse's stubs.
    setattr(argparse, "_", words)  # noqa: B010
    setattr(argparse, "ngettext", counted)  # noqa: B010


def tr(text: str) -> str:
    """``text`` in the command line's language."""
    return _look_up(_CONTEXT, text)


def tr_count(many: str, count: int, one: str) -> str:
    """A message with a count (``%n``) in the plural form for ``count``; ``one`` is
    the English for a count of 1."""
    found = _translator.translate(_CONTEXT, many, "", count) if _translator is not None else ""
    return (str(found) if found else one if count == 1 else many).replace("%n", str(count))


def tr_words(template: str, count: int = -1, /) -> str:
    """A template of the store's or core's words (context "errors") in the command
    line's language, its ``{names}`` left to fill and a ``%n`` in the plural form
    for ``count``: how a playbook problem is said (``ContentProblem.said_in``)."""
    if count < 0:
        return _look_up(_ERRORS, template)
    found = _translator.translate(_ERRORS, template, "", count) if _translator is not None else ""
    return str(found) if found else template


def tr_error(problem: object) -> str:
    """A message raised below the command line (a damaged or busy log, a bad
    ``--out``, a full disk, an unreachable team log) in the command line's language.

    The store and core write English and stay Qt-free; their messages are listed
    in the catalogue (context "errors") with ``{name}`` where a path, an id or a
    reason goes. The message is matched against them and said again with the
    translated words and the same values; a value that is itself a listed
    message (the reason after "cannot write ...:") is translated too. What is
    not listed (SQLite's or the server's own words) stays as it is.
    """
    text = str(problem)
    if _translator is None:
        return text
    return _saying_again()(text)


#: says a listed message again in the command line's language, once one is needed
_said_again: SaidAgain | None = None


def _saying_again() -> SaidAgain:
    global _said_again
    if _said_again is None:
        from desktop_app.ui.catalogue import ERROR_MESSAGES

        _said_again = SaidAgain(ERROR_MESSAGES, tr_words)
    return _said_again


def export_formats() -> LocalFormats:
    """Dates, call lengths and headings of a Markdown or PDF export in the chosen
    language's way (``speak_language(..., dates=True)`` first)."""
    from desktop_app.ui.locale_formats import locale_formats

    return locale_formats()
