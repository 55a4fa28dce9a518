"""``calmline export``: calls from the log to a file, from the command line.

    calmline export --format csv|jsonl|md|pdf [--since DATE] [--until DATE]
                    [--call ID] --out PATH

Reads the log in the data dir (``--data-dir`` / ``CALMLINE_DATA_DIR``) without
writing to it and without the window's single-instance lock, so it runs while
the window is open. DATE is ``YYYY-MM-DD`` (local midnight) or an ISO date and
time; ``--until`` with a bare date includes that whole day. Exit 0 on success,
1 when the export failed (the message says why), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta

from desktop_app.paths import DataDir

#: ``--format`` choices, the values of ``core.export.ExportFormat``. Spelled
#: out so that building the command line (on every start of the window) does
#: not import the export package; a test keeps the two the same.
FORMAT_CHOICES = ("csv", "jsonl", "md", "pdf")


class UsageError(Exception):
    """Bad arguments: exit 2."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export",
        help="export calls from the log to CSV, JSON Lines, Markdown or PDF",
        description="Export one call or the calls of a date range to a file.",
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=FORMAT_CHOICES,
        help="csv (spreadsheet-safe), jsonl (full records), md (Markdown) or pdf",
    )
    parser.add_argument("--since", metavar="DATE", help="first day (YYYY-MM-DD) or ISO time")
    parser.add_argument("--until", metavar="DATE", help="last day, included, or ISO time")
    parser.add_argument("--call", metavar="ID", help="export only the call with this id")
    parser.add_argument(
        "--out", metavar="PATH", required=True, help="the file to write, in an existing folder"
    )
    # Accepted after the subcommand too; SUPPRESS keeps a value given before it.
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def parse_moment(text: str, option: str, *, end_of_day: bool = False) -> datetime:
    """``YYYY-MM-DD`` or an ISO date-time; a bare date means local midnight
    (the next midnight for ``--until``, so the day is included)."""
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime(day.year, day.month, day.day).astimezone()
            return moment + timedelta(days=1) if end_of_day else moment
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{option} {text!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.export import ExportError
    from desktop_app.store.base import LogError

    try:
        return _run(args)
    except UsageError as exc:
        print(f"calmline export: {exc}", file=sys.stderr)
        return 2
    except (ExportError, LogError) as exc:  # LogError: a damaged or busy log, named
        print(f"calmline export: {exc}; nothing was exported", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    from desktop_app.core.export import ExportError, ExportFormat, target_from_out

    fmt = ExportFormat(args.format)
    since = parse_moment(args.since, "--since") if args.since else None
    until = parse_moment(args.until, "--until", end_of_day=True) if args.until else None
    if args.call and (since or until):
        raise UsageError("give --call or a date range (--since/--until), not both")
    if since and until and since >= until:
        raise UsageError(f"--since {args.since} is not before --until {args.until}")
    target = target_from_out(args.out)
    data = DataDir.resolve(getattr(args, "data_dir", None))
    if not data.call_log.is_file():
        raise ExportError(f"there is no call log yet at {data.call_log}")
    # The PDF writer needs a Qt application; held here until the export is done.
    qt_app = _offscreen_gui() if fmt is ExportFormat.PDF else None

    from desktop_app.desk.playbooks import loaded_titles
    from desktop_app.store.sqlite_log import SqliteCallLog
    from desktop_app.ui.log_tools.exporting import export_call, export_range

    # Steps and cards named as the agent saw them, in the playbooks this data dir loads.
    titles = loaded_titles(data)
    log = SqliteCallLog(data.call_log)
    try:
        if args.call:
            count = export_call(log, args.call, fmt, target, titles)
        else:
            count = export_range(log, fmt, target, since=since, until=until, titles=titles)
    finally:
        log.close()
    del qt_app
    print(f"exported {count} call{'s' if count != 1 else ''} to {target}")
    return 0


def _offscreen_gui() -> object:
    """A windowless Qt application: the PDF writer needs one, the terminal has no screen."""
    from PySide6.QtGui import QGuiApplication

    # -platform wins over QT_QPA_PLATFORM: an export never needs a display.
    return QGuiApplication.instance() or QGuiApplication(["calmline", "-platform", "offscreen"])
