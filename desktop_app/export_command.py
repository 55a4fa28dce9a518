"""``calmline export``: calls from the log to a file, from the command line.

    calmline export --format csv|jsonl|md|pdf [--since DATE] [--until DATE]
                    [--call ID] --out PATH

Reads the log in the data dir (``--data-dir`` / ``CALMLINE_DATA_DIR``) without
writing to it and without the window's single-instance lock, so it runs while
the window is open. DATE is ``YYYY-MM-DD`` (local midnight) or an ISO date and
time; ``--until`` with a bare date includes that whole day. Exit 0 on success,
1 when the export failed (the message says why), 2 for bad arguments. Messages,
and the headings and dates of Markdown and PDF, are in the agent's language
(``cli_translation``); CSV and JSON Lines stay English and ISO.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta

from desktop_app.cli_translation import export_formats, speak_language, tr, tr_count, tr_error
from desktop_app.core.local_formats import ISO_FORMATS
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
        help=tr("export calls from the log to CSV, JSON Lines, Markdown or PDF"),
        description=tr("Export one call or the calls of a date range to a file."),
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=FORMAT_CHOICES,
        help=tr("csv (spreadsheet-safe), jsonl (full records), md (Markdown) or pdf"),
    )
    parser.add_argument("--since", metavar="DATE", help=tr("first day (YYYY-MM-DD) or ISO time"))
    parser.add_argument("--until", metavar="DATE", help=tr("last day, included, or ISO time"))
    parser.add_argument("--call", metavar="ID", help=tr("export only the call with this id"))
    parser.add_argument(
        "--out", metavar="PATH", required=True, help=tr("the file to write, in an existing folder")
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
        message = tr("{option} {text} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        raise UsageError(message.format(option=option, text=repr(text))) from None
    return moment if moment.tzinfo else moment.astimezone()


def run(args: argparse.Namespace) -> int:
    from desktop_app.core.export import ExportError
    from desktop_app.store.base import LogError

    data = DataDir.resolve(getattr(args, "data_dir", None))
    # Markdown and PDF write dates the locale's way; the PDF writer needs a GUI
    # application, made here (windowless) and held until the export is done.
    people_read = args.format in {"md", "pdf"}
    speak_language(data.settings, gui=args.format == "pdf", dates=people_read)
    try:
        return _run(args, data)
    except UsageError as exc:
        print(f"calmline export: {exc}", file=sys.stderr)
        return 2
    except (ExportError, LogError) as exc:  # LogError: a damaged or busy log, named
        message = tr("{problem}; nothing was exported").format(problem=tr_error(exc))
        print(f"calmline export: {message}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, data: DataDir) -> int:
    from desktop_app.core.export import ExportError, ExportFormat, target_from_out

    fmt = ExportFormat(args.format)
    since = parse_moment(args.since, "--since") if args.since else None
    until = parse_moment(args.until, "--until", end_of_day=True) if args.until else None
    if args.call and (since or until):
        raise UsageError(tr("give --call or a date range (--since/--until), not both"))
    if since and until and since >= until:
        message = tr("--since {since} is not before --until {until}")
        raise UsageError(message.format(since=args.since, until=args.until))
    target = target_from_out(args.out)
    if not data.call_log.is_file():
        raise ExportError(tr("there is no call log yet at {path}").format(path=data.call_log))
    people_read = fmt in {ExportFormat.MARKDOWN, ExportFormat.PDF}
    formats = export_formats() if people_read else ISO_FORMATS

    from desktop_app.desk.playbooks import loaded_titles
    from desktop_app.store.sqlite_log import SqliteCallLog
    from desktop_app.ui.log_tools.exporting import export_call, export_range

    # Steps and cards named as the agent saw them, in the playbooks this data dir loads.
    titles = loaded_titles(data)
    log = SqliteCallLog(data.call_log)
    try:
        if args.call:
            count = export_call(log, args.call, fmt, target, titles, formats)
        else:
            count = export_range(
                log, fmt, target, since=since, until=until, titles=titles, formats=formats
            )
    finally:
        log.close()
    done = tr_count("exported %n calls to {target}", count, "exported %n call to {target}")
    print(done.format(target=target))
    return 0
