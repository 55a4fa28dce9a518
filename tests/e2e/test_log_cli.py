"""``calmline log stats`` and ``calmline log forget``, run as the real program."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.call import CallRecord, Customer
from desktop_app.paths import DataDir
from desktop_app.store.opening import open_call_log
from tests.conftest import REPO_ROOT
from tests.e2e.test_store_faults import spawn


def calmline(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def fill(data: DataDir) -> None:
    data.create()
    log = open_call_log(data.call_log).log
    start = datetime(2026, 2, 3, 10, 0, tzinfo=UTC)
    for n, (name, phone) in enumerate(
        [("Ann Lee", "+1 555 0100"), ("Bob Roe", "+1 555 0199"), ("Ann Lee", "+1 555 0100")]
    ):
        log.save(
            CallRecord(
                started_at=start + timedelta(days=n),
                customer=Customer(name=name, phone=phone),
                notes=f"{name} called",
            )
        )
    log.close()


def test_stats_shows_calls_dates_and_size(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    fill(data)
    result = calmline("--data-dir", str(data.root), "log", "stats")
    assert result.returncode == 0, result.stderr
    assert f"call log:     {data.call_log}" in result.stdout
    assert "calls:        3" in result.stdout
    local = datetime(2026, 2, 3, 10, 0, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"first call:   {local}" in result.stdout
    assert "size on disk:" in result.stdout


def test_stats_uses_the_environment_data_dir_and_copes_with_no_log(tmp_path: Path) -> None:
    result = calmline("log", "stats", env={"CALMLINE_DATA_DIR": str(tmp_path / "none")})
    assert result.returncode == 1
    assert (
        result.stderr
        == f"calmline log: there is no call log yet at {tmp_path / 'none'}/calls.sqlite3\n"
    )
    assert not (tmp_path / "none").exists()


def test_forget_erases_one_customer(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    fill(data)
    result = calmline(
        "log", "forget", "--phone", "+15550100", env={"CALMLINE_DATA_DIR": str(data.root)}
    )
    assert result.returncode == 0, result.stderr
    assert f"erased 2 calls with phone +15550100 from {data.call_log}" in result.stdout
    for path in data.root.glob("calls.sqlite3*"):
        assert b"Ann Lee" not in path.read_bytes()
    log = open_call_log(data.call_log).log
    assert [r.customer.name for r in log.list_calls()] == ["Bob Roe"]
    log.close()


def test_forget_needs_exactly_one_customer_key(tmp_path: Path) -> None:
    result = calmline("--data-dir", str(tmp_path), "log", "forget")
    assert result.returncode == 2
    assert "one of the arguments --phone --account --name is required" in result.stderr


def test_while_calmline_runs_forget_refuses_and_stats_still_reads(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    fill(data)
    holder = spawn("hold", str(data.call_log))  # a running Calmline owning the log
    try:
        assert holder.stdout and holder.stdout.readline() == "ready\n"
        refused = calmline("--data-dir", str(data.root), "log", "forget", "--name", "ann lee")
        assert refused.returncode == 1
        assert f"in use by another Calmline (pid {holder.pid})" in refused.stderr
        assert "nothing was changed" in refused.stderr
        stats = calmline("--data-dir", str(data.root), "log", "stats")
        assert stats.returncode == 0, stats.stderr
        assert "calls:        3" in stats.stdout
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=60)
    log = open_call_log(data.call_log).log
    assert log.count() == 3
    log.close()
