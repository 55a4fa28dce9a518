"""Text written in the plain-Python layers, listed here so translators get it.

Command help (shown in the cheat sheet, context "commands"), the desk's
messages (context "desk", from ``desktop_app/desk``), the words of the exports
people read (context "exports", from ``desktop_app/core/export``) and the
command line's messages (context "cli") are written in English outside the UI;
the UI and ``cli_translation`` translate them at run time. ``pyside6-lupdate``
only sees strings marked in UI code, so they are marked here; tests keep these
lists complete.
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
    QT_TRANSLATE_NOOP("commands", "Show every notice, or fold them into one line"),
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
        "Fill in a note field (name, account, phone, category, reason, resolution, outcome, cause, notes)",  # noqa: E501
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
    QT_TRANSLATE_NOOP(
        "commands", "Choose the window's language (en, es, ...; empty for the system's)"
    ),
)

DESK_MESSAGES = (
    QT_TRANSLATE_NOOP("desk", "Call saved to the log"),
    QT_TRANSLATE_NOOP("desk", "Not on disk yet: {problem}"),
    QT_TRANSLATE_NOOP("desk", "Copied: {title}"),
    QT_TRANSLATE_NOOP("desk", "no unfinished call is offered"),
    QT_TRANSLATE_NOOP("desk", "carrying on with the call from {started}"),
    QT_TRANSLATE_NOOP("desk", "Last time's unfinished call is kept in the log"),
    QT_TRANSLATE_NOOP("desk", "Call waiting: {caller}. take-call opens it"),
    QT_TRANSLATE_NOOP("desk", "Missed call: {caller}"),
    QT_TRANSLATE_NOOP("desk", "Call ended: wrap up and save it to the log"),
    QT_TRANSLATE_NOOP("desk", "Back to {step} · mood: {mood}"),
    # the mood words (``core.call.MOOD_WORDS``), for the desk's messages and the mood meter
    QT_TRANSLATE_NOOP("desk", "furious"),
    QT_TRANSLATE_NOOP("desk", "angry"),
    QT_TRANSLATE_NOOP("desk", "upset"),
    QT_TRANSLATE_NOOP("desk", "settling"),
    QT_TRANSLATE_NOOP("desk", "calm"),
)

#: The words of the exports people read (Markdown, PDF, the ticket note and the
#: call viewer), from ``desktop_app/core/export``; ``ui.locale_formats`` hands them
#: in translated. CSV column names and JSON Lines keys are a file format and stay
#: English.
EXPORT_WORDS = (
    QT_TRANSLATE_NOOP("exports", "Calmline calls"),
    QT_TRANSLATE_NOOP("exports", "Unknown"),
    QT_TRANSLATE_NOOP("exports", "Customer"),
    QT_TRANSLATE_NOOP("exports", "Account"),
    QT_TRANSLATE_NOOP("exports", "Phone"),
    QT_TRANSLATE_NOOP("exports", "Category"),
    QT_TRANSLATE_NOOP("exports", "Outcome"),
    QT_TRANSLATE_NOOP("exports", "Reason"),
    QT_TRANSLATE_NOOP("exports", "Resolution"),
    QT_TRANSLATE_NOOP("exports", "Cause"),
    QT_TRANSLATE_NOOP("exports", "Mood"),
    QT_TRANSLATE_NOOP("exports", "Duration"),
    QT_TRANSLATE_NOOP("exports", "Agent"),
    QT_TRANSLATE_NOOP("exports", "Call id"),
    QT_TRANSLATE_NOOP("exports", "Commitments"),
    QT_TRANSLATE_NOOP("exports", "Notes"),
    QT_TRANSLATE_NOOP("exports", "Timeline"),
    QT_TRANSLATE_NOOP("exports", "[open]"),
    QT_TRANSLATE_NOOP("exports", "[done]"),
    QT_TRANSLATE_NOOP("exports", "due {when}"),
    QT_TRANSLATE_NOOP("exports", "(1 furious … 5 calm)"),
    # The step-by-step timeline (``core.titles.CallTitles``); the CSV keeps English.
    QT_TRANSLATE_NOOP("exports", "Step: {step}"),
    QT_TRANSLATE_NOOP("exports", "Left step: {step}"),
    QT_TRANSLATE_NOOP("exports", "Card used on {step}: {card}"),
    QT_TRANSLATE_NOOP("exports", "Situation on {step}: {situation}"),
    QT_TRANSLATE_NOOP("exports", "Mood: {mood} of {most}"),
    QT_TRANSLATE_NOOP("exports", "Flared up again on {step} (mood {mood} of {most})"),
    QT_TRANSLATE_NOOP("exports", "Flared up again on {step}"),
    QT_TRANSLATE_NOOP("exports", "Phone rang ({caller})"),
    QT_TRANSLATE_NOOP("exports", "Phone rang"),
    QT_TRANSLATE_NOOP("exports", "Answered"),
    QT_TRANSLATE_NOOP("exports", "Phone call ended"),
    QT_TRANSLATE_NOOP("exports", "Screen pop ({caller})"),
    QT_TRANSLATE_NOOP("exports", "Screen pop"),
    # The built-in ticket note (``core.export.ticket_note.DEFAULT_TICKET_TEMPLATE``,
    # a test keeps the two the same): its words translated, every {field} kept.
    QT_TRANSLATE_NOOP(
        "exports",
        """{date} · {category} · {outcome}
Customer: {customer_name} · {account} · {phone}
Reason: {reason}
Resolution: {resolution}
Commitments:
{commitments}
Steps: {timeline_short}
Mood: {mood}
Notes: {notes}
Agent: {agent_name} · {duration}""",
    ),
)


def translate(context: str, source: str, disambiguation: str = "", count: int = -1) -> str:
    """``source`` as it is. lupdate reads a call of this as Qt's ``translate`` with a
    count, and so lists the text with its plural forms (``QT_TRANSLATE_NOOP`` cannot)."""
    return source


#: Messages of the plain-Python layers with a count (``%n``), translated with
#: their plural forms: the desk's ``tr_count`` (context "desk") and the command
#: line's (``cli_translation.tr_count``, context "cli").
COUNTED_TEXT = (
    translate(
        "desk", "“{title}” used %n times this call: say it in your own words this time", "", 3
    ),
    translate("cli", "exported %n calls to {target}", "", 2),
)

#: What the command line prints for a person (``cli_translation.tr``, context "cli").
CLI_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "cli",
        "no Calmline is running on the data dir {folder}; "
        "start it first (same --data-dir or CALMLINE_DATA_DIR)",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "the Calmline window on the data dir {folder} does not answer "
        "(stopped or hung); {command} was not run",
    ),
    QT_TRANSLATE_NOOP("cli", "--since {since} is not before --until {until}"),
    QT_TRANSLATE_NOOP("cli", "{option} {text} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM"),
    QT_TRANSLATE_NOOP("cli", "give --call or a date range (--since/--until), not both"),
    QT_TRANSLATE_NOOP("cli", "{problem}; nothing was exported"),
    QT_TRANSLATE_NOOP("cli", "there is no call log yet at {path}"),
    QT_TRANSLATE_NOOP("cli", "no call log at {path} yet: nothing to forget on this PC"),
    QT_TRANSLATE_NOOP(
        "cli",
        "{problem}; answering from this PC's log only (calls of other agents are not in it)",
    ),
    QT_TRANSLATE_NOOP("cli", "no call log at {path} yet"),
    QT_TRANSLATE_NOOP("cli", "no call matches {text}"),
)
