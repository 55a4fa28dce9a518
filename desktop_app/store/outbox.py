"""What the local log still has to tell the team log: the outbox.

Every finished call, promise change and erasure written to the local SQLite
log adds a row here in the same transaction, so the two never disagree after
a crash. The team log's sync worker (``store.team.sync``) reads the rows in
order, sends them, and deletes them once the server has committed them;
sending a row twice changes nothing on the server. Without a team log the
rows wait: configuring one later sends the agent's history.

Rows hold ids and the change itself, never a copy of a call (the call is read
from the log when it is sent), so erasing a call locally leaves nothing of it
here. An erasure row holds the customer's keys until it is sent.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

#: Kinds of rows: a saved call, a promise marked done or handed over, an erasure.
CALL, PROMISE, FORGET = "call", "promise", "forget"

TABLES = """
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    call_id TEXT NOT NULL,
    -- JSON: a promise's change, an erasure's customer keys; {} for a call
    detail TEXT NOT NULL,
    queued_at TEXT NOT NULL
);
-- Where the sync worker has got to, e.g. the last erasure applied here.
CREATE TABLE team_marks (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    seq: int
    kind: str
    call_id: str
    detail: dict[str, Any]


def now_text() -> str:
    return datetime.now(UTC).isoformat()


def queue(db: sqlite3.Connection, kind: str, call_id: str, detail: dict[str, Any]) -> None:
    """Add a row inside the caller's transaction."""
    db.execute(
        "INSERT INTO outbox(kind, call_id, detail, queued_at) VALUES (?, ?, ?, ?)",
        (kind, call_id, json.dumps(detail), now_text()),
    )


def queue_every_call(db: sqlite3.Connection) -> None:
    """Queue the calls already in the log (when the outbox is first made)."""
    db.execute(
        "INSERT INTO outbox(kind, call_id, detail, queued_at)"
        " SELECT ?, id, '{}', ? FROM calls ORDER BY num",
        (CALL, now_text()),
    )


def entries(db: sqlite3.Connection, limit: int) -> list[OutboxEntry]:
    rows = db.execute(
        "SELECT seq, kind, call_id, detail FROM outbox ORDER BY seq LIMIT ?", (limit,)
    ).fetchall()
    return [OutboxEntry(int(s), str(k), str(c), json.loads(d)) for s, k, c, d in rows]


def waiting(db: sqlite3.Connection) -> tuple[int, int]:
    """(calls waiting, every row waiting)."""
    calls, total = db.execute(
        "SELECT count(*) FILTER (WHERE kind = ?), count(*) FROM outbox", (CALL,)
    ).fetchone()
    return int(calls), int(total)


def mark(db: sqlite3.Connection, name: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM team_marks WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else default


def set_mark(db: sqlite3.Connection, name: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO team_marks(name, value) VALUES (?, ?)", (name, value))
