"""Follow-ups as .ics calendar entries, checked by parsing them back with icalendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from desktop_app.core.call import Commitment
from desktop_app.core.export.ics import write_ics
from desktop_app.store.base import FollowUp

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
BERLIN_DUE = datetime.fromisoformat("2026-01-06T15:30:00+01:00")


def follow_up(what: str = "Call back", due: datetime | None = BERLIN_DUE, **kw: object) -> FollowUp:
    commitment = Commitment(what, "Dana", due, id=f"id-{what[:4]}")
    for name, value in kw.items():
        setattr(commitment, name, value)
    return FollowUp("call-1", "Ann Adams", "+44 7700 900123", commitment)


def parse(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_each_dated_commitment_becomes_an_event_a_calendar_program_accepts(tmp_path: Path) -> None:
    out = tmp_path / "follow-ups.ics"
    items = [follow_up("Call back"), follow_up("Send letter"), follow_up("Undated", due=None)]
    assert write_ics(items, out, NOW) == 2
    calendar = parse(out)
    assert calendar["VERSION"] == "2.0"
    assert "Calmline" in str(calendar["PRODID"])
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert required in event, required
    first = events[0]
    start = first.decoded("DTSTART")
    assert start == datetime(2026, 1, 6, 14, 30, tzinfo=UTC)
    assert start.utcoffset() == timedelta(0)
    assert b"DTSTART:20260106T143000Z" in out.read_bytes()
    assert str(first["SUMMARY"]) == "Follow-up: Call back — Ann Adams"
    assert first.walk("VALARM"), "an open follow-up reminds at its due time"


def test_the_uid_is_the_same_on_every_export(tmp_path: Path) -> None:
    write_ics([follow_up()], tmp_path / "a.ics", NOW)
    write_ics([follow_up()], tmp_path / "b.ics", NOW + timedelta(days=3))
    uid_a = parse(tmp_path / "a.ics").walk("VEVENT")[0]["UID"]
    uid_b = parse(tmp_path / "b.ics").walk("VEVENT")[0]["UID"]
    assert uid_a == uid_b == "id-Call@calmline.follow-up"


def test_no_card_number_in_the_summary_or_description(tmp_path: Path) -> None:
    out = tmp_path / "f.ics"
    write_ics([follow_up("Refund to card 4111 1111 1111 1111")], out, NOW)
    assert b"4111" not in out.read_bytes()
    event = parse(out).walk("VEVENT")[0]
    assert "[card number removed]" in str(event["SUMMARY"])


def test_a_done_commitment_is_written_as_cancelled_so_reimporting_clears_it(
    tmp_path: Path,
) -> None:
    out = tmp_path / "f.ics"
    write_ics([follow_up(done=True)], out, NOW)
    event = parse(out).walk("VEVENT")[0]
    assert event["STATUS"] == "CANCELLED"
    assert not event.walk("VALARM")
