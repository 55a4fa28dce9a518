"""Handing a promise over in Follow-ups reaches a colleague's Calmline through the team log."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.call import CallRecord, Commitment, Customer
from desktop_app.core.clock import SystemClock
from desktop_app.desk.effects import RecordedEffects
from desktop_app.store.factory import open_log
from desktop_app.store.team.status import TeamState
from desktop_app.ui.log_tools.followups import FollowUpsWidget
from desktop_app.ui.log_tools.tool_setup import ToolSetup
from tests.team_fixtures import TeamDb


def test_a_promise_handed_over_in_follow_ups_reaches_a_colleague_within_2_s(
    qtbot: QtBot, tmp_path: Path, team_db: TeamDb
) -> None:
    ana_log = open_log(tmp_path / "ana.sqlite3", team_log=team_db.conninfo("agent_ana")).log
    ben_log = open_log(tmp_path / "ben.sqlite3", team_log=team_db.conninfo("agent_ben")).log
    try:
        for log in (ana_log, ben_log):
            status = log.team_status
            qtbot.waitUntil(lambda s=status: s() is not None and s().state == TeamState.ONLINE)
        promise = Commitment("Send the engineer", who="Ben", due=datetime.now(UTC) + timedelta(1))
        call = CallRecord(
            started_at=datetime.now(UTC),
            customer=Customer(name="Dana Reyes"),
            commitments=[promise],
        )
        ben_log.save(call)  # Ben's call: Ana's PC has it only through the team log
        qtbot.waitUntil(
            lambda: team_db.admin("SELECT count(*) FROM calmline.commitments") == [(1,)]
        )

        effects = RecordedEffects()
        widget = FollowUpsWidget(
            ToolSetup(ana_log, effects, tmp_path / "exports", clock=SystemClock(), tz=UTC)
        )
        qtbot.addWidget(widget)
        widget.show()
        assert any(r.endswith("| Dana Reyes | Ben") for r in widget.row_texts())
        widget.tree.setFocus()
        qtbot.keyClick(
            widget.tree,
            Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.keyClicks(widget.hand_over_name, "Cara")
        asked = time.monotonic()
        qtbot.keyClick(widget.hand_over_name, Qt.Key.Key_Return)
        assert effects.errors == []
        assert effects.notices == ["Handed over to Cara: Send the engineer"]

        def ben_sees_cara() -> bool:
            return [f.commitment.who for f in ben_log.follow_ups()] == ["Cara"]

        qtbot.waitUntil(ben_sees_cara, timeout=2000)
        assert time.monotonic() - asked < 2.0
        assert not ben_log.answered_partially  # the answer came from the team log
    finally:
        ben_log.close()
        ana_log.close()
