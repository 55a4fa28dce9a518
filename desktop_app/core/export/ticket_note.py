"""The ticket note: a call as a compact plain-text note for pasting into a CRM ticket.

Its layout is a template the user can change (``Settings.ticket_template``).
Template syntax:

- ``{field}`` is replaced by the field's value (fields in ``TICKET_FIELDS``);
- ``{{`` and ``}}`` stand for literal braces;
- a line whose fields are all empty is left out, so the note stays compact,
  and so is a heading line just above it (a line ending in ``:`` with no field).

An unknown field or a stray brace is a ``TemplateError`` naming the line and
column, never a half-filled note. Card numbers are masked in every value.

The built-in template is written in English and reaches the agent in their
language through ``LocalFormats.label`` (its translation keeps every
``{field}``); a template the user wrote is used as it is, in any language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo

from desktop_app.core.call import CallRecord, EventKind
from desktop_app.core.export.call_view import commitment_text, duration, local_time, mood_change
from desktop_app.core.export.cards import mask_card_numbers
from desktop_app.core.local_formats import ISO_FORMATS, LocalFormats
from desktop_app.core.titles import Titles

#: Every field a ticket template may use, with what it stands for.
TICKET_FIELDS: dict[str, str] = {
    "date": "the call's date and start time (local)",
    "customer_name": "the customer's name",
    "account": "the customer's account or ticket id",
    "phone": "the customer's phone number",
    "category": "the call's category",
    "reason": "why the customer called",
    "resolution": "the agreed resolution",
    "outcome": "resolved, follow-up, escalated or unresolved",
    "cause": "the agent's after-call note of what caused the problem",
    "commitments": "one line per commitment: state, what, who, due",
    "timeline_short": "the steps the call went through, in order",
    "mood": "the customer's mood at the start and the end",
    "duration": "how long the call took",
    "notes": "the agent's free notes",
    "agent_name": "the agent who took the call",
    "call_id": "the call's id in the log",
}

DEFAULT_TICKET_TEMPLATE = """\
{date} · {category} · {outcome}
Customer: {customer_name} · {account} · {phone}
Reason: {reason}
Resolution: {resolution}
Commitments:
{commitments}
Steps: {timeline_short}
Mood: {mood}
Notes: {notes}
Agent: {agent_name} · {duration}"""

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


class TemplateError(ValueError):
    """The ticket template cannot be used; the message says where and why."""


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One thing wrong in a ticket template, with the line and column where it is."""

    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


def template_problems(template: str) -> list[TemplateProblem]:
    """Everything wrong with ``template`` (empty when it can be used)."""
    problems = []
    for number, line in enumerate(template.splitlines() or [""], start=1):
        for match in _TOKEN.finditer(line):
            token = match.group(0)
            if token in {"{{", "}}"}:
                continue
            column = match.start() + 1
            name = match.group(1)
            if name is None:
                message = f"stray {token!r}; write {token * 2} for a literal brace"
                problems.append(TemplateProblem(number, column, message))
            elif name not in TICKET_FIELDS:
                known = ", ".join(sorted(TICKET_FIELDS))
                problems.append(
                    TemplateProblem(number, column, f"unknown field {{{name}}}; known: {known}")
                )
    return problems


def ticket_values(
    record: CallRecord,
    tz: tzinfo | None = None,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> dict[str, str]:
    """Every field's value; steps named by their titles in ``titles`` (see ``core.titles``)."""
    steps: list[str] = []
    for event in record.timeline:
        entered = event.kind is EventKind.STEP_ENTERED and event.step_id
        if entered and (not steps or steps[-1] != event.step_id):
            steps.append(str(event.step_id))
    words = (titles or Titles()).of(record.playbook_id)
    values = {
        "date": local_time(record.started_at, tz, formats),
        "customer_name": record.customer.name,
        "account": record.customer.account,
        "phone": record.customer.phone,
        "category": record.category,
        "reason": record.reason,
        "resolution": record.resolution,
        "outcome": record.outcome,
        "cause": record.cause,
        "commitments": "\n".join(
            f"- {commitment_text(c, tz, formats)}" for c in record.commitments
        ),
        "timeline_short": " > ".join(words.step(step) for step in steps),
        "mood": mood_change(record, formats),
        "duration": duration(record, formats),
        "notes": record.notes,
        "agent_name": record.agent,
        "call_id": record.id,
    }
    identifiers = {"account", "phone", "call_id", "date"}
    return {k: v if k in identifiers else mask_card_numbers(v) for k, v in values.items()}


def ticket_note(
    record: CallRecord,
    template: str = "",
    tz: tzinfo | None = None,
    titles: Titles | None = None,
    formats: LocalFormats = ISO_FORMATS,
) -> str:
    """The note for ``record`` laid out by ``template`` ("" for the built-in one);
    steps named by ``titles``, times and the built-in template's words by ``formats``."""
    template = template or built_in_template(formats)
    problems = template_problems(template)
    if problems:
        raise TemplateError(
            "the ticket note template cannot be used: " + "; ".join(str(p) for p in problems)
        )
    values = ticket_values(record, tz, titles, formats)
    out: list[str] = []
    heading_waiting = False
    for line in template.splitlines():
        used = [m.group(1) for m in _TOKEN.finditer(line) if m.group(1) is not None]
        if used and not any(values[name] for name in used):
            if heading_waiting:
                out.pop()
            heading_waiting = False
            continue
        heading_waiting = not used and line.rstrip().endswith(":")
        out.append(_TOKEN.sub(lambda m: _fill(m, values), line))
    return _tidy("\n".join(out))


def built_in_template(formats: LocalFormats = ISO_FORMATS) -> str:
    """The built-in template in the language of ``formats``; the English one should
    a translation not be a template that works."""
    translated = formats.label(DEFAULT_TICKET_TEMPLATE)
    return DEFAULT_TICKET_TEMPLATE if template_problems(translated) else translated


def _fill(match: re.Match[str], values: dict[str, str]) -> str:
    name = match.group(1)
    # "{{" and "}}" have no field name: they stand for one brace.
    return match.group(0)[0] if name is None else values[name]


def _tidy(text: str) -> str:
    # Separators left dangling by empty fields go: "Customer: Ann ·  · +44"
    # becomes "Customer: Ann · +44", "Agent: Sam · " becomes "Agent: Sam".
    lines = []
    for line in text.splitlines():
        line = _SEPARATORS.sub(" · ", line)
        line = _LEADING_SEPARATOR.sub(lambda m: f"{m.group(1)} " if m.group(1) else "", line)
        line = _TRAILING_SEPARATOR.sub("", line)
        lines.append(line.rstrip())
    return "\n".join(lines).strip("\n") + "\n"


#: a run of separators with only spaces between them
_SEPARATORS = re.compile(r"\s*·(?:\s*·)+\s*")
#: a separator right after a label's colon, or at the start of the line
_LEADING_SEPARATOR = re.compile(r"^([^·:]*:)?\s*·\s*")
_TRAILING_SEPARATOR = re.compile(r"\s*·\s*$")
