"""Opening the call log at start: lock, move a damaged file aside, purge old calls.

``open_call_log`` never fails because of the disk: when the log cannot be
written (read-only folder, full disk) it returns a log that keeps calls in
memory and writes them once it can (``store.pending``), with a message that
names the path. It fails only when another running Calmline owns the log
(``LogInUseError``) or the file comes from a newer Calmline.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app.store.base import LogDamagedError, LogError, LogWriteError
from desktop_app.store.connection import header_damaged
from desktop_app.store.lock import LogLock
from desktop_app.store.pending import PendingCallLog, Replace
from desktop_app.store.sqlite_log import SqliteCallLog

log = logging.getLogger(__name__)


@dataclass
class OpenedLog:
    """The call log as opened at start, with notices for the user and how many old calls
    were purged."""

    log: PendingCallLog
    #: things the user must be told (a damaged file moved aside, a read-only disk)
    notices: list[str] = field(default_factory=list)
    purged: int = 0


def move_aside(path: Path) -> Path:
    """Rename a damaged log (and its -wal and -shm) out of the way; never overwrites."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    os.rename(path, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.rename(companion, Path(f"{target}{suffix}"))
    with contextlib.suppress(OSError):
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return target


def _unreadable(path: Path) -> bool:
    return path.exists() and not os.access(path, os.R_OK | os.W_OK)


def _open_checked(path: Path, *, full_check: bool) -> SqliteCallLog:
    """The log, with its header and tables checked; every page too if ``full_check``.

    Reading every page takes seconds on a long log, so it is done only when
    the last run may have left damage (see ``open_locked``). Damage found
    later, on a page being read, comes out as a ``LogError`` all the same.
    """
    if _unreadable(path) and os.access(path.parent, os.W_OK):
        raise LogDamagedError(f"the call log {path} cannot be read (permission denied)")
    if header_damaged(path):
        raise LogDamagedError(f"the call log {path} is damaged: its header is not valid")
    opened = SqliteCallLog(path)  # checks the schema number and the tables
    if not full_check:
        return opened
    verdict = opened.check()
    if verdict != "ok":
        opened.close()
        first = next((line for line in verdict.splitlines() if not line.startswith("***")), "")
        raise LogDamagedError(f"the call log {path} is damaged: {first}")
    return opened


def replace_damaged(
    backend: SqliteCallLog, damage: LogDamagedError, notices: list[str]
) -> SqliteCallLog:
    """Damage found in an open log: what can still be read goes to a fresh log.

    The damaged file is moved aside whole; every call that can still be read
    from it, and the autosaved call in progress, are copied into a fresh log
    at the same path, owned by the same lock all along.
    """
    path = backend.path
    calls, lost = backend.readable_calls()
    try:
        draft = backend.load_draft()
    except Exception:  # a damaged draft row fails in any way once decoded: left behind
        draft = None
    lock = backend.close_keeping_lock()
    try:
        moved = move_aside(path)
    except OSError as exc:
        if lock is not None:
            lock.release()
        raise LogWriteError(f"{damage}, and it cannot be moved aside: {exc.strerror}") from exc
    fresh = SqliteCallLog(path)
    if lock is not None:
        fresh.hold(lock)
    fresh.save_many(calls)
    if draft is not None:
        fresh.save_draft(*draft)
    unread = f"; {lost} call(s) could not be read and are only in the moved file" if lost else ""
    notices.append(
        f"{damage}. It was moved to {moved} (nothing was deleted); the {len(calls)} call(s) "
        f"that could still be read were copied into a fresh log{unread}."
    )
    log.warning("%s", notices[-1])
    return fresh


def _salvage(
    path: Path, damage: LogDamagedError, lock: LogLock, notices: list[str]
) -> SqliteCallLog | None:
    """A log whose pages are damaged but whose header and tables read: what still reads
    goes to a fresh log (None when the file cannot be opened at all)."""
    try:
        damaged = SqliteCallLog(path)
    except LogError:
        return None
    damaged.hold(lock)
    return replace_damaged(damaged, damage, notices)


def open_locked(path: Path, notices: list[str]) -> SqliteCallLog:
    """The log at ``path``, owned by this process; a damaged file is replaced."""
    lock = LogLock(path).acquire()
    # Every page is checked unless the previous Calmline on this log closed it.
    full_check = not lock.last_run_closed_cleanly
    try:
        try:
            opened = _open_checked(path, full_check=full_check)
        except LogDamagedError as exc:
            salvaged = _salvage(path, exc, lock, notices)
            if salvaged is not None:
                return salvaged
            try:
                moved = move_aside(path)
            except OSError as move_exc:
                raise LogWriteError(
                    f"{exc}, and it cannot be moved aside: {move_exc.strerror}"
                ) from move_exc
            notices.append(
                f"{exc}. It was moved to {moved} (nothing was deleted) and a fresh, "
                "empty log was started."
            )
            log.warning("%s", notices[-1])
            opened = SqliteCallLog(path)
    except BaseException:
        lock.release()
        raise
    opened.hold(lock)
    return opened


#: Makes the log the window uses from the SQLite log (or None while it cannot be opened):
#: ``PendingCallLog`` itself, or the team log's (``store.team.team_log``).
MakeLog = Callable[
    [Path, Callable[[], SqliteCallLog], SqliteCallLog | None, Replace | None], PendingCallLog
]


def open_call_log(
    path: Path, *, retention_days: int = 0, make: MakeLog = PendingCallLog
) -> OpenedLog:
    notices: list[str] = []

    def reopen() -> SqliteCallLog:
        return open_locked(path, notices)

    try:
        backend: SqliteCallLog | None = reopen()
    except LogWriteError as exc:
        backend = None
        notices.append(
            f"{exc}. Calls are kept in memory and written as soon as the log can be written."
        )
        log.warning("%s", notices[-1])
    except LogDamagedError as exc:  # could not even be moved aside
        raise LogError(f"{exc}; moving it aside failed too") from exc
    pending = make(path, reopen, backend, replace_damaged)
    # A page damaged after a clean close, met now or at any later moment, replaces
    # the log with what can still be read (the notice says where the file went).
    pending.damage_listeners.append(notices.append)
    purged = 0
    if backend is not None and retention_days > 0:
        try:
            purged = pending.purge_older_than(retention_days)
        except LogError as exc:
            notices.append(f"Old calls could not be purged: {exc}")
    pending.damage_listeners.remove(notices.append)
    return OpenedLog(pending, notices, purged)
