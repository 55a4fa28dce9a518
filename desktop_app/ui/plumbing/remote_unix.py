"""Remote control over a Unix socket (Linux, macOS), served through the Qt event loop.

Python's own sockets, watched by ``QSocketNotifier``, instead of Qt's
``QLocalServer``: importing QtNetwork for this one socket cost about 3 MB of
memory at every start. Windows keeps Qt's named pipes (``ui.plumbing.remote_pipe``).
The protocol and the commands are in ``ui.plumbing.remote``.
"""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

#: The answer to what was read so far, or None while the request's line is incomplete.
Answerer = Callable[[bytes], bytes | None]

#: How long an answer may take to go out before the caller is given up on.
SEND_TIMEOUT_S = 1.5
_CHUNK = 65536


def exchange(name: str, request: bytes, connect_ms: int, reply_ms: int) -> bytes | None:
    """Send ``request`` to the window listening on ``name``; what it answered
    (nothing when it did not answer in time), or None when no window listens there."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(connect_ms / 1000)
        try:
            sock.connect(name)
        except TimeoutError:  # a window is there, too stopped or busy even to accept
            return b""
        except OSError:  # no socket, or one left behind by a window that crashed
            return None
        buffer = b""
        # A timeout or a dropped connection ends the wait: what came, came.
        with contextlib.suppress(OSError):
            sock.sendall(request)
            sock.settimeout(reply_ms / 1000)
            while b"\n" not in buffer:
                chunk = sock.recv(_CHUNK)
                if not chunk:
                    break
                buffer += chunk
        return buffer


def bind_private(name: str) -> socket.socket:
    """A listening socket at ``name`` that only this user can connect to.

    Bound in a private (0700) folder beside ``name``, made 0600 there, then
    moved into place, so it is never reachable by others, not even for an
    instant; a socket left behind by a window that crashed is replaced.
    """
    staging = tempfile.mkdtemp(prefix=".", dir=os.path.dirname(name) or ".")
    staged = os.path.join(staging, "s")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        listener.bind(staged)
        os.chmod(staged, 0o600)
        listener.listen(8)
        listener.setblocking(False)
        os.replace(staged, name)
    except BaseException:
        listener.close()
        raise
    finally:
        with contextlib.suppress(OSError):
            os.unlink(staged)
        with contextlib.suppress(OSError):
            os.rmdir(staging)
    return listener


class _Connection:
    def __init__(self, sock: socket.socket, notifier: QSocketNotifier) -> None:
        self.sock = sock
        self.notifier = notifier
        self.buffer = b""


class UnixServer(QObject):
    """Accepts connections on ``name``; each gets one answer, then is closed."""

    def __init__(self, name: str, answer_for: Answerer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._answer_for = answer_for
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._connections: list[_Connection] = []
        self._error = ""

    def listen(self) -> bool:
        try:
            listener = bind_private(self._name)
        except OSError as exc:
            self._error = exc.strerror or str(exc)
            return False
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        app = QCoreApplication.instance()
        if app is not None:  # the socket file goes when Calmline quits
            app.aboutToQuit.connect(self.close)
        return True

    def error(self) -> str:
        return self._error

    def close(self) -> None:
        for connection in list(self._connections):
            self._drop(connection)
        if self._listener is None or self._notifier is None:
            return
        # Qt must stop watching a descriptor before it is closed.
        self._notifier.setEnabled(False)
        self._listener.close()
        self._listener = None
        with contextlib.suppress(OSError):
            os.unlink(self._name)

    def _accept(self) -> None:
        while self._listener is not None:
            try:
                sock, _address = self._listener.accept()
            except OSError:  # nobody else waiting
                return
            sock.setblocking(False)
            notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
            connection = _Connection(sock, notifier)
            self._connections.append(connection)
            notifier.activated.connect(lambda *_, connection=connection: self._read(connection))

    def _read(self, connection: _Connection) -> None:
        try:
            chunk = connection.sock.recv(_CHUNK)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # the caller hung up
            self._drop(connection)
            return
        connection.buffer += chunk
        # A command may take a while or open a dialog: no reads meanwhile.
        connection.notifier.setEnabled(False)
        answer = self._answer_for(connection.buffer)
        if answer is None:
            connection.notifier.setEnabled(True)
            return
        with contextlib.suppress(OSError):  # a caller gone or stuck loses its answer
            connection.sock.settimeout(SEND_TIMEOUT_S)
            connection.sock.sendall(answer)
        self._drop(connection)

    def _drop(self, connection: _Connection) -> None:
        if connection not in self._connections:
            return
        self._connections.remove(connection)
        connection.notifier.setEnabled(False)
        connection.notifier.deleteLater()
        connection.sock.close()
