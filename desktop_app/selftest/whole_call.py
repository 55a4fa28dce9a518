"""``calmline --self-test``: prove this installation works, end to end, offscreen.

Loads the built-in content, opens a log in a temporary data dir, drives one
whole call through every step by commands in a real (offscreen) window, saves
it, exports it, reads both back, prints one summary line and exits 0, or
prints what failed and exits 1.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.selftest.checks import SelfTestError, check

if TYPE_CHECKING:
    from desktop_app.desk.parts import Parts


def run_self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="calmline-selftest-") as tmp:
        try:
            summary = _drive(Path(tmp))
        except SelfTestError as exc:
            print(f"self-test FAILED: {exc}", file=sys.stderr)
            return 1
        except Exception as exc:
            print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    print(f"self-test ok: {summary}")
    return 0


def _drive(tmp: Path) -> str:
    from desktop_app.app import assemble
    from desktop_app.core.export import write_jsonl
    from desktop_app.paths import DataDir
    from desktop_app.selftest.durable import check_durability
    from desktop_app.ui.application import (
        build_window,
        ensure_application,
        quiet_harmless_qt_messages,
        release_clipboard,
    )

    app = ensure_application()
    quiet_harmless_qt_messages()
    check_durability(tmp / "durable")
    parts = assemble(DataDir(tmp / "data"))
    window = build_window(parts)
    window.show()
    app.processEvents()
    desk = window.desk
    playbook = desk.playbook

    def run(line: str) -> None:
        ok, message = window.run_command(line)
        check(ok, f"command {line!r} failed: {message}")
        app.processEvents()

    run("new-call --name 'Self Test' --phone +15550100")
    run("set-mood 2")
    run("set-field category other")
    run("set-field reason 'Checking the installation'")
    for index, step in enumerate(playbook.steps):
        check(desk.session.current_step.id == step.id, f"expected step {step.id!r}")
        check(step.title in window.windowTitle(), f"window title does not show {step.title!r}")
        check(
            window.pages.currentWidget() is window.step_pages[index],
            f"the window does not show the page of step {step.id!r}",
        )
        if step.cards:
            run("use-card 1")
            copied = app.clipboard().text()
            check(
                bool(copied) and "{" not in copied,
                f"card 1 of {step.id!r} did not reach the clipboard filled in",
            )
        if index < len(playbook.steps) - 1:
            run("next-step")
    if playbook.situations:
        run("open-situation 1")
        run("dismiss")
    run("reescalate")
    run("go-to-step " + str(len(playbook.steps)))
    run("set-field resolution 'Nothing to fix'")
    run("set-field outcome resolved")
    run("add-commitment 'Call back to confirm' --due '2030-01-02 10:00'")
    run("mood-calmer")
    check(
        window.review is not None and "Nothing to fix" in window.review.draft.toPlainText(),
        "the log step does not show the drafted entry",
    )
    run("save-call")

    calls = parts.call_log.list_calls()
    check(len(calls) == 1, f"expected 1 saved call, found {len(calls)}")
    saved = calls[0]
    check(saved.customer.name == "Self Test", "the saved call lost the customer's name")
    check(saved.ended_at is not None, "the saved call has no end time")
    check(len(saved.commitments) == 1, "the saved call lost its commitment")
    check(desk.session.record.customer.name == "", "the window is not ready for the next call")

    out = tmp / "export.jsonl"
    write_jsonl(calls, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    check(len(lines) == 1 and json.loads(lines[0])["id"] == saved.id, "export did not round-trip")
    exported = _check_exports(parts.data.exports, parts)
    window.close()
    release_clipboard()
    parts.call_log.close()
    return (
        f"{len(playbook.steps)} steps, {len(saved.timeline)} timeline events, "
        f"1 call saved and exported ({exported})"
    )


def _check_exports(folder: Path, parts: Parts) -> str:
    """The saved call as CSV, Markdown, PDF and a ticket note, and its promise as .ics:
    each file private (0600) and holding the call."""
    from datetime import UTC, datetime

    import icalendar

    from desktop_app.core.atomic import ensure_private_dir, write_atomic
    from desktop_app.core.export import ExportFormat, export_target
    from desktop_app.core.export.ics import write_ics
    from desktop_app.core.export.ticket_note import ticket_note
    from desktop_app.ui.log_tools.exporting import write_calls

    ensure_private_dir(folder)
    (saved,) = parts.call_log.list_calls()
    name = saved.customer.name
    files: dict[str, Path] = {}
    for fmt in (ExportFormat.CSV, ExportFormat.MARKDOWN, ExportFormat.PDF):
        files[fmt.value] = path = export_target(folder, f"self-test{fmt.suffix}")
        write_calls([saved], fmt, path)
    files["note"] = export_target(folder, "self-test-note.txt")
    write_atomic(files["note"], ticket_note(saved, parts.settings.ticket_template))
    files["ics"] = export_target(folder, "self-test.ics")
    entries = write_ics(parts.call_log.follow_ups(), files["ics"], datetime.now(UTC))
    for what, path in files.items():
        check(path.is_file(), f"the {what} export was not written")
        mode = path.stat().st_mode & 0o777
        check(os.name == "nt" or mode == 0o600, f"the {what} export is {oct(mode)}, not 0600")
    for what in ("csv", "md", "note"):
        text = files[what].read_text(encoding="utf-8")
        check(name in text, f"the {what} export does not name the customer")
    pdf = files["pdf"].read_bytes()
    check(pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:], "the PDF export is not a PDF")
    events = icalendar.Calendar.from_ical(files["ics"].read_bytes()).walk("VEVENT")
    check(entries == 1 and len(events) == 1, f"the .ics holds {len(events)} events, not 1")
    check("Call back to confirm" in str(events[0]["SUMMARY"]), "the .ics lost the promise")
    return ", ".join(files)
