"""An export killed halfway (SIGKILL of a real process) leaves the previous file or none."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

# The child streams calls into the export, says "halfway" once a good part is
# written, then waits on its stdin: the parent kills it right there.
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop_app.core.export import TEXT_WRITERS, ExportFormat
    from tests.synthetic import synthetic_calls

    def calls():
        for index, record in enumerate(synthetic_calls(10_000, seed=1)):
            if index == 3000:
                print("halfway", flush=True)
                sys.stdin.readline()
            yield record

    TEXT_WRITERS[ExportFormat(sys.argv[1])](calls(), Path(sys.argv[2]))
    print("finished", flush=True)
    """
)


def kill_halfway(fmt: str, target: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, fmt, str(target)],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == "halfway\n"
            temps = [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
            assert temps and temps[0].stat().st_size > 0, "the export was under way"
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "md"])
def test_killed_halfway_the_previous_export_is_still_whole(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"calls.{fmt}"
    target.write_text("the previous, complete export\n")
    kill_halfway(fmt, target)
    assert target.read_text() == "the previous, complete export\n"


def test_killed_halfway_a_first_export_leaves_no_file_under_its_name(tmp_path: Path) -> None:
    target = tmp_path / "calls.csv"
    kill_halfway("csv", target)
    assert not target.exists()
    # What is left is a hidden temporary file, never something named like the export.
    assert all(p.name.startswith(".calls.csv.") for p in tmp_path.iterdir())
