"""Damaging a closed call log the way a failing disk does: one page of calls overwritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PAGE_SIZE = 4096


def a_leaf_page_of_the_calls_table(path: Path) -> int:
    """The number (from 1) of a page holding some calls' rows, asked of SQLite itself."""
    db = sqlite3.connect(path)
    try:
        pages = [
            int(row[0])
            for row in db.execute(
                "SELECT pageno FROM dbstat WHERE name = 'calls' AND pagetype = 'leaf'"
            )
        ]
    finally:
        db.close()
    assert len(pages) > 2, "too few calls to damage one page of them"
    return pages[len(pages) // 2]


def damage_a_page_of_calls(path: Path) -> None:
    """Overwrite one page of calls in the closed log at ``path``; its header and tables stay."""
    page = a_leaf_page_of_the_calls_table(path)
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] = b"\xa5" * PAGE_SIZE
    path.write_bytes(bytes(data))
