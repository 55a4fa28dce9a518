"""``calmline team init`` and ``calmline team check`` against a real PostgreSQL server."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.call import CallRecord
from desktop_app.store.team.config import check_conninfo
from desktop_app.store.team.server_log import ServerCallLog
from tests.e2e.test_log_cli import calmline
from tests.team_fixtures import TeamDb


def test_init_creates_then_says_up_to_date_then_refuses_a_newer_schema(empty_db: TeamDb) -> None:
    admin = empty_db.cluster.admin_dsn(empty_db.name)
    first = calmline("team", "init", admin)
    assert first.returncode == 0, first.stderr
    assert "created the team log" in first.stdout and "(schema 1)" in first.stdout
    again = calmline("team", "init", admin)
    assert (again.returncode, again.stdout.strip().endswith("is up to date (schema 1)")) == (
        0,
        True,
    )
    empty_db.admin("UPDATE calmline.schema_version SET version = 7")
    newer = calmline("team", "init", admin)
    assert newer.returncode == 1
    assert "set up by a newer Calmline (schema 7" in newer.stderr
    assert "nothing was changed" in newer.stderr and "Traceback" not in newer.stderr


def test_an_agent_login_cannot_create_the_tables(empty_db: TeamDb) -> None:
    done = calmline("team", "init", empty_db.conninfo("agent_ana"))
    assert done.returncode == 1
    assert "could not be set up" in done.stderr and "nothing was changed" in done.stderr
    assert "Traceback" not in done.stderr


def test_check_reads_the_setting_and_reports_each_step(team_db: TeamDb, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"team_log": team_db.conninfo("agent_ana")}))
    agent = calmline("--data-dir", str(data), "team", "check")
    assert agent.returncode == 0, agent.stdout + agent.stderr
    lines = agent.stdout.splitlines()
    assert lines[0].startswith("team log:") and f"database {team_db.name}" in lines[0]
    assert any(line.startswith("reach and sign in:") and "as agent_ana" in line for line in lines)
    assert any(line.startswith("write:") and " ok " in f" {line} " for line in lines)
    assert any(line.startswith("erase customers:") and "NO" in line for line in lines)
    lead = calmline("team", "check", team_db.conninfo("lead_lee"))
    assert lead.returncode == 0 and "this login has the lead role" in lead.stdout
    # the trial writes left nothing behind
    assert team_db.admin("SELECT count(*) FROM calmline.calls") == [(0,)]


def test_check_says_when_the_password_is_refused_or_the_server_is_gone(
    team_db: TeamDb, tmp_path: Path
) -> None:
    passfile = tmp_path / "wrong.pgpass"
    passfile.write_text(f"127.0.0.1:{team_db.cluster.port}:*:agent_ana:not-the-password\n")
    passfile.chmod(0o600)
    refused = calmline("team", "check", team_db.conninfo(), env={"PGPASSFILE": str(passfile)})
    assert refused.returncode == 1
    assert "password authentication failed" in refused.stdout
    assert "not-the-password" not in refused.stdout + refused.stderr
    gone = calmline("team", "check", "host=127.0.0.1 port=1 dbname=x user=agent_ana")
    assert gone.returncode == 1 and "cannot reach the team log at 127.0.0.1" in gone.stdout


def test_a_password_in_the_setting_is_refused_and_never_shown(tmp_path: Path) -> None:
    for conninfo in (
        "host=db.example user=ana password=hunter2-secret",
        "postgresql://ana:hunter2-secret@db.example/calls",
    ):
        done = calmline("team", "check", conninfo)
        assert done.returncode == 1
        assert "does not belong in the team log setting" in done.stderr
        assert "pgpass" in done.stderr
        assert "hunter2" not in done.stdout + done.stderr


def test_check_counts_the_calls_in_the_agents_language(team_db: TeamDb, tmp_path: Path) -> None:
    with ServerCallLog.open(check_conninfo(team_db.conninfo("agent_ben"), "test")) as ben:
        ben.save(CallRecord(started_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC), agent="Ben"))
    data = tmp_path / "data"
    data.mkdir()
    settings = {"language": "es", "team_log": team_db.conninfo("agent_ana")}
    (data / "settings.json").write_text(json.dumps(settings))
    done = calmline("--data-dir", str(data), "team", "check")
    assert done.returncode == 0, done.stdout + done.stderr
    (read,) = [line for line in done.stdout.splitlines() if line.startswith("lectura:")]
    assert read.endswith(" - 1 llamada"), done.stdout  # not "1 llamadas"
    # the trial write left the one call as it was
    assert team_db.admin("SELECT count(*) FROM calmline.calls") == [(1,)]
    settings["language"] = "en"
    (data / "settings.json").write_text(json.dumps(settings))
    done = calmline("--data-dir", str(data), "team", "check")
    (read,) = [line for line in done.stdout.splitlines() if line.startswith("read:")]
    assert read.endswith(" - 1 call"), done.stdout  # and in English too
