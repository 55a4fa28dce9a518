"""Start-up: the composition root loads every layer and gathers content problems."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.app import assemble
from desktop_app.desk.parts import Parts
from desktop_app.paths import DataDir
from tests.content_helpers import write


@pytest.fixture
def started(data_root: Path) -> Iterator[list[Parts]]:
    made: list[Parts] = []
    yield made
    for parts in made:
        parts.call_log.close()


def start(data_root: Path, made: list[Parts], **settings: object) -> Parts:
    data_root.mkdir(parents=True, exist_ok=True)
    (data_root / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    parts = assemble(DataDir(data_root))
    made.append(parts)
    return parts


def test_the_default_is_calm_six_with_no_problems(data_root: Path, started: list[Parts]) -> None:
    parts = start(data_root, started)
    assert parts.playbook.id == "calm-six"
    assert parts.problems.messages == []
    assert parts.library is not None
    assert list(parts.library.playbooks) == ["calm-six", "heard", "last"]


@pytest.mark.parametrize("chosen", ["heard", "last"])
def test_the_playbook_in_the_settings_is_used(
    data_root: Path, started: list[Parts], chosen: str
) -> None:
    assert start(data_root, started, playbook_id=chosen).playbook.id == chosen


def test_an_unknown_playbook_falls_back_to_calm_six_and_says_so(
    data_root: Path, started: list[Parts]
) -> None:
    parts = start(data_root, started, playbook_id="hear")
    assert parts.playbook.id == "calm-six"
    assert parts.problems.messages == [
        "The playbook 'hear' is not available (did you mean 'heard'?); using 'calm-six' instead."
    ]


def test_team_and_personal_layers_are_read_and_broken_files_reported(
    data_root: Path, tmp_path: Path, started: list[Parts]
) -> None:
    team = tmp_path / "share"
    write(team, "team.yaml", "format: 1\nextends: calm-six\nname: Our calm call\n")
    broken = write(data_root / "playbooks", "mine.yaml", "format: 1\nextends: calm-six\nnmae: x\n")
    parts = start(data_root, started, team_playbooks_dir=str(team))
    assert parts.playbook.name == "Our calm call"
    assert parts.problems.messages == [
        f"{broken}:3: unknown key 'nmae' in a playbook file (did you mean 'name'?)",
        f"{broken} was skipped (1 problem); the rest of the content loaded without it.",
    ]
    assert (data_root / "cache" / "team" / "team.yaml").exists()
