"""Figures for the history, follow-ups, report and exports over a 100,000-call log.

    python -m tests.benchmarks.bench_log_views [--calls N] [--keep DIR]

Fills a real SQLite log (the store in use) with synthetic calls, then times
what the widgets ask of it. Never pass/fail on time: read the figures.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.export import write_csv
from desktop_app.core.follow_ups import group_follow_ups
from desktop_app.core.report import complaints_report
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.synthetic import fill_log, synthetic_calls


def timed(label: str, action: Callable[[], object]) -> object:
    start = time.perf_counter()
    result = action()
    print(f"{label:<58} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="use (or fill once) the log in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "calls.sqlite3"
        fresh = not path.exists()
        log = SqliteCallLog(path)
        if fresh:
            timed(
                f"fill the log with {args.calls} calls",
                lambda: fill_log(log, synthetic_calls(args.calls)),
            )
        print(f"{log.count()} calls in the log")
        timed("history: search 'billing refund' (limit 200)", lambda: log.search("billing refund"))
        timed("history: search '' (newest 200)", lambda: log.search(""))
        timed(
            "repeat caller: customer_history(phone)",
            lambda: log.customer_history(phone="+44 7500 123456"),
        )
        items = timed("follow-ups: follow_ups()", log.follow_ups)
        assert isinstance(items, list)
        now = datetime.now(UTC)
        timed("follow-ups: group overdue/today/later", lambda: group_follow_ups(items, now))
        timed("report: complaints_report (all weeks)", lambda: complaints_report(log))
        timed("export: every call to CSV", lambda: write_csv(log.iter_calls(), folder / "all.csv"))
        log.close()


if __name__ == "__main__":
    main()
