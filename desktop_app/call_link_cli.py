"""``calmline calmline://new-call?...``: what the desktop runs when a link is clicked.

The desktop passes the link as the only argument (``Exec=calmline %u`` on
Linux, ``"calmline.exe" "%1"`` on Windows; macOS hands it to the running app
as an event, see ``ui.phone``). The link is read here (``core.call_link``);
a bad one is refused with one line saying why, and nothing else happens. A
good one becomes ``offer-call`` in the Calmline window running on the data
dir, or starts Calmline with the call open.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from desktop_app.cli_translation import speak_language, tr, tr_error
from desktop_app.core.call_link import LinkError, is_call_link, parse_call_link
from desktop_app.core.caller import Caller, offer_words
from desktop_app.paths import DataDir

#: exit status for a link that cannot be used
LINK_REFUSED = 2


def link_start(argv: Sequence[str]) -> tuple[str | None, str] | None:
    """(data dir or None, link) when ``argv`` is a link, as a desktop passes it."""
    words = list(argv)
    if len(words) == 1 and is_call_link(words[0]):
        return None, words[0]
    if len(words) == 3 and words[0] == "--data-dir" and is_call_link(words[2]):
        return words[1], words[2]
    if len(words) == 2 and words[0].startswith("--data-dir=") and is_call_link(words[1]):
        return words[0].removeprefix("--data-dir="), words[1]
    return None


def run_link(
    data_dir: str | None, link: str, start_window: Callable[[str | None, Caller], int]
) -> int:
    """Offer the link's call to the running window, or ``start_window`` with it."""
    data = DataDir.resolve(data_dir)
    try:
        caller = parse_call_link(link)
    except LinkError as exc:
        speak_language(data.settings)
        refuse(str(exc))
        return LINK_REFUSED
    from desktop_app.ui.plumbing.remote import send_command

    reply = send_command(data, offer_words(caller))
    if reply is None:
        return start_window(data_dir, caller)
    if not reply.ok:
        speak_language(data.settings)
        refuse(reply.message)
        return LINK_REFUSED
    send_command(data, ["raise-window"])
    print(reply.message)
    return 0


def refuse(reason: str) -> None:
    """One line on stderr; a message box too when there is no terminal to read it."""
    message = "calmline: " + tr("this link was not opened: {reason}").format(
        reason=tr_error(reason)
    )
    print(message, file=sys.stderr)
    if _has_terminal() or not _has_screen():
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    box = QMessageBox(QMessageBox.Icon.Warning, "Calmline", message)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the reason quotes the link's own text
    box.exec()
    del app


def _has_terminal() -> bool:
    return sys.stderr is not None and sys.stderr.isatty()


def _has_screen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
