"""Calls as Markdown: one section per call, user text escaped so it stays text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path

from desktop_app.core.call import CallRecord
from desktop_app.core.export.call_view import call_section
from desktop_app.core.export.target import atomic_text
from desktop_app.core.local_formats import ISO_FORMATS, LocalFormats
from desktop_app.core.titles import Titles

#: Characters that are markup anywhere in a line, each escaped with a backslash
#: (a translation table: one pass in C, where a pattern substitution per line
#: was most of a large Markdown export).
_INLINE = str.maketrans({char: "\\" + char for char in "\\`*_[]<>|~&!"})
#: Markup only at the start of a line (after any indent): headings, quotes,
#: list bullets, setext underlines; and numbered items, whose first character
#: is a digit (``str.isdigit``, which takes in every digit ``\d`` matches).
_STARTS_MARKUP = frozenset("#>+=-")
_LINE_START = re.compile(r"^(\s*)([#>+=-])")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])")


def escape(text: str) -> str:
    """``text`` as literal Markdown: no emphasis, links, HTML or headings from user input."""
    lines = []
    for line in text.splitlines() or [""]:
        line = line.translate(_INLINE)
        # The patterns run only where they may match: most lines, and every
        # timeline line ("00:05 ..."), need neither.
        start = line.lstrip()  # what \s* leaves: str.isspace is \s in patterns too
        first = start[:1]
        if first in _STARTS_MARKUP:  # "" is not in it
            line = _LINE_START.sub(r"\1\\\2", line)
        elif first.isdigit():
            after = start.lstrip("0123456789")[:1]
            if after and (after in ".)" or after.isdigit()):
                line = _NUMBERED.sub(r"\1\\\2", line)
        lines.append(line)
    # A trailing backslash is a hard line break in CommonMark: keeps the
    # customer's line breaks without starting new paragraphs.
    return "\\\n".join(lines)


def call_markdown(
    record: CallRecord,
    tz: tzinfo | None = None,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> str:
    section = call_section(record, tz, titles, formats)
    label = formats.label
    out = [f"## {escape(section.title)}", ""]
    out += [f"- **{escape(heading)}:** {escape(value)}" for heading, value in section.fields]
    if section.commitments:
        out += ["", f"### {escape(label('Commitments'))}", ""]
        out += [f"- {escape(c)}" for c in section.commitments]
    if section.notes:
        out += ["", f"### {escape(label('Notes'))}", "", escape(section.notes)]
    if section.timeline:
        out += ["", f"### {escape(label('Timeline'))}", ""]
        out += [f"- {escape(t)}" for t in section.timeline]
    return "\n".join(out) + "\n\n"


def write_markdown(
    records: Iterable[CallRecord],
    path: Path,
    *,
    title: str = "",
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> int:
    """Stream ``records`` to ``path`` atomically; returns how many calls were written.
    Steps, cards and situations are named by ``titles`` (see ``core.titles``); times
    are written by ``formats`` (see ``core.local_formats``), and so are the headings;
    ``title`` is "Calmline calls" in that language unless given."""
    titles = titles or Titles()
    title = title or formats.label("Calmline calls")
    written = 0
    with atomic_text(path, newline="\n") as handle:
        handle.write(f"# {escape(title)}\n\n")
        for record in records:
            handle.write(call_markdown(record, titles=titles, formats=formats))
            written += 1
    return written
