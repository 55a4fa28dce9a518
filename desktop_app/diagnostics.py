"""Errors never vanish: a rotating log file, hard-crash dumps, and a last-resort hook.

``install`` is called once at start-up, before any window exists. From then
on an unexpected exception is written to ``<data dir>/logs/calmline.log`` with
its traceback and handed to ``on_unexpected`` (the UI shows a short message);
a hard crash (segfault, abort) is dumped by ``faulthandler`` to
``<data dir>/logs/crash.log``.

Nothing sensitive is written: every line of ``calmline.log``, its message and
any traceback, passes through the call log's redaction (``core.redaction``)
and then the export's blunter card guard (``core.card_mask``), so a card
number or security code in a refused value or an exception message arrives
masked. ``crash.log`` holds only what ``faulthandler`` writes from C at the
moment of a crash: file names, line numbers and function names of the code,
never a value.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from desktop_app.core.atomic import PRIVATE_FILE, ensure_private_dir
from desktop_app.core.card_mask import mask_card_numbers
from desktop_app.core.redaction import redact_text

log = logging.getLogger("calmline")

LOG_FILE = "calmline.log"
CRASH_FILE = "crash.log"
#: The log file is moved to calmline.log.1 once it reaches this size.
MAX_LOG_BYTES = 1_000_000
#: Older files kept: calmline.log.1 (the latest) to calmline.log.3.
LOG_BACKUPS = 3

UnexpectedHandler = Callable[[str], None]

_crash_stream: IO[str] | None = None
_on_unexpected: UnexpectedHandler | None = None


def redact_log_line(text: str) -> str:
    """``text`` as it may be written to a log file: card numbers and security codes masked.

    The call log's rules come first (``[card ending 1111]``, ``[code removed]``);
    the blunter export guard then masks what those spare as an id or a phone
    number, since a log line quotes values in ways the call log never sees
    them ("'x\\n4111...'" in a repr glues the number to an ``n``).
    """
    return mask_card_numbers(redact_text(text).text)


class LogFileHandler(logging.FileHandler):
    """The log file, every line redacted (``redact_log_line``), moved aside to
    ``.1`` (``.1`` to ``.2``, ...) once it reaches ``MAX_LOG_BYTES``, keeping
    ``LOG_BACKUPS`` older files.

    Log files can hold customer details from tracebacks: all are 0600. This
    does what the standard ``RotatingFileHandler`` does, without importing
    ``logging.handlers``, which brings sockets and pickling along (about 1 MB
    of memory at start, for nothing Calmline uses).
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")

    def format(self, record: logging.LogRecord) -> str:
        # Here rather than in a formatter, so that no formatter set later can
        # bypass it; the message, the traceback and any stack are all in the
        # formatted text.
        return redact_log_line(super().format(record))

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, PRIVATE_FILE)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        try:
            if self.stream is not None and self.stream.tell() >= MAX_LOG_BYTES:
                self._rotate()
        except OSError:
            self.handleError(record)

    def _rotate(self) -> None:
        # Runs inside emit(), under the handler's lock.
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(LOG_BACKUPS - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()


def install(logs_dir: Path, on_unexpected: UnexpectedHandler | None = None) -> Path:
    """Set up the log file, crash dumps and the exception hooks. Returns the log path."""
    global _crash_stream, _on_unexpected
    ensure_private_dir(logs_dir)
    log_path = logs_dir / LOG_FILE
    handler = LogFileHandler(log_path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, LogFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)

    crash_path = logs_dir / CRASH_FILE
    fd = os.open(crash_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    if _crash_stream is not None:
        _crash_stream.close()
    _crash_stream = os.fdopen(fd, "a", encoding="utf-8")
    faulthandler.enable(file=_crash_stream, all_threads=True)

    _on_unexpected = on_unexpected
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return log_path


def set_unexpected_handler(handler: UnexpectedHandler | None) -> None:
    global _on_unexpected
    _on_unexpected = handler


def report_unexpected(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    message = f"{exc_type.__name__}: {exc}"
    if _on_unexpected is not None:
        try:
            _on_unexpected(message)
        except Exception:
            log.exception("could not show the error to the user")
    else:
        print(f"Calmline: unexpected error: {message}", file=sys.stderr)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_unexpected(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    report_unexpected(args.exc_type, args.exc_value, args.exc_traceback)
