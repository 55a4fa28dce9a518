"""Remote control over Qt's local sockets: named pipes, used on Windows.

Linux and macOS use a Unix socket without QtNetwork (``ui.plumbing.remote_unix``).
The protocol and the commands are in ``ui.plumbing.remote``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

#: The answer to what was read so far, or None while the request's line is incomplete.
Answerer = Callable[[bytes], bytes | None]


def exchange(name: str, request: bytes, connect_ms: int, reply_ms: int) -> bytes | None:
    """Send ``request`` to the window listening on ``name``; what it answered
    (possibly nothing), or None when no window listens there."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(connect_ms):
        return None
    socket.write(request)
    socket.waitForBytesWritten(connect_ms)
    buffer = b""
    while b"\n" not in buffer:
        if not socket.waitForReadyRead(reply_ms) and socket.bytesAvailable() == 0:
            break
        buffer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return buffer


class PipeServer(QObject):
    """Accepts connections on ``name``; each gets one answer, then is closed."""

    def __init__(self, name: str, answer_for: Answerer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._answer_for = answer_for
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a pipe left behind by a crashed instance is cleared first."""
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
        answer = self._answer_for(buffer)
        if answer is None:
            self._buffers[socket] = buffer
            return
        self._buffers[socket] = b""
        socket.write(answer)
        socket.flush()
        socket.disconnectFromServer()
