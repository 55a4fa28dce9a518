"""Small builders for content tests: write a playbook file and load it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from desktop_app.core.content import LoadResult, load_library
from desktop_app.core.content.layering import build_playbook
from desktop_app.core.content.library import read_document_file
from desktop_app.core.playbook import Playbook

#: A small but complete playbook, as a team lead would write it.
MINIMAL = """\
format: 1
id: tiny
name: Tiny
language: en
reescalate_to: two
steps:
  - id: one
    title: One
    goal: First goal.
    cards:
      - id: one-a
        title: Card A
        text: Hello {customer_name}, thanks for calling.
        fallbacks: {customer_name: there}
  - id: two
    title: Two
    goal: Second goal.
    cards:
      - id: two-a
        title: Card B
        text: Let me look into that.
situations:
  - id: rude
    title: Rude caller
    cards:
      - id: rude-a
        title: Warn once
        text: Let's keep this respectful, please.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    """Every problem in one whole-playbook file, as ``LINE: message``."""
    doc, problems = read_document_file(path)
    if doc is not None and not problems:
        _playbook, problems = build_playbook(doc)
    assert all(p.file == path for p in problems)
    return [f"{p.line}: {p.message}" for p in problems]


def load_one(path: Path) -> Playbook:
    doc, problems = read_document_file(path)
    assert doc is not None and not problems, problems
    playbook, problems = build_playbook(doc)
    assert playbook is not None and not problems, problems
    return playbook


def load_layers(
    builtin: Path,
    *,
    team: Path | None = None,
    personal: Path | None = None,
    cache: Path | None = None,
) -> LoadResult:
    return load_library(builtin, team, personal, cache)
