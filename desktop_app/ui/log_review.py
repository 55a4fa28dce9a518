"""The drafted log entry shown on the last step, for review before saving."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from desktop_app.core.call import CallRecord, EventKind
from desktop_app.core.playbook import Playbook
from desktop_app.ui.notes_pane import describe_commitment, outcome_label


def _t(text: str) -> str:
    return QCoreApplication.translate("LogReview", text)


def draft_entry(record: CallRecord, playbook: Playbook) -> str:
    """Plain text: who, why, what was agreed, what was promised, how the call went."""
    none = _t("(not filled in)")
    customer = record.customer
    who = " · ".join(p for p in (customer.name, customer.phone, customer.account) if p)
    lines = [
        f"{_t('Customer')}: {who or none}",
        f"{_t('Category')}: {record.category or none}",
        f"{_t('Reason')}: {record.reason or none}",
        f"{_t('Resolution')}: {record.resolution or none}",
        f"{_t('Outcome')}: {outcome_label(record.outcome) if record.outcome else none}",
    ]
    mood_start = record.mood_start
    mood_now = _mood_now(record)
    if mood_start is not None:
        lines.append(f"{_t('Mood')}: {mood_start} → {mood_now}")
    lines.append("")
    lines.append(f"{_t('Promises')}:")
    if record.commitments:
        lines.extend(f"  • {describe_commitment(c)}" for c in record.commitments)
    else:
        lines.append(f"  {_t('none')}")
    if record.notes.strip():
        lines.extend(["", f"{_t('Notes')}:", *(f"  {line}" for line in record.notes.splitlines())])
    lines.extend(["", f"{_t('Timeline')}:", *_timeline(record, playbook)])
    return "\n".join(lines)


def _mood_now(record: CallRecord) -> str:
    for event in reversed(record.timeline):
        if event.kind in (EventKind.MOOD_CHANGED, EventKind.REESCALATED) and event.detail:
            return event.detail
    return str(record.mood_start)


def _timeline(record: CallRecord, playbook: Playbook) -> list[str]:
    titles = {step.id: step.title for step in playbook.steps}
    situations = {s.id: s.title for s in playbook.situations}
    cards = {card.id: card.title for _owner, card in playbook.all_cards()}
    lines: list[str] = []
    used: Counter[str] = Counter()
    for event in record.timeline:
        at = event.at.astimezone().strftime("%H:%M:%S")
        step = titles.get(event.step_id or "", event.step_id or "")
        if event.kind is EventKind.STEP_ENTERED:
            lines.append(f"  {at}  {step}")
        elif event.kind is EventKind.CARD_USED:
            used[event.detail] += 1
            lines.append(f"  {at}    {_t('card')}: {cards.get(event.detail, event.detail)}")
        elif event.kind is EventKind.MOOD_CHANGED:
            lines.append(f"  {at}    {_t('mood')} {event.detail}")
        elif event.kind is EventKind.REESCALATED:
            lines.append(f"  {at}    {_t('flared up again')} ({_t('mood')} {event.detail})")
        elif event.kind is EventKind.SITUATION_OPENED:
            title = situations.get(event.detail, event.detail)
            lines.append(f"  {at}    {_t('situation')}: {title}")
    return lines
