"""Text written in the plain-Python layers, listed here so translators get it.

Command help (shown in the cheat sheet, context "commands") and the desk's
messages (context "desk") are written in English outside the UI; the UI
translates them at run time. ``pyside6-lupdate`` only sees strings marked in
UI code, so they are marked here; a test keeps this list complete.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

COMMAND_TEXT = (
    QT_TRANSLATE_NOOP("commands", "Call"),
    QT_TRANSLATE_NOOP("commands", "Cards"),
    QT_TRANSLATE_NOOP("commands", "Mood"),
    QT_TRANSLATE_NOOP("commands", "Notes"),
    QT_TRANSLATE_NOOP("commands", "Playbook"),
    QT_TRANSLATE_NOOP(
        "commands", "Use another playbook (by id); the call in progress keeps its state"
    ),
    QT_TRANSLATE_NOOP("commands", "The playbooks that loaded; * marks the one in use"),
    QT_TRANSLATE_NOOP("commands", "Window"),
    QT_TRANSLATE_NOOP("commands", "Record a promise: what, --who, --due 'YYYY-MM-DD HH:MM'"),
    QT_TRANSLATE_NOOP("commands", "Show every key and what it does"),
    QT_TRANSLATE_NOOP("commands", "Back to the step's cards"),
    QT_TRANSLATE_NOOP("commands", "Close search, a situation or a question"),
    QT_TRANSLATE_NOOP("commands", "Put the cursor in the free notes"),
    QT_TRANSLATE_NOOP("commands", "Go to step N"),
    QT_TRANSLATE_NOOP("commands", "Customer is angrier"),
    QT_TRANSLATE_NOOP("commands", "Customer is calmer"),
    QT_TRANSLATE_NOOP("commands", "Start a new call"),
    QT_TRANSLATE_NOOP("commands", "Go to the next step"),
    QT_TRANSLATE_NOOP("commands", "Show a situation's cards (by number or id)"),
    QT_TRANSLATE_NOOP("commands", "Go to the previous step"),
    QT_TRANSLATE_NOOP("commands", "Close Calmline"),
    QT_TRANSLATE_NOOP("commands", "Bring the window to the front"),
    QT_TRANSLATE_NOOP("commands", "Customer flared up again: back to acknowledging"),
    QT_TRANSLATE_NOOP("commands", "Save the call to the log"),
    QT_TRANSLATE_NOOP("commands", "Search every card by title, text and tags"),
    QT_TRANSLATE_NOOP(
        "commands",
        "Fill in a note field (name, account, phone, category, reason, resolution, outcome, notes)",
    ),
    QT_TRANSLATE_NOOP("commands", "Set the customer's mood, 1 (furious) to 5 (calm)"),
    QT_TRANSLATE_NOOP("commands", "Larger text"),
    QT_TRANSLATE_NOOP("commands", "Text at its normal size"),
    QT_TRANSLATE_NOOP("commands", "Smaller text"),
    QT_TRANSLATE_NOOP("commands", "Compact mode: steps and cards only"),
    QT_TRANSLATE_NOOP("commands", "Keep the window above other windows, or not"),
    QT_TRANSLATE_NOOP("commands", "Copy card N of this step (or of the open situation)"),
    QT_TRANSLATE_NOOP("commands", "Copy the card with this id, wherever it is"),
    QT_TRANSLATE_NOOP("commands", "Log"),
    QT_TRANSLATE_NOOP("commands", "Find a past call: search, open, copy, export"),
    QT_TRANSLATE_NOOP("commands", "Promises to keep: overdue, today, later"),
    QT_TRANSLATE_NOOP("commands", "Recurring complaints: calls per category per week"),
    QT_TRANSLATE_NOOP("commands", "Export calls as CSV, JSON Lines, Markdown or PDF"),
    QT_TRANSLATE_NOOP("commands", "Copy this call as a note for a CRM ticket"),
    QT_TRANSLATE_NOOP(
        "commands", "The window's state as JSON: step, situation, mood, call, draft, waiting"
    ),
    QT_TRANSLATE_NOOP(
        "commands", "Carry on with the call left unfinished when Calmline last stopped"
    ),
    QT_TRANSLATE_NOOP("commands", "Keep last time's unfinished call in the log, and start afresh"),
    QT_TRANSLATE_NOOP("commands", "What the repeat-caller banner says about this call's customer"),
)

DESK_MESSAGES = (
    QT_TRANSLATE_NOOP("desk", "Call saved to the log"),
    QT_TRANSLATE_NOOP("desk", "Not on disk yet: {problem}"),
    QT_TRANSLATE_NOOP(
        "desk", "“{title}” used {times} times this call: say it in your own words this time"
    ),
    QT_TRANSLATE_NOOP("desk", "Copied: {title}"),
    QT_TRANSLATE_NOOP("desk", "no unfinished call is offered"),
    QT_TRANSLATE_NOOP("desk", "carrying on with the call from {started}"),
    QT_TRANSLATE_NOOP("desk", "Last time's unfinished call is kept in the log"),
)
