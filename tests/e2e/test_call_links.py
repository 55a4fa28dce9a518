"""``calmline calmline://new-call?...`` as a desktop runs it, against the real window."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.paths import DataDir
from desktop_app.ui.plumbing.remote import send_command
from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline, calmline_env, wait_until_listening

LINK = (
    "calmline://new-call?phone=%2B15551234567&name=Dana%20Smith&account=A-1001"
    "&category=billing&reason=Charged+twice&callid=cc-77"
)


def status(data: Path) -> dict[str, Any]:
    result = calmline(data, "ctl", "phone-status")
    assert result.returncode == 0, result.stderr
    state: dict[str, Any] = json.loads(result.stdout)
    return state


def test_a_link_opens_a_pre_filled_call_in_the_running_window(running: Path) -> None:
    opened = calmline(running, LINK)
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.strip() == "call opened: Dana Smith, +15551234567, A-1001"
    call = status(running)["call"]
    assert (call["name"], call["phone"], call["account"]) == (
        "Dana Smith",
        "+15551234567",
        "A-1001",
    )
    assert "screen_pop" in call["timeline"]
    # A second link while this call is in progress waits; it does not replace it.
    second = calmline(running, "calmline://new-call?name=Eve%20Park&phone=%2B15550000002")
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "call waiting: Eve Park, +15550000002"
    state = status(running)
    assert state["call"]["id"] == call["id"]
    assert [w["name"] for w in state["waiting"]] == ["Eve Park"]


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ("calmline://quit", "unknown action 'quit'"),
        ("calmline://new-call?name=Dana&ctl=quit", "unknown field 'ctl'"),
        ("calmline://new-call?name=%FF", "not UTF-8"),
        ("calmline://new-call?name=a?b", "second '?'"),
    ],
)
def test_a_bad_link_says_why_and_changes_nothing(running: Path, link: str, reason: str) -> None:
    before = status(running)
    refused = calmline(running, link)
    assert refused.returncode == 2
    assert refused.stderr.startswith("calmline: this link was not opened: ")
    assert reason in refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    after = status(running)
    # Time passes meanwhile; nothing else may change.
    for state in (before, after):
        state["call"].pop("talk_seconds")
    assert after == before


def test_a_link_starts_calmline_with_the_call_when_none_runs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", LINK],
        cwd=REPO_ROOT,
        env=calmline_env(data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_listening(data, process)
        call = status(data)["call"]
        assert (call["name"], call["phone"]) == ("Dana Smith", "+15551234567")
    finally:
        send_command(DataDir(data), ["quit"])
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert err == ""


def test_a_bad_link_with_no_window_starts_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    refused = calmline(data, "calmline://new-call?phone=call+me")
    assert refused.returncode == 2
    assert "is not a phone number" in refused.stderr
    assert not data.exists()
