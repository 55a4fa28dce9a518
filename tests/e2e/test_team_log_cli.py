"""``calmline log search``, ``log customer`` and ``log forget`` with a team log, as real runs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.call import CallRecord, Commitment, Customer
from desktop_app.paths import DataDir
from desktop_app.store.opening import open_call_log
from desktop_app.store.team.config import check_conninfo
from desktop_app.store.team.server_log import ServerCallLog
from tests.e2e.test_log_cli import calmline
from tests.team_fixtures import TeamDb

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PHONE = "+44 20 7946 0958"


def agent_dir(tmp_path: Path, conninfo: str, *local: CallRecord) -> DataDir:
    """A data dir whose settings name the team log, with ``local`` calls in its own log."""
    data = DataDir(tmp_path / "data").create()
    data.settings.write_text(json.dumps({"team_log": conninfo}))
    log = open_call_log(data.call_log).log
    for record in local:
        log.save(record)
    log.close()
    return data


def bens_calls(team_db: TeamDb) -> list[CallRecord]:
    calls = [
        CallRecord(
            started_at=T0 + timedelta(hours=n),
            agent="Ben",
            customer=Customer(name="Dana Ökafor", phone=PHONE),
            notes=f"Kettle broken, visit {n}",
            commitments=[Commitment("Send engineer", who="Ben", due=T0 + timedelta(days=2))],
        )
        for n in range(2)
    ]
    with ServerCallLog.open(check_conninfo(team_db.conninfo("agent_ben"), "test")) as ben:
        ben.save_many(calls)
    return calls


def test_search_and_customer_answer_from_the_team_log(team_db: TeamDb, tmp_path: Path) -> None:
    calls = bens_calls(team_db)
    data = agent_dir(tmp_path, team_db.conninfo("agent_ana"))
    found = calmline("--data-dir", str(data.root), "log", "search", "okafor", "kett")
    assert found.returncode == 0, found.stderr
    assert found.stderr == ""
    lines = [line.split("\t") for line in found.stdout.splitlines()]
    assert [line[-1] for line in lines] == [calls[1].id, calls[0].id]
    assert lines[0][1:4] == ["Ben", "Dana Ökafor", PHONE]
    customer = calmline(
        "--data-dir", str(data.root), "log", "customer", "--phone", "00442079460958"
    )
    assert customer.returncode == 0, customer.stderr
    out = customer.stdout.splitlines()
    assert out[0] == "calls:\t2"
    assert out[1].startswith("last:\t") and out[1].endswith(calls[1].id)
    assert sum(line.startswith("open promise:\t") for line in out) == 2


def test_without_the_server_they_answer_from_this_pc_and_say_so(tmp_path: Path) -> None:
    mine = CallRecord(started_at=T0, agent="Ana", notes="kettle", customer=Customer(phone=PHONE))
    data = agent_dir(tmp_path, "host=127.0.0.1 port=1 dbname=x user=agent_ana", mine)
    found = calmline("--data-dir", str(data.root), "log", "search", "kettle")
    assert found.returncode == 0, found.stderr
    assert found.stdout.split("\t")[-1].strip() == mine.id
    assert "cannot reach the team log at 127.0.0.1" in found.stderr
    assert "answering from this PC's log only" in found.stderr


def test_a_lead_forgets_for_the_team_an_agent_is_refused(team_db: TeamDb, tmp_path: Path) -> None:
    bens_calls(team_db)
    mine = CallRecord(started_at=T0, customer=Customer(phone=PHONE))
    agent = agent_dir(tmp_path / "ana", team_db.conninfo("agent_ana"), mine)
    refused = calmline("--data-dir", str(agent.root), "log", "forget", "--phone", PHONE)
    assert refused.returncode == 1
    assert "only a team lead (role calmline_lead)" in refused.stderr
    assert "nothing was erased" in refused.stderr
    assert team_db.admin("SELECT count(*) FROM calmline.calls") == [(2,)]
    log = open_call_log(agent.call_log).log
    assert log.count() == 1  # nothing erased on the PC either
    log.close()

    lead = agent_dir(tmp_path / "lee", team_db.conninfo("lead_lee"), mine)
    done = calmline("--data-dir", str(lead.root), "log", "forget", "--phone", PHONE)
    assert done.returncode == 0, done.stderr
    assert "erased 2 calls from the team log" in done.stdout
    assert "erased 1 call with phone" in done.stdout  # the lead's own copy
    assert team_db.admin("SELECT count(*) FROM calmline.calls") == [(0,)]
    assert team_db.admin("SELECT erased_by, calls FROM calmline.erasures") == [("lead_lee", 2)]
