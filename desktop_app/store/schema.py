"""The call log's SQLite schema, by version, and the steps that migrate it forward.

``PRAGMA user_version`` says which version a file is in. A new file is built
by running every step from 0, so the migrations are exercised on every fresh
log, not only on old files. Each step runs inside the caller's transaction.

Version 1: calls(id, started_at, ended_at, body JSON) and the draft.
Version 2: one column per field of a call, commitments and timeline events in
their own tables, indexes for date, phone, account and name, full-text search
(FTS5) over the words an agent looks for, and the draft tagged with its call.
Version 3: two columns a CSV export reads instead of redoing per call (see
``core.saved_text``): the timeline as text, and whether the free text
had nothing for the exports' card guard to mask. Calls saved before have
NULL in both and are exported the slow way.
Version 4: the outbox for the team log (``store.outbox``), with every call
already in the log queued, and the sync worker's marks.
Version 5: the agent's after-call note of the cause (``CallRecord.cause``),
empty for the calls already there.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from desktop_app.core.call import CallRecord
from desktop_app.core.card_mask import mask_card_numbers
from desktop_app.core.redaction import redact_record
from desktop_app.core.saved_text import free_text_of
from desktop_app.core.timeline_text import timeline_text
from desktop_app.store import outbox

SCHEMA_VERSION = 5

_V1 = """
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

_V2 = """
CREATE TABLE calls (
    -- in start-time order (see time_number), so the search index can walk
    -- calls newest first and stop at the first page of results
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    -- as recorded: ISO 8601 with its offset
    started_at TEXT NOT NULL,
    ended_at TEXT,
    agent TEXT NOT NULL,
    playbook_id TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    customer_account TEXT NOT NULL,
    customer_phone TEXT NOT NULL,
    -- the same three, as they are matched: case and spacing ignored, phone by digits
    name_key TEXT NOT NULL,
    account_key TEXT NOT NULL,
    phone_key TEXT NOT NULL,
    category TEXT NOT NULL,
    reason TEXT NOT NULL,
    resolution TEXT NOT NULL,
    outcome TEXT NOT NULL,
    notes TEXT NOT NULL,
    mood_start INTEGER,
    mood_end INTEGER
);
CREATE INDEX calls_name ON calls(name_key);
CREATE INDEX calls_account ON calls(account_key);
CREATE INDEX calls_phone ON calls(phone_key);

CREATE TABLE commitments (
    call_num INTEGER NOT NULL REFERENCES calls(num),
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    what TEXT NOT NULL,
    who TEXT NOT NULL,
    due TEXT,
    due_utc TEXT,
    done INTEGER NOT NULL,
    PRIMARY KEY (call_num, position)
) WITHOUT ROWID;
CREATE INDEX commitments_due ON commitments(done, due_utc);

CREATE TABLE timeline (
    call_num INTEGER NOT NULL REFERENCES calls(num),
    position INTEGER NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    step_id TEXT,
    detail TEXT NOT NULL,
    PRIMARY KEY (call_num, position)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE calls_fts USING fts5(
    notes, customer_name, customer_phone, phone_key, customer_account,
    category, reason, resolution,
    content='calls', content_rowid='num',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER calls_fts_insert AFTER INSERT ON calls BEGIN
    INSERT INTO calls_fts(rowid, notes, customer_name, customer_phone, phone_key,
                          customer_account, category, reason, resolution)
    VALUES (new.num, new.notes, new.customer_name, new.customer_phone, new.phone_key,
            new.customer_account, new.category, new.reason, new.resolution);
END;
CREATE TRIGGER calls_fts_delete AFTER DELETE ON calls BEGIN
    INSERT INTO calls_fts(calls_fts, rowid, notes, customer_name, customer_phone, phone_key,
                          customer_account, category, reason, resolution)
    VALUES ('delete', old.num, old.notes, old.customer_name, old.customer_phone, old.phone_key,
            old.customer_account, old.category, old.reason, old.resolution);
END;

CREATE TABLE draft (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    call_id TEXT NOT NULL,
    step_index INTEGER NOT NULL,
    body TEXT NOT NULL
);
"""


_V3 = """
ALTER TABLE calls ADD COLUMN timeline_text TEXT;
ALTER TABLE calls ADD COLUMN card_free INTEGER;
"""

_V5 = """
ALTER TABLE calls ADD COLUMN cause TEXT NOT NULL DEFAULT '';
"""


def utc_key(moment: datetime) -> str:
    """A moment as text that sorts in time order whatever offset it was recorded with."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


#: Row numbers per microsecond of start time: room for calls that start together.
SLOTS = 100
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LIMIT = (2**63 - 1) // SLOTS - SLOTS


def time_number(moment: datetime) -> int:
    """The first row number of calls started at ``moment``; numbers sort in time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    micros = (moment - _EPOCH) // timedelta(microseconds=1)
    return max(-_LIMIT, min(_LIMIT, micros)) * SLOTS


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def phone_key(phone: str) -> str:
    """The digits of a phone number; "0044 ..." and "+44 ..." are the same number."""
    digits = "".join(c for c in phone if c.isdigit())
    return digits[2:] if digits.startswith("00") else digits


def customer_keys(phone: str, account: str, name: str) -> list[tuple[str, str]]:
    """(key column, key) for each field given: how a customer is matched in every log."""
    keys = [
        ("phone_key", phone_key(phone)),
        ("account_key", name_key(account)),
        ("name_key", name_key(name)),
    ]
    return [(column, key) for column, key in keys if key]


_INSERT_V2 = (
    "INSERT INTO calls(num, id, started_at, ended_at, agent, playbook_id,"
    " customer_name, customer_account, customer_phone, name_key, account_key, phone_key,"
    " category, reason, resolution, outcome, notes, mood_start, mood_end)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_V3 = (
    "INSERT INTO calls(num, id, started_at, ended_at, agent, playbook_id,"
    " customer_name, customer_account, customer_phone, name_key, account_key, phone_key,"
    " category, reason, resolution, outcome, notes, mood_start, mood_end,"
    " timeline_text, card_free)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_V5 = (
    "INSERT INTO calls(num, id, started_at, ended_at, agent, playbook_id,"
    " customer_name, customer_account, customer_phone, name_key, account_key, phone_key,"
    " category, reason, resolution, outcome, notes, mood_start, mood_end,"
    " timeline_text, card_free, cause)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def saved_text_columns(record: CallRecord) -> tuple[str, int]:
    """Version 3's columns for ``record`` (already redacted): its timeline as text,
    and 1 when ``core.card_mask`` finds nothing to mask in its free text, else 0."""
    free_text = free_text_of(record)
    card_free = all(mask_card_numbers(text) == text for text in free_text)
    return timeline_text(record.started_at, record.timeline), int(card_free)


def insert_call(
    db: sqlite3.Connection, record: CallRecord, *, version: int = SCHEMA_VERSION
) -> int:
    """Write one call (already redacted) into the tables of ``version`` (2 or later);
    returns its row number."""
    customer = record.customer
    base = time_number(record.started_at)
    taken = db.execute(
        "SELECT max(num) FROM calls WHERE num >= ? AND num < ?", (base, base + SLOTS)
    ).fetchone()[0]
    num = base if taken is None else int(taken) + 1
    values: tuple[object, ...] = (
        # All slots of that microsecond taken: SQLite picks a number.
        num if num < base + SLOTS else None,
        record.id,
        record.started_at.isoformat(),
        record.ended_at.isoformat() if record.ended_at else None,
        record.agent,
        record.playbook_id,
        customer.name,
        customer.account,
        customer.phone,
        name_key(customer.name),
        name_key(customer.account),
        phone_key(customer.phone),
        record.category,
        record.reason,
        record.resolution,
        record.outcome,
        record.notes,
        record.mood_start,
        record.mood_end,
    )
    if version >= 5:
        cursor = db.execute(_INSERT_V5, values + saved_text_columns(record) + (record.cause,))
    elif version >= 3:
        cursor = db.execute(_INSERT_V3, values + saved_text_columns(record))
    else:
        cursor = db.execute(_INSERT_V2, values)
    call_num = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT INTO commitments(call_num, position, id, what, who, due, due_utc, done)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                call_num,
                position,
                c.id,
                c.what,
                c.who,
                c.due.isoformat() if c.due else None,
                utc_key(c.due) if c.due else None,
                int(c.done),
            )
            for position, c in enumerate(record.commitments)
        ],
    )
    db.executemany(
        "INSERT INTO timeline(call_num, position, at, kind, step_id, detail) VALUES (?,?,?,?,?,?)",
        [
            (call_num, position, e.at.isoformat(), e.kind.value, e.step_id, e.detail)
            for position, e in enumerate(record.timeline)
        ],
    )
    return call_num


def _run_script(db: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the caller's transaction: run statement by
    # statement, joining lines until SQLite says a statement (trigger included) is whole.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


def _to_v1(db: sqlite3.Connection) -> None:
    _run_script(db, _V1)


def _v1_to_v2(db: sqlite3.Connection) -> None:
    # Version 1 kept whole calls as JSON, without redaction: every call is read
    # back, redacted and written into the new tables.
    db.execute("DROP INDEX calls_started")
    db.execute("ALTER TABLE calls RENAME TO calls_v1")
    db.execute("ALTER TABLE draft RENAME TO draft_v1")
    _run_script(db, _V2)
    for (body,) in db.execute("SELECT body FROM calls_v1 ORDER BY started_at").fetchall():
        insert_call(db, redact_record(CallRecord.from_dict(json.loads(body)))[0], version=2)
    for step_index, body in db.execute("SELECT step_index, body FROM draft_v1").fetchall():
        record = redact_record(CallRecord.from_dict(json.loads(body)))[0]
        db.execute(
            "INSERT INTO draft(slot, call_id, step_index, body) VALUES (1, ?, ?, ?)",
            (record.id, step_index, json.dumps(record.to_dict())),
        )
    db.execute("DROP TABLE calls_v1")
    db.execute("DROP TABLE draft_v1")


def _v2_to_v3(db: sqlite3.Connection) -> None:
    # Nothing is filled in for the calls already there: computing it for a big
    # log would hold up the first start, and an export handles NULL itself.
    _run_script(db, _V3)


def _v3_to_v4(db: sqlite3.Connection) -> None:
    # Queuing the calls already here lets a team log configured later receive
    # the agent's history; the rows are ids only, a few bytes per call.
    _run_script(db, outbox.TABLES)
    outbox.queue_every_call(db)


def _v4_to_v5(db: sqlite3.Connection) -> None:
    _run_script(db, _V5)


#: MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _to_v1,
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}


@functools.cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str | None]]:
    """What ``sqlite_master`` holds in a sound log at ``version``."""
    db = sqlite3.connect(":memory:")
    try:
        build_version(db, version)
        return schema_of(db)
    finally:
        db.close()


def schema_of(db: sqlite3.Connection) -> frozenset[tuple[str, str, str, str | None]]:
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset((str(t), str(n), str(tb), sql) for t, n, tb, sql in rows)


def build_version(db: sqlite3.Connection, version: int) -> None:
    """Create an empty database at an older ``version`` (for tests of migrations)."""
    for step in range(version):
        MIGRATIONS[step](db)
    db.execute(f"PRAGMA user_version = {version}")
