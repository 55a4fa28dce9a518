"""The SQLite call log: every field back exactly, finding calls, follow-ups, drafts."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.call import CallRecord, Commitment, Customer, EventKind, TimelineEvent
from desktop_app.store.base import CallLog, LogError
from desktop_app.store.sqlite_log import SqliteCallLog, fts_query

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


#: Local behaviour the team log does not share: drafts, replacing a call, files, purging.
SQLITE_ONLY = pytest.mark.parametrize("log", ["sqlite"], indirect=True)


@pytest.fixture(params=["sqlite", "postgres"])
def log(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqliteCallLog]:
    """The local SQLite log, then the team log on PostgreSQL: the same behaviour from both."""
    if request.param == "sqlite":
        opened: SqliteCallLog = SqliteCallLog(tmp_path / "calls.sqlite3")
    else:
        from desktop_app.store.team.config import check_conninfo
        from desktop_app.store.team.server_log import ServerCallLog

        team_db = request.getfixturevalue("team_db")
        config = check_conninfo(team_db.conninfo(), "test")
        opened = ServerCallLog.open(config)  # type: ignore[assignment]
    yield opened
    opened.close()


def call(
    minutes: int = 0,
    *,
    name: str = "",
    phone: str = "",
    account: str = "",
    notes: str = "",
    category: str = "",
    commitments: list[Commitment] | None = None,
) -> CallRecord:
    return CallRecord(
        started_at=T0 + timedelta(minutes=minutes),
        customer=Customer(name=name, phone=phone, account=account),
        notes=notes,
        category=category,
        commitments=commitments or [],
    )


def test_the_sqlite_log_is_a_call_log(log: SqliteCallLog) -> None:
    as_protocol: CallLog = log
    assert as_protocol.count() == 0


def test_the_cause_noted_after_the_call_is_kept(log: SqliteCallLog) -> None:
    record = call(3, name="Ana Ruiz")
    record.cause = "Address lost in the hand-off from billing, card 4111 1111 1111 1111"
    log.save(record)
    kept = log.get(record.id)
    assert kept is not None
    assert kept.cause == "Address lost in the hand-off from billing, card [card ending 1111]"


# -- every field back exactly ---------------------------------------------------
# Text without digits: redaction (tested on its own) never changes it.
words = st.text(st.characters(blacklist_categories=("Cs", "Nd")), max_size=40)
moments = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2090, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30))]
    ),
)
moods = st.none() | st.integers(1, 5)
commitments = st.builds(
    Commitment,
    what=words,
    who=words,
    due=st.none() | moments,
    done=st.booleans(),
    id=st.uuids().map(lambda u: u.hex),
)
events = st.builds(
    TimelineEvent,
    at=moments,
    kind=st.sampled_from(EventKind),
    step_id=st.none() | words,
    detail=words,
)
records = st.builds(
    CallRecord,
    started_at=moments,
    agent=words,
    playbook_id=words,
    id=st.uuids().map(lambda u: u.hex),
    ended_at=st.none() | moments,
    customer=st.builds(
        Customer, name=words, account=words, phone=st.text("+() -0123456789", max_size=12)
    ),
    category=words,
    reason=words,
    resolution=words,
    outcome=words,
    cause=words,
    commitments=st.lists(commitments, max_size=4),
    notes=words,
    mood_start=moods,
    mood_end=moods,
    timeline=st.lists(events, max_size=6),
)


@given(record=records)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@SQLITE_ONLY
def test_every_field_of_a_call_comes_back_exactly(log: SqliteCallLog, record: CallRecord) -> None:
    log.save(record)
    assert log.get(record.id) == record
    assert log.get(record.id).to_dict() == record.to_dict()  # type: ignore[union-attr]
    # A draft is of a call not saved yet: the log refuses one of a saved call.
    in_progress = CallRecord.from_dict({**record.to_dict(), "id": uuid4().hex})
    log.save_draft(in_progress, 3)
    assert log.load_draft() == (in_progress, 3)


@SQLITE_ONLY
def test_saving_again_replaces_the_call(log: SqliteCallLog) -> None:
    record = call(notes="first words")
    log.save(record)
    record.notes = "second words"
    record.commitments.append(Commitment("Ring back"))
    log.save(record)
    assert log.count() == 1
    assert log.get(record.id) == record
    assert log.search("first") == []
    assert [s.id for s in log.search("second")] == [record.id]


@SQLITE_ONLY
def test_card_numbers_never_reach_the_log(log: SqliteCallLog, tmp_path: Path) -> None:
    record = call(notes="card 4111 1111 1111 1111 cvv 123")
    log.save(record)
    typing = call(1, notes="card 4111 1111 1111 1111 cvv 123")  # the next call, in progress
    log.save_draft(typing, 0)
    assert log.get(record.id).notes == "card [card ending 1111] cvv [code removed]"  # type: ignore[union-attr]
    assert log.load_draft()[0].notes == "card [card ending 1111] cvv [code removed]"  # type: ignore[index]
    log.close()
    for path in tmp_path.glob("calls.sqlite3*"):
        data = path.read_bytes()
        assert b"4111 1111 1111 1111" not in data and b"cvv 123" not in data


# -- listing and finding -----------------------------------------------------------
def test_list_and_iter_order_and_period(log: SqliteCallLog) -> None:
    records = [call(m) for m in (30, 0, 20, 10)]
    for r in records:
        log.save(r)
    newest_first = [r.started_at for r in log.list_calls()]
    assert newest_first == sorted(newest_first, reverse=True)
    assert [r.started_at for r in log.iter_calls()] == sorted(newest_first)
    window = log.list_calls(since=T0 + timedelta(minutes=10), until=T0 + timedelta(minutes=30))
    assert [r.started_at.minute for r in window] == [20, 10]
    assert len(log.list_calls(limit=2)) == 2


def test_calls_recorded_in_other_time_zones_sort_by_the_moment(log: SqliteCallLog) -> None:
    new_york = timezone(timedelta(hours=-5))
    early = CallRecord(started_at=datetime(2026, 3, 2, 8, 0, tzinfo=new_york))  # 13:00 UTC
    late = CallRecord(started_at=datetime(2026, 3, 2, 12, 0, tzinfo=UTC))
    log.save(early)
    log.save(late)
    assert [r.id for r in log.list_calls()] == [early.id, late.id]


def test_iter_calls_streams_more_than_one_batch(log: SqliteCallLog) -> None:
    ids = []
    for n in range(1203):
        record = call(n % 7)  # many calls share a start time
        ids.append(record.id)
        log.save(record)
    assert sorted(r.id for r in log.iter_calls()) == sorted(ids)
    assert len(list(log.iter_calls())) == 1203


def test_search_matches_every_word_as_a_prefix_in_any_field(log: SqliteCallLog) -> None:
    a = call(1, name="Dana Okafor", phone="+1 555 123 4567", notes="Refund for a broken kettle")
    b = call(
        2, name="Dana Smith", account="AC-99", notes="Kettle arrived late", category="delivery"
    )
    c = call(3, name="Ömer Çelik", notes="billing question")
    for r in (a, b, c):
        log.save(r)
    assert [s.id for s in log.search("kettle")] == [b.id, a.id]
    assert [s.id for s in log.search("dana ket")] == [b.id, a.id]
    assert [s.id for s in log.search("dana refund")] == [a.id]
    assert [s.id for s in log.search("5551234567")] == [a.id]
    assert [s.id for s in log.search("555 123")] == [a.id]
    assert [s.id for s in log.search("123-4567 dana")] == [a.id]
    assert [s.id for s in log.search("omer")] == [c.id]
    assert [s.id for s in log.search("DELIVERY")] == [b.id]
    assert [s.id for s in log.search("")] == [c.id, b.id, a.id]
    assert [s.id for s in log.search("kettle", limit=1)] == [b.id]
    assert log.search('"unbalanced (quote* AND') == []
    summary = log.search("okafor")[0]
    assert (summary.customer_name, summary.phone) == ("Dana Okafor", "+1 555 123 4567")


def test_fts_query_quotes_every_word() -> None:
    assert fts_query("O'Brien  NEAR -") == '"O Brien"* AND "NEAR"*'
    assert fts_query("  ") == ""


def test_customer_history_matches_phone_by_digits_and_names_ignoring_case(
    log: SqliteCallLog,
) -> None:
    first = call(1, name="Ann Lee", phone="+1 (555) 010-9999", commitments=[Commitment("Refund")])
    second = call(2, name="ann  lee")
    other = call(3, name="Bob", phone="+15550100000")
    for r in (first, second, other):
        log.save(r)
    history = log.customer_history(phone="+1 555 010 9999", exclude_call="now")
    assert history.earlier_calls == 1 and history.last and history.last.id == first.id
    assert [f.commitment.what for f in history.open_commitments] == ["Refund"]
    by_name = log.customer_history(name="ANN LEE", exclude_call=second.id)
    assert by_name.earlier_calls == 1
    assert log.customer_history().earlier_calls == 0


def test_follow_ups_soonest_first_and_done_toggles(log: SqliteCallLog) -> None:
    late = Commitment("Late", due=T0 + timedelta(days=3))
    soon = Commitment("Soon", due=T0 + timedelta(days=1))
    whenever = Commitment("Whenever")
    record = call(commitments=[late, whenever, soon])
    log.save(record)
    assert [f.commitment.what for f in log.follow_ups()] == ["Soon", "Late", "Whenever"]
    log.set_commitment_done(record.id, soon.id, True)
    assert [f.commitment.what for f in log.follow_ups()] == ["Late", "Whenever"]
    assert len(log.follow_ups(include_done=True)) == 3
    assert log.get(record.id).commitments[2].done  # type: ignore[union-attr]
    with pytest.raises(LogError, match="no commitment nope"):
        log.set_commitment_done(record.id, "nope", True)


def test_follow_ups_falling_due_are_the_open_ones_due_since_the_last_look(
    log: SqliteCallLog,
) -> None:
    now = T0 + timedelta(days=1)
    paris = timezone(timedelta(hours=1))
    record = call(
        commitments=[
            Commitment("long ago", due=now - timedelta(hours=3)),
            Commitment("just now", due=now - timedelta(seconds=10)),
            # the same kind of moment, written in another zone
            Commitment(
                "a minute ago, Paris time", due=(now - timedelta(seconds=50)).astimezone(paris)
            ),
            Commitment("on the dot", due=now),
            Commitment("not yet", due=now + timedelta(seconds=10)),
            Commitment("done", due=now - timedelta(seconds=5), done=True),
            Commitment("no date"),
        ]
    )
    log.save(record)
    fallen = log.follow_ups_falling_due(now - timedelta(minutes=1), now)
    assert [f.commitment.what for f in fallen] == [
        "a minute ago, Paris time",
        "just now",
        "on the dot",
    ]
    assert fallen[0].call_id == record.id
    # from the moment looked at last, exclusive: nothing is told twice
    assert log.follow_ups_falling_due(now, now + timedelta(seconds=5)) == []


def test_category_counts_by_iso_week(log: SqliteCallLog) -> None:
    for minutes, category in ((0, "billing"), (5, "billing"), (60 * 24 * 7, ""), (10, "delivery")):
        log.save(call(minutes, category=category))
    assert log.category_counts_by_week() == {
        "2026-W10": {"billing": 2, "delivery": 1},
        "2026-W11": {"uncategorised": 1},
    }


# -- the draft -------------------------------------------------------------------
@SQLITE_ONLY
def test_draft_is_kept_until_cleared_or_its_call_is_saved(log: SqliteCallLog) -> None:
    assert log.load_draft() is None
    record = call(notes="typing")
    log.save_draft(record, 2)
    assert log.load_draft() == (record, 2)
    log.save(call(5))  # another call's save leaves this draft alone
    assert log.load_draft() is not None
    log.save(record)
    assert log.load_draft() is None
    log.save_draft(record, 1)
    log.clear_draft()
    assert log.load_draft() is None


def test_a_draft_that_lands_after_its_call_was_saved_is_never_offered(tmp_path: Path) -> None:
    """The autosave thread can write the draft it took just before the agent saved the
    call after the save itself. The window clears it once the write reports back; a kill
    in between left it on disk: the next start offered a call reported saved as
    unfinished, and keeping it replaced the saved call with that older draft."""
    path = tmp_path / "calls.sqlite3"
    log = SqliteCallLog(path)
    sink = log.open_draft_sink()
    record = call(name="Dana Reyes", notes="parcel lost twice")
    taken = CallRecord.from_dict(record.to_dict())  # the autosave's copy, on its way
    record.outcome, record.ended_at = "resolved", T0 + timedelta(minutes=5)
    log.save(record)
    sink.save_draft(taken, 2)  # lands after the save
    sink.close()
    log.close()  # the window is killed here: nothing else of it runs

    after_restart = SqliteCallLog(path)
    try:
        assert after_restart.load_draft() is None
        saved = after_restart.get(record.id)
        assert saved is not None
        assert (saved.outcome, saved.ended_at) == ("resolved", record.ended_at)
    finally:
        after_restart.close()


@SQLITE_ONLY
def test_draft_sink_writes_over_its_own_connection(log: SqliteCallLog) -> None:
    sink = log.open_draft_sink()
    record = call(notes="from the autosave thread")
    sink.save_draft(record, 4)
    sink.close()
    assert log.load_draft() == (record, 4)


# -- housekeeping ------------------------------------------------------------------
@SQLITE_ONLY
def test_stats(log: SqliteCallLog) -> None:
    assert log.stats().calls == 0 and log.stats().first is None
    log.save(call(10))
    log.save(call(0))
    stats = log.stats()
    assert (stats.calls, stats.first, stats.last) == (2, T0, T0 + timedelta(minutes=10))
    assert stats.bytes_on_disk > 0


@SQLITE_ONLY
def test_purge_older_than_keeps_recent_calls(log: SqliteCallLog) -> None:
    now = datetime.now(UTC)
    old = CallRecord(started_at=now - timedelta(days=40), notes="ancient words")
    recent = CallRecord(started_at=now - timedelta(days=2))
    log.save(old)
    log.save(recent)
    assert log.purge_older_than(0) == 0
    assert log.purge_older_than(30) == 1
    assert [r.id for r in log.list_calls()] == [recent.id]
    assert log.search("ancient") == []


def test_forget_needs_to_know_whom(log: SqliteCallLog) -> None:
    with pytest.raises(LogError, match="say whose calls"):
        log.forget_customer()


def test_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        opened = SqliteCallLog(tmp_path / "calls.sqlite3")
        opened.save(call(notes="x"))
        opened.save_draft(call(), 0)
        files = opened.files()
        assert {p.name for p in files} == {
            "calls.sqlite3",
            "calls.sqlite3-wal",
            "calls.sqlite3-shm",
        }
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        opened.close()
    finally:
        os.umask(old)


def test_a_damaged_byte_in_a_note_shows_as_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    log = SqliteCallLog(path)
    log.save(call(0, name="Ann", notes="fine"))
    log.save(call(1, name="Bob", notes="broken here"))
    log.close()
    raw = sqlite3.connect(path)
    # Bytes that are not UTF-8, as a damaged disk sector or another writer might leave.
    raw.execute(
        "UPDATE calls SET notes = CAST(X'62726f6b656eff' AS TEXT) WHERE customer_name = 'Bob'"
    )
    raw.commit()
    raw.close()
    log = SqliteCallLog(path)
    assert sorted(r.notes for r in log.list_calls()) == ["broken\ufffd", "fine"]
    assert [r.notes for r in log.list_calls() if r.customer.name == "Ann"] == ["fine"]
    log.close()
