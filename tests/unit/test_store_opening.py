"""Opening the log: one owner, damaged files moved aside, calls kept while the disk refuses."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.call import CallRecord, Customer
from desktop_app.store.base import LogWriteError
from desktop_app.store.lock import LogInUseError, LogLock
from desktop_app.store.opening import open_call_log, open_locked
from desktop_app.store.pending import PendingCallLog
from tests.damage import damage_a_page_of_calls


def call(notes: str = "", days_ago: int = 0) -> CallRecord:
    return CallRecord(
        started_at=datetime.now(UTC) - timedelta(days=days_ago),
        customer=Customer(name="Ann"),
        notes=notes,
    )


def test_a_second_owner_is_refused_with_the_pid_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    opened = open_call_log(path)
    opened.log.save(call("mine"))
    with pytest.raises(
        LogInUseError, match=rf"the log at {path} is in use by another Calmline \(pid \d+\)"
    ):
        open_call_log(path)
    opened.log.close()
    again = open_call_log(path)  # released on close
    assert again.log.count() == 1
    again.log.close()


def test_lock_file_is_private(tmp_path: Path) -> None:
    lock = LogLock(tmp_path / "calls.sqlite3").acquire()
    assert oct(lock.path.stat().st_mode & 0o777) == "0o600"
    lock.release()
    lock.release()  # twice is harmless


def test_a_damaged_file_is_moved_aside_and_a_fresh_log_opened(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    garbage = b"this is not a database at all " * 200
    path.write_bytes(garbage)
    opened = open_call_log(path)
    (moved,) = tmp_path.glob("calls.sqlite3.damaged-*")
    assert moved.read_bytes() == garbage  # never overwritten or deleted
    (notice,) = opened.notices
    assert str(path) in notice and str(moved) in notice and "fresh" in notice
    opened.log.save(call("after"))
    assert opened.log.count() == 1
    opened.log.close()


def test_retention_purges_at_start(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    first = open_call_log(path)
    first.log.save(call("old", days_ago=100))
    first.log.save(call("new", days_ago=1))
    first.log.close()
    second = open_call_log(path, retention_days=30)
    assert second.purged == 1
    assert [r.notes for r in second.log.list_calls()] == ["new"]
    second.log.close()


def test_calls_wait_in_memory_until_the_log_can_be_written(tmp_path: Path) -> None:
    folder = tmp_path / "not-yet"  # missing: nothing can be written there
    path = folder / "calls.sqlite3"
    notices: list[str] = []
    log = PendingCallLog(path, lambda: open_locked(path, notices), None)
    record = call("typed while the disk was away")
    with pytest.raises(LogWriteError, match=rf"{folder}.*kept in memory"):
        log.save(record)
    with pytest.raises(LogWriteError):
        log.save_draft(call("half"), 2)
    assert log.waiting == 1 and str(folder) in log.problem
    assert log.get(record.id) == record
    assert log.load_draft() is not None
    assert log.flush() is False

    folder.mkdir()
    assert log.flush() is True
    assert log.problem == "" and log.waiting == 0
    assert log.get(record.id) == record
    assert log.load_draft()[1] == 2  # type: ignore[index]
    log.clear_draft()
    assert log.load_draft() is None
    log.close()


def test_read_only_start_is_reported_and_recovers(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "calls.sqlite3"
    opened = open_call_log(path)
    (notice,) = opened.notices
    assert str(path.parent) in notice and "kept in memory" in notice
    assert opened.log.list_calls() == [] and opened.log.count() == 0
    sink = opened.log.open_draft_sink()
    with pytest.raises(LogWriteError):
        sink.save_draft(call(), 0)
    path.parent.mkdir()
    assert opened.log.flush()
    sink.save_draft(call("autosaved"), 0)
    assert opened.log.load_draft()[0].notes == "autosaved"  # type: ignore[index]
    sink.close()
    opened.log.close()


def test_the_lock_tells_whether_the_last_run_closed_the_log(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    first = LogLock(path).acquire()
    assert not first.last_run_closed_cleanly  # nobody held it before
    first.release()
    second = LogLock(path).acquire()
    assert second.last_run_closed_cleanly
    second.release()
    # A process that ends without releasing (as a crash or a kill would).
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path;"
            "from desktop_app.store.lock import LogLock;"
            "LogLock(Path(sys.argv[1])).acquire(); os._exit(0)",
            str(path),
        ],
        check=True,
    )
    third = LogLock(path).acquire()
    assert not third.last_run_closed_cleanly
    third.release()


def test_a_page_damaged_before_an_unclean_stop_is_found_at_start(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    opened = open_call_log(path)
    for n in range(60):
        opened.log.save(call(f"call {n} " + "words " * 200))
    opened.log.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[-2 * page : -page] = b"\xa5" * page  # one page of calls, not the tables' page
    path.write_bytes(bytes(data))
    # The last run did not close the log: the lock file still names its process.
    LogLock(path).path.write_bytes(b"\0" + b"4242\n")
    again = open_call_log(path)
    (moved,) = (
        p for p in tmp_path.glob("calls.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    )
    assert moved.read_bytes() == bytes(data)
    (notice,) = again.notices
    assert str(moved) in notice and "could still be read" in notice
    # What still reads is in the fresh log, not a silently empty one.
    assert 0 < again.log.count() < 60
    assert again.log.backend is not None and again.log.backend.check() == "ok"
    again.log.close()


#: A page that holds some of the oldest calls' rows (the calls table grows from here).
PAGE_OF_OLD_CALLS = 6


def test_a_page_damaged_after_a_clean_close_found_while_purging_keeps_what_reads(
    tmp_path: Path,
) -> None:
    path = tmp_path / "calls.sqlite3"
    opened = open_call_log(path)
    for n in range(60):
        opened.log.save(call(f"call {n} " + "words " * 200, days_ago=400 if n < 5 else 1))
    opened.log.close()  # a clean close: the next start does not read every page
    data = bytearray(path.read_bytes())
    page = 4096
    data[PAGE_OF_OLD_CALLS * page : (PAGE_OF_OLD_CALLS + 1) * page] = b"\xa5" * page
    path.write_bytes(bytes(data))
    again = open_call_log(path, retention_days=365)  # purging meets the damaged page
    (moved,) = (
        p for p in tmp_path.glob("calls.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    )
    (notice,) = again.notices
    assert str(path) in notice and str(moved) in notice and "could still be read" in notice
    kept = [r.notes.split(" words")[0] for r in again.log.list_calls()]
    assert 0 < len(kept) <= 55  # the readable recent calls, not a silently empty log
    assert all(int(note.split()[1]) >= 5 for note in kept)  # old calls purged all the same
    assert again.log.backend is not None and again.log.backend.check() == "ok"
    with pytest.raises(LogInUseError):
        open_call_log(path)  # still owned throughout
    again.log.close()


def test_a_page_damaged_after_a_clean_close_found_while_running_keeps_what_reads(
    tmp_path: Path,
) -> None:
    path = tmp_path / "calls.sqlite3"
    opened = open_call_log(path)
    saved = [call(f"call {n} " + "words " * 200) for n in range(60)]
    for record in saved:
        opened.log.save(record)
    opened.log.close()
    damage_a_page_of_calls(path)
    again = open_call_log(path)  # no purge: nothing reads that page yet
    assert again.notices == []
    told: list[str] = []
    again.log.damage_listeners.append(told.append)
    listed = again.log.list_calls()  # the agent opens History: every call is read
    (moved,) = (
        p for p in tmp_path.glob("calls.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    )
    (notice,) = told
    assert str(path) in notice and str(moved) in notice and "could still be read" in notice
    # Answered from the fresh log: every call but those on the damaged page.
    assert 0 < len(listed) < len(saved)
    assert {r.id for r in listed} <= {r.id for r in saved}
    later = call("the next call")
    again.log.save(later)
    assert again.log.get(later.id) is not None
    assert again.log.backend is not None and again.log.backend.check() == "ok"
    with pytest.raises(LogInUseError):
        open_call_log(path)  # owned throughout
    again.log.close()
