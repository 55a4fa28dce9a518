"""The team log under load: many agent processes saving while the server restarts.

    python -m tests.benchmarks.team_load [--agents 50] [--calls 200] [--restarts 2]

Starts a PostgreSQL server of its own (as the tests do), then ``--agents``
processes (``tests.team_agent``: the real log factory, local SQLite log and
sync thread), each saving ``--calls`` calls, and restarts the server
``--restarts`` times while they save. Prints the calls saved, the calls on the
server, the lost and the duplicated ones, and the worst delay from saving a
call to its arrival on the server. Targets: 0 lost, 0 duplicated.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.pg_cluster import missing_reason, remove_cluster, start_cluster
from tests.team_agent import agent_command
from tests.team_fixtures import TEMPLATE_DB, prepare, write_passfile


@dataclass(frozen=True)
class LoadResult:
    saved: int
    on_server: int
    lost: int
    duplicated: int
    worst_delay_s: float
    agents_failed: int

    def lines(self) -> list[str]:
        return [
            f"calls saved:       {self.saved}",
            f"calls on server:   {self.on_server}",
            f"lost:              {self.lost}",
            f"duplicated:        {self.duplicated}",
            f"worst delay:       {self.worst_delay_s:.2f} s (saved -> on the server)",
            f"agents that failed: {self.agents_failed}",
        ]


def run_load(agents: int, calls: int, restarts: int, every: float) -> LoadResult:
    cluster = start_cluster()
    work = Path(tempfile.mkdtemp(prefix="calmline-load-"))
    try:
        prepare(cluster)
        cluster.admin(f"CREATE DATABASE calmline TEMPLATE {TEMPLATE_DB}")
        env = {**os.environ, "PGPASSFILE": str(write_passfile(work))}
        conninfo = f"host=127.0.0.1 port={cluster.port} dbname=calmline user=agent_ana"
        options = ["--calls", str(calls), "--every", str(every), "--wait", "300"]
        processes = [
            subprocess.Popen(
                agent_command(work / f"agent{n}", conninfo, f"agent{n}", *options),
                cwd=REPO_ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(agents)
        ]
        saving = max(calls * every, 2.0)
        for _ in range(restarts):
            time.sleep(saving / (restarts + 1))
            cluster.stop("fast")
            time.sleep(1.0)
            cluster.start()
        failed = 0
        for process in processes:
            out, err = process.communicate(timeout=600)
            if process.returncode != 0:
                failed += 1
                print(f"an agent failed: {out.strip()} {err.strip()[-500:]}", file=sys.stderr)
        total, distinct, worst = cluster.admin(
            "SELECT count(*), count(DISTINCT body->>'notes'),"
            " coalesce(extract(epoch FROM max(received_at - ended_at)), 0)"
            " FROM calmline.calls",
            "calmline",
        )[0]
        saved = agents * calls
        return LoadResult(
            saved=saved,
            on_server=int(str(total)),
            lost=saved - int(str(distinct)),
            duplicated=int(str(total)) - int(str(distinct)),
            worst_delay_s=float(str(worst)),
            agents_failed=failed,
        )
    finally:
        remove_cluster(cluster)
        subprocess.run(["rm", "-rf", str(work)], check=False)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.team_load")
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--restarts", type=int, default=2)
    parser.add_argument("--every", type=float, default=0.05, help="seconds between saves")
    args = parser.parse_args()
    reason = missing_reason()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    result = run_load(args.agents, args.calls, args.restarts, args.every)
    print(f"{args.agents} agents x {args.calls} calls, server restarted {args.restarts} times")
    print("\n".join(result.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
