"""The log's files are opened by SQLite alone, through ``store.connection``."""

from __future__ import annotations

import ast
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.store.connection import (
    LogConnection,
    header_damaged,
    make_private,
    open_connections,
)
from tests.conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "desktop_app"
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def sqlite_connects(source: Path) -> list[int]:
    """Lines of ``source`` that call ``sqlite3.connect`` on anything but ":memory:"."""
    lines = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "connect"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "sqlite3"
            and not (
                node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == ":memory:"
            )
        ):
            lines.append(node.lineno)
    return lines


def test_only_the_connection_module_opens_a_database() -> None:
    found = {
        str(path.relative_to(REPO_ROOT)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := sqlite_connects(path))
    }
    assert set(found) == {"desktop_app/store/connection.py"}, found


def test_a_new_log_is_private_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    old = os.umask(0o022)
    try:
        conn = LogConnection(path)
        with conn.write() as db:
            db.execute("CREATE TABLE t(x)")
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
        conn.close()
    finally:
        os.umask(old)


def test_an_existing_log_and_its_companions_are_made_private(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        name.write_bytes(b"")
        name.chmod(0o644)
    make_private(path)
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert stat.S_IMODE(name.stat().st_mode) == 0o600, name


def test_connections_are_counted_and_the_header_is_left_alone_while_one_is_open(
    tmp_path: Path,
) -> None:
    path = tmp_path / "calls.sqlite3"
    first = LogConnection(path)
    with first.write() as db:
        db.execute("CREATE TABLE t(x)")
    first.close()
    # A header naming a format SQLite cannot write is damage, seen while nothing is open.
    data = bytearray(path.read_bytes())
    data[18] = data[19] = 9
    path.write_bytes(bytes(data))
    assert open_connections(path) == 0
    assert header_damaged(path)
    reader = LogConnection(path, read_only=True)
    assert open_connections(path) == 1
    # With a connection open, reading the header would drop SQLite's locks: not done.
    assert not header_damaged(path)
    reader.close()
    reader.close()
    assert open_connections(path) == 0


def test_a_connection_knows_when_its_file_was_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    conn = LogConnection(path)
    assert conn.still_at_path()
    path.rename(tmp_path / "calls.sqlite3.damaged")
    assert not conn.still_at_path()
    conn.close()


def test_drafts_follow_a_log_moved_aside_to_the_fresh_one(tmp_path: Path) -> None:
    from desktop_app.core.call import CallRecord
    from desktop_app.store.sqlite_log import SqliteCallLog

    path = tmp_path / "calls.sqlite3"
    old_log = SqliteCallLog(path)
    sink = old_log.open_draft_sink()
    sink.save_draft(CallRecord(NOW, agent="Sam", notes="first draft"), 0)
    old_log.close()
    path.rename(tmp_path / "calls.sqlite3.damaged")
    fresh = SqliteCallLog(path)
    sink.save_draft(CallRecord(NOW, agent="Sam", notes="second draft"), 1)
    restored = fresh.load_draft()
    assert restored is not None and restored[0].notes == "second draft"
    sink.close()
    fresh.close()
