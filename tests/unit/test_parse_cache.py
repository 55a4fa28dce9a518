"""Content parsed at one start is taken from the data dir's cache at the next,
until the file changes; the cache can never change what loads or hide a problem."""

from __future__ import annotations

import json
import logging
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.content import load_library
from desktop_app.core.content.parse_cache import ParseCache
from desktop_app.resources import resource_path
from tests.content_helpers import MINIMAL, write


def load(builtin: Path, personal: Path, cache: Path) -> tuple[dict[str, object], list[str]]:
    result = load_library(builtin, None, personal, parsed_cache=cache)
    problems = [f"{p.file.name}:{p.line}: {p.message}" for p in result.problems]
    return dict(result.playbooks), problems


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    builtin, personal = tmp_path / "builtin", tmp_path / "mine"
    write(builtin, "tiny.yaml", MINIMAL)
    personal.mkdir()
    return builtin, personal, tmp_path / "data" / "cache" / "parsed-content.json"


def test_a_second_load_from_the_cache_gives_the_same_playbooks(
    folders: tuple[Path, Path, Path],
) -> None:
    builtin, personal, cache = folders
    parsed = load_library(builtin, None, personal)  # no cache at all
    first = load(builtin, personal, cache)
    assert cache.is_file()
    second = load(builtin, personal, cache)
    assert first == second == (dict(parsed.playbooks), [])
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700


def test_a_start_with_every_file_cached_does_not_load_pyyaml(tmp_path: Path) -> None:
    cache = tmp_path / "parsed-content.json"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.core.content import load_library\n"
        "from desktop_app.resources import resource_path\n"
        f"result = load_library(resource_path('playbooks'), parsed_cache=Path({str(cache)!r}))\n"
        "print(sorted(result.playbooks), not result.problems, 'yaml' in sys.modules)\n"
    )

    def start() -> str:
        return subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        ).stdout.strip()

    first, second = start(), start()
    names = sorted(load_library(resource_path("playbooks")).playbooks)
    assert first == f"{names} True True"  # parsed, and the cache written
    assert second == f"{names} True False"  # every file from the cache


def test_an_edited_file_is_parsed_again(folders: tuple[Path, Path, Path]) -> None:
    builtin, personal, cache = folders
    load(builtin, personal, cache)
    write(builtin, "tiny.yaml", MINIMAL.replace("name: Tiny", "name: Tiny, renamed"))
    playbooks, problems = load(builtin, personal, cache)
    assert problems == []
    assert playbooks["tiny"].name == "Tiny, renamed"  # type: ignore[attr-defined]


def test_a_file_with_problems_is_reported_at_every_load(folders: tuple[Path, Path, Path]) -> None:
    builtin, personal, cache = folders
    write(personal, "broken.yaml", "format: 1\nid: [oops\n")
    first = load(builtin, personal, cache)[1]
    second = load(builtin, personal, cache)[1]
    assert first == second
    assert first and first[0].startswith("broken.yaml:")
    kept = json.loads(cache.read_text(encoding="utf-8"))["files"]
    assert not any(name.endswith("broken.yaml") for name in kept)


def test_a_damaged_cache_is_ignored_and_written_again(
    folders: tuple[Path, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    builtin, personal, cache = folders
    expected = load(builtin, personal, cache)
    cache.write_bytes(b"\x00{not json")
    with caplog.at_level(logging.WARNING):
        assert load(builtin, personal, cache) == expected
    assert "parsed-content cache" in caplog.text and str(cache) in caplog.text
    assert json.loads(cache.read_text(encoding="utf-8"))["kind"] == "calmline-parsed-content"


def test_a_damaged_entry_is_parsed_again(
    folders: tuple[Path, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    builtin, personal, cache = folders
    expected = load(builtin, personal, cache)
    body = json.loads(cache.read_text(encoding="utf-8"))
    (name,) = body["files"]
    body["files"][name][1] = [{"id": ["x", "not a line"]}, 1, 0, []]
    cache.write_text(json.dumps(body), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load(builtin, personal, cache) == expected
    assert f"the entry for {name} is damaged" in caplog.text


def test_a_cache_from_another_version_is_not_used(folders: tuple[Path, Path, Path]) -> None:
    builtin, personal, cache = folders
    load(builtin, personal, cache)
    body = json.loads(cache.read_text(encoding="utf-8"))
    body["stamp"] = "0.0.0/0"
    (name,) = body["files"]
    # were it used, this playbook would be called "Stale"
    body["files"][name][1][0]["name"][0] = "Stale"
    cache.write_text(json.dumps(body), encoding="utf-8")
    playbooks, _ = load(builtin, personal, cache)
    assert playbooks["tiny"].name == "Tiny"  # type: ignore[attr-defined]


def test_a_cache_that_cannot_be_written_loses_nothing(
    folders: tuple[Path, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    builtin, personal, cache = folders
    cache.parent.parent.mkdir(parents=True)
    cache.parent.write_text("a file where the cache folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        playbooks, problems = load(builtin, personal, cache)
    assert sorted(playbooks) == ["tiny"] and problems == []
    assert "parsed-content cache not written" in caplog.text


def test_the_cache_keeps_only_the_files_of_the_last_load(
    folders: tuple[Path, Path, Path],
) -> None:
    builtin, personal, cache = folders
    extra = write(personal, "extra.yaml", MINIMAL.replace("id: tiny", "id: extra"))
    load(builtin, personal, cache)
    assert str(extra) in json.loads(cache.read_text(encoding="utf-8"))["files"]
    extra.unlink()
    load(builtin, personal, cache)
    assert str(extra) not in json.loads(cache.read_text(encoding="utf-8"))["files"]


def test_same_bytes_under_another_name_are_parsed_for_that_name(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "parsed.json")
    first = cache.parse(b"a: 1\nb: [x, y]\n", tmp_path / "one.yaml")
    second = cache.parse(b"a: 1\nb: [x, y]\n", tmp_path / "two.yaml")
    cache.save()
    again = ParseCache(tmp_path / "parsed.json")
    assert again.parse(b"a: 1\nb: [x, y]\n", tmp_path / "two.yaml") == first == second
    assert again.parse(b"a: 2\n", tmp_path / "one.yaml") != first
