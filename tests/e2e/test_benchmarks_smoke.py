"""The benchmark harness runs end to end in its smallest mode (figures are never checked)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.rows import ROWS
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
