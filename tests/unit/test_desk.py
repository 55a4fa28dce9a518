from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.call import CallRecord, Customer, EventKind
from desktop_app.core.clock import FakeClock
from desktop_app.core.commands import CommandError
from desktop_app.core.playbook import PhraseCard, Playbook, Situation, Step
from desktop_app.desk.desk import (
    MOOD_UNKNOWN_START,
    CallDesk,
    UnfinishedCall,
    mood_after_flare_up,
)
from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.sqlite_log import SqliteCallLog

GREETING = PhraseCard(
    "greet", "Greet", "Hello {customer_name}, this is {agent_name} from {company}."
)
PLAIN = PhraseCard("plain", "Plain", "I hear you.")
BOOK = Playbook(
    id="book",
    name="Book",
    language="en",
    steps=(
        Step("listen", "Listen", "Let them talk", cards=(GREETING, PLAIN)),
        Step("acknowledge", "Acknowledge", "Name the feeling", cards=(PLAIN,)),
        Step("log", "Log", "Write it down"),
    ),
    situations=(
        Situation(
            "abusive", "Abusive caller", (PhraseCard("warn", "Warn", "Let's keep it civil."),)
        ),
        Situation("threat", "Threat to sue", (PhraseCard("legal", "Legal", "I hear you."),)),
    ),
    categories=("billing", "other"),
    reescalate_to="acknowledge",
)


@pytest.fixture
def log(tmp_path: Path) -> Iterator[SqliteCallLog]:
    call_log = SqliteCallLog(tmp_path / "calls.sqlite3")
    yield call_log
    call_log.close()


@pytest.fixture
def effects() -> RecordedEffects:
    return RecordedEffects()


@pytest.fixture
def desk(log: SqliteCallLog, effects: RecordedEffects) -> CallDesk:
    return CallDesk(BOOK, log, effects, agent="Sam", company="Acme", clock=FakeClock())


def test_a_card_is_copied_with_its_placeholders_filled(
    desk: CallDesk, effects: RecordedEffects
) -> None:
    desk.registry.run_line("new-call --name 'Dana Reyes'")
    desk.registry.run_line("use-card 1")
    assert effects.copied == ["Hello Dana Reyes, this is Sam from Acme."]
    assert effects.notices[-1] == "Copied: Greet"
    card_events = [e for e in desk.session.record.timeline if e.kind is EventKind.CARD_USED]
    assert [(e.step_id, e.detail) for e in card_events] == [("listen", "greet")]


def test_a_missing_value_is_asked_for_and_never_pasted_raw(
    desk: CallDesk, effects: RecordedEffects
) -> None:
    result = desk.registry.run_line("use-card 1")
    assert result == "waiting for a value the card needs"
    assert effects.copied == []
    assert effects.questions[-1].names == ("customer_name",)
    assert not any(e.kind is EventKind.CARD_USED for e in desk.session.record.timeline)


def test_an_answer_fills_the_card_and_the_notes(desk: CallDesk, effects: RecordedEffects) -> None:
    effects.answers["customer_name"] = "Lee"
    desk.registry.run_line("use-card 1")
    assert effects.copied == ["Hello Lee, this is Sam from Acme."]
    assert desk.session.record.customer.name == "Lee"


def test_third_use_of_a_card_warns_gently(desk: CallDesk, effects: RecordedEffects) -> None:
    for _ in range(3):
        desk.registry.run_line("use-card 2")
    assert len(effects.copied) == 3
    assert effects.warnings == [
        "“Plain” used 3 times this call: say it in your own words this time"
    ]


def test_situations_by_number_or_id_and_their_cards(
    desk: CallDesk, effects: RecordedEffects
) -> None:
    assert desk.registry.run_line("open-situation 2") == "Threat to sue"
    assert desk.situation is not None and desk.situation.id == "threat"
    desk.registry.run_line("use-card 1")
    assert effects.copied == ["I hear you."]
    desk.registry.run_line("open-situation abusive")
    assert desk.visible_cards()[0].id == "warn"
    desk.registry.run_line("next-step")
    assert desk.situation is None  # moving on leaves the situation
    with pytest.raises(CommandError, match="no situation 3"):
        desk.registry.run_line("open-situation 3")
    with pytest.raises(CommandError, match="known: abusive, threat"):
        desk.registry.run_line("open-situation fire")


def test_reescalation_goes_back_one_step_angrier_and_says_so(
    desk: CallDesk, effects: RecordedEffects
) -> None:
    desk.registry.run_line("set-mood 4")
    desk.registry.run_line("go-to-step 3")
    said = desk.registry.run_line("reescalate")
    assert desk.session.current_step.id == "acknowledge"
    assert desk.session.mood == 3
    event = next(e for e in desk.session.record.timeline if e.kind is EventKind.REESCALATED)
    assert (event.step_id, event.detail) == ("log", "3")
    assert said == "Back to Acknowledge · mood: upset"
    assert effects.warnings == ["Back to Acknowledge · mood: upset"]


def test_a_flare_up_makes_the_mood_one_step_angrier_never_past_furious() -> None:
    assert [mood_after_flare_up(mood) for mood in (5, 4, 3, 2, 1)] == [4, 3, 2, 1, 1]
    assert mood_after_flare_up(None) == MOOD_UNKNOWN_START - 1


def test_flaring_up_again_and_again_stays_furious(desk: CallDesk, effects: RecordedEffects) -> None:
    desk.registry.run_line("set-mood 2")
    for _ in range(3):
        desk.registry.run_line("reescalate")
    assert desk.session.mood == 1
    assert effects.warnings[-1] == "Back to Acknowledge · mood: furious"


def test_mood_nudges_stay_on_the_scale(desk: CallDesk) -> None:
    desk.registry.run_line("set-mood 2")
    for _ in range(3):
        desk.registry.run_line("mood-angrier")
    assert desk.session.mood == 1
    desk.registry.run_line("mood-calmer")
    assert desk.session.mood == 2


def test_fields_are_checked_and_land_in_the_record(desk: CallDesk) -> None:
    desk.registry.run_line("set-field category Billing")
    desk.registry.run_line("set-field outcome follow-up")
    desk.registry.run_line("set-field account T-1")
    assert desk.session.record.category == "billing"
    assert desk.session.record.outcome == "follow-up"
    assert desk.session.record.customer.account == "T-1"
    with pytest.raises(CommandError, match="not one of: billing, other"):
        desk.registry.run_line("set-field category weather")
    with pytest.raises(CommandError, match="unknown field 'colour'"):
        desk.registry.run_line("set-field colour red")


def test_commitments_with_due_times(desk: CallDesk) -> None:
    desk.registry.run_line("add-commitment 'Refund' --due '2026-01-09T14:00+00:00'")
    (commitment,) = desk.session.record.commitments
    assert (commitment.what, commitment.who) == ("Refund", "Sam")
    assert commitment.due is not None and commitment.due.isoformat() == "2026-01-09T14:00:00+00:00"
    with pytest.raises(CommandError, match="not a date and time"):
        desk.registry.run_line("add-commitment 'Call back' --due friday")


def test_saving_logs_the_call_and_starts_a_fresh_one(desk: CallDesk, log: SqliteCallLog) -> None:
    started: list[object] = []
    desk.on_new_session(started.append)
    desk.registry.run_line("new-call --name Dana --phone +15551234567")
    desk.registry.run_line("set-field notes 'Refund promised'")
    saved_id = desk.session.record.id
    desk.registry.run_line("save-call")
    (saved,) = log.list_calls()
    assert saved.id == saved_id and saved.notes == "Refund promised"
    assert desk.session.record.id != saved_id and not desk.session.finished
    assert len(started) == 2


# -- last time's unfinished call ---------------------------------------------------
def unfinished_draft(log: SqliteCallLog) -> UnfinishedCall:
    record = CallRecord(started_at=datetime(2026, 5, 1, 9, 30, tzinfo=UTC))
    record.customer = Customer(name="Ann Lee", phone="+1 555 0100")
    record.notes = "wants a refund"
    log.save_draft(record, 1)
    draft = log.load_draft()
    assert draft is not None
    return UnfinishedCall(*draft)


def test_carrying_on_gives_back_the_call_exactly_on_its_step(
    desk: CallDesk, log: SqliteCallLog
) -> None:
    offered = unfinished_draft(log)
    seen: list[UnfinishedCall | None] = []
    desk.on_unfinished(seen.append)
    desk.offer_unfinished(offered)
    assert json.loads(desk.registry.run_line("status"))["unfinished_call"]["name"] == "Ann Lee"
    desk.registry.run_line("restore-call")
    assert desk.session.record == offered.record
    assert desk.session.current_index == 1
    assert seen == [offered, None]
    assert log.load_draft() is not None  # kept until the call is saved
    assert json.loads(desk.registry.run_line("status"))["unfinished_call"] is None
    with pytest.raises(CommandError, match="no unfinished call"):
        desk.registry.run_line("restore-call")


def test_keeping_it_puts_it_in_the_log_as_an_unfinished_call(
    desk: CallDesk, log: SqliteCallLog
) -> None:
    offered = unfinished_draft(log)
    desk.offer_unfinished(offered)
    desk.registry.run_line("keep-unfinished-call")
    assert log.get(offered.record.id) == offered.record
    assert log.load_draft() is None
    assert desk.unfinished is None and not desk.has_unsaved_work()


@pytest.mark.parametrize(
    "line",
    [
        "new-call --name 'Bo Chan' --phone +15550199",
        "next-step",
        "set-field notes 'the next caller'",
        "set-mood 2",
    ],
)
def test_getting_on_with_another_call_keeps_last_times_in_the_log(
    desk: CallDesk, log: SqliteCallLog, line: str
) -> None:
    # A phone program opens the next call, or the agent simply starts: the offer
    # is settled before the new call's autosave can take the draft's place.
    offered = unfinished_draft(log)
    desk.offer_unfinished(offered)
    desk.registry.run_line(line)
    assert desk.unfinished is None
    assert log.get(offered.record.id) == offered.record
    assert desk.session.record.id != offered.record.id


def test_the_agreement_and_the_next_promise_are_read_from_the_call(
    log: SqliteCallLog, effects: RecordedEffects
) -> None:
    from datetime import UTC, datetime

    recap = PhraseCard("recap", "Recap", "We agreed {resolution}; next, {next_promise} by {due}.")
    book = Playbook(
        id="b", name="B", language="en", steps=(Step("recap", "Recap", "Confirm", cards=(recap,)),)
    )
    desk = CallDesk(book, log, effects, agent="Sam", company="Acme", clock=FakeClock())
    effects.answers["resolution"] = "a replacement router"
    effects.answers["next_promise"] = "I call you"
    effects.answers["due"] = "Friday"
    desk.registry.run_line("use-card 1")
    # Asked for what the call does not hold yet; the resolution goes into the record.
    assert effects.questions[-1].names == ("resolution", "next_promise", "due")
    assert desk.session.record.resolution == "a replacement router"

    effects.answers.clear()
    desk.add_commitment("send the engineer's report", due=datetime(2030, 5, 3, 9, tzinfo=UTC))
    desk.add_commitment("call to check it works", due=datetime(2030, 5, 6, 9, tzinfo=UTC))
    desk.add_commitment("note the fault", due=None)
    desk.registry.run_line("use-card 1")
    assert effects.copied[-1].startswith(
        "We agreed a replacement router; next, call to check it works by "
    )


def test_the_default_playbooks_situations_open_by_key_number_or_id(
    log: SqliteCallLog, effects: RecordedEffects
) -> None:
    from desktop_app.core.content import load_library
    from desktop_app.core.keymap import DEFAULT_BINDINGS
    from desktop_app.resources import resource_path

    book = load_library(resource_path("playbooks")).playbooks["calm-six"]
    desk = CallDesk(book, log, effects, agent="Sam", company="Acme", clock=FakeClock())
    keyed = dict(DEFAULT_BINDINGS)
    # F2 to F9 open the eight situations listed first, most used first.
    opened = []
    for key in (f"F{n}" for n in range(2, 10)):
        desk.registry.run_line(keyed[key])
        assert desk.situation is not None
        opened.append(desk.situation.id)
    assert opened == [s.id for s in book.situations[:8]]
    assert opened[0] == "abusive" and "safety" in opened
    # The rest are a command (or a card search) away.
    desk.registry.run_line("open-situation regulator")
    assert desk.situation is not None and desk.situation.id == "regulator"
    desk.registry.run_line(f"open-situation {len(book.situations)}")
    assert desk.situation.id == book.situations[-1].id
