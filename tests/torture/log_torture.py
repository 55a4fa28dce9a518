"""Kill the real window again and again while it saves, and count what survives.

    python -m tests.torture.log_torture --rounds 500 [--seed N] [--data-dir DIR]

Each round the real window (``python -m desktop_app``, offscreen, a process
of its own) saves a few calls driven by ``calmline ctl``, then opens a call
and takes typing at a steady 10 keys a second (``ctl set-field notes`` with
the text so far, one change per key). Meanwhile other processes export the
log in every format, count it (``log stats``), ask the window for its state
(``ctl status``) and export single calls, at random moments. The window is
then killed with SIGKILL: while typing, while an autosave is being written,
while a save is on its way, or while exports run. After the kill:

- ``PRAGMA integrity_check`` on the log, read-only, from this process (and
  now and then ``calmline log stats``, which checks every page too);
- the window is restarted; the call that was being typed must be offered
  (``ctl status``'s ``unfinished_call``), holding at least the last draft
  that was on disk before the kill; how much typing it lacks is measured;
- every call the window reported saved (or kept) is read back through
  ``calmline export --format jsonl`` and compared field for field;
- the offer is answered at random: ``restore-call`` (typing goes on in that
  call next round) or ``keep-unfinished-call`` (it must stay in the log).

The figures are printed at the end; the exit status is 1 when a call was
lost, the log failed its check, a process printed a traceback or hung, or
more than ``--max-typing-lost`` seconds of typing were lost.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.store.base import LogError
from desktop_app.store.connection import LogConnection
from tests.e2e.running_calmline import draft_body
from tests.torture.ledger import Ledger, PromisedCall
from tests.torture.readers import Readers
from tests.torture.window import Window, WindowError, calmline

KEYS_PER_S = 10
#: The autosave's promise: steady typing is never more than about 2 s from the disk.
TYPING_LOST_TARGET_S = 2.0
KILL_MOMENTS = ("typing", "autosave", "save", "export")
CATEGORIES = ("billing", "delivery", "product quality", "service", "technical", "other")
OUTCOMES = ("resolved", "follow-up", "escalated", "unresolved")
#: Plain words only: a card number (or anything the redaction changes) would make
#: the log differ from what was typed for a reason that is not a loss.
WORDS = tuple(
    " ".join(
        (
            "parcel late again wants a refund today driver never came box was damaged",
            "she called twice before nobody rang back promised a credit on the next bill",
            "router drops every evening engineer visit booked charged for a plan he cancelled",
            "very upset about the wait asked for a manager offered a replacement or a refund",
        )
    ).split(" ")
)
NAMES = ("Dana Reyes", "Sam Okafor", "Lena Novak", "Priya Shah", "Tom Becker", "Ana Costa")


@dataclass
class TypedCall:
    """The call typing goes into, as this process knows it."""

    call_id: str
    #: what was set through ``ctl`` besides the notes: name, phone, account
    fields: dict[str, str]
    #: the notes before this round's typing (a restored call's)
    base: str
    typed: str = ""
    #: times[k]: when the window had taken key k; times[0]: when typing began
    times: list[float] = field(default_factory=list)
    #: length of the longest notes seen in a draft on disk (-1: none seen)
    on_disk: int = -1
    written_at: str | None = None
    #: a save was on its way when the window was killed
    saving: bool = False

    @property
    def notes(self) -> str:
        return self.base + self.typed

    def with_notes(self, notes: str) -> dict[str, str]:
        return {**self.fields, "notes": notes}


@dataclass
class Figures:
    rounds: int = 0
    kills: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KILL_MOMENTS, 0))
    #: kills while ``ctl status`` said a draft was being written
    kills_while_writing: int = 0
    saved_acknowledged: int = 0
    kept_acknowledged: int = 0
    calls_found: int = 0
    calls_lost: int = 0
    integrity_failures: int = 0
    offers: int = 0
    restored: int = 0
    saves_cut_short: int = 0
    #: of those: answered "saved" before the kill took effect, or found saved unanswered
    saves_answered: int = 0
    saves_landed: int = 0
    typing_lost_s: float = 0.0
    typing_lost_chars: int = 0
    #: typing lost at every kill measured, in seconds
    typing_lost_each: list[float] = field(default_factory=list)
    #: every other failure: tracebacks, hangs, a draft offered wrong, a reader failing
    problems: list[str] = field(default_factory=list)
    readers_run: dict[str, int] = field(default_factory=dict)

    @property
    def kills_total(self) -> int:
        return sum(self.kills.values())

    @property
    def acknowledged(self) -> int:
        return self.saved_acknowledged + self.kept_acknowledged

    def met(self, max_typing_lost_s: float) -> bool:
        return (
            self.calls_lost == 0
            and self.integrity_failures == 0
            and not self.problems
            and self.typing_lost_s <= max_typing_lost_s
        )

    def report(self) -> str:
        kills = ", ".join(f"{name} {count}" for name, count in self.kills.items())
        each = self.typing_lost_each
        readers = ", ".join(f"{k} {v}" for k, v in sorted(self.readers_run.items()))
        lines = [
            f"rounds:                 {self.rounds}",
            f"kills:                  {self.kills_total} ({kills}; "
            f"{self.kills_while_writing} while the window said a draft was being written)",
            f"calls acknowledged:     {self.acknowledged} ({self.saved_acknowledged} saved, "
            f"{self.kept_acknowledged} kept unfinished)",
            f"calls found:            {self.calls_found}",
            f"calls lost:             {self.calls_lost}",
            f"integrity failures:     {self.integrity_failures}",
            f"unfinished calls offered after a kill: {self.offers} "
            f"({self.restored} restored, {self.offers - self.restored} kept)",
            f"saves on their way at a kill: {self.saves_cut_short} ({self.saves_answered} "
            f"answered saved, {self.saves_landed} unanswered but saved; "
            "the rest offered again or never written)",
            f"reading commands run:   {sum(self.readers_run.values())} ({readers})",
            f"most typing lost:       {self.typing_lost_s:.2f} s "
            f"({self.typing_lost_chars} characters; {len(each)} kills measured, median "
            f"{statistics.median(each) if each else 0:.2f} s)",
            f"other problems:         {len(self.problems)}",
        ]
        lines += [f"  - {problem}" for problem in self.problems[:20]]
        return "\n".join(lines)


class Torture:
    def __init__(self, data: Path, work: Path, seed: int, *, max_typing_s: float) -> None:
        self.data = data
        self.work = work
        self.rng = random.Random(seed)
        self.max_typing_s = max_typing_s
        self.figures = Figures()
        self.ledger = Ledger()
        (work / "exports").mkdir(parents=True, exist_ok=True)
        (work / "logs").mkdir(exist_ok=True)
        self.window = Window(data, work / "logs")
        self.readers = Readers(data, work / "exports", self.rng, self.ledger.saved_ids)
        #: the call in the window that typing goes on in (a restored one), if any
        self.current: TypedCall | None = None
        #: set from outside (a signal) to end the run after the round under way
        self.stop_requested = False

    # -- the whole run -----------------------------------------------------------
    def run(self, rounds: int, *, progress: bool = False) -> Figures:
        try:
            self.window.start()
            for number in range(1, rounds + 1):
                if self.stop_requested:
                    break
                self.one_round(number)
                if progress and number % 10 == 0:
                    print(
                        f"round {number}: {self.figures.acknowledged} calls acknowledged, "
                        f"{self.figures.calls_lost} lost, most typing lost "
                        f"{self.figures.typing_lost_s:.2f} s",
                        flush=True,
                    )
            self.check_promises(self.logged_calls())
        except WindowError as exc:
            self.figures.problems.append(f"round {self.figures.rounds + 1}: {exc}")
        finally:
            self.window.kill()
            self.readers.finish_all()
            self.figures.problems += self.readers.tally.failures
            self.figures.readers_run = self.readers.tally.ran
        return self.figures

    def one_round(self, number: int) -> None:
        self.readers.begin()
        call = self.current
        self.current = None
        if call is not None and self.rng.random() < 0.5:
            self.save(call)  # the restored call, finished now
            call = None
        if call is None:
            for _ in range(self.rng.randint(0, 3)):
                self.save(self.new_call(number, full=True))
            call = self.new_call(number, full=False)
        moment = self.rng.choice(KILL_MOMENTS)
        self.type_and_kill(call, moment)
        self.readers.finish_all()
        self.check_after_kill()
        self.window.start()
        self.check_after_restart(call)
        self.figures.rounds += 1

    # -- calls -------------------------------------------------------------------
    def new_call(self, number: int, *, full: bool) -> TypedCall:
        """Open a call with the caller's details (written at once); a ``full`` one gets
        every field and a note, to be saved straight away."""
        fields = {
            "name": f"{self.rng.choice(NAMES)} {number}",
            "phone": f"+1555{self.rng.randrange(10**7):07d}",
            "account": f"ACC-{number}-{self.rng.randrange(1000)}",
        }
        words = ["new-call", "--name", fields["name"], "--phone", fields["phone"]]
        words += ["--account", fields["account"]]
        self.ctl(*words)
        call_id = str(self.window.status()["call"]["id"])
        if full:
            fields["category"] = self.rng.choice(CATEGORIES)
            fields["outcome"] = self.rng.choice(OUTCOMES)
            fields["reason"] = self.phrase(6)
            fields["resolution"] = self.phrase(6)
            fields["notes"] = self.phrase(20)
            for name in ("category", "outcome", "reason", "resolution", "notes"):
                self.ctl("set-field", name, fields[name])
        notes = fields.pop("notes", "")
        return TypedCall(call_id, fields, base=notes)

    def save(self, call: TypedCall) -> None:
        """``save-call``, which must answer "saved call ID"."""
        fields = self.wrapped_up(call)
        answer = self.ctl(*save_words(fields))
        if answer != f"saved call {call.call_id}":
            raise WindowError(f"save-call answered {answer!r} for call {call.call_id}")
        self.promise(PromisedCall(call.call_id, fields, finished=True))

    def wrapped_up(self, call: TypedCall) -> dict[str, str]:
        """The call's fields and notes as saving gives them: with the category and outcome
        every built-in playbook requires, those typed in already or else chosen now."""
        chosen = {"category": self.rng.choice(CATEGORIES), "outcome": self.rng.choice(OUTCOMES)}
        return {**chosen, **call.with_notes(call.notes)}

    def promise(self, call: PromisedCall) -> None:
        self.ledger.promise(call)
        if call.finished:
            self.figures.saved_acknowledged += 1
        else:
            self.figures.kept_acknowledged += 1

    def ctl(self, *words: str) -> str:
        """A command that must work, through the socket or (one time in four) the CLI."""
        if self.rng.random() >= 0.25:
            return self.window.run(*words)
        done = self.window.cli(*words)
        if done.returncode != 0:
            raise WindowError(f"calmline ctl {words[0]}: exit {done.returncode}: {done.stderr}")
        return done.stdout.strip()

    def phrase(self, words: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(words))

    # -- typing, then the kill -----------------------------------------------------
    def type_and_kill(self, call: TypedCall, moment: str) -> None:
        duration = self.rng.uniform(0.3, self.max_typing_s)
        if moment == "autosave":
            # Long enough for a write forced by steady typing (every 2 s), not just the
            # first one of the call.
            duration = max(duration, 2.5)
        keys = max(1, round(duration * KEYS_PER_S))
        text = " ".join(self.rng.choice(WORDS) for _ in range(keys))[:keys]
        if call.base:
            text = " " + text[:-1]
        export_at = self.rng.randrange(1, keys + 1) if moment == "export" else 0
        start = time.monotonic()
        call.times = [start]
        for key in range(1, keys + 1):
            slot = start + key / KEYS_PER_S
            if moment == "autosave" and self.wait_for_a_write(call, until=slot):
                self.kill("autosave")
                self.figures.kills_while_writing += 1
                return
            time.sleep(max(0.0, slot - time.monotonic()))
            call.typed = text[:key]
            self.window.run("set-field", "notes", call.notes)
            call.times.append(time.monotonic())
            if key % 3 == 0:
                self.note_draft(call, self.window.status())
            if key == export_at:
                for _ in range(self.rng.randint(1, 2)):
                    self.readers.start_one(self.rng.choice(("csv", "jsonl", "md", "pdf")))
                time.sleep(self.rng.uniform(0.0, 0.15))  # while they read
                self.kill("export")
                return
        if moment == "save":
            if self.rng.random() < 0.5:
                # Saved while the autosave writes the draft of the same call (typing has
                # stopped, so the quiet timer starts one within a second).
                self.wait_for_a_write(call, until=time.monotonic() + 1.5)
            self.save_and_kill(call)
            return
        if self.rng.random() < 0.3:
            time.sleep(self.rng.uniform(0.0, 1.5))  # a pause before the kill
        self.kill("typing")  # also when no write was caught on its way

    def wait_for_a_write(self, call: TypedCall, *, until: float) -> bool:
        """Ask the window's state until ``until``; True as soon as a draft is being written."""
        while time.monotonic() < until - 0.005:
            state = self.window.status()
            if state["draft"]["writing"]:
                return True
            self.note_draft(call, state)
            time.sleep(0.003)
        return False

    def note_draft(self, call: TypedCall, state: dict[str, Any]) -> None:
        """When the window reports a new draft on disk, read it: the restart must offer it
        or a newer one."""
        draft = state["draft"]
        if not draft["on_disk"] or draft["written_at"] == call.written_at:
            return
        call.written_at = draft["written_at"]
        body = draft_body(self.data / "calls.sqlite3")
        if body is None or body.get("id") != call.call_id:
            return
        notes = str(body.get("notes", ""))
        if not call.notes.startswith(notes):
            self.figures.problems.append(
                f"call {call.call_id}: the draft on disk holds notes never typed: {notes[-40:]!r}"
            )
        call.on_disk = max(call.on_disk, len(notes))

    def save_and_kill(self, call: TypedCall) -> None:
        """``save-call`` sent, and the window killed while it is on its way."""
        call.saving = True
        fields = self.wrapped_up(call)
        self.ledger.in_flight[call.call_id] = fields
        self.figures.saves_cut_short += 1
        expected = f"saved call {call.call_id}"
        if self.rng.random() < 0.5:
            replies: list[object] = []
            words = save_words(fields)
            sender = threading.Thread(target=lambda: replies.append(self.window.send(*words)))
            sender.start()
            time.sleep(self.rng.uniform(0.0, 0.05))
            self.kill("save")
            sender.join()
            reply = replies[0] if replies else None
            answer = getattr(reply, "message", "") if getattr(reply, "ok", False) else ""
        else:
            process = self.window.cli_started(*save_words(fields))
            time.sleep(self.rng.uniform(0.05, 0.25))  # the command line takes ~0.1 s to start
            self.kill("save")
            out, err = process.communicate(timeout=60)
            if process.returncode == 4:
                self.figures.problems.append(f"save-call kept the call in memory: {err.strip()}")
            answer = out.strip() if process.returncode == 0 else ""
        if answer == expected:
            self.figures.saves_answered += 1
            self.promise(PromisedCall(call.call_id, fields, finished=True))
        elif answer:
            self.figures.problems.append(f"save-call answered {answer!r}, not {expected!r}")

    def kill(self, moment: str) -> None:
        self.window.kill()
        self.figures.kills[moment] += 1
        err = self.window.stderr_text()
        if "Traceback" in err:
            self.figures.problems.append(f"the window printed a traceback: {err.strip()[-2000:]}")

    # -- after the kill --------------------------------------------------------------
    def check_after_kill(self) -> None:
        """The log, with nobody writing it: every page checked."""
        path = self.data / "calls.sqlite3"
        try:
            conn = LogConnection(path, read_only=True)
            try:
                verdict = " ".join(str(row[0]) for row in conn.read("PRAGMA integrity_check"))
            finally:
                conn.close()
        except LogError as exc:
            verdict = str(exc)
        if verdict != "ok":
            self.figures.integrity_failures += 1
            self.figures.problems.append(f"integrity_check after a kill: {verdict[:300]}")
        if self.rng.random() < 0.25:
            stats = calmline(self.data, "log", "stats")
            if stats.returncode != 0:
                self.figures.integrity_failures += 1
                self.figures.problems.append(f"log stats after a kill: {stats.stderr.strip()}")

    def check_after_restart(self, call: TypedCall) -> None:
        offer = self.window.status()["unfinished_call"]
        records = self.logged_calls()
        self.judge_offer(call, offer, records)
        self.check_promises(records)
        for problem in self.ledger.settle_in_flight(records, offered=offer["id"] if offer else ""):
            self.figures.problems.append(problem)
        self.figures.saves_landed = self.ledger.landed
        if offer is not None:
            self.answer_offer(call, offer)

    def check_promises(self, records: dict[str, dict[str, Any]]) -> None:
        """Every call reported saved or kept is in ``records`` as it was given."""
        problems = self.ledger.check(records)
        # A lost call stays lost: the latest check counts them all.
        self.figures.calls_lost = len(problems)
        self.figures.calls_found = len(self.ledger.promised) - len(problems)
        for problem in problems:
            if problem not in self.figures.problems:
                self.figures.problems.append(problem)

    def logged_calls(self) -> dict[str, dict[str, Any]]:
        """Every call in the log, through ``calmline export --format jsonl``."""
        out = self.work / "exports" / "check.jsonl"
        done = calmline(self.data, "export", "--format", "jsonl", "--out", str(out))
        if done.returncode != 0:
            raise WindowError(f"export for the check failed: {done.stderr.strip()}")
        lines = out.read_text(encoding="utf-8").splitlines()
        return {str(record["id"]): record for record in map(json.loads, lines)}

    def judge_offer(
        self, call: TypedCall, offer: dict[str, Any] | None, records: dict[str, dict[str, Any]]
    ) -> None:
        """The call typed into at the kill: offered with at least the last draft seen on
        disk, or saved (its save was on its way); how much typing it lacks."""
        keys = len(call.typed)
        record = records.get(call.call_id)
        if offer is not None and offer["id"] in self.ledger.promised:
            self.figures.problems.append(
                f"call {offer['id']} was reported saved, yet offered as unfinished after the kill"
            )
        elif offer is not None and offer["id"] == call.call_id:
            self.figures.offers += 1
            details = {name: str(offer[name]) for name in ("name", "phone", "account")}
            if details != call.fields:
                self.figures.problems.append(f"call {call.call_id} offered as {details}")
            notes = str(offer["notes"])
            if not call.notes.startswith(notes) or len(notes) < len(call.base):
                self.figures.problems.append(
                    f"call {call.call_id} offered with notes never typed: {notes[-40:]!r}"
                )
                return
            if len(notes) < call.on_disk:
                self.figures.problems.append(
                    f"call {call.call_id} offered with {len(notes)} characters of notes; "
                    f"a draft with {call.on_disk} was on disk before the kill"
                )
            kept = len(notes) - len(call.base)
            self.typing_lost(keys - kept, call.times[keys] - call.times[kept])
        elif offer is not None:
            self.figures.problems.append(
                f"after the kill, call {offer['id']} was offered, not {call.call_id}"
                + (" (that call was saved already)" if offer["id"] in records else "")
            )
        elif record is not None and record["ended_at"] is not None and call.saving:
            pass  # the save reached the disk before the kill; the ledger checks its fields
        else:
            if call.on_disk >= 0:
                self.figures.problems.append(
                    f"call {call.call_id} was on disk before the kill but is not offered"
                )
            self.typing_lost(keys, call.times[keys] - call.times[0])

    def typing_lost(self, keys: int, seconds: float) -> None:
        self.figures.typing_lost_each.append(seconds)
        if seconds > self.figures.typing_lost_s:
            self.figures.typing_lost_s = seconds
            self.figures.typing_lost_chars = keys

    def answer_offer(self, call: TypedCall, offer: dict[str, Any]) -> None:
        notes = str(offer["notes"])
        fields = {name: str(offer[name]) for name in ("name", "phone", "account")}
        if self.rng.random() < 0.5 and offer["id"] not in self.ledger.promised:
            self.ctl("restore-call")
            state = self.window.status()["call"]
            if state["id"] != offer["id"] or state["notes"] != notes:
                self.figures.problems.append(f"restore-call did not carry on with {offer['id']}")
            self.figures.restored += 1
            self.current = TypedCall(str(offer["id"]), fields, base=notes)
            self.ledger.in_flight.pop(str(offer["id"]), None)
            return
        self.ctl("keep-unfinished-call")
        if offer["id"] in self.ledger.promised:
            return  # saved already: the check that follows tells whether keeping it harmed it
        self.promise(PromisedCall(str(offer["id"]), {**fields, "notes": notes}, finished=False))


def save_words(fields: dict[str, str]) -> list[str]:
    """``save-call`` giving the fields the built-in playbooks require."""
    return ["save-call", "--category", fields["category"], "--outcome", fields["outcome"]]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.torture.log_torture",
        description="Kill the real Calmline window again and again while it saves and other "
        "processes read its log; count what survives.",
    )
    parser.add_argument("--rounds", type=int, default=100, help="kills (default 100)")
    parser.add_argument("--seed", type=int, help="random seed (default: a new one, printed)")
    parser.add_argument("--data-dir", type=Path, help="a data dir to use (default: a temp one)")
    parser.add_argument(
        "--max-typing",
        type=float,
        default=4.0,
        metavar="S",
        help="longest typing before a kill, in seconds (default 4)",
    )
    parser.add_argument(
        "--max-typing-lost",
        type=float,
        default=TYPING_LOST_TARGET_S,
        metavar="S",
        help=f"fail when more typing is lost (default {TYPING_LOST_TARGET_S:g} s)",
    )
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"seed: {seed}", flush=True)
    with tempfile.TemporaryDirectory(prefix="calmline-torture-") as temp:
        work = Path(temp)
        data = args.data_dir.absolute() if args.data_dir else work / "data"
        torture = Torture(data, work, seed, max_typing_s=args.max_typing)

        def stop(*_: object) -> None:
            torture.stop_requested = True  # the figures so far are still printed

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        started = time.monotonic()
        figures = torture.run(args.rounds, progress=True)
        print(figures.report())
        print(f"time:                   {time.monotonic() - started:.0f} s")
    return 0 if figures.met(args.max_typing_lost) else 1


if __name__ == "__main__":
    sys.exit(main())
