"""The call log on the team's PostgreSQL server: every agent's calls in one place.

``ServerCallLog`` answers the same questions as the local SQLite log
(``store.base.CallLog``) over every agent's calls, and takes what the sync
worker sends, idempotently: a call already there is left as it is (``ON
CONFLICT DO NOTHING``), a promise change older than the one the server has
is ignored, so sending the same outbox twice changes nothing. Drafts stay on
the agent's PC: the server has none.

Every change is announced on ``server_schema.CHANNEL`` with ids only
("call:ID", "promise:CALL_ID", "erasure:N"), delivered when it commits.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import errors
from psycopg.types.json import Jsonb

from desktop_app.core.call import CallRecord
from desktop_app.core.redaction import redact_record
from desktop_app.core.saved_text import SavedText
from desktop_app.store.base import (
    CallSummary,
    CustomerHistory,
    FollowUp,
    LogError,
    LogStats,
    LogWriteError,
    PromiseEdits,
    follow_up_from_row,
)
from desktop_app.store.schema import customer_keys, name_key, phone_key
from desktop_app.store.sqlite_log import phone_fragment
from desktop_app.store.team.config import TeamLogConfig
from desktop_app.store.team.server_schema import CHANNEL, LEAD_ROLE, SCHEMA, require_current

Connection = psycopg.Connection[tuple[Any, ...]]

_SUMMARY = (
    "c.id, c.body->>'started_at', c.customer_name, c.customer_phone, c.customer_account,"
    " c.category, c.outcome, c.resolution, c.agent"
)
_BATCH = 500
#: How many of the newest calls a search walks before it asks the words index.
RECENT_CALLS = 20_000


class TeamLogUnreachableError(LogError):
    """The server cannot be reached or refused this PC (down, network, credentials)."""


def key_hashes(phone: str, account: str, name: str) -> list[str]:
    """SHA-256 of a customer's keys as they are matched: how an erasure names them."""
    return [
        hashlib.sha256(f"{column}:{key}".encode()).hexdigest()
        for column, key in customer_keys(phone, account, name)
    ]


def connect(config: TeamLogConfig) -> Connection:
    """A connection to the team log, or ``TeamLogUnreachableError`` saying why."""
    try:
        conn = psycopg.connect(config.conninfo, autocommit=True, **config.connect_kwargs())  # type: ignore[arg-type]
    except psycopg.Error as exc:
        raise TeamLogUnreachableError(
            f"cannot reach the team log at {config.describe()}: {_first_line(exc)}"
        ) from None
    return conn


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def tsquery_words(text: str) -> list[str]:
    """Each typed word as a prefix phrase for ``to_tsquery``: letters and digits only,
    so nothing typed can be read as the query syntax."""
    phrases = []
    for word in text.split():
        tokens = re.findall(r"[^\W_]+", word)
        if tokens:
            phrases.append(" <-> ".join(tokens) + ":*")
    return phrases


class ServerCallLog(PromiseEdits):
    """The team log's tables, read and written over one connection."""

    def __init__(self, conn: Connection, *, where: str = "the team log") -> None:
        self._conn = conn
        self.where = where
        self._guard(lambda: require_current(conn))

    @classmethod
    def open(cls, config: TeamLogConfig) -> ServerCallLog:
        conn = connect(config)
        try:
            return cls(conn, where=f"the team log at {config.describe()}")
        except BaseException:
            conn.close()
            raise

    @property
    def connection(self) -> Connection:
        return self._conn

    def _guard(self, work: Any) -> Any:
        """Run ``work``; psycopg's errors become the log's own, in plain words."""
        try:
            return work()
        except psycopg.Error as exc:
            raise self._translate(exc) from None

    def _translate(self, exc: psycopg.Error) -> LogError:
        if isinstance(exc, errors.InsufficientPrivilege):
            return LogWriteError(f"{self.where} refused: {_first_line(exc)}")
        if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
            return TeamLogUnreachableError(
                f"lost the connection to {self.where}: {_first_line(exc)}"
            )
        return LogError(f"{self.where}: {_first_line(exc)}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One server transaction around several writes (each inside becomes a savepoint)."""
        try:
            with self._conn.transaction():
                yield
        except psycopg.Error as exc:
            raise self._translate(exc) from None

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        return self._guard(lambda: self._conn.execute(sql.encode(), params).fetchall())  # type: ignore[no-any-return]

    # -- announcements ---------------------------------------------------------
    def listen(self) -> None:
        """Hear the team's changes (ids only, see ``server_schema.CHANNEL``)."""
        self._guard(lambda: self._conn.execute(f"LISTEN {CHANNEL}"))

    def announcements(self, seconds: float) -> list[str]:
        """The changes announced within ``seconds`` ("call:ID", "promise:ID", "erasure:N")."""
        return [
            str(n.payload) for n in self._guard(lambda: list(self._conn.notifies(timeout=seconds)))
        ]

    # -- finished calls ----------------------------------------------------
    def save(self, record: CallRecord) -> None:
        self.save_many([record])

    def save_many(self, records: Sequence[CallRecord]) -> int:
        """Insert calls not there yet (a call already there is left alone); returns how
        many were new. A call of a customer erased after it started is refused."""
        return int(self._guard(lambda: self._save_many(records)))

    def _save_many(self, records: Sequence[CallRecord]) -> int:
        new = 0
        with self._conn.transaction():
            for record in records:
                new += self._insert(redact_record(record)[0])
        return new

    def _insert(self, record: CallRecord) -> int:
        clean = CallRecord.from_dict(_without_nul(record.to_dict()))
        customer = clean.customer
        inserted = self._conn.execute(
            f"INSERT INTO {SCHEMA}.calls (id, started_at, ended_at, agent, customer_name,"
            " customer_account, customer_phone, name_key, account_key, phone_key, category,"
            " outcome, resolution, body)"
            " SELECT %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s"
            f" WHERE NOT EXISTS (SELECT 1 FROM {SCHEMA}.erased_keys k"
            f" JOIN {SCHEMA}.erasures e ON e.id = k.erasure_id"
            "  WHERE k.key_hash = ANY(%s) AND e.erased_at > %s)"
            " ON CONFLICT (id) DO NOTHING RETURNING id",
            (
                clean.id,
                clean.started_at,
                clean.ended_at,
                clean.agent,
                customer.name,
                customer.account,
                customer.phone,
                name_key(customer.name),
                name_key(customer.account),
                phone_key(customer.phone),
                clean.category,
                clean.outcome,
                clean.resolution,
                Jsonb(clean.to_dict()),
                key_hashes(customer.phone, customer.account, customer.name),
                clean.started_at,
            ),
        ).fetchone()
        if inserted is None:
            return 0
        with self._conn.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {SCHEMA}.commitments (call_id, id, position, what, who, due,"
                " due_text, done) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING",
                [
                    (
                        clean.id,
                        c.id,
                        position,
                        c.what,
                        c.who,
                        c.due,
                        c.due.isoformat() if c.due else None,
                        c.done,
                    )
                    for position, c in enumerate(clean.commitments)
                ],
            )
        self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"call:{clean.id}"))
        return 1

    def get(self, call_id: str) -> CallRecord | None:
        rows = self._rows(f"SELECT body FROM {SCHEMA}.calls WHERE id = %s", (call_id,))
        if not rows:
            return None
        return self._with_commitments([rows[0][0]])[0]

    def _with_commitments(self, bodies: list[dict[str, Any]]) -> list[CallRecord]:
        """Calls from their saved bodies, with each promise as the server has it now."""
        ids = [str(body["id"]) for body in bodies]
        current: dict[str, list[dict[str, Any]]] = {call_id: [] for call_id in ids}
        for call_id, cid, what, who, due_text, done in self._rows(
            f"SELECT call_id, id, what, who, due_text, done FROM {SCHEMA}.commitments"
            " WHERE call_id = ANY(%s) ORDER BY call_id, position",
            (ids,),
        ):
            current[call_id].append(
                {"id": cid, "what": what, "who": who, "due": due_text, "done": done}
            )
        return [
            CallRecord.from_dict({**body, "commitments": current[body["id"]]}) for body in bodies
        ]

    def list_calls(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[CallRecord]:
        where, params = _period(since, until)
        sql = f"SELECT body FROM {SCHEMA}.calls c WHERE {where} ORDER BY started_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT %s"
            params.append(limit)
        return self._with_commitments([row[0] for row in self._rows(sql, params)])

    def iter_calls(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[CallRecord]:
        where, params = _period(since, until)
        after: tuple[datetime, str] = (datetime(1, 1, 1, tzinfo=UTC), "")
        while True:
            rows = self._rows(
                f"SELECT body, started_at, id FROM {SCHEMA}.calls c WHERE {where}"
                " AND (started_at, id) > (%s, %s) ORDER BY started_at, id LIMIT %s",
                [*params, *after, _BATCH],
            )
            if not rows:
                return
            after = (rows[-1][1], rows[-1][2])
            yield from self._with_commitments([row[0] for row in rows])

    def iter_calls_for_csv(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[tuple[CallRecord, SavedText | None]]:
        """The calls whole: the server keeps no text beside them for a CSV export."""
        for record in self.iter_calls(since=since, until=until):
            yield record, None

    def count(self) -> int:
        return int(self._rows(f"SELECT count(*) FROM {SCHEMA}.calls")[0][0])

    # -- finding -------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
    ) -> list[CallSummary]:
        period, period_params = _period(since, until)
        where, params = period, list(period_params)
        words = text.split()
        plain = tsquery_words(" ".join(w for w in words if not phone_fragment(w)))
        if plain:
            where += f" AND c.words @@ to_tsquery('{SCHEMA}.words', %s)"
            params.append(" & ".join(plain))
        for word in words:
            digits = phone_fragment(word)
            if digits:
                where += (
                    f" AND (c.phone_key LIKE %s OR c.words @@ to_tsquery('{SCHEMA}.words', %s))"
                )
                params += [f"%{digits}%", " & ".join(tsquery_words(word))]
        if not words:
            return self._newest(where, params, limit)
        found = self._guard(lambda: self._find((period, period_params), where, params, limit))
        return [_summary(row) for row in found]

    def _newest(self, where: str, params: list[object], limit: int) -> list[CallSummary]:
        rows = self._rows(
            f"SELECT {_SUMMARY} FROM {SCHEMA}.calls c WHERE {where}"
            " ORDER BY c.started_at DESC, c.id DESC LIMIT %s",
            [*params, limit],
        )
        return [_summary(row) for row in rows]

    def _find(
        self,
        period: tuple[str, list[object]],
        where: str,
        params: list[object],
        limit: int,
    ) -> list[tuple[Any, ...]]:
        """Matching calls, newest first, in two steps whatever the words.

        A common word is found soonest by walking the calls newest first and
        checking each; a rare one by its entries in the words index, then
        sorting those few. PostgreSQL cannot tell which a typed word start is
        (its estimates for prefixes are guesses), and the wrong choice costs
        hundreds of milliseconds over a million calls. So: the newest
        ``RECENT_CALLS`` calls are walked first (bounded work); only when they
        hold fewer than ``limit`` matches is the index asked for the older ones,
        which then are few, since the word is rare.

        None of these is prepared: after five runs psycopg would prepare them,
        and PostgreSQL's generic plan for a prepared search cannot see which
        words or dates it got; over a million calls it took a rare word from
        9 ms to 47 ms (median) and 150 ms at p99.
        """
        select = f"SELECT {_SUMMARY} FROM {SCHEMA}.calls c WHERE {where}"
        order = " ORDER BY c.started_at DESC, c.id DESC LIMIT %s"
        with self._conn.transaction():
            cutoff = self._conn.execute(
                f"SELECT c.started_at FROM {SCHEMA}.calls c WHERE {period[0]}"
                " ORDER BY c.started_at DESC OFFSET %s LIMIT 1",
                [*period[1], RECENT_CALLS],
            ).fetchone()
            if cutoff is None:  # a small log: one look is enough
                return self._conn.execute(
                    (select + order).encode(), [*params, limit], prepare=False
                ).fetchall()
            self._conn.execute("SET LOCAL enable_bitmapscan = off")
            recent = self._conn.execute(
                (select + " AND c.started_at >= %s" + order).encode(),
                [*params, cutoff[0], limit],
                prepare=False,
            ).fetchall()
            if len(recent) >= limit:
                return recent
            self._conn.execute("SET LOCAL enable_bitmapscan = on")
            self._conn.execute("SET LOCAL enable_indexscan = off")
            older = self._conn.execute(
                (select + " AND c.started_at < %s" + order).encode(),
                [*params, cutoff[0], limit - len(recent)],
                prepare=False,
            ).fetchall()
            return recent + older

    def customer_history(
        self, *, phone: str = "", account: str = "", name: str = "", exclude_call: str = ""
    ) -> CustomerHistory:
        where, params = _customer_match(phone, account, name)
        if not params:
            return CustomerHistory(0, None, [])
        where = f"({where}) AND c.id <> %s"
        params.append(exclude_call)
        count = int(
            self._rows(f"SELECT count(*) FROM {SCHEMA}.calls c WHERE {where}", params)[0][0]
        )
        last = self._rows(
            f"SELECT {_SUMMARY} FROM {SCHEMA}.calls c WHERE {where}"
            " ORDER BY c.started_at DESC, c.id DESC LIMIT 1",
            params,
        )
        open_items = self._follow_ups(f"NOT m.done AND {where}", params)
        return CustomerHistory(count, _summary(last[0]) if last else None, open_items)

    def follow_ups(self, *, include_done: bool = False) -> list[FollowUp]:
        return self._follow_ups("TRUE" if include_done else "NOT m.done", [])

    def follow_ups_falling_due(self, after: datetime, until: datetime) -> list[FollowUp]:
        return self._follow_ups("NOT m.done AND m.due > %s AND m.due <= %s", [after, until])

    def _follow_ups(self, where: str, params: list[object]) -> list[FollowUp]:
        rows = self._rows(
            "SELECT c.id, c.customer_name, c.customer_phone, m.id, m.what, m.who,"
            " m.due_text, m.done"
            f" FROM {SCHEMA}.commitments m JOIN {SCHEMA}.calls c ON c.id = m.call_id"
            f" WHERE {where}"
            " ORDER BY m.due IS NULL, m.due, c.started_at, c.id, m.position",
            params,
        )
        return [follow_up_from_row(row) for row in rows]

    def log_name(self) -> str:
        return self.where

    def change_commitment(
        self,
        call_id: str,
        commitment_id: str,
        *,
        done: bool | None = None,
        who: str | None = None,
        changed_at: datetime | None = None,
        changed_by: str = "",
    ) -> bool:
        """Mark a promise done (or not) or hand it to ``who``, unless the server holds a
        later change; True when the promise exists (changed now or already newer)."""
        moment = changed_at or datetime.now(UTC)

        def work() -> bool:
            with self._conn.transaction():
                found = self._conn.execute(
                    f"UPDATE {SCHEMA}.commitments SET done = coalesce(%s, done),"
                    " who = coalesce(%s, who), changed_at = %s, changed_by = %s"
                    " WHERE call_id = %s AND id = %s"
                    " AND (changed_at IS NULL OR changed_at < %s) RETURNING 1",
                    (done, who, moment, changed_by, call_id, commitment_id, moment),
                ).fetchone()
                if found is not None:
                    self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"promise:{call_id}"))
                    return True
                return (
                    self._conn.execute(
                        f"SELECT 1 FROM {SCHEMA}.commitments WHERE call_id = %s AND id = %s",
                        (call_id, commitment_id),
                    ).fetchone()
                    is not None
                )

        return bool(self._guard(work))

    def category_counts_by_week(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, dict[str, int]]:
        where, params = _period(since, until)
        weeks: dict[str, dict[str, int]] = {}
        # The week of the agent's own calendar: the time as recorded, offset left off.
        for week, category, calls in self._rows(
            "SELECT to_char(left(c.body->>'started_at', 19)::timestamp, 'IYYY-\"W\"IW'),"
            f" c.category, count(*) FROM {SCHEMA}.calls c WHERE {where} GROUP BY 1, 2",
            params,
        ):
            key = category or "uncategorised"
            bucket = weeks.setdefault(week, {})
            bucket[key] = bucket.get(key, 0) + int(calls)
        return dict(sorted(weeks.items(), reverse=True))

    # -- drafts stay on the agent's PC -------------------------------------
    def save_draft(self, record: CallRecord, step_index: int) -> None:
        raise LogError("the call in progress is kept on this PC, never in the team log")

    def load_draft(self) -> tuple[CallRecord, int] | None:
        return None

    def clear_draft(self) -> None:
        return None

    # -- housekeeping ----------------------------------------------------------
    def stats(self) -> LogStats:
        row = self._rows(
            f"SELECT count(*), min(started_at), max(started_at),"
            f" pg_total_relation_size('{SCHEMA}.calls') FROM {SCHEMA}.calls"
        )[0]
        return LogStats(int(row[0]), row[1], row[2], int(row[3]))

    def is_lead(self) -> bool:
        """This login may erase customers (it has the lead role)."""
        row = self._rows("SELECT pg_has_role(current_user, %s, 'MEMBER')", (LEAD_ROLE,))
        return bool(row[0][0])

    def forget_customer(
        self, *, phone: str = "", account: str = "", name: str = "", token: str | None = None
    ) -> int:
        """Erase the customer's calls for the whole team, with an audit row (lead only)."""
        where, params = _customer_match(phone, account, name)
        if not params:
            raise LogError("say whose calls to forget: a phone number, an account or a name")
        return self._forget(where, params, key_hashes(phone, account, name), token)

    def forget_by_hashes(self, hashes: list[str], token: str | None = None) -> int:
        """The same, for a customer known only by their keys' hashes (an erasure made on a
        PC while the server was out of reach). Reads every call: erasures are rare."""
        if not hashes:
            return 0
        where = " OR ".join(
            f"encode(sha256(convert_to('{column}:' || c.{column}, 'UTF8')), 'hex') = ANY(%s)"
            for column in ("phone_key", "account_key", "name_key")
        )
        return self._forget(where, [hashes] * 3, hashes, token)

    def _forget(
        self, where: str, params: list[object], hashes: list[str], token: str | None
    ) -> int:
        """``token`` names the erasure: sent again (an outbox replayed), it erases nothing
        more and writes no second audit row."""
        if not self.is_lead():
            raise LogWriteError(
                f"only a team lead (role {LEAD_ROLE}) may erase a customer from {self.where}; "
                "nothing was erased"
            )

        def work() -> int:
            with self._conn.transaction():
                if (
                    token is not None
                    and self._conn.execute(
                        f"SELECT 1 FROM {SCHEMA}.erasures WHERE token = %s", (token,)
                    ).fetchone()
                ):
                    return 0
                erased = len(
                    self._conn.execute(
                        f"DELETE FROM {SCHEMA}.calls c WHERE {where} RETURNING 1", params
                    ).fetchall()
                )
                row = self._conn.execute(
                    f"INSERT INTO {SCHEMA}.erasures (calls, token) VALUES (%s, %s) RETURNING id",
                    (erased, token),
                ).fetchone()
                assert row is not None
                with self._conn.cursor() as cursor:
                    cursor.executemany(
                        f"INSERT INTO {SCHEMA}.erased_keys (erasure_id, key_hash) VALUES (%s, %s)",
                        [(row[0], digest) for digest in hashes],
                    )
                self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"erasure:{row[0]}"))
            return erased

        return int(self._guard(work))

    def erasures_after(self, erasure_id: int) -> list[tuple[int, datetime, list[str]]]:
        """Erasures after ``erasure_id``, oldest first: (id, when, key hashes)."""
        rows = self._rows(
            f"SELECT e.id, e.erased_at, array_agg(k.key_hash) FROM {SCHEMA}.erasures e"
            f" JOIN {SCHEMA}.erased_keys k ON k.erasure_id = e.id"
            " WHERE e.id > %s GROUP BY e.id ORDER BY e.id",
            (erasure_id,),
        )
        return [(int(i), at, list(hashes)) for i, at, hashes in rows]

    def purge_older_than(self, days: int) -> int:
        raise LogError("the team log keeps calls as IT decides; nothing is purged from a PC")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ServerCallLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _without_nul(value: Any) -> Any:
    """``value`` with every NUL character in its text as U+FFFD: PostgreSQL's text and
    JSON hold no NUL, and a pasted one must not stop a call from reaching the team."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {key: _without_nul(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_nul(item) for item in value]
    return value


def _period(since: datetime | None, until: datetime | None) -> tuple[str, list[object]]:
    clauses = ["TRUE"]
    params: list[object] = []
    if since is not None:
        clauses.append("c.started_at >= %s")
        params.append(since)
    if until is not None:
        clauses.append("c.started_at < %s")
        params.append(until)
    return " AND ".join(clauses), params


def _customer_match(phone: str, account: str, name: str) -> tuple[str, list[object]]:
    keys = customer_keys(phone, account, name)
    return " OR ".join(f"c.{column} = %s" for column, _ in keys), [key for _, key in keys]


def _summary(row: Sequence[Any]) -> CallSummary:
    call_id, started_at, name, phone, account, category, outcome, resolution, agent = row
    return CallSummary(
        id=call_id,
        started_at=datetime.fromisoformat(started_at),
        customer_name=name,
        phone=phone,
        account=account,
        category=category,
        outcome=outcome,
        resolution=resolution,
        agent=agent,
    )
