"""One call as one row of stable columns, for CSV (and anything tabular).

Commitments and the timeline are flattened to one line per item inside their
cell, so a spreadsheet shows them in one row per call and a script can split
them on newlines. Column names and order are part of the file format: add
new columns at the end, never rename.

Written for a spreadsheet's default import: times are local date-times
``YYYY-MM-DD HH:MM:SS`` (which Excel and LibreOffice read as dates, and which
sort as text too) with the call's UTC offset in a column of its own; a phone
number, account or call id that a spreadsheet would turn into a number (or a
formula) starts with an invisible word joiner (U+2060), so "0033612345678"
stays as typed, without a visible quote.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from desktop_app.core.call import CallRecord, Commitment
from desktop_app.core.export.cards import mask_card_numbers
from desktop_app.core.saved_text import SavedText
from desktop_app.core.timeline_text import readable_from_saved, readable_text
from desktop_app.core.titles import Titles

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
    "utc_offset",
    "cause",
)

#: First characters that make a spreadsheet read a cell as a formula (or
#: strip them silently, for tab and carriage return).
FORMULA_STARTS = frozenset("=+-@\t\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` with a leading apostrophe when a spreadsheet would run it as a formula."""
    if cell and cell[0] in FORMULA_STARTS:
        return "'" + cell
    return cell


#: Put before an identifier a spreadsheet would read as a number, a date or a
#: formula: invisible, and it makes the cell text (a leading apostrophe shows).
WORD_JOINER = "\u2060"
#: What an identifier made only of these (and starting with a digit) may be
#: read as: a number ("0033612345678", "1e5", "12.50"), a date or a time.
_NUMBERISH = frozenset("0123456789 .,-/:()eE+")


def identifier_cell(value: str) -> str:
    """A phone number, account or call id as a spreadsheet keeps it: as typed."""
    if value and (
        value[0] in FORMULA_STARTS or (value[0] in "0123456789" and _NUMBERISH.issuperset(value))
    ):
        return WORD_JOINER + value
    return value


def local_text(moment: datetime | None, tz: tzinfo | None = None) -> str:
    """``YYYY-MM-DD HH:MM:SS`` in local time (or ``tz``): a date-time to a spreadsheet."""
    if moment is None:
        return ""
    return moment.astimezone(tz).isoformat(" ", "seconds")[:19]


def utc_offset(moment: datetime, tz: tzinfo | None = None) -> str:
    """The local (or ``tz``) offset from UTC at ``moment``, e.g. "UTC+01:00"."""
    return "UTC" + moment.astimezone(tz).isoformat(" ", "seconds")[19:]


def commitment_cells(
    commitments: list[Commitment], tz: tzinfo | None = None
) -> tuple[str, str, str]:
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
        due_text = local_text(due, tz)
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


def row_for(
    record: CallRecord,
    titles: Titles | None = None,
    tz: tzinfo | None = None,
    saved: SavedText | None = None,
) -> list[str]:
    """The call's cells in ``COLUMNS`` order, spreadsheet-safe, card numbers masked;
    the timeline in words, named by ``titles`` (see ``core.titles``); times in
    local time (or ``tz``).

    ``saved`` is what the log wrote beside the call when it saved it, handed
    over with the call as the log read it (``CallLog.iter_calls_for_csv``):
    its timeline text stands for the events (then not read), and card-free
    free text spares the masking pass. Without it the call is formatted and
    masked here. A 100,000-call export makes nearly two million cells, so this
    stays plain and flat.
    """
    start = record.started_at
    customer = record.customer
    words = (titles or _IDS_ONLY).of(record.playbook_id)
    # One conversion gives the local start and its offset from UTC.
    local_start = start.astimezone(tz).isoformat(" ", "seconds")
    started, offset = local_start[:19], "UTC" + local_start[19:]
    ended = local_text(record.ended_at, tz)
    if saved is not None and saved.timeline_text is not None:
        timeline = readable_from_saved(saved.timeline_text, words)
    else:
        timeline = readable_text(start, record.timeline, words)
    masked = saved is None or not saved.card_free
    name, reason, resolution, notes = customer.name, record.reason, record.resolution, record.notes
    cause = record.cause
    if masked:
        name = mask_card_numbers(name)
        reason = mask_card_numbers(reason)
        resolution = mask_card_numbers(resolution)
        notes = mask_card_numbers(notes)
        cause = mask_card_numbers(cause)
    promised, still_open, due = commitment_cells(record.commitments, tz)
    row = [
        identifier_cell(record.id),
        started,
        ended,
        record.agent,
        record.playbook_id,
        name,
        identifier_cell(customer.account),
        identifier_cell(customer.phone),
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
        offset,
        cause,
    ]
    # spreadsheet_safe, inline (a function call per cell was a tenth of the export)
    for index in _DEFUSED:
        cell = row[index]
        if cell and cell[0] in FORMULA_STARTS:
            row[index] = "'" + cell
    return row


#: The titles when none are given: ids, put in words once for every export.
_IDS_ONLY = Titles()

#: Cells ``row_for`` makes itself, that start with a digit, "[" or "UTC"
#: (times, counts, the timeline's "mm:ss", "[open]"/"[done]", the offset) or
#: are empty; and identifiers, made safe by ``identifier_cell``.
_MADE_HERE = frozenset(
    {
        "call_id",
        "started_at",
        "ended_at",
        "account",
        "phone",
        "commitments",
        "open_commitments",
        "next_due",
        "timeline",
        "utc_offset",
    }
)
#: Where the others are: text from people or the log (and moods, which could be
#: negative). A column added later is defused unless listed above.
_DEFUSED = tuple(index for index, name in enumerate(COLUMNS) if name not in _MADE_HERE)
