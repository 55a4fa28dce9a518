"""Records in people's words: every timeline outside the log names steps, cards
and situations by their titles in the playbook the call used (the id when that
playbook or card is unknown), and empty fields leave no stray separators."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

from desktop_app.core.call import CallRecord, Customer, EventKind, TimelineEvent
from desktop_app.core.export import write_csv, write_csv_from_log, write_markdown
from desktop_app.core.export.call_view import call_section, section_as_text
from desktop_app.core.export.ticket_note import ticket_note
from desktop_app.core.playbook import PhraseCard, Playbook, Situation, Step
from desktop_app.core.timeline_text import readable_from_saved, readable_text, timeline_text
from desktop_app.core.titles import Titles
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.synthetic import CALL_START, sample_call, synthetic_calls

#: what the sample calls' playbook is now: its Resolve step has gone since
BOOK = Playbook(
    id="calm-six",
    name="Calm six",
    language="en",
    steps=(
        Step("listen", "Listen", "Let them talk"),
        Step(
            "acknowledge",
            "Acknowledge",
            "Name the feeling",
            cards=(PhraseCard("ack-1", "Name the feeling", "That sounds maddening."),),
        ),
        Step(
            "ask",
            "Ask",
            "Get the facts",
            cards=(PhraseCard("ask-open", "Open question", "What happened next?"),),
        ),
    ),
    situations=(
        Situation(
            "supervisor-unavailable",
            "No supervisor free",
            (PhraseCard("sup-later", "Offer a call-back", "I can have them call you."),),
        ),
    ),
)


def call_with_moves(**changes: object) -> CallRecord:
    at = CALL_START
    record = sample_call(
        timeline=[
            TimelineEvent(at, EventKind.STEP_ENTERED, "listen"),
            TimelineEvent(at + timedelta(seconds=40), EventKind.STEP_LEFT, "listen"),
            TimelineEvent(at + timedelta(seconds=40), EventKind.STEP_ENTERED, "ask"),
            TimelineEvent(at + timedelta(seconds=50), EventKind.CARD_USED, "ask", "ask-open"),
            TimelineEvent(
                at + timedelta(seconds=61),
                EventKind.SITUATION_OPENED,
                "ask",
                "supervisor-unavailable",
            ),
            TimelineEvent(at + timedelta(seconds=70), EventKind.CARD_USED, "ask", "sup-later"),
            TimelineEvent(at + timedelta(seconds=75), EventKind.MOOD_CHANGED, "ask", "3"),
            TimelineEvent(at + timedelta(seconds=80), EventKind.CARD_USED, "ask", "gone-card"),
        ]
    )
    for name, value in changes.items():
        setattr(record, name, value)
    return record


IN_WORDS = [
    "00:00 Step: Listen",
    "00:40 Left step: Listen",
    "00:40 Step: Ask",
    "00:50 Card used on Ask: Open question",
    "01:01 Situation on Ask: No supervisor free",
    "01:10 Card used on Ask: Offer a call-back",
    "01:15 Mood: 3 of 5",
    "01:20 Card used on Ask: gone-card",  # not in the playbook any more: its id
]


def test_the_call_viewer_names_steps_cards_and_situations_by_their_titles() -> None:
    text = section_as_text(call_section(call_with_moves(), UTC, Titles([BOOK])))
    assert "\n".join(f"  {line}" for line in IN_WORDS) in text
    assert "card_used" not in text and "supervisor-unavailable" not in text


def test_a_call_whose_playbook_is_unknown_keeps_the_ids_in_words() -> None:
    record = call_with_moves(playbook_id="retired-book")
    lines = call_section(record, UTC, Titles([BOOK])).timeline
    assert lines[3] == "00:50 Card used on ask: ask-open"
    assert lines[4] == "01:01 Situation on ask: supervisor-unavailable"


def test_markdown_and_csv_say_the_same_words(tmp_path: Path) -> None:
    titles = Titles([BOOK])
    write_markdown([call_with_moves()], tmp_path / "calls.md", titles=titles)
    markdown = (tmp_path / "calls.md").read_text(encoding="utf-8")
    assert "- 01:01 Situation on Ask: No supervisor free" in markdown
    write_csv([call_with_moves()], tmp_path / "calls.csv", titles=titles)
    csv_text = (tmp_path / "calls.csv").read_text(encoding="utf-8-sig")
    assert "\n".join(IN_WORDS) in csv_text


def test_a_csv_from_the_log_puts_the_saved_timeline_in_the_same_words(tmp_path: Path) -> None:
    """The CSV reads the timeline the log saved as text, not the events: the
    words must be the very ones the events give."""
    calls = [call_with_moves(id=f"call-{n}") for n in range(3)]
    calls += list(synthetic_calls(40, seed=4))
    titles = Titles([BOOK])
    for record in calls:
        words = titles.of(record.playbook_id)
        saved = timeline_text(record.started_at, record.timeline)
        assert readable_from_saved(saved, words) == readable_text(
            record.started_at, record.timeline, words
        )
    log = SqliteCallLog(tmp_path / "calls.sqlite3")
    try:
        for record in calls:
            log.save(record)
        write_csv_from_log(log.iter_calls_for_csv(), tmp_path / "from-log.csv", titles=titles)
    finally:
        log.close()
    write_csv(calls, tmp_path / "plain.csv", titles=titles)
    from_log = (tmp_path / "from-log.csv").read_text(encoding="utf-8-sig")
    assert "\n".join(IN_WORDS) in from_log
    assert sorted(from_log.splitlines()) == sorted(
        (tmp_path / "plain.csv").read_text(encoding="utf-8-sig").splitlines()
    )


def test_the_ticket_note_names_the_steps_and_leaves_no_stray_separators() -> None:
    record = call_with_moves(customer=Customer("Bob O'Brien", "", "+44 20 7946 0000"), agent="")
    note = ticket_note(record, tz=UTC, titles=Titles([BOOK]))
    assert "Customer: Bob O'Brien · +44 20 7946 0000\n" in note
    assert "Steps: Listen > Ask\n" in note
    assert "Agent: 8 min\n" in note  # no agent: no separator before the duration
    assert "·  ·" not in note and not any(line.endswith("·") for line in note.splitlines())


def test_a_ticket_note_with_only_an_account_reads_cleanly() -> None:
    record = call_with_moves(customer=Customer("", "ACC-9", ""), category="", outcome="")
    note = ticket_note(record, tz=UTC, titles=Titles([BOOK]))
    assert note.splitlines()[0] == "2026-01-05 09:00"
    assert "Customer: ACC-9\n" in note
