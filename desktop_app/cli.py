"""Command-line entry: ``calmline [--data-dir DIR] [--version | --self-test]``.

Subcommands (``ctl``, ``export``, ``check-content``, ``log``) are added to the
parser here; each does its work in its own module.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from desktop_app import APP_NAME, __version__, check_content, export_command
from desktop_app.paths import ENV_DATA_DIR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calmline",
        description=f"{APP_NAME}: a calm companion window for calls with upset customers.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep every file Calmline writes under DIR (default: ${ENV_DATA_DIR}, "
        "then the platform's app-data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="drive one call offscreen in a temporary data dir and report; exit 0 when all works",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check_content.add_parser(commands)
    export_command.add_parser(commands)
    from desktop_app.log_cli import add_log_command

    add_log_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == check_content.COMMAND:
        return check_content.run(args)
    if args.command == "export":
        return export_command.run(args)
    if args.self_test:
        from desktop_app.selftest import run_self_test

        return run_self_test()
    if args.command == "log":
        from desktop_app.log_cli import run_log

        return run_log(args)

    from desktop_app.app import run_gui
    from desktop_app.paths import DataDir

    return run_gui(DataDir.resolve(args.data_dir))
