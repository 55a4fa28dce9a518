"""The call-log interface every storage back end implements.

SQLite in the data dir is the default (``store.sqlite_log``); a shared team
server can implement the same protocol later without touching the callers.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from desktop_app.core.call import CallRecord


class LogError(Exception):
    """The log cannot do what was asked; the message names the file and the reason."""


class CallLog(Protocol):
    def save(self, record: CallRecord) -> None:
        """Insert or replace a finished call."""
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

    def count(self) -> int: ...

    def save_draft(self, record: CallRecord, step_index: int) -> None:
        """Keep the call in progress so it survives a crash."""
        ...

    def load_draft(self) -> tuple[CallRecord, int] | None: ...

    def clear_draft(self) -> None: ...

    def close(self) -> None: ...
