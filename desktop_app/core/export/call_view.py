"""A call laid out for people to read: heading, fields, commitments, notes, timeline.

Markdown, the PDF and the read-only call viewer all show the same layout,
built here once. Times are shown in local time (or the zone given), written as the
``LocalFormats`` given say (ISO when none is); the field labels and fixed words
("Customer", "[open]", "due") go through its ``label``, English when none is given.
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
    label = formats.label
    state = label("[done]") if commitment.done else label("[open]")
    who = f" — {commitment.who}" if commitment.who else ""
    due = ""
    if commitment.due:
        due = ", " + label("due {when}").format(when=local_time(commitment.due, tz, formats))
    return mask_card_numbers(f"{state} {commitment.what}{who}{due}")


def mood_change(record: CallRecord, formats: LocalFormats = ISO_FORMATS) -> str:
    if record.mood_start is None and record.mood_end is None:
        return ""
    start = "?" if record.mood_start is None else str(record.mood_start)
    end = "?" if record.mood_end is None else str(record.mood_end)
    return f"{start} → {end} " + formats.label("(1 furious … 5 calm)")


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
    label = formats.label
    customer = record.customer
    who = customer.name or customer.phone or customer.account or label("Unknown")
    title = mask_card_numbers(f"{local_time(record.started_at, tz, formats)} — {who}")
    # (heading, value, is an identifier): identifiers are left as they are (a
    # long phone number may pass the card check by chance), free text is masked.
    rows = (
        (label("Customer"), customer.name, False),
        (label("Account"), customer.account, True),
        (label("Phone"), customer.phone, True),
        (label("Category"), record.category, False),
        (label("Outcome"), record.outcome, False),
        (label("Reason"), record.reason, False),
        (label("Resolution"), record.resolution, False),
        (label("Cause"), record.cause, False),
        (label("Mood"), mood_change(record, formats), False),
        (label("Duration"), duration(record, formats), False),
        (label("Agent"), record.agent, False),
        (label("Call id"), record.id, True),
    )
    return CallSection(
        title=title,
        fields=tuple(
            (heading, value if identifier else mask_card_numbers(value))
            for heading, value, identifier in rows
            if value
        ),
        commitments=tuple(commitment_text(c, tz, formats) for c in record.commitments),
        notes=mask_card_numbers(record.notes),
        timeline=tuple(
            readable_lines(
                record.started_at,
                record.timeline,
                (titles or Titles()).of(record.playbook_id, label),
            )
        ),
    )


def section_as_text(section: CallSection, formats: LocalFormats = ISO_FORMATS) -> str:
    """The section as plain text (the read-only viewer shows this); its headings
    in the language of ``formats``."""
    label = formats.label
    lines = [section.title, ""]
    lines += [f"{heading}: {value}" for heading, value in section.fields]
    if section.commitments:
        lines += ["", label("Commitments") + ":", *(f"  {c}" for c in section.commitments)]
    if section.notes:
        lines += ["", label("Notes") + ":", section.notes]
    if section.timeline:
        lines += ["", label("Timeline") + ":", *(f"  {t}" for t in section.timeline)]
    return "\n".join(lines) + "\n"
