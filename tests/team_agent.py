"""One agent's Calmline log, as a process of its own, saving calls to a team log.

    python -m tests.team_agent DATA_DIR CONNINFO --agent NAME --calls N [--every S] [--online-first]

Opens the log through the same factory as the window (local SQLite log, sync
thread to the team log), saves N calls (notes "NAME call K", ended_at = the
moment of saving), then waits until everything is sent. With
``--online-first`` it waits until the team log is reached before the first
call, as a window open since the start of the shift would be. Prints "saved N",
then "sent" and exits 0, or "waiting K" and exits 1 when ``--wait`` runs out.
Used by the fault tests and the load script.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.call import CallRecord, Customer
from desktop_app.store.factory import open_log
from desktop_app.store.pending import PendingCallLog
from desktop_app.store.team.status import TeamState


def agent_command(folder: Path, conninfo: str, name: str, *options: str) -> list[str]:
    """The command line that runs one agent (for the tests and the load script)."""
    return [
        sys.executable,
        "-m",
        "tests.team_agent",
        str(folder),
        conninfo,
        "--agent",
        name,
        *options,
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("conninfo")
    parser.add_argument("--agent", required=True)
    parser.add_argument("--calls", type=int, required=True)
    parser.add_argument("--every", type=float, default=0.0)
    parser.add_argument("--wait", type=float, default=120.0)
    parser.add_argument("--online-first", action="store_true")
    args = parser.parse_args()
    folder = Path(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    log = open_log(folder / "calls.sqlite3", team_log=args.conninfo).log
    rng = random.Random(args.agent)
    try:
        if args.online_first and not wait_online(log, time.monotonic() + args.wait):
            print("never online", flush=True)
            return 1
        for n in range(args.calls):
            now = datetime.now(UTC)
            phone = f"+1 555 {rng.randrange(10**7):07d}"
            log.save(
                CallRecord(
                    started_at=now,
                    ended_at=now,
                    agent=args.agent,
                    customer=Customer(phone=phone),
                    notes=f"{args.agent} call {n}",
                )
            )
            if args.every:
                time.sleep(args.every)
        print(f"saved {args.calls}", flush=True)
        deadline = time.monotonic() + args.wait
        backend = log.backend
        assert backend is not None
        while True:
            # Read here, not from the worker's last count, which may predate the last save.
            waiting = int(backend.connection.read("SELECT count(*) FROM outbox")[0][0])
            if waiting == 0:
                print("sent", flush=True)
                return 0
            if time.monotonic() > deadline:
                status = log.team_status()
                print(f"waiting {waiting} ({status.reason if status else ''})", flush=True)
                return 1
            time.sleep(0.1)
    finally:
        log.close()


def wait_online(log: PendingCallLog, deadline: float) -> bool:
    while time.monotonic() < deadline:
        status = log.team_status()
        if status is not None and status.state is TeamState.ONLINE:
            return True
        time.sleep(0.05)
    return False


if __name__ == "__main__":
    sys.exit(main())
