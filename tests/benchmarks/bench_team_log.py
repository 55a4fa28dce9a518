"""Figures for the team log on a real PostgreSQL server (printed, never pass/fail on time).

    python -m tests.benchmarks.bench_team_log [--calls 1000000] [--agents 50]

- repeat-caller look-up by phone over ``--calls`` calls on the server
  (target p99 <= 20 ms);
- team search over the same calls, a rare and a common word, top 50
  (target p99 <= 100 ms);
- saved on one PC to announced on another, ``--agents`` agent processes
  saving at once (target p99 <= 2 s).

The server is the tests' own (``tests.pg_cluster``) on this machine, filled
by SQL on the server itself (generating a million calls through the windows
would take hours).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.pg_cluster import PgCluster, missing_reason, remove_cluster, start_cluster
from tests.team_agent import agent_command
from tests.team_fixtures import TEMPLATE_DB, prepare, write_passfile

WORDS = ["kettle", "refund", "late", "broken", "invoice", "charged", "twice", "engineer"]
RARE = "porcupine"  # in one call of 10,000
CUSTOMERS = 200_000

FILL = """
INSERT INTO calmline.calls (id, started_at, ended_at, agent, customer_name, customer_account,
    customer_phone, name_key, account_key, phone_key, category, outcome, resolution, body)
SELECT md5(g::text), t, t + interval '5 minutes', 'agent' || (g %% 50),
    'Customer ' || c, 'AC-' || c, '+1 555 ' || lpad(c::text, 7, '0'),
    'customer ' || c, 'ac-' || c, '1555' || lpad(c::text, 7, '0'),
    (ARRAY['billing','delivery','returns','technical'])[1 + g %% 4], 'resolved', 'refund given',
    jsonb_build_object('id', md5(g::text),
        'started_at', to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
        'notes', notes, 'reason', 'complaint')
FROM (
    SELECT g, (g * 7919) %% {customers} AS c,
        timestamptz '2023-01-01 00:00+00' + g * interval '47 seconds' AS t,
        (ARRAY{words})[1 + (g * 7) %% 8] || ' ' || (ARRAY{words})[1 + (g * 13) %% 8]
            || CASE WHEN g %% 10000 = 0 THEN ' {rare}' ELSE '' END AS notes
    FROM generate_series(%s::bigint, %s::bigint) g
) s
"""


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def figure(name: str, samples_ms: list[float], target_ms: float) -> None:
    p50, p99 = statistics.median(samples_ms), percentile(samples_ms, 0.99)
    verdict = "meets" if p99 <= target_ms else "MISSES"
    print(f"{name:<48} p50 {p50:8.1f} ms  p99 {p99:8.1f} ms  ({verdict} p99 <= {target_ms:g} ms)")


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def fill(cluster: PgCluster, calls: int) -> None:
    import psycopg

    sql = FILL.format(customers=CUSTOMERS, words=str(WORDS).replace('"', "'"), rare=RARE).encode()
    with psycopg.connect(cluster.admin_dsn("calmline"), autocommit=True) as conn:
        step = 100_000
        for first in range(1, calls + 1, step):
            conn.execute(sql, (first, min(calls, first + step - 1)))
        conn.execute("VACUUM ANALYZE calmline.calls")


def bench_reads(conninfo: str, repeat: int) -> None:
    from desktop_app.store.team.config import check_conninfo
    from desktop_app.store.team.server_log import ServerCallLog

    rng = random.Random(7)
    with ServerCallLog.open(check_conninfo(conninfo, "benchmark")) as team:
        figure(
            "repeat-caller look-up by phone",
            timed(
                lambda: team.customer_history(
                    phone=f"+1 555 {rng.randrange(CUSTOMERS):07d}", exclude_call="x"
                ),
                repeat,
            ),
            20,
        )
        figure(
            "team search, rare word, top 50",
            timed(lambda: team.search(RARE, limit=50), repeat),
            100,
        )
        figure(
            "team search, common word, top 50",
            timed(lambda: team.search(rng.choice(WORDS), limit=50), repeat),
            100,
        )
        figure(
            "team search, two word starts, top 50",
            timed(lambda: team.search("kett refu", limit=50), repeat),
            100,
        )


def bench_visible(cluster: PgCluster, conninfo: str, agents: int, calls: int, work: Path) -> None:
    """Saved by one agent's process -> announced to another PC listening, in ms."""
    import psycopg

    env = {**os.environ, "PGPASSFILE": os.environ["PGPASSFILE"]}
    delays: list[float] = []
    with psycopg.connect(conninfo, autocommit=True) as listener:
        listener.execute("LISTEN calmline_changes")
        # Each PC reaches the server before its first call, as a window open
        # since the start of the shift has; the first saves would otherwise
        # measure 50 processes starting and logging in at once on this machine.
        options = ["--calls", str(calls), "--every", "0.2", "--wait", "120", "--online-first"]
        processes = [
            subprocess.Popen(
                agent_command(work / f"agent{n}", conninfo, f"agent{n}", *options),
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for n in range(agents)
        ]
        deadline = time.monotonic() + 300
        while len(delays) < agents * calls and time.monotonic() < deadline:
            # Heard first, looked up after: no query runs while the generator waits.
            heard = [
                (note.payload[5:], datetime.now(UTC))
                for note in listener.notifies(timeout=0.5)
                if note.payload.startswith("call:")
            ]
            for call_id, moment in heard:
                row = listener.execute(
                    "SELECT ended_at FROM calmline.calls WHERE id = %s", (call_id,)
                ).fetchone()
                if row is not None and row[0] is not None:
                    delays.append((moment - row[0]).total_seconds() * 1000)
        for process in processes:
            process.wait(timeout=300)
    figure(f"saved on one PC -> announced on another ({agents} agents)", delays, 2000)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_team_log")
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    reason = missing_reason()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    cluster = start_cluster()
    work = Path(tempfile.mkdtemp(prefix="calmline-bench-"))
    try:
        prepare(cluster)
        cluster.admin(f"CREATE DATABASE calmline TEMPLATE {TEMPLATE_DB}")
        os.environ["PGPASSFILE"] = str(write_passfile(work))
        conninfo = f"host=127.0.0.1 port={cluster.port} dbname=calmline user=agent_ana"
        started = time.monotonic()
        fill(cluster, args.calls)
        print(f"{args.calls:,} calls on the server (filled in {time.monotonic() - started:.0f} s)")
        bench_reads(conninfo, args.repeat)
        bench_visible(cluster, conninfo, args.agents, 10, work)
    finally:
        remove_cluster(cluster)
        subprocess.run(["rm", "-rf", str(work)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
