"""No password reaches settings.json or the diagnostics log, whatever the team log setting.

Calmline is started the way the window starts (diagnostics installed, then
everything assembled), in a process of its own, once with a password wrongly
put in the setting and once with a working team log whose password is in
libpq's password file; every file it wrote is then searched for the passwords.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.team_fixtures import AGENTS, TeamDb

START_AND_SAVE = """
import sys, time
from datetime import UTC, datetime
from pathlib import Path
from desktop_app import diagnostics
from desktop_app.app import assemble, save_to
from desktop_app.core.call import CallRecord
from desktop_app.paths import DataDir

data = DataDir(Path(sys.argv[1])).create()
diagnostics.install(data.logs)
parts = assemble(data)
print("\\n".join(parts.problems.messages))
parts.call_log.save(CallRecord(started_at=datetime.now(UTC), notes="kettle"))
parts.settings.agent_name = "Ana"  # as the window does when the agent gives a name
save_to(data, parts.settings)
status = parts.call_log.team_status()
deadline = time.monotonic() + 20
while status is not None and status.state == "online" and status.calls_waiting:
    time.sleep(0.1)
    status = parts.call_log.team_status()
    if time.monotonic() > deadline:
        break
time.sleep(1.5)  # a round or two of the worker, which logs what it finds
parts.call_log.close()
"""


def start_and_save(data: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", START_AND_SAVE, str(data)],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def everything_written(data: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file())


def test_a_password_in_the_setting_is_refused_and_taken_out_of_the_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(
        json.dumps({"team_log": "postgresql://ana:hunter2-secret@127.0.0.1:1/calls"})
    )
    problems = start_and_save(data)
    assert "a password does not belong in the team log setting" in problems
    assert "hunter2" not in problems
    settings = json.loads((data / "settings.json").read_text())
    assert (settings["agent_name"], settings["team_log"]) == ("Ana", "")
    assert b"hunter2" not in everything_written(data)


def test_a_working_team_log_leaves_no_password_behind(team_db: TeamDb, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"team_log": team_db.conninfo("agent_ana")}))
    start_and_save(data)
    assert team_db.admin("SELECT count(*) FROM calmline.calls") == [(1,)]
    written = everything_written(data)
    assert b"team log" in (data / "logs").joinpath("calmline.log").read_bytes()
    for password, _ in AGENTS.values():
        assert password.encode() not in written
