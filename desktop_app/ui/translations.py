"""Loads the translation for the user's language, if Calmline has one.

Translations live in ``resources/translations/calmline_<locale>.qm`` (for
example ``calmline_de.qm`` or ``calmline_pt_BR.qm``); docs/deployment.md
("Languages") says how to make one. Without a file for the language, the English source text shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop_app.resources import resource_path


def install_translator(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> QTranslator | None:
    translator = QTranslator(app)
    where = str(folder or resource_path("translations"))
    if translator.load(locale or QLocale(), "calmline", "_", where):
        app.installTranslator(translator)
        return translator
    return None
