"""A call laid out for people to read: heading, fields, commitments, notes, timeline.

Markdown, the PDF and the read-only call viewer all show the same layout,
built here once. Times are shown in local time (or the zone given), written as the
``LocalFormats`` given say (ISO when none is).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from desktop_app.core.call import CallRecord, Commitment
from desktop_app.core.export.cards import mask_card_numbers
from desktop_app.core.local_formats import ISO_FORMATS, LocalFormats
from desktop_app.core.timeline_text import readable_lines
from desktop_app.core.titles import Titles


def local_time(
    moment: datetime, tz: tzinfo | None = None, formats: LocalFormats = ISO_FORMATS
) -> str:
    return formats.date_time(moment.astimezone(tz))


def duration(record: CallRecord, formats: LocalFormats = ISO_FORMATS) -> str:
    if record.ended_at is None:
        return ""
    minutes = max(0, round((record.ended_at - record.started_at).total_seconds() / 60))
    return formats.minutes(minutes)


def commitment_text(
    commitment: Commitment, tz: tzinfo | None = None, formats: LocalFormats = ISO_FORMATS
) -> str:
    state = "done" if commitment.done else "open"
    who = f" — {commitment.who}" if commitment.who else ""
    due = f", due {local_time(commitment.due, tz, formats)}" if commitment.due else ""
    return mask_card_numbers(f"[{state}] {commitment.what}{who}{due}")


def mood_change(record: CallRecord) -> str:
    if record.mood_start is None and record.mood_end is None:
        return ""
    start = "?" if record.mood_start is None else str(record.mood_start)
    end = "?" if record.mood_end is None else str(record.mood_end)
    return f"{start} → {end} (1 furious … 5 calm)"


#: Fields that are identifiers, never free text: left as they are (a long
#: phone number may pass the card check by chance).
_NOT_FREE_TEXT = frozenset({"Account", "Phone", "Call id"})


@dataclass(frozen=True, slots=True)
class CallSection:
    """One call laid out for reading: title, fields, commitments, notes and timeline."""

    title: str
    #: (label, value) pairs, only those with a value
    fields: tuple[tuple[str, str], ...]
    commitments: tuple[str, ...]
    notes: str
    timeline: tuple[str, ...]


def call_section(
    record: CallRecord,
    tz: tzinfo | None = None,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> CallSection:
    """``record`` laid out; steps, cards and situations named by ``titles``
    (by their ids when none is given, or the call's playbook is unknown); times
    and the call's length written by ``formats``."""
    who = record.customer.name or record.customer.phone or record.customer.account or "Unknown"
    title = mask_card_numbers(f"{local_time(record.started_at, tz, formats)} — {who}")
    pairs = (
        ("Customer", record.customer.name),
        ("Account", record.customer.account),
        ("Phone", record.customer.phone),
        ("Category", record.category),
        ("Outcome", record.outcome),
        ("Reason", record.reason),
        ("Resolution", record.resolution),
        ("Cause", record.cause),
        ("Mood", mood_change(record)),
        ("Duration", duration(record, formats)),
        ("Agent", record.agent),
        ("Call id", record.id),
    )
    return CallSection(
        title=title,
        fields=tuple(
            (label, value if label in _NOT_FREE_TEXT else mask_card_numbers(value))
            for label, value in pairs
            if value
        ),
        commitments=tuple(commitment_text(c, tz, formats) for c in record.commitments),
        notes=mask_card_numbers(record.notes),
        timeline=tuple(
            readable_lines(
                record.started_at, record.timeline, (titles or Titles()).of(record.playbook_id)
            )
        ),
    )


def section_as_text(section: CallSection) -> str:
    """The section as plain text (the read-only viewer shows this)."""
    lines = [section.title, ""]
    lines += [f"{label}: {value}" for label, value in section.fields]
    if section.commitments:
        lines += ["", "Commitments:", *(f"  {c}" for c in section.commitments)]
    if section.notes:
        lines += ["", "Notes:", section.notes]
    if section.timeline:
        lines += ["", "Timeline:", *(f"  {t}" for t in section.timeline)]
    return "\n".join(lines) + "\n"
