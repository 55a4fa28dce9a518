"""How dates, times and call lengths read for people, in the agent's locale.

The Markdown, PDF and ticket-note exports and the log tools show times through a
``LocalFormats``. Core code never asks Qt for the locale: the window builds one from
``QLocale`` (``ui.locale_formats``) and hands it in. Without one, times read
as ISO (``2026-01-05 09:00``), as before there was a choice. CSV and JSON Lines never
take one: they are for machines and stay ISO in every language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


def iso_minutes(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def plain_minutes(minutes: int) -> str:
    return f"{minutes} min"


@dataclass(frozen=True, slots=True)
class LocalFormats:
    """Formatters for a moment already in the agent's zone, and a length in minutes."""

    date_time: Callable[[datetime], str] = iso_minutes
    minutes: Callable[[int], str] = plain_minutes


#: The formats when nobody chose a locale: ISO dates, 24-hour times.
ISO_FORMATS = LocalFormats()
