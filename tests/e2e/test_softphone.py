"""A real SIP call into a real softphone opens the call in the real Calmline window.

baresip (Debian: baresip-core) runs headless in a temp config dir with
``ctrl_tcp`` on a free loopback port, a WAV file as its microphone and the
``aubridge`` module as its speaker (baresip answers 486 Busy without a usable
audio source; baresip-core ships no ``null`` player). SIPp (Debian:
sip-tester) places the calls from "Dana Smith" <sip:+15551234567@127.0.0.1>;
the agent "answers" through baresip's own UDP console (``cons``), since
ctrl_tcp takes only one client and that client is Calmline.

Calmline's side is read with ``calmline ctl status`` and the draft the
window autosaves to the log (``window_state`` and ``saved_timeline``).
Without baresip or SIPp the tests are skipped, and fail when CI is set.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.call import CallRecord, Customer, EventKind
from desktop_app.paths import DataDir
from desktop_app.store.sqlite_log import SqliteCallLog
from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline_env, calmline_window

MODULES = Path("/usr/lib/baresip/modules")
SCENARIO = Path(__file__).parent / "sipp" / "call.xml"
DANA_PHONE = "+15551234567"
WAIT_S = 30.0


def _require_tools() -> None:
    missing = [tool for tool in ("baresip", "sipp") if shutil.which(tool) is None]
    if not (MODULES / "ctrl_tcp.so").exists():
        missing.append(f"baresip's ctrl_tcp module ({MODULES})")
    if missing:
        reason = f"{', '.join(missing)} not installed (Debian: baresip-core, sip-tester)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the softphone tests")
        pytest.skip(reason)


pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the softphone test uses Debian's baresip"
)


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Baresip:
    process: subprocess.Popen[bytes]
    sip_port: int
    ctrl_port: int
    console_port: int
    #: every SIPp caller placed against it, ended with it when a test stops half-way
    callers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def answer(self) -> None:
        """The agent picks up: ``a`` on baresip's console accepts the ringing call."""
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as console:
            console.sendto(b"a", ("127.0.0.1", self.console_port))


@pytest.fixture
def baresip(tmp_path: Path) -> Iterator[Baresip]:
    _require_tools()
    home = tmp_path / "baresip"
    home.mkdir()
    silence = home / "silence.wav"
    with wave.open(str(silence), "wb") as wav:  # S16LE, long enough for every call here
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"\0\0" * 8000 * 300)
    sip, ctrl, console = free_port(socket.SOCK_DGRAM), free_port(), free_port(socket.SOCK_DGRAM)
    (home / "config").write_text(
        f"""poll_method poll
sip_listen 127.0.0.1:{sip}
call_max_calls 4
audio_player aubridge,nil
audio_alert aubridge,nil
audio_source aufile,{silence}
module_path {MODULES}
module g711.so
module account.so
module aufile.so
module aubridge.so
module cons.so
module_app menu.so
module_app ctrl_tcp.so
ctrl_tcp_listen 127.0.0.1:{ctrl}
cons_listen 127.0.0.1:{console}
""",
        encoding="utf-8",
    )
    (home / "accounts").write_text("<sip:agent@127.0.0.1>;regint=0\n", encoding="utf-8")
    with (home / "baresip.out").open("wb") as output:
        process = subprocess.Popen(
            ["baresip", "-f", str(home)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    phone = Baresip(process, sip, ctrl, console)
    try:
        wait_for(lambda: _listening(ctrl), "baresip's ctrl_tcp to listen")
        yield phone
    finally:
        for caller in phone.callers:
            if caller.poll() is None:
                caller.kill()
            caller.communicate()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


def place_call(baresip: Baresip, workdir: Path, talk_ms: int) -> subprocess.Popen[bytes]:
    """SIPp calls baresip once as Dana Smith, talks ``talk_ms`` once answered, hangs up."""
    workdir.mkdir(parents=True, exist_ok=True)
    caller = subprocess.Popen(
        [
            "sipp", "-sf", str(SCENARIO), "-m", "1", "-i", "127.0.0.1",
            "-p", str(free_port(socket.SOCK_DGRAM)), "-mp", str(free_port(socket.SOCK_DGRAM)),
            "-d", str(talk_ms), "-nostdin", "-timeout", "60s",
            f"127.0.0.1:{baresip.sip_port}",
        ],
        cwd=workdir,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    baresip.callers.append(caller)
    return caller


def hung_up(call: subprocess.Popen[bytes]) -> None:
    _out, err = call.communicate(timeout=60)
    assert call.returncode == 0, err.decode(errors="replace")


def ctl(data: Path, *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "ctl", *words],
        cwd=REPO_ROOT,
        env=calmline_env(data),
        capture_output=True,
        text=True,
        timeout=60,
    )


def window_state(data: Path) -> dict[str, Any]:
    """What the window shows about the call: ``ctl status``, its phone side and the
    repeat-caller alert."""
    result = ctl(data, "status")
    assert result.returncode == 0, result.stderr
    status: dict[str, Any] = json.loads(result.stdout)
    return {**status["phone"], "repeat_caller": status["repeat_caller"]}


def wait_for(check: Callable[[], object], what: str, timeout: float = WAIT_S) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    pytest.fail(f"waited {timeout:g} s for {what}")


def wait_for_state(data: Path, what: str, check: Callable[[dict[str, Any]], bool]) -> Any:
    def state() -> dict[str, Any] | None:
        current = window_state(data)
        return current if check(current) else None

    return wait_for(state, what)


def saved_call(data: Path, call_id: str) -> CallRecord:
    log = SqliteCallLog(DataDir(data).call_log)
    try:
        record = log.get(call_id)
    finally:
        log.close()
    assert record is not None, f"call {call_id} is not in the log"
    return record


def phone_moments(kinds: list[EventKind]) -> list[EventKind]:
    return [k for k in kinds if k in (EventKind.RANG, EventKind.ANSWERED, EventKind.ENDED)]


def seed_earlier_call(data: Path) -> None:
    DataDir(data).create()
    log = SqliteCallLog(DataDir(data).call_log)
    try:
        started = datetime.now(UTC) - timedelta(days=3)
        log.save(
            CallRecord(
                started_at=started,
                ended_at=started + timedelta(minutes=6),
                customer=Customer(name="Dana Smith", phone=DANA_PHONE),
                category="Billing",
                outcome="follow-up",
            )
        )
    finally:
        log.close()


@pytest.fixture
def window(tmp_path: Path, baresip: Baresip) -> Iterator[Path]:
    data = tmp_path / "data"
    seed_earlier_call(data)
    softphone = {"CALMLINE_SOFTPHONE": f"baresip:127.0.0.1:{baresip.ctrl_port}"}
    with calmline_window(data, softphone) as process:
        wait_for_state(data, "Calmline to connect to baresip", lambda s: s["connected"])
        yield data
        assert ctl(data, "quit").returncode == 0
        _out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert "Traceback" not in err


def answered_call(data: Path, baresip: Baresip, call_dir: Path, talk_ms: int) -> Any:
    call = place_call(baresip, call_dir, talk_ms)
    ringing = wait_for_state(
        data, "the call to ring in Calmline", lambda s: s["call"]["state"] == "ringing"
    )
    baresip.answer()
    # A short call may be over before the window is asked: the answer is in its timeline.
    wait_for_state(data, "the answer", lambda s: EventKind.ANSWERED.value in s["call"]["timeline"])
    return call, ringing


def test_a_real_sip_call_rings_is_answered_and_ends_in_the_wrap_up(
    window: Path, baresip: Baresip, tmp_path: Path
) -> None:
    call = place_call(baresip, tmp_path / "sipp", talk_ms=2500)
    ringing = wait_for_state(
        window, "the call to ring in Calmline", lambda s: s["call"]["state"] == "ringing"
    )
    # Before hello: who is calling, and that they called before.
    assert ringing["call"]["name"] == "Dana Smith"
    assert ringing["call"]["phone"] == DANA_PHONE
    assert ringing["call"]["talk_seconds"] == 0
    assert ringing["repeat_caller"] == "Called once before"
    assert ringing["step"] == "listen"

    baresip.answer()
    talking = wait_for_state(window, "the answer", lambda s: s["call"]["state"] == "talking")
    assert talking["call"]["id"] == ringing["call"]["id"]
    wait_for_state(window, "the timer to run", lambda s: s["call"]["talk_seconds"] >= 1)

    hung_up(call)
    ended = wait_for_state(window, "the hang-up", lambda s: s["call"]["state"] == "ended")
    assert ended["last_step"] is True and ended["step"] == "log"
    assert ended["call"]["id"] == ringing["call"]["id"]
    moments = [EventKind(kind) for kind in ended["call"]["timeline"]]
    assert phone_moments(moments) == [EventKind.RANG, EventKind.ANSWERED, EventKind.ENDED]

    # Saved, the log holds the three moments, and the call ended when the phone hung up.
    assert ctl(window, "save-call", "--category", "other", "--outcome", "resolved").returncode == 0
    record = saved_call(window, ended["call"]["id"])
    assert phone_moments([e.kind for e in record.timeline]) == [
        EventKind.RANG, EventKind.ANSWERED, EventKind.ENDED
    ]  # fmt: skip
    hang_up = next(e.at for e in record.timeline if e.kind is EventKind.ENDED)
    assert record.ended_at == hang_up
    assert (record.customer.name, record.customer.phone) == ("Dana Smith", DANA_PHONE)


def test_ten_calls_in_a_row_and_one_that_rings_during_a_call(
    window: Path, baresip: Baresip, tmp_path: Path
) -> None:
    for number in range(10):
        call, ringing = answered_call(window, baresip, tmp_path / f"call{number}", 300)
        assert ringing["waiting"] == []
        hung_up(call)
        wait_for_state(window, "the hang-up", lambda s: s["call"]["state"] == "ended")
        assert (
            ctl(window, "save-call", "--category", "other", "--outcome", "resolved").returncode == 0
        )

    first, _ringing = answered_call(window, baresip, tmp_path / "first", talk_ms=4000)
    on_screen = window_state(window)["call"]["id"]
    second = place_call(baresip, tmp_path / "second", talk_ms=500)
    offered = wait_for_state(window, "the call waiting", lambda s: len(s["waiting"]) == 1)
    # Offered, not replacing the call the agent is on.
    assert offered["call"]["id"] == on_screen and offered["call"]["state"] == "talking"
    assert offered["waiting"] == [
        {"name": "Dana Smith", "phone": DANA_PHONE, "account": "", "state": "ringing"}
    ]
    # The first caller hangs up (the agent wraps up), then the agent picks up the second.
    hung_up(first)
    wait_for_state(window, "the first call's end", lambda s: s["call"]["state"] == "ended")
    baresip.answer()
    hung_up(second)
    after = wait_for_state(
        window, "the waiting call's end", lambda s: s["waiting"][0]["state"] == "ended"
    )
    assert after["call"]["id"] == on_screen
    taken = ctl(window, "take-call")
    assert taken.returncode == 0, taken.stderr
    now = window_state(window)
    assert now["call"]["id"] != on_screen and now["call"]["state"] == "ended"
    assert phone_moments([EventKind(k) for k in now["call"]["timeline"]]) == [
        EventKind.RANG, EventKind.ANSWERED, EventKind.ENDED
    ]  # fmt: skip
    assert now["waiting"] == []
    # Taking the waiting call saved the first one.
    first_saved = saved_call(window, on_screen)
    assert phone_moments([e.kind for e in first_saved.timeline]) == [
        EventKind.RANG, EventKind.ANSWERED, EventKind.ENDED
    ]  # fmt: skip

    log = SqliteCallLog(DataDir(window).call_log)
    try:
        calls = log.list_calls()
    finally:
        log.close()
    # The seeded call, ten in a row, and the first call saved when the waiting one was taken.
    assert len(calls) == 12
    assert all(c.customer.phone == DANA_PHONE for c in calls)
