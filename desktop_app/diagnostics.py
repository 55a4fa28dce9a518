"""Errors never vanish: a rotating log file, hard-crash dumps, and a last-resort hook.

``install`` is called once at start-up, before any window exists. From then
on an unexpected exception is written to ``<data dir>/logs/calmline.log`` with
its traceback and handed to ``on_unexpected`` (the UI shows a short message);
a hard crash (segfault, abort) is dumped by ``faulthandler`` to
``<data dir>/logs/crash.log``.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from desktop_app.core.atomic import PRIVATE_FILE, ensure_private_dir

log = logging.getLogger("calmline")

LOG_FILE = "calmline.log"
CRASH_FILE = "crash.log"

UnexpectedHandler = Callable[[str], None]

_crash_stream: IO[str] | None = None
_on_unexpected: UnexpectedHandler | None = None


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Log files can hold customer details from tracebacks: keep them 0600."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, PRIVATE_FILE)
        return stream


def install(logs_dir: Path, on_unexpected: UnexpectedHandler | None = None) -> Path:
    """Set up the log file, crash dumps and the exception hooks. Returns the log path."""
    global _crash_stream, _on_unexpected
    ensure_private_dir(logs_dir)
    log_path = logs_dir / LOG_FILE
    handler = _PrivateRotatingHandler(
        log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=False
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _PrivateRotatingHandler)]:
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
