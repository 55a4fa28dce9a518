"""Fixtures for the team log: a test server for the session, a fresh database per test.

The server starts once per test session (``pg_cluster``); each test that needs
the team log gets a database of its own, already set up by ``calmline team
init``'s steps (``team_db``), and agents that log in with a password kept in
a libpq password file under the test's private home, as on an agent's PC.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.pg_cluster import PgCluster, remove_cluster, skip_or_fail_without_postgres, start_cluster

TEMPLATE_DB = "calmline_template"
#: login roles the tests use: (name, password, group role)
AGENTS = {
    "agent_ana": ("ana-secret-1", "calmline_agent"),
    "agent_ben": ("ben-secret-2", "calmline_agent"),
    "lead_lee": ("lee-secret-3", "calmline_lead"),
}
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    skip_or_fail_without_postgres()
    cluster = start_cluster()
    try:
        prepare(cluster)
        yield cluster
    finally:
        remove_cluster(cluster)


def prepare(cluster: PgCluster) -> None:
    """The template database set up by ``team init``'s steps, and the agents' logins."""
    import psycopg

    from desktop_app.store.team.server_schema import upgrade

    cluster.admin(f"CREATE DATABASE {TEMPLATE_DB}")
    with psycopg.connect(cluster.admin_dsn(TEMPLATE_DB)) as conn:
        upgrade(conn)
    for name, (password, group) in AGENTS.items():
        cluster.admin(f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {group}")


@dataclass
class TeamDb:
    """One test's database on the test server, and how agents reach it."""

    cluster: PgCluster
    name: str

    def conninfo(self, user: str = "agent_ana") -> str:
        """What IT would put in ``team_log``: host, port, database, user; no password."""
        return f"host=127.0.0.1 port={self.cluster.port} dbname={self.name} user={user}"

    def admin(self, sql: str) -> list[tuple[object, ...]]:
        return self.cluster.admin(sql, self.name)


def write_passfile(home: Path) -> Path:
    """libpq's password file with every test agent's password, 0600 as libpq demands."""
    passfile = home / ".pgpass"
    # Any port on loopback: a standby of the test server listens on another.
    lines = [f"127.0.0.1:*:*:{name}:{password}" for name, (password, _) in AGENTS.items()]
    passfile.write_text("\n".join(lines) + "\n")
    passfile.chmod(0o600)
    return passfile


def _new_database(cluster: PgCluster, template: str) -> str:
    name = f"team_{os.getpid()}_{next(_numbers)}"
    cluster.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
    return name


@pytest.fixture
def team_db(pg_cluster: PgCluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamDb]:
    """A database set up for the team log, and a password file for its agents."""
    home = Path(os.environ["HOME"])
    monkeypatch.setenv("PGPASSFILE", str(write_passfile(home)))
    name = _new_database(pg_cluster, TEMPLATE_DB)
    yield TeamDb(pg_cluster, name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def empty_db(pg_cluster: PgCluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamDb]:
    """A database without Calmline's tables (for ``calmline team init``)."""
    home = Path(os.environ["HOME"])
    monkeypatch.setenv("PGPASSFILE", str(write_passfile(home)))
    name = _new_database(pg_cluster, "template1")
    yield TeamDb(pg_cluster, name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
