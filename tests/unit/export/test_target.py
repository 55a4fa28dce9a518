"""Where an export may go: a plain name in the chosen folder, never through a link or '..'."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.export import ExportError, export_target, target_from_out
from desktop_app.core.export.target import atomic_text


def test_a_plain_name_in_an_existing_folder_is_accepted(tmp_path: Path) -> None:
    assert export_target(tmp_path, "calls.csv") == tmp_path / "calls.csv"


@pytest.mark.parametrize("name", ["", ".", "..", "sub/calls.csv", "../calls.csv", "/etc/passwd"])
def test_a_name_that_is_not_a_plain_file_name_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ExportError, match="not a plain file name"):
        export_target(tmp_path, name)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"folder .*nowhere does not exist"):
        export_target(tmp_path / "nowhere", "calls.csv")


def test_a_symbolic_link_is_never_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "calls.csv").symlink_to(outside)
    with pytest.raises(ExportError, match="symbolic link"):
        export_target(folder, "calls.csv")
    assert outside.read_text() == "keep me"


def test_something_that_is_not_a_file_is_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "calls.csv").mkdir()
    with pytest.raises(ExportError, match="not a regular file"):
        export_target(tmp_path, "calls.csv")


def test_out_is_taken_relative_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert target_from_out("calls.csv") == tmp_path / "calls.csv"


@pytest.mark.parametrize("out", ["../calls.csv", "a/../calls.csv", "x/../../etc/calls.csv"])
def test_out_with_dot_dot_is_refused(
    tmp_path: Path, out: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ExportError, match=r"contains '\.\.'"):
        target_from_out(out)


def test_out_may_sit_in_a_folder_reached_through_a_link_the_user_typed(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "linked").symlink_to(real, target_is_directory=True)
    target = target_from_out(str(tmp_path / "linked" / "calls.csv"))
    with atomic_text(target) as handle:
        handle.write("ok")
    assert (real / "calls.csv").read_text() == "ok"


def test_an_empty_out_is_refused() -> None:
    with pytest.raises(ExportError, match="needs a file name"):
        target_from_out("")
