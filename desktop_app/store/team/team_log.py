"""The window's call log when a team log is configured: local first, team second.

Everything is written to the local SQLite log exactly as without a team log
(with its outbox rows in the same transaction); the sync worker sends them.
The team's questions (repeat caller, history search, follow-ups, the
complaints report) go to the server while the worker reaches it, and to the
local log otherwise: then ``answered_partially`` is set and the team line
says the answers come from this PC only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from desktop_app.core.call import CallRecord
from desktop_app.store.base import CallSummary, CustomerHistory, FollowUp, LogError
from desktop_app.store.pending import PendingCallLog, Replace
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.store.team.config import TeamLogConfig
from desktop_app.store.team.server_log import ServerCallLog
from desktop_app.store.team.status import TeamState, TeamStatus
from desktop_app.store.team.sync import TeamSync

log = logging.getLogger(__name__)

T = TypeVar("T")


class TeamCallLog(PendingCallLog):
    def __init__(
        self,
        path: Path,
        reopen: Callable[[], SqliteCallLog],
        backend: SqliteCallLog | None,
        replace: Replace | None = None,
        *,
        config: TeamLogConfig,
    ) -> None:
        super().__init__(path, reopen, backend, replace)
        self.config = config
        self.sync = TeamSync(config, path, on_change=self._team_changed)
        self._reader: ServerCallLog | None = None
        #: the last team question was answered from this PC's log only
        self.answered_partially = False
        #: called in the worker's thread with what the team log announced
        #: ("call:ID", "promise:ID", "erasure:N", or "reconnected" after being away)
        self.on_team_change: Callable[[list[str]], None] | None = None

    def start_sync(self) -> None:
        self.sync.start()

    def team_status(self) -> TeamStatus | None:
        return self.sync.status()

    def _team_changed(self, heard: list[str]) -> None:
        if self.on_team_change is not None:
            self.on_team_change(heard)

    def _ask_team(self, question: Callable[[ServerCallLog], T], here: Callable[[], T]) -> T:
        if self.sync.status().state == TeamState.ONLINE:
            try:
                if self._reader is None:
                    self._reader = ServerCallLog.open(self.config)
                answer = question(self._reader)
            except LogError as exc:
                log.warning("team log: answering from this PC's log: %s", exc)
                self._close_reader()
            else:
                self.answered_partially = False
                return answer
        self.answered_partially = True
        return here()

    def _close_reader(self) -> None:
        if self._reader is not None:
            try:
                self._reader.close()
            finally:
                self._reader = None

    # -- writes: local, then the worker is told --------------------------------
    def save(self, record: CallRecord) -> None:
        try:
            super().save(record)
        finally:
            self.sync.wake()

    def set_commitment_done(self, call_id: str, commitment_id: str, done: bool) -> None:
        self._change(call_id, commitment_id, done=done)

    def hand_over(self, call_id: str, commitment_id: str, who: str) -> None:
        """Give a promise to another agent (by name), here and for the whole team."""
        self._change(call_id, commitment_id, who=who)

    def _change(
        self, call_id: str, commitment_id: str, *, done: bool | None = None, who: str | None = None
    ) -> None:
        local = self._require()
        # The team log always rides on the SQLite log: its outbox is what is sent.
        assert isinstance(local, SqliteCallLog)
        if not local.change_commitment(call_id, commitment_id, done=done, who=who):
            # Another agent's call: only the team log has it.
            local.change_commitment(call_id, commitment_id, done=done, who=who, team_only=True)
        self.sync.wake()

    def forget_customer(self, *, phone: str = "", account: str = "", name: str = "") -> int:
        erased = self._require().forget_customer(phone=phone, account=account, name=name)
        self.sync.wake()
        return erased

    # -- the team's questions ---------------------------------------------------
    def search(
        self,
        text: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
    ) -> list[CallSummary]:
        return self._ask_team(
            lambda team: team.search(text, since=since, until=until, limit=limit),
            lambda: super(TeamCallLog, self).search(text, since=since, until=until, limit=limit),
        )

    def customer_history(
        self, *, phone: str = "", account: str = "", name: str = "", exclude_call: str = ""
    ) -> CustomerHistory:
        return self._ask_team(
            lambda team: team.customer_history(
                phone=phone, account=account, name=name, exclude_call=exclude_call
            ),
            lambda: super(TeamCallLog, self).customer_history(
                phone=phone, account=account, name=name, exclude_call=exclude_call
            ),
        )

    def follow_ups(self, *, include_done: bool = False) -> list[FollowUp]:
        return self._ask_team(
            lambda team: team.follow_ups(include_done=include_done),
            lambda: super(TeamCallLog, self).follow_ups(include_done=include_done),
        )

    def follow_ups_falling_due(self, after: datetime, until: datetime) -> list[FollowUp]:
        return self._ask_team(
            lambda team: team.follow_ups_falling_due(after, until),
            lambda: super(TeamCallLog, self).follow_ups_falling_due(after, until),
        )

    def category_counts_by_week(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, dict[str, int]]:
        return self._ask_team(
            lambda team: team.category_counts_by_week(since=since, until=until),
            lambda: super(TeamCallLog, self).category_counts_by_week(since=since, until=until),
        )

    def get(self, call_id: str) -> CallRecord | None:
        here = super().get(call_id)
        if here is not None:
            return here
        return self._ask_team(lambda team: team.get(call_id), lambda: None)

    def close(self) -> None:
        self.sync.stop()
        self._close_reader()
        super().close()
