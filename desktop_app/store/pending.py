"""A call log that never loses a call to a full or read-only disk.

``PendingCallLog`` wraps the SQLite log. When a save cannot be written it
keeps the call in memory, raises ``LogWriteError`` with a message naming the
path (so the agent knows), and writes it on the next ``flush()`` — which every
later write does first, and which the window calls every few seconds while
``problem`` is set. When the log could not even be opened at start (read-only
data dir), ``flush()`` keeps trying to open it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from desktop_app.core.call import CallRecord
from desktop_app.core.saved_text import SavedText
from desktop_app.store.base import (
    CallLog,
    CallSummary,
    CustomerHistory,
    DraftSink,
    FollowUp,
    LogDamagedError,
    LogError,
    LogStats,
    LogWriteError,
)
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.store.team.status import TeamStatus

log = logging.getLogger(__name__)

KEPT = "it is kept in memory and written as soon as the log can be written"

#: What is waiting about the draft: a draft to write, or "clear".
_CLEAR = "clear"

T = TypeVar("T")

#: Moves a damaged log aside and returns a fresh one holding what could be read;
#: the notice for the user goes into the list.
Replace = Callable[[SqliteCallLog, LogDamagedError, list[str]], SqliteCallLog]


class PendingCallLog:
    def __init__(
        self,
        path: Path,
        reopen: Callable[[], CallLog],
        backend: CallLog | None,
        replace: Replace | None = None,
    ) -> None:
        self.path = path
        self._reopen = reopen
        self._replace = replace
        self._backend = backend
        #: told, with a message for the user, when a damaged log was replaced while running
        self.damage_listeners: list[Callable[[str], None]] = []
        self._saves: dict[str, CallRecord] = {}
        self._draft: tuple[CallRecord, int] | str | None = None
        self.problem = "" if backend is not None else f"cannot open the call log {path}"

    # -- what waits ------------------------------------------------------------
    @property
    def waiting(self) -> int:
        """Calls kept in memory, not yet written."""
        return len(self._saves)

    @property
    def backend(self) -> CallLog | None:
        return self._backend

    def team_status(self) -> TeamStatus | None:
        """The team log's state and queue, or None when no team log is configured
        (``store.team.team_log`` overrides this)."""
        return None

    def flush(self) -> bool:
        """Write everything that waits; True when nothing is left waiting."""
        try:
            return self._flush()
        except LogDamagedError as exc:
            if not self._replaced(exc):
                self.problem = str(exc)
                return False
        try:
            return self._flush()  # into the fresh log
        except LogDamagedError as exc:
            self.problem = str(exc)
            return False

    def _flush(self) -> bool:
        try:
            if self._backend is None:
                self._backend = self._reopen()
            for call_id, record in list(self._saves.items()):
                self._backend.save(record)
                del self._saves[call_id]
            if self._draft == _CLEAR:
                self._backend.clear_draft()
            elif isinstance(self._draft, tuple):
                self._backend.save_draft(*self._draft)
            self._draft = None
        except LogDamagedError:
            raise
        except LogError as exc:  # full disk, read-only folder, or the log taken meanwhile
            self.problem = str(exc)
            return False
        if self.problem:
            log.info("the call log %s can be written again", self.path)
        self.problem = ""
        return True

    def _replaced(self, damage: LogDamagedError) -> bool:
        """Damage met while running: the file goes aside, what reads goes to a fresh log."""
        if self._replace is None or not isinstance(self._backend, SqliteCallLog):
            return False
        notices: list[str] = []
        try:
            self._backend = self._replace(self._backend, damage, notices)
        except LogError as exc:
            log.error("the damaged call log %s could not be replaced: %s", self.path, exc)
            self._backend = None
            self.problem = str(exc)
            return False
        for notice in notices:
            for listener in list(self.damage_listeners):
                listener(notice)
        return True

    def _read(self, use: Callable[[CallLog], T], empty: T) -> T:
        """``use`` the log; a damaged page met on the way replaces the log, then again."""
        if self._backend is None:
            return empty
        try:
            return use(self._backend)
        except LogDamagedError as exc:
            if not self._replaced(exc) or self._backend is None:
                raise
            return use(self._backend)

    def _require(self) -> CallLog:
        if not self.flush() or self._backend is None:
            raise LogWriteError(self.problem)
        return self._backend

    # -- finished calls ----------------------------------------------------
    def save(self, record: CallRecord) -> None:
        self._saves[record.id] = CallRecord.from_dict(record.to_dict())
        if isinstance(self._draft, tuple) and self._draft[0].id == record.id:
            self._draft = None  # saving the call settles its draft
        if not self.flush():
            raise LogWriteError(f"the call was not saved: {self.problem}; {KEPT}")

    def get(self, call_id: str) -> CallRecord | None:
        if call_id in self._saves:
            return self._saves[call_id]
        return self._read(lambda b: b.get(call_id), None)

    def list_calls(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[CallRecord]:
        return self._read(lambda b: b.list_calls(since=since, until=until, limit=limit), [])

    def iter_calls(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[CallRecord]:
        return self._stream(lambda b: b.iter_calls(since=since, until=until))

    def iter_calls_for_csv(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[tuple[CallRecord, SavedText | None]]:
        return self._stream(lambda b: b.iter_calls_for_csv(since=since, until=until))

    def _stream(self, use: Callable[[CallLog], Iterator[T]]) -> Iterator[T]:
        """What ``use`` streams from the log (nothing while there is none)."""
        if self._backend is not None:
            try:
                yield from use(self._backend)
            except LogDamagedError as exc:
                # Part of the calls went out already: the log is replaced, and the
                # reader is told to start again rather than given half of it.
                if self._replaced(exc):
                    raise LogError(f"{exc}; the log was replaced, try again") from exc
                raise

    def count(self) -> int:
        return self._read(lambda b: b.count(), 0)

    # -- finding -------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
    ) -> list[CallSummary]:
        return self._read(lambda b: b.search(text, since=since, until=until, limit=limit), [])

    def customer_history(
        self, *, phone: str = "", account: str = "", name: str = "", exclude_call: str = ""
    ) -> CustomerHistory:
        return self._read(
            lambda b: b.customer_history(
                phone=phone, account=account, name=name, exclude_call=exclude_call
            ),
            CustomerHistory(0, None, []),
        )

    def follow_ups(self, *, include_done: bool = False) -> list[FollowUp]:
        return self._read(lambda b: b.follow_ups(include_done=include_done), [])

    def follow_ups_falling_due(self, after: datetime, until: datetime) -> list[FollowUp]:
        return self._read(lambda b: b.follow_ups_falling_due(after, until), [])

    def set_commitment_done(self, call_id: str, commitment_id: str, done: bool) -> None:
        self._require()
        self._read(lambda b: b.set_commitment_done(call_id, commitment_id, done), None)

    def hand_over(self, call_id: str, commitment_id: str, who: str) -> None:
        self._require()
        self._read(lambda b: b.hand_over(call_id, commitment_id, who), None)

    def category_counts_by_week(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, dict[str, int]]:
        return self._read(lambda b: b.category_counts_by_week(since=since, until=until), {})

    # -- the call in progress -----------------------------------------------
    def save_draft(self, record: CallRecord, step_index: int) -> None:
        self._draft = (CallRecord.from_dict(record.to_dict()), step_index)
        if not self.flush():
            raise LogWriteError(f"the call in progress was not autosaved: {self.problem}")

    def load_draft(self) -> tuple[CallRecord, int] | None:
        if isinstance(self._draft, tuple):
            return self._draft
        if self._draft == _CLEAR:
            return None
        return self._read(lambda b: b.load_draft(), None)

    def draft_call_id_on_disk(self) -> str:
        """The id of the call whose draft is written in the log file now, or ""."""
        if not isinstance(self._backend, SqliteCallLog):  # drafts live in the local file only
            return ""
        try:
            return self._backend.draft_call_id()
        except LogError:
            return ""

    def clear_draft(self) -> None:
        self._draft = _CLEAR
        self.flush()  # a clear that waits harms nothing: it is retried with the rest

    def open_draft_sink(self) -> DraftSink:
        return _SinkWhenOpen(self)

    # -- housekeeping ----------------------------------------------------------
    def stats(self) -> LogStats:
        return self._read(lambda b: b.stats(), LogStats(0, None, None, 0))

    def forget_customer(self, *, phone: str = "", account: str = "", name: str = "") -> int:
        self._require()
        return self._read(lambda b: b.forget_customer(phone=phone, account=account, name=name), 0)

    def purge_older_than(self, days: int) -> int:
        self._require()
        return self._read(lambda b: b.purge_older_than(days), 0)

    def close(self) -> None:
        self.flush()
        if self._saves:
            log.error("%d call(s) could not be written to %s", len(self._saves), self.path)
        if self._backend is not None:
            self._backend.close()


class _SinkWhenOpen:
    """The autosave thread's writer; refuses (and is retried) until the log is open."""

    def __init__(self, owner: PendingCallLog) -> None:
        self._owner = owner
        self._sink: DraftSink | None = None

    def save_draft(self, record: CallRecord, step_index: int) -> None:
        if self._sink is None:
            backend = self._owner.backend
            if backend is None:
                raise LogWriteError(
                    f"the call in progress was not autosaved: {self._owner.problem}"
                )
            self._sink = backend.open_draft_sink()
        self._sink.save_draft(record, step_index)

    def close(self) -> None:
        if self._sink is not None:
            self._sink.close()
