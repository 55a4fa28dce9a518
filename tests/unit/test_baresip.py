"""The baresip connector over a real TCP socket: netstrings, events, reconnecting."""

from __future__ import annotations

import json
import queue
import socket
import threading
from collections.abc import Iterator

import pytest

from desktop_app.desk.baresip import (
    BaresipPhone,
    NetstringError,
    NetstringReader,
    caller_from,
    netstring,
    phone_event,
)
from desktop_app.desk.softphone import (
    ANSWERED,
    ENDED,
    RINGING,
    LineStatus,
    PhoneEvent,
    SoftphoneSettingError,
    parse_softphone_setting,
)

#: CALL_INCOMING as baresip 1.0.0's ctrl_tcp sent it for a SIPp call here
INCOMING = {
    "event": True,
    "type": "CALL_INCOMING",
    "class": "call",
    "accountaor": "sip:agent@127.0.0.1",
    "direction": "incoming",
    "peeruri": "sip:+15551234567@127.0.0.1",
    "peerdisplayname": "Dana Smith",
    "id": "1-10989@127.0.0.1",
    "param": "sip:+15551234567@127.0.0.1",
}


def event(**changes: object) -> bytes:
    return netstring(json.dumps({**INCOMING, **changes}).encode())


def test_netstrings_are_split_whatever_the_chunks() -> None:
    stream = netstring(b"hello") + netstring(b"") + netstring(b"{}")
    reader = NetstringReader()
    got = [m for byte in range(len(stream)) for m in reader.feed(stream[byte : byte + 1])]
    assert got == [b"hello", b"", b"{}"]


@pytest.mark.parametrize("bad", [b"x:abc,", b"5:hello!", b"99999999:", b":a,", b"123456789"])
def test_bytes_that_are_not_netstrings_are_refused(bad: bytes) -> None:
    with pytest.raises(NetstringError):
        NetstringReader(limit=65536).feed(bad)


def test_the_three_call_events_are_read_and_others_ignored() -> None:
    ringing = phone_event(INCOMING)
    assert ringing is not None and ringing.kind == RINGING
    assert (ringing.caller.name, ringing.caller.phone) == ("Dana Smith", "+15551234567")
    assert ringing.line == "1-10989@127.0.0.1"
    answered = phone_event({**INCOMING, "type": "CALL_ESTABLISHED"})
    assert answered is not None and answered.kind == ANSWERED
    ended = phone_event({**INCOMING, "type": "CALL_CLOSED", "param": "Connection reset"})
    assert ended is not None and ended.kind == ENDED
    assert phone_event({**INCOMING, "type": "CALL_REMOTE_SDP"}) is None
    assert phone_event({**INCOMING, "direction": "outgoing"}) is None
    assert phone_event({"response": True, "ok": True, "data": ""}) is None


def test_a_hostile_display_name_and_address_are_cleaned() -> None:
    caller = caller_from(
        {
            "peerdisplayname": "\u202eDana\x00 " + "S" * 500,
            "peeruri": "sip:alice;rm -rf@example.com",
            "id": "x",
        }
    )
    assert caller.name.startswith("Dana S") and len(caller.name) == 100
    assert caller.phone == ""
    named = caller_from({"peeruri": "sips:alice@example.com;transport=tls", "id": "y"})
    assert (named.name, named.phone) == ("alice", "")
    encoded = caller_from({"peeruri": "<sip:%2B4930123@pbx>", "id": "z"})
    assert encoded.phone == "+4930123"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("skype:127.0.0.1:4444", "unknown phone program 'skype'"),
        ("baresip:127.0.0.1", "expected baresip:HOST:PORT"),
        ("baresip:127.0.0.1:99999", "expected baresip:HOST:PORT"),
        ("baresip:10.0.0.5:4444", "10.0.0.5 is not this computer"),
        ("baresip:example.com:4444", "is not this computer"),
    ],
)
def test_a_wrong_softphone_setting_says_what_is_wrong(value: str, message: str) -> None:
    with pytest.raises(SoftphoneSettingError, match=message):
        parse_softphone_setting(value)


def test_good_softphone_settings() -> None:
    assert parse_softphone_setting("") is None
    parsed = parse_softphone_setting(" baresip:127.0.0.1:4444 ")
    assert parsed is not None and (parsed.host, parsed.port) == ("127.0.0.1", 4444)
    ipv6 = parse_softphone_setting("baresip:[::1]:5000")
    assert ipv6 is not None and ipv6.host == "::1"


class FakeCtrlTcp:
    """A stand-in for baresip's ctrl_tcp: accepts one client, sends what it is told."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.clients: queue.Queue[socket.socket] = queue.Queue()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            self.clients.put(client)

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def ctrl() -> Iterator[FakeCtrlTcp]:
    server = FakeCtrlTcp()
    yield server
    server.close()


def test_events_arrive_and_a_dropped_connection_is_retried(ctrl: FakeCtrlTcp) -> None:
    got: queue.Queue[PhoneEvent | LineStatus] = queue.Queue()
    phone = BaresipPhone("127.0.0.1", ctrl.port, retry_s=(0.05,))
    phone.start(got.put)
    try:
        client = ctrl.clients.get(timeout=5)
        assert got.get(timeout=5) == LineStatus(True, "connected")
        # Split mid-message, and a message Calmline does not care about in between.
        data = event(type="CALL_LOCAL_SDP") + event()
        client.sendall(data[:37])
        client.sendall(data[37:])
        ringing = got.get(timeout=5)
        assert isinstance(ringing, PhoneEvent) and ringing.caller.name == "Dana Smith"
        client.close()
        lost = got.get(timeout=5)
        assert isinstance(lost, LineStatus) and not lost.connected
        assert "trying again" in lost.message
        again = ctrl.clients.get(timeout=5)
        assert got.get(timeout=5) == LineStatus(True, "connected")
        again.sendall(event(type="CALL_CLOSED"))
        ended = got.get(timeout=5)
        assert isinstance(ended, PhoneEvent) and ended.kind == ENDED
        again.sendall(b"garbage")
        unreadable = got.get(timeout=5)
        assert isinstance(unreadable, LineStatus) and "unreadable" in unreadable.message
    finally:
        phone.stop()


def test_no_baresip_is_reported_and_stop_returns_at_once() -> None:
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    port = free.getsockname()[1]
    free.close()  # nothing listens there now
    got: queue.Queue[PhoneEvent | LineStatus] = queue.Queue()
    phone = BaresipPhone("127.0.0.1", port, retry_s=(30.0,))
    phone.start(got.put)
    status = got.get(timeout=5)
    assert isinstance(status, LineStatus) and not status.connected
    assert "cannot connect" in status.message and "trying again in 30 s" in status.message
    phone.stop()  # does not wait out the 30 s
    assert phone._thread is not None and not phone._thread.is_alive()
