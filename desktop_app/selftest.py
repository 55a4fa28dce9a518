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
from collections.abc import Callable
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
    from desktop_app.ui.application import (
        build_window,
        ensure_application,
        quiet_harmless_qt_messages,
        release_clipboard,
    )

    app = ensure_application()
    quiet_harmless_qt_messages()
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
    _check_durability(tmp / "durable")
    return (
        f"{len(playbook.steps)} steps, {len(saved.timeline)} timeline events, "
        f"1 call saved and exported"
    )


#: A test card number (it passes the Luhn check) and how the log must keep it.
TEST_CARD = "4111 1111 1111 1111"
TEST_CARD_MASKED = "[card ending 1111]"


def run_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> bool:
    """Run the Qt event loop until ``condition`` holds (checked every 20 ms) or time is up."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return True
    loop = QEventLoop()
    poll, limit = QTimer(), QTimer()
    poll.setInterval(20)

    def check() -> None:
        if condition():
            loop.quit()

    poll.timeout.connect(check)
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    poll.start()
    limit.start(timeout_ms)
    loop.exec()
    poll.stop()
    limit.stop()
    return condition()


def _check_durability(root: Path) -> None:
    """Autosave writes a draft, the next start restores it; a card number is masked on disk."""
    from desktop_app.app import assemble
    from desktop_app.paths import DataDir
    from desktop_app.ui.application import build_window, release_clipboard
    from desktop_app.ui.durable_start import attach

    parts = assemble(DataDir(root))
    window = build_window(parts)
    attach(window, parts, lambda _text: False, lambda _text: True, quiet_ms=50, max_wait_ms=200)
    window.show()
    window.run_command("new-call --name 'Self Test'")
    window.run_command("next-step")
    window.run_command(f"set-field notes 'Card {TEST_CARD} read out'")
    _check(
        run_until(lambda: parts.call_log.load_draft() is not None),
        "autosave did not write the call in progress",
    )
    window.close()
    parts.call_log.close()
    stored = b"".join(p.read_bytes() for p in root.glob("calls.sqlite3*"))
    _check(
        TEST_CARD.encode() not in stored and TEST_CARD.replace(" ", "").encode() not in stored,
        "a card number reached the log unmasked",
    )

    parts = assemble(DataDir(root))
    window = build_window(parts)
    attached = attach(window, parts, lambda _text: True, lambda _text: True)
    session = window.desk.session
    _check(attached.restored, "the autosaved call was not offered at the next start")
    _check(
        session.record.customer.name == "Self Test" and session.current_index == 1,
        "the restored call is not the one autosaved",
    )
    _check(
        session.record.notes == f"Card {TEST_CARD_MASKED} read out",
        f"the restored notes do not hold the masked card: {session.record.notes!r}",
    )
    window.close()
    release_clipboard()
    parts.call_log.close()
