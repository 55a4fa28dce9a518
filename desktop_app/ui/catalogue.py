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
        "commands", "Unfold the repeat caller's last call and open promises, or fold them"
    ),
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
    translate("cli", "%n steps", "", 2),
    translate("cli", "%n cards", "", 2),
    translate("cli", "%n situations", "", 2),
    translate("cli", "%n layers", "", 2),
    translate("cli", "%n calls", "", 2),
    translate("cli", "erased %n calls with {customer} from {path}", "", 2),
    translate(
        "cli",
        "erased %n calls from the team log at {server} (an audit row says who "
        "and when; every agent's copy follows at its next sync)",
        "",
        2,
    ),
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
    # --help, and what log, team, check-content and calmline: links print
    QT_TRANSLATE_NOOP("cli", "show the version number and exit"),
    QT_TRANSLATE_NOOP("cli", "this link was not opened: {reason}"),
    QT_TRANSLATE_NOOP("cli", "check playbook files or folders and report every problem"),
    QT_TRANSLATE_NOOP(
        "cli",
        "Check playbook files (or every .yaml/.yml file in a folder) on top of "
        "the built-in playbooks. Prints FILE:LINE: message for each problem, "
        "then a summary per playbook; exits 1 when anything is wrong.",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "check on top of the built-in playbooks in this language (en, es, el, ...)",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "its wording is in {language}, and no playbook in that language was "
        "loaded to check it against",
    ),
    QT_TRANSLATE_NOOP("cli", "no .yaml or .yml files in this folder"),
    QT_TRANSLATE_NOOP("cli", "no such file or folder"),
    QT_TRANSLATE_NOOP("cli", "cannot read the folder: {reason}"),
    QT_TRANSLATE_NOOP(
        "cli",
        "drive one call offscreen in a temporary data dir and report; exit 0 when all works",
    ),
    QT_TRANSLATE_NOOP("cli", "run a command in the Calmline window that runs on this data dir"),
    QT_TRANSLATE_NOOP("cli", "the command's name, e.g. next-step"),
    QT_TRANSLATE_NOOP("cli", "its arguments and --options"),
    QT_TRANSLATE_NOOP("cli", "{app}: a calm companion window for calls with upset customers."),
    QT_TRANSLATE_NOOP(
        "cli",
        "keep every file Calmline writes under DIR (default: ${variable}, then "
        "the platform's app-data folder)",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "Run a command in the running Calmline window, e.g. 'calmline ctl "
        "next-step', 'calmline ctl use-card 3', 'calmline ctl new-call --phone "
        '+15551234567 --name "Dana Reyes"\'. Press F1 in the window for every '
        "command. Exit status: 0 done, {failed} the command failed, "
        "{not_running} no Calmline runs on the data dir, {not_written} the call "
        "is kept in memory but not written to disk, {no_answer} the window does "
        "not answer, {missing} save-call: fields the playbook requires are "
        "empty.",
    ),
    QT_TRANSLATE_NOOP("cli", "export calls from the log to CSV, JSON Lines, Markdown or PDF"),
    QT_TRANSLATE_NOOP("cli", "Export one call or the calls of a date range to a file."),
    QT_TRANSLATE_NOOP("cli", "csv (spreadsheet-safe), jsonl (full records), md (Markdown) or pdf"),
    QT_TRANSLATE_NOOP("cli", "first day (YYYY-MM-DD) or ISO time"),
    QT_TRANSLATE_NOOP("cli", "last day, included, or ISO time"),
    QT_TRANSLATE_NOOP("cli", "export only the call with this id"),
    QT_TRANSLATE_NOOP("cli", "the file to write, in an existing folder"),
    QT_TRANSLATE_NOOP("cli", "the call log: statistics, forgetting a customer"),
    QT_TRANSLATE_NOOP("cli", "number of calls, date range and size on disk"),
    QT_TRANSLATE_NOOP(
        "cli",
        "erase every call of one customer, leaving no trace (Calmline must be closed)",
    ),
    QT_TRANSLATE_NOOP("cli", "phone number (compared by its digits)"),
    QT_TRANSLATE_NOOP("cli", "account number (case ignored)"),
    QT_TRANSLATE_NOOP("cli", "customer name (case and extra spaces ignored)"),
    QT_TRANSLATE_NOOP("cli", "{megabytes} MB ({bytes} bytes)"),
    QT_TRANSLATE_NOOP("cli", "call log:"),
    QT_TRANSLATE_NOOP("cli", "calls:"),
    QT_TRANSLATE_NOOP("cli", "first call:"),
    QT_TRANSLATE_NOOP("cli", "last call:"),
    QT_TRANSLATE_NOOP("cli", "size on disk:"),
    QT_TRANSLATE_NOOP(
        "cli", "{problem}. Close Calmline, then run this again; nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "damaged logs moved aside earlier were not touched and may still hold this customer:",
    ),
    QT_TRANSLATE_NOOP(
        "cli", "this PC's log follows as soon as its Calmline next syncs ({problem})"
    ),
    QT_TRANSLATE_NOOP("cli", "phone {phone}"),
    QT_TRANSLATE_NOOP("cli", "account {account}"),
    QT_TRANSLATE_NOOP("cli", "name {name}"),
    QT_TRANSLATE_NOOP("cli", "calls matching every word (the team log's when configured)"),
    QT_TRANSLATE_NOOP(
        "cli",
        "Calls whose notes, names, phone, account, category or resolution match "
        "every word typed (word starts; accents and case ignored), newest "
        "first.",
    ),
    QT_TRANSLATE_NOOP("cli", "the words to find"),
    QT_TRANSLATE_NOOP("cli", "at most this many (default 50)"),
    QT_TRANSLATE_NOOP("cli", "what the log knows of one customer: earlier calls, open promises"),
    QT_TRANSLATE_NOOP("cli", "the team log at {server} is up to date (schema {version})"),
    QT_TRANSLATE_NOOP("cli", "the team log on PostgreSQL: set up and check"),
    QT_TRANSLATE_NOOP("cli", "create or upgrade the team log's tables (IT, as the owning role)"),
    QT_TRANSLATE_NOOP("cli", "can this PC reach, sign in to, read and write the team log?"),
    QT_TRANSLATE_NOOP("cli", "created the team log at {server} (schema {version})"),
    QT_TRANSLATE_NOOP("cli", "upgraded the team log at {server} from schema {before} to {after}"),
    QT_TRANSLATE_NOOP("cli", "team log:"),
    QT_TRANSLATE_NOOP("cli", "ok"),
    QT_TRANSLATE_NOOP("cli", "NO"),
    QT_TRANSLATE_NOOP(
        "cli",
        "a libpq connection string or service=NAME (default: as the window "
        "uses: CALMLINE_TEAM_LOG, then team_log in settings.json)",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "the team log's tables could not be set up at {server}: {reason}; nothing was changed",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "no team log is configured: set team_log in {path} or "
        "CALMLINE_TEAM_LOG, or give the connection string",
    ),
    QT_TRANSLATE_NOOP(
        "cli",
        "{problem}: erasing on this PC now; the team log is told when Calmline "
        "next reaches it (with a team lead's login)",
    ),
    QT_TRANSLATE_NOOP("cli", "{problem}; nothing was erased"),
)

#: argparse's own words that reach a person ("usage: ", "error:", ...), as this
#: Python's argparse writes them; ``cli_translation`` hands them to argparse, and
#: a test keeps each one in argparse's source.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)

#: Messages of the store and core that the command line prints (context "errors"),
#: with ``{name}`` where a path, an id or a reason goes: ``cli_translation.tr_error``
#: matches a message against them, most particular first, and says it again in the
#: language. A test keeps every message the store and the export target raise here.
ERROR_MESSAGES = (
    # what stops the start before the window exists (``app``, ``paths``): the
    # particular ones before "Calmline cannot start: {problem}", which takes any
    QT_TRANSLATE_NOOP(
        "errors",
        "Calmline cannot start: its data dir {path} cannot be used: {reason}. Make it "
        "writable, or choose another with --data-dir DIR or {variable}.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Calmline cannot start: {problem}, and its window did not answer within {seconds} s "
        "(stopped or hung). End that Calmline, then start again.",
    ),
    QT_TRANSLATE_NOOP("errors", "Calmline cannot start: {problem}; its window says: {message}"),
    QT_TRANSLATE_NOOP("errors", "Calmline cannot start: {problem}"),
    QT_TRANSLATE_NOOP("errors", "no playbook loaded."),
    QT_TRANSLATE_NOOP(
        "errors",
        "the data dir {path} is on a network file system ({kind}); the call log must be on "
        "this PC's own disk, since SQLite cannot lock a file over the network and a shared "
        "file gets corrupted. To share calls with the team, keep the data dir local "
        "(--data-dir or CALMLINE_DATA_DIR) and configure the team log (team_log in "
        "settings.json; see docs/team-log.md)",
    ),
    QT_TRANSLATE_NOOP("errors", "a network share"),
    QT_TRANSLATE_NOOP(
        "errors", "Calmline is already running for {folder}; brought its window to the front."
    ),
    QT_TRANSLATE_NOOP(
        "errors", "Calmline is already running for {folder}; the call was opened there."
    ),
    # what opening the call log tells the window at start (``store.opening``,
    # ``store.factory``): first, as each ends in words of its own after a message
    translate(
        "errors",
        "{problem}. It was moved to {path} (nothing was deleted); the %n call(s) that "
        "could still be read were copied into a fresh log{detail}.",
        "",
        2,
    ),
    translate("errors", "; %n call(s) could not be read and are only in the moved file", "", 2),
    QT_TRANSLATE_NOOP(
        "errors",
        "{problem}. It was moved to {path} (nothing was deleted) and a fresh, empty log "
        "was started.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{problem}. Calls are kept in memory and written as soon as the log can be written.",
    ),
    QT_TRANSLATE_NOOP("errors", "Old calls could not be purged: {problem}"),
    QT_TRANSLATE_NOOP("errors", "{problem}. The team log is off until this is fixed."),
    QT_TRANSLATE_NOOP(
        "errors",
        "a password does not belong in the team log setting: put it in libpq's password "
        "file (~/.pgpass on Linux and macOS, %APPDATA%\\postgresql\\pgpass.conf on Windows, "
        "or the file PGPASSFILE names) or use a service file, and leave it out of the "
        "connection string",
    ),
    # what the window's start finds besides the files (``ui.application``, ``ui.plumbing``)
    QT_TRANSLATE_NOOP(
        "errors", "Remote control (calmline ctl) is off: cannot listen on {name}: {reason}"
    ),
    QT_TRANSLATE_NOOP("errors", "{problem}; the phone is not connected"),
    # the softphone setting (``desk.softphone``), after where it is set
    QT_TRANSLATE_NOOP(
        "errors",
        "softphone {setting}: unknown phone program {kind} (known: {known}; "
        "e.g. baresip:127.0.0.1:4444)",
    ),
    QT_TRANSLATE_NOOP("errors", "softphone {setting}: expected {kind}:HOST:PORT, e.g. {example}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "softphone {setting}: {host} is not this computer; the phone program's control port "
        "must be on 127.0.0.1 (it has no password)",
    ),
    # the call log (store)
    QT_TRANSLATE_NOOP("errors", "the call log {path} is damaged: {reason}"),
    QT_TRANSLATE_NOOP("errors", "its header is not valid"),
    QT_TRANSLATE_NOOP("errors", "schema number {version}"),
    QT_TRANSLATE_NOOP("errors", "its tables are not those of schema {version}"),
    QT_TRANSLATE_NOOP("errors", "the call log {path} cannot be read (permission denied)"),
    QT_TRANSLATE_NOOP(
        "errors",
        "the call log {path} was written by a newer Calmline "
        "(schema {version}, this one knows up to {known})",
    ),
    QT_TRANSLATE_NOOP("errors", "{problem}, and it cannot be moved aside: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{problem}; moving it aside failed too"),
    QT_TRANSLATE_NOOP("errors", "the log at {path} is in use by another Calmline{pid}"),
    QT_TRANSLATE_NOOP("errors", "cannot open the call log's lock file {path}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "cannot open the call log {path}: {reason}"),
    QT_TRANSLATE_NOOP(
        "errors", "cannot tidy up the call log {path}: another reader is busy; try again"
    ),
    QT_TRANSLATE_NOOP("errors", "cannot back up the call log to {path}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "no commitment {commitment} of call {call} in {log}"),
    QT_TRANSLATE_NOOP("errors", "say whose calls to forget: a phone number, an account or a name"),
    # what SQLite's error codes mean (``store.connection``)
    QT_TRANSLATE_NOOP("errors", "another program keeps the log busy"),
    QT_TRANSLATE_NOOP("errors", "the file or its folder is read-only"),
    QT_TRANSLATE_NOOP(
        "errors", "a disk write failed (is the disk full, or the file at its size limit?)"
    ),
    QT_TRANSLATE_NOOP("errors", "the file is damaged"),
    QT_TRANSLATE_NOOP("errors", "the file cannot be opened (is its folder read-only or missing?)"),
    QT_TRANSLATE_NOOP("errors", "the file is not a Calmline log"),
    # a write the disk refused (``core.atomic.describe_os_error``)
    QT_TRANSLATE_NOOP("errors", "cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the disk is full"),
    QT_TRANSLATE_NOOP("errors", "the disk quota is used up"),
    QT_TRANSLATE_NOOP("errors", "the disk is read-only"),
    QT_TRANSLATE_NOOP("errors", "permission denied"),
    QT_TRANSLATE_NOOP("errors", "the file is larger than this system allows"),
    # --out (``core.export.target``)
    QT_TRANSLATE_NOOP("errors", "{name} is not a plain file name; choose a name without folders"),
    QT_TRANSLATE_NOOP("errors", "cannot export to {path}: the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("errors", "cannot export to {path}: it is outside {folder}"),
    QT_TRANSLATE_NOOP("errors", "--out needs a file name"),
    QT_TRANSLATE_NOOP("errors", "--out {out} contains '..'; give the folder without '..'"),
    QT_TRANSLATE_NOOP(
        "errors", "cannot export to {path}: it is a symbolic link; exports never follow links"
    ),
    QT_TRANSLATE_NOOP("errors", "cannot export to {path}: it exists and is not a regular file"),
    # the team log (``store.team``)
    QT_TRANSLATE_NOOP("errors", "cannot reach the team log at {server}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "lost the connection to {server}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "{server} refused: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the team log at {server}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "only a team lead (role {role}) may erase a customer from {server}; nothing was erased",
    ),
    QT_TRANSLATE_NOOP("errors", "{source}: not a valid PostgreSQL connection string{detail}"),
    QT_TRANSLATE_NOOP("errors", "{source}: not a valid PostgreSQL connection string"),
    QT_TRANSLATE_NOOP("errors", "the connection string given"),
    QT_TRANSLATE_NOOP(
        "errors", "the team log has no Calmline tables yet: IT runs 'calmline team init' once"
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "the team log was set up by a newer Calmline (schema {version}, this one knows up to "
        "{known}): update Calmline on this PC",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "the team log's tables are older (schema {version}) than this Calmline needs "
        "({known}): IT runs 'calmline team init' to upgrade them",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "the team log was set up by a newer Calmline (schema {version}, this one knows up to "
        "{known}); nothing was changed",
    ),
    QT_TRANSLATE_NOOP("errors", "the call in progress is kept on this PC, never in the team log"),
    QT_TRANSLATE_NOOP(
        "errors", "the team log keeps calls as IT decides; nothing is purged from a PC"
    ),
    # what ``calmline team check`` finds (``store.team.probe``)
    QT_TRANSLATE_NOOP("errors", "reach and sign in:"),
    QT_TRANSLATE_NOOP("errors", "schema:"),
    QT_TRANSLATE_NOOP("errors", "read:"),
    QT_TRANSLATE_NOOP("errors", "write:"),
    QT_TRANSLATE_NOOP("errors", "erase customers:"),
    QT_TRANSLATE_NOOP("errors", "as {user}"),
    QT_TRANSLATE_NOOP("errors", "a trial call was written and taken back"),
    QT_TRANSLATE_NOOP("errors", "this login has the lead role"),
    QT_TRANSLATE_NOOP("errors", "only logins with {role} may"),
    # calmline: links (``core.call_link``)
    QT_TRANSLATE_NOOP("errors", "the link has a '#' part; write '#' in a value as %23"),
    QT_TRANSLATE_NOOP("errors", "the link has a second '?'; write '?' in a value as %3F"),
    QT_TRANSLATE_NOOP("errors", "not a calmline: link (expected something like {example})"),
    QT_TRANSLATE_NOOP(
        "errors",
        "unknown action {action}: a calmline: link can only open a call, as in {example}",
    ),
    QT_TRANSLATE_NOOP("errors", "unknown field {field} in the link (known: {known})"),
    QT_TRANSLATE_NOOP("errors", "{field} is given twice in the link"),
    QT_TRANSLATE_NOOP("errors", "a '%' not followed by two hex digits"),
    QT_TRANSLATE_NOOP("errors", "its %-encoded bytes are not UTF-8 text"),
    QT_TRANSLATE_NOOP("errors", "the link is {length} characters long; at most {most} are read"),
)

#: What can be wrong in a playbook file (``core.content``, context "errors"): each
#: problem's template and the words put into it ("the title of {label}", "step {id}"),
#: rendered by ``ContentProblem.said_in`` in the window's or the command line's
#: language; file names, lines, ids, keys and counts are the values, kept as written.
#: A test keeps every template ``core.content`` writes listed here.
CONTENT_PROBLEMS = (
    QT_TRANSLATE_NOOP("errors", "cannot read the file: {reason}"),
    QT_TRANSLATE_NOOP("errors", "the file is over 1 MB; a playbook is far smaller"),
    QT_TRANSLATE_NOOP("errors", "the file is not UTF-8 text; save it as UTF-8"),
    QT_TRANSLATE_NOOP("errors", "the file holds a control character ({code}); remove it"),
    QT_TRANSLATE_NOOP("errors", "more than {most} aliases (*name); write the values out instead"),
    QT_TRANSLATE_NOOP("errors", "not valid YAML: {reason}"),
    QT_TRANSLATE_NOOP("errors", "lists or mappings nest too deeply"),
    QT_TRANSLATE_NOOP("errors", "the file expands to too many values (an alias bomb?)"),
    QT_TRANSLATE_NOOP("errors", "lists or mappings nest deeper than {most} levels"),
    QT_TRANSLATE_NOOP("errors", "keys must be plain words"),
    QT_TRANSLATE_NOOP("errors", "unexpected kind of YAML node"),
    QT_TRANSLATE_NOOP(
        "errors",
        "the tag {tag} is not allowed; content files hold plain text, lists and mappings",
    ),
    QT_TRANSLATE_NOOP("errors", "unexpected value"),
    QT_TRANSLATE_NOOP("errors", "{what} must be a mapping of keys to values"),
    QT_TRANSLATE_NOOP("errors", "the key {key} is written twice in {what}"),
    QT_TRANSLATE_NOOP("errors", "unknown key {key} in {what}{hint}"),
    QT_TRANSLATE_NOOP("errors", "{what} must be a list"),
    QT_TRANSLATE_NOOP("errors", "{what} must be text, not {kind}"),
    QT_TRANSLATE_NOOP("errors", "{what} is empty"),
    QT_TRANSLATE_NOOP("errors", "{what} is {count} characters; at most {most} fit"),
    QT_TRANSLATE_NOOP("errors", "{what} cannot use placeholders; only card text is filled in"),
    QT_TRANSLATE_NOOP("errors", "{what} must be an id, not {kind}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "{what} {id} is not a valid id: use lower-case letters, digits, - and _, at most 60",
    ),
    QT_TRANSLATE_NOOP("errors", "an entry of {what}"),
    QT_TRANSLATE_NOOP("errors", "{what} must be true or false, not {kind}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "unknown placeholder {placeholder} in {what}{hint}; known: {known}",
    ),
    QT_TRANSLATE_NOOP("errors", "{what} must map placeholder names to wording"),
    QT_TRANSLATE_NOOP("errors", "unknown placeholder {name} in {what}{hint}"),
    QT_TRANSLATE_NOOP("errors", "the fallback for {placeholder}"),
    QT_TRANSLATE_NOOP("errors", "{what} has more than {most} entries"),
    QT_TRANSLATE_NOOP("errors", "nothing"),
    QT_TRANSLATE_NOOP("errors", "true/false"),
    QT_TRANSLATE_NOOP("errors", "a number"),
    QT_TRANSLATE_NOOP("errors", "a list"),
    QT_TRANSLATE_NOOP("errors", "a mapping"),
    QT_TRANSLATE_NOOP("errors", "text"),
    QT_TRANSLATE_NOOP("errors", "the file is empty"),
    QT_TRANSLATE_NOOP("errors", "a playbook file"),
    QT_TRANSLATE_NOOP("errors", "a playbook needs a list of steps"),
    QT_TRANSLATE_NOOP("errors", "say which format the file is written in: add 'format: {version}'"),
    QT_TRANSLATE_NOOP("errors", "format must be a whole number such as {version}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "written for a newer Calmline (format {found}); this one reads format {version}",
    ),
    QT_TRANSLATE_NOOP("errors", "there is no format {found}; use {version}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "a file either defines a playbook (id) or changes one (extends), not both",
    ),
    QT_TRANSLATE_NOOP("errors", "the playbook id"),
    QT_TRANSLATE_NOOP(
        "errors",
        "a playbook needs an id (or 'extends: ID' to change an existing one)",
    ),
    QT_TRANSLATE_NOOP("errors", "a playbook needs a name"),
    QT_TRANSLATE_NOOP("errors", "a playbook needs a language"),
    QT_TRANSLATE_NOOP("errors", "the playbook name"),
    QT_TRANSLATE_NOOP("errors", "the description"),
    QT_TRANSLATE_NOOP("errors", "the playbook tags"),
    QT_TRANSLATE_NOOP("errors", "the language"),
    QT_TRANSLATE_NOOP("errors", "language {code} should be a code such as en, de or pt-BR"),
    QT_TRANSLATE_NOOP("errors", "categories is empty; list at least one, such as 'other'"),
    QT_TRANSLATE_NOOP("errors", "the category {category} is listed twice"),
    QT_TRANSLATE_NOOP("errors", "required must be a list of log-entry fields, e.g. [category]"),
    QT_TRANSLATE_NOOP("errors", "unknown log-entry field {name} in required{hint}; known: {known}"),
    QT_TRANSLATE_NOOP("errors", "duplicate id {id} in {what} (first on line {first})"),
    QT_TRANSLATE_NOOP("errors", "step {id}"),
    QT_TRANSLATE_NOOP("errors", "situation {id}"),
    QT_TRANSLATE_NOOP("errors", "card {id}"),
    QT_TRANSLATE_NOOP("errors", "a step"),
    QT_TRANSLATE_NOOP("errors", "step needs an id"),
    QT_TRANSLATE_NOOP("errors", "the step id"),
    QT_TRANSLATE_NOOP("errors", "a situation"),
    QT_TRANSLATE_NOOP("errors", "situation needs an id"),
    QT_TRANSLATE_NOOP("errors", "the situation id"),
    QT_TRANSLATE_NOOP("errors", "a card"),
    QT_TRANSLATE_NOOP("errors", "card needs an id"),
    QT_TRANSLATE_NOOP("errors", "the card id"),
    QT_TRANSLATE_NOOP("errors", "disabled on {label}"),
    QT_TRANSLATE_NOOP("errors", "the title of {label}"),
    QT_TRANSLATE_NOOP("errors", "the text of {label}"),
    QT_TRANSLATE_NOOP("errors", "the tags of {label}"),
    QT_TRANSLATE_NOOP("errors", "the fallbacks of {label}"),
    QT_TRANSLATE_NOOP("errors", "delivery of {label} must be one of {choices}, not {value}{hint}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "the priority of {label} must be a whole number from 1 (most used) to {most}, not {value}",
    ),
    QT_TRANSLATE_NOOP("errors", "title of {label}"),
    QT_TRANSLATE_NOOP("errors", "goal of {label}"),
    QT_TRANSLATE_NOOP("errors", "move on when of {label}"),
    QT_TRANSLATE_NOOP("errors", "the cards of {label}"),
    QT_TRANSLATE_NOOP("errors", "'after' of {label}"),
    QT_TRANSLATE_NOOP("errors", "the {key} reminders of {label}"),
    QT_TRANSLATE_NOOP("errors", "'asks_for' of {label}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "'asks_for' of {label} names {name}, which is no log field a step can ask for "
        "(known: {known}){hint}",
    ),
    QT_TRANSLATE_NOOP("errors", "the advice of {label}"),
    QT_TRANSLATE_NOOP("errors", "the keywords of {label}"),
    QT_TRANSLATE_NOOP("errors", "a new step"),
    QT_TRANSLATE_NOOP("errors", "a new situation"),
    QT_TRANSLATE_NOOP("errors", "a new card"),
    QT_TRANSLATE_NOOP("errors", "playbook {id}"),
    QT_TRANSLATE_NOOP("errors", "at least one card"),
    QT_TRANSLATE_NOOP("errors", "{first} and {second}"),
    QT_TRANSLATE_NOOP("errors", "{label} needs {needs}"),
    QT_TRANSLATE_NOOP("errors", "{label} is not in {target}{hint}; {new} needs {needs}"),
    QT_TRANSLATE_NOOP("errors", "cannot disable card {id}: it is not here in {target}{hint}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "card {id} has a fallback for {placeholder} but its text never uses it",
    ),
    QT_TRANSLATE_NOOP("errors", "'after: {step}' names no step{hint}"),
    QT_TRANSLATE_NOOP("errors", "cannot disable step {id}: {target} has no such step{hint}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "cannot disable situation {id}: {target} has no such situation{hint}",
    ),
    QT_TRANSLATE_NOOP("errors", "{target} has no steps left"),
    QT_TRANSLATE_NOOP(
        "errors",
        "reescalate_to names the step {id}, which is not in {target}{hint}",
    ),
    QT_TRANSLATE_NOOP("errors", "duplicate card id {id}: used in {first} and {second}"),
    QT_TRANSLATE_NOOP("errors", "this file changes a playbook; it is not one"),
    QT_TRANSLATE_NOOP("errors", "duplicate playbook id {id}: {first} has it too"),
    QT_TRANSLATE_NOOP(
        "errors",
        "extends {id}, but no such playbook is loaded{hint} (loaded: {known})",
    ),
    QT_TRANSLATE_NOOP("errors", "none"),
    QT_TRANSLATE_NOOP("errors", " (did you mean {choice}?)"),
)

#: What the start finds wrong besides a playbook's mistakes, kept as words with
#: values (``Said``, context "errors"): the settings file (``core.settings``), the
#: playbook language (``core.content.languages``), the content library's notices
#: (``core.content.library``) and the keymap (``core.keymap``). The window says them
#: in the agent's language at start; file names, keys, ids and dates are the values,
#: kept as written. A test keeps every template listed here.
STARTUP_WORDS = (
    QT_TRANSLATE_NOOP("errors", "cannot read the settings, using defaults: {reason}"),
    QT_TRANSLATE_NOOP("errors", "settings must be a JSON object; using defaults"),
    QT_TRANSLATE_NOOP("errors", "unknown setting, ignored{hint}"),
    QT_TRANSLATE_NOOP("errors", "expected {expected}, found {found}; using {default}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "no playbooks in the language {wanted}; the playbook languages are {languages}; "
        "using English (en)",
    ),
    QT_TRANSLATE_NOOP("errors", "No playbook could be loaded."),
    QT_TRANSLATE_NOOP(
        "errors", "The playbook {id} is not available{hint}; using {chosen} instead."
    ),
    QT_TRANSLATE_NOOP("errors", "The built-in playbooks cannot be read ({reason})."),
    QT_TRANSLATE_NOOP("errors", "Your own playbook folder {folder} cannot be read ({reason})."),
    QT_TRANSLATE_NOOP("errors", "cannot be read"),
    QT_TRANSLATE_NOOP("errors", "not found or not a folder"),
    QT_TRANSLATE_NOOP(
        "errors",
        "The team playbook folder {folder} cannot be reached ({reason}) and there is "
        "no earlier copy of it; team content is left out until it is back.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "The team playbook folder {folder} cannot be reached ({reason}); using the copy {since}.",
    ),
    QT_TRANSLATE_NOOP("errors", "that loaded on {when}"),
    QT_TRANSLATE_NOOP("errors", "that last loaded cleanly"),
    QT_TRANSLATE_NOOP("errors", "Could not keep a copy of the team playbooks: {reason}"),
    # keys.yaml (``core.keymap``, and ``core.commands`` checking a bound command):
    # said with the file and line; keys, command names and usages as written
    QT_TRANSLATE_NOOP("errors", "unknown modifier {modifier}"),
    QT_TRANSLATE_NOOP("errors", "unknown key {key}"),
    QT_TRANSLATE_NOOP("errors", "unknown key name {name}"),
    QT_TRANSLATE_NOOP("errors", "empty key"),
    QT_TRANSLATE_NOOP("errors", "cannot read key {key}: a '+' with nothing beside it"),
    QT_TRANSLATE_NOOP("errors", "unknown modifier {modifier} in {key}"),
    QT_TRANSLATE_NOOP("errors", "modifier {modifier} given twice in {key}"),
    QT_TRANSLATE_NOOP("errors", "{key} is a text-editing key and stays with the text fields"),
    QT_TRANSLATE_NOOP("errors", "cannot read the keymap: {reason}"),
    QT_TRANSLATE_NOOP("errors", "a keymap is a list of 'key: command'"),
    QT_TRANSLATE_NOOP("errors", "each entry is 'key: command line'"),
    QT_TRANSLATE_NOOP("errors", "{command}: option --{option} needs a value"),
    QT_TRANSLATE_NOOP("errors", "{command}: unknown option --{option} (known options: {known})"),
    QT_TRANSLATE_NOOP("errors", "{command}: too many arguments ({count} given); usage: {usage}"),
    QT_TRANSLATE_NOOP("errors", "{command}: missing <{argument}>; usage: {usage}"),
    QT_TRANSLATE_NOOP("errors", "{command}: <{argument}> must be a whole number, not {value}"),
    QT_TRANSLATE_NOOP("errors", "unknown command {name}{hint}"),
    QT_TRANSLATE_NOOP("errors", "cannot read command {line}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "empty command"),
    # with a count: the plural forms of each language
    translate(
        "errors",
        "{path} was skipped (%n problems); the rest of the content loaded without it.",
        "",
        2,
    ),
)

#: What a command says when it cannot be done (``CommandError`` in ``core.commands``
#: and the desk, ``SessionError`` in ``core.session``; context "errors"): the window
#: says it in its language as a toast and as the reply ``calmline ctl`` prints.
#: Command, option and field names, ids, numbers and usages are the values, kept as
#: written. A test keeps every template listed here.
COMMAND_ERRORS = (
    # a caller's field that cannot be used (``core/caller.py``), in a link or offer-call
    QT_TRANSLATE_NOOP("errors", "unknown field {name} (known: {known})"),
    QT_TRANSLATE_NOOP("errors", "{name} is {length} characters long; at most {most} are taken"),
    QT_TRANSLATE_NOOP("errors", "phone {text} is not a phone number (digits, + ( ) - . * # only)"),
    QT_TRANSLATE_NOOP(
        "errors", "not saved: the call needs {fields} (fill them in or give {options})"
    ),
    QT_TRANSLATE_NOOP("errors", "call {id}: {problem}"),
    QT_TRANSLATE_NOOP("errors", "{command}: starting — try again in a moment"),
    QT_TRANSLATE_NOOP("errors", "playbook {id} has no steps"),
    translate("errors", "there is no step {number}; this playbook has %n", "", 2),
    QT_TRANSLATE_NOOP("errors", "there is no step called {id}"),
    QT_TRANSLATE_NOOP("errors", "there is no situation called {id}"),
    QT_TRANSLATE_NOOP("errors", "mood must be {least} to {most}, not {mood}"),
    QT_TRANSLATE_NOOP("errors", "this call is already saved; start a new call"),
    translate("errors", "there is no situation {number}; there are %n", "", 2),
    QT_TRANSLATE_NOOP("errors", "there is no situation called {id} (known: {known})"),
    translate("errors", "{where} has %n cards, no card {number}", "", 2),
    QT_TRANSLATE_NOOP("errors", "there is no card called {id}"),
    QT_TRANSLATE_NOOP("errors", "set-field: unknown field {name} (fields: {fields})"),
    QT_TRANSLATE_NOOP("errors", "a commitment needs to say what was promised"),
    QT_TRANSLATE_NOOP("errors", "due {text} is not a date and time like {example}"),
    QT_TRANSLATE_NOOP("errors", "{what} {value} is not one of: {allowed}"),
    QT_TRANSLATE_NOOP("errors", "no call is waiting"),
    QT_TRANSLATE_NOOP("errors", "offer-call: {problem}"),
    QT_TRANSLATE_NOOP("errors", "settings.json, ticket_template: {problem}"),
    QT_TRANSLATE_NOOP("errors", "there is no playbook called {id} (loaded: {known})"),
    QT_TRANSLATE_NOOP("errors", "now using {name}, but the choice could not be saved: {reason}"),
    QT_TRANSLATE_NOOP(
        "errors", "no window text in the language {code}; the languages are {languages}"
    ),
)
