"""The window's own commands, declared without Qt.

They are registered in the one command registry before any window exists, so
a keymap that binds them can be checked at start-up. Until a window attaches
itself, running one of them says the window is not open.
"""

from __future__ import annotations

from typing import Protocol

from desktop_app.core.commands import Arg, CommandError, CommandRegistry, Invocation

WINDOW_GROUP = "Window"

#: name -> (help, arguments)
WINDOW_COMMANDS: dict[str, tuple[str, tuple[Arg, ...]]] = {
    "search-cards": ("Search every card by title, text and tags", ()),
    "cheat-sheet": ("Show every key and what it does", ()),
    "focus-notes": ("Put the cursor in the free notes", ()),
    "dismiss": ("Close search, a situation or a question", ()),
    "toggle-on-top": ("Keep the window above other windows, or not", ()),
    "toggle-compact": ("Compact mode: steps and cards only", ()),
    "text-bigger": ("Larger text", ()),
    "text-smaller": ("Smaller text", ()),
    "text-reset": ("Text at its normal size", ()),
    "raise-window": ("Bring the window to the front", ()),
    "quit": ("Close Calmline", ()),
}

LOG_GROUP = "Log"

#: The log tools the window carries out (ui.team_tools): name -> (help, arguments)
LOG_COMMANDS: dict[str, tuple[str, tuple[Arg, ...]]] = {
    "history": ("Find a past call: search, open, copy, export", ()),
    "follow-ups": ("Promises to keep: overdue, today, later", ()),
    "complaints-report": ("Recurring complaints: calls per category per week", ()),
    "export-calls": ("Export calls as CSV, JSON Lines, Markdown or PDF", ()),
    "copy-ticket-note": ("Copy this call as a note for a CRM ticket", ()),
    "caller": ("What the repeat-caller banner says about this call's customer", ()),
}


class WindowControls(Protocol):
    def run_window_command(self, name: str, invocation: Invocation) -> object:
        """Carry out one of the ``WINDOW_COMMANDS``."""
        ...


class WindowSlot:
    """Where the window plugs in once it exists."""

    def __init__(self) -> None:
        self.window: WindowControls | None = None

    def run(self, name: str, invocation: Invocation) -> object:
        if self.window is None:
            raise CommandError(f"{name}: the window is not open")
        return self.window.run_window_command(name, invocation)


def register_window_commands(registry: CommandRegistry) -> WindowSlot:
    slot = WindowSlot()
    for group, commands in ((WINDOW_GROUP, WINDOW_COMMANDS), (LOG_GROUP, LOG_COMMANDS)):
        for name, (help_text, args) in commands.items():
            registry.register(
                name,
                lambda inv, name=name: slot.run(name, inv),  # type: ignore[misc]
                help=help_text,
                args=args,
                group=group,
            )
    return slot
