"""The call log in an embedded SQLite database in the data dir.

Every record is redacted (``core.redaction``) before it is written, finished
calls and drafts alike. Schema and migrations: ``store.schema``; connection
set-up and error messages: ``store.connection``. Opening a log with its lock,
moving a damaged file aside and purging old calls: ``store.opening``.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_app.core.call import (
    CallRecord,
    Commitment,
    Customer,
    EventKind,
    TimelineEvent,
    new_id,
)
from desktop_app.core.redaction import redact_record
from desktop_app.core.saved_text import SavedText
from desktop_app.store import outbox
from desktop_app.store.base import (
    CallSummary,
    CustomerHistory,
    FollowUp,
    LogDamagedError,
    LogError,
    LogStats,
    PromiseEdits,
    follow_up_from_row,
)
from desktop_app.store.connection import LogConnection
from desktop_app.store.lock import LogLock
from desktop_app.store.schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    customer_keys,
    expected_schema,
    insert_call,
    name_key,
    phone_key,
    schema_of,
    time_number,
    utc_key,
)

_CALL_COLUMNS = (
    "num, id, started_at, ended_at, agent, playbook_id, customer_name, customer_account,"
    " customer_phone, category, reason, resolution, outcome, notes, mood_start, mood_end,"
    " timeline_text, card_free, cause"
)
_SUMMARY_COLUMNS = (
    "id, started_at, customer_name, customer_phone, customer_account, category, outcome, resolution"
)
#: A schema number this far beyond ours is a damaged header, not a newer Calmline.
_PLAUSIBLE_NEWER = 1000
#: Calls loaded per query when streaming (keeps no read transaction open between batches).
_BATCH = 500


def backups_dir(log_path: Path) -> Path:
    return log_path.parent / "backups"


def fts_query(text: str) -> str:
    """Each typed word as a prefix phrase, all of them required."""
    phrases = []
    for word in text.split():
        tokens = re.findall(r"[^\W_]+", word)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"*')
    return " AND ".join(phrases)


def phone_fragment(word: str) -> str:
    """The digits of a word that looks like (part of) a phone number, else ""."""
    digits = phone_key(word)
    if len(digits) >= 4 and all(c.isdigit() or c in "+()-." for c in word):
        return digits
    return ""


def _search_words(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The full-text query for the plain words, and (digits, phrase) per phone fragment,
    found anywhere in a phone number's digits or as words."""
    plain = fts_query(" ".join(w for w in text.split() if not phone_fragment(w)))
    phones = [(phone_fragment(w), fts_query(w)) for w in text.split() if phone_fragment(w)]
    return plain, phones


def write_draft(conn: LogConnection, record: CallRecord, step_index: int) -> None:
    clean = redact_record(record)[0]
    with conn.write("autosave to") as db:
        # The autosave thread can write a draft taken just before its call was saved
        # after the save itself; a kill before the window clears it must not bring a
        # call reported saved back as unfinished (keeping that would replace it).
        db.execute(
            "INSERT OR REPLACE INTO draft(slot, call_id, step_index, body) "
            "SELECT 1, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM calls WHERE id = ?)",
            (clean.id, step_index, json.dumps(clean.to_dict()), clean.id),
        )


class SqliteDraftSink:
    """Writes drafts over a connection of its own, for the autosave thread.

    The connection is opened on first use, in the thread that uses it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: LogConnection | None = None

    def save_draft(self, record: CallRecord, step_index: int) -> None:
        if self._conn is not None and not self._conn.still_at_path():
            # The window moved a damaged log aside and started a fresh one:
            # drafts go to the log the window now uses.
            self._conn.close()
            self._conn = None
        if self._conn is None:
            self._conn = LogConnection(self.path)
        write_draft(self._conn, record, step_index)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class SqliteCallLog(PromiseEdits):
    def __init__(self, path: Path, *, lock: LogLock | None = None) -> None:
        self.path = path
        self._lock = lock
        self._conn = LogConnection(path)
        try:
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    # -- schema --------------------------------------------------------------
    def _version(self) -> int:
        return int(self._conn.read("PRAGMA user_version")[0][0])

    def _migrate(self) -> None:
        version = self._version()
        if not 0 <= version <= SCHEMA_VERSION + _PLAUSIBLE_NEWER:
            raise LogDamagedError(f"the call log {self.path} is damaged: schema number {version}")
        if version > SCHEMA_VERSION:
            # Moved aside at start like a damaged file: kept whole for the newer
            # Calmline, while this one starts with a fresh log.
            raise LogDamagedError(
                f"the call log {self.path} was written by a newer Calmline "
                f"(schema {version}, this one knows up to {SCHEMA_VERSION})"
            )
        try:
            found = schema_of(self._conn.db)
        except sqlite3.Error as exc:
            raise self._conn.error("read", exc) from exc
        if found != expected_schema(version):
            raise LogDamagedError(
                f"the call log {self.path} is damaged: its tables are not those of schema {version}"
            )
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            self._back_up(version)
        while version < SCHEMA_VERSION:
            with self._conn.write("upgrade") as db:
                MIGRATIONS[version](db)
                version += 1
                db.execute(f"PRAGMA user_version = {version}")

    def _back_up(self, version: int) -> Path:
        """A consistent copy (WAL included) of the log before it is migrated."""
        folder = backups_dir(self.path)
        folder.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = folder / f"{self.path.stem}-v{version}-{stamp}{self.path.suffix}"
        self._conn.copy_to(target)
        return target

    # -- finished calls ----------------------------------------------------
    def save(self, record: CallRecord) -> None:
        clean = redact_record(record)[0]
        with self._conn.write("save a call to") as db:
            # A promise change still to send stays: the team log keeps its first copy.
            _erase_where(db, "id = ?", (clean.id,), unsent=(outbox.CALL,))
            insert_call(db, clean)
            outbox.queue(db, outbox.CALL, clean.id, {})
            # The draft of a call is done with once the call is saved.
            db.execute("DELETE FROM draft WHERE call_id = ?", (clean.id,))

    def get(self, call_id: str) -> CallRecord | None:
        rows = self._conn.read(f"SELECT {_CALL_COLUMNS} FROM calls WHERE id = ?", (call_id,))
        return self._records(rows)[0] if rows else None

    def list_calls(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[CallRecord]:
        where, params = _period(since, until)
        sql = f"SELECT {_CALL_COLUMNS} FROM calls WHERE {where} ORDER BY num DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._records(self._conn.read(sql, params))

    def iter_calls(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[CallRecord]:
        for rows in self._batches(since, until):
            yield from self._records(rows)

    def iter_calls_for_csv(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[tuple[CallRecord, SavedText | None]]:
        """``iter_calls`` with what the log saved beside each call; the timeline
        events of a call whose timeline text it saved are not read: about two
        thirds of the time of reading every call, spent on events a CSV export
        never uses. Calls saved before the log kept that text are read whole."""
        for rows in self._batches(since, until):
            records = self._records(rows, events_of=[row[0] for row in rows if row[16] is None])
            for row, record in zip(rows, records, strict=True):
                yield record, SavedText(timeline_text=row[16], card_free=bool(row[17]))

    def _batches(self, since: datetime | None, until: datetime | None) -> Iterator[list[Any]]:
        """Rows (``_CALL_COLUMNS``) of calls started in [since, until), oldest first,
        ``_BATCH`` at a time."""
        where, params = _period(since, until)
        after = -(2**63)
        while True:
            rows = self._conn.read(
                f"SELECT {_CALL_COLUMNS} FROM calls WHERE {where} AND num > ? ORDER BY num LIMIT ?",
                [*params, after, _BATCH],
            )
            if not rows:
                return
            after = rows[-1][0]
            yield rows

    def count(self) -> int:
        return int(self._conn.read("SELECT count(*) FROM calls")[0][0])

    def _records(
        self, rows: Sequence[Any], *, events_of: Sequence[int] | None = None
    ) -> list[CallRecord]:
        """Call rows (``_CALL_COLUMNS``) with their commitments and timelines: the
        timeline events of the calls numbered ``events_of`` only, when given."""
        nums = [row[0] for row in rows]
        commitments: dict[int, list[Commitment]] = {num: [] for num in nums}
        timelines: dict[int, list[TimelineEvent]] = {num: [] for num in nums}
        with_events = nums if events_of is None else events_of
        for start in range(0, len(nums), _BATCH):
            chunk = nums[start : start + _BATCH]
            marks = ",".join("?" * len(chunk))
            for num, cid, what, who, due, done in self._conn.read(
                f"SELECT call_num, id, what, who, due, done FROM commitments"
                f" WHERE call_num IN ({marks}) ORDER BY call_num, position",
                chunk,
            ):
                commitments[num].append(Commitment(what, who, _moment(due), bool(done), id=cid))
        for start in range(0, len(with_events), _BATCH):
            chunk = list(with_events[start : start + _BATCH])
            marks = ",".join("?" * len(chunk))
            for num, at, kind, step_id, detail in self._conn.read(
                f"SELECT call_num, at, kind, step_id, detail FROM timeline"
                f" WHERE call_num IN ({marks}) ORDER BY call_num, position",
                chunk,
            ):
                timelines[num].append(
                    TimelineEvent(
                        datetime.fromisoformat(at),
                        _KINDS.get(kind) or EventKind(kind),
                        step_id,
                        detail,
                    )
                )
        return [_record(row, commitments[row[0]], timelines[row[0]]) for row in rows]

    # -- finding -------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
    ) -> list[CallSummary]:
        period, params = _period(since, until)
        plain, phones = _search_words(text)
        if plain and not phones:
            # The fast way: the index walks its rows newest first and stops at ``limit``.
            period, params = _period(since, until, column="rowid")
            where = (
                "num IN (SELECT rowid FROM calls_fts WHERE calls_fts MATCH ?"
                f" AND {period} ORDER BY rowid DESC LIMIT ?)"
            )
            params = [plain, *params, limit]
        else:
            where = period
            if plain:
                where += " AND num IN (SELECT rowid FROM calls_fts WHERE calls_fts MATCH ?)"
                params.append(plain)
            for digits, phrase in phones:
                where += (
                    " AND (instr(phone_key, ?) > 0"
                    " OR num IN (SELECT rowid FROM calls_fts WHERE calls_fts MATCH ?))"
                )
                params += [digits, phrase]
        rows = self._conn.read(
            f"SELECT {_SUMMARY_COLUMNS} FROM calls WHERE {where} ORDER BY num DESC LIMIT ?",
            [*params, limit],
        )
        return [_summary(row) for row in rows]

    def customer_history(
        self, *, phone: str = "", account: str = "", name: str = "", exclude_call: str = ""
    ) -> CustomerHistory:
        where, params = _customer_match(phone, account, name)
        if not params:
            return CustomerHistory(0, None, [])
        where = f"({where}) AND id <> ?"
        params.append(exclude_call)
        count = int(self._conn.read(f"SELECT count(*) FROM calls WHERE {where}", params)[0][0])
        last = self._conn.read(
            f"SELECT {_SUMMARY_COLUMNS} FROM calls WHERE {where} ORDER BY num DESC LIMIT 1",
            params,
        )
        open_items = self._follow_ups(
            f"m.done = 0 AND c.num IN (SELECT num FROM calls WHERE {where})", params
        )
        return CustomerHistory(count, _summary(last[0]) if last else None, open_items)

    def follow_ups(self, *, include_done: bool = False) -> list[FollowUp]:
        return self._follow_ups("1" if include_done else "m.done = 0", [])

    def follow_ups_falling_due(self, after: datetime, until: datetime) -> list[FollowUp]:
        # The (done, due_utc) index finds the few rows without reading the others.
        return self._follow_ups(
            "m.done = 0 AND m.due_utc > ? AND m.due_utc <= ?", [utc_key(after), utc_key(until)]
        )

    def _follow_ups(self, where: str, params: list[object]) -> list[FollowUp]:
        rows = self._conn.read(
            "SELECT c.id, c.customer_name, c.customer_phone, m.id, m.what, m.who, m.due, m.done"
            " FROM commitments m JOIN calls c ON c.num = m.call_num"
            f" WHERE {where}"
            " ORDER BY m.due_utc IS NULL, m.due_utc, c.num, m.position",
            params,
        )
        return [follow_up_from_row(row) for row in rows]

    def log_name(self) -> str:
        return str(self.path)

    def change_commitment(
        self,
        call_id: str,
        commitment_id: str,
        *,
        done: bool | None = None,
        who: str | None = None,
        changed_by: str = "",
        team_only: bool = False,
    ) -> bool:
        """Mark a promise done (or not) or hand it to ``who``, and queue the change for
        the team log; False when this log does not have it. ``team_only`` queues the
        change of a promise only the team log has (another agent's call)."""
        change: dict[str, object] = {
            "commitment": commitment_id,
            "at": outbox.now_text(),
            "by": changed_by,
        }
        if done is not None:
            change["done"] = done
        if who is not None:
            change["who"] = who
        with self._conn.write("update") as db:
            changed = 0
            if not team_only:
                changed = db.execute(
                    "UPDATE commitments SET done = coalesce(?, done), who = coalesce(?, who)"
                    " WHERE call_num = (SELECT num FROM calls WHERE id = ?) AND id = ?",
                    (None if done is None else int(done), who, call_id, commitment_id),
                ).rowcount
            if changed or team_only:
                outbox.queue(db, outbox.PROMISE, call_id, change)
        return bool(changed)

    def category_counts_by_week(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, dict[str, int]]:
        where, params = _period(since, until)
        weeks: dict[str, dict[str, int]] = {}
        for started_at, category in self._conn.read(
            f"SELECT started_at, category FROM calls WHERE {where} ORDER BY num DESC",
            params,
        ):
            year, week, _ = datetime.fromisoformat(started_at).isocalendar()
            bucket = weeks.setdefault(f"{year}-W{week:02d}", {})
            key = category or "uncategorised"
            bucket[key] = bucket.get(key, 0) + 1
        return weeks

    # -- the call in progress -----------------------------------------------
    def save_draft(self, record: CallRecord, step_index: int) -> None:
        write_draft(self._conn, record, step_index)

    def load_draft(self) -> tuple[CallRecord, int] | None:
        rows = self._conn.read("SELECT body, step_index FROM draft WHERE slot = 1")
        if not rows:
            return None
        return CallRecord.from_dict(json.loads(rows[0][0])), int(rows[0][1])

    def draft_call_id(self) -> str:
        """The id of the call whose draft the log holds, or ""."""
        rows = self._conn.read("SELECT call_id FROM draft WHERE slot = 1")
        return str(rows[0][0]) if rows else ""

    def clear_draft(self) -> None:
        with self._conn.write("clear the autosave in") as db:
            db.execute("DELETE FROM draft")

    def open_draft_sink(self) -> SqliteDraftSink:
        return SqliteDraftSink(self.path)

    # -- housekeeping ----------------------------------------------------------
    def stats(self) -> LogStats:
        calls = self.count()
        first = self._conn.read("SELECT started_at FROM calls ORDER BY num LIMIT 1")
        last = self._conn.read("SELECT started_at FROM calls ORDER BY num DESC LIMIT 1")
        return LogStats(
            calls,
            datetime.fromisoformat(first[0][0]) if first else None,
            datetime.fromisoformat(last[0][0]) if last else None,
            self.bytes_on_disk(),
        )

    def files(self) -> list[Path]:
        """The database and its WAL and shared-memory files, those that exist."""
        candidates = [self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")]
        return [p for p in candidates if p.exists()]

    def bytes_on_disk(self) -> int:
        return sum(p.stat().st_size for p in self.files())

    def forget_customer(
        self, *, phone: str = "", account: str = "", name: str = "", tell_team: bool = True
    ) -> int:
        """Erase the customer here; with ``tell_team`` the erasure is queued for the team
        log too (sent with a lead's login; see ``store.team``)."""
        where, params = _customer_match(phone, account, name)
        if not params:
            raise LogError("say whose calls to forget: a phone number, an account or a name")
        with self._conn.write("erase calls from") as db:
            erased = _erase_where(db, where, params)
            if tell_team:
                # Only the keys' hashes: nothing here names the customer once erased.
                hashes = [
                    _key_hash(column, key) for column, key in customer_keys(phone, account, name)
                ]
                outbox.queue(db, outbox.FORGET, "", {"hashes": hashes, "token": new_id()})
            draft = db.execute("SELECT body FROM draft").fetchone()
            if draft is not None and _draft_matches(json.loads(draft[0]), phone, account, name):
                db.execute("DELETE FROM draft")
            _rebuild_search_index(db)
        self._conn.checkpoint()
        # Copies taken before an upgrade may hold this customer too.
        shutil.rmtree(backups_dir(self.path), ignore_errors=True)
        return erased

    def erase_team_erasure(self, key_hashes: list[str], before: datetime) -> int:
        """Erase the calls, started before ``before``, of a customer a lead erased from the
        team log, known here only by the hashes of their keys (``team.server_log``)."""
        if not key_hashes:
            return 0
        marks = ",".join("?" * len(key_hashes))
        where = " OR ".join(
            f"calmline_key_hash('{column}', {column}) IN ({marks})"
            for column in ("phone_key", "account_key", "name_key")
        )
        with self._conn.write("erase calls from") as db:
            db.create_function("calmline_key_hash", 2, _key_hash, deterministic=True)
            erased = _erase_where(
                db, f"num < ? AND ({where})", [time_number(before), *key_hashes * 3]
            )
            if erased:
                _rebuild_search_index(db)
        if erased:
            self._conn.checkpoint()
            shutil.rmtree(backups_dir(self.path), ignore_errors=True)
        return erased

    @property
    def connection(self) -> LogConnection:
        """The log's own connection: the outbox is read and emptied over it."""
        return self._conn

    def purge_older_than(self, days: int) -> int:
        """Erase calls that started more than ``days`` ago; 0 or less keeps everything."""
        if days <= 0:
            return 0
        cutoff = time_number(datetime.now(UTC) - timedelta(days=days))
        with self._conn.write("purge old calls from") as db:
            purged = _erase_where(db, "num < ?", [cutoff])
            if purged:
                _rebuild_search_index(db)
        if purged:
            self._conn.checkpoint()
        return purged

    def check(self) -> str:
        """``PRAGMA integrity_check``: "ok", or what is damaged (about 0.5 s for 100,000 calls)."""
        rows = self._conn.read("PRAGMA integrity_check")
        # Reading every page filled the page cache (2 MB) with pages the
        # window will not need; give that memory back before it is built.
        self._conn.read("PRAGMA shrink_memory")
        return "\n".join(str(r[0]) for r in rows)

    def readable_calls(self) -> tuple[list[CallRecord], int]:
        """Every call that can still be read from a damaged log, and how many known
        calls could not be: a batch that meets a damaged page is read call by call."""
        nums: set[int] = set()
        sources = ["SELECT num FROM calls", "SELECT call_num FROM commitments"]
        sources += ["SELECT call_num FROM timeline", "SELECT rowid FROM calls_fts"]
        for sql in sources:
            try:
                nums.update(int(row[0]) for row in self._conn.read(sql))
            except LogError:
                continue  # another source may still list them
        found: list[CallRecord] = []
        lost = 0
        ordered = sorted(nums)
        # A row on a damaged page can fail in any way once decoded (a number that
        # points nowhere, text that is not JSON), not only as SQLite's error:
        # any failure makes that call unreadable, never the rescue of the rest.
        for start in range(0, len(ordered), _BATCH):
            chunk = ordered[start : start + _BATCH]
            try:
                found += self._records(self._rows_of(chunk))
                continue
            except Exception:  # noqa: S110 - read again call by call below
                pass
            for num in chunk:
                try:
                    found += self._records(self._rows_of([num]))
                except Exception:
                    lost += 1
        return found, lost

    def _rows_of(self, nums: list[int]) -> list[Any]:
        marks = ",".join("?" * len(nums))
        return self._conn.read(
            f"SELECT {_CALL_COLUMNS} FROM calls WHERE num IN ({marks}) ORDER BY num", nums
        )

    def save_many(self, records: Sequence[CallRecord]) -> None:
        """Save calls in one transaction (one sync to disk, however many)."""
        with self._conn.write("save calls to") as db:
            for record in records:
                clean = redact_record(record)[0]
                _erase_where(db, "id = ?", (clean.id,))
                insert_call(db, clean)

    def close_keeping_lock(self) -> LogLock | None:
        """Close the database but keep owning it: the lock is handed to the caller."""
        lock, self._lock = self._lock, None
        self._conn.close()
        return lock

    def hold(self, lock: LogLock) -> None:
        """Keep ``lock`` until this log is closed."""
        self._lock = lock

    def close(self) -> None:
        self._conn.close()
        if self._lock is not None:
            self._lock.release()


#: Timeline kinds by their stored value: a dict look-up per event instead of
#: the enum's own (slower) lookup; every event of every call read goes here.
_KINDS = {kind.value: kind for kind in EventKind}


def _record(
    row: Sequence[Any], commitments: list[Commitment], timeline: list[TimelineEvent]
) -> CallRecord:
    """One call from its row (``_CALL_COLUMNS``)."""
    return CallRecord(
        id=row[1],
        started_at=datetime.fromisoformat(row[2]),
        ended_at=_moment(row[3]),
        agent=row[4],
        playbook_id=row[5],
        customer=Customer(name=row[6], account=row[7], phone=row[8]),
        category=row[9],
        reason=row[10],
        resolution=row[11],
        outcome=row[12],
        notes=row[13],
        mood_start=row[14],
        mood_end=row[15],
        cause=row[18],
        commitments=commitments,
        timeline=timeline,
    )


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _period(
    since: datetime | None, until: datetime | None, *, column: str = "num"
) -> tuple[str, list[object]]:
    """Calls started in [since, until): a range of row numbers, which follow start time."""
    clauses = ["1"]
    params: list[object] = []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(time_number(since))
    if until is not None:
        clauses.append(f"{column} < ?")
        params.append(time_number(until))
    return " AND ".join(clauses), params


def _customer_match(phone: str, account: str, name: str) -> tuple[str, list[object]]:
    """Calls of a customer known by any of these: phone by its digits, others ignoring case."""
    keys = customer_keys(phone, account, name)
    return " OR ".join(f"{column} = ?" for column, _ in keys), [key for _, key in keys]


def _draft_matches(body: dict[str, Any], phone: str, account: str, name: str) -> bool:
    customer = body.get("customer") or {}
    return bool(
        (phone_key(phone) and phone_key(str(customer.get("phone", ""))) == phone_key(phone))
        or (name_key(account) and name_key(str(customer.get("account", ""))) == name_key(account))
        or (name_key(name) and name_key(str(customer.get("name", ""))) == name_key(name))
    )


def _key_hash(column: str, key: str) -> str:
    import hashlib

    return hashlib.sha256(f"{column}:{key}".encode()).hexdigest() if key else ""


def _erase_where(
    db: sqlite3.Connection,
    where: str,
    params: Sequence[object],
    *,
    unsent: tuple[str, ...] = (outbox.CALL, outbox.PROMISE),
) -> int:
    """Delete the matching calls with their commitments, timeline, search entries and
    the ``unsent`` kinds of what the team outbox still had to send of them."""
    kinds = ",".join(f"'{kind}'" for kind in unsent)
    db.execute(
        f"DELETE FROM outbox WHERE kind IN ({kinds})"
        f" AND call_id IN (SELECT id FROM calls WHERE {where})",
        params,
    )
    for table in ("commitments", "timeline"):
        db.execute(
            f"DELETE FROM {table} WHERE call_num IN (SELECT num FROM calls WHERE {where})",
            params,
        )
    return int(db.execute(f"DELETE FROM calls WHERE {where}", params).rowcount)


def _rebuild_search_index(db: sqlite3.Connection) -> None:
    # Deleting from FTS5 only marks entries deleted; merging every segment
    # drops them for good, so no word of an erased call stays in the index.
    db.execute("INSERT INTO calls_fts(calls_fts) VALUES ('optimize')")


def _summary(row: Sequence[Any]) -> CallSummary:
    call_id, started_at, name, phone, account, category, outcome, resolution = row
    return CallSummary(
        id=call_id,
        started_at=datetime.fromisoformat(started_at),
        customer_name=name,
        phone=phone,
        account=account,
        category=category,
        outcome=outcome,
        resolution=resolution,
    )
