"""The log tools' commands, declared without Qt; ``TeamTools`` carries them out.

The log tools join the window after its first paint, and their module (with
the widgets it imports) loads only then. Their commands are declared here,
in a module that costs nothing at start, so that ``keys.yaml`` is checked
against them before any window exists; ``TeamTools`` overrides each method
and is attached to the registry when it is made (until then they say
"starting — try again in a moment").
"""

from __future__ import annotations

from desktop_app.core.commands import command

#: the menu group of the log tools (in the cheat sheet)
LOG = "Log"


class LogCommands:
    @command("history", help="Find a past call: search, open, copy, export", group=LOG)
    def open_history(self) -> str:
        raise NotImplementedError

    @command("follow-ups", help="Promises to keep: overdue, today, later", group=LOG)
    def open_follow_ups(self) -> str:
        raise NotImplementedError

    @command(
        "complaints-report", help="Recurring complaints: calls per category per week", group=LOG
    )
    def open_report(self) -> str:
        raise NotImplementedError

    @command("export-calls", help="Export calls as CSV, JSON Lines, Markdown or PDF", group=LOG)
    def open_export(self) -> str:
        raise NotImplementedError

    @command("copy-ticket-note", help="Copy this call as a note for a CRM ticket", group=LOG)
    def copy_ticket_note(self) -> str:
        raise NotImplementedError

    @command(
        "caller",
        help="What the repeat-caller banner says about this call's customer",
        group=LOG,
    )
    def caller(self) -> str:
        raise NotImplementedError

    @command(
        "repeat-caller",
        help="Unfold the repeat caller's last call and open promises, or fold them",
        group=LOG,
    )
    def caller_detail(self) -> str:
        raise NotImplementedError
