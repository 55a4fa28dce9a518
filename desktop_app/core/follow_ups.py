"""Follow-ups: commitments sorted into overdue, due today and later.

Plain Python over anything shaped like the log's ``FollowUp`` (a call id, a
customer and a commitment), so the list widget and the calendar export agree
on what is overdue. What falls due while Calmline runs is asked of the log
(``follow_ups_falling_due``), which holds every commitment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Generic, Protocol, TypeVar

from desktop_app.core.call import Commitment


class FollowUpLike(Protocol):
    @property
    def call_id(self) -> str: ...

    @property
    def customer_name(self) -> str: ...

    @property
    def phone(self) -> str: ...

    @property
    def commitment(self) -> Commitment: ...


T = TypeVar("T", bound=FollowUpLike)


@dataclass(slots=True)
class FollowUpGroups(Generic[T]):
    """Open commitments with a due time, sorted into overdue, due today and later."""

    overdue: list[T] = field(default_factory=list)
    today: list[T] = field(default_factory=list)
    later: list[T] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.later)


def group_follow_ups(
    items: Iterable[T], now: datetime, tz: tzinfo | None = None
) -> FollowUpGroups[T]:
    """Open commitments with a due time, soonest first in each group.

    "Today" is the rest of the calendar day in the agent's zone (``tz``, the
    system's by default); what is past due is overdue, whatever the day.
    """
    local_now = now.astimezone(tz)
    end_of_today = local_now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    groups: FollowUpGroups[T] = FollowUpGroups()
    dated = [i for i in items if i.commitment.due is not None and not i.commitment.done]
    for item in sorted(dated, key=_due):
        due = _due(item)
        if due <= now:
            groups.overdue.append(item)
        elif due < end_of_today:
            groups.today.append(item)
        else:
            groups.later.append(item)
    return groups


def _due(item: FollowUpLike) -> datetime:
    assert item.commitment.due is not None
    return item.commitment.due
