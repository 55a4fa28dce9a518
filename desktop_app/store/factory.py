"""One place that opens the call log: the local SQLite log, joined to the team log
when one is configured. The window and the command-line tools all open it here.

A data dir on a network file system is refused (``store.network_fs``). A team
log setting that cannot be used (a password in it, a broken string) is
reported as a notice and the log works locally; it never stops Calmline.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from desktop_app.store.network_fs import refuse_network_share
from desktop_app.store.opening import OpenedLog, open_call_log

log = logging.getLogger(__name__)


def open_log(
    path: Path,
    *,
    retention_days: int = 0,
    team_log: str = "",
    settings_file: Path | None = None,
    start_sync: bool = True,
) -> OpenedLog:
    """The call log at ``path``; with a team log configured (``team_log`` or
    ``CALMLINE_TEAM_LOG``), one that also sends to it and asks it the team's questions."""
    from desktop_app.store.team.config import TeamLogConfigError, team_log_config

    refuse_network_share(path.parent)
    notices: list[str] = []
    try:
        config = team_log_config(team_log, str(settings_file or "settings.json"))
    except TeamLogConfigError as exc:
        notices.append(f"{exc}. The team log is off until this is fixed.")
        log.warning("%s", notices[-1])
        config = None
    if config is None:
        opened = open_call_log(path, retention_days=retention_days)
    else:
        from desktop_app.store.team.team_log import TeamCallLog

        opened = open_call_log(
            path, retention_days=retention_days, make=partial(TeamCallLog, config=config)
        )
        log.info("team log configured: %s", config.describe())
        if start_sync and isinstance(opened.log, TeamCallLog):
            opened.log.start_sync()
    opened.notices[:0] = notices
    return opened
