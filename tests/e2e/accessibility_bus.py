"""A private desktop for screen-reader tests: D-Bus session, AT-SPI bus, Xvfb.

Everything runs as this user, on buses and a display of its own, and is
stopped when the test module ends. ``missing()`` says what this machine
lacks to start it (Debian: dbus, at-spi2-core, python3-pyatspi, xvfb).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
WALKER = Path(__file__).with_name("atspi_walker.py")
WALK_TIMEOUT = 120.0


def bus_launcher() -> str | None:
    return next((p for p in BUS_LAUNCHERS if os.access(p, os.X_OK)), None)


def missing() -> str:
    """What is missing to run the accessibility bus here, or "" when nothing is."""
    lacking = [tool for tool in ("dbus-daemon", "Xvfb") if shutil.which(tool) is None]
    if bus_launcher() is None:
        lacking.append("at-spi-bus-launcher (at-spi2-core)")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        lacking.append(SYSTEM_PYTHON)
    elif (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
        != 0
    ):
        lacking.append("pyatspi for /usr/bin/python3 (python3-pyatspi)")
    return ", ".join(lacking)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@dataclass(frozen=True)
class Desktop:
    """The environment a program needs to show itself there and be read aloud."""

    env: dict[str, str]

    def walker(self, *args: str, timeout: float = WALK_TIMEOUT) -> Any:
        """Run the AT-SPI walker; its last line of output, as JSON."""
        done = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, f"walker {args}: {done.stderr.strip()}"
        return json.loads(done.stdout.strip().splitlines()[-1])

    @contextmanager
    def listening(self, pid: int, seconds: float) -> Iterator[subprocess.Popen[str]]:
        """The walker listening for events; its JSON comes out when ``seconds`` are over."""
        process = subprocess.Popen(
            [SYSTEM_PYTHON, str(WALKER), "listen", str(pid), str(seconds)],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert line.strip() == "ready", process.communicate()
            yield process
        finally:
            _stop(process)


def _start_xvfb(stack: ExitStack) -> str:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    os.close(write)
    stack.callback(_stop, xvfb)
    with os.fdopen(read) as display:
        number = display.readline().strip()
    assert number, "Xvfb did not say which display it took"
    return f":{number}"


def _start_session_bus(stack: ExitStack, base: dict[str, str]) -> str:
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        env=base,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    stack.callback(_stop, bus)
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    assert address, "dbus-daemon did not print its address"
    return address


@contextmanager
def private_desktop(home: Path) -> Iterator[Desktop]:
    """Xvfb, a D-Bus session and the AT-SPI bus, all private; stopped on leaving."""
    launcher = bus_launcher()
    assert launcher is not None
    with ExitStack() as stack:
        base = {
            **os.environ,
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(home),
            "NO_AT_BRIDGE": "0",
        }
        base["DISPLAY"] = _start_xvfb(stack)
        base["DBUS_SESSION_BUS_ADDRESS"] = _start_session_bus(stack, base)
        # Qt watches for this bus; it must run before the program starts.
        atspi = subprocess.Popen(
            [launcher, "--launch-immediately"],
            env=base,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        stack.callback(_stop, atspi)
        _wait_for_accessibility_bus(base)
        yield Desktop(
            {
                **base,
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            }
        )


def _wait_for_accessibility_bus(env: dict[str, str]) -> None:
    script = (
        "import sys, gi; gi.require_version('Atspi', '2.0');"
        "from gi.repository import Atspi; Atspi.init();"
        "sys.exit(0 if Atspi.get_desktop(0) is not None else 1)"
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done = subprocess.run(
            [SYSTEM_PYTHON, "-c", script], env=env, capture_output=True, timeout=20, check=False
        )
        if done.returncode == 0:
            return
        time.sleep(0.3)
    raise AssertionError("the AT-SPI bus did not come up")
