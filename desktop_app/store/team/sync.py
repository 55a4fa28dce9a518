"""The team log's sync worker: a plain thread that sends the outbox to the server.

It owns its own connections (one to the local SQLite log, one to the
server), so the window's thread never waits on the network. Each round it
first applies the erasures the server knows of and this PC has not (so a
call of an erased customer is not sent again), then sends the outbox in
order, in one server transaction per batch, and empties those rows only once
the server has committed them. A batch cut off mid-way is sent again, which
changes nothing (``team.server_log``). When the server cannot be reached it
waits a little longer each time (up to ``MAX_BACKOFF``) and tries again; a
save in the window wakes it at once.

Closing does not wait for a server that does not answer: ``stop`` gives the
worker ``STOP_GRACE`` to finish and then leaves it (a daemon thread) stuck in
its connect or query. Nothing is lost by that: every call and change is in
the local outbox, committed by the window's thread before it was handed
over, and the worker empties outbox rows only after the server committed
them, so a batch cut off is sent again at the next start.

``status()`` is safe from any thread: the state, how many calls wait, and
why the server cannot be reached.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop_app.core.call import CallRecord
from desktop_app.store import outbox
from desktop_app.store.base import LogError, LogWriteError
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.store.team.config import TeamLogConfig
from desktop_app.store.team.server_log import ServerCallLog
from desktop_app.store.team.status import TeamState, TeamStatus

log = logging.getLogger(__name__)

#: Outbox rows sent per server transaction.
BATCH = 200
#: Seconds between rounds while nothing is waiting (announcements end the wait early).
POLL = 1.0
#: How long one wait for the server's announcements lasts before a local save is looked at.
LISTEN_SLICE = 0.1
MAX_BACKOFF = 10.0
#: How long closing Calmline waits for the worker before leaving it behind.
STOP_GRACE = 0.5
_ERASURE_MARK = "last_erasure"


class TeamSync:
    """Sends one local log's outbox to the team log, in a thread of its own."""

    def __init__(
        self,
        config: TeamLogConfig,
        log_path: Path,
        *,
        on_change: Callable[[list[str]], None] | None = None,
    ) -> None:
        self.config = config
        self.log_path = log_path
        self._on_change = on_change
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._status = TeamStatus(TeamState.CONNECTING, 0, 0)
        self._thread: threading.Thread | None = None
        #: calls sent and found new on the server, since start (for tests and figures)
        self.sent_calls = 0

    # -- any thread ------------------------------------------------------------
    def start(self) -> TeamSync:
        self._thread = threading.Thread(target=self._run, name="calmline-team-sync", daemon=True)
        self._thread.start()
        return self

    def wake(self) -> None:
        """Something was queued: send it now rather than at the next look."""
        self._wake.set()

    def status(self) -> TeamStatus:
        with self._lock:
            return self._status

    def stop(self, timeout: float = STOP_GRACE) -> None:
        """Ask the worker to end and wait ``timeout`` at most (see the module's note)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.info(
                    "team log: closing without waiting for %s (the outbox stays on this PC)",
                    self.config.describe(),
                )
        self._set(state=TeamState.STOPPED)

    def stopped(self) -> bool:
        """The worker has ended (or was never started)."""
        return self._thread is None or not self._thread.is_alive()

    # -- the worker's thread -------------------------------------------------
    def _set(self, **changes: object) -> None:
        with self._lock:
            fields = {
                "state": self._status.state,
                "calls_waiting": self._status.calls_waiting,
                "changes_waiting": self._status.changes_waiting,
                "reason": self._status.reason,
                "last_contact": self._status.last_contact,
                **changes,
            }
            self._status = TeamStatus(**fields)  # type: ignore[arg-type]

    def _pause(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _run(self) -> None:
        local: SqliteCallLog | None = None
        server: ServerCallLog | None = None
        backoff = 0.5
        while not self._stop.is_set():
            try:
                if local is None:
                    local = SqliteCallLog(self.log_path)
                self._count(local)
                if server is None:
                    server = ServerCallLog.open(self.config)
                    if self._stop.is_set():  # closed while connecting: nothing more to do
                        break
                    server.listen()
                    log.info("the team log at %s is reachable", self.config.describe())
                    # Whatever changed while away: the window reads it again.
                    self._tell(["reconnected"])
                changed = self.sync_once(local, server)
                self._set(
                    state=TeamState.ONLINE, reason="", last_contact=datetime.now().astimezone()
                )
                self._count(local)
                backoff = 0.5
                if not changed:
                    self._tell(self._listen(server, POLL))
            except LogError as exc:
                if server is not None:
                    server.close()
                    server = None
                if self.status().state != TeamState.OFFLINE or self.status().reason != str(exc):
                    log.warning("team log: %s", exc)
                self._set(state=TeamState.OFFLINE, reason=str(exc))
                self._pause(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
            except Exception:  # never let the thread die quietly: say why and keep trying
                log.exception("team log sync failed")
                self._pause(MAX_BACKOFF)
        if server is not None:
            server.close()
        if local is not None:
            local.close()

    def _listen(self, server: ServerCallLog, seconds: float) -> list[str]:
        """What the server announced within ``seconds``, cut short by a local save."""
        heard: list[str] = []
        deadline = time.monotonic() + seconds
        while not self._wake.is_set() and time.monotonic() < deadline:
            heard += server.announcements(LISTEN_SLICE)
            if heard:
                break
        self._wake.clear()
        return heard

    def _tell(self, heard: list[str]) -> None:
        # Once stopped, the window it would tell may be gone.
        if heard and self._on_change is not None and not self._stop.is_set():
            self._on_change(heard)

    def _count(self, local: SqliteCallLog) -> None:
        calls, changes = outbox.waiting(local.connection.db)
        self._set(calls_waiting=calls, changes_waiting=changes)

    def sync_once(self, local: SqliteCallLog, server: ServerCallLog) -> bool:
        """One round: erasures in, then the outbox out; True when anything moved."""
        erased = self._apply_erasures(local, server)
        sent = self._send(local, server)
        return erased or sent

    def _apply_erasures(self, local: SqliteCallLog, server: ServerCallLog) -> bool:
        db = local.connection.db
        after = int(outbox.mark(db, _ERASURE_MARK, "0"))
        news = server.erasures_after(after)
        for erasure_id, erased_at, hashes in news:
            erased = local.erase_team_erasure(hashes, erased_at)
            with local.connection.write("note the team's erasure in") as write:
                outbox.set_mark(write, _ERASURE_MARK, str(erasure_id))
            log.info("team erasure %d: %d call(s) erased from this PC's log", erasure_id, erased)
        return bool(news)

    def _send(self, local: SqliteCallLog, server: ServerCallLog) -> bool:
        rows = outbox.entries(local.connection.db, BATCH)
        if not rows:
            return False
        calls: list[CallRecord] = []
        done: list[int] = []
        for row in rows:
            if row.kind == outbox.FORGET:
                # An erasure goes alone, after what was queued before it.
                if not done and not calls:
                    self._send_erasure(server, row)
                    done.append(row.seq)
                break
            if row.kind == outbox.CALL:
                record = local.get(row.call_id)
                if record is not None:  # erased or purged here since: nothing to send
                    calls.append(record)
                done.append(row.seq)
            elif row.kind == outbox.PROMISE:
                done.append(row.seq)
        promises = [row for row in rows if row.kind == outbox.PROMISE and row.seq in done]
        self._send_batch(server, calls, promises)
        with local.connection.write("empty the team outbox of") as db:
            db.executemany("DELETE FROM outbox WHERE seq = ?", [(seq,) for seq in done])
        return True

    def _send_batch(
        self,
        server: ServerCallLog,
        calls: list[CallRecord],
        promises: list[outbox.OutboxEntry],
    ) -> None:
        """The batch's calls, then its promise changes, in one server transaction."""
        with server.transaction():
            self.sent_calls += server.save_many(calls)
            for row in promises:
                change = row.detail
                when = datetime.fromisoformat(str(change["at"]))
                server.change_commitment(
                    row.call_id,
                    str(change["commitment"]),
                    done=change.get("done"),
                    who=change.get("who"),
                    changed_at=when,
                    changed_by=str(change.get("by", "")),
                )

    def _send_erasure(self, server: ServerCallLog, row: outbox.OutboxEntry) -> None:
        detail = row.detail
        try:
            erased = server.forget_by_hashes(
                [str(h) for h in detail.get("hashes", [])], token=str(detail.get("token")) or None
            )
        except LogWriteError as exc:  # not a lead: the erasure stays on this PC only
            log.warning("an erasure made on this PC was not sent to the team log: %s", exc)
            return
        log.info("an erasure made on this PC reached the team log: %d call(s)", erased)
