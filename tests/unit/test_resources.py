from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.resources import resource_path, resources_root
from tests.conftest import REPO_ROOT


def test_a_source_checkout_finds_the_top_level_resources_folder() -> None:
    assert resources_root() == REPO_ROOT / "resources"
    assert resource_path("playbooks").is_dir()


def test_an_installed_wheel_finds_its_bundled_resources(tmp_path: Path) -> None:
    """Build the wheel, install it (not editable) outside the checkout, ask it."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(REPO_ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("calmline-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "import desktop_app.resources as r, sys;"
        "print(r.resources_root());"
        "print(sorted(p.name for p in r.resource_path('playbooks').iterdir()))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    )
    root, names = result.stdout.splitlines()
    assert Path(root) == target / "desktop_app" / "_resources"
    shipped = sorted(p.name for p in (REPO_ROOT / "resources" / "playbooks").iterdir())
    assert names == str(shipped)
