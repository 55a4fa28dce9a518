"""The team log under faults, with agents saving as separate processes meanwhile.

Each test runs its own PostgreSQL server (stopping and killing the session's
would disturb other tests): stopped and started, killed (SIGKILL to every
server process, as a power cut), and a synchronous standby promoted when the
primary dies. Afterwards every call is on the server exactly once.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.pg_cluster import PgCluster, remove_cluster, skip_or_fail_without_postgres, start_cluster
from tests.team_agent import agent_command
from tests.team_fixtures import TEMPLATE_DB, prepare, write_passfile

pytestmark = pytest.mark.slow

AGENTS = 3
CALLS = 60


@pytest.fixture
def own_cluster(monkeypatch: pytest.MonkeyPatch) -> Iterator[PgCluster]:
    skip_or_fail_without_postgres()
    cluster = start_cluster()
    try:
        prepare(cluster)
        cluster.admin(f"CREATE DATABASE calmline TEMPLATE {TEMPLATE_DB}")
        monkeypatch.setenv("PGPASSFILE", str(write_passfile(Path(os.environ["HOME"]))))
        yield cluster
    finally:
        remove_cluster(cluster)


def start_agents(tmp_path: Path, conninfo: str, every: float) -> list[subprocess.Popen[str]]:
    """Agents as processes of their own, each saving ``CALLS`` calls ``every`` seconds."""
    options = ["--calls", str(CALLS), "--every", str(every), "--wait", "120"]
    return [
        subprocess.Popen(
            agent_command(tmp_path / f"agent{n}", conninfo, f"agent{n}", *options),
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(AGENTS)
    ]


def finish(agents: list[subprocess.Popen[str]]) -> None:
    for agent in agents:
        out, err = agent.communicate(timeout=180)
        assert agent.returncode == 0, out + err
        assert out.splitlines()[-1] == "sent", out


def assert_every_call_once(cluster: PgCluster) -> None:
    total, distinct = cluster.admin(
        "SELECT count(*), count(DISTINCT body->>'notes') FROM calmline.calls", "calmline"
    )[0]
    assert (total, distinct) == (AGENTS * CALLS, AGENTS * CALLS)


def test_server_stopped_and_killed_while_agents_save(
    own_cluster: PgCluster, tmp_path: Path
) -> None:
    conninfo = f"host=127.0.0.1 port={own_cluster.port} dbname=calmline user=agent_ana"
    agents = start_agents(tmp_path, conninfo, every=0.05)
    time.sleep(1.5)
    own_cluster.stop("fast")
    time.sleep(1.5)
    own_cluster.start()
    time.sleep(1.0)
    own_cluster.kill()
    time.sleep(1.0)
    own_cluster.start()
    finish(agents)
    assert_every_call_once(own_cluster)


def test_standby_promoted_while_agents_save(own_cluster: PgCluster, tmp_path: Path) -> None:
    standby = PgCluster(own_cluster.base, name="standby").standby_of(own_cluster)
    standby.start()
    # Synchronous: a commit the agents saw is on the standby too.
    own_cluster.admin("ALTER SYSTEM SET synchronous_standby_names = '*'")
    own_cluster.admin("SELECT pg_reload_conf()")
    try:
        conninfo = (
            f"host=127.0.0.1,127.0.0.1 port={own_cluster.port},{standby.port} dbname=calmline"
            " user=agent_ana target_session_attrs=read-write"
        )
        agents = start_agents(tmp_path, conninfo, every=0.05)
        time.sleep(1.5)
        own_cluster.kill()
        standby.promote()
        finish(agents)
        assert_every_call_once(standby)
    finally:
        standby.stop("immediate")
