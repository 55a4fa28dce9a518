"""Attaching the durability and content pieces to the running window, in one call.

``attach(window, parts)`` starts autosave and write retries
(``Durability``) and live reload with the playbook menu (``LiveContent``),
then offers the call left unfinished last time: a bar in the app, answered
at once by ``ask`` in tests and the self-test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.ui.plumbing.durability import Durability, restore_unfinished_call
from desktop_app.ui.plumbing.live_content import LiveContent
from desktop_app.ui.plumbing.restore import Ask

if TYPE_CHECKING:
    from desktop_app.desk.parts import Parts
    from desktop_app.ui.call_window.window_parts import WindowParts


@dataclass
class Attached:
    """The durability and live-content pieces attached to the window, and whether a call
    left unfinished last time was restored."""

    durability: Durability
    content: LiveContent
    restored: bool


def attach(
    window: WindowParts,
    parts: Parts,
    ask: Ask | None = None,
    confirm_close: Ask | None = None,
    **timers: int,
) -> Attached:
    """``ask`` answers the offer of last time's call at once (a bar waits for the agent
    when None); ``confirm_close`` asks before closing would lose what the disk refused
    (a dialog when None); ``timers``: ``quiet_ms``, ``max_wait_ms``, ``retry_ms`` (tests)."""
    desk = parts.desk
    assert desk is not None, "assemble() builds the desk"
    # Made before Durability so that the disk's bars sit above the content's.
    content = LiveContent(window, desk, parts)
    # Autosave runs before the offer: a call opened meanwhile is kept as any other.
    durability = Durability(
        window,
        desk,
        parts.call_log,
        settings_file=parts.data.settings,
        confirm_close=confirm_close,
        **timers,
    )
    # ``calmline ctl status`` reports what keeps the call safe on disk.
    desk.durability = durability
    restored = restore_unfinished_call(window, desk, parts.call_log, ask, parts.library)
    return Attached(durability, content, restored)
