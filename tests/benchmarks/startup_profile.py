"""Where Calmline's start-up time goes, against the bare window.

    python -m tests.benchmarks.startup_profile [--top N]

Starts both programs once under ``python -X importtime`` (offscreen) and
prints the modules Calmline imports that the bare window does not, by their
own import time, grouped by package, then a cProfile of Calmline's start-up
restricted to its own functions (imports excluded). Import-time and profiler
overhead inflate every figure; read them as shares, not as milliseconds of a
normal start.
"""

from __future__ import annotations

import argparse
import io
import pstats
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tests.benchmarks.display import OFFSCREEN
from tests.benchmarks.launch import REPO_ROOT, Program

_LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \| (\s*)(\S+)")


def own_import_ms(module: str, *args: str) -> dict[str, float]:
    """Each module's own import time (ms) when ``python -m module args`` starts."""
    with tempfile.TemporaryDirectory(prefix="calmline-profile-") as home:
        program = Program([sys.executable, "-X", "importtime", "-m", module, *args], OFFSCREEN)
        done = subprocess.run(
            list(program.argv),
            cwd=REPO_ROOT,
            env=program.environment(Path(home)),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    found: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if match := _LINE.match(line):
            found[match.group(3)] = int(match.group(1)) / 1000
    return found


def group(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:3]) if parts[0] == "desktop_app" else parts[0]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.startup_profile")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="calmline-profile-") as data:
        calm = own_import_ms("tests.benchmarks.app_window", "--data-dir", data)
    bare = own_import_ms("tests.benchmarks.bare_window")
    extra = {m: ms for m, ms in calm.items() if m not in bare and not m.startswith("tests")}
    by_group: Counter[str] = Counter()
    for module, ms in extra.items():
        by_group[group(module)] += ms
    print(f"imports: Calmline {sum(calm.values()):.0f} ms, bare window {sum(bare.values()):.0f} ms")
    print(f"only Calmline imports these ({sum(extra.values()):.0f} ms), by package:")
    for name, ms in by_group.most_common(args.top):
        print(f"  {ms:7.1f} ms  {name}")
    print("\nCalmline's own functions, cumulative (cProfile, imports excluded):")
    print(_profile(args.top))
    return 0


def _profile(top: int) -> str:
    """cProfile of Calmline's start-up to its first paint, in a child with a private HOME."""
    with (
        tempfile.TemporaryDirectory(prefix="calmline-profile-") as home,
        tempfile.TemporaryDirectory(prefix="calmline-profile-") as data,
    ):
        stats_file = Path(home) / "start.prof"
        profiled = ["-m", "cProfile", "-o", str(stats_file)]
        app = ["-m", "tests.benchmarks.app_window", "--data-dir", data]
        program = Program([sys.executable, *profiled, *app], OFFSCREEN)
        subprocess.run(
            list(program.argv),
            cwd=REPO_ROOT,
            env=program.environment(Path(home)),
            capture_output=True,
            timeout=120,
            check=True,
        )
        out = io.StringIO()
        stats = pstats.Stats(str(stats_file), stream=out).sort_stats("cumulative")
        stats.print_stats(r"desktop_app/", top * 2)
    lines = out.getvalue().splitlines()
    return "\n".join(line for line in lines if "<module>" not in line)


if __name__ == "__main__":
    sys.exit(main())
