"""What the torture was told was saved, and how it checks the log against that.

A call enters the ledger only when the window said so: ``save-call``
answered "saved call ID", or ``keep-unfinished-call`` answered that last
time's call is kept. The fields the torture set through ``ctl`` must then be
in the log exactly, however often the window was killed since. A save that
was still on its way when the window was killed promises nothing; it is
settled after the restart (saved, offered again, or never written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The fields the torture sets through ``ctl set-field`` / ``ctl new-call``.
FIELDS = ("name", "phone", "account", "category", "reason", "resolution", "outcome", "notes")


@dataclass(frozen=True)
class PromisedCall:
    """A call the window reported written, with the fields it was given."""

    call_id: str
    fields: dict[str, str]
    #: saved (True), or kept in the log as last time's unfinished call (False)
    finished: bool


def logged_fields(record: dict[str, Any]) -> dict[str, str]:
    """The fields of one line of ``calmline export --format jsonl``, by ``ctl``'s names."""
    customer = record["customer"]
    fields = {name: str(customer[name]) for name in ("name", "phone", "account")}
    for name in ("category", "reason", "resolution", "outcome", "notes"):
        fields[name] = str(record[name])
    return fields


@dataclass
class Ledger:
    promised: dict[str, PromisedCall] = field(default_factory=dict)
    #: calls whose save was on its way at a kill, with their fields
    in_flight: dict[str, dict[str, str]] = field(default_factory=dict)
    #: of those: found saved afterwards
    landed: int = 0

    def promise(self, call: PromisedCall) -> None:
        self.promised[call.call_id] = call
        self.in_flight.pop(call.call_id, None)

    def saved_ids(self) -> frozenset[str]:
        """Safe from another thread: ``dict.copy`` runs whole under the GIL, where
        iterating the dict while a promise is added would fail."""
        return frozenset(self.promised.copy())

    def check(self, records: dict[str, dict[str, Any]]) -> list[str]:
        """Every promised call in ``records`` (call id -> jsonl record), field for field;
        one line per call lost or changed."""
        problems = []
        for call in self.promised.values():
            record = records.get(call.call_id)
            if record is None:
                problems.append(f"call {call.call_id} ({call.fields['name']}) is not in the log")
                continue
            found = logged_fields(record)
            changed = [n for n in FIELDS if found[n] != call.fields.get(n, "")]
            if changed:
                first = changed[0]
                problems.append(
                    f"call {call.call_id}: {', '.join(changed)} differ, e.g. {first} "
                    f"{call.fields.get(first, '')!r} saved, {found[first]!r} in the log"
                )
            elif (record["ended_at"] is not None) != call.finished:
                state = "finished" if call.finished else "unfinished"
                problems.append(f"call {call.call_id} was {state}, the log says otherwise")
        return problems

    def settle_in_flight(self, records: dict[str, dict[str, Any]], offered: str) -> list[str]:
        """Saves cut short by a kill and never answered: found saved now (counted in
        ``landed``, and then exactly as given), offered again, or never written. None of
        these breaks a promise; a save that landed changed is a problem all the same."""
        problems = []
        for call_id, fields in list(self.in_flight.items()):
            record = records.get(call_id)
            if record is not None and record["ended_at"] is not None:
                self.landed += 1
                if logged_fields(record) != {n: fields.get(n, "") for n in FIELDS}:
                    problems.append(f"call {call_id} was saved with other fields than it had")
            if call_id != offered:
                del self.in_flight[call_id]
        return problems
