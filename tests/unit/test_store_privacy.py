"""Forgetting a customer leaves no trace in the database files; purging likewise."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.call import CallRecord, Commitment, Customer, EventKind, TimelineEvent
from desktop_app.store.sqlite_log import SqliteCallLog, backups_dir

NAME = "Zebediah Quarrington"
PHONE = "+44 7700 900123"
ACCOUNT = "ZQX-8812379046"
#: Pieces of the customer's data as they may sit in the files: as typed, as
#: indexed (lower case, digits only), and tails that survive prefix compression.
TRACES = [
    b"zebediah",
    b"ebediah",
    b"quarrington",
    b"uarrington",
    b"7700 900123",
    b"447700900123",
    b"zqx-8812379046",
    b"8812379046",
    b"vexed about the porcupine",
]


def raw_hits(folder: Path) -> dict[str, list[bytes]]:
    hits: dict[str, list[bytes]] = {}
    for path in sorted(folder.glob("calls.sqlite3*")):
        data = path.read_bytes().lower()
        found = [t for t in TRACES if t in data]
        if found:
            hits[path.name] = found
    return hits


def fill(log: SqliteCallLog, rng: random.Random) -> list[CallRecord]:
    now = datetime.now(UTC)
    words = ["kettle", "refund", "late", "broken", "invoice", "delivery", "angry", "calm"]
    for n in range(400):
        log.save(
            CallRecord(
                started_at=now - timedelta(minutes=n),
                customer=Customer(name=f"Other {n}", phone=f"+1 555 {n:07d}"),
                notes=" ".join(rng.choice(words) for _ in range(30)),
            )
        )
    mine = [
        CallRecord(
            started_at=now - timedelta(minutes=5 * n + 1),
            customer=Customer(name=NAME, phone=PHONE, account=ACCOUNT),
            notes=f"{NAME} is vexed about the porcupine, call {n}",
            category="billing",
            resolution=f"promised {NAME} a refund",
            commitments=[Commitment(f"Ring {NAME} back", who="me")],
            timeline=[TimelineEvent(now, EventKind.SITUATION_OPENED, "listen", NAME)],
        )
        for n in range(6)
    ]
    for record in mine:
        log.save(record)
    return mine


@pytest.mark.parametrize(
    "whom",
    [{"phone": "00447700900123"}, {"account": "zqx-8812379046"}, {"name": "zebediah  QUARRINGTON"}],
)
def test_forget_customer_leaves_no_trace_in_the_database_files(
    tmp_path: Path, whom: dict[str, str]
) -> None:
    log = SqliteCallLog(tmp_path / "calls.sqlite3")
    mine = fill(log, random.Random(5))
    in_progress = Customer(name=NAME, phone=PHONE, account=ACCOUNT)
    log.save_draft(CallRecord(started_at=datetime.now(UTC), customer=in_progress), 1)
    backups_dir(log.path).mkdir()
    (backups_dir(log.path) / "calls-v1-old.sqlite3").write_bytes(NAME.encode())
    assert raw_hits(tmp_path)  # the data is there to begin with

    assert log.forget_customer(**whom) == len(mine)

    assert log.load_draft() is None  # their call in progress went too
    assert raw_hits(tmp_path) == {}
    assert log.count() == 400
    assert log.search("zebediah") == [] and log.search("porcupine") == []
    assert log.customer_history(name=NAME).earlier_calls == 0
    assert len(log.search("kettle")) == 200  # other customers' calls are whole
    assert not backups_dir(log.path).exists()
    assert log.check() == "ok"
    log.close()
    assert raw_hits(tmp_path) == {}


def test_purged_calls_leave_no_trace(tmp_path: Path) -> None:
    log = SqliteCallLog(tmp_path / "calls.sqlite3")
    fill(log, random.Random(6))
    old = CallRecord(
        started_at=datetime.now(UTC) - timedelta(days=400),
        customer=Customer(name=NAME, phone=PHONE),
        notes="vexed about the porcupine",
    )
    log.save(old)
    log.forget_customer(account=ACCOUNT)
    assert raw_hits(tmp_path)
    assert log.purge_older_than(365) == 1
    assert raw_hits(tmp_path) == {}
    log.close()
