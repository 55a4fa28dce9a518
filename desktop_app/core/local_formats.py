"""How dates, times, call lengths and export headings read for people, in the agent's locale.

The Markdown, PDF and ticket-note exports and the log tools show times through a
``LocalFormats``. Core code never asks Qt for the locale: the window builds one from
``QLocale`` (``ui.locale_formats``) and hands it in. Without one, times read
as ISO (``2026-01-05 09:00``), as before there was a choice. CSV and JSON Lines never
take one: they are for machines and stay ISO in every language.

The same goes for the words of the exports people read ("Customer", "Notes",
"[open]"): core writes them in English through ``LocalFormats.label``, and the
window hands in a ``label`` that translates them (their list is in
``ui/catalogue.py``, context "exports").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


def iso_minutes(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def plain_minutes(minutes: int) -> str:
    return f"{minutes} min"


def english(words: str) -> str:
    return words


@dataclass(frozen=True, slots=True)
class LocalFormats:
    """Formatters for a moment already in the agent's zone, a length in minutes, and
    the English words of an export's headings."""

    date_time: Callable[[datetime], str] = iso_minutes
    minutes: Callable[[int], str] = plain_minutes
    #: a heading or fixed word of an export in the agent's language
    label: Callable[[str], str] = english


#: The formats when nobody chose a locale: ISO dates, 24-hour times, English words.
ISO_FORMATS = LocalFormats()
