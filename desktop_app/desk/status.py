"""``calmline ctl status``: the window's state as one JSON object, for scripts and tests.

What the agent sees (step, situation, mood, the call in progress, last
time's unfinished call while it is offered) and what
is safe on disk (the draft, calls still waiting to be written), so that a
script or a test asks the window instead of reading its database. The call's
fields are redacted as the log redacts them: the answer may end up in a
script's own log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.core.redaction import redact_record

if TYPE_CHECKING:
    from desktop_app.core.call import CallRecord
    from desktop_app.core.playbook import Situation
    from desktop_app.core.session import CallSession


class OfferedCall(Protocol):
    """Last time's unfinished call while it is offered (``desk.UnfinishedCall``)."""

    @property
    def record(self) -> CallRecord: ...

    @property
    def step_index(self) -> int: ...


class DeskState(Protocol):
    """What ``status`` reads of the desk (``desk.CallDesk``), named here so the
    desk can import this module without this module importing the desk."""

    @property
    def session(self) -> CallSession: ...

    @property
    def situation(self) -> Situation | None: ...

    @property
    def unfinished(self) -> OfferedCall | None: ...

    @property
    def status_parts(self) -> dict[str, Callable[[], object]]: ...

    def has_unsaved_work(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class DraftState:
    """What the autosave knows of the call in progress on disk."""

    #: the id of the call whose draft the log holds now ("" when none)
    on_disk_call_id: str = ""
    #: when the last draft was written (this run), or None
    written_at: datetime | None = None
    #: a draft is on its way to disk
    writing: bool = False
    #: the last write failed; it is retried
    failing: bool = False


class DurabilityState(Protocol):
    """Whoever keeps the call safe on disk (the window's autosave and retries)."""

    def draft_state(self) -> DraftState: ...

    def calls_waiting(self) -> int:
        """Saved calls kept in memory because the disk refused them."""
        ...

    def write_problem(self) -> str:
        """Why writing fails now, or ""."""
        ...


def status(desk: DeskState, durability: DurabilityState | None) -> dict[str, Any]:
    session = desk.session
    record = redact_record(session.record)[0]
    step = session.current_step
    situation = desk.situation
    draft = durability.draft_state() if durability is not None else DraftState()
    return {
        "step": {
            "number": session.current_index + 1,
            "of": len(session.playbook.steps),
            "id": step.id,
            "title": step.title,
        },
        "situation": None if situation is None else {"id": situation.id, "title": situation.title},
        "mood": session.mood,
        "call": {
            "id": record.id,
            "started_at": record.started_at.isoformat(),
            "unsaved_work": desk.has_unsaved_work(),
            "name": record.customer.name,
            "phone": record.customer.phone,
            "account": record.customer.account,
            "category": record.category,
            "reason": record.reason,
            "resolution": record.resolution,
            "outcome": record.outcome,
            "cause": record.cause,
            "notes": record.notes,
            "commitments": len(record.commitments),
        },
        "draft": {
            "on_disk": bool(draft.on_disk_call_id) and draft.on_disk_call_id == record.id,
            "written_at": draft.written_at.isoformat() if draft.written_at else None,
            "writing": draft.writing,
            "failing": draft.failing,
        },
        "unfinished_call": _unfinished(desk),
        "calls_waiting": durability.calls_waiting() if durability is not None else 0,
        "write_problem": durability.write_problem() if durability is not None else "",
        **{name: part() for name, part in desk.status_parts.items()},
    }


def _unfinished(desk: DeskState) -> dict[str, Any] | None:
    """Last time's unfinished call while it is offered, as the offer shows it."""
    if desk.unfinished is None:
        return None
    record = redact_record(desk.unfinished.record)[0]
    return {
        "id": record.id,
        "started_at": record.started_at.isoformat(),
        "step": desk.unfinished.step_index + 1,
        "name": record.customer.name,
        "phone": record.customer.phone,
        "account": record.customer.account,
        "notes": record.notes,
    }
