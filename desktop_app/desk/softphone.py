"""What Calmline needs from a phone program, whichever it is.

A ``Softphone`` connects to the phone program and tells Calmline, through
``deliver``, about each call (``PhoneEvent``: ringing, answered, ended) and
about its own connection (``LineStatus``). It runs off the GUI thread and
must never block it; the window's adapter (``ui.phone``) hands what is
delivered to the GUI thread. ``desk.baresip`` is the first; another phone
program is another class with ``start`` and ``stop``.

Which one runs is the ``softphone`` setting (or ``CALMLINE_SOFTPHONE``),
``"baresip:127.0.0.1:4444"``; "" for none.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from desktop_app.core.caller import Caller

ENV_SOFTPHONE = "CALMLINE_SOFTPHONE"

RINGING = "ringing"
ANSWERED = "answered"
ENDED = "ended"


@dataclass(frozen=True, slots=True)
class PhoneEvent:
    """Something that happened to one call on the phone."""

    #: RINGING, ANSWERED or ENDED
    kind: str
    #: the phone program's id for the call, to match later events to it
    line: str
    caller: Caller
    #: the phone program's name, for the timeline ("baresip")
    source: str


@dataclass(frozen=True, slots=True)
class LineStatus:
    """The connection to the phone program: up, or down with why and what happens next."""

    connected: bool
    message: str


Delivery = Callable[[PhoneEvent | LineStatus], None]


class Softphone(Protocol):
    """A phone program Calmline listens to."""

    #: what the agent is told it is connected to, e.g. "baresip at 127.0.0.1:4444"
    label: str

    def start(self, deliver: Delivery) -> None:
        """Connect (and reconnect) in the background, calling ``deliver`` from any thread."""
        ...

    def stop(self) -> None:
        """Disconnect and stop; ``deliver`` is not called afterwards."""
        ...


class SoftphoneSettingError(ValueError):
    """A ``softphone`` setting that names no phone program Calmline knows."""


@dataclass(frozen=True, slots=True)
class SoftphoneSetting:
    kind: str
    host: str
    port: int


KNOWN = ("baresip",)


def softphone_setting(from_settings: str) -> str:
    """The setting in force: ``CALMLINE_SOFTPHONE`` when set, else the settings file's."""
    return os.environ.get(ENV_SOFTPHONE, from_settings).strip()


def parse_softphone_setting(value: str) -> SoftphoneSetting | None:
    """``"baresip:127.0.0.1:4444"`` -> its parts; "" -> None. Only loopback
    addresses are taken: the phone program's control port has no password."""
    text = value.strip()
    if not text:
        return None
    kind, _colon, address = text.partition(":")
    if kind not in KNOWN:
        raise SoftphoneSettingError(
            f"softphone {text!r}: unknown phone program {kind!r} (known: {', '.join(KNOWN)}; "
            "e.g. baresip:127.0.0.1:4444)"
        )
    host, _colon, port_text = address.rpartition(":")
    host = host.strip("[]")
    if not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise SoftphoneSettingError(
            f"softphone {text!r}: expected {kind}:HOST:PORT, e.g. {kind}:127.0.0.1:4444"
        )
    if host != "localhost":
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise SoftphoneSettingError(
                f"softphone {text!r}: {host} is not this computer; the phone program's "
                "control port must be on 127.0.0.1 (it has no password)"
            )
    return SoftphoneSetting(kind, host, int(port_text))
