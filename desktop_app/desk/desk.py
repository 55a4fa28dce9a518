"""``CallDesk``: the call in progress, the commands that drive it, and saving it."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.call import CallRecord
from desktop_app.core.clock import Clock, SystemClock
from desktop_app.core.commands import Arg, CommandError, CommandRegistry, Invocation
from desktop_app.core.playbook import PhraseCard, Playbook
from desktop_app.core.session import CallSession, CardUse
from desktop_app.desk.effects import Effects
from desktop_app.store.base import CallLog

SessionListener = Callable[[CallSession], None]


class CallDesk:
    def __init__(
        self,
        playbook: Playbook,
        log: CallLog,
        effects: Effects,
        *,
        agent: str = "",
        clock: Clock | None = None,
        registry: CommandRegistry | None = None,
    ) -> None:
        self.playbook = playbook
        self.log = log
        self.effects = effects
        self.agent = agent
        self.clock = clock or SystemClock()
        self.registry = registry or CommandRegistry()
        self._session_listeners: list[SessionListener] = []
        self.session = self._new_session()
        self._register_commands()

    # -- sessions ----------------------------------------------------------
    def on_new_session(self, listener: SessionListener) -> None:
        """``listener`` is called whenever a new call (session) begins."""
        self._session_listeners.append(listener)

    def _new_session(self) -> CallSession:
        return CallSession(self.playbook, agent=self.agent, clock=self.clock)

    def new_call(self, *, name: str = "", phone: str = "", account: str = "") -> CallSession:
        if self._has_unsaved_work():
            self.save_call()
        self.session = self._new_session()
        customer = self.session.record.customer
        customer.name, customer.phone, customer.account = name, phone, account
        for listener in list(self._session_listeners):
            listener(self.session)
        return self.session

    def _has_unsaved_work(self) -> bool:
        record = self.session.record
        touched = len(record.timeline) > 1 or not record.customer.is_empty() or record.notes
        return bool(touched) and not self.session.finished

    def save_call(self) -> CallRecord:
        record = self.session.finish()
        self.log.save(record)
        self.log.clear_draft()
        self.effects.notice("Call saved to the log")
        return record

    # -- cards -------------------------------------------------------------
    def card_by_number(self, number: int) -> PhraseCard:
        cards = self.session.current_step.cards
        if not 1 <= number <= len(cards):
            raise CommandError(
                f"step {self.session.current_step.title!r} has {len(cards)} cards, no card {number}"
            )
        return cards[number - 1]

    def use_card(self, card: PhraseCard) -> CardUse:
        use = self.session.use_card(card)
        self.effects.copy_text(card.text)
        if use.sounds_repetitive:
            self.effects.notice(
                f"“{card.title}” used {use.times_used} times this call: "
                "say it in your own words this time"
            )
        else:
            self.effects.notice(f"Copied: {card.title}")
        return use

    # -- commands ----------------------------------------------------------
    def _register_commands(self) -> None:
        r = self.registry
        r.register("next-step", lambda _: self.session.next_step(), help="Go to the next step")
        r.register(
            "previous-step", lambda _: self.session.previous_step(), help="Go to the previous step"
        )
        r.register(
            "go-to-step",
            lambda inv: self.session.go_to(inv.number("number") - 1),
            help="Go to step N",
            args=[Arg("number", "int")],
        )
        r.register(
            "use-card",
            lambda inv: self.use_card(self.card_by_number(inv.number("number"))),
            help="Copy card N of this step",
            args=[Arg("number", "int")],
        )
        r.register(
            "reescalate",
            lambda _: self.session.reescalate(),
            help="Customer flared up: back to acknowledging",
        )
        r.register(
            "set-mood",
            lambda inv: self.session.set_mood(inv.number("mood")),
            help="Set the customer's mood, 1 (furious) to 5 (calm)",
            args=[Arg("mood", "int")],
        )
        r.register(
            "open-situation",
            lambda inv: self.session.open_situation(inv.text("id")),
            help="Open a situation's cards",
            args=[Arg("id")],
        )
        r.register(
            "new-call",
            self._cmd_new_call,
            help="Start a new call",
            options=["name", "phone", "account"],
        )
        r.register("save-call", lambda _: self.save_call(), help="Save the call to the log")

    def _cmd_new_call(self, inv: Invocation) -> None:
        self.new_call(name=inv.text("name"), phone=inv.text("phone"), account=inv.text("account"))
