"""``CallDesk``: the call in progress, the commands that drive it, and saving it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.core.call import (
    MOOD_MAX,
    MOOD_MIN,
    CallRecord,
    Commitment,
    Outcome,
    mood_word,
)
from desktop_app.core.clock import Clock, SystemClock
from desktop_app.core.commands import (
    STATUS_MISSING_FIELDS,
    STATUS_NOT_WRITTEN,
    Arg,
    CommandError,
    CommandRegistry,
    Invocation,
)
from desktop_app.core.content.problems import Said, counted, said
from desktop_app.core.placeholders import fill
from desktop_app.core.playbook import PhraseCard, Playbook, Situation
from desktop_app.core.session import CallSession, CardUse
from desktop_app.core.titles import Titles
from desktop_app.core.wrap_up import LOG_FIELDS, anything_typed, missing_fields
from desktop_app.desk.effects import Effects, MissingValues
from desktop_app.desk.status import DurabilityState, status
from desktop_app.store.base import CallLog, LogWriteError

SessionListener = Callable[[CallSession], None]
SituationListener = Callable[[Situation | None], None]


@dataclass(frozen=True, slots=True)
class UnfinishedCall:
    """The call that was in progress when Calmline last stopped, offered to carry on with."""

    record: CallRecord
    step_index: int
    #: the playbook it began with, when it is not the one in use
    playbook: Playbook | None = None


UnfinishedListener = Callable[[UnfinishedCall | None], None]
Translate = Callable[[str], str]
#: A message with a count (``%n``) in the user's language, in the plural form for the count.
TranslateCount = Callable[[str, int], str]
#: What the agent has typed in the promise row and not added yet: (what, who, due) or None.
TypedPromise = Callable[[], tuple[str, str, datetime | None] | None]

#: Fields ``set-field`` may change, as the record spells them.
FIELDS = LOG_FIELDS

#: Mood assumed when the agent nudges it before ever setting it.
MOOD_UNKNOWN_START = 3


def mood_after_flare_up(mood: int | None) -> int:
    """A customer who flares up again is one step angrier than they were, never
    past furious; one whose mood was never set counts from the middle of the scale."""
    return max(MOOD_MIN, (mood if mood is not None else MOOD_UNKNOWN_START) - 1)


class NotWrittenError(CommandError):
    """The command did its work, but the disk refused it: it is kept in memory."""

    status = STATUS_NOT_WRITTEN


class MissingFieldsError(CommandError):
    """``save-call`` refused: the playbook requires fields the call has empty."""

    status = STATUS_MISSING_FIELDS

    def __init__(self, message: str | Said, missing: tuple[str, ...]) -> None:
        super().__init__(message)
        self.missing = missing


class CallDesk:
    def __init__(
        self,
        playbook: Playbook,
        log: CallLog,
        effects: Effects,
        *,
        agent: str = "",
        company: str = "",
        clock: Clock | None = None,
        registry: CommandRegistry | None = None,
        translate: Translate | None = None,
    ) -> None:
        self.playbook = playbook
        self.log = log
        self.effects = effects
        self.agent = agent
        self.company = company
        self.clock = clock or SystemClock()
        self.registry = registry or CommandRegistry()
        #: turns the desk's English messages into the user's language
        self.tr: Translate = translate or (lambda text: text)
        #: the same for a message with a count; English has one form past 1
        self.tr_count: TranslateCount = lambda text, count: text.replace("%n", str(count))
        self._session_listeners: list[SessionListener] = []
        self._situation_listeners: list[SituationListener] = []
        self._unfinished_listeners: list[UnfinishedListener] = []
        #: last time's unfinished call while it is offered (see ``offer_unfinished``)
        self.unfinished: UnfinishedCall | None = None
        #: values the agent typed in for placeholders during this call
        self._answers: dict[str, str] = {}
        #: why the last saved call is only in memory; "" once it is on disk
        self.not_written = ""
        self.situation: Situation | None = None
        #: what keeps the call safe on disk, for ``status`` (set by the window's autosave)
        self.durability: DurabilityState | None = None
        #: more of ``status``, by name (the phone's side of the call, say)
        self.status_parts: dict[str, Callable[[], object]] = {}
        #: the promise row on screen (set by the window); part of every draft and saved call
        self.promise_being_typed: TypedPromise = lambda: None
        #: every playbook loaded (set where the library is known), for ``titles``
        self.known_playbooks: Callable[[], Iterable[Playbook]] = lambda: ()
        #: the call whose draft was last handed to the autosave
        self._draft_call_id = ""
        self.session = self._new_session()
        self._register_commands()

    # -- sessions ----------------------------------------------------------
    def on_new_session(self, listener: SessionListener) -> None:
        """``listener`` is called whenever a new call (session) begins."""
        self._session_listeners.append(listener)

    def on_situation(self, listener: SituationListener) -> None:
        """``listener`` is called when a situation is opened or closed."""
        self._situation_listeners.append(listener)

    def _new_session(self, *, begun: bool = False) -> CallSession:
        """A call waiting for the agent (its time starts at their first action),
        or, ``begun``, a call under way from now (new-call, a ring)."""
        session = CallSession(self.playbook, agent=self.agent, clock=self.clock, begun=begun)
        session.subscribe(self._session_changed)
        return session

    def _session_changed(self, _session: CallSession, what: str) -> None:
        # The agent got on with a new call: last time's goes to the log before
        # the autosave of this one can take its place.
        if self.unfinished is not None:
            self.keep_unfinished()
        # Moving to another step leaves the situation behind.
        if what == "step" and self.situation is not None:
            self.close_situation()

    def _begin(self, session: CallSession) -> None:
        self.session = session
        self._answers = {}
        self.close_situation()
        for listener in list(self._session_listeners):
            listener(session)

    def new_call(self, *, name: str = "", phone: str = "", account: str = "") -> CallSession:
        if self.unfinished is not None:
            self.keep_unfinished()
        if self.has_unsaved_work():
            self.save_call()
        session = self._new_session(begun=True)
        customer = session.record.customer
        customer.name, customer.phone, customer.account = name, phone, account
        self._begin(session)
        return session

    def discard_call(self) -> None:
        """Drop the call in progress unsaved (a call that rang and was missed,
        with nothing typed into it) and be ready for the next."""
        self.log.clear_draft()
        self._begin(self._new_session())

    def resume(self, record: CallRecord, step_index: int) -> CallSession:
        """Carry on with a call restored after a crash, on the step it was at."""
        session = CallSession(
            self.playbook, agent=self.agent, clock=self.clock, record=record, step_index=step_index
        )
        session.subscribe(self._session_changed)
        self._begin(session)
        return session

    # -- last time's unfinished call ---------------------------------------
    def on_unfinished(self, listener: UnfinishedListener) -> None:
        """``listener`` is called when an unfinished call is offered and when that is settled."""
        self._unfinished_listeners.append(listener)

    def offer_unfinished(self, call: UnfinishedCall) -> None:
        """Offer ``call`` until the agent carries on with it, keeps it in the log, or starts
        on another call (which keeps it in the log too): never both lost and replaced."""
        self.unfinished = call
        self._unfinished_changed()

    def carry_on_unfinished(self) -> str:
        call = self.unfinished
        if call is None:
            raise CommandError(self.tr("no unfinished call is offered"))
        self.unfinished = None
        self._unfinished_changed()
        if call.playbook is not None and call.playbook.id != self.playbook.id:
            self.replace_playbook(call.playbook)  # the call goes on in the playbook it began with
        self.resume(call.record, call.step_index)
        return self.tr("carrying on with the call from {started}").format(
            started=call.record.started_at.astimezone().strftime("%H:%M")
        )

    def keep_unfinished(self) -> str:
        """Keep the offered call in the log as an unfinished call, and close the offer."""
        call = self.unfinished
        if call is None:
            raise CommandError(self.tr("no unfinished call is offered"))
        self.unfinished = None
        self._unfinished_changed()
        try:
            self.log.save(call.record)  # saving a call settles its draft
        except LogWriteError as exc:
            # The log keeps it in memory and writes it once it can (store.pending).
            self.effects.error(self.tr("Not on disk yet: {problem}").format(problem=exc))
        message = self.tr("Last time's unfinished call is kept in the log")
        self.effects.notice(message)
        return message

    def _unfinished_changed(self) -> None:
        for listener in list(self._unfinished_listeners):
            listener(self.unfinished)

    def replace_playbook(self, playbook: Playbook) -> None:
        """Use ``playbook`` from now on, for this call (which keeps its state) and the next."""
        self.playbook = playbook
        dropped = False
        if self.situation is not None:
            same = [s for s in playbook.situations if s.id == self.situation.id]
            dropped = not same
            self.situation = same[0] if same else None
        self.session.replace_playbook(playbook)
        if dropped:
            self._situation_changed()

    def has_unsaved_work(self) -> bool:
        """The call in progress holds something worth keeping and is not saved yet."""
        record = self.session.record
        touched = (
            len(record.timeline) > 1
            or not record.customer.is_empty()
            or record.notes
            or record.commitments
        )
        return bool(touched) and not self.session.finished

    def anything_typed(self) -> bool:
        """The agent typed or chose something for this call (a promise still in its row too):
        starting another call from the keyboard asks first."""
        return anything_typed(self.session.record) or self.typed_promise() is not None

    # -- what a call needs before it is saved -------------------------------
    def missing_fields(self) -> tuple[str, ...]:
        """The fields the playbook requires that this call still has empty."""
        return missing_fields(self.session.record, self.playbook.required)

    def field_choices(self, name: str) -> tuple[str, ...]:
        """What a field may be set to, for a field with a fixed list; () for free text."""
        if name == "category":
            return self.playbook.categories
        if name == "outcome":
            return tuple(o.value for o in Outcome)
        return ()

    # -- what is kept on disk ----------------------------------------------
    def typed_promise(self) -> Commitment | None:
        """The promise typed in the promise row but not added yet (who defaults to the agent)."""
        typed = self.promise_being_typed()
        if typed is None:
            return None
        what, who, due = typed
        return Commitment(what=what, who=who.strip() or self.agent, due=due)

    def draft(self) -> tuple[CallRecord, int] | None:
        """The call in progress as it is autosaved (the typed promise included) and its
        step, or None when nothing is worth keeping."""
        session = self.session
        promise = self.typed_promise()
        if session.finished or not (self.has_unsaved_work() or promise is not None):
            return None
        record = session.record
        if promise is not None:
            record = CallRecord.from_dict(record.to_dict())
            record.commitments.append(promise)
        self._draft_call_id = record.id
        return record, session.current_index

    def draft_written(self) -> None:
        """The autosave wrote a draft. One that was on its way while its call was
        saved must not linger as an unfinished call."""
        if self._draft_call_id and self._draft_call_id != self.session.record.id:
            self._draft_call_id = ""
            if self.draft() is None:
                self.log.clear_draft()

    def save_call(self) -> CallRecord:
        """Save the call to the log and get ready for the next one.

        When the disk refuses, the log keeps the call in memory (``store.pending``)
        and ``not_written`` says why until the next save.
        """
        # A promise still in the row goes with the call, before anyone hears it finished.
        promise = self.typed_promise()
        if promise is not None:
            self.session.record.commitments.append(promise)
        record = self.session.finish()
        self.not_written = ""
        try:
            self.log.save(record)
        except LogWriteError as exc:
            # The log keeps the call in memory and writes it once it can (store.pending).
            self.not_written = str(exc)
            self.effects.error(self.tr("Not on disk yet: {problem}").format(problem=exc))
        else:
            self.log.clear_draft()
            self.effects.notice(self.tr("Call saved to the log"))
        self._begin(self._new_session())
        return record

    def titles(self) -> Titles:
        """Steps, cards and situations by their titles, for every playbook loaded:
        what records shown or exported from here name them by."""
        return Titles([*self.known_playbooks(), self.playbook])

    # -- situations --------------------------------------------------------
    def situation_by_ref(self, ref: str) -> Situation:
        """A situation by its number (1 = first) or its id."""
        situations = self.playbook.situations
        if ref.isdigit():
            number = int(ref)
            if not 1 <= number <= len(situations):
                raise CommandError(
                    counted(
                        len(situations),
                        "there is no situation {number}; there are %n",
                        "there is no situation {number}; there is 1",
                        number=number,
                    )
                )
            return situations[number - 1]
        for situation in situations:
            if situation.id == ref:
                return situation
        known = ", ".join(s.id for s in situations) or said("none")
        raise CommandError(
            said("there is no situation called {id} (known: {known})", id=repr(ref), known=known)
        )

    def open_situation(self, ref: str) -> Situation:
        situation = self.situation_by_ref(ref)
        self.session.open_situation(situation.id)
        self.situation = situation
        self._situation_changed()
        return situation

    def close_situation(self) -> None:
        if self.situation is not None:
            self.situation = None
            self._situation_changed()

    def _situation_changed(self) -> None:
        for listener in list(self._situation_listeners):
            listener(self.situation)

    # -- cards -------------------------------------------------------------
    def visible_cards(self) -> tuple[PhraseCard, ...]:
        """The cards on screen: the open situation's, else the current step's."""
        if self.situation is not None:
            return self.situation.cards
        return self.session.current_step.cards

    def card_by_number(self, number: int) -> PhraseCard:
        cards = self.visible_cards()
        if not 1 <= number <= len(cards):
            where = self.situation.title if self.situation else self.session.current_step.title
            raise CommandError(
                counted(
                    len(cards),
                    "{where} has %n cards, no card {number}",
                    "{where} has 1 card, no card {number}",
                    where=repr(where),
                    number=number,
                )
            )
        return cards[number - 1]

    def card_by_id(self, card_id: str) -> PhraseCard:
        card = self.playbook.find_card(card_id)
        if card is None:
            raise CommandError(said("there is no card called {id}", id=repr(card_id)))
        return card

    def placeholder_values(self) -> dict[str, str]:
        record = self.session.record
        values = {
            "customer_name": record.customer.name,
            "account": record.customer.account,
            "phone": record.customer.phone,
            "category": record.category,
            "agent_name": self.agent,
            "company": self.company,
            "due": _latest_due(record.commitments),
            "resolution": record.resolution,
            "next_promise": _latest_promise(record.commitments),
        }
        for name, value in self._answers.items():
            if not values.get(name, "").strip():
                values[name] = value
        return values

    def use_card(self, card: PhraseCard) -> CardUse | None:
        """Fill the card's placeholders and copy it; ask first if a value is missing.

        Returns None while the agent is being asked: a card is never copied
        with a raw ``{placeholder}`` in it.
        """
        result = fill(card.text, self.placeholder_values(), dict(card.fallbacks))
        if not result.complete:
            session = self.session
            self.effects.ask(
                MissingValues(card.title, result.missing),
                lambda answers: self._answered(session, card, answers),
            )
            return None
        use = self.session.use_card(card)
        self.effects.copy_text(result.text)
        if use.sounds_repetitive:
            self.effects.warn(
                self.tr_count(
                    "“{title}” used %n times this call: say it in your own words this time",
                    use.times_used,
                ).format(title=card.title)
            )
        else:
            self.effects.notice(self.tr("Copied: {title}").format(title=card.title))
        return use

    def _answered(self, session: CallSession, card: PhraseCard, answers: dict[str, str]) -> None:
        if session is not self.session or session.finished:
            return  # the call the question belonged to is over
        self.remember_answers(answers)
        if all(v.strip() for v in answers.values()):
            self.use_card(card)

    def remember_answers(self, answers: dict[str, str]) -> None:
        """Keep values typed for placeholders; customer details go into the record."""
        record = self.session.record
        touched_record = False
        for name, raw in answers.items():
            value = raw.strip()
            if not value:
                continue
            if name == "customer_name":
                record.customer.name, touched_record = value, True
            elif name == "account":
                record.customer.account, touched_record = value, True
            elif name == "phone":
                record.customer.phone, touched_record = value, True
            elif name == "resolution":
                record.resolution, touched_record = value, True
            elif name == "agent_name":
                self.agent = value
                record.agent = record.agent or value
            elif name == "company":
                self.company = value
            else:
                self._answers[name] = value
        if touched_record:
            self.session.notify_fields_changed()

    # -- notes -------------------------------------------------------------
    def set_field(self, name: str, value: str) -> None:
        record = self.session.record
        if name == "category" and value:
            value = _one_of(value, self.playbook.categories, "category")
        if name == "outcome" and value:
            value = _one_of(value, tuple(o.value for o in Outcome), "outcome")
        if name in ("name", "account", "phone"):
            setattr(record.customer, name, value)
        elif name in FIELDS:
            setattr(record, name, value)
        else:
            raise CommandError(
                said(
                    "set-field: unknown field {name} (fields: {fields})",
                    name=repr(name),
                    fields=", ".join(FIELDS),
                )
            )
        self.session.notify_fields_changed()

    def add_commitment(self, what: str, who: str = "", due: datetime | None = None) -> Commitment:
        if not what.strip():
            raise CommandError(said("a commitment needs to say what was promised"))
        commitment = Commitment(what=what.strip(), who=who.strip() or self.agent, due=due)
        self.session.record.commitments.append(commitment)
        self.session.notify_fields_changed()
        return commitment

    def remove_commitment(self, commitment_id: str) -> None:
        commitments = self.session.record.commitments
        commitments[:] = [c for c in commitments if c.id != commitment_id]
        self.session.notify_fields_changed()

    # -- mood --------------------------------------------------------------
    def nudge_mood(self, by: int) -> int:
        current = self.session.mood or MOOD_UNKNOWN_START
        mood = max(MOOD_MIN, min(MOOD_MAX, current + by))
        self.session.set_mood(mood)
        return mood

    def reescalate(self) -> str:
        """The customer flared up again: back to the re-escalation step, one step
        angrier, and the agent is told both (they may not be looking)."""
        mood = mood_after_flare_up(self.session.mood)
        self.session.reescalate(mood)
        message = self.tr("Back to {step} · mood: {mood}").format(
            step=self.session.current_step.title, mood=self.tr(mood_word(mood))
        )
        self.effects.warn(message)
        return message

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
            lambda inv: self._report_use(self.use_card(self.card_by_number(inv.number("number")))),
            help="Copy card N of this step (or of the open situation)",
            args=[Arg("number", "int")],
            group="Cards",
        )
        r.register(
            "use-card-id",
            lambda inv: self._report_use(self.use_card(self.card_by_id(inv.text("id")))),
            help="Copy the card with this id, wherever it is",
            args=[Arg("id")],
            group="Cards",
        )
        r.register(
            "reescalate",
            lambda _: self.reescalate(),
            help="Customer flared up again: back to acknowledging",
        )
        r.register(
            "set-mood",
            lambda inv: self.session.set_mood(inv.number("mood")),
            help="Set the customer's mood, 1 (furious) to 5 (calm)",
            args=[Arg("mood", "int")],
            group="Mood",
        )
        r.register(
            "mood-calmer", lambda _: self.nudge_mood(+1), help="Customer is calmer", group="Mood"
        )
        r.register(
            "mood-angrier", lambda _: self.nudge_mood(-1), help="Customer is angrier", group="Mood"
        )
        r.register(
            "open-situation",
            lambda inv: self.open_situation(inv.text("situation")).title,
            help="Show a situation's cards (by number or id)",
            args=[Arg("situation")],
            group="Cards",
        )
        r.register(
            "close-situation",
            lambda _: self.close_situation(),
            help="Back to the step's cards",
            group="Cards",
        )
        r.register(
            "new-call",
            self._cmd_new_call,
            help="Start a new call",
            options=["name", "phone", "account"],
        )
        r.register(
            "save-call",
            self._cmd_save,
            help="Save the call to the log",
            options=list(FIELDS),
        )
        r.register(
            "restore-call",
            lambda _: self.carry_on_unfinished(),
            help="Carry on with the call left unfinished when Calmline last stopped",
        )
        r.register(
            "keep-unfinished-call",
            lambda _: self.keep_unfinished(),
            help="Keep last time's unfinished call in the log, and start afresh",
        )
        r.register(
            "status",
            lambda _: json.dumps(status(self, self.durability), ensure_ascii=False),
            help="The window's state as JSON: step, situation, mood, call, draft, waiting",
        )
        r.register(
            "set-field",
            lambda inv: self.set_field(inv.text("field"), inv.text("value")),
            help=f"Fill in a note field ({', '.join(FIELDS)})",
            args=[Arg("field"), Arg("value", required=False)],
            group="Notes",
        )
        r.register(
            "add-commitment",
            self._cmd_add_commitment,
            help="Record a promise: what, --who, --due 'YYYY-MM-DD HH:MM'",
            args=[Arg("what")],
            options=["who", "due"],
            group="Notes",
        )

    def _report_use(self, use: CardUse | None) -> str:
        if use is None:
            return "waiting for a value the card needs"
        return f"copied {use.card.title!r} ({use.times_used}x this call)"

    def _cmd_save(self, inv: Invocation) -> str:
        for name in FIELDS:
            if inv.has(name):
                self.set_field(name, inv.text(name))
        missing = self.missing_fields()
        if missing:
            options = ", ".join(f"--{name}" for name in missing)
            # Said in the window's language; scripts go by the exit status (7) and
            # the field names, which stay as written.
            raise MissingFieldsError(
                said(
                    "not saved: the call needs {fields} (fill them in or give {options})",
                    fields=", ".join(missing),
                    options=options,
                ),
                missing,
            )
        record = self.save_call()
        if self.not_written:
            raise NotWrittenError(
                said("call {id}: {problem}", id=record.id, problem=self.not_written)
            )
        return f"saved call {record.id}"

    def _cmd_new_call(self, inv: Invocation) -> None:
        self.new_call(name=inv.text("name"), phone=inv.text("phone"), account=inv.text("account"))

    def _cmd_add_commitment(self, inv: Invocation) -> None:
        due_text = inv.text("due").strip()
        due = parse_due(due_text) if due_text else None
        self.add_commitment(inv.text("what"), inv.text("who"), due)


def parse_due(text: str) -> datetime:
    """'2026-01-09 14:00' in local time (or with an offset) -> aware UTC datetime."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(
            said(
                "due {text} is not a date and time like {example}",
                text=repr(text),
                example="2026-01-09 14:00",
            )
        ) from None
    return moment.astimezone(UTC)


def _latest_due(commitments: list[Commitment]) -> str:
    dues = [c.due for c in commitments if c.due is not None]
    if not dues:
        return ""
    return max(dues).astimezone().strftime("%a %d %b, %H:%M")


def _latest_promise(commitments: list[Commitment]) -> str:
    """What the commitment ``{due}`` dates promises; else the last one made."""
    if not commitments:
        return ""
    dated = [(c.due, c) for c in commitments if c.due is not None]
    latest = max(dated, key=lambda pair: pair[0])[1] if dated else commitments[-1]
    return latest.what.strip()


def _one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    for option in allowed:
        if option.casefold() == value.strip().casefold():
            return option
    raise CommandError(
        said(
            "{what} {value} is not one of: {allowed}",
            what=what,
            value=repr(value),
            allowed=", ".join(allowed),
        )
    )
