"""What ``calmline team check`` finds: reach, sign in, schema, read, write, erase.

Writing is tried for real (a call inserted in a transaction that is then
rolled back), so a missing grant shows here and not on the first saved call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import psycopg

from desktop_app.core.call import CallRecord
from desktop_app.store.base import LogError
from desktop_app.store.team.config import TeamLogConfig
from desktop_app.store.team.server_log import ServerCallLog, connect
from desktop_app.store.team.server_schema import LEAD_ROLE, require_current


@dataclass
class ProbeReport:
    """One line per thing checked: (what, ok, detail)."""

    lines: list[tuple[str, bool, str]] = field(default_factory=list)
    #: the calls the team log holds, once read (for a count said in any language)
    calls: int | None = None

    @property
    def ok(self) -> bool:
        # Not being a lead is not a fault: most logins are agents.
        return all(ok for label, ok, _ in self.lines if label != "erase customers")

    def add(self, label: str, ok: bool, detail: str = "") -> bool:
        self.lines.append((label, ok, detail))
        return ok


def probe(config: TeamLogConfig) -> ProbeReport:
    report = ProbeReport()
    try:
        conn = connect(config)
    except LogError as exc:
        report.add("reach and sign in", False, str(exc))
        return report
    try:
        user = conn.execute("SELECT current_user").fetchone()
        report.add("reach and sign in", True, f"as {user[0] if user else '?'}")
        try:
            require_current(conn)
        except LogError as exc:
            report.add("schema", False, str(exc))
            return report
        report.add("schema", True)
        server = ServerCallLog(conn, where=f"the team log at {config.describe()}")
        try:
            calls = server.count()
        except LogError as exc:
            report.add("read", False, str(exc))
            return report
        report.calls = calls
        report.add("read", True, f"{calls} call" if calls == 1 else f"{calls} calls")
        report.add("write", *_try_write(conn))
        lead = server.is_lead()
        report.add(
            "erase customers",
            lead,
            "this login has the lead role" if lead else f"only logins with {LEAD_ROLE} may",
        )
    finally:
        conn.close()
    return report


class _TakenBackError(Exception):
    """Ends the trial write's transaction without keeping anything."""


def _try_write(conn: psycopg.Connection[tuple[object, ...]]) -> tuple[bool, str]:
    server = ServerCallLog(conn)
    try:
        with conn.transaction():
            server.save_many([CallRecord(started_at=datetime.now(UTC), notes="team check")])
            raise _TakenBackError
    except _TakenBackError:
        return True, "a trial call was written and taken back"
    except LogError as exc:
        return False, str(exc)
