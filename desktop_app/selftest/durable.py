"""Self-test, part two: the call in progress survives, and card numbers stay off the disk.

``check_durability(root)`` (run by ``calmline --self-test``) starts a window
on a fresh data dir, lets autosave write a call in progress holding a card
number, closes it, checks the database files never saw the number, then
starts again and checks the call is offered and restored, masked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.selftest.checks import check

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


def check_durability(root: Path) -> None:
    """Autosave writes a draft, the next start restores it; a card number is masked on disk."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import assemble
    from desktop_app.paths import DataDir
    from desktop_app.ui.application import build_window, release_clipboard
    from desktop_app.ui.plumbing.durable_start import attach

    parts = assemble(DataDir(root))
    window = build_window(parts)
    attach(window, parts, lambda _text: False, lambda _text: True, quiet_ms=50, max_wait_ms=200)
    window.show()
    window.run_command("new-call --name 'Self Test'")
    window.run_command("next-step")
    window.run_command(f"set-field notes 'Card {TEST_CARD} read out'")
    check(
        run_until(lambda: parts.call_log.load_draft() is not None),
        "autosave did not write the call in progress",
    )
    window.close()
    QApplication.processEvents()  # what the window queued still finds its log open
    parts.call_log.close()
    stored = b"".join(p.read_bytes() for p in root.glob("calls.sqlite3*"))
    check(
        TEST_CARD.encode() not in stored and TEST_CARD.replace(" ", "").encode() not in stored,
        "a card number reached the log unmasked",
    )

    parts = assemble(DataDir(root))
    window = build_window(parts)
    attached = attach(window, parts, lambda _text: True, lambda _text: True)
    session = window.desk.session
    check(attached.restored, "the autosaved call was not offered at the next start")
    check(
        session.record.customer.name == "Self Test" and session.current_index == 1,
        "the restored call is not the one autosaved",
    )
    check(
        session.record.notes == f"Card {TEST_CARD_MASKED} read out",
        f"the restored notes do not hold the masked card: {session.record.notes!r}",
    )
    window.close()
    QApplication.processEvents()  # what the window queued still finds its log open
    release_clipboard()
    parts.call_log.close()
