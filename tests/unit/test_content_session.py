"""Swapping in changed content mid-call: the call keeps everything it had."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.core.call import EventKind
from desktop_app.core.clock import FakeClock
from desktop_app.core.session import CallSession, SessionError
from tests.fakes import card, playbook


def test_the_call_stays_on_the_same_step_and_keeps_its_record() -> None:
    session = CallSession(playbook("a", "b", "c"), clock=FakeClock())
    session.go_to_step("b")
    session.use_card(session.current_step.cards[0])
    session.record.notes = "typed during the call"
    record, events = session.record, list(session.record.timeline)
    seen: list[str] = []
    session.subscribe(lambda _s, what: seen.append(what))

    changed = playbook("new", "a", "b", "c")
    session.replace_playbook(changed)

    assert session.playbook is changed
    assert session.current_step.id == "b"
    assert session.current_index == 2
    assert session.record is record
    assert session.record.timeline == events
    assert session.record.notes == "typed during the call"
    assert session.times_used("b-1") == 1
    assert seen == ["playbook"]


def test_a_changed_card_is_what_the_step_shows_now() -> None:
    session = CallSession(playbook("a", "b"))
    book = session.playbook
    step = dataclasses.replace(book.steps[0], cards=(card("a-1", "New words."),))
    session.replace_playbook(dataclasses.replace(book, steps=(step, book.steps[1])))
    assert session.current_step.cards[0].text == "New words."


def test_when_the_step_vanished_the_nearest_position_is_used_and_logged() -> None:
    session = CallSession(playbook("a", "b", "c"), clock=FakeClock())
    session.go_to_step("c")
    session.replace_playbook(playbook("a", "b"))
    assert session.current_step.id == "b"
    assert [(e.kind, e.step_id) for e in session.record.timeline[-2:]] == [
        (EventKind.STEP_LEFT, "c"),
        (EventKind.STEP_ENTERED, "b"),
    ]


def test_the_same_position_is_kept_when_it_still_exists() -> None:
    session = CallSession(playbook("a", "b", "c"))
    session.go_to_step("b")
    session.replace_playbook(playbook("x", "y", "z"))
    assert session.current_step.id == "y"


def test_a_playbook_without_steps_is_refused_and_nothing_changes() -> None:
    session = CallSession(playbook("a", "b"))
    before = session.playbook
    with pytest.raises(SessionError):
        session.replace_playbook(dataclasses.replace(before, steps=()))
    assert session.playbook is before


def test_a_finished_call_gets_the_new_content_but_its_record_is_left_alone() -> None:
    session = CallSession(playbook("a", "b"), clock=FakeClock())
    record = session.finish()
    events = list(record.timeline)
    session.replace_playbook(playbook("z"))
    assert record.timeline == events
    assert record.playbook_id == "test-book"
