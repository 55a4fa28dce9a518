"""The exit codes of ``calmline``, for scripts and phone-program hooks that check them.

Kept in one place so that the window's start and ``calmline ctl`` never give
one number two meanings.
"""

from __future__ import annotations

#: Done (a second start handed over to the window already running counts as done).
OK = 0
#: It failed; one line on stderr says why (``ctl``: the command's own error).
FAILED = 1
#: The command line is wrong (argparse's own code).
USAGE = 2
#: ``ctl``: no Calmline window runs on the data dir.
NOT_RUNNING = 3
#: ``ctl save-call``: the call is kept in memory, not written (full or read-only disk).
NOT_WRITTEN = 4
#: A Calmline window runs on the data dir but does not answer (stopped or hung).
NO_ANSWER = 5
#: The data dir cannot be created or written (read-only disk, no permission).
DATA_DIR_UNWRITABLE = 6
#: ``ctl save-call``: not saved, fields the playbook requires are empty (the line names them).
MISSING_FIELDS = 7
#: What was printed went to a reader that stopped reading (``| head``): as a Unix
#: tool ended by SIGPIPE reports it, 128 + 13.
OUTPUT_CLOSED = 141
