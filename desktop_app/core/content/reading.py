"""Reads a content file safely into plain values that remember their line.

Only what a playbook needs is accepted: mappings with text keys, lists, and
plain scalars. Anything that could run code or blow up memory is refused
with a clear message instead: files over 1 MB, text that is not UTF-8,
``!!python`` and other explicit tags, and anchors/aliases beyond a small
budget (an "alias bomb" is a few lines that expand to billions of nodes).
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.content.marked import Marked
from desktop_app.core.content.problems import ContentError, ContentProblem, said

MAX_FILE_BYTES = 1024 * 1024

#: What YAML itself refuses to read (its own check gives no line number).
#: Compiled when a file is first parsed, not at import: the compiling takes
#: about 4 ms, and a start whose files are all in the parse cache needs none.
_NOT_ALLOWED = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


def read_limited(path: Path) -> bytes:
    """At most one byte more than the size limit; raises OSError when unreadable."""
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or ``ContentError`` when it cannot be read."""
    try:
        return read_limited(path)
    except OSError as exc:
        problem = ContentProblem(
            path, 1, said("cannot read the file: {reason}", reason=exc.strerror or str(exc))
        )
        raise ContentError([problem]) from None


def parse_text(data: bytes, path: Path) -> Marked | None:
    """Parse ``data`` (the bytes of ``path``); ``None`` for an empty document."""
    if len(data) > MAX_FILE_BYTES:
        raise ContentError(
            [ContentProblem(path, 1, said("the file is over 1 MB; a playbook is far smaller"))]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(
            [ContentProblem(path, line, said("the file is not UTF-8 text; save it as UTF-8"))]
        ) from None
    text = text.removeprefix("\ufeff")
    bad = re.search(_NOT_ALLOWED, text)  # re keeps the compiled pattern
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        code = f"U+{ord(bad.group()):04X}"
        raise ContentError(
            [
                ContentProblem(
                    path,
                    line,
                    said("the file holds a control character ({code}); remove it", code=code),
                )
            ]
        )
    # PyYAML is loaded only here: a start whose files were parsed before
    # (see ``parse_cache``) never needs it.
    from desktop_app.core.content.yaml_tree import parse_yaml

    return parse_yaml(text, path)
