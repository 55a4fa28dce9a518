"""Figures for exports at scale, never pass/fail on time.

    python -m tests.benchmarks.bench_exports [--calls N]


Compares ``write_csv`` on 100,000 synthetic calls with a bare ``csv.writer``
dump of the same rows to a plain file: the target is within about 1.5 times,
i.e. defusing, card masking and the atomic write cost little, and the export
streams (its memory does not grow with the number of calls).

Twice: for calls that never went through the log (every timeline formatted,
every free text masked in the export), and for the same number read back from
the benchmarks' cached log (``tests.benchmarks.datasets``) as a CSV export
from Calmline reads them (``iter_calls_for_csv``): each with what the log saved
beside it (``core.saved_text``), written by ``write_csv_from_log``. JSON Lines
and Markdown take the calls read whole.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.call import CallRecord
from desktop_app.core.export import write_csv_from_log, write_jsonl, write_markdown
from desktop_app.core.export.columns import COLUMNS, row_for
from desktop_app.core.saved_text import SavedText
from desktop_app.paths import DataDir
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.benchmarks import datasets
from tests.synthetic import synthetic_calls


def timed(label: str, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds:7.2f} s")
    return seconds


#: A call with what the log saved beside it (None for a call never saved).
Pair = tuple[CallRecord, SavedText | None]


def logged_calls(count: int, folder: Path) -> tuple[list[Pair], list[CallRecord]]:
    """The calls of a cached log as a CSV export reads them, and read whole."""
    log = SqliteCallLog(DataDir(datasets.fresh_copy(count, folder / "data")).call_log)
    try:
        pairs: list[Pair] = []
        timed(
            f"reading {count} calls from the log for CSV",
            lambda: pairs.extend(log.iter_calls_for_csv()),
        )
        whole: list[CallRecord] = []
        timed(f"reading {count} calls from the log whole", lambda: whole.extend(log.iter_calls()))
        return pairs, whole
    finally:
        log.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100_000)
    args = parser.parse_args()
    print(f"{args.calls} calls never saved")
    calls = list(synthetic_calls(args.calls, seed=1))
    compare([(record, None) for record in calls], calls, args.calls)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"\n{args.calls} calls read from a log")
        compare(*logged_calls(args.calls, Path(tmp)), args.calls)


def compare(pairs: list[Pair], calls: list[CallRecord], count: int) -> None:
    """CSV from ``pairs``; JSON Lines and Markdown from ``calls``, the same calls whole."""
    rows = [row_for(c, saved=saved) for c, saved in pairs]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def bare_rows() -> None:
            with open(folder / "bare.csv", "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(COLUMNS)
                writer.writerows(rows)

        def bare_build() -> None:
            with open(folder / "bare2.csv", "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(COLUMNS)
                for record, saved in pairs:
                    writer.writerow(row_for(record, saved=saved))

        bare = timed("bare csv.writer, rows ready in memory", bare_rows)
        build = timed("bare csv.writer, rows built per call, plain file", bare_build)
        ours = timed(
            "write_csv (streamed, atomic, fsync)",
            lambda: write_csv_from_log(iter(pairs), folder / "calls.csv"),
        )
        print(f"write_csv / bare (rows built per call) = {ours / build:.2f}")
        print(f"write_csv / bare (rows ready)          = {ours / bare:.2f}")
        timed("write_jsonl", lambda: write_jsonl(iter(calls), folder / "calls.jsonl"))
        timed("write_markdown", lambda: write_markdown(iter(calls), folder / "calls.md"))

        tracemalloc.start()
        write_csv_from_log(
            ((record, None) for record in synthetic_calls(count // 10, seed=2)), folder / "gen.csv"
        )
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak memory, write_csv of {count // 10} generated calls: {peak / 1e6:.1f} MB")
        size = (folder / "calls.csv").stat().st_size
        print(f"csv size: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
