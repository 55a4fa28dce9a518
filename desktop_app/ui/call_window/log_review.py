"""The drafted log entry shown on the last step, for review before saving."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.core.call import CallRecord, EventKind
from desktop_app.core.playbook import Playbook
from desktop_app.ui.call_window.notes_pane import describe_commitment, outcome_label


def _line(label: str, value: str) -> str:
    return f"{label}: {value}"


def draft_entry(record: CallRecord, playbook: Playbook) -> str:
    """Plain text: who, why, what was agreed, what was promised, how the call went."""
    translate = QCoreApplication.translate
    none = translate("LogReview", "(not filled in)")
    customer = record.customer
    who = " · ".join(p for p in (customer.name, customer.phone, customer.account) if p)
    outcome = outcome_label(record.outcome) if record.outcome else none
    lines = [
        _line(translate("LogReview", "Customer"), who or none),
        _line(translate("LogReview", "Category"), record.category or none),
        _line(translate("LogReview", "Reason"), record.reason or none),
        _line(translate("LogReview", "Resolution"), record.resolution or none),
        _line(translate("LogReview", "Outcome"), outcome),
    ]
    if record.cause:
        lines.append(_line(translate("LogReview", "Cause"), record.cause))
    if record.mood_start is not None:
        mood = f"{record.mood_start} → {_mood_now(record)}"
        lines.append(_line(translate("LogReview", "Mood"), mood))
    lines.extend(["", _line(translate("LogReview", "Promises"), "")])
    if record.commitments:
        lines.extend(f"  • {describe_commitment(c)}" for c in record.commitments)
    else:
        lines.append("  " + translate("LogReview", "none"))
    if record.notes.strip():
        lines.extend(["", _line(translate("LogReview", "Notes"), "")])
        lines.extend(f"  {line}" for line in record.notes.splitlines())
    lines.extend(["", _line(translate("LogReview", "Timeline"), ""), *_timeline(record, playbook)])
    return "\n".join(line.rstrip() for line in lines)


def _mood_now(record: CallRecord) -> str:
    for event in reversed(record.timeline):
        if event.kind in (EventKind.MOOD_CHANGED, EventKind.REESCALATED) and event.detail:
            return event.detail
    return str(record.mood_start)


def _timeline(record: CallRecord, playbook: Playbook) -> list[str]:
    translate = QCoreApplication.translate
    titles = {step.id: step.title for step in playbook.steps}
    situations = {s.id: s.title for s in playbook.situations}
    cards = {card.id: card.title for _owner, card in playbook.all_cards()}
    mood = translate("LogReview", "mood")
    # Redrawn on every change while the agent is on this step: the local zone
    # is looked up once, and times are formatted without strftime.
    local = datetime.now().astimezone().tzinfo
    lines: list[str] = []
    for event in record.timeline:
        when = event.at.astimezone(local)
        at = f"{when.hour:02d}:{when.minute:02d}:{when.second:02d}"
        step = titles.get(event.step_id or "", event.step_id or "")
        if event.kind is EventKind.STEP_ENTERED:
            lines.append(f"  {at}  {step}")
        elif event.kind is EventKind.CARD_USED:
            card = cards.get(event.detail, event.detail)
            lines.append(f"  {at}    " + _line(translate("LogReview", "card"), card))
        elif event.kind is EventKind.MOOD_CHANGED:
            lines.append(f"  {at}    {mood} {event.detail}")
        elif event.kind is EventKind.REESCALATED:
            flared = translate("LogReview", "flared up again")
            lines.append(f"  {at}    {flared} ({mood} {event.detail})")
        elif event.kind is EventKind.SITUATION_OPENED:
            title = situations.get(event.detail, event.detail)
            lines.append(f"  {at}    " + _line(translate("LogReview", "situation"), title))
    return lines
