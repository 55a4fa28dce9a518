"""Follow-ups sorted into overdue, today and later."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from desktop_app.core.call import Commitment
from desktop_app.core.follow_ups import group_follow_ups
from desktop_app.store.base import FollowUp

NOW = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


def item(what: str, due: datetime | None, done: bool = False) -> FollowUp:
    return FollowUp("call", "Ann", "", Commitment(what, due=due, done=done))


def whats(items: list[FollowUp]) -> list[str]:
    return [i.commitment.what for i in items]


def test_groups_are_overdue_today_and_later_soonest_first() -> None:
    items = [
        item("next week", NOW + timedelta(days=7)),
        item("tonight", NOW + timedelta(hours=5)),
        item("this morning", NOW - timedelta(hours=5)),
        item("last week", NOW - timedelta(days=7)),
        item("in an hour", NOW + timedelta(hours=1)),
        item("tomorrow", NOW + timedelta(hours=10)),
        item("no date", None),
        item("done already", NOW - timedelta(hours=1), done=True),
    ]
    groups = group_follow_ups(items, NOW, UTC)
    assert whats(groups.overdue) == ["last week", "this morning"]
    assert whats(groups.today) == ["in an hour", "tonight"]
    assert whats(groups.later) == ["tomorrow", "next week"]
    assert len(groups) == 6


def test_today_is_the_agents_own_calendar_day() -> None:
    # 15:00 UTC is midnight in Tokyo: ten hours on is tomorrow in London, today in Tokyo.
    tokyo = timezone(timedelta(hours=9))
    items = [item("in ten hours", NOW + timedelta(hours=10))]
    assert whats(group_follow_ups(items, NOW, UTC).later) == ["in ten hours"]
    assert whats(group_follow_ups(items, NOW, tokyo).today) == ["in ten hours"]
