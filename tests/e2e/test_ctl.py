"""Remote control and one instance per data dir, with the real program in subprocesses."""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

from desktop_app.paths import DataDir
from desktop_app.store.sqlite_log import SqliteCallLog
from desktop_app.ui.plumbing.remote import server_name
from tests.e2e.running_calmline import calmline, calmline_window


def test_ctl_without_a_running_instance_says_so(tmp_path: Path) -> None:
    result = calmline(tmp_path / "nobody", "ctl", "next-step")
    assert result.returncode == 3
    assert "no Calmline is running on the data dir" in result.stderr
    assert str(tmp_path / "nobody") in result.stderr


def test_ctl_drives_a_call_into_the_log(running: Path) -> None:
    result = calmline(running, "ctl", "new-call", "--phone", "+15551234567", "--name", "Dana Reyes")
    assert result.returncode == 0, result.stderr
    assert calmline(running, "ctl", "next-step").returncode == 0
    used = calmline(running, "ctl", "use-card", "1")
    assert used.returncode == 0, used.stderr
    assert used.stdout.startswith("copied ")
    notes = calmline(running, "ctl", "set-field", "notes", "Charged twice")
    assert notes.returncode == 0, notes.stderr
    saved = calmline(running, "ctl", "save-call", "--category", "other", "--outcome", "resolved")
    assert saved.returncode == 0 and saved.stdout.startswith("saved call ")

    log = SqliteCallLog(DataDir(running).call_log)
    try:
        (call,) = log.list_calls()
    finally:
        log.close()
    assert (call.customer.name, call.customer.phone) == ("Dana Reyes", "+15551234567")
    assert call.notes == "Charged twice"
    assert saved.stdout.strip() == f"saved call {call.id}"


def test_ctl_reports_the_commands_own_error(running: Path) -> None:
    bad_step = calmline(running, "ctl", "go-to-step", "99")
    assert bad_step.returncode == 1
    assert "there is no step 99" in bad_step.stderr
    unknown = calmline(running, "ctl", "next-stpe")
    assert unknown.returncode == 1
    assert "unknown command 'next-stpe' (did you mean 'next-step'?)" in unknown.stderr


def test_ctl_prints_the_commands_error_in_the_windows_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    DataDir(data).create()
    DataDir(data).settings.write_text('{"language": "es"}', encoding="utf-8")
    with calmline_window(data) as process:
        bad_step = calmline(data, "ctl", "go-to-step", "99")
        unknown = calmline(data, "ctl", "next-stpe")
        assert calmline(data, "ctl", "quit").returncode == 0
        process.communicate(timeout=60)
    assert bad_step.returncode == 1  # as in English
    assert bad_step.stderr == (
        "calmline ctl: go-to-step: no hay paso 99; este guion tiene 6 pasos\n"
    )
    assert unknown.returncode == 1
    assert unknown.stderr == (
        "calmline ctl: next-stpe: comando desconocido 'next-stpe' (¿quería decir 'next-step'?)\n"
    )


def test_separate_data_dirs_never_cross(running: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    assert server_name(DataDir(other)) != server_name(DataDir(running))
    assert calmline(other, "ctl", "next-step").returncode == 3


def test_a_second_start_brings_the_first_window_forward(running: Path) -> None:
    second = calmline(running)
    assert second.returncode == 0
    assert "already running" in second.stdout
    # The first instance still answers.
    assert calmline(running, "ctl", "next-step").returncode == 0


def test_the_socket_is_private(running: Path) -> None:
    name = Path(server_name(DataDir(running)))
    assert name.parent == running  # inside the 0700 data dir
    assert stat.S_IMODE(running.stat().st_mode) == 0o700
    assert stat.S_ISSOCK(name.stat().st_mode)


def test_ctl_reaches_the_log_tools_of_the_window(running: Path) -> None:
    for line in (
        ["new-call", "--phone", "+15551234567", "--name", "Dana Reyes"],
        ["save-call", "--category", "other", "--outcome", "resolved"],
        ["new-call", "--phone", "+1 555 123 4567"],
        ["set-field", "notes", "Second call about the refund"],
    ):
        assert calmline(running, "ctl", *line).returncode == 0
    for command, answer in (
        ("copy-ticket-note", "ticket note copied"),
        ("history", "History open"),
        ("follow-ups", "Follow-ups open"),
        ("complaints-report", "Report open"),
        ("export-calls", "Export open"),
    ):
        result = calmline(running, "ctl", command)
        assert (result.returncode, result.stdout.strip(), result.stderr) == (0, answer, "")


def ctl_status(data: Path) -> dict[str, object]:
    result = calmline(data, "ctl", "status")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert isinstance(answer, dict)
    return answer


def test_status_tells_a_script_what_the_window_shows_and_what_is_on_disk(running: Path) -> None:
    data = running
    before = ctl_status(data)
    assert before["step"] == {"number": 1, "of": 6, "id": "listen", "title": "Listen"}
    assert before["situation"] is None
    assert before["draft"] == {
        "on_disk": False,
        "written_at": None,
        "writing": False,
        "failing": False,
    }
    for words in (
        ("new-call", "--name", "Dana Reyes", "--phone", "+15551234567"),
        ("next-step",),
        ("set-mood", "2"),
        ("open-situation", "1"),
        ("set-field", "notes", "Card 4111 1111 1111 1111 was charged twice"),
    ):
        assert calmline(data, "ctl", *words).returncode == 0, words
    deadline = time.monotonic() + 20
    while not (now := ctl_status(data))["draft"]["on_disk"]:
        assert time.monotonic() < deadline, now
        time.sleep(0.1)
    call = now["call"]
    assert isinstance(call, dict)
    assert (call["name"], call["phone"], call["unsaved_work"]) == (
        "Dana Reyes",
        "+15551234567",
        True,
    )
    # What a script prints of it holds no card number: only its last four digits.
    assert "4111 1111 1111 1111" not in json.dumps(now)
    assert "1111" in str(call["notes"])
    assert now["step"]["number"] == 2
    assert now["mood"] == 2
    assert now["situation"] is not None
    assert (now["calls_waiting"], now["write_problem"]) == (0, "")
    saved = calmline(data, "ctl", "save-call", "--category", "other", "--outcome", "resolved")
    assert saved.returncode == 0
    after = ctl_status(data)
    assert after["call"]["id"] != call["id"]
    assert after["draft"]["on_disk"] is False
