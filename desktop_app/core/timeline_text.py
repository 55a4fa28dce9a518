"""A call's timeline as text, one line per event, as the exports show it.

``mm:ss`` since the call started (``h:mm:ss`` past an hour), the kind, the
step and the detail. Kept outside ``core.export`` because the call log also
makes this text, once, when it saves a call (see ``core.call.SavedText``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cache

from desktop_app.core.call import EventKind, TimelineEvent


def timeline_lines(start: datetime, events: Iterable[TimelineEvent]) -> list[str]:
    """One line per event. Written for speed: a 100,000-call export of calls
    saved before the log kept this text formats well over a million of them."""
    lines = []
    stamps = _stamps()
    for event in events:
        seconds = (event.at - start).total_seconds()
        if seconds < 3600:
            stamp = stamps[int(seconds)] if seconds > 0 else "00:00"
        else:
            minutes, secs = divmod(int(seconds), 60)
            stamp = f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"
        line = f"{stamp} {_KINDS[event.kind]}"
        if event.step_id:
            line = f"{line} {event.step_id}"
        if event.detail:
            line = f"{line} {event.detail}"
        lines.append(line)
    return lines


def timeline_text(start: datetime, events: Iterable[TimelineEvent]) -> str:
    """The lines of ``timeline_lines`` joined by newlines: the timeline cell of a CSV row."""
    return "\n".join(timeline_lines(start, events))


_KINDS = {kind: kind.value for kind in EventKind}


@cache
def _stamps() -> tuple[str, ...]:
    """ "mm:ss" for every second of the first hour, made once, when first needed
    (not at import: every start imports this module to save calls)."""
    return tuple(f"{s // 60:02d}:{s % 60:02d}" for s in range(3600))
