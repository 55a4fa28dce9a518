"""HEARD's Diagnose: the cause the agent notes after the call reaches the log and the exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.e2e.running_calmline import calmline


def test_the_cause_typed_in_the_window_is_in_the_csv_another_process_exports(
    running: Path, tmp_path: Path
) -> None:
    for command in (
        ("switch-playbook", "heard"),
        ("new-call", "--name", "Ana Ruiz", "--phone", "0033612345678"),
        ("set-field", "category", "billing"),
        ("set-field", "outcome", "resolved"),
        ("set-field", "cause", "Refund rule changed; the billing page still showed the old one"),
    ):
        result = calmline(running, "ctl", *command)
        assert result.returncode == 0, (command, result.stderr)
    status = json.loads(calmline(running, "ctl", "status").stdout)
    assert status["call"]["cause"].startswith("Refund rule changed")
    saved = calmline(running, "ctl", "save-call")
    assert saved.returncode == 0, saved.stderr

    out = tmp_path / "calls.csv"
    export = calmline(running, "export", "--format", "csv", "--out", str(out))
    assert export.returncode == 0, export.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["customer_name"] == "Ana Ruiz"
    assert row["cause"] == "Refund rule changed; the billing page still showed the old one"


def test_a_step_asking_for_an_unknown_field_is_named_with_its_line(tmp_path: Path) -> None:
    book = tmp_path / "heard-cause.yaml"
    book.write_text(
        "format: 1\nextends: heard\nsteps:\n  - id: diagnose\n    asks_for: [cuase]\n",
        encoding="utf-8",
    )
    result = calmline(tmp_path / "data", "check-content", str(book))
    assert result.returncode != 0
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{book}:5: ")
    assert "'cuase'" in line and "did you mean 'cause'?" in line
    assert "Traceback" not in result.stderr
