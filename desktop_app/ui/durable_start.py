"""Attaching the durability and content pieces to the running window, in one call.

``attach(window, parts, ask)`` offers the call left unfinished last time
(``ask`` answers the question: the real dialog in the app, a callable in
tests), then starts autosave and write retries (``Durability``) and live
reload with the playbook menu (``LiveContent``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.ui.durability import Durability, restore_unfinished_call
from desktop_app.ui.live_content import LiveContent
from desktop_app.ui.restore import Ask, ask_with_message_box

if TYPE_CHECKING:
    from desktop_app.app import Parts
    from desktop_app.ui.main_window import MainWindow


@dataclass
class Attached:
    """The durability and live-content pieces attached to the window, and whether a call
    left unfinished last time was restored."""

    durability: Durability
    content: LiveContent
    restored: bool


def attach(
    window: MainWindow,
    parts: Parts,
    ask: Ask,
    confirm_close: Ask | None = None,
    **timers: int,
) -> Attached:
    """``confirm_close`` asks before closing would lose what the disk refused (a dialog
    when None); ``timers``: ``quiet_ms``, ``max_wait_ms``, ``retry_ms`` (for tests)."""
    restored = restore_unfinished_call(window, parts.call_log, ask, parts.library)
    # Made before Durability so that the disk's bars sit above the content's.
    content = LiveContent(window, parts)
    durability = Durability(
        window,
        parts.call_log,
        settings_file=parts.data.settings,
        confirm_close=confirm_close,
        **timers,
    )
    return Attached(durability, content, restored)


def attach_with_dialogs(window: MainWindow, parts: Parts) -> Attached:
    """As in the app: the real dialogs ask (restore, and closing while the disk refuses)."""
    return attach(window, parts, ask_with_message_box(window))
