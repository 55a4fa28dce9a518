"""Calls as Markdown: one section per call, user text escaped so it stays text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path

from desktop_app.core.call import CallRecord
from desktop_app.core.export.call_view import call_section
from desktop_app.core.export.target import atomic_text

_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
_LINE_START = re.compile(r"^(\s*)([#>+=-])")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])")


def escape(text: str) -> str:
    """``text`` as literal Markdown: no emphasis, links, HTML or headings from user input."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _INLINE.sub(r"\\\1", line)
        line = _LINE_START.sub(r"\1\\\2", line)
        lines.append(_NUMBERED.sub(r"\1\\\2", line))
    # A trailing backslash is a hard line break in CommonMark: keeps the
    # customer's line breaks without starting new paragraphs.
    return "\\\n".join(lines)


def call_markdown(record: CallRecord, tz: tzinfo | None = None) -> str:
    section = call_section(record, tz)
    out = [f"## {escape(section.title)}", ""]
    out += [f"- **{label}:** {escape(value)}" for label, value in section.fields]
    if section.commitments:
        out += ["", "### Commitments", ""]
        out += [f"- {escape(c)}" for c in section.commitments]
    if section.notes:
        out += ["", "### Notes", "", escape(section.notes)]
    if section.timeline:
        out += ["", "### Timeline", ""]
        out += [f"- {escape(t)}" for t in section.timeline]
    return "\n".join(out) + "\n\n"


def write_markdown(
    records: Iterable[CallRecord], path: Path, *, title: str = "Calmline calls"
) -> int:
    """Stream ``records`` to ``path`` atomically; returns how many calls were written."""
    written = 0
    with atomic_text(path, newline="\n") as handle:
        handle.write(f"# {escape(title)}\n\n")
        for record in records:
            handle.write(call_markdown(record))
            written += 1
    return written
