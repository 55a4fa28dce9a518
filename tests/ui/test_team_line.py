"""The team log's line in the window: quiet when all is sent, one line when offline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.call import CallRecord
from desktop_app.store.factory import open_log
from desktop_app.store.pending import PendingCallLog
from desktop_app.store.team.status import TeamState
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.log_tools.team_line import TeamLine, attach_team_line
from tests.team_fixtures import TeamDb
from tests.ui.conftest import WindowFactory


def test_offline_the_line_counts_the_calls_waiting(
    make_window: WindowFactory, qtbot: QtBot, offline_team_log: PendingCallLog
) -> None:
    window = make_window()
    log = offline_team_log
    line = attach_team_line(window, log)
    assert line is not None
    qtbot.waitUntil(lambda: line.text.startswith("Team log offline · 0 calls waiting"))
    log.save(CallRecord(started_at=datetime.now(UTC)))
    qtbot.waitUntil(lambda: line.text.startswith("Team log offline · 1 call waiting"))
    assert "team answers from this PC only" in line.text
    assert line.bar.accessibleName() == "Team log"


def test_online_with_everything_sent_the_line_is_hidden(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, team_db: TeamDb
) -> None:
    window = make_window()
    log = open_log(tmp_path / "team-calls.sqlite3", team_log=team_db.conninfo()).log
    try:
        line = attach_team_line(window, log)
        assert line is not None
        log.save(CallRecord(started_at=datetime.now(UTC)))
        qtbot.waitUntil(lambda: team_db.admin("SELECT count(*) FROM calmline.calls") == [(1,)])
        qtbot.waitUntil(lambda: not line.bar.isVisible())
    finally:
        log.close()


def test_without_a_team_log_there_is_no_line(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    log = open_log(tmp_path / "calls.sqlite3").log
    try:
        assert attach_team_line(window, log) is None
    finally:
        log.close()


@pytest.fixture
def ana_and_ben(tmp_path: Path, team_db: TeamDb) -> Iterator[tuple[PendingCallLog, PendingCallLog]]:
    """Ana's and Ben's logs, each on its own PC's SQLite, both on the team log."""
    ana_log = open_log(tmp_path / "ana.sqlite3", team_log=team_db.conninfo("agent_ana")).log
    ben_log = open_log(tmp_path / "ben.sqlite3", team_log=team_db.conninfo("agent_ben")).log
    yield ana_log, ben_log
    ben_log.close()
    ana_log.close()


def ana_window(qtbot: QtBot, tmp_path: Path, log: PendingCallLog) -> tuple[MainWindow, TeamLine]:
    """Ana's window over her team log, shown, with its team line."""
    from desktop_app.app import Parts, StartupProblems, assemble_desk
    from desktop_app.paths import DataDir
    from desktop_app.ui.application import build_window
    from tests.ui.conftest import sample_playbook

    data = DataDir(tmp_path / "ana").create()
    parts = Parts(data, sample_playbook(), log, StartupProblems())
    assemble_desk(parts)
    window = build_window(parts)
    qtbot.addWidget(window)
    line = attach_team_line(window, log)
    assert line is not None
    window.show()
    return window, line


def test_a_colleagues_promise_change_shows_in_open_follow_ups_within_2_s(
    qtbot: QtBot, tmp_path: Path, ana_and_ben: tuple[PendingCallLog, PendingCallLog]
) -> None:
    import time
    from datetime import timedelta

    from desktop_app.core.call import Commitment, Customer
    from desktop_app.ui.log_tools.team_tools import team_tools

    ana_log, ben_log = ana_and_ben
    window, line = ana_window(qtbot, tmp_path, ana_log)
    tools = team_tools(window)  # attached with the window
    tools.open_follow_ups()
    assert tools.follow_ups is not None
    follow_ups = tools.follow_ups
    qtbot.waitUntil(follow_ups.isVisible)  # the list on screen, as the agent has it

    promise = Commitment("Send the engineer", who="Ben", due=datetime.now(UTC) + timedelta(days=1))
    call = CallRecord(
        started_at=datetime.now(UTC),
        customer=Customer(name="Dana Reyes"),
        commitments=[promise],
    )
    ben_log.save(call)
    qtbot.waitUntil(
        lambda: any("Send the engineer" in r for r in follow_ups.row_texts()), timeout=5000
    )
    assert any(r.endswith("| Dana Reyes | Ben") for r in follow_ups.row_texts())

    ben_log.hand_over(call.id, promise.id, "Cara")
    qtbot.waitUntil(lambda: any(r.endswith("| Cara") for r in follow_ups.row_texts()), timeout=2000)
    asked = time.monotonic()
    ben_log.set_commitment_done(call.id, promise.id, True)
    qtbot.waitUntil(
        lambda: not any("Send the engineer" in r for r in follow_ups.row_texts()), timeout=2000
    )
    assert time.monotonic() - asked < 2.0
    line.detach()


def test_a_colleagues_call_from_the_caller_brings_up_the_banner_within_2_s(
    qtbot: QtBot,
    tmp_path: Path,
    team_db: TeamDb,
    ana_and_ben: tuple[PendingCallLog, PendingCallLog],
) -> None:
    from desktop_app.core.call import Customer
    from desktop_app.ui.log_tools.team_tools import team_tools

    ana_log, ben_log = ana_and_ben
    window, line = ana_window(qtbot, tmp_path, ana_log)
    tools = team_tools(window)
    status = ana_log.team_status
    qtbot.waitUntil(lambda: status() is not None and status().state == TeamState.ONLINE)
    ok, _ = window.run_command("new-call --phone '+44 7700 900555'")
    assert ok and not tools.banner.is_up()  # a first-time caller, as far as anyone knows

    # Ben's call with someone else: Ana's caller is still a first-time caller.
    other = CallRecord(started_at=datetime.now(UTC), customer=Customer(phone="+1 555 0100"))
    ben_log.save(other)
    qtbot.waitUntil(lambda: team_db.admin("SELECT count(*) FROM calmline.calls") == [(1,)])
    qtbot.wait(500)
    assert not tools.banner.is_up()

    # Ben, on the phone to the same customer a moment ago, saves his call.
    earlier = CallRecord(
        started_at=datetime.now(UTC),
        customer=Customer(name="Dana Reyes", phone="0044 7700 900555"),
    )
    ben_log.save(earlier)
    qtbot.waitUntil(tools.banner.is_up, timeout=2000)
    assert tools.banner.said().splitlines()[0] == "Called once before"
    assert tools.banner.last_call.text().startswith("Last call: ")
    line.detach()
