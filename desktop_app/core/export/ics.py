"""Follow-ups as iCalendar (.ics) entries, through the icalendar library.

One VEVENT per commitment with a due time, so every calendar program imports
it (many ignore VTODO). The UID is derived from the commitment's id and so
stays the same on every export: importing again updates the entry instead of
duplicating it. Times are written in UTC. Card numbers never reach the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import APP_NAME, __version__
from desktop_app.core.export.cards import mask_card_numbers
from desktop_app.core.export.target import atomic_path
from desktop_app.core.follow_ups import FollowUpLike

if TYPE_CHECKING:
    from icalendar import Calendar

#: How long the calendar entry lasts; a reminder slot, not a meeting.
ENTRY_LENGTH = timedelta(minutes=15)
UID_DOMAIN = "calmline.follow-up"


def follow_up_uid(item: FollowUpLike) -> str:
    return f"{item.commitment.id}@{UID_DOMAIN}"


def follow_up_summary(item: FollowUpLike) -> str:
    who = item.customer_name or item.phone
    text = f"Follow-up: {item.commitment.what}" + (f" — {who}" if who else "")
    return mask_card_numbers(text)


def follow_ups_calendar(items: Iterable[FollowUpLike], now: datetime) -> tuple[Calendar, int]:
    """A calendar with one event per dated commitment in ``items``; and how many."""
    # Imported here: the library takes about 0.1 s to import, and the window
    # loads this module (for follow-up summaries) on every start.
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    count = 0
    for item in items:
        commitment = item.commitment
        if commitment.due is None:
            continue
        due = commitment.due.astimezone(UTC)
        event = Event()
        event.add("uid", follow_up_uid(item))
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", due)
        event.add("duration", ENTRY_LENGTH)
        event.add("summary", follow_up_summary(item))
        details = [
            f"Promised: {commitment.what}",
            f"By: {commitment.who}" if commitment.who else "",
            f"Customer: {item.customer_name}" if item.customer_name else "",
            f"Phone: {item.phone}" if item.phone else "",
            f"Call: {item.call_id}",
        ]
        event.add("description", mask_card_numbers("\n".join(d for d in details if d)))
        event.add("status", "CANCELLED" if commitment.done else "CONFIRMED")
        if not commitment.done:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", follow_up_summary(item))
            alarm.add("trigger", timedelta(0))
            event.add_component(alarm)
        calendar.add_component(event)
        count += 1
    return calendar, count


def write_ics(items: Iterable[FollowUpLike], path: Path, now: datetime) -> int:
    """Write the calendar atomically; returns how many entries it holds."""
    calendar, count = follow_ups_calendar(items, now)
    with atomic_path(path) as tmp:
        tmp.write_bytes(calendar.to_ical())
    return count
