"""``calmline log stats``, ``forget``, ``search`` and ``customer``: the call log from a terminal.

``search`` and ``customer`` are in ``log_lookup``; with a team log, ``forget``
erases there first (``team_forget``).

``stats`` only reads, so it works while Calmline runs (it reads a consistent
snapshot beside the running window). ``forget`` erases, so it needs the log
to itself: while Calmline runs with that log it refuses, names the process,
and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.cli_translation import tr, tr_count, tr_error
from desktop_app.log_lookup import add_lookup_commands, run_lookup
from desktop_app.paths import DataDir
from desktop_app.store.base import LogDamagedError, LogError, LogStats
from desktop_app.store.connection import LogConnection
from desktop_app.store.lock import LogInUseError, LogLock
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.team_forget import forget_in_team


def add_log_command(commands: Any) -> None:
    """Add ``log`` and its subcommands to the top-level subparsers."""
    log = commands.add_parser("log", help=tr("the call log: statistics, forgetting a customer"))
    actions = log.add_subparsers(dest="log_action", metavar="ACTION", required=True)
    actions.add_parser("stats", help=tr("number of calls, date range and size on disk"))
    forget = actions.add_parser(
        "forget",
        help=tr("erase every call of one customer, leaving no trace (Calmline must be closed)"),
    )
    whom = forget.add_mutually_exclusive_group(required=True)
    whom.add_argument("--phone", help=tr("phone number (compared by its digits)"))
    whom.add_argument("--account", help=tr("account number (case ignored)"))
    whom.add_argument("--name", help=tr("customer name (case and extra spaces ignored)"))
    add_lookup_commands(actions)


def run_log(args: argparse.Namespace) -> int:
    data = DataDir.resolve(args.data_dir)
    if args.log_action in ("search", "customer"):
        try:
            return run_lookup(args)
        except LogError as exc:
            print(f"calmline log: {tr_error(exc)}", file=sys.stderr)
            return 1
    path = data.call_log
    try:
        if args.log_action == "forget":
            whom = {
                "phone": args.phone or "",
                "account": args.account or "",
                "name": args.name or "",
            }
            team = forget_in_team(data, **whom)
            if team.refused:
                print(f"calmline log: {team.message}", file=sys.stderr)
                return 1
            if team.message:
                print(team.message)
            if not path.exists():
                if team.erased:
                    print(
                        tr("no call log at {path} yet: nothing to forget on this PC").format(
                            path=path
                        )
                    )
                    return 0
                _no_log_yet(path)
                return 1
            return _forget(path, tell_team=not team.erased, **whom)
        if not path.exists():
            _no_log_yet(path)
            return 1
        return _stats(path)
    except LogError as exc:
        print(f"calmline log: {tr_error(exc)}", file=sys.stderr)
        return 1


def _no_log_yet(path: Path) -> None:
    message = tr("there is no call log yet at {path}").format(path=path)
    print(f"calmline log: {message}", file=sys.stderr)


def _print_stats(path: Path, stats: LogStats) -> None:
    def when(moment: datetime | None) -> str:
        return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "-"

    size = tr("{megabytes} MB ({bytes} bytes)").format(
        megabytes=f"{stats.bytes_on_disk / 1_000_000:.1f}", bytes=stats.bytes_on_disk
    )
    rows = (
        (tr("call log:"), str(path)),
        (tr("calls:"), str(stats.calls)),
        (tr("first call:"), when(stats.first)),
        (tr("last call:"), when(stats.last)),
        (tr("size on disk:"), size),
    )
    # The values line up after the longest label, in whatever language it is.
    width = max(len(label) for label, _value in rows) + 1
    for label, value in rows:
        print(f"{label:<{width}}{value}")


def _stats(path: Path) -> int:
    lock = LogLock(path)
    try:
        lock.acquire()
    except LogInUseError:
        _print_stats(path, _stats_beside_running_app(path))
        return 0
    log = SqliteCallLog(path)
    log.hold(lock)
    try:
        stats = log.stats()
        # Counting can go by an index and miss a damaged page of calls: every page is read.
        _raise_if_damaged(path, log.check())
        _print_stats(path, stats)
    finally:
        log.close()
    return 0


def _raise_if_damaged(path: Path, verdict: str) -> None:
    if verdict != "ok":
        first = next((line for line in verdict.splitlines() if not line.startswith("***")), "")
        raise LogDamagedError(f"the call log {path} is damaged: {first}")


def _stats_beside_running_app(path: Path) -> LogStats:
    """Read-only: the running Calmline owns the log (and has brought it up to date)."""
    conn = LogConnection(path, read_only=True)
    try:
        calls = int(conn.read("SELECT count(*) FROM calls")[0][0])
        first = conn.read("SELECT started_at FROM calls ORDER BY num LIMIT 1")
        last = conn.read("SELECT started_at FROM calls ORDER BY num DESC LIMIT 1")
        _raise_if_damaged(path, "\n".join(str(r[0]) for r in conn.read("PRAGMA quick_check")))
    finally:
        conn.close()
    files = (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
    size = sum(p.stat().st_size for p in files if p.exists())
    return LogStats(
        calls,
        datetime.fromisoformat(first[0][0]) if first else None,
        datetime.fromisoformat(last[0][0]) if last else None,
        size,
    )


def _forget(path: Path, *, phone: str, account: str, name: str, tell_team: bool = True) -> int:
    lock = LogLock(path)
    try:
        lock.acquire()
    except LogInUseError as exc:
        if not tell_team:  # done in the team log: the window's sync erases it here too
            message = tr("this PC's log follows as soon as its Calmline next syncs ({problem})")
            print(message.format(problem=tr_error(exc)))
            return 0
        message = tr("{problem}. Close Calmline, then run this again; nothing was changed.")
        print(f"calmline log: {message.format(problem=tr_error(exc))}", file=sys.stderr)
        return 1
    log = SqliteCallLog(path)
    log.hold(lock)
    try:
        erased = log.forget_customer(phone=phone, account=account, name=name, tell_team=tell_team)
    finally:
        log.close()
    whom = (
        tr("phone {phone}").format(phone=phone)
        if phone
        else tr("account {account}").format(account=account)
        if account
        else tr("name {name}").format(name=name)
    )
    done = tr_count(
        "erased %n calls with {customer} from {path}",
        erased,
        "erased %n call with {customer} from {path}",
    )
    print(done.format(customer=whom, path=path))
    damaged = sorted(path.parent.glob(f"{path.name}.damaged-*"))
    if damaged:
        print(
            tr(
                "damaged logs moved aside earlier were not touched "
                "and may still hold this customer:"
            )
        )
        for item in damaged:
            print(f"  {item}")
    return 0
