"""Wrapping up across processes: ``calmline ctl save-call`` refuses a call that lacks
what the playbook requires (its own exit code, one line) while the real window asks
the agent; the first start's question never blocks ``ctl`` and, skipped, never returns."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app import exit_codes
from tests.e2e.running_calmline import calmline, calmline_window


def status(data: Path) -> dict[str, object]:
    done = calmline(data, "ctl", "status")
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def saved_calls(data: Path) -> list[tuple[str, str, str]]:
    """(category, outcome, notes) of every saved call, read from the log file."""
    db = sqlite3.connect(f"file:{data / 'calls.sqlite3'}?mode=ro", uri=True)
    try:
        query = "SELECT category, outcome, notes FROM calls WHERE ended_at IS NOT NULL"
        return [tuple(row) for row in db.execute(query).fetchall()]
    finally:
        db.close()


def test_ctl_save_call_names_the_missing_fields_and_the_window_asks(running: Path) -> None:
    assert status(running)["question"] == "who"  # the first start asks; ctl is not blocked
    assert calmline(running, "ctl", "new-call", "--name", "Dana Reyes").returncode == 0
    assert calmline(running, "ctl", "set-field", "notes", "Charged twice").returncode == 0
    refused = calmline(running, "ctl", "save-call")
    assert refused.returncode == exit_codes.MISSING_FIELDS
    assert refused.stdout == ""
    assert refused.stderr.splitlines() == [
        "calmline ctl: save-call: not saved: the call needs category, outcome "
        "(fill them in or give --category, --outcome)"
    ]
    assert saved_calls(running) == []
    assert status(running)["question"] == "before-saving"
    partly = calmline(running, "ctl", "save-call", "--category", "billing")
    assert partly.returncode == exit_codes.MISSING_FIELDS
    assert "needs outcome " in partly.stderr
    saved = calmline(running, "ctl", "save-call", "--outcome", "follow-up")
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.startswith("saved call ")
    assert saved_calls(running) == [("billing", "follow-up", "Charged twice")]
    assert status(running)["question"] is None


def test_the_first_start_question_skipped_is_never_asked_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for start in ("first", "second"):
        with calmline_window(data) as process:
            asked = status(data)["question"]
            if start == "first":
                assert asked == "who"
                assert calmline(data, "ctl", "dismiss").returncode == 0  # Esc
                settings = json.loads((data / "settings.json").read_text(encoding="utf-8"))
                assert settings["first_start_asked"] is True
            else:
                assert asked is None
            assert calmline(data, "ctl", "quit").returncode == 0
            process.communicate(timeout=60)
