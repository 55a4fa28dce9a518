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
