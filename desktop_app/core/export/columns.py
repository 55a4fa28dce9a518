"""One call as one row of stable columns, for CSV (and anything tabular).

Commitments and the timeline are flattened to one line per item inside their
cell, so a spreadsheet shows them in one row per call and a script can split
them on newlines. Column names and order are part of the file format: add
new columns at the end, never rename.
"""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.call import CallRecord, Commitment, TimelineEvent
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


def elapsed(start: datetime, moment: datetime) -> str:
    """``mm:ss`` since the start of the call (``h:mm:ss`` past an hour)."""
    seconds = max(0, int((moment - start).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def timeline_line(start: datetime, event: TimelineEvent) -> str:
    parts = [elapsed(start, event.at), event.kind.value]
    if event.step_id:
        parts.append(event.step_id)
    if event.detail:
        parts.append(event.detail)
    return " ".join(parts)


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
        "\n".join(timeline_line(start, e) for e in record.timeline),
    ]
    return [spreadsheet_safe(cell) for cell in cells]
