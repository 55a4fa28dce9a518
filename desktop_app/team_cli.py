"""``calmline team init`` and ``calmline team check``: IT's commands for the team log.

``init`` creates or upgrades the team log's tables on the server (run once by
IT, as the role that is to own them; it refuses a schema from a newer
Calmline). ``check`` says, line by line, whether this PC can reach the
server, sign in, read and write, and whether its login may erase customers.
Both read the connection string as the window does (``CALMLINE_TEAM_LOG``,
then ``team_log`` in settings.json) unless one is given.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.cli_translation import tr, tr_count, tr_error
from desktop_app.core.settings import load_settings
from desktop_app.paths import DataDir
from desktop_app.store.base import LogError
from desktop_app.store.team.config import TeamLogConfig, check_conninfo, team_log_config


def add_team_command(commands: Any) -> None:
    team = commands.add_parser("team", help=tr("the team log on PostgreSQL: set up and check"))
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    for name, text in (
        ("init", tr("create or upgrade the team log's tables (IT, as the owning role)")),
        ("check", tr("can this PC reach, sign in to, read and write the team log?")),
    ):
        action = actions.add_parser(name, help=text, description=text)
        action.add_argument(
            "conninfo",
            nargs="?",
            metavar="CONNECTION",
            help=tr(
                "a libpq connection string or service=NAME (default: as the window uses: "
                "CALMLINE_TEAM_LOG, then team_log in settings.json)"
            ),
        )


def _config(args: argparse.Namespace) -> TeamLogConfig:
    if args.conninfo:
        return check_conninfo(args.conninfo, "the connection string given")
    data = DataDir.resolve(args.data_dir)
    settings, _ = load_settings(data.settings)
    config = team_log_config(settings.team_log, str(data.settings))
    if config is None:
        raise LogError(
            tr(
                "no team log is configured: set team_log in {path} or CALMLINE_TEAM_LOG, "
                "or give the connection string"
            ).format(path=data.settings)
        )
    return config


def run_team(args: argparse.Namespace) -> int:
    try:
        config = _config(args)
        if args.team_action == "init":
            return _init(config)
        return _check(config)
    except LogError as exc:
        print(f"calmline team {args.team_action}: {tr_error(exc)}", file=sys.stderr)
        return 1


def _init(config: TeamLogConfig) -> int:
    from desktop_app.store.team.server_log import connect
    from desktop_app.store.team.server_schema import SERVER_SCHEMA_VERSION, upgrade

    conn = connect(config)
    try:
        import psycopg

        try:
            before, after = upgrade(conn)
        except psycopg.Error as exc:
            message = tr(
                "the team log's tables could not be set up at {server}: {reason}; "
                "nothing was changed"
            )
            reason = str(exc).strip().splitlines()[0]
            raise LogError(message.format(server=config.describe(), reason=reason)) from None
    finally:
        conn.close()
    server = config.describe()
    if before == after:
        said = tr("the team log at {server} is up to date (schema {version})")
        print(said.format(server=server, version=after))
    elif before == 0:
        said = tr("created the team log at {server} (schema {version})")
        print(said.format(server=server, version=SERVER_SCHEMA_VERSION))
    else:
        said = tr("upgraded the team log at {server} from schema {before} to {after}")
        print(said.format(server=server, before=before, after=after))
    return 0


def _check(config: TeamLogConfig) -> int:
    from desktop_app.store.team.probe import probe

    report = probe(config)
    rows = [(tr("team log:"), config.describe())]
    for label, ok, detail in report.lines:
        # The probe's labels and details are the store's English, listed with its errors.
        verdict = tr("ok") if ok else tr("NO")
        if label == "read" and ok and report.calls is not None:
            detail = tr_count("%n calls", report.calls, "%n call")
        else:
            detail = tr_error(detail) if detail else ""
        rows.append((tr_error(f"{label}:"), verdict + (f" - {detail}" if detail else "")))
    # The verdicts line up after the longest label, in whatever language it is.
    width = max(len(label) for label, _said in rows) + 1
    for label, said in rows:
        print(f"{label:<{width}}{said}")
    return 0 if report.ok else 1
