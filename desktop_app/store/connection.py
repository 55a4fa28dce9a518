"""One SQLite connection to the call log, set up for durability and privacy.

This module is the only one that opens the log's database file: POSIX
advisory locks belong to the process, and closing *any* descriptor of a file
drops every lock the process holds on it, SQLite's included. Another process
would then take itself for the last reader, checkpoint and delete the WAL
that this one is still writing into (SQLite's "How To Corrupt An SQLite
Database File", section 2.2). So nothing here opens the file beside SQLite:
a new file is created (and made private) before any connection to it can
exist, an existing one is made private by its path, and the header is read
only while no connection to it is open in this process.

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
import threading
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


#: Bytes 18 and 19 of an SQLite header (the file format's write and read
#: versions) are 1 or 2; anything else makes SQLite treat the file as
#: read-only or unreadable.
_HEADER_SIZE = 100
_FORMAT_VERSIONS = {1, 2}

#: How many ``LogConnection``s this process has open, per database file.
_open_counts: dict[str, int] = {}
_open_lock = threading.Lock()


def _key(path: Path) -> str:
    return os.path.realpath(path)


def open_connections(path: Path) -> int:
    """How many connections to the database at ``path`` this process has open."""
    with _open_lock:
        return _open_counts.get(_key(path), 0)


def _count(path: Path, by: int) -> None:
    key = _key(path)
    with _open_lock:
        left = _open_counts.get(key, 0) + by
        if left > 0:
            _open_counts[key] = left
        else:
            _open_counts.pop(key, None)


def make_private(path: Path) -> None:
    """Make the database file at ``path`` 0600 (creating it if missing), whatever the umask,
    without ever closing a descriptor of a file SQLite may hold locks on.

    A file that did not exist a moment ago holds no lock of ours, so creating
    it with ``O_EXCL`` and closing that descriptor is safe; an existing one
    is only changed by its path. The ``-wal`` and ``-shm`` files take the
    database's mode when SQLite creates them; ones left by an older Calmline
    are made private the same way.
    """
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        try:
            mode = os.stat(name).st_mode & 0o777
        except FileNotFoundError:
            continue
        if mode != PRIVATE_FILE:
            os.chmod(name, PRIVATE_FILE)


def header_damaged(path: Path) -> bool:
    """The file's SQLite header names a format SQLite cannot write (which here means damage).

    Read only while this process has no connection to the file: reading it
    then would mean opening and closing a descriptor of a file whose locks
    SQLite holds. With a connection open, SQLite reports such damage itself.
    """
    if open_connections(path):
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError:
        return False
    return len(header) == _HEADER_SIZE and not {header[18], header[19]} <= _FORMAT_VERSIONS


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file now at ``path``; None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "replace")


class LogConnection:
    """The one way this process opens the call log's database (or a copy of it)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self._closed = False
        if read_only:
            self._open_read_only(path)
            return
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
        _count(path, +1)
        #: (device, inode) of the file this connection opened
        self.identity = file_identity(path)
        # A damaged byte inside a note shows as "�" instead of making the call unreadable.
        self.db.text_factory = _decode
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA secure_delete=ON")
        except sqlite3.Error as exc:
            self.close()
            raise self.error("open", exc) from exc

    def _open_read_only(self, path: Path) -> None:
        """Read beside the Calmline that owns the log: no writes, no mode changes."""
        try:
            self.db = sqlite3.connect(
                f"{path.absolute().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_SECONDS,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise LogWriteError(f"cannot open the call log {path}: {describe(exc)}") from exc
        _count(path, +1)
        self.identity = file_identity(path)
        self.db.text_factory = _decode

    def still_at_path(self) -> bool:
        """The file this connection opened is still the one at its path (not moved aside)."""
        return self.identity is not None and self.identity == file_identity(self.path)

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

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the whole log (its WAL included) in a new private file."""
        try:
            make_private(target)
            copy = sqlite3.connect(target)
        except (OSError, sqlite3.Error) as exc:
            raise LogWriteError(f"cannot back up the call log to {target}: {exc}") from exc
        try:
            self.db.backup(copy)
        except sqlite3.Error as exc:
            reason = describe(exc)
            raise LogWriteError(f"cannot back up the call log to {target}: {reason}") from exc
        finally:
            copy.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.db.close()
        _count(self.path, -1)
