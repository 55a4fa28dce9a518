"""Calls from a phone program and from links: opened, offered while busy, rang/answered/ended."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.call import EventKind
from desktop_app.core.call_time import talk_time
from desktop_app.core.caller import Caller
from desktop_app.core.clock import FakeClock
from desktop_app.core.commands import CommandError, CommandRegistry
from desktop_app.core.timeline_text import timeline_text
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.effects import RecordedEffects
from desktop_app.desk.phone_calls import PhoneCalls
from desktop_app.desk.softphone import ANSWERED, ENDED, RINGING, PhoneEvent
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.unit.test_desk import BOOK

DANA = Caller(name="Dana Smith", phone="+15551234567", call_id="c1")
EVE = Caller(name="Eve Park", phone="+15550000002", call_id="c2")


@pytest.fixture
def log(tmp_path: Path) -> Iterator[SqliteCallLog]:
    call_log = SqliteCallLog(tmp_path / "calls.sqlite3")
    yield call_log
    call_log.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def effects() -> RecordedEffects:
    return RecordedEffects()


@pytest.fixture
def desk(log: SqliteCallLog, effects: RecordedEffects, clock: FakeClock) -> CallDesk:
    return CallDesk(BOOK, log, effects, agent="Sam", clock=clock, registry=CommandRegistry())


@pytest.fixture
def calls(desk: CallDesk) -> PhoneCalls:
    return PhoneCalls(desk, desk.registry)


def ring(calls: PhoneCalls, kind: str, caller: Caller = DANA) -> None:
    calls.phone(PhoneEvent(kind, caller.call_id, caller, "baresip"))


def kinds(desk: CallDesk) -> list[EventKind]:
    return [e.kind for e in desk.session.record.timeline]


def test_a_ringing_phone_opens_a_pre_filled_call_whose_timer_waits_for_the_answer(
    calls: PhoneCalls, desk: CallDesk, clock: FakeClock
) -> None:
    ring(calls, RINGING)
    record = desk.session.record
    assert (record.customer.name, record.customer.phone) == ("Dana Smith", "+15551234567")
    assert EventKind.RANG in kinds(desk)
    clock.advance(12)
    assert talk_time(record, clock.now()).state == "ringing"
    ring(calls, ANSWERED)
    clock.advance(30)
    assert talk_time(record, clock.now()).seconds == 30
    ring(calls, ENDED)
    clock.advance(60)
    # The timer stops at the hang-up; the agent is on the wrap-up (the last step).
    assert talk_time(record, clock.now()).seconds == 30
    assert desk.session.is_last_step
    saved = desk.save_call()
    assert [
        k for k in (e.kind for e in saved.timeline) if k.value in ("rang", "answered", "ended")
    ] == [
        EventKind.RANG,
        EventKind.ANSWERED,
        EventKind.ENDED,
    ]
    ended = next(e.at for e in saved.timeline if e.kind is EventKind.ENDED)
    assert saved.ended_at == ended  # the call ended when the phone hung up, not at saving


def test_the_log_keeps_and_exports_the_phone_moments(
    calls: PhoneCalls, desk: CallDesk, log: SqliteCallLog, clock: FakeClock
) -> None:
    ring(calls, RINGING)
    clock.advance(5)
    ring(calls, ANSWERED)
    clock.advance(65)
    ring(calls, ENDED)
    saved = desk.save_call()
    stored = log.get(saved.id)
    assert stored is not None
    assert [e.kind for e in stored.timeline] == [e.kind for e in saved.timeline]
    text = timeline_text(stored.started_at, stored.timeline)
    assert "00:00 rang listen baresip" in text
    assert "00:05 answered listen" in text
    assert "01:10 ended listen" in text


def test_a_second_ring_during_a_call_waits_and_never_replaces_it(
    calls: PhoneCalls, desk: CallDesk, effects: RecordedEffects, log: SqliteCallLog
) -> None:
    ring(calls, RINGING)
    ring(calls, ANSWERED)
    first = desk.session.record.id
    ring(calls, RINGING, EVE)
    assert desk.session.record.id == first
    assert [w.caller.name for w in calls.waiting] == ["Eve Park"]
    assert any("Call waiting: Eve Park" in w for w in effects.warnings)
    ring(calls, ANSWERED, EVE)  # answered on the phone while Dana's call is on screen
    assert calls.status()["waiting"][0]["state"] == "talking"
    assert desk.registry.run("take-call") == "call opened: Eve Park, +15550000002"
    # Dana's call was saved; Eve's carries its ring and answer.
    assert log.get(first) is not None
    assert desk.session.record.customer.name == "Eve Park"
    assert kinds(desk).count(EventKind.ANSWERED) == 1
    assert calls.waiting == []


def test_a_waiting_call_that_stops_ringing_is_a_missed_call(
    calls: PhoneCalls, desk: CallDesk, effects: RecordedEffects
) -> None:
    desk.set_field("notes", "Talking to someone already")
    ring(calls, RINGING, EVE)
    ring(calls, ENDED, EVE)
    assert calls.waiting == []
    assert "Missed call: Eve Park, +15550000002" in effects.notices
    with pytest.raises(CommandError, match="no call is waiting"):
        desk.registry.run("take-call")


def test_a_call_that_rang_out_untouched_is_dropped_and_the_window_is_ready(
    calls: PhoneCalls, desk: CallDesk, log: SqliteCallLog, effects: RecordedEffects
) -> None:
    ring(calls, RINGING)
    ring(calls, ENDED)
    assert desk.session.record.customer.is_empty()
    assert log.count() == 0
    assert "Missed call: Dana Smith, +15551234567" in effects.notices


def test_a_call_that_rang_out_with_notes_is_kept_for_wrap_up(
    calls: PhoneCalls, desk: CallDesk
) -> None:
    ring(calls, RINGING)
    desk.set_field("notes", "Left a message")
    ring(calls, ENDED)
    assert desk.session.record.notes == "Left a message"
    assert desk.session.is_last_step


def test_a_link_opens_a_call_with_its_category_reason_and_call_id(
    calls: PhoneCalls, desk: CallDesk
) -> None:
    answer = desk.registry.run(
        "offer-call",
        [
            "--name=Dana",
            "--phone=+1555",
            "--category=BILLING",
            "--reason=Charged twice",
            "--call-id=cc-9",
        ],
    )
    assert answer == "call opened: Dana, +1555"
    record = desk.session.record
    assert (record.category, record.reason) == ("billing", "Charged twice")
    pops = [e for e in record.timeline if e.kind is EventKind.SCREEN_POP]
    assert [e.detail for e in pops] == ["cc-9"]
    # No ring: the timer runs from the start.
    assert talk_time(record, desk.clock.now()).state == "talking"


def test_a_link_category_the_playbook_lacks_is_left_blank_with_a_word(
    calls: PhoneCalls, desk: CallDesk, effects: RecordedEffects
) -> None:
    desk.registry.run("offer-call", ["--name=Dana", "--category=Space travel"])
    assert desk.session.record.category == ""
    assert any("Space travel" in w and "left blank" in w for w in effects.warnings)


def test_offer_call_refuses_what_a_link_would(calls: PhoneCalls, desk: CallDesk) -> None:
    before = desk.session.record.id
    with pytest.raises(CommandError, match="is not a phone number"):
        desk.registry.run("offer-call", ["--phone=1; quit"])
    with pytest.raises(CommandError, match="unknown option --argv"):
        desk.registry.run("offer-call", ["--argv=quit"])
    assert desk.session.record.id == before


def test_phone_status_is_one_json_object(calls: PhoneCalls, desk: CallDesk) -> None:
    ring(calls, RINGING)
    status = json.loads(str(desk.registry.run("phone-status")))
    assert status["call"]["name"] == "Dana Smith"
    assert status["call"]["state"] == "ringing"
    assert status["call"]["on_phone"] is True
    assert status["waiting"] == []


def test_events_for_calls_calmline_never_saw_are_ignored(calls: PhoneCalls, desk: CallDesk) -> None:
    before = list(desk.session.record.timeline)
    ring(calls, ANSWERED)
    ring(calls, ENDED)
    assert desk.session.record.timeline == before
