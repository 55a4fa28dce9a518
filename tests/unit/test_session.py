from __future__ import annotations

import pytest

from desktop_app.core.call import EventKind
from desktop_app.core.clock import FakeClock
from desktop_app.core.session import CallSession, SessionError
from tests.fakes import playbook


def kinds(session: CallSession) -> list[tuple[EventKind, str | None, str]]:
    return [(e.kind, e.step_id, e.detail) for e in session.record.timeline]


def test_a_new_call_starts_on_the_first_step_and_records_entering_it() -> None:
    session = CallSession(playbook("a", "b"), clock=FakeClock())
    assert session.current_step.id == "a"
    assert kinds(session) == [(EventKind.STEP_ENTERED, "a", "")]


def test_moving_records_leaving_and_entering_with_the_clock_time() -> None:
    clock = FakeClock()
    session = CallSession(playbook("a", "b", "c"), clock=clock)
    clock.advance(30)
    session.next_step()
    assert session.current_step.id == "b"
    left, entered = session.record.timeline[1:]
    assert (left.kind, left.step_id) == (EventKind.STEP_LEFT, "a")
    assert (entered.kind, entered.step_id) == (EventKind.STEP_ENTERED, "b")
    assert (entered.at - session.record.started_at).total_seconds() == 30


def test_next_on_the_last_step_and_previous_on_the_first_stay_put() -> None:
    session = CallSession(playbook("a", "b"))
    session.previous_step()
    assert session.current_index == 0
    session.go_to(1)
    session.next_step()
    assert session.current_index == 1
    assert len(session.record.timeline) == 3


def test_going_to_a_step_that_does_not_exist_names_the_count() -> None:
    session = CallSession(playbook("a", "b"))
    with pytest.raises(SessionError, match="no step 5; this playbook has 2"):
        session.go_to(4)


def test_the_third_use_of_a_card_sounds_repetitive() -> None:
    book = playbook("a")
    session = CallSession(book)
    card = book.steps[0].cards[0]
    uses = [session.use_card(card) for _ in range(3)]
    assert [u.sounds_repetitive for u in uses] == [False, False, True]
    assert session.times_used(card.id) == 3


def test_reescalation_returns_to_the_second_step_and_records_the_mood() -> None:
    session = CallSession(playbook("listen", "acknowledge", "ask", "resolve"))
    session.set_mood(3)
    session.go_to(3)
    session.reescalate(mood=1)
    assert session.current_step.id == "acknowledge"
    assert (EventKind.REESCALATED, "resolve", "1") in kinds(session)
    assert session.mood == 1


def test_mood_outside_one_to_five_is_refused() -> None:
    session = CallSession(playbook("a"))
    with pytest.raises(SessionError, match="1 to 5"):
        session.set_mood(7)


def test_a_finished_call_refuses_further_changes() -> None:
    clock = FakeClock()
    session = CallSession(playbook("a", "b"), clock=clock)
    session.set_mood(2)
    clock.advance(60)
    record = session.finish()
    assert record.ended_at == clock.now()
    assert record.mood_start == 2 and record.mood_end == 2
    with pytest.raises(SessionError, match="already saved"):
        session.next_step()


def test_listeners_hear_each_change() -> None:
    session = CallSession(playbook("a", "b"))
    heard: list[str] = []
    session.subscribe(lambda _s, what: heard.append(what))
    session.next_step()
    session.set_mood(4)
    session.open_situation("abusive")
    assert heard == ["step", "mood", "situation"]


def test_every_call_gets_its_own_version_4_id() -> None:
    import uuid
    from datetime import UTC, datetime

    from desktop_app.core.call import CallRecord

    ids = {CallRecord(datetime.now(UTC)).id for _ in range(200)}
    assert len(ids) == 200
    for text in ids:
        parsed = uuid.UUID(hex=text)
        assert parsed.hex == text  # 32 lowercase hex digits, as uuid4().hex
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
