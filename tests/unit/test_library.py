"""Layers: built-in, team, personal; overrides by id; broken files skipped; the team copy."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app.core.content import LoadResult, load_library
from tests.content_helpers import MINIMAL, write


@pytest.fixture
def builtin(tmp_path: Path) -> Path:
    folder = tmp_path / "builtin"
    write(folder, "tiny.yaml", MINIMAL)
    return folder


def messages(result: LoadResult) -> list[str]:
    return [f"{p.file.name}:{p.line}: {p.message}" for p in result.problems]


def test_a_later_layer_changes_adds_and_disables_by_id(builtin: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(
        team,
        "tiny-team.yaml",
        """\
        format: 1
        extends: tiny
        name: Tiny (team)
        steps:
          - id: one
            goal: Changed goal.
            cards:
              - id: one-a
                text: Good morning, thanks for calling.
              - id: one-b
                title: New card
                text: I'm here to help.
          - id: middle
            title: Middle
            goal: Added in between.
            after: one
          - id: two
            cards:
              - id: two-a
                disabled: true
        situations:
          - id: rude
            disabled: true
        """,
    )
    result = load_library(builtin, team)
    assert result.problems == []
    book = result.playbooks["tiny"]
    assert book.name == "Tiny (team)"
    assert [s.id for s in book.steps] == ["one", "middle", "two"]
    one = book.steps[0]
    assert one.goal == "Changed goal."
    assert one.title == "One"
    assert [(c.id, c.title, c.text) for c in one.cards] == [
        ("one-a", "Card A", "Good morning, thanks for calling."),
        ("one-b", "New card", "I'm here to help."),
    ]
    assert book.steps[2].cards == ()
    assert book.situations == ()
    assert result.sources["tiny"] == [builtin / "tiny.yaml", team / "tiny-team.yaml"]


def test_personal_comes_after_team(builtin: Path, tmp_path: Path) -> None:
    team, personal = tmp_path / "team", tmp_path / "mine"
    change = "format: 1\nextends: tiny\nsteps:\n  - id: one\n    goal: {goal}\n"
    write(team, "a.yaml", change.format(goal="Team goal."))
    write(personal, "a.yaml", change.format(goal="My goal."))
    result = load_library(builtin, team, personal)
    assert result.playbooks["tiny"].steps[0].goal == "My goal."


def test_a_step_can_be_disabled_and_a_whole_new_playbook_added(
    builtin: Path, tmp_path: Path
) -> None:
    personal = tmp_path / "mine"
    write(personal, "a.yaml", "format: 1\nextends: tiny\nsteps:\n  - id: one\n    disabled: true\n")
    write(personal, "b.yaml", MINIMAL.replace("id: tiny", "id: other"))
    result = load_library(builtin, None, personal)
    assert result.problems == []
    assert [s.id for s in result.playbooks["tiny"].steps] == ["two"]
    assert list(result.playbooks) == ["tiny", "other"]


def test_overrides_naming_what_does_not_exist_are_errors(builtin: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(
        team,
        "typos.yaml",
        """\
        format: 1
        extends: tiny
        steps:
          - id: onr
            goal: Typo in the id.
          - id: two
            cards:
              - id: two-b
                disabled: true
        situations:
          - id: ruude
            disabled: true
        """,
    )
    result = load_library(builtin, team)
    assert messages(result) == [
        "typos.yaml:4: step 'onr' is not in playbook 'tiny' (did you mean 'one'?); "
        "a new step needs title",
        "typos.yaml:8: cannot disable card 'two-b': it is not here in playbook 'tiny' "
        "(did you mean 'two-a'?)",
        "typos.yaml:11: cannot disable situation 'ruude': playbook 'tiny' has no such "
        "situation (did you mean 'rude'?)",
    ]
    assert list(map(str, result.notices)) == [
        f"{team / 'typos.yaml'} was skipped (3 problems); the rest of the content loaded "
        "without it."
    ]
    assert result.playbooks["tiny"].steps[0].goal == "First goal."


def test_extending_a_playbook_that_is_not_loaded(builtin: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(team, "x.yaml", "format: 1\nextends: tinny\nname: X\n")
    assert messages(load_library(builtin, team)) == [
        "x.yaml:1: extends 'tinny', but no such playbook is loaded (did you mean 'tiny'?) "
        "(loaded: tiny)"
    ]


def test_disabling_the_reescalation_step_is_caught(builtin: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(team, "x.yaml", "format: 1\nextends: tiny\nsteps:\n  - id: two\n    disabled: true\n")
    assert messages(load_library(builtin, team)) == [
        "x.yaml:1: reescalate_to names the step 'two', which is not in playbook 'tiny'"
    ]


def test_a_card_id_used_elsewhere_is_refused(builtin: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(
        team,
        "x.yaml",
        """\
        format: 1
        extends: tiny
        steps:
          - id: two
            cards:
              - id: one-a
                title: Clash
                text: This id is taken.
        """,
    )
    assert messages(load_library(builtin, team)) == [
        "x.yaml:6: duplicate card id 'one-a': used in 'one' and 'two'"
    ]


def test_a_broken_file_is_skipped_and_the_others_still_load(builtin: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(team, "a-broken.yaml", "format: 1\nid: [oops\n")
    write(team, "b-good.yaml", MINIMAL.replace("id: tiny", "id: good"))
    (team / "notes.txt").write_text("not content", encoding="utf-8")
    result = load_library(builtin, team)
    assert list(result.playbooks) == ["tiny", "good"]
    assert len(result.problems) == 1
    assert str(result.problems[0]).startswith(f"{team / 'a-broken.yaml'}:")
    assert "a-broken.yaml was skipped (1 problem)" in str(result.notices[0])


def test_two_playbooks_with_one_id_in_one_layer(builtin: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(team, "a.yaml", MINIMAL.replace("id: tiny", "id: same"))
    write(team, "b.yaml", MINIMAL.replace("id: tiny", "id: same"))
    assert messages(load_library(builtin, team)) == [
        f"b.yaml:1: duplicate playbook id 'same': {team / 'a.yaml'} has it too"
    ]


def test_a_team_layer_may_replace_a_built_in_playbook_whole(builtin: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    write(team, "tiny.yaml", MINIMAL.replace("name: Tiny", "name: Team's own"))
    result = load_library(builtin, team)
    assert result.problems == []
    assert result.playbooks["tiny"].name == "Team's own"


# -- the team folder and its kept copy ---------------------------------------------


def test_a_clean_team_folder_is_kept_privately(builtin: Path, tmp_path: Path) -> None:
    team, cache = tmp_path / "team", tmp_path / "data" / "cache" / "team"
    write(team, "t.yaml", MINIMAL.replace("id: tiny", "id: team-book"))
    result = load_library(builtin, team, None, cache)
    assert result.notices == []
    kept = cache / "t.yaml"
    assert kept.read_bytes() == (team / "t.yaml").read_bytes()
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600


def test_an_unreachable_team_folder_falls_back_to_the_kept_copy(
    builtin: Path, tmp_path: Path
) -> None:
    team, cache = tmp_path / "share" / "team", tmp_path / "cache"
    write(team, "t.yaml", MINIMAL.replace("id: tiny", "id: team-book"))
    load_library(builtin, team, None, cache)
    (team / "t.yaml").unlink()
    team.rmdir()

    result = load_library(builtin, team, None, cache)
    assert "team-book" in result.playbooks
    assert result.problems == []
    (notice,) = map(str, result.notices)
    assert notice.startswith(f"The team playbook folder {team} cannot be reached (")
    assert "using the copy that loaded on " in notice


def test_an_unreachable_team_folder_without_a_copy_says_so(builtin: Path, tmp_path: Path) -> None:
    result = load_library(builtin, tmp_path / "nowhere", None, tmp_path / "cache")
    assert list(result.playbooks) == ["tiny"]
    assert list(map(str, result.notices)) == [
        f"The team playbook folder {tmp_path / 'nowhere'} cannot be reached (not found or "
        "not a folder) and there is no earlier copy of it; team content is left out until "
        "it is back."
    ]


def test_a_team_folder_with_a_broken_file_does_not_replace_the_kept_copy(
    builtin: Path, tmp_path: Path
) -> None:
    team, cache = tmp_path / "team", tmp_path / "cache"
    good = MINIMAL.replace("id: tiny", "id: team-book")
    write(team, "t.yaml", good)
    load_library(builtin, team, None, cache)
    write(team, "t.yaml", good.replace("format: 1", "format: [1]"))
    write(team, "u.yaml", MINIMAL.replace("id: tiny", "id: more"))

    result = load_library(builtin, team, None, cache)
    assert "team-book" not in result.playbooks
    assert "more" in result.playbooks
    assert sorted(p.name for p in cache.iterdir()) == ["t.yaml"]
    assert (cache / "t.yaml").read_text(encoding="utf-8") == good


def test_files_removed_from_the_team_folder_leave_the_copy_too(
    builtin: Path, tmp_path: Path
) -> None:
    team, cache = tmp_path / "team", tmp_path / "cache"
    write(team, "a.yaml", MINIMAL.replace("id: tiny", "id: a"))
    write(team, "b.yaml", MINIMAL.replace("id: tiny", "id: b"))
    load_library(builtin, team, None, cache)
    (team / "b.yaml").unlink()
    load_library(builtin, team, None, cache)
    assert sorted(p.name for p in cache.iterdir()) == ["a.yaml"]


# -- choosing the playbook -----------------------------------------------------------


def test_choose_falls_back_with_a_notice(builtin: Path) -> None:
    result = load_library(builtin)
    assert result.choose("tiny") == (result.playbooks["tiny"], None)
    chosen, notice = result.choose("tinyy", fallback="calm-six")
    assert chosen is result.playbooks["tiny"]
    assert (
        str(notice)
        == "The playbook 'tinyy' is not available (did you mean 'tiny'?); using 'tiny' instead."
    )
    nothing, why = LoadResult().choose("tiny")
    assert nothing is None and str(why) == "No playbook could be loaded."


def test_the_change_example_in_the_writing_guide_loads(tmp_path: Path) -> None:
    from desktop_app.resources import resource_path

    guide = resource_path("playbooks", "WRITING.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in guide.split("```yaml\n")[1:]]
    (example,) = [b for b in blocks if "name: Calm call (Team North)" in b]
    write(tmp_path / "team", "north.yaml", example)
    result = load_library(resource_path("playbooks"), tmp_path / "team")
    assert result.problems == []
    book = result.playbooks["calm-six"]
    assert book.name == "Calm call (Team North)"
    assert [s.id for s in book.steps] == [
        "listen",
        "acknowledge",
        "ask",
        "check-stock",
        "resolve",
        "log",
    ]
    assert book.find_card("ask-photo") is not None
    assert book.find_card("ask-account") is None


def test_the_safety_procedure_example_in_the_writing_guide_loads(tmp_path: Path) -> None:
    from desktop_app.resources import resource_path

    guide = resource_path("playbooks", "WRITING.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in guide.split("```yaml\n")[1:]]
    (example,) = [b for b in blocks if "id: safety" in b]
    write(tmp_path / "team", "safety.yaml", example)
    result = load_library(resource_path("playbooks"), tmp_path / "team")
    assert result.problems == []
    (safety,) = [s for s in result.playbooks["calm-six"].situations if s.id == "safety"]
    assert any("duty manager" in line for line in safety.do)
    assert [c.id for c in safety.cards][-1] == "safety-crisis-line"
    note = result.playbooks["calm-six"].find_card("safety-note")
    assert note is not None and note.text.startswith("SAFETY:")


def test_an_oversized_team_file_is_a_problem_not_an_unreachable_folder(
    builtin: Path, tmp_path: Path
) -> None:
    team, cache = tmp_path / "team", tmp_path / "cache"
    write(team, "a.yaml", MINIMAL.replace("id: tiny", "id: a"))
    (team / "huge.yaml").write_bytes(b"#" * (1024 * 1024 + 1))
    result = load_library(builtin, team, None, cache)
    assert "a" in result.playbooks
    assert messages(result) == ["huge.yaml:1: the file is over 1 MB; a playbook is far smaller"]
    assert not [n for n in map(str, result.notices) if "cannot be reached" in n]
