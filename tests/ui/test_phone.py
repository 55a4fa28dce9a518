"""The phone in the window: a ring on a real socket, the quiet line, the call waiting."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.desk.baresip import BaresipPhone, netstring
from desktop_app.desk.phone_calls import PhoneCalls
from desktop_app.ui.call_window.main_window import MainWindow
from desktop_app.ui.plumbing.phone import PhoneBridge, attach_phone
from tests.unit.test_baresip import INCOMING


@pytest.fixture
def calls(window: MainWindow) -> PhoneCalls:
    phone_calls = window.parts.phone_calls  # type: ignore[attr-defined]
    assert isinstance(phone_calls, PhoneCalls)
    return phone_calls


@pytest.fixture
def ctrl_server() -> Iterator[socket.socket]:
    server = socket.create_server(("127.0.0.1", 0))
    yield server
    server.close()


def send(client: socket.socket, kind: str, **changes: object) -> None:
    client.sendall(netstring(json.dumps({**INCOMING, "type": kind, **changes}).encode()))


def test_a_ring_on_the_socket_fills_the_window_and_the_timer_waits_for_the_answer(
    qtbot: QtBot, window: MainWindow, calls: PhoneCalls, ctrl_server: socket.socket
) -> None:
    port = ctrl_server.getsockname()[1]
    bridge = PhoneBridge(window, calls, BaresipPhone("127.0.0.1", port, retry_s=(0.05,)))
    try:
        client, _ = ctrl_server.accept()
        send(client, "CALL_INCOMING")
        qtbot.waitUntil(lambda: window.notes.name.text() == "Dana Smith")
        assert window.timer_label.text() == "Ringing"
        send(client, "CALL_ESTABLISHED")
        qtbot.waitUntil(lambda: window.timer_label.text() == "0:00")
        send(client, "CALL_INCOMING", id="second@127.0.0.1", peerdisplayname="Eve Park")
        qtbot.waitUntil(bridge.waiting_bar.isVisible)
        assert "Call waiting: Eve Park" in bridge.waiting_bar.text
        assert window.notes.name.text() == "Dana Smith"  # not replaced
        send(client, "CALL_CLOSED")
        qtbot.waitUntil(lambda: window.desk.session.is_last_step)
        bridge.take_button.click()
        assert window.notes.name.text() == "Eve Park"
        assert not bridge.waiting_bar.isVisible()
        client.close()
        qtbot.waitUntil(bridge.line.isVisible)
        assert bridge.line.text().startswith("Phone not connected (baresip at 127.0.0.1:")
        assert "Keys work as always" in bridge.line.text()
        ctrl_server.accept()[0].close()  # back again; then gone again
    finally:
        bridge.stop()


def test_a_bad_setting_is_a_start_up_problem_and_no_phone(
    window: MainWindow, calls: PhoneCalls
) -> None:
    bridge, problem = attach_phone(window, calls, "baresip:192.0.2.1:4444")
    assert problem.startswith("settings.json: softphone 'baresip:192.0.2.1:4444'")
    assert "is not this computer" in problem
    assert bridge.softphone is None


def test_the_environment_names_the_softphone_over_the_settings(
    window: MainWindow, calls: PhoneCalls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CALMLINE_SOFTPHONE", "nosuchphone:1")
    _bridge, problem = attach_phone(window, calls, "")
    assert problem.startswith("CALMLINE_SOFTPHONE: softphone 'nosuchphone:1'")
