"""The frozen bundle in dist/calmline/, started as a real program.

Skipped when there is no build (a plain test run needs no PyInstaller). CI
builds the bundle first and runs this file with CALMLINE_REQUIRE_PACKAGING=1,
which turns a missing build into a failure, so it always runs there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.conftest import REPO_ROOT
from tests.packaging_modules import load
from tests.synthetic import sample_call
from tests.team_fixtures import TeamDb

smoke = load("smoke_test")
build = load("build")

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="file names of the Linux bundle"
)

BUNDLE = REPO_ROOT / "dist" / "calmline"
EXECUTABLE = BUNDLE / ("calmline.exe" if os.name == "nt" else "calmline")


@pytest.fixture
def bundle() -> Path:
    if not EXECUTABLE.is_file():
        if os.environ.get("CALMLINE_REQUIRE_PACKAGING") == "1":
            pytest.fail(f"no frozen build at {BUNDLE}; run python3 packaging/bootstrap.py package")
        pytest.skip(f"no frozen build at {BUNDLE} (python3 packaging/bootstrap.py package)")
    return BUNDLE


def test_the_frozen_self_test_passes_and_prints_only_its_summary(
    bundle: Path, tmp_path: Path
) -> None:
    summary = smoke.self_test(bundle, tmp_path)
    assert summary.startswith("self-test ok: ")
    assert "1 call saved and exported" in summary


@pytest.mark.parametrize(
    ("form", "starts_with"), [("pdf", b"%PDF-"), ("csv", b"call_id"), ("md", b"#")]
)
def test_the_frozen_program_exports_a_real_log(
    bundle: Path, tmp_path: Path, form: str, starts_with: bytes
) -> None:
    # PDF goes through QPdfWriter and the fonts the bundle finds; CSV and
    # Markdown through the plain-Python exporters: all must work frozen.
    data = tmp_path / "data"
    data.mkdir()
    log = SqliteCallLog(data / "calls.sqlite3")
    log.save(sample_call())
    log.close()
    out = tmp_path / f"calls.{form}"
    command = [str(EXECUTABLE), "--data-dir", str(data), "export", "--format", form]
    env = smoke.clean_env(tmp_path / "home")
    env.pop("QT_QPA_PLATFORM")
    result = subprocess.run(
        [*command, "--call", sample_call().id, "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exported 1 call to {out}"
    assert smoke.unexpected_lines(result.stderr) == []
    assert out.read_bytes().lstrip(b"\xef\xbb\xbf").startswith(starts_with)


def test_a_read_only_bundle_runs_as_a_plain_user_and_stays_unchanged(bundle: Path) -> None:
    done = smoke.check_read_only(bundle)
    assert done[-1] == "the bundle did not change"


def test_resources_are_read_from_inside_the_bundle(bundle: Path) -> None:
    resources = bundle / "_internal" / "resources"
    assert (resources / "playbooks").is_dir()
    source = sorted(
        p.relative_to(REPO_ROOT / "resources").as_posix()
        for p in (REPO_ROOT / "resources").rglob("*")
        if p.is_file()
    )
    bundled = sorted(
        p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()
    )
    assert bundled == source, (
        "dist/calmline holds other resources than resources/: an older build? "
        "Rebuild with python3 packaging/bootstrap.py package"
    )


@linux_only
def test_a_real_start_on_an_x_display_comes_up_and_runs(bundle: Path) -> None:
    if shutil.which("Xvfb") is None:
        if os.environ.get("CALMLINE_REQUIRE_PACKAGING") == "1":
            pytest.fail("Xvfb is missing: apt-get install xvfb")
        pytest.skip("Xvfb not installed (Debian: xvfb)")
    assert "came up and ran" in smoke.check_xcb(bundle)


@linux_only
def test_every_library_the_qt_plugins_need_is_bundled_or_on_every_desktop(bundle: Path) -> None:
    # A build machine without libxcb-icccm4 made a bundle whose xcb plugin
    # could not load on a desktop that lacks it too.
    assert build.missing_libraries(bundle / "_internal") == {}


def test_no_start_up_hook_imports_what_calmline_never_runs(bundle: Path) -> None:
    # multiprocessing came in through a call typing_extensions never makes
    # here; with it PyInstaller added hooks that imported multiprocessing and
    # pkgutil before every start.
    from PyInstaller.archive.readers import CArchiveReader

    executable = CArchiveReader(str(EXECUTABLE))
    hooks = {name for name in executable.toc if name.startswith("pyi_rth_")}
    assert "pyi_rth_pyside6" in hooks
    assert not hooks & {"pyi_rth_multiprocessing", "pyi_rth_pkgutil"}
    modules = executable.open_embedded_archive("PYZ.pyz").toc
    assert "desktop_app.ui.call_window.main_window" in modules
    assert not [module for module in modules if module.split(".")[0] == "multiprocessing"]
    # What the team log's driver needs is in (test_the_frozen_program_reaches_a_real_team_log).
    assert {"psycopg", "ssl", "asyncio", "ctypes"} <= {module.split(".")[0] for module in modules}


@linux_only
def test_qt_is_trimmed_to_what_a_widgets_window_loads(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= platforms
    assert "libqvnc.so" not in platforms and "libqeglfs.so" not in platforms
    assert not (qt / "plugins" / "tls").exists()
    assert not list(bundle.rglob("libQt6Qml*")) and not list(bundle.rglob("libQt6Quick*"))
    # OpenSSL stays: the team log's libpq speaks TLS (sslmode=verify-full).
    assert list(bundle.rglob("psycopg_binary.libs/libssl*"))


@linux_only
def test_the_python_library_is_stripped_of_debug_symbols(bundle: Path) -> None:
    (libpython,) = (bundle / "_internal").glob("libpython3*.so*")
    header = libpython.read_bytes()
    assert b".debug_info" not in header


@linux_only
def test_the_bundle_installs_itself_for_the_user_and_runs_from_there(
    bundle: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(tmp_path)
    script = bundle / "_internal" / "linux" / "install-desktop-entry.sh"
    installed = subprocess.run([str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert installed.returncode == 0, installed.stderr
    program = tmp_path / ".local" / "opt" / "calmline" / "calmline"
    version = subprocess.run(
        [str(program), "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"Calmline {__version__}"
    entry = tmp_path / ".local" / "share" / "applications" / "calmline.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    # %u: the desktop hands a clicked calmline: link to the installed program.
    assert f'Exec="{program}" %u' in lines
    assert f"TryExec={program}" in lines


def test_the_frozen_program_reaches_a_real_team_log(
    bundle: Path, team_db: TeamDb, tmp_path: Path
) -> None:
    # psycopg loads its binary part (psycopg_binary) by name at run time: only a
    # real connection from the bundle shows that the freeze took it along.
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"team_log": team_db.conninfo("agent_ana")}))
    done = subprocess.run(
        [str(EXECUTABLE), "--data-dir", str(data), "team", "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert any(
        line.startswith("write:") and " ok " in f" {line} " for line in done.stdout.splitlines()
    )
    assert "Traceback" not in done.stderr
