"""The remote-control server inside the window's event loop: requests, answers, the socket file.

The caller runs in a thread of its own, as ``calmline ctl`` runs in a process
of its own, while the server answers from the Qt event loop.
"""

from __future__ import annotations

import socket
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataDir
from desktop_app.ui.plumbing.remote import (
    MAX_REQUEST,
    RemoteControl,
    Reply,
    send_command,
    server_name,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


class Calls:
    """A window's command runner that records what it was asked."""

    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def __call__(self, argv: list[str]) -> tuple[bool, str]:
        self.seen.append(argv)
        if argv[0] == "fail":
            return False, "that did not work"
        return True, f"done: {' '.join(argv)}"


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.create()
    return data


@pytest.fixture
def remote(data: DataDir) -> Iterator[tuple[RemoteControl, Calls]]:
    calls = Calls()
    control = RemoteControl(data, calls)
    assert control.listen(), control.error()
    yield control, calls
    control.close()


def in_thread(qtbot: QtBot, data: DataDir, argv: list[str]) -> Reply | None:
    """``send_command`` from another thread, the event loop running meanwhile."""
    result: list[Reply | None] = []
    caller = threading.Thread(target=lambda: result.append(send_command(data, argv)))
    caller.start()
    qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    caller.join()
    return result[0]


def raw_exchange(qtbot: QtBot, data: DataDir, *chunks: bytes) -> bytes:
    """Send ``chunks`` as separate writes; what comes back before the server hangs up."""
    answer: list[bytes] = []

    def talk() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(10)
            sock.connect(server_name(data))
            for chunk in chunks:
                sock.sendall(chunk)
            received = b""
            while chunk := sock.recv(65536):
                received += chunk
            answer.append(received)

    caller = threading.Thread(target=talk)
    caller.start()
    qtbot.waitUntil(lambda: bool(answer), timeout=10_000)
    caller.join()
    return answer[0]


def test_a_command_runs_in_the_window_and_its_answer_comes_back(
    qtbot: QtBot, data: DataDir, remote: tuple[RemoteControl, Calls]
) -> None:
    _control, calls = remote
    assert in_thread(qtbot, data, ["use-card", "3"]) == Reply(True, "done: use-card 3")
    assert in_thread(qtbot, data, ["fail"]) == Reply(False, "that did not work")
    assert calls.seen == [["use-card", "3"], ["fail"]]


def test_a_request_in_pieces_is_read_whole_and_bad_ones_are_refused(
    qtbot: QtBot, data: DataDir, remote: tuple[RemoteControl, Calls]
) -> None:
    _control, calls = remote
    answer = raw_exchange(qtbot, data, b'{"argv": ["next', b'-step"]}\n')
    assert answer == b'{"ok": true, "message": "done: next-step"}\n'
    assert b"cannot read the request" in raw_exchange(qtbot, data, b"not json\n")
    assert b"no command given" in raw_exchange(qtbot, data, b'{"argv": []}\n')
    assert b"request too long" in raw_exchange(qtbot, data, b"x" * (MAX_REQUEST + 1))
    assert calls.seen == [["next-step"]]


def test_the_socket_is_private_and_goes_when_closed(
    qtbot: QtBot, data: DataDir, remote: tuple[RemoteControl, Calls]
) -> None:
    control, _calls = remote
    path = Path(control.name)
    assert path.parent == data.root
    assert stat.S_ISSOCK(path.stat().st_mode)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in data.root.iterdir() if p.name.startswith(".")) == []
    control.close()
    assert not path.exists()
    assert send_command(data, ["next-step"]) is None


def test_a_socket_left_behind_by_a_crash_is_replaced(qtbot: QtBot, data: DataDir) -> None:
    # What a killed window leaves: a socket file nobody listens on.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(server_name(data))
    stale.close()
    assert send_command(data, ["next-step"]) is None
    calls = Calls()
    control = RemoteControl(data, calls)
    try:
        assert control.listen(), control.error()
        assert in_thread(qtbot, data, ["next-step"]) == Reply(True, "done: next-step")
    finally:
        control.close()
