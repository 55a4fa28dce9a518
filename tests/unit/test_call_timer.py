"""The call timer measures calls, never the time between them.

A call starts on purpose (new-call, a ring, a restore) or with the agent's
first action on the waiting call after a save; it stops when it is saved.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.call_time import NO_CALL, RINGING, TALKING, TalkTime, talk_time
from desktop_app.core.clock import FakeClock
from desktop_app.core.commands import CommandRegistry
from desktop_app.desk.desk import CallDesk, UnfinishedCall
from desktop_app.desk.effects import RecordedEffects
from desktop_app.desk.phone_calls import PhoneCalls
from desktop_app.desk.softphone import ANSWERED, PhoneEvent
from desktop_app.desk.softphone import RINGING as PHONE_RINGING
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.unit.test_desk import BOOK
from tests.unit.test_phone_calls import DANA


@pytest.fixture
def log(tmp_path: Path) -> Iterator[SqliteCallLog]:
    call_log = SqliteCallLog(tmp_path / "calls.sqlite3")
    yield call_log
    call_log.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def desk(log: SqliteCallLog, clock: FakeClock) -> CallDesk:
    return CallDesk(BOOK, log, RecordedEffects(), agent="Sam", clock=clock)


def timer(desk: CallDesk) -> TalkTime:
    """What the window's timer reads now."""
    session = desk.session
    return talk_time(session.record, desk.clock.now(), begun=session.begun)


def test_before_the_first_call_the_timer_has_nothing_to_count(
    desk: CallDesk, clock: FakeClock
) -> None:
    clock.advance(24)
    assert timer(desk) == TalkTime(NO_CALL, 0)


def test_a_new_call_counts_from_its_start_and_the_idle_time_after_a_save_from_nowhere(
    desk: CallDesk, clock: FakeClock
) -> None:
    clock.advance(40)  # idle before the first call
    desk.registry.run("new-call")
    clock.advance(90)
    assert timer(desk) == TalkTime(TALKING, 90)
    saved = desk.save_call()
    assert (saved.ended_at - saved.started_at).total_seconds() == 90  # type: ignore[operator]
    clock.advance(57)  # idle between calls
    assert timer(desk) == TalkTime(NO_CALL, 0)


def test_a_call_begun_by_typing_after_a_save_starts_at_the_first_action(
    desk: CallDesk, clock: FakeClock
) -> None:
    desk.registry.run("new-call")
    desk.set_field("name", "Ann")
    desk.save_call()
    clock.advance(300)  # five idle minutes, no new-call
    first_action = clock.now()
    desk.set_field("notes", "Charged twice")
    clock.advance(12)
    assert timer(desk) == TalkTime(TALKING, 12)
    record = desk.save_call()
    assert record.started_at == first_action
    assert record.timeline[0].at == first_action  # the first step was entered then too
    assert (record.ended_at - record.started_at).total_seconds() == 12  # type: ignore[operator]


@pytest.mark.parametrize(
    "action",
    [
        lambda desk: desk.registry.run("next-step"),
        lambda desk: desk.registry.run("use-card", ["2"]),
        lambda desk: desk.registry.run("mood-angrier"),
        lambda desk: desk.registry.run("open-situation", ["1"]),
        lambda desk: desk.add_commitment("Call back"),
    ],
    ids=["step", "card", "mood", "situation", "promise"],
)
def test_any_first_action_on_the_waiting_call_starts_its_clock(
    desk: CallDesk, clock: FakeClock, action: object
) -> None:
    clock.advance(600)
    assert not desk.session.begun
    started = clock.now()
    action(desk)  # type: ignore[operator]
    assert desk.session.begun
    assert desk.session.record.started_at == started
    clock.advance(5)
    assert timer(desk) == TalkTime(TALKING, 5)


def test_a_ring_starts_the_call_and_the_answer_starts_the_talking(
    desk: CallDesk, clock: FakeClock
) -> None:
    calls = PhoneCalls(desk, CommandRegistry())
    clock.advance(100)
    calls.phone(PhoneEvent(PHONE_RINGING, DANA.call_id, DANA, "baresip"))
    clock.advance(8)
    assert timer(desk) == TalkTime(RINGING, 0)
    calls.phone(PhoneEvent(ANSWERED, DANA.call_id, DANA, "baresip"))
    clock.advance(30)
    assert timer(desk) == TalkTime(TALKING, 30)
    assert calls.status()["call"]["state"] == TALKING


def test_a_restored_call_runs_from_its_own_start(desk: CallDesk, clock: FakeClock) -> None:
    desk.registry.run("new-call", ["--name=Bob"])
    record, step = desk.draft()  # type: ignore[misc]
    began = record.started_at
    clock.advance(45)
    desk.offer_unfinished(UnfinishedCall(record, step))
    desk.discard_call()  # what is on screen meanwhile: no call
    assert timer(desk).state == NO_CALL
    desk.carry_on_unfinished()
    assert desk.session.begun and desk.session.record.started_at == began
    assert timer(desk) == TalkTime(TALKING, 45)


def test_the_phone_status_says_no_call_while_idle(desk: CallDesk, clock: FakeClock) -> None:
    calls = PhoneCalls(desk, CommandRegistry())
    clock.advance(30)
    call = calls.status()["call"]
    assert (call["state"], call["talk_seconds"]) == (NO_CALL, 0)
