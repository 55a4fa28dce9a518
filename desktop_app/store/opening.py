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
from desktop_app.store.lock import LogLock
from desktop_app.store.pending import PendingCallLog
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


def _header_damaged(path: Path) -> bool:
    """Bytes 18 and 19 of an SQLite header are 1 or 2; anything else makes SQLite
    treat the file as read-only or unreadable, which here means damage."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return len(header) == 100 and not {header[18], header[19]} <= {1, 2}


def _open_checked(path: Path, *, full_check: bool) -> SqliteCallLog:
    """The log, with its header and tables checked; every page too if ``full_check``.

    Reading every page takes seconds on a long log, so it is done only when
    the last run may have left damage (see ``open_locked``). Damage found
    later, on a page being read, comes out as a ``LogError`` all the same.
    """
    if _unreadable(path) and os.access(path.parent, os.W_OK):
        raise LogDamagedError(f"the call log {path} cannot be read (permission denied)")
    if _header_damaged(path):
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


def open_locked(path: Path, notices: list[str]) -> SqliteCallLog:
    """The log at ``path``, owned by this process; a damaged file is replaced."""
    lock = LogLock(path).acquire()
    # Every page is checked unless the previous Calmline on this log closed it.
    full_check = not lock.last_run_closed_cleanly
    try:
        try:
            opened = _open_checked(path, full_check=full_check)
        except LogDamagedError as exc:
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
MakeLog = Callable[[Path, Callable[[], SqliteCallLog], SqliteCallLog | None], PendingCallLog]


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
    pending = make(path, reopen, backend)
    purged = 0
    if backend is not None and retention_days > 0:
        try:
            purged = backend.purge_older_than(retention_days)
        except LogWriteError as exc:
            notices.append(f"Old calls could not be purged: {exc}")
    return OpenedLog(pending, notices, purged)
