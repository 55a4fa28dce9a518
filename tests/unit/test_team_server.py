"""The team log on a real PostgreSQL server: what only the server does.

Sending twice changes nothing, the latest promise change wins whatever order
they arrive in, only a lead erases, and a call of an erased customer still on
its way is refused. (What both logs share is in ``test_store.py``.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app.core.call import CallRecord, Commitment, Customer, new_id
from desktop_app.store.base import LogError
from desktop_app.store.team.config import check_conninfo
from desktop_app.store.team.server_log import ServerCallLog
from tests.team_fixtures import TeamDb
from tests.unit.test_store import records

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def open_as(team_db: TeamDb, user: str) -> ServerCallLog:
    return ServerCallLog.open(check_conninfo(team_db.conninfo(user), "test"))


@pytest.fixture
def server(team_db: TeamDb) -> Iterator[ServerCallLog]:
    opened = open_as(team_db, "agent_ana")
    yield opened
    opened.close()


@given(record=records)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_every_field_of_a_call_comes_back_exactly(
    server: ServerCallLog, record: CallRecord
) -> None:
    if "\\u0000" in json.dumps(record.to_dict()):
        return  # PostgreSQL text holds no NUL: see the replacement test below
    record.id = new_id()  # hypothesis may repeat an id; a call already there is kept
    server.save(record)
    assert server.get(record.id) == record


def test_a_nul_character_is_kept_as_a_replacement_character(server: ServerCallLog) -> None:
    record = CallRecord(started_at=T0, notes="pasted\x00text")
    server.save(record)
    assert server.get(record.id).notes == "pasted\ufffdtext"  # type: ignore[union-attr]


def test_sending_a_call_again_changes_nothing(server: ServerCallLog, team_db: TeamDb) -> None:
    record = CallRecord(started_at=T0, notes="first", commitments=[Commitment("Ring back")])
    assert server.save_many([record, record]) == 1
    record.notes = "changed on the way"
    assert server.save_many([record]) == 0
    assert server.count() == 1
    assert server.get(record.id).notes == "first"  # type: ignore[union-attr]
    assert team_db.admin("SELECT count(*) FROM calmline.commitments") == [(1,)]


def test_each_call_keeps_the_login_that_sent_it(server: ServerCallLog, team_db: TeamDb) -> None:
    record = CallRecord(started_at=T0, agent="Ana")
    server.save(record)
    assert team_db.admin("SELECT agent, sent_by FROM calmline.calls") == [("Ana", "agent_ana")]
    assert server.search("")[0].agent == "Ana"


def test_the_latest_promise_change_wins_in_any_order(server: ServerCallLog) -> None:
    promise = Commitment("Refund", who="Ana")
    record = CallRecord(started_at=T0, commitments=[promise])
    server.save(record)
    later, earlier = T0 + timedelta(minutes=5), T0 + timedelta(minutes=1)
    assert server.change_commitment(record.id, promise.id, done=True, changed_at=later)
    # an older change arriving late (a PC that was offline) does not undo it
    assert server.change_commitment(record.id, promise.id, done=False, changed_at=earlier)
    assert server.get(record.id).commitments[0].done  # type: ignore[union-attr]
    assert server.change_commitment(
        record.id, promise.id, who="Ben", changed_at=later + timedelta(seconds=1)
    )
    kept = server.get(record.id).commitments[0]  # type: ignore[union-attr]
    assert (kept.who, kept.done) == ("Ben", True)
    assert not server.change_commitment(record.id, "no-such-promise", done=True)


def test_an_agent_cannot_erase_and_nothing_is_erased(server: ServerCallLog) -> None:
    server.save(CallRecord(started_at=T0, customer=Customer(phone="+44 20 7946 0958")))
    with pytest.raises(LogError, match=r"only a team lead .* nothing was erased"):
        server.forget_customer(phone="+44 20 7946 0958")
    assert server.count() == 1


def test_an_agent_cannot_change_a_call_or_delete_it_in_sql(team_db: TeamDb) -> None:
    import psycopg

    record = CallRecord(started_at=T0, notes="as saved")
    with open_as(team_db, "agent_ana") as server:
        server.save(record)
    with psycopg.connect(team_db.conninfo("agent_ana"), autocommit=True) as conn:
        for sql in (
            "UPDATE calmline.calls SET category = 'x'",
            "DELETE FROM calmline.calls",
            "UPDATE calmline.commitments SET what = 'x'",
            "INSERT INTO calmline.erasures (calls) VALUES (0)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql.encode())


def test_a_lead_erases_with_an_audit_row_and_late_calls_are_refused(team_db: TeamDb) -> None:
    phone = "+44 20 7946 0958"
    before = [
        CallRecord(started_at=T0 + timedelta(minutes=m), customer=Customer(phone=phone))
        for m in range(3)
    ]
    late = CallRecord(
        started_at=T0 + timedelta(minutes=9), customer=Customer(phone="0044 20 7946 0958")
    )
    other = CallRecord(started_at=T0, customer=Customer(name="Someone else"))
    with open_as(team_db, "agent_ana") as agent:
        agent.save_many([*before, other])
    with open_as(team_db, "lead_lee") as lead:
        assert lead.is_lead()
        assert lead.forget_customer(phone=phone) == 3
    audit = team_db.admin("SELECT erased_by, calls FROM calmline.erasures")
    assert audit == [("lead_lee", 3)]
    with open_as(team_db, "agent_ana") as agent:
        # a PC that was offline sends a call of that customer made before the erasure
        assert agent.save_many([late]) == 0
        assert [r.id for r in agent.list_calls()] == [other.id]
        # the same customer calling again afterwards is a new call like any other
        again = CallRecord(
            started_at=datetime.now(UTC) + timedelta(minutes=1), customer=Customer(phone=phone)
        )
        assert agent.save_many([again]) == 1
        assert len(agent.erasures_after(0)) == 1


@pytest.mark.parametrize("recent", [1, 3, 1000])
def test_search_finds_the_same_newest_first_whichever_way_it_looks(
    server: ServerCallLog, monkeypatch: pytest.MonkeyPatch, recent: int
) -> None:
    from desktop_app.store.team import server_log

    monkeypatch.setattr(server_log, "RECENT_CALLS", recent)
    calls = [
        CallRecord(
            started_at=T0 + timedelta(minutes=n),
            notes="porcupine" if n % 4 == 0 else "kettle",
            customer=Customer(phone=f"+1 555 01{n:02d}"),
        )
        for n in range(12)
    ]
    server.save_many(calls)
    newest_first = list(reversed(calls))
    rare = [r.id for r in newest_first if r.notes == "porcupine"]
    common = [r.id for r in newest_first if r.notes == "kettle"]
    assert [s.id for s in server.search("porc")] == rare
    assert [s.id for s in server.search("porc", limit=2)] == rare[:2]
    assert [s.id for s in server.search("kett", limit=5)] == common[:5]
    assert [s.id for s in server.search("555 0104")] == [calls[4].id]
    assert [s.id for s in server.search("porc", until=T0 + timedelta(minutes=5))] == rare[-2:]
