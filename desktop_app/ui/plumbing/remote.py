"""Remote control: ``calmline ctl COMMAND`` runs a command in the running window.

The running window listens on a local socket (a Unix socket on Linux and
macOS, ``ui.plumbing.remote_unix``; a named pipe on Windows, ``ui.plumbing.remote_pipe``) whose
name is derived from the absolute path of its data dir, so two instances on
two data dirs never cross. The same socket makes a second ``calmline`` on a
data dir bring the first window to the front instead of opening another.

One request per connection: the client sends one JSON line
``{"argv": ["use-card", "3"]}``, the window answers one JSON line
``{"ok": true, "message": "..."}``, with ``"status": "not-written"`` when a
command did its work in memory but the disk refused it (``save-call`` on a
full disk). A window that takes the connection but never answers (stopped,
hung) is told apart from no window at all.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject

from desktop_app.paths import DataDir

SOCKET_FILE = "ctl.sock"
#: Unix socket paths longer than this do not fit in sockaddr_un on every platform.
MAX_SOCKET_PATH = 100
CONNECT_MS = 1500
REPLY_MS = 15000
#: How long a second start waits for the first window to come to the front.
RAISE_MS = 3000
MAX_REQUEST = 64 * 1024

#: Runs a command: (worked, message), or (worked, message, status) for a failure
#: that has its own name (``STATUS_NOT_WRITTEN``).
Runner = Callable[[list[str]], tuple[bool, str] | tuple[bool, str, str]]


class Listener(Protocol):
    """The listening end, one per platform."""

    def listen(self) -> bool: ...

    def error(self) -> str: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Reply:
    """The running window's answer to a command: whether it worked, and a message."""

    ok: bool
    message: str
    #: "" or a named kind of failure, e.g. ``STATUS_NOT_WRITTEN``
    status: str = ""
    #: False when a window took the request but never answered (stopped or hung)
    answered: bool = True


def server_name(data: DataDir) -> str:
    """The socket for this data dir: private to the user and unique to the dir."""
    if sys.platform == "win32":
        return f"calmline-{_digest(data)}"
    in_data_dir = data.root / SOCKET_FILE
    if len(os.fsencode(in_data_dir)) <= MAX_SOCKET_PATH:
        return str(in_data_dir)
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return str(Path(runtime) / f"calmline-{_digest(data)}.sock")
    return str(Path(tempfile.gettempdir()) / f"calmline-{os.getuid()}-{_digest(data)}.sock")


def _digest(data: DataDir) -> str:
    # Imported only when a name needs it: hashlib loads OpenSSL's libcrypto
    # (3.5 MB of memory), which the usual socket in the data dir never needs.
    import hashlib

    return hashlib.sha256(str(data.root.absolute()).encode("utf-8")).hexdigest()[:16]


def send_command(data: DataDir, argv: Sequence[str], timeout_ms: int = REPLY_MS) -> Reply | None:
    """Run ``argv`` in the instance on ``data``; None when no instance runs there."""
    request = json.dumps({"argv": list(argv)}).encode("utf-8") + b"\n"
    if sys.platform == "win32":
        from desktop_app.ui.plumbing.remote_pipe import exchange
    else:
        from desktop_app.ui.plumbing.remote_unix import exchange
    buffer = exchange(server_name(data), request, CONNECT_MS, timeout_ms)
    if buffer is None:
        return None
    line = buffer.split(b"\n", 1)[0]
    if not line:
        return Reply(
            False, f"Calmline did not answer within {timeout_ms / 1000:g} s", answered=False
        )
    try:
        answer = json.loads(line)
        return Reply(
            bool(answer["ok"]), str(answer.get("message", "")), str(answer.get("status", ""))
        )
    except (ValueError, KeyError, TypeError):
        return Reply(False, "Calmline sent an answer that cannot be read")


class RemoteControl(QObject):
    """Listens for commands from ``calmline ctl`` and runs them."""

    def __init__(self, data: DataDir, run: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._name = server_name(data)
        self._listener: Listener
        if sys.platform == "win32":
            from desktop_app.ui.plumbing.remote_pipe import PipeServer

            self._listener = PipeServer(self._name, self._answer_for, self)
        else:
            from desktop_app.ui.plumbing.remote_unix import UnixServer

            self._listener = UnixServer(self._name, self._answer_for, self)

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is replaced."""
        return self._listener.listen()

    def error(self) -> str:
        return self._listener.error()

    def close(self) -> None:
        self._listener.close()

    def _answer_for(self, buffer: bytes) -> bytes | None:
        """The answer line to the request read so far; None while its line is incomplete."""
        if b"\n" not in buffer:
            return _answer(False, "request too long") if len(buffer) > MAX_REQUEST else None
        try:
            request = json.loads(buffer.split(b"\n", 1)[0])
            argv = [str(word) for word in request["argv"]]
        except (ValueError, KeyError, TypeError):
            return _answer(False, "cannot read the request")
        if not argv:
            return _answer(False, "no command given")
        return _answer(*self._run(argv))


def _answer(ok: bool, message: str, status: str = "") -> bytes:
    answer: dict[str, object] = {"ok": ok, "message": message}
    if status:
        answer["status"] = status
    return json.dumps(answer).encode("utf-8") + b"\n"
