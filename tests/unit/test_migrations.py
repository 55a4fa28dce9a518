"""Every older log file migrates forward, step by step, and is backed up first."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.call import CallRecord, Commitment, Customer, EventKind, TimelineEvent
from desktop_app.core.redaction import redact_record
from desktop_app.store.base import LogDamagedError
from desktop_app.store.opening import open_call_log
from desktop_app.store.schema import SCHEMA_VERSION, build_version, insert_call
from desktop_app.store.sqlite_log import SqliteCallLog, backups_dir

T0 = datetime(2026, 1, 5, 14, 30, tzinfo=UTC)


def sample_calls() -> list[CallRecord]:
    return [
        CallRecord(
            started_at=T0 + timedelta(hours=n),
            ended_at=T0 + timedelta(hours=n, minutes=9),
            agent="Sam",
            playbook_id="calm-six",
            customer=Customer(name=f"Customer {n}", phone=f"+1 555 010 {n:04d}", account=f"A{n}"),
            category="billing",
            resolution="refund",
            outcome="resolved",
            notes=f"note {n}",
            mood_start=1,
            mood_end=4,
            commitments=[Commitment("Call back", "Sam", T0 + timedelta(days=1))],
            timeline=[TimelineEvent(T0, EventKind.STEP_ENTERED, "listen")],
        )
        for n in range(3)
    ]


@contextmanager
def old_log_file(path: Path, version: int) -> Iterator[sqlite3.Connection]:
    """An empty log at ``version``, to be filled in one transaction as that version did."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("BEGIN")
    build_version(db, version)
    yield db
    db.execute("COMMIT")
    db.close()


def write_v1_file(path: Path, calls: list[CallRecord], draft: CallRecord | None) -> None:
    """A log exactly as version 1 of Calmline wrote it."""
    with old_log_file(path, 1) as db:
        _write_v1_rows(db, calls, draft)


def _write_v1_rows(
    db: sqlite3.Connection, calls: list[CallRecord], draft: CallRecord | None
) -> None:
    for record in calls:
        db.execute(
            "INSERT INTO calls(id, started_at, ended_at, body) VALUES (?, ?, ?, ?)",
            (
                record.id,
                record.started_at.isoformat(),
                record.ended_at.isoformat() if record.ended_at else None,
                json.dumps(record.to_dict()),
            ),
        )
    if draft is not None:
        db.execute(
            "INSERT INTO draft(slot, step_index, body) VALUES (1, 2, ?)",
            (json.dumps(draft.to_dict()),),
        )


def columns_writer(version: int) -> Writer:
    """Writes a log as version 2 and later of Calmline did: redacted, one column per field."""

    def write(path: Path, calls: list[CallRecord], draft: CallRecord | None) -> None:
        with old_log_file(path, version) as db:
            for record in calls:
                insert_call(db, redact_record(record)[0], version=version)
            if draft is not None:
                clean = redact_record(draft)[0]
                db.execute(
                    "INSERT INTO draft(slot, call_id, step_index, body) VALUES (1, ?, 2, ?)",
                    (clean.id, json.dumps(clean.to_dict())),
                )

    return write


Writer = Callable[[Path, list[CallRecord], CallRecord | None], None]
WRITERS: dict[int, Writer] = {
    1: write_v1_file,
    2: columns_writer(2),
    3: columns_writer(3),
    4: columns_writer(4),
}


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_the_v1_schema_is_the_one_version_1_wrote(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    write_v1_file(path, [], None)
    db = sqlite3.connect(path)
    columns = [row[1] for row in db.execute("PRAGMA table_info(calls)")]
    db.close()
    assert columns == ["id", "started_at", "ended_at", "body"]
    assert user_version(path) == 1


def test_a_new_log_is_at_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    SqliteCallLog(path).close()
    assert user_version(path) == SCHEMA_VERSION
    assert not backups_dir(path).exists()  # nothing to back up


@pytest.mark.parametrize("start", range(1, SCHEMA_VERSION))
def test_every_earlier_version_migrates_with_its_calls_and_draft(
    tmp_path: Path, start: int
) -> None:
    assert start in WRITERS, "add a writer for the new version's files here"
    path = tmp_path / "calls.sqlite3"
    calls = sample_calls()
    draft = CallRecord(started_at=T0, notes="half typed, card 4111 1111 1111 1111")
    calls[0].notes = "paid with 5555 5555 5555 4444"
    WRITERS[start](path, calls, draft)

    log = SqliteCallLog(path)
    assert user_version(path) == SCHEMA_VERSION
    assert log.count() == 3
    for record in calls[1:]:
        assert log.get(record.id) == record
    # Version 1 stored card numbers as typed; the migration masks them (later
    # versions masked them on save).
    assert log.get(calls[0].id).notes == "paid with [card ending 4444]"  # type: ignore[union-attr]
    restored, step = log.load_draft()  # type: ignore[misc]
    assert (restored.notes, step) == ("half typed, card [card ending 1111]", 2)
    assert [s.id for s in log.search("customer 2")] == [calls[2].id]
    assert len(log.follow_ups()) == 3
    log.save(draft)
    assert log.load_draft() is None  # the migrated draft knows its call
    log.close()

    (backup,) = backups_dir(path).iterdir()
    assert backup.name.startswith(f"calls-v{start}-")
    assert user_version(backup) == start
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    SqliteCallLog(path).close()  # a second start migrates nothing more
    assert len(list(backups_dir(path).iterdir())) == 1


def test_a_log_from_a_newer_calmline_is_moved_aside_whole(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future(x)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(LogDamagedError, match="newer Calmline"):
        SqliteCallLog(path)
    assert user_version(path) == SCHEMA_VERSION + 1
    opened = open_call_log(path)
    (moved,) = tmp_path.glob("calls.sqlite3.damaged-*")
    assert user_version(moved) == SCHEMA_VERSION + 1
    assert "newer Calmline" in opened.notices[0] and str(moved) in opened.notices[0]
    opened.log.close()
