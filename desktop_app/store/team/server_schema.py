"""The team log's tables on PostgreSQL, by version, and the steps that build them.

Everything lives in the schema ``calmline``; ``calmline.schema_version``
holds the version. ``calmline team init`` runs the missing steps in one
transaction under an advisory lock (two PCs running it at once wait for each
other) and refuses a database written by a newer Calmline.

Roles (group roles, no login; IT grants them to people's login roles):

- ``calmline_agent``: reads everything, inserts calls and their promises,
  and changes only a promise (done, who, when changed, by whom).
- ``calmline_lead``: an agent who may also erase a customer (deletes calls,
  writes the audit row).
- the role that runs ``calmline team init`` owns the tables.

Version 1: calls (the whole redacted call as JSON beside the columns it is
found by), promises, erasures (the audit: who, when, how many calls) with the
hashed keys windows erase their local copies by, the words index (an
``unaccent`` text-search configuration, GIN) and a trigram index for phone
digits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.store.base import LogError

if TYPE_CHECKING:
    import psycopg

SCHEMA = "calmline"
SERVER_SCHEMA_VERSION = 1
#: The channel windows LISTEN on; payloads carry ids only.
CHANNEL = "calmline_changes"
#: Any constant shared by every Calmline: the advisory lock ``team init`` holds.
_INIT_LOCK = 0x43414C4D

AGENT_ROLE = "calmline_agent"
LEAD_ROLE = "calmline_lead"

_V1 = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AGENT_ROLE}') THEN
        CREATE ROLE {AGENT_ROLE} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{LEAD_ROLE}') THEN
        CREATE ROLE {LEAD_ROLE} NOLOGIN IN ROLE {AGENT_ROLE};
    END IF;
END
$$;
CREATE SCHEMA IF NOT EXISTS {SCHEMA};
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA {SCHEMA};
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA {SCHEMA};
CREATE TEXT SEARCH CONFIGURATION {SCHEMA}.words (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION {SCHEMA}.words
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword,
        hword_asciipart, hword_part, hword_numpart WITH {SCHEMA}.unaccent, simple;

CREATE TABLE {SCHEMA}.calls (
    id text PRIMARY KEY,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    agent text NOT NULL,
    customer_name text NOT NULL,
    customer_account text NOT NULL,
    customer_phone text NOT NULL,
    -- the same three as they are matched: case and spacing ignored, phone by digits
    name_key text NOT NULL,
    account_key text NOT NULL,
    phone_key text NOT NULL,
    category text NOT NULL,
    outcome text NOT NULL,
    resolution text NOT NULL,
    -- the whole call as the window saved it (redacted), timeline included
    body jsonb NOT NULL,
    words tsvector NOT NULL GENERATED ALWAYS AS (
        to_tsvector('{SCHEMA}.words',
            coalesce(body->>'notes', '') || ' ' || customer_name || ' ' || customer_phone
            || ' ' || phone_key || ' ' || customer_account || ' ' || category || ' '
            || coalesce(body->>'reason', '') || ' ' || resolution)
    ) STORED,
    -- who sent it and when it arrived: set by the server, never by the window
    sent_by text NOT NULL DEFAULT current_user,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calls_started ON {SCHEMA}.calls (started_at DESC);
CREATE INDEX calls_phone ON {SCHEMA}.calls (phone_key, started_at DESC);
CREATE INDEX calls_account ON {SCHEMA}.calls (account_key, started_at DESC);
CREATE INDEX calls_name ON {SCHEMA}.calls (name_key, started_at DESC);
CREATE INDEX calls_words ON {SCHEMA}.calls USING gin (words);
CREATE INDEX calls_phone_digits ON {SCHEMA}.calls USING gin (phone_key {SCHEMA}.gin_trgm_ops);

CREATE TABLE {SCHEMA}.commitments (
    call_id text NOT NULL REFERENCES {SCHEMA}.calls (id) ON DELETE CASCADE,
    id text NOT NULL,
    position integer NOT NULL,
    what text NOT NULL,
    who text NOT NULL,
    due timestamptz,
    -- as typed, with its own offset
    due_text text,
    done boolean NOT NULL,
    -- the latest change wins: a change older than this one is ignored
    changed_at timestamptz,
    changed_by text,
    PRIMARY KEY (call_id, id)
);
CREATE INDEX commitments_due ON {SCHEMA}.commitments (done, due);

-- The audit of erasures: who, when, how many calls; never what.
CREATE TABLE {SCHEMA}.erasures (
    id bigserial PRIMARY KEY,
    erased_at timestamptz NOT NULL DEFAULT now(),
    erased_by text NOT NULL DEFAULT current_user,
    calls integer NOT NULL,
    -- made by the erasing PC: an erasure sent twice is done once
    token text UNIQUE
);
-- SHA-256 of the erased customer's keys, by which each window finds the
-- customer in its local copy, and the server refuses calls of that customer
-- still on their way.
CREATE TABLE {SCHEMA}.erased_keys (
    erasure_id bigint NOT NULL REFERENCES {SCHEMA}.erasures (id),
    key_hash text NOT NULL
);
CREATE INDEX erased_keys_hash ON {SCHEMA}.erased_keys (key_hash);

CREATE TABLE {SCHEMA}.schema_version (version integer NOT NULL);
INSERT INTO {SCHEMA}.schema_version VALUES (0);

GRANT USAGE ON SCHEMA {SCHEMA} TO {AGENT_ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {AGENT_ROLE};
GRANT INSERT (id, started_at, ended_at, agent, customer_name, customer_account,
              customer_phone, name_key, account_key, phone_key, category, outcome,
              resolution, body)
    ON {SCHEMA}.calls TO {AGENT_ROLE};
GRANT INSERT ON {SCHEMA}.commitments TO {AGENT_ROLE};
GRANT UPDATE (done, who, changed_at, changed_by) ON {SCHEMA}.commitments TO {AGENT_ROLE};
GRANT DELETE ON {SCHEMA}.calls, {SCHEMA}.commitments TO {LEAD_ROLE};
GRANT INSERT (calls, token) ON {SCHEMA}.erasures TO {LEAD_ROLE};
GRANT INSERT ON {SCHEMA}.erased_keys TO {LEAD_ROLE};
GRANT USAGE ON SEQUENCE {SCHEMA}.erasures_id_seq TO {LEAD_ROLE};
"""

#: STEPS[n] takes the server from version n to n + 1.
STEPS: dict[int, str] = {0: _V1}


class ServerSchemaError(LogError):
    """The server's schema cannot be used by this Calmline."""


def server_version(conn: psycopg.Connection[tuple[object, ...]]) -> int:
    """The team log's schema version on the server; 0 when it has none yet."""
    row = conn.execute("SELECT to_regclass(%s)", (f"{SCHEMA}.schema_version",)).fetchone()
    if row is None or row[0] is None:
        return 0
    found = conn.execute(f"SELECT version FROM {SCHEMA}.schema_version").fetchone()
    return int(str(found[0])) if found else 0


def require_current(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    """Refuse a server this Calmline cannot use (not set up, or newer)."""
    version = server_version(conn)
    if version == 0:
        raise ServerSchemaError(
            "the team log has no Calmline tables yet: IT runs 'calmline team init' once"
        )
    if version > SERVER_SCHEMA_VERSION:
        raise ServerSchemaError(
            f"the team log was set up by a newer Calmline (schema {version}, this one "
            f"knows up to {SERVER_SCHEMA_VERSION}): update Calmline on this PC"
        )
    if version < SERVER_SCHEMA_VERSION:
        raise ServerSchemaError(
            f"the team log's tables are older (schema {version}) than this Calmline "
            f"needs ({SERVER_SCHEMA_VERSION}): IT runs 'calmline team init' to upgrade them"
        )


def upgrade(conn: psycopg.Connection[tuple[object, ...]]) -> tuple[int, int]:
    """Bring the server's schema to ``SERVER_SCHEMA_VERSION``; (before, after).

    Runs in one transaction: a failed step leaves the server as it was.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
        before = server_version(conn)
        if before > SERVER_SCHEMA_VERSION:
            raise ServerSchemaError(
                f"the team log was set up by a newer Calmline (schema {before}, this one "
                f"knows up to {SERVER_SCHEMA_VERSION}); nothing was changed"
            )
        version = before
        while version < SERVER_SCHEMA_VERSION:
            conn.execute(STEPS[version].encode())
            version += 1
            conn.execute(f"UPDATE {SCHEMA}.schema_version SET version = %s", (version,))
    return before, version
