"""One writer per call log: a lock file beside it, held while Calmline runs.

The lock is an operating-system lock on an open file (``flock`` on POSIX,
``msvcrt.locking`` on Windows), so it belongs to the process: when a process
dies, even by a kill, the system drops the lock at once and the next start
gets it without any clean-up. The file itself stays and holds the pid of the
last owner, only to name it in the message a second process shows.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from desktop_app.core.atomic import PRIVATE_FILE
from desktop_app.store.base import LogError, LogWriteError


class LogInUseError(LogError):
    """Another running Calmline owns this log."""


def lock_path_for(log_path: Path) -> Path:
    return log_path.with_name(log_path.name + ".lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class LogLock:
    """Held from ``acquire`` until ``release`` (or the death of the process)."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.path = lock_path_for(log_path)
        self._fd: int | None = None
        #: Set by ``acquire``: the previous owner released the lock (closed the log).
        self.last_run_closed_cleanly = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> LogLock:
        if self._fd is not None:
            return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        except OSError as exc:
            raise LogWriteError(
                f"cannot open the call log's lock file {self.path}: {exc.strerror}"
            ) from exc
        if not _try_lock(fd):
            owner = self._owner(fd)
            os.close(fd)
            who = f" (pid {owner})" if owner else ""
            raise LogInUseError(f"the log at {self.log_path} is in use by another Calmline{who}")
        # A release leaves the file one byte long; a pid still in it means the
        # last owner stopped without closing the log (killed, crashed, power
        # lost), and a new file means nobody opened this log here before.
        try:
            self.last_run_closed_cleanly = os.fstat(fd).st_size == 1
        except OSError:
            self.last_run_closed_cleanly = False
        # Windows locks byte 0 of the file; the pid goes after it so reading it
        # is never blocked.
        with contextlib.suppress(OSError):
            os.chmod(self.path, PRIVATE_FILE)
            os.ftruncate(fd, 1)
            os.lseek(fd, 1, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    @staticmethod
    def _owner(fd: int) -> str:
        try:
            os.lseek(fd, 1, os.SEEK_SET)
            return os.read(fd, 32).decode("ascii", "replace").strip("\0 \n")
        except OSError:
            return ""

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 1)  # the pid goes: this owner closed the log
        os.close(fd)  # closing the descriptor drops the lock
