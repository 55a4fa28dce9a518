"""What the call log wrote beside a call when it saved it, for the CSV export.

The log keeps, next to each call, its timeline as text and whether the free
text had any card number for the export to mask; a CSV export reads these
instead of the timeline's events and spares the masking pass. They come from
the store with the call (``CallLog.iter_calls_for_csv``) and go straight to the
writer: the call record itself holds nothing about how a store keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.call import CallRecord


@dataclass(frozen=True, slots=True)
class SavedText:
    """What the log saved beside one call."""

    #: the timeline as ``core.timeline_text`` writes it, or None for a call
    #: saved before the log kept it (its events are then read instead)
    timeline_text: str | None
    #: True when ``core.card_mask`` found nothing to mask in ``free_text_of`` on save
    card_free: bool


def free_text_of(record: CallRecord) -> tuple[str, ...]:
    """The free text every export masks card numbers in: customer name, reason,
    resolution, cause, notes (commitments are masked line by line)."""
    return (record.customer.name, record.reason, record.resolution, record.cause, record.notes)
