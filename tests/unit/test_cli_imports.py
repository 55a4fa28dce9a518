"""The command line is built without importing what only its subcommands use."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.core.export import ExportFormat
from desktop_app.export_command import FORMAT_CHOICES


def test_export_format_choices_are_the_export_formats() -> None:
    assert tuple(f.value for f in ExportFormat) == FORMAT_CHOICES


def test_building_the_parser_leaves_the_export_package_unimported() -> None:
    script = (
        "import sys\n"
        "from desktop_app.cli import build_parser\n"
        "build_parser()\n"
        "print('desktop_app.core.export' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_a_plain_start_is_told_apart_without_the_full_parser() -> None:
    from desktop_app.cli import build_parser, window_start

    assert window_start([]) == (True, None)
    assert window_start(["--data-dir", "/tmp/d"]) == (True, "/tmp/d")
    assert window_start(["--data-dir=/tmp/d"]) == (True, "/tmp/d")
    # Anything else goes to the full parser, which knows every option and command.
    for other in (
        ["--data-dir"],
        ["--data-dir="],
        ["--data-dir", "--version"],
        ["--version"],
        ["--self-test"],
        ["log", "--data-dir", "/tmp/d"],
        ["--data-dir", "/tmp/d", "ctl", "next-step"],
        ["--help"],
    ):
        assert window_start(other)[0] is False, other
    # What the fast path takes, the full parser reads the same way.
    for plain in ([], ["--data-dir", "/tmp/d"], ["--data-dir=/tmp/d"]):
        args = build_parser().parse_args(plain)
        assert (args.command, args.self_test, args.data_dir) == (
            None,
            False,
            window_start(plain)[1],
        )
