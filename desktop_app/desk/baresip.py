"""baresip's ``ctrl_tcp`` module as a ``Softphone``: calls ringing, answered, ended.

``ctrl_tcp`` (baresip's modules/ctrl_tcp) listens on a TCP port and sends
every user-agent event as a JSON object in a netstring (``"<length>:<json>,"``):

    {"event": true, "class": "call", "type": "CALL_INCOMING",
     "accountaor": "sip:agent@127.0.0.1", "direction": "incoming",
     "peeruri": "sip:+15551234567@127.0.0.1", "peerdisplayname": "Dana Smith",
     "id": "1-10989@127.0.0.1", "param": "sip:+15551234567@127.0.0.1"}

``CALL_INCOMING`` is a call ringing, ``CALL_ESTABLISHED`` answered,
``CALL_CLOSED`` ended; ``id`` is the SIP Call-ID that ties them together.
Only incoming calls open a call in Calmline. Everything else is ignored.

A thread of its own connects, reads and reconnects (1, 2, 5, then every
10 s) so the GUI never waits on the socket; ``ctrl_tcp`` takes one client
at a time, so a second program connecting pushes Calmline off, and Calmline
connects again. The caller's display name and number come from the network
and are cleaned like any other untrusted input (``core.caller``).
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from typing import Any
from urllib.parse import unquote

from desktop_app.core.caller import FIELD_LIMITS, Caller, CallerError, clean_field, clean_text
from desktop_app.desk.softphone import (
    ANSWERED,
    ENDED,
    RINGING,
    Delivery,
    LineStatus,
    PhoneEvent,
)

SOURCE = "baresip"
#: seconds between attempts to connect: the last one repeats
RETRY_S = (1.0, 2.0, 5.0, 10.0)
CONNECT_TIMEOUT_S = 2.0
#: a longer message is not something ctrl_tcp sends; the connection is dropped
MAX_MESSAGE = 64 * 1024

_TYPES = {"CALL_INCOMING": RINGING, "CALL_ESTABLISHED": ANSWERED, "CALL_CLOSED": ENDED}


class NetstringError(ValueError):
    """Bytes that are not a netstring."""


class NetstringReader:
    """Splits a byte stream into netstring payloads: ``b"5:hello,"`` -> ``b"hello"``."""

    def __init__(self, limit: int = MAX_MESSAGE) -> None:
        self._buffer = b""
        self._limit = limit

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        digits = len(str(self._limit))
        messages = []
        while self._buffer:
            colon = self._buffer.find(b":", 0, digits + 1)
            head = self._buffer[:colon] if colon >= 0 else self._buffer[:digits]
            if (head and not head.isdigit()) or (colon < 0 and len(self._buffer) > digits):
                raise NetstringError(f"expected a length, got {self._buffer[:20]!r}")
            if colon <= 0:
                if colon == 0:
                    raise NetstringError("a message with no length")
                break
            length = int(head)
            if length > self._limit:
                raise NetstringError(f"a message of {length} bytes (at most {self._limit})")
            end = colon + 1 + length
            if len(self._buffer) < end + 1:
                break
            if self._buffer[end : end + 1] != b",":
                raise NetstringError("a message not ended by ','")
            messages.append(self._buffer[colon + 1 : end])
            self._buffer = self._buffer[end + 1 :]
        return messages


def netstring(payload: bytes) -> bytes:
    return str(len(payload)).encode("ascii") + b":" + payload + b","


def caller_from(event: dict[str, Any]) -> Caller:
    """Name and number from the event's display name and SIP address, cleaned."""
    name = clean_text(str(event.get("peerdisplayname") or ""))[: FIELD_LIMITS["name"]]
    user = _sip_user(str(event.get("peeruri") or ""))
    try:
        phone = clean_field("phone", user)
    except CallerError:
        phone = ""  # "sip:alice@example.com": a name, not a number
        if not name:
            name = clean_text(user)[: FIELD_LIMITS["name"]]
    call_id = clean_text(str(event.get("id") or ""))[: FIELD_LIMITS["call_id"]]
    return Caller(name=name, phone=phone, call_id=call_id)


def _sip_user(uri: str) -> str:
    """ "sip:+15551234567@host;user=phone" -> "+15551234567"."""
    text = uri.strip().strip("<>")
    for scheme in ("sips:", "sip:", "tel:"):
        if text.lower().startswith(scheme):
            text = text[len(scheme) :]
            break
    user = text.split("@", 1)[0].split(";", 1)[0]
    return unquote(user, errors="replace")


def phone_event(event: dict[str, Any]) -> PhoneEvent | None:
    """The ``PhoneEvent`` for one ctrl_tcp message; None when not about an incoming call."""
    if event.get("event") not in (True, "true") or event.get("direction") != "incoming":
        return None
    kind = _TYPES.get(str(event.get("type")))
    if kind is None:
        return None
    caller = caller_from(event)
    if not caller.call_id:
        return None
    return PhoneEvent(kind, caller.call_id, caller, SOURCE)


class BaresipPhone:
    """Listens to baresip's ctrl_tcp on ``host:port`` from a thread of its own."""

    def __init__(self, host: str, port: int, *, retry_s: tuple[float, ...] = RETRY_S) -> None:
        self.host, self.port = host, port
        self.label = f"baresip at {host}:{port}"
        self._retry_s = retry_s
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()

    def start(self, deliver: Delivery) -> None:
        self._thread = threading.Thread(
            target=self._run, args=(deliver,), name="calmline-baresip", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        with self._lock:
            if self._socket is not None:
                # Wakes the thread from recv(); it closes the socket itself.
                with contextlib.suppress(OSError):
                    self._socket.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self, deliver: Delivery) -> None:
        attempt = 0
        while not self._stopping.is_set():
            problem = self._connect_and_read(deliver)
            if self._stopping.is_set():
                return
            if problem is None:
                attempt = 0  # it was up: try again at once, then back off
            wait = self._retry_s[min(attempt, len(self._retry_s) - 1)]
            attempt += 1
            why = problem or "connection closed"
            deliver(LineStatus(False, f"{why}; trying again in {wait:g} s"))
            self._stopping.wait(wait)

    def _connect_and_read(self, deliver: Delivery) -> str | None:
        """Read events until the connection ends: None when it was up, else why it failed."""
        try:
            sock = socket.create_connection((self.host, self.port), timeout=CONNECT_TIMEOUT_S)
        except OSError as exc:
            return f"cannot connect: {exc.strerror or exc}"
        with self._lock:
            self._socket = sock
        try:
            if self._stopping.is_set():
                return None
            sock.settimeout(None)
            deliver(LineStatus(True, "connected"))
            reader = NetstringReader()
            while not self._stopping.is_set():
                data = sock.recv(65536)
                if not data:
                    return None
                for payload in reader.feed(data):
                    event = self._decode(payload)
                    if event is not None:
                        deliver(event)
            return None
        except NetstringError as exc:
            deliver(LineStatus(False, f"baresip sent something unreadable: {exc}"))
            return None
        except OSError:
            return None
        finally:
            with self._lock:
                self._socket = None
            sock.close()

    @staticmethod
    def _decode(payload: bytes) -> PhoneEvent | None:
        try:
            message = json.loads(payload)
        except ValueError:
            return None
        return phone_event(message) if isinstance(message, dict) else None
