"""Local first, team second: two agents' logs sync through a real PostgreSQL server.

Each agent's log is opened by the same factory the window uses, with its own
data dir; the sync worker runs in its thread as in the window.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.call import CallRecord, Commitment, Customer
from desktop_app.store import outbox
from desktop_app.store.factory import open_log
from desktop_app.store.pending import PendingCallLog
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.store.team.config import check_conninfo
from desktop_app.store.team.server_log import ServerCallLog
from desktop_app.store.team.status import TeamState
from desktop_app.store.team.team_log import TeamCallLog
from tests.team_fixtures import TeamDb

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def wait_for(what: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not what():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def server_calls(team_db: TeamDb) -> int:
    return int(team_db.admin("SELECT count(*) FROM calmline.calls")[0][0])  # type: ignore[call-overload]


@pytest.fixture
def agents(team_db: TeamDb, tmp_path: Path) -> Iterator[Callable[[str], TeamCallLog]]:
    opened: list[PendingCallLog] = []

    def agent(user: str) -> TeamCallLog:
        folder = tmp_path / user
        folder.mkdir()
        log = open_log(folder / "calls.sqlite3", team_log=team_db.conninfo(user)).log
        opened.append(log)
        assert isinstance(log, TeamCallLog)
        return log

    yield agent
    for log in opened:
        log.close()


def test_two_agents_see_each_others_calls(
    agents: Callable[[str], TeamCallLog], team_db: TeamDb
) -> None:
    ana, ben = agents("agent_ana"), agents("agent_ben")
    first = CallRecord(
        started_at=T0,
        agent="Ana",
        customer=Customer(name="Dana Okafor", phone="+1 555 123 4567"),
        notes="Broken kettle, refund promised",
        commitments=[Commitment("Refund", who="Ana", due=T0 + timedelta(days=1))],
    )
    ana.save(first)
    wait_for(lambda: ben.team_status().state == TeamState.ONLINE and server_calls(team_db) == 1)
    history = ben.customer_history(phone="0015551234567", exclude_call="new")
    assert history.earlier_calls == 1 and history.last is not None
    assert (history.last.id, history.last.agent) == (first.id, "Ana")
    assert not ben.answered_partially
    assert [s.id for s in ben.search("kettle refund")] == [first.id]
    assert [f.commitment.what for f in ben.follow_ups()] == ["Refund"]
    # Ben hands Ana's promise over to himself and marks it done; Ana's view follows.
    promise = first.commitments[0]
    ben.hand_over(first.id, promise.id, "Ben")
    ben.set_commitment_done(first.id, promise.id, True)
    wait_for(lambda: ana.follow_ups(include_done=True)[0].commitment.done)
    assert ana.follow_ups(include_done=True)[0].commitment.who == "Ben"
    assert ana.follow_ups() == []
    wait_for(
        lambda: ana.team_status().changes_waiting == 0 and ben.team_status().changes_waiting == 0
    )


def test_a_replayed_outbox_changes_nothing(
    agents: Callable[[str], TeamCallLog], team_db: TeamDb
) -> None:
    ana = agents("agent_ana")
    records = [
        CallRecord(started_at=T0 + timedelta(minutes=n), notes=f"call {n}") for n in range(5)
    ]
    for record in records:
        ana.save(record)
    wait_for(lambda: server_calls(team_db) == 5 and ana.team_status().changes_waiting == 0)
    before = team_db.admin("SELECT id, received_at FROM calmline.calls ORDER BY id")
    # As if the PC had died after the server committed and before the outbox was emptied.
    backend = ana.backend
    assert backend is not None
    with backend.connection.write() as db:
        db.executemany(
            "INSERT INTO outbox(kind, call_id, detail, queued_at) VALUES ('call', ?, '{}', '')",
            [(r.id,) for r in records],
        )
    ana.sync.wake()
    wait_for(lambda: ana.team_status().changes_waiting == 0)
    assert team_db.admin("SELECT id, received_at FROM calmline.calls ORDER BY id") == before


def test_a_lead_erasure_reaches_every_local_copy(
    agents: Callable[[str], TeamCallLog], team_db: TeamDb
) -> None:
    ana = agents("agent_ana")
    phone = "+44 20 7946 0958"
    theirs = [
        CallRecord(started_at=T0 + timedelta(minutes=n), customer=Customer(phone=phone))
        for n in range(3)
    ]
    other = CallRecord(started_at=T0, customer=Customer(name="Someone else"))
    for record in [*theirs, other]:
        ana.save(record)
    wait_for(lambda: server_calls(team_db) == 4)
    with ServerCallLog.open(check_conninfo(team_db.conninfo("lead_lee"), "test")) as lead:
        assert lead.forget_customer(phone="0044 20 7946 0958") == 3
    ana.sync.wake()
    wait_for(lambda: ana.count() == 1)
    assert ana.get(other.id) is not None
    assert all(ana.get(r.id) is None for r in theirs)
    assert team_db.admin("SELECT erased_by, calls FROM calmline.erasures") == [("lead_lee", 3)]


def test_an_agent_erasure_stays_local_and_the_team_keeps_the_calls(
    agents: Callable[[str], TeamCallLog], team_db: TeamDb
) -> None:
    ana = agents("agent_ana")
    record = CallRecord(started_at=T0, customer=Customer(name="Ann Lee"))
    ana.save(record)
    wait_for(lambda: server_calls(team_db) == 1)
    assert ana.forget_customer(name="ann lee") == 1
    wait_for(lambda: ana.team_status().changes_waiting == 0)
    assert server_calls(team_db) == 1
    assert team_db.admin("SELECT count(*) FROM calmline.erasures") == [(0,)]


def test_with_the_server_unreachable_the_log_works_locally_and_says_so(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nobody listens here once closed
    log = open_log(
        tmp_path / "calls.sqlite3", team_log=f"host=127.0.0.1 port={port} dbname=x user=ana"
    ).log
    assert isinstance(log, TeamCallLog)
    try:
        record = CallRecord(started_at=T0, customer=Customer(phone="+1 555 0100"), notes="kettle")
        started = time.monotonic()
        log.save(record)
        assert time.monotonic() - started < 0.5  # the save never waits on the network
        wait_for(lambda: log.team_status().state == TeamState.OFFLINE)
        wait_for(lambda: log.team_status().calls_waiting == 1)
        status = log.team_status()
        assert "cannot reach the team log at 127.0.0.1" in status.reason
        assert [s.id for s in log.search("kettle")] == [record.id]
        assert log.answered_partially
    finally:
        log.close()


def test_the_outbox_holds_the_history_of_a_log_from_before_it(tmp_path: Path) -> None:
    from tests.unit.test_migrations import WRITERS

    path = tmp_path / "calls.sqlite3"
    calls = [CallRecord(started_at=T0 + timedelta(minutes=n)) for n in range(3)]
    WRITERS[3](path, calls, None)
    log = open_log(path).log
    try:
        backend = log.backend
        assert backend is not None
        queued = backend.connection.read("SELECT kind, call_id FROM outbox ORDER BY seq")
        assert queued == [("call", r.id) for r in calls]
    finally:
        log.close()


def test_a_leads_erasure_made_offline_is_sent_by_hashes_only(
    agents: Callable[[str], TeamCallLog], team_db: TeamDb, tmp_path: Path
) -> None:
    lee = agents("lead_lee")
    phone = "+44 7700 900123"
    record = CallRecord(started_at=T0, customer=Customer(phone=phone))
    lee.save(record)
    wait_for(lambda: server_calls(team_db) == 1)
    lee.sync.stop()  # as if the server were out of reach: the erasure waits in the outbox
    assert lee.forget_customer(phone=phone) == 1
    for path in (tmp_path / "lead_lee").glob("calls.sqlite3*"):
        assert b"447700900123" not in path.read_bytes()
    lee.sync = type(lee.sync)(lee.config, lee.path).start()
    wait_for(lambda: server_calls(team_db) == 0)
    assert team_db.admin("SELECT erased_by, calls FROM calmline.erasures") == [("lead_lee", 1)]


def test_closing_does_not_wait_for_a_server_that_never_answers(
    tmp_path: Path, team_db: TeamDb
) -> None:
    # A port that takes the connection (the kernel's backlog) and never says a word.
    with socket.socket() as black_hole:
        black_hole.bind(("127.0.0.1", 0))
        black_hole.listen(8)
        port = black_hole.getsockname()[1]
        path = tmp_path / "calls.sqlite3"
        log = open_log(path, team_log=f"host=127.0.0.1 port={port} dbname=x user=y").log
        assert isinstance(log, TeamCallLog)
        call = CallRecord(started_at=T0, customer=Customer(name="Dana Reyes"))
        log.save(call)
        time.sleep(0.3)  # the worker is in its connect by now
        asked = time.monotonic()
        log.close()
        took = time.monotonic() - asked
        assert took < 1.0, f"closing took {took:.2f} s"
        assert not log.sync.stopped()  # it was stuck, and was left behind

    # Nothing lost: the call waits in the outbox and reaches the team at the next start.
    with closing(SqliteCallLog(path)) as local:
        assert outbox.waiting(local.connection.db) == (1, 1)
    again = open_log(path, team_log=team_db.conninfo("agent_ana")).log
    try:
        wait_for(lambda: server_calls(team_db) == 1)
    finally:
        again.close()
