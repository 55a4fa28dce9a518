"""The window's language: the translations shipped, and the one in use.

Translations live in ``resources/translations/calmline_<code>.qm`` (for
example ``calmline_es.qm`` or ``calmline_pt_BR.qm``), built from the ``.ts``
files (docs/languages.md). The window follows the system's language unless
the setting ``language`` names one; without a file for the language, the
English source text shows. Changing the language installs another
translator, and Qt tells every widget (``QEvent.LanguageChange``).

Qt's own words come from Qt's own translation (``qtbase_<code>.qm``, shipped
with PySide6 and kept in the bundle for the languages Calmline speaks): key
names as the window shows them ("Mayúsculas" for Shift in Spanish) and the
standard dialogs' buttons. Greek has none: Greek keyboards print Ctrl, Alt
and Shift in Latin letters, so the English names are what a Greek agent reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.content.problems import Said, SaidError, said
from desktop_app.resources import resource_path

#: the language the window's text is written in
SOURCE_LANGUAGE = "en"
#: the object name of the window's translators, and the start of their file names
TRANSLATOR_NAME = "calmline"
#: the object name of Qt's own translator, and the start of its file names
QT_TRANSLATOR_NAME = "qtbase"


def _folder(folder: Path | None) -> Path:
    return folder or resource_path("translations")


def install_translator(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> QTranslator | None:
    """Calmline's translation for ``locale`` (the default locale when None), and
    Qt's own for it; Calmline's, or None when there is none for the language."""
    chosen = locale or QLocale()
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _load(app, chosen, QT_TRANSLATOR_NAME, qt_folder)
    return _load(app, chosen, TRANSLATOR_NAME, _folder(folder))


def _load(app: QCoreApplication, locale: QLocale, name: str, folder: Path) -> QTranslator | None:
    translator = QTranslator(app)
    translator.setObjectName(name)
    if translator.load(locale, name, "_", str(folder)):
        app.installTranslator(translator)
        return translator
    translator.setParent(None)
    translator.deleteLater()
    return None


def shipped_languages(folder: Path | None = None) -> list[str]:
    """English, then every language a translation is built for, by code."""
    found = sorted(
        path.stem.removeprefix(f"{TRANSLATOR_NAME}_")
        for path in _folder(folder).glob(f"{TRANSLATOR_NAME}_*.qm")
    )
    return [SOURCE_LANGUAGE, *found]


#: names Qt gives with a country ("español de España") for a language meant everywhere
TRANSLATOR_NAMES = {"es": "Español", "pt": "Português"}


def language_name(code: str) -> str:
    """A language as its speakers write it: "Español" for es, "Ελληνικά" for el."""
    name = TRANSLATOR_NAMES.get(code) or QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def has_translator(app: QCoreApplication) -> bool:
    """Whether one of Calmline's translations is installed (English has none)."""
    return any(not t.isEmpty() for t in app.findChildren(QTranslator, TRANSLATOR_NAME))


def use_language(app: QCoreApplication, code: str, folder: Path | None = None) -> Said | None:
    """Show the window in ``code`` ("" for the system's language); why not, when it cannot.

    The translator in use is replaced; the text of a missing language is
    English, and the words returned say which languages there are (in English at
    start, where no translation is loaded; ``set-language`` says them in the
    language put back).
    """
    for name in (TRANSLATOR_NAME, QT_TRANSLATOR_NAME):
        for old in app.findChildren(QTranslator, name):
            app.removeTranslator(old)
            old.setParent(None)  # not found again before it is deleted
            old.deleteLater()
    code = code.strip()
    locale = QLocale(code) if code else QLocale.system()
    QLocale.setDefault(locale)
    installed = install_translator(app, locale, folder)
    shipped = shipped_languages(folder)
    if installed is not None or not code or QLocale(code).language() == QLocale.Language.English:
        return None
    return said(
        "no window text in the language {code}; the languages are {languages}",
        code=repr(code),
        languages=", ".join(shipped),
    )


def problem_words(template: str, count: int = -1, /) -> str:
    """A template of core's words (a playbook problem, context "errors") in the
    window's language, its ``{names}`` left to fill and a ``%n`` in the plural form
    for ``count`` (``ContentProblem.said_in``)."""
    return QCoreApplication.translate("errors", template, None, count)


def error_words(error: SaidError) -> str:
    """What a command's error (``CommandError``, ``SessionError``) says, in the window's
    language: its template translated, its values (names, ids, numbers) as written."""
    return error.said.render(problem_words)
