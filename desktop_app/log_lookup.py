"""``calmline log search TEXT`` and ``calmline log customer``: the history for scripts.

With a team log configured they print what the team log knows (every
agent's calls); when it cannot be reached they answer from this PC's log and
say so on stderr, so stdout stays the answer alone. Without a team log they
read this PC's log. Reading works while Calmline runs.

Output: one call per line, tab-separated: start (local time), agent,
customer name, phone, account, category, outcome, call id.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from desktop_app.cli_translation import tr
from desktop_app.core.settings import load_settings
from desktop_app.paths import DataDir
from desktop_app.store.base import CallSummary, LogError
from desktop_app.store.sqlite_log import SqliteCallLog

T = TypeVar("T")


def add_lookup_commands(actions: Any) -> None:
    search = actions.add_parser(
        "search",
        help=tr("calls matching every word (the team log's when configured)"),
        description=tr(
            "Calls whose notes, names, phone, account, category or resolution match "
            "every word typed (word starts; accents and case ignored), newest first."
        ),
    )
    search.add_argument("text", nargs="+", help=tr("the words to find"))
    search.add_argument("--limit", type=int, default=50, help=tr("at most this many (default 50)"))
    customer = actions.add_parser(
        "customer", help=tr("what the log knows of one customer: earlier calls, open promises")
    )
    whom = customer.add_mutually_exclusive_group(required=True)
    whom.add_argument("--phone", help=tr("phone number (compared by its digits)"))
    whom.add_argument("--account", help=tr("account number (case ignored)"))
    whom.add_argument("--name", help=tr("customer name (case and extra spaces ignored)"))


def ask(data: DataDir, question: Callable[[Any], T]) -> T:
    """``question`` put to the team log, or to this PC's log (saying so on stderr)."""
    settings, _ = load_settings(data.settings)
    from desktop_app.store.team.config import team_log_config

    config = team_log_config(settings.team_log, str(data.settings))
    if config is not None:
        from desktop_app.store.team.server_log import ServerCallLog

        try:
            with ServerCallLog.open(config) as team:
                return question(team)
        except LogError as exc:
            message = tr(
                "{problem}; answering from this PC's log only (calls of other agents are not in it)"
            )
            print(f"calmline log: {message.format(problem=exc)}", file=sys.stderr)
    path = data.call_log
    if not path.exists():
        raise LogError(tr("no call log at {path} yet").format(path=path))
    local = SqliteCallLog(path)
    try:
        return question(local)
    finally:
        local.close()


def _line(summary: CallSummary) -> str:
    when = summary.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    fields = [
        when,
        summary.agent,
        summary.customer_name,
        summary.phone,
        summary.account,
        summary.category,
        summary.outcome,
        summary.id,
    ]
    return "\t".join(" ".join(field.split()) for field in fields)


def run_lookup(args: argparse.Namespace) -> int:
    data = DataDir.resolve(args.data_dir)
    if args.log_action == "search":
        text = " ".join(args.text)
        found = ask(data, lambda log: log.search(text, limit=args.limit))
        for summary in found:
            print(_line(summary))
        if not found:
            print(tr("no call matches {text}").format(text=repr(text)), file=sys.stderr)
        return 0
    phone, account, name = args.phone or "", args.account or "", args.name or ""
    history = ask(data, lambda log: log.customer_history(phone=phone, account=account, name=name))
    print(f"calls:\t{history.earlier_calls}")
    if history.last is not None:
        print(f"last:\t{_line(history.last)}")
    for item in history.open_commitments:
        due = (
            item.commitment.due.astimezone().strftime("%Y-%m-%d %H:%M")
            if item.commitment.due
            else "-"
        )
        print(
            f"open promise:\t{due}\t{item.commitment.who}\t{item.commitment.what}\t{item.call_id}"
        )
    return 0
