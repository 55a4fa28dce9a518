"""One call as one row of stable columns, for CSV (and anything tabular).

Commitments and the timeline are flattened to one line per item inside their
cell, so a spreadsheet shows them in one row per call and a script can split
them on newlines. Column names and order are part of the file format: add
new columns at the end, never rename.
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.call import CallRecord, Commitment
from desktop_app.core.export.cards import mask_card_numbers
from desktop_app.core.timeline_text import timeline_text

COLUMNS: tuple[str, ...] = (
    "call_id",
    "started_at",
    "ended_at",
    "agent",
    "playbook",
    "customer_name",
    "account",
    "phone",
    "category",
    "reason",
    "resolution",
    "outcome",
    "mood_start",
    "mood_end",
    "commitments",
    "open_commitments",
    "next_due",
    "notes",
    "timeline",
)

#: First characters that make a spreadsheet read a cell as a formula (or
#: strip them silently, for tab and carriage return).
FORMULA_STARTS = frozenset("=+-@\t\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` with a leading apostrophe when a spreadsheet would run it as a formula."""
    if cell and cell[0] in FORMULA_STARTS:
        return "'" + cell
    return cell


def iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment is not None else ""


def commitment_line(commitment: Commitment) -> str:
    state = "done" if commitment.done else "open"
    who = f" ({commitment.who})" if commitment.who else ""
    due = f" due {commitment.due.isoformat()}" if commitment.due else ""
    return mask_card_numbers(f"[{state}] {commitment.what}{who}{due}")


def next_due(record: CallRecord) -> datetime | None:
    dues = [c.due for c in record.commitments if c.due is not None and not c.done]
    return min(dues) if dues else None


def row_for(record: CallRecord) -> list[str]:
    """The call's cells in ``COLUMNS`` order, spreadsheet-safe, card numbers masked.

    A call read from the log brings its timeline text and, when its free text
    was found card-free on save and is unchanged, spares the masking pass
    (``SavedText``); anything else is formatted and masked here. A 100,000-call
    export makes nearly two million cells, so this stays plain and flat.
    """
    start = record.started_at
    customer = record.customer
    saved = record.saved
    timeline = None if saved is None else saved.timeline_for(record)
    if timeline is None:
        timeline = timeline_text(start, record.timeline)
    if saved is not None and saved.is_card_free(record):
        name, reason, resolution, notes = (
            customer.name,
            record.reason,
            record.resolution,
            record.notes,
        )
    else:
        name = mask_card_numbers(customer.name)
        reason = mask_card_numbers(record.reason)
        resolution = mask_card_numbers(record.resolution)
        notes = mask_card_numbers(record.notes)
    commitments = record.commitments
    if commitments:
        promised = "\n".join(commitment_line(c) for c in commitments)
        still_open = str(sum(1 for c in commitments if not c.done))
        due = iso(next_due(record))
    else:
        promised, still_open, due = "", "0", ""
    ended = record.ended_at
    cells = (
        record.id,
        start.isoformat(),
        "" if ended is None else ended.isoformat(),
        record.agent,
        record.playbook_id,
        name,
        customer.account,
        customer.phone,
        record.category,
        reason,
        resolution,
        record.outcome,
        "" if record.mood_start is None else str(record.mood_start),
        "" if record.mood_end is None else str(record.mood_end),
        promised,
        still_open,
        due,
        notes,
        timeline,
    )
    # spreadsheet_safe, inline: a function call per cell was a tenth of the export
    return [cell if cell[:1] not in FORMULA_STARTS else "'" + cell for cell in cells]
