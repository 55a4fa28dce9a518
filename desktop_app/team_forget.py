"""``calmline log forget`` with a team log: a lead erases the customer for everyone.

The server erases the calls and writes an audit row (who, when, how many
calls); every agent's window erases its own copy at its next sync. A login
without the lead role is refused and nothing is erased anywhere. When the
server cannot be reached, the erasure is made on this PC and sent (with this
PC's login, which must be a lead's) when Calmline next reaches the server.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.cli_translation import tr, tr_count, tr_error
from desktop_app.core.settings import load_settings
from desktop_app.paths import DataDir
from desktop_app.store.base import LogError, LogWriteError


@dataclass(frozen=True, slots=True)
class TeamErasure:
    #: the server erased the customer
    erased: bool = False
    #: the server refused (not a lead): nothing may be erased
    refused: bool = False
    message: str = ""


def forget_in_team(data: DataDir, *, phone: str, account: str, name: str) -> TeamErasure:
    settings, _ = load_settings(data.settings)
    from desktop_app.store.team.config import team_log_config

    config = team_log_config(settings.team_log, str(data.settings))
    if config is None:
        return TeamErasure()
    from desktop_app.store.team.server_log import ServerCallLog, TeamLogUnreachableError

    try:
        with ServerCallLog.open(config) as team:
            erased = team.forget_customer(phone=phone, account=account, name=name)
    except TeamLogUnreachableError as exc:
        message = tr(
            "{problem}: erasing on this PC now; the team log is told when Calmline "
            "next reaches it (with a team lead's login)"
        )
        return TeamErasure(message=message.format(problem=tr_error(exc)))
    except LogWriteError as exc:
        return TeamErasure(refused=True, message=tr_error(exc))
    except LogError as exc:
        message = tr("{problem}; nothing was erased").format(problem=tr_error(exc))
        return TeamErasure(refused=True, message=message)
    done = tr_count(
        "erased %n calls from the team log at {server} (an audit row says who and when; "
        "every agent's copy follows at its next sync)",
        erased,
        "erased %n call from the team log at {server} (an audit row says who and when; "
        "every agent's copy follows at its next sync)",
    )
    return TeamErasure(erased=True, message=done.format(server=config.describe()))
