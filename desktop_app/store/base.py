"""The call-log interface every storage back end implements.

SQLite in the data dir is the default (``store.sqlite_log``); a shared team
server can implement the same protocol later without touching the callers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from desktop_app.core.call import CallRecord, Commitment
from desktop_app.core.saved_text import SavedText


class LogError(Exception):
    """The log cannot do what was asked; the message names the file and the reason."""


class LogWriteError(LogError):
    """A write did not reach disk (full disk, read-only folder); the caller's data is
    still in memory and, through ``store.pending``, written once writing works again."""


class LogDamagedError(LogError):
    """The database file is broken; at start it is moved aside for a fresh one."""


@dataclass(frozen=True, slots=True)
class CallSummary:
    """One line of a history list."""

    id: str
    started_at: datetime
    customer_name: str
    phone: str
    account: str
    category: str
    outcome: str
    resolution: str = ""
    #: who took the call (shown when the history spans the team)
    agent: str = ""


@dataclass(frozen=True, slots=True)
class FollowUp:
    """An open or done commitment, with the call it belongs to."""

    call_id: str
    customer_name: str
    phone: str
    commitment: Commitment


def follow_up_from_row(row: Sequence[Any]) -> FollowUp:
    """A follow-up from a row both back ends select: call id, customer name, phone,
    then the commitment's id, what, who, due (ISO text or None) and done."""
    call_id, name, phone, commitment_id, what, who, due, done = row
    due_at = datetime.fromisoformat(due) if due else None
    return FollowUp(
        call_id, name, phone, Commitment(what, who, due_at, bool(done), id=commitment_id)
    )


class PromiseEdits:
    """Marking a promise done and handing it over, on top of a back end's
    ``change_commitment``; an unknown promise is an error naming the log."""

    def log_name(self) -> str:
        """The log as an error message names it: its file, or "the team log"."""
        raise NotImplementedError

    def change_commitment(
        self, call_id: str, commitment_id: str, *, done: bool | None = None, who: str | None = None
    ) -> bool:
        raise NotImplementedError

    def set_commitment_done(self, call_id: str, commitment_id: str, done: bool) -> None:
        if not self.change_commitment(call_id, commitment_id, done=done):
            raise LogError(f"no commitment {commitment_id} of call {call_id} in {self.log_name()}")

    def hand_over(self, call_id: str, commitment_id: str, who: str) -> None:
        if not self.change_commitment(call_id, commitment_id, who=who):
            raise LogError(f"no commitment {commitment_id} of call {call_id} in {self.log_name()}")


@dataclass(frozen=True, slots=True)
class CustomerHistory:
    """What the log knows of earlier calls from the same customer."""

    earlier_calls: int
    last: CallSummary | None
    open_commitments: list[FollowUp] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LogStats:
    """How much the call log holds: calls, when the first and last began, size on disk."""

    calls: int
    first: datetime | None
    last: datetime | None
    bytes_on_disk: int


class DraftSink(Protocol):
    """Writes autosaved drafts from another thread, over a connection of its own."""

    def save_draft(self, record: CallRecord, step_index: int) -> None: ...

    def close(self) -> None: ...


class CallLog(Protocol):
    """Every record is redacted (``core.redaction``) before it reaches storage."""

    # -- finished calls ----------------------------------------------------
    def save(self, record: CallRecord) -> None:
        """Insert or replace a finished call (its draft, if any, goes with it)."""
        ...

    def get(self, call_id: str) -> CallRecord | None: ...

    def list_calls(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[CallRecord]:
        """Finished calls started in [since, until), newest first."""
        ...

    def iter_calls(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[CallRecord]:
        """Like ``list_calls`` but oldest first and streamed (for exports of any size)."""
        ...

    def iter_calls_for_csv(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[tuple[CallRecord, SavedText | None]]:
        """``iter_calls`` for a CSV export (``core.export.write_csv_from_log``): each
        call with what the log saved beside it, or None where it saved nothing.
        A call whose timeline text is saved may come without its timeline events,
        which that text stands for: the pair goes to the writer as it is."""
        ...

    def count(self) -> int: ...

    # -- finding -------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
    ) -> list[CallSummary]:
        """Calls whose notes, names, phone, account, category, resolution match
        every word of ``text`` (empty text: all), newest first."""
        ...

    def customer_history(
        self, *, phone: str = "", account: str = "", name: str = "", exclude_call: str = ""
    ) -> CustomerHistory:
        """Earlier calls matching any of the given non-empty fields: the phone by its
        digits, the account and name ignoring case and extra spaces."""
        ...

    def follow_ups(self, *, include_done: bool = False) -> list[FollowUp]:
        """Commitments, soonest due first (those without a due time last)."""
        ...

    def follow_ups_falling_due(self, after: datetime, until: datetime) -> list[FollowUp]:
        """Open commitments due in (after, until], soonest first: what to remind about
        now, read without the rest."""
        ...

    def set_commitment_done(self, call_id: str, commitment_id: str, done: bool) -> None: ...

    def hand_over(self, call_id: str, commitment_id: str, who: str) -> None:
        """Give a promise to another agent (by name); LogError when it is not there."""
        ...

    def category_counts_by_week(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, dict[str, int]]:
        """{ISO week "2026-W05": {category: calls}} for the recurring-complaints report."""
        ...

    # -- the call in progress -----------------------------------------------
    def save_draft(self, record: CallRecord, step_index: int) -> None:
        """Keep the call in progress so it survives a crash."""
        ...

    def load_draft(self) -> tuple[CallRecord, int] | None: ...

    def clear_draft(self) -> None: ...

    def open_draft_sink(self) -> DraftSink:
        """A writer of drafts for the autosave thread (the log itself stays on its own)."""
        ...

    # -- housekeeping ----------------------------------------------------------
    def stats(self) -> LogStats: ...

    def forget_customer(self, *, phone: str = "", account: str = "", name: str = "") -> int:
        """Erase every call of that customer, leaving no trace; returns how many."""
        ...

    def purge_older_than(self, days: int) -> int: ...

    def close(self) -> None: ...
