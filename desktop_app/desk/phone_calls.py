"""Calls that come from outside: a phone program ringing, a ``calmline:`` link.

``PhoneCalls`` opens such a call pre-filled when the agent is free, and
offers it (a call waiting) when a call is in progress, so a second ring never
replaces the call the agent is on: ``take-call`` saves the call in progress
and opens the waiting one. It follows each phone call through ringing,
answered and ended, writing those moments into the call's timeline; the call
ending moves the agent to the wrap-up. A call that rang and stopped before
anyone answered, with nothing typed into it, is dropped as a missed call.

Commands: ``offer-call`` (what a ``calmline:`` link runs), ``take-call`` and
``phone-status`` (one JSON object: the phone call in progress and the calls
waiting).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_app.core.call import EventKind
from desktop_app.core.call_time import talk_time
from desktop_app.core.caller import FIELD_NAMES, Caller, CallerError, clean_caller
from desktop_app.core.commands import CommandError, CommandRegistry, Invocation
from desktop_app.core.content.problems import said
from desktop_app.desk.desk import CallDesk
from desktop_app.desk.softphone import ANSWERED, ENDED, RINGING, PhoneEvent

#: ``offer-call`` options, as the command line spells them -> ``Caller`` fields
OFFER_OPTIONS: dict[str, str] = {name.replace("_", "-"): name for name in FIELD_NAMES}

_KINDS = {RINGING: EventKind.RANG, ANSWERED: EventKind.ANSWERED, ENDED: EventKind.ENDED}

#: timeline kinds a call that only rang holds; anything else means the agent worked on it
_UNTOUCHED = frozenset({EventKind.STEP_ENTERED, EventKind.RANG})

Listener = Callable[[], None]


@dataclass
class WaitingCall:
    """A call offered while another was in progress, with what its phone did meanwhile."""

    caller: Caller
    #: the phone program's id for the call; "" for a link
    line: str = ""
    source: str = ""
    #: (kind, when, detail), replayed into the call's timeline when it is taken
    events: list[tuple[EventKind, datetime, str]] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        return any(kind is EventKind.ANSWERED for kind, _at, _detail in self.events)

    @property
    def state(self) -> str:
        kinds = [kind for kind, _at, _detail in self.events]
        if EventKind.ENDED in kinds:
            return "ended"
        if EventKind.ANSWERED in kinds:
            return "talking"
        return "ringing" if kinds else "waiting"


class PhoneCalls:
    def __init__(self, desk: CallDesk, registry: CommandRegistry | None = None) -> None:
        self.desk = desk
        self.waiting: list[WaitingCall] = []
        #: the phone line of the call in progress, and that call's id
        self._line = ""
        self._line_call = ""
        self._listeners: list[Listener] = []
        #: what the window adds to ``phone-status`` (the connection, the repeat-caller alert)
        self.extra_status: Callable[[], dict[str, Any]] = dict
        desk.status_parts["phone"] = self.status
        if registry is not None:
            self.register_commands(registry)

    def on_waiting_changed(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _waiting_changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    # -- offering a call ------------------------------------------------------
    def offer(self, caller: Caller, *, line: str = "", source: str = "") -> str:
        """Open the call now if the agent is free, else add it to the calls waiting."""
        waiting = WaitingCall(caller, line, source)
        if line:
            waiting.events.append((EventKind.RANG, self.desk.clock.now(), source))
        if self.desk.has_unsaved_work():
            self.waiting.append(waiting)
            self._waiting_changed()
            self.desk.effects.warn(
                self.desk.tr("Call waiting: {caller}. take-call opens it").format(
                    caller=caller.describe()
                )
            )
            return f"call waiting: {caller.describe()}"
        self._open(waiting)
        return f"call opened: {caller.describe()}"

    def take_call(self) -> str:
        """Save the call in progress and open the call that has waited longest."""
        if not self.waiting:
            raise CommandError(said("no call is waiting"))
        waiting = self.waiting.pop(0)
        self._waiting_changed()
        self._open(waiting)
        return f"call opened: {waiting.caller.describe()}"

    def _open(self, waiting: WaitingCall) -> None:
        caller = waiting.caller
        session = self.desk.new_call(name=caller.name, phone=caller.phone, account=caller.account)
        record = session.record
        record.reason = caller.reason
        if caller.category:
            try:
                self.desk.set_field("category", caller.category)
            except CommandError as exc:
                self.desk.effects.warn(str(exc) + "; left blank")
        if not waiting.line:
            session.phone_event(EventKind.SCREEN_POP, caller.call_id)
        self._line, self._line_call = waiting.line, record.id
        for kind, at, detail in waiting.events:
            session.phone_event(kind, detail, at)
        session.notify_fields_changed()

    # -- the phone program's events ---------------------------------------------
    def phone(self, event: PhoneEvent) -> None:
        """A call rang, was answered or ended in the phone program."""
        kind = _KINDS.get(event.kind)
        if kind is None or not event.line:
            return
        if event.kind == RINGING:
            if not self._knows(event.line):
                self.offer(event.caller, line=event.line, source=event.source)
            return
        session = self.desk.session
        if event.line == self._line and session.record.id == self._line_call:
            if session.finished:
                return
            if kind is EventKind.ENDED and self._only_rang():
                self._line = self._line_call = ""
                self.desk.discard_call()
                self.desk.effects.notice(
                    self.desk.tr("Missed call: {caller}").format(caller=event.caller.describe())
                )
                return
            session.phone_event(kind)
            if kind is EventKind.ENDED:
                self._line = ""
                self.desk.effects.notice(self.desk.tr("Call ended: wrap up and save it to the log"))
            return
        for waiting in self.waiting:
            if waiting.line == event.line:
                self._waiting_event(waiting, kind)
                return

    def _waiting_event(self, waiting: WaitingCall, kind: EventKind) -> None:
        if kind is EventKind.ENDED and not waiting.answered:
            self.waiting.remove(waiting)
            self.desk.effects.notice(
                self.desk.tr("Missed call: {caller}").format(caller=waiting.caller.describe())
            )
        else:
            waiting.events.append((kind, self.desk.clock.now(), ""))
        self._waiting_changed()

    def _knows(self, line: str) -> bool:
        return (line == self._line and self.desk.session.record.id == self._line_call) or any(
            w.line == line for w in self.waiting
        )

    def _only_rang(self) -> bool:
        record = self.desk.session.record
        return all(event.kind in _UNTOUCHED for event in record.timeline) and not (
            record.notes
            or record.commitments
            or record.resolution
            or record.outcome
            or record.cause
        )

    # -- status -------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        """The phone side of the window: the call in progress, its state, the calls waiting."""
        session = self.desk.session
        record = session.record
        time = talk_time(record, self.desk.clock.now(), begun=session.begun)
        return {
            "call": {
                "id": record.id,
                "name": record.customer.name,
                "phone": record.customer.phone,
                "account": record.customer.account,
                "state": time.state,
                "talk_seconds": time.seconds,
                "on_phone": bool(self._line) and record.id == self._line_call,
                "timeline": [event.kind.value for event in record.timeline],
            },
            "step": session.current_step.id,
            "last_step": session.is_last_step,
            "waiting": [
                {
                    "name": w.caller.name,
                    "phone": w.caller.phone,
                    "account": w.caller.account,
                    "state": w.state,
                }
                for w in self.waiting
            ],
            **self.extra_status(),
        }

    # -- commands -------------------------------------------------------------------
    def register_commands(self, registry: CommandRegistry) -> None:
        registry.register(
            "offer-call",
            self._cmd_offer,
            help="Open a pre-filled call, or offer it as waiting during a call",
            options=list(OFFER_OPTIONS),
        )
        registry.register(
            "take-call",
            lambda _: self.take_call(),
            help="Save this call and open the call waiting",
        )
        registry.register(
            "phone-status",
            lambda _: json.dumps(self.status(), ensure_ascii=False),
            help="The phone call in progress and the calls waiting, as JSON",
        )

    def _cmd_offer(self, inv: Invocation) -> str:
        values = {field: inv.text(option) for option, field in OFFER_OPTIONS.items()}
        try:
            caller = clean_caller(values)
        except CallerError as exc:
            raise CommandError(said("offer-call: {problem}", problem=exc.said)) from None
        return self.offer(caller)
