"""The agent's locale as ``LocalFormats``: how the window and the human exports write
times, and the exports' headings in the window's language.

Qt knows each language's way of writing a date (``5/1/26 9:00`` in Spanish,
``5/1/26 9:00 π.μ.`` in Greek); the Qt-free exports get that knowledge as two
functions. ``QLocale()`` is the application's default locale, the system's unless
set otherwise, so the translation and the formats always agree.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop_app.core.local_formats import LocalFormats


def local_pattern(moment: datetime, pattern: str, locale: QLocale | None = None) -> str:
    """``moment``'s wall-clock time by a Qt date pattern ("d MMM"), with day and month
    names in the locale's language (strftime would name them in the C library's)."""
    return (locale or QLocale()).toString(_wall_clock(moment), pattern)


def _wall_clock(moment: datetime) -> QDateTime:
    # The moment is already in the agent's zone: its wall-clock fields are what shows.
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def locale_formats(locale: QLocale | None = None) -> LocalFormats:
    """Short dates and times, and call lengths, written the way ``locale`` writes them."""
    chosen = QLocale(locale) if locale is not None else QLocale()
    if chosen.language() == QLocale.Language.C:
        # No language set (LANG=C, a service account): ISO reads the same everywhere,
        # in whatever language the translator installed speaks.
        return LocalFormats(label=export_words)

    def date_time(moment: datetime) -> str:
        return chosen.toString(_wall_clock(moment), QLocale.FormatType.ShortFormat)

    def minutes(count: int) -> str:
        # One abbreviation for every count: "min" needs no plural, nor "λεπ." or "min".
        return QCoreApplication.translate("LocalFormats", "{0} min").format(chosen.toString(count))

    return LocalFormats(date_time=date_time, minutes=minutes, label=export_words)


def export_words(words: str) -> str:
    """An export's heading or fixed word ("Customer", "[open]") in the window's
    language; the words are listed in ``ui.catalogue`` (context "exports")."""
    return QCoreApplication.translate("exports", words)
