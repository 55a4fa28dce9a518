"""The team log's line in the window: quiet when all is sent, one line when offline."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.call import CallRecord
from desktop_app.store.factory import open_log
from desktop_app.ui.team_line import attach_team_line
from tests.team_fixtures import TeamDb
from tests.ui.conftest import WindowFactory


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_offline_the_line_counts_the_calls_waiting(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    log = open_log(
        tmp_path / "team-calls.sqlite3",
        team_log=f"host=127.0.0.1 port={closed_port()} dbname=x user=ana",
    ).log
    try:
        line = attach_team_line(window, log)
        assert line is not None
        qtbot.waitUntil(lambda: line.text.startswith("Team log offline · 0 calls waiting"))
        log.save(CallRecord(started_at=datetime.now(UTC)))
        qtbot.waitUntil(lambda: line.text.startswith("Team log offline · 1 call waiting"))
        assert "team answers from this PC only" in line.text
        assert line.bar.accessibleName() == "Team log"
    finally:
        log.close()


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
