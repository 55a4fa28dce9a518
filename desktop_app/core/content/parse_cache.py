"""Content files parsed at an earlier start, kept so that a start parses only what changed.

Parsing the YAML of the playbooks (and loading PyYAML to do it) is most of
what reading content costs at start-up, and the files rarely change. So the
values each file parsed to are kept in one JSON file in the data dir's cache
folder, together with the exact text they came from: a file is taken from
the cache only when its bytes are the same, byte for byte; any other file is
parsed as usual and the cache is written again once the load is done.

It is a cache and nothing more. A cache file that is missing, unreadable,
from another Calmline version or not in the expected shape is ignored; one
that cannot be written (a full or read-only disk) is left as it was, with a
line in the diagnostics log. Files with problems are never kept, so their
problems are found and shown again at every start. Every value still goes
through the document checks after it comes out of the cache.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core.atomic import WriteError, ensure_private_dir, write_atomic
from desktop_app.core.content.marked import Marked, Scalar
from desktop_app.core.content.reading import parse_text

log = logging.getLogger(__name__)

#: Raise when ``reading`` or ``yaml_tree`` change what a file parses to.
PARSE_FORMAT = 1
_KIND = "calmline-parsed-content"

#: a ``Marked`` as JSON: [value, line, key line, [[repeated key, line], ...]]
Encoded = list[Any]


class ParseCache:
    """``parse(data, path)`` as ``reading.parse_text``, from the cache when it can."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._stamp = f"{__version__}/{PARSE_FORMAT}"
        self._kept: dict[str, tuple[str, Encoded]] = self._read()
        self._used: dict[str, tuple[str, Encoded]] = {}
        self._changed = False

    def parse(self, data: bytes, path: Path) -> Marked | None:
        key = str(path)
        kept = self._kept.get(key)
        if kept is not None and kept[0].encode("utf-8") == data:
            try:
                root = _decode(kept[1])
            except (TypeError, ValueError, IndexError, KeyError, RecursionError):
                log.warning("parsed-content cache: the entry for %s is damaged; parsing it", path)
            else:
                self._used[key] = kept
                return root
        parsed = parse_text(data, path)  # raises ContentError: such a file is not kept
        if parsed is not None:
            self._used[key] = (data.decode("utf-8"), _encode(parsed))
            self._changed = True
        return parsed

    def save(self) -> None:
        """Write the cache if this load parsed anything or left a file out."""
        if not self._changed and self._used.keys() == self._kept.keys():
            return
        body = {"kind": _KIND, "stamp": self._stamp, "files": self._used}
        try:
            ensure_private_dir(self.file.parent)
            write_atomic(self.file, json.dumps(body, ensure_ascii=False, separators=(",", ":")))
        except (OSError, WriteError) as exc:
            log.warning("parsed-content cache not written: %s", exc)
            return
        self._kept, self._changed = dict(self._used), False

    def _read(self) -> dict[str, tuple[str, Encoded]]:
        try:
            body = json.loads(self.file.read_bytes())
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("parsed-content cache %s ignored: %s", self.file, exc)
            return {}
        if (
            not isinstance(body, dict)
            or body.get("kind") != _KIND
            or body.get("stamp") != self._stamp
            or not isinstance(body.get("files"), dict)
        ):
            return {}
        return {
            key: (entry[0], entry[1])
            for key, entry in body["files"].items()
            if isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
        }


def _encode(node: Marked) -> Encoded:
    value = node.value
    if isinstance(value, list):
        encoded: object = [_encode(item) for item in value]
    elif isinstance(value, dict):
        encoded = {key: _encode(item) for key, item in value.items()}
    else:
        encoded = value
    return [encoded, node.line, node.key_line, [list(pair) for pair in node.repeated_keys]]


def _decode(data: Encoded) -> Marked:
    value, line, key_line, repeated = data
    if not isinstance(line, int) or not isinstance(key_line, int):
        raise TypeError("line numbers must be whole numbers")
    decoded: Scalar | list[Marked] | dict[str, Marked]
    if isinstance(value, list):
        decoded = [_decode(item) for item in value]
    elif isinstance(value, dict):
        decoded = {str(key): _decode(item) for key, item in value.items()}
    elif value is None or isinstance(value, str | int | float | bool):
        decoded = value
    else:
        raise TypeError(f"unexpected value {type(value).__name__}")
    return Marked(decoded, line, key_line, [(str(key), int(at)) for key, at in repeated])
