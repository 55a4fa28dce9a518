"""A call's timeline as text, one line per event: ``mm:ss`` since the call
started (``h:mm:ss`` past an hour), then what happened.

Two forms. The saved form (``timeline_text``) names the event kind, the step
and the detail by their ids; the call log makes it, once, when it saves a call
(see ``core.saved_text``), which is why this sits outside ``core.export``.
The readable form (``readable_lines``, ``readable_text``) says the same in
words, steps, cards and situations by their titles (``core.titles``): what
every export and view shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cache

from desktop_app.core.call import EventKind, TimelineEvent
from desktop_app.core.titles import CallTitles


def readable_lines(
    start: datetime, events: Iterable[TimelineEvent], titles: CallTitles
) -> list[str]:
    """One line per event in words, e.g. "01:05 Card used on Ask: Supervisor unavailable".

    Written for speed, as ``timeline_lines``: each distinct event is put in
    words once (``CallTitles.said``), then looked up."""
    lines = []
    stamps = _stamps()
    said = titles.said
    for event in events:
        seconds = (event.at - start).total_seconds()
        if seconds < 3600:
            stamp = stamps[int(seconds)] if seconds > 0 else "00:00"
        else:
            stamp = _long_stamp(seconds)
        key = (event.kind, event.step_id or "", event.detail)
        words = said.get(key)
        if words is None:
            words = titles.event(*key)
        lines.append(f"{stamp} {words}")
    return lines


def readable_text(start: datetime, events: Iterable[TimelineEvent], titles: CallTitles) -> str:
    """The lines of ``readable_lines`` joined by newlines: the timeline cell of a CSV row."""
    return "\n".join(readable_lines(start, events, titles))


def readable_from_saved(saved: str, titles: CallTitles) -> str:
    """The saved form of a timeline (``timeline_text``) in words, as ``readable_text``
    writes it from the events: a CSV export reads only the saved text.

    Each distinct line of the saved form (less its time) is put in words once
    per export (``CallTitles.saved_lines``): a dictionary look-up a line.
    """
    if not saved:
        return ""
    known = titles.saved_lines
    lines = []
    for line in saved.split("\n"):
        stamp, _, rest = line.partition(" ")
        said = known.get(rest)
        if said is None:
            said = known[rest] = _in_words(rest, titles)
        lines.append(f"{stamp} {said}")
    return "\n".join(lines)


def _in_words(saved_line: str, titles: CallTitles) -> str:
    """ "card_used ask supervisor-unavailable" -> "Card used on Ask: Supervisor unavailable"."""
    kind, _, rest = saved_line.partition(" ")
    step, _, detail = rest.partition(" ")
    try:
        return titles.event(EventKind(kind), step, detail)
    except ValueError:  # not a line of the saved form: left as it is
        return saved_line


def _long_stamp(seconds: float) -> str:
    """``h:mm:ss`` for a moment an hour or more into the call."""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


def timeline_lines(start: datetime, events: Iterable[TimelineEvent]) -> list[str]:
    """One line per event in the saved form. Written for speed: a 100,000-call
    export of calls saved before the log kept this text formats well over a
    million of them."""
    lines = []
    stamps = _stamps()
    for event in events:
        seconds = (event.at - start).total_seconds()
        if seconds < 3600:
            stamp = stamps[int(seconds)] if seconds > 0 else "00:00"
        else:
            stamp = _long_stamp(seconds)
        line = f"{stamp} {_KINDS[event.kind]}"
        if event.step_id:
            line = f"{line} {event.step_id}"
        if event.detail:
            line = f"{line} {event.detail}"
        lines.append(line)
    return lines


def timeline_text(start: datetime, events: Iterable[TimelineEvent]) -> str:
    """The lines of ``timeline_lines`` joined by newlines: the saved form the log keeps."""
    return "\n".join(timeline_lines(start, events))


_KINDS = {kind: kind.value for kind in EventKind}


@cache
def _stamps() -> tuple[str, ...]:
    """ "mm:ss" for every second of the first hour, made once, when first needed
    (not at import: every start imports this module to save calls)."""
    return tuple(f"{s // 60:02d}:{s % 60:02d}" for s in range(3600))
