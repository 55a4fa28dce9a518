"""``python -m tests.benchmarks [--quick | --smoke] [--json PATH] [--only ROW ...]``.

Prints the table (Markdown, ready for docs/performance.md) and writes the same figures
as JSON. Always exits 0 once the table is printed: a missed target is a
finding, not a failure.
"""

from __future__ import annotations

import argparse
import compileall
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from tests.benchmarks import report
from tests.benchmarks.launch import REPO_ROOT
from tests.benchmarks.modes import FULL, QUICK, SMOKE
from tests.benchmarks.rows import ROWS
from tests.benchmarks.stats import Row


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Calmline's figures, each against its floor measured in the same run.",
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--quick", action="store_true", help="few repetitions, 10,000 calls (about 2 minutes)"
    )
    size.add_argument(
        "--smoke",
        action="store_true",
        help="the least that exercises every row (for the test suite; figures mean nothing)",
    )
    parser.add_argument(
        "--json",
        metavar="PATH",
        type=Path,
        help="where to write the results (default: benchmark-results/MODE-TIMESTAMP.json)",
    )
    parser.add_argument(
        "--only", metavar="ROW", nargs="+", choices=sorted(ROWS), help="run only these rows"
    )
    return parser


def compile_sources() -> None:
    """Byte-compile Calmline and the harness before any program is timed.

    An installed Calmline (a wheel, the bundle) starts from compiled modules,
    and a checkout writes them on its first run; but where
    PYTHONDONTWRITEBYTECODE is set nothing is ever written, and every start
    would compile Calmline's source again, a cost no user's start has.
    """
    for package in ("desktop_app", "tests"):
        compileall.compile_dir(REPO_ROOT / package, quiet=1)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    compile_sources()
    mode = SMOKE if args.smoke else QUICK if args.quick else FULL
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = args.json or REPO_ROOT / "benchmark-results" / f"{mode.name}-{stamp}.json"
    chosen = args.only or list(ROWS)
    rows: list[Row] = []
    for name in chosen:
        began = time.monotonic()
        print(f"… {name}", file=sys.stderr, flush=True)
        spec = ROWS[name]
        row = spec.row(name, mode)
        try:
            row = spec.measure(row, mode)
        except Exception as exc:
            traceback.print_exc()
            row.status, row.note = "error", f"{type(exc).__name__}: {exc}"
        row.extra["seconds"] = round(time.monotonic() - began, 1)
        rows.append(row)
    info = report.machine()
    print(report.table(rows))
    print(f"\nMachine: {report.machine_line(info, mode)}")
    report.write_json(out, rows, info, mode)
    print(f"Results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
