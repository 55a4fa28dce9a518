"""Exports of call records to files."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.atomic import write_atomic
from desktop_app.core.call import CallRecord


def to_jsonl(records: Iterable[CallRecord]) -> str:
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records)


def write_jsonl(records: Iterable[CallRecord], path: Path) -> None:
    write_atomic(path, to_jsonl(records))
