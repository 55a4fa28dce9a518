from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO_ROOT


def run_child(code: str, logs: Path) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO_ROOT)!r})
        from pathlib import Path
        from desktop_app import diagnostics
        diagnostics.install(Path({str(logs)!r}))
        """
    ) + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )


def test_an_unexpected_exception_is_logged_with_its_traceback(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    result = run_child(
        """
        def deep():
            raise RuntimeError("the printer is on fire")
        deep()
        """,
        logs,
    )
    assert result.returncode == 1
    assert "unexpected error: RuntimeError: the printer is on fire" in result.stderr
    text = (logs / "calmline.log").read_text()
    assert "Traceback" in text and "in deep" in text
    assert oct((logs / "calmline.log").stat().st_mode & 0o777) == "0o600"


def test_a_hard_crash_is_dumped_to_the_crash_log(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    result = run_child("import faulthandler; faulthandler._sigsegv()", logs)
    assert result.returncode != 0
    assert "Fatal Python error" in (logs / "crash.log").read_text()


def test_the_log_file_moves_aside_when_full_keeping_three_older_ones(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    result = run_child(
        """
        import logging
        line = "x" * 999
        for number in range(5_000):  # 5 MB: the log fills up five times
            logging.getLogger("calmline").warning("%d %s", number, line)
        """,
        logs,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(path.name for path in logs.iterdir())
    assert names == ["calmline.log", *(f"calmline.log.{n}" for n in (1, 2, 3)), "crash.log"]
    for name in names:
        assert oct((logs / name).stat().st_mode & 0o777) == "0o600"
    for number in (1, 2, 3):
        size = (logs / f"calmline.log.{number}").stat().st_size
        assert 1_000_000 <= size < 1_002_000  # full, and cut at the line that filled it
    # The newest lines are in calmline.log, the ones before in .1, and so on.
    last = (logs / "calmline.log").read_text().splitlines()[-1]
    assert " 4999 " in last
    first_of_latest = (logs / "calmline.log").read_text().splitlines()[0]
    last_of_previous = (logs / "calmline.log.1").read_text().splitlines()[-1]
    assert int(last_of_previous.split(": ")[1].split()[0]) + 1 == int(
        first_of_latest.split(": ")[1].split()[0]
    )
