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

from desktop_app.core.settings import load_settings
from desktop_app.paths import DataDir
from desktop_app.store.base import LogError
from desktop_app.store.team.config import TeamLogConfig, check_conninfo, team_log_config


def add_team_command(commands: Any) -> None:
    team = commands.add_parser("team", help="the team log on PostgreSQL: set up and check")
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    for name, text in (
        ("init", "create or upgrade the team log's tables (IT, as the owning role)"),
        ("check", "can this PC reach, sign in to, read and write the team log?"),
    ):
        action = actions.add_parser(name, help=text, description=text)
        action.add_argument(
            "conninfo",
            nargs="?",
            metavar="CONNECTION",
            help="a libpq connection string or service=NAME (default: as the window uses: "
            "CALMLINE_TEAM_LOG, then team_log in settings.json)",
        )


def _config(args: argparse.Namespace) -> TeamLogConfig:
    if args.conninfo:
        return check_conninfo(args.conninfo, "the connection string given")
    data = DataDir.resolve(args.data_dir)
    settings, _ = load_settings(data.settings)
    config = team_log_config(settings.team_log, str(data.settings))
    if config is None:
        raise LogError(
            f"no team log is configured: set team_log in {data.settings} or CALMLINE_TEAM_LOG, "
            "or give the connection string"
        )
    return config


def run_team(args: argparse.Namespace) -> int:
    try:
        config = _config(args)
        if args.team_action == "init":
            return _init(config)
        return _check(config)
    except LogError as exc:
        print(f"calmline team {args.team_action}: {exc}", file=sys.stderr)
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
            raise LogError(
                f"the team log's tables could not be set up at {config.describe()}: "
                f"{str(exc).strip().splitlines()[0]}; nothing was changed"
            ) from None
    finally:
        conn.close()
    if before == after:
        print(f"the team log at {config.describe()} is up to date (schema {after})")
    elif before == 0:
        print(f"created the team log at {config.describe()} (schema {SERVER_SCHEMA_VERSION})")
    else:
        print(f"upgraded the team log at {config.describe()} from schema {before} to {after}")
    return 0


def _check(config: TeamLogConfig) -> int:
    from desktop_app.store.team.probe import probe

    report = probe(config)
    print(f"team log:          {config.describe()}")
    for label, ok, detail in report.lines:
        print(f"{label + ':':<18} {'ok' if ok else 'NO'}{' - ' + detail if detail else ''}")
    return 0 if report.ok else 1
