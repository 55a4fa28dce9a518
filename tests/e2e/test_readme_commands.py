"""The README's commands run as written for someone who has just set up a clone.

The set-up (``packaging/bootstrap.py``) installs ``calmline`` in ``.venv/bin``;
the README says how to put it on the PATH. Its documented shell block runs
here in a real shell, from the top of the clone, with the PATH a newcomer has.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from desktop_app import __version__

ROOT = Path(__file__).resolve().parents[2]
CALMLINE = ROOT / ".venv" / "bin" / "calmline"

pytestmark = pytest.mark.skipif(
    os.name == "nt" or not CALMLINE.exists(),
    reason="needs the clone set up by packaging/bootstrap.py (.venv/bin/calmline)",
)


def readme_block_with(text: str) -> str:
    """The fenced ``sh`` block of README.md that holds ``text``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL):
        if text in block:
            return str(block)
    raise AssertionError(f"README.md has no sh block with {text!r}")


def newcomer_env(tmp_path: Path) -> dict[str, str]:
    """A shell as after the set-up: the system PATH, without the venv on it."""
    system_path = os.pathsep.join(
        p for p in os.environ.get("PATH", "").split(os.pathsep) if ".venv" not in p
    )
    return {
        "PATH": system_path or "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "CALMLINE_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def test_calmline_alone_is_not_there_before_the_readme_step(tmp_path: Path) -> None:
    done = subprocess.run(
        ["sh", "-c", "command -v calmline"],
        cwd=ROOT, env=newcomer_env(tmp_path), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode != 0, "calmline is on the PATH already; the README step is moot"


def test_the_readme_path_step_makes_calmline_run_as_written(tmp_path: Path) -> None:
    block = readme_block_with('export PATH="$PWD/.venv/bin:$PATH"')
    done = subprocess.run(
        ["sh", "-e", "-c", block],
        cwd=ROOT, env=newcomer_env(tmp_path), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Calmline {__version__}"


def test_the_spelled_out_path_runs_a_command_too(tmp_path: Path) -> None:
    done = subprocess.run(
        [".venv/bin/calmline", "check-content", "resources/playbooks/calm-six.yaml"],
        cwd=ROOT, env=newcomer_env(tmp_path), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
