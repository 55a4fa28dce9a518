"""Calls as JSON Lines: one call's full record per line, the log's own shape.

Free text has card numbers masked, like every export.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.call import CallRecord
from desktop_app.core.export.cards import mask_card_numbers
from desktop_app.core.export.target import atomic_text
from desktop_app.core.titles import Titles


def to_jsonl(records: Iterable[CallRecord]) -> str:
    return "".join(json_line(r) for r in records)


def json_line(record: CallRecord) -> str:
    data = record.to_dict()
    for key in ("reason", "resolution", "cause", "notes"):
        data[key] = mask_card_numbers(data[key])
    data["customer"]["name"] = mask_card_numbers(data["customer"]["name"])
    for commitment in data["commitments"]:
        commitment["what"] = mask_card_numbers(commitment["what"])
    return json.dumps(data, ensure_ascii=False) + "\n"


def write_jsonl(records: Iterable[CallRecord], path: Path, *, titles: Titles | None = None) -> int:
    """Stream ``records`` to ``path`` atomically; returns how many calls were written.

    ``titles`` is taken like every writer's, and not used: JSON Lines is for
    programs, which read the ids the log keeps.
    """
    written = 0
    with atomic_text(path, newline="\n") as handle:
        for record in records:
            handle.write(json_line(record))
            written += 1
    return written
