"""The benchmark harness runs end to end in its smallest mode (figures are never checked),
and idles between keys as the app's own event loop idles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.benchmarks.latency import pause
from tests.benchmarks.rows import ROWS
from tests.benchmarks.ui_worker import during_saves
from tests.conftest import REPO_ROOT

STATUSES = {"ok", "miss", "pending", "skipped", "error"}


def test_the_smoke_run_completes_and_writes_every_row(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--smoke", "--json", str(out)],
        cwd=REPO_ROOT,
        env={**os.environ, "CALMLINE_BENCH_CACHE": str(tmp_path / "cache")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "| row |" in result.stdout
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["mode"]["name"] == "smoke"
    assert {"cpu", "cores", "python", "pyside6"} <= document["machine"].keys()
    rows = {row["id"]: row for row in document["rows"]}
    assert list(rows) == list(ROWS)
    for row in rows.values():
        assert row["status"] in STATUSES, row
        if row["status"] in ("ok", "miss"):
            assert isinstance(row["value"], float), row
            assert row["app"]["n"] >= 1, row
    start = rows["cold-start-offscreen"]
    # the first frame's widgets, made again in plain PySide6, started in turn with the others
    assert start["extra"]["same_widgets"]["widgets"] >= 50
    assert start["extra"]["same_widgets"]["n"] == start["app"]["n"]
    assert "widgets in plain PySide6" in start["note"]
    typing = rows["typing-autosave"]
    # both sides typed in the same process, block by block, as many keys each
    assert typing["app"]["n"] == typing["floor"]["n"] >= 10
    extra = typing["extra"]
    assert extra["keys_at_p99_or_over"] >= 1
    assert 0 <= extra["keys_at_p99_or_over_during_saves"] <= extra["keys_at_p99_or_over"]
    reader = rows["step-key"]["extra"]["accessibility"]
    if "skipped" not in reader:  # a machine without the accessibility bus
        # with a reader listening, the floor's label is measured in the same run
        assert reader["floor on"]["n"] == reader["on"]["n"] >= 1, reader
        assert "the floor's QLabel" in rows["step-key"]["value_text"], rows["step-key"]
    team = rows["team-log-unreachable"]["extra"]
    # each side's closing time was read from its workers' output, not left out
    for side in ("with", "without"):
        assert team[side]["close_s"] > 0 and team[side]["step_p99_ms"] > 0, team


def test_the_key_worker_never_starts_calmline_on_the_user_s_own_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.ui_worker", "step", "--samples", "5"],
        cwd=REPO_ROOT,
        env={**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--data-dir" in result.stderr
    assert not home.exists()  # no data dir was made where Calmline keeps a user's


def test_a_key_counts_as_during_a_save_when_its_wait_overlaps_the_save() -> None:
    ms = 1_000_000
    saves = [(100 * ms, 103 * ms)]
    keys = [
        (90 * ms, 2 * ms),  # painted before the save began
        (99 * ms, 2 * ms),  # due before, still waiting when it began
        (101 * ms, 1 * ms),  # due and painted while it ran
        (103 * ms, 1 * ms),  # due as it ended
        (104 * ms, 1 * ms),  # due after it ended
    ]
    assert during_saves(keys, saves) == [1, 2, 3]
    assert during_saves(keys, []) == []


def test_a_pause_between_keys_lets_the_app_s_python_threads_run(qapp: QApplication) -> None:
    # The autosave writer is a Python thread. QTest.qWait keeps Python's
    # interpreter lock while it waits, so the writer got about 5% of the time
    # it gets from a plain sleep, and ran during the next key instead.
    counted = [0]
    stop = threading.Event()

    def count() -> None:
        while not stop.is_set():
            counted[0] += 1

    worker = threading.Thread(target=count)
    worker.start()
    try:
        time.sleep(0.05)  # the thread is running
        before = counted[0]
        time.sleep(0.2)
        asleep = counted[0] - before
        before = counted[0]
        pause(200)
        paused = counted[0] - before
    finally:
        stop.set()
        worker.join()
    assert paused > asleep / 2
