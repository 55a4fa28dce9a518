"""The call log under real faults: kills, a full disk, a read-only folder, damaged files.

Children are real processes running ``child_main`` below; nothing is mocked.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.call import CallRecord, Commitment, Customer, EventKind, TimelineEvent
from desktop_app.store.lock import LogInUseError
from desktop_app.store.opening import open_call_log
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.conftest import REPO_ROOT

T0 = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)
NOBODY = 65534


def record_for(n: int) -> CallRecord:
    """The n-th call a child writes: the parent rebuilds it to compare."""
    words = ["refund", "kettle", "late", "angry", "calm", "invoice"]
    return CallRecord(
        id=f"call-{n:06d}",
        started_at=T0 + timedelta(minutes=n),
        ended_at=T0 + timedelta(minutes=n, seconds=300),
        customer=Customer(name=f"Customer {words[n % 6]}", phone="+1 555 0100"),
        notes=" ".join(words[(n + i) % 6] for i in range(40 + n % 50)),
        commitments=[Commitment(f"Do {words[n % 6]}", id=f"c{n}")],
        timeline=[TimelineEvent(T0, EventKind.STEP_ENTERED, "listen")] * (1 + n % 5),
        mood_start=1 + n % 5,
    )


# -- the child processes ----------------------------------------------------------
def child_main() -> None:
    mode, *args = sys.argv[1:]
    {"writer": _child_writer, "hold": _child_hold, "fsize": _child_fsize, "readonly": _child_ro}[
        mode
    ](*args)


def _child_writer(path: str, report: str, start: str) -> None:
    log = open_call_log(Path(path)).log
    fd = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    print("ready", flush=True)
    n = int(start)
    while True:
        log.save_draft(record_for(n), n % 6)
        log.save(record_for(n))
        # Reported only once save() returned: the call is committed.
        os.write(fd, f"{n}\n".encode())
        os.fsync(fd)
        n += 1


def _child_hold(path: str) -> None:
    open_call_log(Path(path))
    print("ready", flush=True)
    sys.stdin.read()


def _child_fsize(root: str, *limits: str) -> None:
    import resource

    from desktop_app.store.base import LogWriteError

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    results = []
    for limit in map(int, limits):
        folder = Path(root) / f"limit-{limit}"
        folder.mkdir()
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        opened = open_call_log(folder / "calls.sqlite3")
        messages = list(opened.notices)
        n = 0
        while not messages or n < 3:
            try:
                opened.log.save(record_for(n))
            except LogWriteError as exc:
                messages.append(str(exc))
            n += 1
            if n > 5000:
                break
        waiting = opened.log.waiting
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        flushed = opened.log.flush()
        ids = sorted(r.id for r in opened.log.iter_calls())
        opened.log.close()
        results.append(
            {
                "limit": limit,
                "written": n,
                "waiting": waiting,
                "flushed": flushed,
                "messages": messages,
                "ids": ids,
            }
        )
    print(json.dumps(results))


def _child_ro(folder: str) -> None:
    from desktop_app.store.base import LogWriteError

    if os.geteuid() == 0:  # root ignores permission bits: become nobody
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    data = Path(folder)
    data.chmod(0o500)
    opened = open_call_log(data / "calls.sqlite3")
    result: dict[str, object] = {"notices": opened.notices}
    try:
        opened.log.save(record_for(1))
        result["save"] = "ok"
    except LogWriteError as exc:
        result["save"] = str(exc)
    result["waiting"] = opened.log.waiting
    data.chmod(0o700)
    result["flushed"] = opened.log.flush()
    result["found"] = opened.log.get(record_for(1).id) == record_for(1)
    opened.log.close()
    print(json.dumps(result))


def spawn(*args: str, **options: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from tests.e2e.test_store_faults import child_main; child_main()",
            *args,
        ],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **options,  # type: ignore[call-overload]
    )


def run_child(*args: str) -> object:
    child = spawn(*args)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    return json.loads(out)


def integrity(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        db.close()


# -- one writer ------------------------------------------------------------------
def test_a_second_process_is_refused_until_the_owner_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    holder = spawn("hold", str(path))
    assert holder.stdout and holder.stdout.readline() == "ready\n"

    second = spawn("hold", str(path))
    _, err = second.communicate(timeout=60)
    assert second.returncode != 0
    assert f"the log at {path} is in use by another Calmline (pid {holder.pid})" in err
    with pytest.raises(LogInUseError, match=f"pid {holder.pid}"):
        open_call_log(path)

    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=60)
    opened = open_call_log(path)  # at once: the system dropped the dead process's lock
    assert opened.notices == []
    opened.log.close()


# -- kills -------------------------------------------------------------------------
@pytest.mark.slow
def test_killed_writers_leave_a_sound_log_with_every_committed_call(tmp_path: Path) -> None:
    path = tmp_path / "calls.sqlite3"
    report = tmp_path / "committed.txt"
    rng = random.Random(4242)
    committed: list[int] = []
    for _ in range(52):
        start = committed[-1] + 1 if committed else 0
        child = spawn("writer", str(path), str(report), str(start))
        assert child.stdout and child.stdout.readline() == "ready\n", child.stderr
        # A random moment into the writing: anywhere in a transaction or between.
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        _, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, err
        committed = [int(line) for line in report.read_text().split()]
        assert integrity(path) == "ok"
    assert len(committed) > 52  # the children got real work done between kills
    log = SqliteCallLog(path)
    assert log.check() == "ok"
    for n in committed:
        assert log.get(f"call-{n:06d}") == record_for(n), n
    draft = log.load_draft()
    assert draft is None or draft[0] == record_for(int(draft[0].id.removeprefix("call-")))
    log.close()


# -- a full disk ---------------------------------------------------------------------
@pytest.mark.slow
def test_a_file_size_limit_keeps_calls_in_memory_until_it_is_lifted(tmp_path: Path) -> None:
    limits = [0, 5_000, 70_000, 100_000, 160_000, 250_000, 400_000, 700_000, 1_200_000]
    results = run_child("fsize", str(tmp_path), *map(str, limits))
    assert isinstance(results, list)
    for result in results:
        folder = tmp_path / f"limit-{result['limit']}"
        assert result["messages"], result["limit"]
        assert all(str(folder) in m for m in result["messages"]), result["messages"]
        assert any(
            "full" in m or "size limit" in m or "cannot open" in m for m in result["messages"]
        )
        assert result["flushed"] is True
        # Every call asked to be saved is in the log once the limit is lifted.
        assert result["ids"] == [f"call-{n:06d}" for n in range(result["written"])], result["limit"]
        assert integrity(folder / "calls.sqlite3") == "ok"


# -- a read-only data dir ----------------------------------------------------------------
@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's own tmp is private to root)."""
    top = Path(tempfile.mkdtemp(prefix="calmline-ro-"))
    top.chmod(0o711)
    data = top / "data"
    data.mkdir()
    if os.geteuid() == 0:
        os.chown(data, NOBODY, NOBODY)
    yield data
    shutil.rmtree(top)


@pytest.mark.parametrize("existing", [False, True])
def test_a_read_only_data_dir_is_reported_and_nothing_is_lost(
    shared_dir: Path, existing: bool
) -> None:
    if existing:  # a log from an earlier session, closed cleanly
        path = shared_dir / "calls.sqlite3"
        opened = open_call_log(path)
        opened.log.save(record_for(0))
        opened.log.close()
        if os.geteuid() == 0:
            for item in shared_dir.iterdir():
                os.chown(item, NOBODY, NOBODY)
    result = run_child("readonly", str(shared_dir))
    assert isinstance(result, dict)
    assert any(str(shared_dir) in n and "kept in memory" in n for n in result["notices"])
    assert str(shared_dir) in result["save"] and "kept in memory" in result["save"]
    assert result["waiting"] == 1
    assert result["flushed"] is True and result["found"] is True
    log = SqliteCallLog(shared_dir / "calls.sqlite3")
    assert log.count() == (2 if existing else 1)
    log.close()


# -- damaged files ---------------------------------------------------------------------
SOUND_CALLS = 150


@pytest.fixture(scope="module")
def sound_log(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("sound") / "calls.sqlite3"
    log = SqliteCallLog(path)
    for n in range(SOUND_CALLS):
        log.save(record_for(n))
    log.close()
    return path.read_bytes()


def _open_damaged(tmp_path: Path, data: bytes) -> None:
    """Whatever the damage: the start never fails, and the damaged bytes are kept."""
    path = tmp_path / "calls.sqlite3"
    path.write_bytes(data)
    opened = open_call_log(path)
    moved = [
        p
        for p in tmp_path.glob("calls.sqlite3.damaged-*")
        if p.suffix == ".sqlite3" or not p.name.endswith(("-wal", "-shm"))
    ]
    if moved:
        (kept,) = moved
        assert kept.read_bytes() == data
        assert any(str(kept) in n for n in opened.notices)
        # What could still be read was copied into the fresh log, and nothing else.
        assert opened.log.count() <= SOUND_CALLS
        assert opened.log.backend is not None and opened.log.backend.check() == "ok"
    else:
        assert opened.notices == []
        assert opened.log.backend is not None and opened.log.backend.check() == "ok"
    opened.log.save(record_for(999))
    assert opened.log.get("call-000999") == record_for(999)
    opened.log.close()


@pytest.mark.parametrize("keep", [0, 50, 100, 4096, 8191, 20_000, 65_536, -4096, -1])
def test_truncated_files(tmp_path: Path, sound_log: bytes, keep: int) -> None:
    _open_damaged(tmp_path, sound_log[:keep])


@pytest.mark.slow
def test_bit_flipped_files(tmp_path: Path, sound_log: bytes) -> None:
    rng = random.Random(99)
    moved = 0
    for attempt in range(150):
        data = bytearray(sound_log)
        # the header, the schema page and anywhere at all
        where = [rng.randrange(100), rng.randrange(100, 4096), rng.randrange(len(data))][
            attempt % 3
        ]
        data[where] ^= 1 << rng.randrange(8)
        folder = tmp_path / str(attempt)
        folder.mkdir()
        _open_damaged(folder, bytes(data))
        moved += bool(list(folder.glob("calls.sqlite3.damaged-*")))
    assert moved > 0
