"""One SQLite connection to the call log, set up for durability and privacy.

WAL journal, ``synchronous=FULL`` (a call reported saved survives a power
cut), a busy timeout (the autosave thread and the window share the file),
``secure_delete`` (erased calls are overwritten, not just unlinked), every
write in a ``BEGIN IMMEDIATE`` transaction, and SQLite's errors turned into
``LogError`` messages that name the file and say what is wrong in plain words.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.atomic import PRIVATE_FILE
from desktop_app.store.base import LogDamagedError, LogError, LogWriteError

BUSY_TIMEOUT_SECONDS = 5.0

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_REASONS = {
    SQLITE_BUSY: "another program keeps the log busy",
    SQLITE_READONLY: "the file or its folder is read-only",
    SQLITE_IOERR: "a disk write failed (is the disk full, or the file at its size limit?)",
    SQLITE_CORRUPT: "the file is damaged",
    SQLITE_FULL: "the disk is full",
    SQLITE_CANTOPEN: "the file cannot be opened (is its folder read-only or missing?)",
    SQLITE_NOTADB: "the file is not a Calmline log",
}


def primary_code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def describe(exc: sqlite3.Error) -> str:
    return _REASONS.get(primary_code(exc), str(exc))


def is_damage(exc: sqlite3.Error) -> bool:
    """The file is broken (as opposed to the disk being full or read-only)."""
    if primary_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    # Damage SQLite reports under its generic error code.
    return any(sign in str(exc) for sign in ("malformed", "unsupported file format"))


def make_private(path: Path) -> None:
    """Create ``path`` if missing; either way it ends up 0600, whatever the umask."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "replace")


class LogConnection:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # SQLite gives the -wal and -shm files the mode of the database
            # file, so making this one 0600 first makes all three private.
            make_private(path)
        except OSError as exc:
            raise LogWriteError(f"cannot open the call log {path}: {exc.strerror}") from exc
        try:
            self.db = sqlite3.connect(
                path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise LogWriteError(f"cannot open the call log {path}: {describe(exc)}") from exc
        # A damaged byte inside a note shows as "�" instead of making the call unreadable.
        self.db.text_factory = _decode
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA secure_delete=ON")
        except sqlite3.Error as exc:
            self.db.close()
            raise self.error("open", exc) from exc

    def error(self, doing: str, exc: sqlite3.Error) -> LogError:
        message = f"cannot {doing} the call log {self.path}: {describe(exc)}"
        if is_damage(exc):
            return LogDamagedError(message)
        return LogWriteError(message)

    @contextlib.contextmanager
    def write(self, doing: str = "write to") -> Iterator[sqlite3.Connection]:
        """One ``BEGIN IMMEDIATE`` transaction; any failure rolls it back whole."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self.db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise self.error(doing, exc) from exc

    def read(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        # SQLite's own decoding is several times faster than a Python factory
        # per cell; only a read that meets a damaged byte is done again with
        # the lenient one. Each connection serves one thread, so switching
        # the factory here is safe.
        self.db.text_factory = str
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "decode" not in str(exc):
                raise self.error("read", exc) from exc
        except sqlite3.Error as exc:
            raise self.error("read", exc) from exc
        finally:
            self.db.text_factory = _decode
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self.error("read", exc) from exc

    def checkpoint(self) -> None:
        """Copy the WAL into the database and cut the WAL file to nothing."""
        try:
            busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.Error as exc:
            raise self.error("tidy up", exc) from exc
        if busy:
            raise LogWriteError(
                f"cannot tidy up the call log {self.path}: another reader is busy; try again"
            )

    def close(self) -> None:
        self.db.close()
