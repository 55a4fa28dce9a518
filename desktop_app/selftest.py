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


class SelfTestError(Exception):
    pass


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestError(what)


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
    from desktop_app.selftest_durable import check_durability
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
        _check(ok, f"command {line!r} failed: {message}")
        app.processEvents()

    run("new-call --name 'Self Test' --phone +15550100")
    run("set-mood 2")
    run("set-field category other")
    run("set-field reason 'Checking the installation'")
    for index, step in enumerate(playbook.steps):
        _check(desk.session.current_step.id == step.id, f"expected step {step.id!r}")
        _check(step.title in window.windowTitle(), f"window title does not show {step.title!r}")
        _check(
            window.pages.currentWidget() is window.step_pages[index],
            f"the window does not show the page of step {step.id!r}",
        )
        if step.cards:
            run("use-card 1")
            copied = app.clipboard().text()
            _check(
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
    _check(
        window.review is not None and "Nothing to fix" in window.review.draft.toPlainText(),
        "the log step does not show the drafted entry",
    )
    run("save-call")

    calls = parts.call_log.list_calls()
    _check(len(calls) == 1, f"expected 1 saved call, found {len(calls)}")
    saved = calls[0]
    _check(saved.customer.name == "Self Test", "the saved call lost the customer's name")
    _check(saved.ended_at is not None, "the saved call has no end time")
    _check(len(saved.commitments) == 1, "the saved call lost its commitment")
    _check(desk.session.record.customer.name == "", "the window is not ready for the next call")

    out = tmp / "export.jsonl"
    write_jsonl(calls, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    _check(len(lines) == 1 and json.loads(lines[0])["id"] == saved.id, "export did not round-trip")
    window.close()
    release_clipboard()
    parts.call_log.close()
    return (
        f"{len(playbook.steps)} steps, {len(saved.timeline)} timeline events, "
        f"1 call saved and exported"
    )
