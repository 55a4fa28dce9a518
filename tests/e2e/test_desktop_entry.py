"""The Linux menu entry, its icons, and the one-command install for the current user."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

LINUX = REPO_ROOT / "packaging" / "linux"
INSTALL = LINUX / "install-desktop-entry.sh"
ICONS = REPO_ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the desktop entry is for Linux desktops"
)


def desktop_file_validate() -> str:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        if os.environ.get("CALMLINE_REQUIRE_PACKAGING") == "1":
            pytest.fail("desktop-file-validate is missing: apt-get install desktop-file-utils")
        pytest.skip("desktop-file-validate not installed (Debian: desktop-file-utils)")
    return tool


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def fake_bundle(tmp_path: Path) -> Path:
    """A bundle folder shaped like dist/calmline/, with a stand-in program."""
    bundle = tmp_path / "calmline"
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    program = bundle / "calmline"
    program.write_text("#!/bin/sh\necho Calmline\n", encoding="utf-8")
    program.chmod(0o755)
    return bundle


def run_install(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(
        ["bash", str(INSTALL), *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_every_icon_size_is_drawn_at_its_size() -> None:
    assert (ICONS / "calmline.svg").is_file()
    for size in SIZES:
        assert png_size(ICONS / f"calmline-{size}.png") == (size, size)


def test_the_windows_and_macos_icons_are_there() -> None:
    assert (REPO_ROOT / "packaging" / "windows" / "calmline.ico").read_bytes()[:4] == (
        b"\x00\x00\x01\x00"
    )
    assert (REPO_ROOT / "packaging" / "macos" / "calmline.icns").read_bytes()[:4] == b"icns"


def test_the_menu_entry_is_valid() -> None:
    result = subprocess.run(
        [desktop_file_validate(), str(LINUX / "calmline.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_one_command_installs_calmline_for_the_user_and_one_removes_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = home / ".local" / "share" / "calmline"
    data.mkdir(parents=True)
    (data / "calls.sqlite3").write_bytes(b"the agent's calls")

    result = run_install(home, str(fake_bundle(tmp_path)))
    assert result.returncode == 0, result.stderr
    program = home / ".local" / "opt" / "calmline" / "calmline"
    assert (
        subprocess.run(
            [str(home / ".local" / "bin" / "calmline")], capture_output=True, text=True, check=True
        ).stdout
        == "Calmline\n"
    )
    entry = home / ".local" / "share" / "applications" / "calmline.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{program}" %u' in lines
    assert "MimeType=x-scheme-handler/calmline;" in lines
    assert f"TryExec={program}" in lines
    hicolor = home / ".local" / "share" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "calmline.svg").is_file()
    for size in SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / "calmline.png") == (size, size)
    validated = subprocess.run(
        [desktop_file_validate(), str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout

    again = run_install(home, str(fake_bundle(tmp_path / "newer")))
    assert again.returncode == 0, again.stderr

    removed = run_install(home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not (home / ".local" / "opt" / "calmline").exists()
    assert not entry.exists()
    assert not (home / ".local" / "bin" / "calmline").exists()
    assert not list(hicolor.rglob("calmline.*"))
    assert (data / "calls.sqlite3").read_bytes() == b"the agent's calls"


def test_a_folder_without_the_program_is_refused_with_a_hint(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = run_install(home, str(tmp_path))
    assert result.returncode == 1
    assert "has no calmline program" in result.stderr
    assert not (home / ".local" / "opt").exists()
