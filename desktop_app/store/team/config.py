"""Where the team log is: a libpq connection string, from the environment or settings.

``CALMLINE_TEAM_LOG`` wins over ``team_log`` in ``settings.json``, so IT can
set it for every agent of a PC. The string is handed to libpq as it is
(hosts, ``service=NAME``, ``sslmode``, ``target_session_attrs`` all work as
libpq documents them). A password in it is refused: it belongs in libpq's
password file (``~/.pgpass``, ``PGPASSFILE``) or the service file, never in a
settings file that is copied, backed up and shown on screens.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from desktop_app.store.base import LogError

ENV_TEAM_LOG = "CALMLINE_TEAM_LOG"

#: Sent to the server so IT sees Calmline's sessions in ``pg_stat_activity``.
APPLICATION_NAME = "calmline"
#: Seconds to wait for the server to answer a connection attempt.
CONNECT_TIMEOUT = 5

WHERE_SECRETS_GO = (
    "a password does not belong in the team log setting: put it in libpq's password "
    "file (~/.pgpass on Linux and macOS, %APPDATA%\\postgresql\\pgpass.conf on Windows, "
    "or the file PGPASSFILE names) or use a service file, and leave it out of the "
    "connection string"
)


class TeamLogConfigError(LogError):
    """The team log setting cannot be used; the message says why and where."""


@dataclass(frozen=True, slots=True)
class TeamLogConfig:
    """A checked connection string for the team log (never holding a password)."""

    conninfo: str
    #: where it came from, for messages: "settings.json (team_log)" or the variable's name
    source: str

    def connect_kwargs(self) -> dict[str, object]:
        """What ``psycopg.connect`` is given besides the string."""
        return {
            "connect_timeout": CONNECT_TIMEOUT,
            "application_name": APPLICATION_NAME,
            # A server that stops answering mid-query is noticed within seconds,
            # not after the operating system's two hours.
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 3,
            # Data sent and not acknowledged within 5 s (the network gone mid-query)
            # ends the connection, rather than a read waiting for minutes.
            "tcp_user_timeout": 5000,
        }

    def describe(self) -> str:
        """Where the server is, for screens and the diagnostics log: no user, no secret."""
        parts = _parse(self.conninfo, self.source)
        if "service" in parts:
            return f"service {parts['service']}"
        hosts = parts.get("host") or parts.get("hostaddr") or "the default host"
        database = parts.get("dbname", "")
        return f"{hosts}" + (f" database {database}" if database else "")


def _parse(conninfo: str, source: str) -> dict[str, str]:
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        parsed = conninfo_to_dict(conninfo)
    except ProgrammingError as exc:
        # libpq quotes a piece of the string: shown only when no secret can be in it.
        detail = "" if "pass" in conninfo.lower() else f": {exc}"
        raise TeamLogConfigError(
            f"{source}: not a valid PostgreSQL connection string{detail}"
        ) from None
    return {key: str(value) for key, value in parsed.items() if value is not None}


def holds_password(conninfo: str) -> bool:
    """The string carries a password (or, unreadable, might)."""
    try:
        return bool(_parse(conninfo, "").get("password"))
    except TeamLogConfigError:
        return "pass" in conninfo.lower()


def check_conninfo(conninfo: str, source: str) -> TeamLogConfig:
    """The setting as a config, or ``TeamLogConfigError`` naming ``source``."""
    parts = _parse(conninfo, source)
    if parts.get("password"):
        raise TeamLogConfigError(f"{source}: {WHERE_SECRETS_GO}")
    return TeamLogConfig(conninfo, source)


def team_log_config(setting: str, settings_file: str = "settings.json") -> TeamLogConfig | None:
    """The team log this PC uses, or None when none is configured."""
    from_env = os.environ.get(ENV_TEAM_LOG, "").strip()
    if from_env:
        return check_conninfo(from_env, ENV_TEAM_LOG)
    if setting.strip():
        return check_conninfo(setting.strip(), f"{settings_file} (team_log)")
    return None
