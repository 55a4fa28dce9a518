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
