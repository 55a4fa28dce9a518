"""Command-line entry: ``calmline [--data-dir DIR] [--version | --self-test]``.

Subcommands (``ctl``, ``export``, ``check-content``, ``log``, ``team``) are added to the
parser here; each does its work in its own module.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop_app import APP_NAME, __version__, check_content, exit_codes, export_command
from desktop_app.cli_translation import speak_language, tr
from desktop_app.paths import ENV_DATA_DIR, DataDir

if TYPE_CHECKING:
    from desktop_app.core.caller import Caller


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calmline",
        description=tr("{app}: a calm companion window for calls with upset customers.").format(
            app=APP_NAME
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        # argparse's own help for it does not go through gettext
        help=tr("show the version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=tr(
            "keep every file Calmline writes under DIR (default: ${variable}, "
            "then the platform's app-data folder)"
        ).format(variable=ENV_DATA_DIR),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr(
            "drive one call offscreen in a temporary data dir and report; exit 0 when all works"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_ctl_parser(commands)
    check_content.add_parser(commands)
    export_command.add_parser(commands)
    from desktop_app.log_cli import add_log_command

    add_log_command(commands)
    from desktop_app.team_cli import add_team_command

    add_team_command(commands)
    return parser


#: ``calmline ctl`` exit codes: the command ran, it failed, no window to run it in,
#: the call is kept in memory but not written, the window does not answer.
CTL_OK, CTL_FAILED, CTL_NOT_RUNNING = exit_codes.OK, exit_codes.FAILED, exit_codes.NOT_RUNNING
CTL_NOT_WRITTEN, CTL_NO_ANSWER = exit_codes.NOT_WRITTEN, exit_codes.NO_ANSWER
CTL_MISSING_FIELDS = exit_codes.MISSING_FIELDS


def add_ctl_parser(commands: Any) -> None:
    ctl = commands.add_parser(
        "ctl",
        help=tr("run a command in the Calmline window that runs on this data dir"),
        description=tr(
            "Run a command in the running Calmline window, e.g. "
            "'calmline ctl next-step', 'calmline ctl use-card 3', "
            "'calmline ctl new-call --phone +15551234567 --name \"Dana Reyes\"'. "
            "Press F1 in the window for every command. Exit status: 0 done, "
            "{failed} the command failed, {not_running} no Calmline runs on the data dir, "
            "{not_written} the call is kept in memory but not written to disk, "
            "{no_answer} the window does not answer, "
            "{missing} save-call: fields the playbook requires are empty."
        ).format(
            failed=CTL_FAILED,
            not_running=CTL_NOT_RUNNING,
            not_written=CTL_NOT_WRITTEN,
            no_answer=CTL_NO_ANSWER,
            missing=CTL_MISSING_FIELDS,
        ),
    )
    ctl.add_argument(
        "ctl_command", metavar="command", help=tr("the command's name, e.g. next-step")
    )
    ctl.add_argument(
        "ctl_args",
        metavar="args",
        nargs=argparse.REMAINDER,
        help=tr("its arguments and --options"),
    )


def run_ctl(data_dir: str | None, words: list[str]) -> int:
    import sys

    from desktop_app.core.commands import STATUS_MISSING_FIELDS, STATUS_NOT_WRITTEN
    from desktop_app.ui.plumbing.remote import send_command

    data = DataDir.resolve(data_dir)
    reply = send_command(data, words)
    # A command that ran prints the window's own reply, already in its language.
    if reply is None:
        message = tr(
            "no Calmline is running on the data dir {folder}; "
            "start it first (same --data-dir or CALMLINE_DATA_DIR)"
        )
        print(f"calmline ctl: {message.format(folder=data.root)}", file=sys.stderr)
        return CTL_NOT_RUNNING
    if not reply.answered:
        message = tr(
            "the Calmline window on the data dir {folder} does not answer "
            "(stopped or hung); {command} was not run"
        )
        print(
            f"calmline ctl: {message.format(folder=data.root, command=words[0])}", file=sys.stderr
        )
        return CTL_NO_ANSWER
    if not reply.ok:
        print(f"calmline ctl: {words[0]}: {reply.message}", file=sys.stderr)
        named = {STATUS_NOT_WRITTEN: CTL_NOT_WRITTEN, STATUS_MISSING_FIELDS: CTL_MISSING_FIELDS}
        return named.get(reply.status, CTL_FAILED)
    if reply.message:
        print(reply.message)
    return CTL_OK


def window_start(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, data dir or None) when ``argv`` only starts the window, as nearly every
    start does: then the full parser with every subcommand need not be built."""
    words = list(argv)
    if not words:
        return True, None
    if len(words) == 2 and words[0] == "--data-dir" and not words[1].startswith("-"):
        return True, words[1]
    if len(words) == 1 and words[0].startswith("--data-dir=") and len(words[0]) > 11:
        return True, words[0].removeprefix("--data-dir=")
    return False, None


def data_dir_named(words: Sequence[str]) -> str | None:
    """The ``--data-dir`` in ``words`` (the last one, as argparse takes it), read
    before the parser is built: its settings choose the language of ``--help``."""
    found = None
    for index, word in enumerate(words):
        if word == "--":
            break
        if word == "--data-dir" and index + 1 < len(words):
            found = words[index + 1]
        elif word.startswith("--data-dir="):
            found = word.removeprefix("--data-dir=")
    return found or None


def main(argv: Sequence[str] | None = None) -> int:
    import sys

    words = sys.argv[1:] if argv is None else list(argv)
    plain, data_dir = window_start(words)
    if plain:
        return start_window(data_dir)
    from desktop_app.call_link_cli import link_start, run_link

    link = link_start(words)
    if link is not None:
        return run_link(*link, start_window)
    # The parser's help, argparse's errors and every message after speak the language.
    speak_language(DataDir.resolve(data_dir_named(words)).settings)
    args = build_parser().parse_args(words)
    if args.command == "ctl":
        return run_ctl(args.data_dir, [args.ctl_command, *args.ctl_args])
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
    if args.command == "team":
        from desktop_app.team_cli import run_team

        return run_team(args)

    return start_window(args.data_dir)


def start_window(data_dir: str | None, first_call: Caller | None = None) -> int:
    import gc

    # Until the window has painted, nothing made is garbage worth looking
    # for: the start makes tens of thousands of objects (modules, classes,
    # content, widgets) that live as long as the window, and Python's
    # collector would walk them again and again (about 70 times, 6-9 ms)
    # before the first frame. The window resumes collecting once it has
    # painted (``resume_collecting`` in ``ui/application.py``).
    gc.disable()
    try:
        from desktop_app.app import run_gui
        from desktop_app.paths import DataDir

        return run_gui(DataDir.resolve(data_dir), first_call)
    finally:
        gc.enable()
