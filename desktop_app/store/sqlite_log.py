"""The call log in an embedded SQLite database in the data dir."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.core.atomic import PRIVATE_FILE
from desktop_app.core.call import CallRecord
from desktop_app.store.base import (
    CallSummary,
    CustomerHistory,
    FollowUp,
    LogError,
    LogStats,
)

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

    def iter_calls(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[CallRecord]:
        yield from reversed(self.list_calls(since=since, until=until))

    def search(
        self,
        text: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
    ) -> list[CallSummary]:
        words = text.lower().split()
        found: list[CallSummary] = []
        for record in self.list_calls(since=since, until=until):
            haystack = " ".join(
                [
                    record.notes,
                    record.customer.name,
                    record.customer.phone,
                    record.customer.account,
                    record.category,
                    record.resolution,
                ]
            ).lower()
            if all(word in haystack for word in words):
                found.append(_summary(record))
                if len(found) >= limit:
                    break
        return found

    def customer_history(
        self, *, phone: str = "", account: str = "", name: str = "", exclude_call: str = ""
    ) -> CustomerHistory:
        matches = [
            r
            for r in self.list_calls()
            if r.id != exclude_call
            and (
                (phone and r.customer.phone == phone)
                or (account and r.customer.account == account)
                or (name and r.customer.name.casefold() == name.casefold())
            )
        ]
        open_items = [
            FollowUp(r.id, r.customer.name, r.customer.phone, c)
            for r in matches
            for c in r.commitments
            if not c.done
        ]
        return CustomerHistory(len(matches), _summary(matches[0]) if matches else None, open_items)

    def follow_ups(self, *, include_done: bool = False) -> list[FollowUp]:
        items = [
            FollowUp(r.id, r.customer.name, r.customer.phone, c)
            for r in self.list_calls()
            for c in r.commitments
            if include_done or not c.done
        ]
        far = datetime.max.replace(tzinfo=None)
        return sorted(
            items,
            key=lambda f: f.commitment.due.replace(tzinfo=None) if f.commitment.due else far,
        )

    def set_commitment_done(self, call_id: str, commitment_id: str, done: bool) -> None:
        record = self.get(call_id)
        if record is None:
            raise LogError(f"no call {call_id} in {self.path}")
        for commitment in record.commitments:
            if commitment.id == commitment_id:
                commitment.done = done
        self.save(record)

    def category_counts_by_week(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, dict[str, int]]:
        weeks: dict[str, dict[str, int]] = {}
        for record in self.list_calls(since=since, until=until):
            year, week, _ = record.started_at.isocalendar()
            bucket = weeks.setdefault(f"{year}-W{week:02d}", {})
            category = record.category or "uncategorised"
            bucket[category] = bucket.get(category, 0) + 1
        return weeks

    def stats(self) -> LogStats:
        row = self._db.execute("SELECT count(*), min(started_at), max(started_at) FROM calls")
        calls, first, last = row.fetchone()
        size = sum(
            p.stat().st_size
            for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
            if p.exists()
        )
        return LogStats(
            int(calls),
            datetime.fromisoformat(first) if first else None,
            datetime.fromisoformat(last) if last else None,
            size,
        )

    def forget_customer(self, *, phone: str = "", account: str = "", name: str = "") -> int:
        doomed = [
            r.id
            for r in self.list_calls()
            if (phone and r.customer.phone == phone)
            or (account and r.customer.account == account)
            or (name and r.customer.name.casefold() == name.casefold())
        ]
        with self._write() as db:
            db.executemany("DELETE FROM calls WHERE id = ?", [(i,) for i in doomed])
        return len(doomed)

    def purge_older_than(self, days: int) -> int:
        cutoff = datetime.now().astimezone() - timedelta(days=days)
        old = self.list_calls(until=cutoff)
        with self._write() as db:
            db.executemany("DELETE FROM calls WHERE id = ?", [(r.id,) for r in old])
        return len(old)

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


def _summary(record: CallRecord) -> CallSummary:
    return CallSummary(
        id=record.id,
        started_at=record.started_at,
        customer_name=record.customer.name,
        phone=record.customer.phone,
        account=record.customer.account,
        category=record.category,
        outcome=record.outcome,
        resolution=record.resolution,
    )
