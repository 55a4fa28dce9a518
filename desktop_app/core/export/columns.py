"""One call as one row of stable columns, for CSV (and anything tabular).

Commitments and the timeline are flattened to one line per item inside their
cell, so a spreadsheet shows them in one row per call and a script can split
them on newlines. Column names and order are part of the file format: add
new columns at the end, never rename.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from desktop_app.core.call import CallRecord, Commitment, EventKind, TimelineEvent
from desktop_app.core.export.cards import mask_card_numbers

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


def timeline_lines(start: datetime, events: Iterable[TimelineEvent]) -> list[str]:
    """One line per event: ``mm:ss`` since the call started (``h:mm:ss`` past an
    hour), the kind, the step and the detail. Written for speed: a 100,000-call
    export formats well over a million of these."""
    lines = []
    for event in events:
        seconds = (event.at - start).total_seconds()
        if seconds < 3600:
            stamp = _STAMPS[int(seconds)] if seconds > 0 else "00:00"
        else:
            minutes, secs = divmod(int(seconds), 60)
            stamp = f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"
        line = f"{stamp} {_KINDS[event.kind]}"
        if event.step_id:
            line = f"{line} {event.step_id}"
        if event.detail:
            line = f"{line} {event.detail}"
        lines.append(line)
    return lines


_KINDS = {kind: kind.value for kind in EventKind}
#: "mm:ss" for every second of the first hour, made once.
_STAMPS = tuple(f"{s // 60:02d}:{s % 60:02d}" for s in range(3600))


def next_due(record: CallRecord) -> datetime | None:
    dues = [c.due for c in record.commitments if c.due is not None and not c.done]
    return min(dues) if dues else None


def row_for(record: CallRecord) -> list[str]:
    """The call's cells in ``COLUMNS`` order, spreadsheet-safe, card numbers masked."""
    start = record.started_at
    cells = [
        record.id,
        start.isoformat(),
        iso(record.ended_at),
        record.agent,
        record.playbook_id,
        mask_card_numbers(record.customer.name),
        record.customer.account,
        record.customer.phone,
        record.category,
        mask_card_numbers(record.reason),
        mask_card_numbers(record.resolution),
        record.outcome,
        "" if record.mood_start is None else str(record.mood_start),
        "" if record.mood_end is None else str(record.mood_end),
        "\n".join(commitment_line(c) for c in record.commitments),
        str(sum(1 for c in record.commitments if not c.done)),
        iso(next_due(record)),
        mask_card_numbers(record.notes),
        "\n".join(timeline_lines(start, record.timeline)),
    ]
    return [spreadsheet_safe(cell) for cell in cells]
