"""Figures for exports at scale, never pass/fail on time.

    python -m tests.benchmarks.bench_exports [--calls N]


Compares ``write_csv`` on 100,000 synthetic calls with a bare ``csv.writer``
dump of the same rows to a plain file: the target is within about 1.5 times,
i.e. defusing, card masking and the atomic write cost little, and the export
streams (its memory does not grow with the number of calls).
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.export import write_csv, write_jsonl, write_markdown
from desktop_app.core.export.columns import COLUMNS, row_for
from tests.synthetic import synthetic_calls


def timed(label: str, action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds:7.2f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100_000)
    args = parser.parse_args()
    calls = list(synthetic_calls(args.calls, seed=1))
    rows = [row_for(c) for c in calls]
    print(f"{args.calls} calls")
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
                for record in calls:
                    writer.writerow(row_for(record))

        bare = timed("bare csv.writer, rows ready in memory", bare_rows)
        build = timed("bare csv.writer, rows built per call, plain file", bare_build)
        ours = timed(
            "write_csv (streamed, atomic, fsync)",
            lambda: write_csv(iter(calls), folder / "calls.csv"),
        )
        print(f"write_csv / bare (rows built per call) = {ours / build:.2f}")
        print(f"write_csv / bare (rows ready)          = {ours / bare:.2f}")
        timed("write_jsonl", lambda: write_jsonl(iter(calls), folder / "calls.jsonl"))
        timed("write_markdown", lambda: write_markdown(iter(calls), folder / "calls.md"))

        tracemalloc.start()
        write_csv(synthetic_calls(args.calls // 10, seed=2), folder / "gen.csv")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak memory, write_csv of {args.calls // 10} generated calls: {peak / 1e6:.1f} MB")
        size = (folder / "calls.csv").stat().st_size
        print(f"csv size: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
