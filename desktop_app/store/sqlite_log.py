"""The call log in an embedded SQLite database in the data dir."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from desktop_app.core.atomic import PRIVATE_FILE
from desktop_app.core.call import CallRecord
from desktop_app.store.base import LogError

SCHEMA_VERSION = 1

_SCHEMA_V1 = """
CREATE TABLE calls (
    id TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    body TEXT NOT NULL
);
CREATE INDEX calls_started ON calls(started_at);
CREATE TABLE draft (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    step_index INTEGER NOT NULL,
    body TEXT NOT NULL
);
"""


class SqliteCallLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._touch_private()
        try:
            self._db = sqlite3.connect(path, isolation_level=None, timeout=5.0)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise LogError(f"cannot open the call log {path}: {exc}") from exc

    def _touch_private(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        os.close(fd)
        os.chmod(self.path, PRIVATE_FILE)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version == 0:
            with self._write() as db:
                for statement in _SCHEMA_V1.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def save(self, record: CallRecord) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO calls(id, started_at, ended_at, body) VALUES (?, ?, ?, ?)",
                (
                    record.id,
                    record.started_at.isoformat(),
                    record.ended_at.isoformat() if record.ended_at else None,
                    json.dumps(record.to_dict()),
                ),
            )

    def get(self, call_id: str) -> CallRecord | None:
        row = self._db.execute("SELECT body FROM calls WHERE id = ?", (call_id,)).fetchone()
        return CallRecord.from_dict(json.loads(row[0])) if row else None

    def list_calls(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[CallRecord]:
        sql = "SELECT body FROM calls WHERE 1=1"
        params: list[object] = []
        if since is not None:
            sql += " AND started_at >= ?"
            params.append(since.isoformat())
        if until is not None:
            sql += " AND started_at < ?"
            params.append(until.isoformat())
        sql += " ORDER BY started_at DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [CallRecord.from_dict(json.loads(r[0])) for r in self._db.execute(sql, params)]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM calls").fetchone()[0])

    def save_draft(self, record: CallRecord, step_index: int) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO draft(slot, step_index, body) VALUES (1, ?, ?)",
                (step_index, json.dumps(record.to_dict())),
            )

    def load_draft(self) -> tuple[CallRecord, int] | None:
        row = self._db.execute("SELECT body, step_index FROM draft WHERE slot = 1").fetchone()
        if row is None:
            return None
        return CallRecord.from_dict(json.loads(row[0])), int(row[1])

    def clear_draft(self) -> None:
        with self._write() as db:
            db.execute("DELETE FROM draft")

    def close(self) -> None:
        self._db.close()
