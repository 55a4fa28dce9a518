"""Two agents, two windows (real processes, offscreen), one team log.

Ana saves a call by ``calmline ctl``; when the same customer rings Ben, his
repeat-caller banner shows Ana's call, naming her.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.e2e.running_calmline import calmline_window
from tests.e2e.test_ctl import calmline
from tests.team_fixtures import TeamDb


def agent_data(root: Path, name: str, conninfo: str) -> Path:
    root.mkdir(parents=True)
    (root / "settings.json").write_text(json.dumps({"agent_name": name, "team_log": conninfo}))
    return root


def test_a_call_saved_in_one_window_shows_in_the_others_banner(
    team_db: TeamDb, tmp_path: Path
) -> None:
    ana = agent_data(tmp_path / "ana", "Ana", team_db.conninfo("agent_ana"))
    ben = agent_data(tmp_path / "ben", "Ben", team_db.conninfo("agent_ben"))
    with calmline_window(ana) as ana_window, calmline_window(ben) as ben_window:
        for words in (
            ["new-call", "--phone", "+1 555 010 9999", "--name", "Dana Reyes"],
            ["set-field", "category", "billing"],
            ["set-field", "notes", "Charged twice for March"],
            ["save-call", "--outcome", "resolved"],
        ):
            done = calmline(ana, "ctl", *words)
            assert done.returncode == 0, done.stderr
        deadline = time.monotonic() + 20
        while team_db.admin("SELECT count(*) FROM calmline.calls") != [(1,)]:
            assert time.monotonic() < deadline, "Ana's call did not reach the team log"
            time.sleep(0.1)
        rang = calmline(ben, "ctl", "new-call", "--phone", "0015550109999")
        assert rang.returncode == 0, rang.stderr
        said = calmline(ben, "ctl", "caller")
        assert said.returncode == 0, said.stderr
        lines = said.stdout.strip().splitlines()
        assert lines[0] == "Called once before"
        assert lines[1].startswith("Last call: ") and lines[1].endswith(
            "billing · resolved · by Ana"
        )
        for data, window in ((ana, ana_window), (ben, ben_window)):
            assert calmline(data, "ctl", "quit").returncode == 0
            window.communicate(timeout=60)
            assert window.returncode == 0
