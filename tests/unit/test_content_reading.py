"""Unsafe or unreadable files are refused with a clear message, never run or crashed on."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.content.library import read_document_file
from desktop_app.core.content.marked import MAX_ALIASES
from tests.content_helpers import MINIMAL


def problems(tmp_path: Path, data: bytes) -> list[str]:
    path = tmp_path / "pb.yaml"
    path.write_bytes(data)
    doc, found = read_document_file(path)
    assert found, "expected the file to be refused"
    assert doc is None or found
    return [f"{p.line}: {p.message}" for p in found]


def test_python_tags_are_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    data = f"format: 1\nid: !!python/object/apply:os.system ['touch {marker}']\n".encode()
    assert problems(tmp_path, data) == [
        "2: the tag !!python/object/apply:os.system is not allowed; "
        "content files hold plain text, lists and mappings",
    ]
    assert not marker.exists()


@pytest.mark.parametrize("tagged", ["!custom x", "!!binary aGVsbG8=", "!!set {a}"])
def test_other_explicit_tags_are_refused(tmp_path: Path, tagged: str) -> None:
    (message,) = problems(tmp_path, f"format: 1\nname: {tagged}\n".encode())
    assert message.startswith("2: the tag ") and "is not allowed" in message


def test_files_over_one_megabyte_are_refused_unread(tmp_path: Path) -> None:
    data = MINIMAL.encode() + b"#" * (1024 * 1024)
    assert problems(tmp_path, data) == ["1: the file is over 1 MB; a playbook is far smaller"]


def test_text_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    data = MINIMAL.replace("Card B", "Caf\xe9").encode("latin-1")
    assert problems(tmp_path, data) == ["20: the file is not UTF-8 text; save it as UTF-8"]


def test_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ['a0: ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{n}: [{','.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    bomb = "\n".join(line.replace(": [", f": &a{n} [", 1) for n, line in enumerate(lines))
    (message,) = problems(tmp_path, bomb.encode())
    assert "aliases" in message or "too many values" in message


def test_more_aliases_than_the_budget_are_refused(tmp_path: Path) -> None:
    data = "tags: &t [calm]\nlist: [" + ", ".join(["*t"] * (MAX_ALIASES + 1)) + "]\n"
    (message,) = problems(tmp_path, data.encode())
    assert message == f"2: more than {MAX_ALIASES} aliases (*name); write the values out instead"


def test_a_few_aliases_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "pb.yaml"
    text = MINIMAL.replace("title: Card A", "title: &card Card A").replace(
        "title: Card B", "title: *card"
    )
    path.write_text(text, encoding="utf-8")
    doc, found = read_document_file(path)
    assert found == [] and doc is not None


def test_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    (message,) = problems(tmp_path, b"steps: &s [*s]\n")
    assert "nest" in message


def test_deep_nesting_is_refused_not_crashed_on(tmp_path: Path) -> None:
    (message,) = problems(tmp_path, b"[" * 20_000)
    assert "nest" in message


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    data = MINIMAL.replace("    title: Two\n", "    title: Two\n   bad: [\n").encode()
    (message,) = problems(tmp_path, data)
    assert message.startswith("17: not valid YAML: ")


def test_a_file_that_is_not_a_mapping_or_is_empty(tmp_path: Path) -> None:
    assert problems(tmp_path, b"- just\n- a list\n") == [
        "1: a playbook file must be a mapping of keys to values"
    ]
    assert problems(tmp_path, b"# nothing but a comment\n") == ["1: the file is empty"]


def test_an_unreadable_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    doc, found = read_document_file(tmp_path / "missing.yaml")
    assert doc is None
    assert [p.message for p in found] == ["cannot read the file: No such file or directory"]


def test_a_control_character_names_its_line(tmp_path: Path) -> None:
    data = MINIMAL.replace("Card B", "Card\x00B").encode()
    assert problems(tmp_path, data) == [
        "20: the file holds a control character (U+0000); remove it"
    ]
