"""Search work stays flat as the log grows: the index stops at the first page of results.

Measured in SQLite virtual-machine steps, not seconds, so the test does not
depend on the machine. (On a 2-core machine with 100,000 calls: a common word
about 10 ms, a rare word under 1 ms, a phone fragment about 40 ms.)
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.call import CallRecord, Customer
from desktop_app.store.schema import insert_call
from desktop_app.store.sqlite_log import SqliteCallLog

COMMON = ["customer", "upset", "late", "delivery", "refund", "agreed", "call", "back"]


def build(path: Path, calls: int) -> SqliteCallLog:
    log = SqliteCallLog(path)
    rng = random.Random(calls)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with log._conn.write() as db:  # one transaction: fast to build
        for n in range(calls):
            notes = " ".join(rng.choice(COMMON) for _ in range(20)) + f" rare{n}"
            record = CallRecord(
                started_at=start + timedelta(minutes=n),
                customer=Customer(name=f"Name{n}"),
                notes=notes,
            )
            insert_call(db, record)
    return log


def steps(log: SqliteCallLog, text: str) -> int:
    counter = [0]

    def tick() -> int:
        counter[0] += 1
        return 0

    log._conn.db.set_progress_handler(tick, 100)
    try:
        found = log.search(text, limit=50)
    finally:
        log._conn.db.set_progress_handler(None, 0)
    assert found
    return counter[0]


def test_searching_a_common_word_does_not_grow_with_the_log(tmp_path: Path) -> None:
    small = build(tmp_path / "small.sqlite3", 1_000)
    large = build(tmp_path / "large.sqlite3", 8_000)
    for text in ("refund", "late delivery", "rare5"):
        assert steps(large, text) < 2 * steps(small, text) + 20, text
    newest = large.search("refund", limit=3)
    assert [s.customer_name for s in newest] == ["Name7999", "Name7998", "Name7997"][: len(newest)]
    small.close()
    large.close()
