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


def commitment_cells(commitments: list[Commitment]) -> tuple[str, str, str]:
    """The commitments, the number still open and the earliest open due time, in one pass.

    One line per commitment: ``[open]`` or ``[done]``, what, (who), due time.
    """
    if not commitments:
        return "", "0", ""
    lines = []
    still_open = 0
    earliest: datetime | None = None
    earliest_text = ""
    for commitment in commitments:
        due = commitment.due
        due_text = due.isoformat() if due is not None else ""
        if not commitment.done:
            still_open += 1
            if due is not None and (earliest is None or due < earliest):
                earliest, earliest_text = due, due_text
        # Masked part by part, not the whole line: the brackets, parentheses and
        # the word "due" already part any run of digits, and the due time's own
        # digits made masking the line cost more than all the rest of it.
        who = f" ({mask_card_numbers(commitment.who)})" if commitment.who else ""
        when = f" due {due_text}" if due_text else ""
        state = "done" if commitment.done else "open"
        lines.append(f"[{state}] {mask_card_numbers(commitment.what)}{who}{when}")
    return "\n".join(lines), str(still_open), earliest_text


def row_for(record: CallRecord) -> list[str]:
    """The call's cells in ``COLUMNS`` order, spreadsheet-safe, card numbers masked.

    A call read from the log and unchanged since brings its start, end and
    timeline as text, and spares the masking pass when its free text was found
    card-free on save (``SavedText``); any other call is formatted and masked
    here. A 100,000-call export makes nearly two million cells, so this stays
    plain and flat.
    """
    start = record.started_at
    customer = record.customer
    saved = record.saved
    if saved is not None and saved.unchanged(record):
        started, ended = saved.started_text, saved.ended_text
        timeline = saved.timeline_text
        if timeline is None:
            timeline = timeline_text(start, record.timeline)
        masked = not saved.card_free
    else:
        started, ended = start.isoformat(), iso(record.ended_at)
        if saved is not None and saved.timeline_left_out and saved.timeline_text is not None:
            timeline = saved.timeline_text  # the events were not read: the text stands for them
        else:
            timeline = timeline_text(start, record.timeline)
        masked = True
    name, reason, resolution, notes = customer.name, record.reason, record.resolution, record.notes
    if masked:
        name = mask_card_numbers(name)
        reason = mask_card_numbers(reason)
        resolution = mask_card_numbers(resolution)
        notes = mask_card_numbers(notes)
    promised, still_open, due = commitment_cells(record.commitments)
    row = [
        record.id,
        started,
        ended,
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
    ]
    # spreadsheet_safe, inline (a function call per cell was a tenth of the export)
    for index in _DEFUSED:
        cell = row[index]
        if cell and cell[0] in FORMULA_STARTS:
            row[index] = "'" + cell
    return row


#: Cells ``row_for`` makes itself, that start with a digit or "[" (ISO times,
#: counts, the timeline's "mm:ss", "[open]"/"[done]") or are empty.
_MADE_HERE = frozenset(
    {"started_at", "ended_at", "commitments", "open_commitments", "next_due", "timeline"}
)
#: Where the others are: text from people or the log (and moods, which could be
#: negative). A column added later is defused unless listed above.
_DEFUSED = tuple(index for index, name in enumerate(COLUMNS) if name not in _MADE_HERE)
