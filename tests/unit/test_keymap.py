from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.core.commands import Arg, CommandRegistry
from desktop_app.core.keymap import (
    DEFAULT_BINDINGS,
    KeyChord,
    KeyParseError,
    default_keymap,
    describe,
    load_keymap,
    parse_key,
)


@pytest.fixture
def registry() -> CommandRegistry:
    reg = CommandRegistry()
    for name in ("next-step", "previous-step", "new-call", "save-call", "search-cards"):
        reg.register(name, lambda _inv: None, help=name)
    reg.register("use-card", lambda _inv: None, help="use", args=[Arg("number", "int")])
    reg.register("go-to-step", lambda _inv: None, help="go", args=[Arg("number", "int")])
    return reg


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ctrl+1", "Ctrl+1"),
        ("ctrl+shift+f", "Ctrl+Shift+F"),
        ("Shift+Ctrl+F", "Ctrl+Shift+F"),
        ("alt+right", "Alt+Right"),
        ("F1", "F1"),
        ("Control+PgDn", "Ctrl+PageDown"),
        ("Ctrl++", "Ctrl+Plus"),
        ("Ctrl+=", "Ctrl+Equal"),
        ("Super+Esc", "Meta+Escape"),
        (" Alt + 3 ", "Alt+3"),
    ],
)
def test_key_strings_parse_to_one_canonical_spelling(text: str, expected: str) -> None:
    assert str(parse_key(text)) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty key"),
        ("Ctrl+", "nothing beside it"),
        ("Hyper+A", "unknown modifier 'Hyper'"),
        ("Ctrl+Banana", "unknown key name 'Banana'"),
        ("Ctrl+Ctrl+A", "given twice"),
        ("F25", "unknown key name"),
        ("Ctrl+é", "unknown key name"),
    ],
)
def test_bad_key_strings_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(KeyParseError, match=reason):
        parse_key(text)


def test_a_chord_cannot_be_built_around_the_parser() -> None:
    with pytest.raises(KeyParseError):
        KeyChord("Banana")


@pytest.mark.parametrize(
    "text",
    [
        "Ctrl+A", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z",
        "Left", "Right", "Up", "Down", "Shift+Left", "Ctrl+Right", "Ctrl+Shift+Left",
        "Home", "End", "Ctrl+Home", "Shift+End", "PageUp", "Backspace", "Ctrl+Backspace",
        "Delete", "Return", "Enter", "Tab", "Shift+Tab", "Space", "A", "Shift+A", "5",
        "Shift+Insert", "Ctrl+Insert", "Plus",
    ],
)  # fmt: skip
def test_text_editing_keys_are_recognised(text: str) -> None:
    assert parse_key(text).is_text_editing


@pytest.mark.parametrize(
    "text", ["Alt+Right", "Alt+Left", "Ctrl+1", "Alt+1", "Ctrl+N", "Ctrl+S", "Ctrl+F", "F1", "F5"]
)
def test_the_required_default_keys_are_not_text_editing(text: str) -> None:
    assert not parse_key(text).is_text_editing


def test_no_default_binding_takes_a_text_editing_key_except_escape() -> None:
    taken = [k for k, _line in DEFAULT_BINDINGS if parse_key(k).is_text_editing]
    assert taken == ["Escape"]


def test_defaults_bind_only_commands_that_exist(registry: CommandRegistry) -> None:
    keymap = default_keymap(registry)
    assert keymap.command_for(parse_key("Alt+Right")) == "next-step"
    assert keymap.command_for(parse_key("Ctrl+3")) == "use-card 3"
    assert keymap.command_for(parse_key("F1")) is None  # cheat-sheet is not in this registry


def test_user_file_overrides_adds_and_unbinds(tmp_path: Path, registry: CommandRegistry) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text(
        "# my keys\nCtrl+J: next-step\nAlt+Right: null\nCtrl+N: save-call\nCtrl+S:\n",
        encoding="utf-8",
    )
    keymap, problems = load_keymap(keys, registry)
    assert problems == []
    assert keymap.command_for(parse_key("Ctrl+J")) == "next-step"
    assert keymap.command_for(parse_key("Alt+Right")) is None
    assert keymap.command_for(parse_key("Ctrl+N")) == "save-call"
    assert keymap.command_for(parse_key("Ctrl+S")) is None
    assert keymap.keys_for("next-step") == [parse_key("Ctrl+J")]


def test_every_problem_is_reported_with_file_line_and_reason(
    tmp_path: Path, registry: CommandRegistry
) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text(
        "Ctrl+J: next-stp\n"
        "Ctrl+Banana: next-step\n"
        "Ctrl+C: next-step\n"
        "Ctrl+K: use-card three\n"
        "Ctrl+Q: new-call --colour red\n"
        "Ctrl+G: go-to-step 2\n",
        encoding="utf-8",
    )
    keymap, problems = load_keymap(keys, registry)
    messages = [str(p) for p in problems]
    assert messages[0] == (
        f"{keys}:1: Ctrl+J: unknown command 'next-stp' (did you mean 'next-step'?)"
    )
    assert messages[1].startswith(f"{keys}:2: Ctrl+Banana: unknown key name 'Banana'")
    assert "text-editing key" in messages[2] and messages[2].startswith(f"{keys}:3:")
    assert messages[3].startswith(f"{keys}:4:") and "must be a whole number" in messages[3]
    assert messages[4].startswith(f"{keys}:5:") and "unknown option --colour" in messages[4]
    assert len(problems) == 5
    # The good entry and the defaults still apply.
    assert keymap.command_for(parse_key("Ctrl+G")) == "go-to-step 2"
    assert keymap.command_for(parse_key("Ctrl+C")) is None
    assert keymap.command_for(parse_key("Alt+Right")) == "next-step"


def test_broken_yaml_is_reported_with_its_line(tmp_path: Path, registry: CommandRegistry) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text("Ctrl+J: next-step\nCtrl+K: [unclosed\n", encoding="utf-8")
    keymap, problems = load_keymap(keys, registry)
    assert len(problems) == 1
    assert problems[0].line >= 2 and "not valid YAML" in problems[0].message
    assert keymap.command_for(parse_key("Alt+Right")) == "next-step"


def test_a_list_instead_of_a_mapping_is_reported(tmp_path: Path, registry: CommandRegistry) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text("- Ctrl+J\n", encoding="utf-8")
    _keymap, problems = load_keymap(keys, registry)
    assert [p.line for p in problems] == [1]


def test_describe_lists_every_binding_with_its_help(registry: CommandRegistry) -> None:
    rows = describe(default_keymap(registry), registry)
    assert ("Call", "Alt+Right", "next-step", "next-step") in rows
    assert len(rows) == len(default_keymap(registry))


def test_the_agent_guide_documents_every_default_command() -> None:
    from tests.conftest import REPO_ROOT

    guide = (REPO_ROOT / "docs" / "agent-guide.md").read_text(encoding="utf-8")
    for _key, line in DEFAULT_BINDINGS:
        assert f"`{line.split()[0]}" in guide, line


def documented_keys(markdown: str, heading: str) -> dict[str, str]:
    """Key -> command name, from the key table under ``heading`` ("| key | command | ...").

    A cell may pair keys and commands with " / ", give a second key as "(or KEY)",
    and a run of keys as "Alt+1 … Alt+9".
    """
    section = ("\n" + markdown).split(f"\n{heading}\n", 1)[1].split("\n#", 1)[0]
    found: dict[str, str] = {}
    for row in section.splitlines():
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[1].startswith("`"):
            continue
        commands = [c.split()[0] for c in re.findall(r"`([^`]+)`", cells[1])]
        parts = cells[0].split(" / ")
        if len(commands) == 1:
            commands *= len(parts)
        for part, command in zip(parts, commands, strict=True):
            for key in _expand(part):
                found[str(parse_key(key))] = command
    return found


def _expand(part: str) -> list[str]:
    main, _, alias = part.partition(" (or ")
    keys = [main.strip()] + ([alias.rstrip(")").strip()] if alias else [])
    run = re.fullmatch(r"(.*?)(\d+) … (.*?)(\d+)", keys[0])
    if run and run[1] == run[3]:
        keys[:1] = [f"{run[1]}{n}" for n in range(int(run[2]), int(run[4]) + 1)]
    return keys


DEFAULT_KEYS = {str(parse_key(key)): line.split()[0] for key, line in DEFAULT_BINDINGS}


def test_the_agent_guide_key_table_is_the_default_keymap() -> None:
    from tests.conftest import REPO_ROOT

    guide = (REPO_ROOT / "docs" / "agent-guide.md").read_text(encoding="utf-8")
    assert documented_keys(guide, "## Keys") == DEFAULT_KEYS


def test_the_readme_main_keys_are_default_keys() -> None:
    from tests.conftest import REPO_ROOT

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    documented = documented_keys(readme, "## The main keys")
    assert len(documented) >= 10
    assert {key: DEFAULT_KEYS.get(key) for key in documented} == documented


def test_a_key_table_that_disagrees_with_the_keymap_is_caught() -> None:
    table = (
        "## Keys\n\n| key | command | what |\n| --- | --- | --- |\n"
        "| Alt+Right / Alt+Left | `previous-step` / `next-step` | swapped |\n"
        "| Alt+1 … Alt+3 | `go-to-step N` | a run |\n"
    )
    documented = documented_keys(table, "## Keys")
    assert sorted(documented) == ["Alt+1", "Alt+2", "Alt+3", "Alt+Left", "Alt+Right"]
    assert documented["Alt+2"] == "go-to-step"
    assert {key: DEFAULT_KEYS.get(key) for key in documented} != documented


@pytest.mark.parametrize("text", ["Ctrl+E", "Ctrl+U"])
def test_line_edit_keys_of_x11_are_text_editing(text: str) -> None:
    # A line edit on X11 takes these (end of line, delete the line): a window
    # shortcut on them would never fire while the cursor is in a field.
    assert parse_key(text).is_text_editing


@pytest.mark.parametrize("text", ["Ctrl+H", "F10", "Ctrl+Shift+R", "Ctrl+Shift+E", "Ctrl+Shift+C"])
def test_the_log_tool_keys_are_not_text_editing(text: str) -> None:
    assert not parse_key(text).is_text_editing
