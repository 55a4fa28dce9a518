"""Remote control: ``calmline ctl COMMAND`` runs a command in the running window.

The running window listens on a local socket (a Unix socket on Linux and
macOS, a named pipe on Windows) whose name is derived from the absolute path
of its data dir, so two instances on two data dirs never cross. The same
socket makes a second ``calmline`` on a data dir bring the first window to
the front instead of opening another.

One request per connection: the client sends one JSON line
``{"argv": ["use-card", "3"]}``, the window answers one JSON line
``{"ok": true, "message": "..."}``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from desktop_app.paths import DataDir

SOCKET_FILE = "ctl.sock"
#: Unix socket paths longer than this do not fit in sockaddr_un on every platform.
MAX_SOCKET_PATH = 100
CONNECT_MS = 1500
REPLY_MS = 15000
MAX_REQUEST = 64 * 1024

Runner = Callable[[list[str]], tuple[bool, str]]


@dataclass(frozen=True, slots=True)
class Reply:
    ok: bool
    message: str


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
    socket = QLocalSocket()
    socket.connectToServer(server_name(data))
    if not socket.waitForConnected(CONNECT_MS):
        return None
    socket.write(json.dumps({"argv": list(argv)}).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(CONNECT_MS)
    buffer = b""
    while b"\n" not in buffer:
        if not socket.waitForReadyRead(timeout_ms) and socket.bytesAvailable() == 0:
            break
        buffer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    line = buffer.split(b"\n", 1)[0]
    if not line:
        return Reply(False, "Calmline did not answer")
    try:
        answer = json.loads(line)
        return Reply(bool(answer["ok"]), str(answer.get("message", "")))
    except (ValueError, KeyError, TypeError):
        return Reply(False, "Calmline sent an answer that cannot be read")


class RemoteControl(QObject):
    """Listens for commands from ``calmline ctl`` and runs them."""

    def __init__(self, data: DataDir, run: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._name = server_name(data)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is cleared first."""
        if self._server.listen(self._name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self._name)
            return self._server.listen(self._name)
        return False

    def error(self) -> str:
        return str(self._server.errorString())

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._forget(socket))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_REQUEST:
                self._answer(socket, False, "request too long")
            else:
                self._buffers[socket] = buffer
            return
        self._buffers[socket] = b""
        try:
            request = json.loads(buffer.split(b"\n", 1)[0])
            argv = [str(word) for word in request["argv"]]
        except (ValueError, KeyError, TypeError):
            self._answer(socket, False, "cannot read the request")
            return
        if not argv:
            self._answer(socket, False, "no command given")
            return
        ok, message = self._run(argv)
        self._answer(socket, ok, message)

    def _answer(self, socket: QLocalSocket, ok: bool, message: str) -> None:
        socket.write(json.dumps({"ok": ok, "message": message}).encode("utf-8") + b"\n")
        socket.flush()
        socket.disconnectFromServer()
